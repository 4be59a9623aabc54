# De Vlaggenjury — Nederlandse tekst (brontaal).

scenario-title = De Vlaggenjury
scenario-summary = Jij zit in een jury. Welke vlag geef jij zes situaties online?

character-jayden = Jayden
character-ricardo = Ricardo
character-amira = Amira
character-ruben = Ruben
character-fleur = Fleur
character-mo = Mo
character-esra = Esra
character-kofi = Kofi
character-sara = Sara
character-niels = Niels
character-noa = Noa
character-daniel = Daniël
character-thijs = Thijs
character-lisa = Lisa
character-tim = Tim
character-mila = Mila

chat-jury = Vlaggenjury
chat-s1 = Situatie 1: Fleur en Mo
chat-s2 = Situatie 2: Klas 3C
chat-s3 = Situatie 3: Sara en Niels
chat-s3b = Situatie 3: Niels en Bram
chat-s4 = Situatie 4: Noa en Daniël
chat-s5 = Situatie 5: Thijs en Lisa
chat-s6 = Situatie 6: Tim

## Uitleg

begin = Je zit in de Vlaggenjury van het jongerenwerk. De jury praat in een groepsapp.
uitleg_1 = Welkom, jury! Vandaag krijgen jullie zes situaties. Welke vlag past erbij?
uitleg_2 = Groen is oké. Geel is een beetje over de grens. Rood is ernstig. Zwart is heel ernstig: dwang, dreigen of chantage.
uitleg_3 = Let op: het is geen optelsom. Gaat één afspraak mis? Dan is het al niet groen.

## Situatie 1: Fleur en Mo

s1_intro = Situatie 1. Fleur en Mo zijn allebei 16. Ze hebben al een half jaar verkering.
s1_a = Zullen we elkaar een sexy foto sturen? Alleen als jij het ook wilt 😊
s1_b = Ja, leuk. Maar alleen voor ons tweeën, oké?

s1_oordeel = Fleur en Mo sturen elkaar een sexy foto. Welke vlag geef jij?
    .explanation = Groen. Fleur en Mo zijn even oud. Ze willen het allebei. Niemand zet druk. Ze houden de foto's voor zichzelf. En ze mogen altijd stoppen.
    .starter = Welke vlag gaf je Fleur en Mo? Wat is voor jou het verschil met een foto doorsturen?

s1_ruben = Groen?? Sexy foto's sturen is toch altijd fout. Ik gaf rood.

keuze_1 = Wat zeg jij tegen Ruben?
    .eens = Ruben heeft gelijk. Het is altijd fout.
    .oneens = Nee. Ze willen het allebei. Dan mag het.
    .regels = Ik snap het nog niet. Wat waren de regels?

s1_eens = Ruben heeft gelijk. Het is altijd fout.
s1_oneens = Nee, Ruben. Ze willen het allebei. En ze houden het voor zichzelf.
s1_regels = Wacht even. Wat waren de regels ook alweer?
s1_regels_2 = Je checkt zes afspraken. Willen ze het allebei? Is er geen druk? Zijn ze even oud?
s1_regels_3 = Past het bij hun leeftijd en bij de plek? Weten ze de risico's? Alles ja? Dan is het groen.
s1_ricardo = Seks hoort plezierig te zijn voor allebei. Experimenteren mag! Doorsturen zonder te vragen, dat is fout.

## Situatie 2: Esra en Kofi

s2_intro = Situatie 2. Klas 3C ging zwemmen. Kofi zet foto's van het uitje in de klassenapp.
s2_a = Kijk Kofi in zijn zwembroek 🔥😏 Wie wil zijn nummer?
s2_b = Kap nou, Esra. Niet grappig.
s2_c = Oké, sorry! Ik haal het weg.

s2_oordeel = Esra maakt een opmerking over Kofi in de klassenapp. Welke vlag geef jij?
    .explanation = Geel. Kofi wilde deze opmerking niet. En de hele klas leest mee. Esra stopt meteen als Kofi het zegt. Daarom is het geel en niet rood.
    .starter = Welke vlag gaf je Esra? Hoe is het voor Kofi als de hele klas dit leest?

s2_ruben = Jongens vinden zoiets toch juist leuk?
s2_amira = Kofi zei: kap nou. Dus hij vond het niet leuk.

## Situatie 3: Sara en Niels

s3_intro = Situatie 3. Sara en Niels zijn 15. Ze hebben verkering. Sara stuurt Niels een naaktfoto.
s3_a = Alleen voor jou hè 🙈
s3_b = Tuurlijk. Alleen voor mij ❤️
s3_c = Kijk wat Sara me stuurde 😏

s3_oordeel = Niels stuurt de naaktfoto van Sara door naar Bram. Welke vlag geef jij?
    .explanation = Rood. Sara stuurde de foto alleen aan Niels. Ze gaf geen toestemming om hem door te sturen. Doorsturen zonder te vragen is altijd over de grens. Ook naar één vriend.
    .starter = Welke vlag gaf je Niels? Wat zou Sara tegen hem willen zeggen?

s3_ruben = Rood? Kom op. Zij wilde het toch zelf? Ze stuurde hem zelf.

keuze_3 = Ruben vindt het de schuld van Sara. Wat zeg jij?
    .eens = Ruben heeft gelijk. Had ze hem maar niet gestuurd.
    .oneens = Ze stuurde hem aan Niels. Niet aan Bram.
    .regels = Wat zegt de regel over doorsturen?

s3_eens = Ja. Had ze hem maar niet gestuurd.
s3_eens_2 = Dus het is de schuld van Sara? Niels koos zelf om hem door te sturen.
s3_oneens = Sara wilde hem alleen aan Niels geven. Niet aan Bram. Dat is een groot verschil.
s3_regels = Wat zegt de regel eigenlijk over doorsturen?
s3_regels_2 = Een foto van een ander doorsturen zonder te vragen? Dat is altijd over de grens.
s3_ricardo = Sara vertrouwde Niels. Het is nooit haar schuld dat hij de foto doorstuurde.
s3_wet = En Sara is 15. Een naaktfoto van iemand onder de 18 doorsturen kan strafbaar zijn. Ook als je zelf jonger dan 18 bent.

## Situatie 4: Noa en Daniël

s4_intro = Situatie 4. Noa is 13. Ze chat met Daniël. Hij is 17.
s4_a = Jij bent echt mooi. Veel volwassener dan andere meiden van 13.
s4_b = Stuur je me een sexy foto? Dan krijg je 20 euro beltegoed. Ons geheimpje 🤫
s4_c = Ehm. Ik weet het niet...

s4_oordeel = Daniël vraagt Noa om een sexy foto. Welke vlag geef jij?
    .explanation = Rood. Daniël is veel ouder dan Noa. Hij biedt geld, en dat is druk. Hij wil dat het geheim blijft. En Noa zegt geen ja. Dreigt hij als ze nee zegt? Dan wordt het zwart.
    .starter = Welke vlag gaf je Daniël? Wat zou Noa kunnen helpen?

s4_ruben = Maar Noa zegt toch geen nee?

keuze_4 = Wat zeg jij tegen Ruben?
    .geen_nee = Geen nee is nog geen ja.
    .klopt = Klopt. Dan mag ze het zelf weten.
    .hulp = Noa kan dit het beste aan een volwassene vertellen.

s4_geen_nee = Geen nee is nog geen ja. Ze zegt: ik weet het niet.
s4_klopt = Klopt. Dan mag ze het zelf weten.
s4_klopt_2 = Hij is 17 en zij 13. En hij biedt geld. Is dat een vrije keuze?
s4_hulp = Noa doet niks fout. Het is goed als ze dit aan een volwassene vertelt.
s4_ricardo = Daniël gaat over de grens, niet Noa. Noa mag hem blokkeren. Ze kan ook de Kindertelefoon bellen.

## Situatie 5: Thijs en Lisa

s5_intro = Situatie 5. Thijs is 15. Hij leerde online Lisa kennen. Hij stuurde haar een filmpje van zichzelf.
s5_a = Ik heb je filmpje nog. Betaal 100 euro. Anders krijgen al je vrienden het.
s5_b = Nee! Stop alsjeblieft. Verwijder het.
s5_c = Je hebt tot 8 uur vanavond ⏰ Anders stuur ik het ook naar je moeder.
s5_d = Ik heb geen geld. Laat me met rust!

s5_oordeel = Lisa dreigt het filmpje van Thijs te delen. Welke vlag geef jij?
    .explanation = Zwart. Lisa dreigt en wil geld. Dat is chantage. Thijs zegt steeds nee, maar ze gaat door. Het is niet de schuld van Thijs.
    .starter = Welke vlag gaf je? Wat zou jij Thijs aanraden als hij je vriend was?

s5_ruben = Wat moet Thijs doen? Gewoon betalen toch. Dan is het klaar.

keuze_5 = Welk advies geef jij Thijs?
    .betalen = Betalen. Dan stopt het vast.
    .hulp = Niet betalen. Blokkeren, screenshots maken en het iemand vertellen.
    .stil = Niks doen. Misschien stopt ze vanzelf.

s5_betalen = Betaal maar. Dan stopt het vast.
s5_betalen_2 = En als ze daarna nog meer wil? Dan weet ze dat hij betaalt.
s5_hulp = Niet betalen. Blokkeren. Screenshots van de chat maken. En het iemand vertellen.
s5_stil = Niks doen. Misschien stopt ze vanzelf.
s5_stil_2 = Dan blijft Thijs er alleen mee zitten. En hij blijft bang.
s5_ricardo = Het advies: niet betalen, blokkeren en bewijs bewaren. En praat met iemand die je vertrouwt.
s5_wet = Chantage met een filmpje is strafbaar. Thijs kan aangifte doen bij de politie.

## Situatie 6: Tim

s6_intro = Laatste situatie. Tim is 14. Hij zet een sexy foto van zichzelf op zijn open profiel.
s6_a = Nieuwe foto 💪
s6_b = Tim?? Je profiel staat open hè. Iedereen kan dit zien 😬

s6_oordeel = Tim zet een sexy foto van zichzelf op zijn open profiel. Welke vlag geef jij?
    .explanation = Geel. Tim doet niemand anders pijn. Maar iedereen kan de foto zien en bewaren. Ook vreemden. Weet Tim wat de risico's zijn? Misbruikt iemand de foto? Dan is dat nooit de schuld van Tim.
    .starter = Welke vlag gaf je Tim? Wat zou je hem zeggen als hij je vriend was?

## Afsluiting

ruben_overtuigd = Oké, jullie hebben me overtuigd. Sturen is niet het probleem. Doorsturen wel.
ruben_twijfelt = Ik weet het niet hoor. Als je niks stuurt, gebeurt er ook niks.
amira_eind = Ruben, de fout ligt bij wie doorstuurt of dreigt. Niet bij wie iets stuurde.
afsluiting = Top gedaan, jury! Nog twee vragen. Die zijn alleen voor jezelf.

## Nadenken

belang = Hoe belangrijk vind jij het om te checken of de ander het echt wil?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Waar merk je dat in je eigen leven?

eigen = Denk aan wat er bij jou gebeurde. Welke vlag past daarbij? Welke afspraak ging mis?
    .hint = Schrijf een paar zinnen. Je hoeft geen namen te noemen.
    .starter = Welke vlag gaf je je eigen situatie? Hoe kwam je op die vlag?

## Einde

einde_stem = Doorsturen zonder te vragen is altijd over de grens. { $meegegaan ->
        [true] Soms ging je mee met Ruben. Maar vaak zei je hardop wat er mis was.
       *[false] Jij zei dat hardop, en de jury luisterde.
    }
    .title = Jouw stem telde
einde_twijfel = { $meegegaan ->
        [true] Je ging soms mee met Ruben. Maar de schuld ligt nooit bij wie de foto stuurde.
       *[false] { $regels ->
            [true] Je vroeg naar de regels. Dat is slim. Durf ze nu ook hardop te zeggen.
           *[false] Je zei niet vaak wat jij vond. Maar jouw uitleg kan een ander helpen.
        }
    }
    .title = De jury twijfelde
