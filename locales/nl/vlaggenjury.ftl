# De Vlaggenjury — Nederlandse tekst (brontaal).

scenario-title = De Vlaggenjury
scenario-summary = Jij zit in een jury. Welke vlag geef jij zes situaties online?

character-liam = Liam
character-ricardo = Ricardo
character-fatima = Fatima
character-koen = Koen
character-sophie = Sophie
character-rayan = Rayan
character-elif = Elif
character-jason = Jason
character-emma = Emma
character-niels = Niels
character-noa = Noa
character-daniel = Daniël
character-thijs = Thijs
character-lisa = Lisa
character-tim = Tim
character-mila = Mila

chat-jury = Vlaggenjury
chat-s1 = Situatie 1: Sophie en Rayan
chat-s2 = Situatie 2: Klas 3C
chat-s3 = Situatie 3: Emma en Niels
chat-s3b = Situatie 3: Niels en Wessel
chat-s4 = Situatie 4: Noa en Daniël
chat-s5 = Situatie 5: Thijs en Lisa
chat-s6 = Situatie 6: Tim

## Uitleg

begin = Je bent Liam. Je zit in de Vlaggenjury van het jongerenwerk. De jury praat in een groepsapp.
uitleg_1 = Welkom, jury! Vandaag krijgen jullie zes situaties. Welke vlag past erbij?
uitleg_2 = Groen is oké. Geel is een beetje over de grens. Rood is ernstig. Zwart is heel ernstig: dwingen, dreigen, of steeds een nee negeren.
uitleg_3 = Let op: je telt niet op. Klopt er één punt niet? Dan is het al niet groen.

## Situatie 1: Sophie en Rayan

s1_intro = Situatie 1. Sophie en Rayan zijn allebei 16. Ze hebben al een half jaar verkering.
s1_a = zullen we elkaar nudes sturen? alleen als jij het ook wilt 😊
s1_b = ja leuk. maar alleen voor ons tweeën oké?

s1_oordeel = Sophie en Rayan sturen elkaar een naaktfoto. Welke vlag geef jij?
    .explanation = Groen. Ze zijn allebei 16 en willen het allebei. Niemand zet druk, en ze mogen altijd stoppen. De foto's blijven van hen twee. Politie en justitie laten dat met rust. De wet ziet het als experimenteren tussen jongeren die ongeveer even oud zijn.
    .starter = Wat is voor jou het verschil tussen wat Sophie en Rayan doen en een foto doorsturen?

s1_ruben = groen?? 😳 nudes sturen is toch altijd fout. ik gaf rood

keuze_1 = Wat zeg jij tegen Koen?
    .eens = Koen heeft gelijk. Het is altijd fout.
    .oneens = Nee. Ze willen het allebei. Dan mag het.
    .regels = Ik snap het nog niet. Wat waren de regels?

s1_eens = koen heeft gelijk. het is altijd fout
s1_oneens = nee koen. ze willen het allebei. en ze houden het voor zichzelf
s1_regels = wacht even. wat waren de regels ook alweer?
s1_regels_2 = Je checkt zes punten. Willen ze het allebei? Is het een vrije keuze, zonder druk? Zijn ze gelijkwaardig? Dus geen groot verschil in leeftijd of macht?
s1_regels_3 = Past het bij hun leeftijd? Past het bij de plek? Weten ze wat de risico's zijn? Zes keer ja? Dan is het groen.
s1_ricardo = Seks hoort fijn te zijn voor allebei. Experimenteren mag! Maar een foto doorsturen zonder te vragen is fout.

## Situatie 2: Elif en Jason

s2_intro = Situatie 2. Klas 3C ging zwemmen. Jason zet foto's van het uitje in de klassenapp.
s2_a = kijk jason in zijn zwembroek 🔥😏 wie wil zijn nummer?
s2_b = kap nou elif. niet grappig
s2_c = oké sorry! ik haal het weg

s2_oordeel = Elif maakt een opmerking over Jason in de klassenapp. Welke vlag geef jij?
    .explanation = Geel. Jason wilde deze opmerking niet. En de hele klas leest mee. Elif stopt meteen als Jason het zegt. Daarom is het geel en niet rood.
    .starter = Jason schreef: kap nou. Hoe is het voor hem dat de hele klas dit leest?

s2_ruben = jongens vinden zoiets toch juist leuk?
s2_amira = jason zei kap nou. dus hij vond het niet leuk

## Situatie 3: Emma en Niels

s3_intro = Situatie 3. Emma en Niels zijn 15. Ze hebben verkering. Emma stuurt Niels een naaktfoto.
s3_a = alleen voor jou hè 🙈
s3_b = tuurlijk. alleen voor mij ❤️
s3_c = kijk wat emma me stuurde 😏

s3_oordeel = Niels stuurt de naaktfoto van Emma door naar Wessel. Welke vlag geef jij?
    .explanation = Rood. Emma stuurde de foto alleen aan Niels. Ze gaf geen toestemming om hem door te sturen. Doorsturen zonder te vragen is altijd over de grens. Ook naar één vriend.
    .starter = Stel dat Emma Niels een bericht stuurt. Wat zou ze hem schrijven?

s3_ruben = rood? kom op. zij wilde het toch zelf? ze stuurde hem zelf

keuze_3 = Koen vindt het de schuld van Emma. Wat zeg jij?
    .eens = Koen heeft gelijk. Had ze hem maar niet gestuurd.
    .oneens = Ze stuurde hem aan Niels. Niet aan Wessel.
    .regels = Wat zegt de regel over doorsturen?

s3_eens = ja. had ze hem maar niet gestuurd
s3_eens_2 = dus het is de schuld van emma? niels koos zelf om hem door te sturen
s3_oneens = emma gaf hem alleen aan niels. niet aan wessel. dat is een groot verschil
s3_regels = wat zegt de regel eigenlijk over doorsturen?
s3_regels_2 = Een foto van een ander doorsturen zonder te vragen? Dat is altijd over de grens.
s3_ricardo = Emma vertrouwde Niels. Het is nooit haar schuld dat hij de foto doorstuurde.
s3_wet = En Emma is 15. Een naaktfoto van iemand onder de 18 is voor de wet kinderporno. Doorsturen kan strafbaar zijn, ook als je zelf onder de 18 bent.
s3_wet_2 = Bij Sophie en Rayan bleef de foto van hen twee. Bij Emma niet. Dat is het verschil.

## Situatie 4: Noa en Daniël

s4_intro = Situatie 4. Noa is 13. Ze chat met Daniël. Hij is 17.
s4_a = jij bent echt mooi. veel volwassener dan andere meiden van 13
s4_b = stuur je me een nude? dan koop ik die hoodie voor je die je wilde. ons geheimpje 🤫
s4_c = ehm. ik weet het niet...

s4_oordeel = Daniël vraagt Noa om een naaktfoto. Welke vlag geef jij?
    .explanation = Rood. Daniël is veel ouder dan Noa. Hij belooft haar een hoodie. Zo probeert hij een ja te kopen. Hij wil dat het geheim blijft. En Noa zegt geen ja. Dreigt hij als ze nee zegt? Dan wordt het zwart.
    .starter = Waaraan zie je in de berichten van Daniël dat hij druk zet?

s4_ruben = maar noa zegt toch geen nee?

keuze_4 = Wat zeg jij tegen Koen?
    .geen_nee = Geen nee is nog geen ja.
    .klopt = Klopt. Dan mag ze het zelf weten.
    .hulp = Noa kan dit het beste aan een volwassene vertellen.

s4_geen_nee = geen nee is nog geen ja. ze zegt: ik weet het niet
s4_klopt = klopt. dan mag ze het zelf weten
s4_klopt_2 = hij is 17 en zij 13. en hij belooft haar een hoodie. is dat een vrije keuze?
s4_hulp = noa doet niks fout. het is goed als ze dit aan een volwassene vertelt
s4_ricardo = Daniël gaat over de grens, niet Noa. Noa mag hem blokkeren. Ze kan het ook vertellen aan haar ouders, haar mentor of de Kindertelefoon.
s4_wet = Wat Daniël doet, kan strafbaar zijn. Sinds 2024 kan online seksueel lastigvallen strafbaar zijn.
s4_wet_2 = En stuurt Noa toch een nude? Dan heeft Daniël kinderporno op zijn telefoon. Ook met 17 kan dat strafbaar zijn.

## Situatie 5: Thijs en Lisa

s5_intro = Situatie 5. Thijs is 15. Hij leerde online een meisje kennen: Lisa. Hij stuurde haar een naaktfilmpje van zichzelf.
s5_a = ik heb je filmpje nog. betaal 100 euro. anders krijgen al je vrienden het
s5_b = nee! stop alsjeblieft. verwijder het
s5_c = je hebt tot 8 uur vanavond ⏰ anders stuur ik het ook naar je moeder
s5_d = ik heb geen geld. laat me met rust!

s5_oordeel = Lisa dreigt het filmpje van Thijs te delen. Welke vlag geef jij?
    .explanation = Zwart. Lisa dreigt en wil geld. Zo dwingt ze Thijs. Hij zegt steeds nee, maar ze gaat door. Het is niet de schuld van Thijs.
    .starter = Wat zou jij Thijs aanraden als hij je vriend was? Wat maakt het voor hem zo moeilijk om het te vertellen?

s5_ruben = wat moet thijs doen? gewoon betalen toch. dan is het klaar

keuze_5 = Welk advies geef jij Thijs?
    .betalen = Betalen. Dan stopt het vast.
    .hulp = Screenshots maken, blokkeren en hulp vragen.
    .stil = De chat wissen en niks zeggen. Misschien stopt ze vanzelf.

s5_betalen = betaal maar. dan stopt het vast
s5_betalen_2 = en als ze daarna nog meer wil? dan weet ze dat hij betaalt
s5_hulp = niet betalen. eerst screenshots maken, dan blokkeren. en het iemand vertellen
s5_stil = wis de chat en zeg niks. misschien stopt ze vanzelf
s5_stil_2 = dan is zijn bewijs weg. en hij blijft er alleen mee zitten
s5_ricardo = Dit is het advies, in deze volgorde. Eerst screenshots van de chat maken. Dan blokkeren.
s5_ricardo_2 = Niet betalen. Niks meer sturen. En wis de chat niet: dat is je bewijs.
s5_ricardo_3 = Vertel het aan iemand die je vertrouwt. En meld het. Wie dreigt, rekent erop dat je je schaamt en niks zegt.
s5_nep = wacht. is lisa eigenlijk wel echt lisa? 👀
s5_nep_2 = Goede vraag, Fatima. Nepprofielen bestaan. Achter "Lisa" kan iemand anders zitten, ook een man. Het advies blijft hetzelfde.
s5_wet = Iemand dreigen met een naaktfilmpje om geld te krijgen, is strafbaar. Thijs kan het melden bij de politie. Dat heet aangifte doen.

## Situatie 6: Tim

s6_intro = Laatste situatie. Tim is 14. Hij zet een foto op zijn open profiel. Hij staat zonder shirt voor de spiegel.
s6_a = nieuwe foto 💪
s6_b = tim?? je profiel staat open hè. iedereen kan dit zien 😬
s6_c = Onder de foto staan ook reacties van mensen die Tim niet kent.

s6_oordeel = Tim zet een foto zonder shirt op zijn open profiel. Welke vlag geef jij?
    .explanation = Geel. Tim doet niemand anders pijn. Hij is niet naakt. Maar iedereen kan de foto zien en bewaren. Ook vreemden. Weet Tim wat de risico's zijn? Misbruikt iemand de foto? Dan is dat nooit de schuld van Tim.
    .starter = Waar let jij op voordat je een foto van jezelf online zet?

s6_wet = Nog één ding. Ben je onder de 18? Dan kan een naaktfoto van jezelf online zetten strafbaar zijn. Ook al is het je eigen foto.

## Afsluiting

ruben_overtuigd = oké jullie hebben me overtuigd. sturen als je het allebei wilt is niet het probleem. doorsturen, druk zetten en dreigen wel
ruben_twijfelt = ik weet het niet hoor. als je niks stuurt, gebeurt er ook niks
amira_eind = koen, de fout ligt bij wie doorstuurt, druk zet of dreigt. niet bij wie iets stuurde
afsluiting = Top gedaan, jury! Dit waren alle zes de situaties.

## Nadenken

vragen = Nu nog twee vragen over jou. Je Halt-medewerker leest al je antwoorden uit dit spel. Er zijn geen foute antwoorden. Jullie praten er samen over.

zeker = Stel: een vriend zegt over een doorgestuurde naaktfoto "zij wilde het toch zelf". Hoe zeker ben je dat je dan zegt wat jij ervan vindt?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = { $meegegaan ->
            [true] Als Liam ging je soms mee met Koen. Wat maakte meegaan op dat moment makkelijker dan iets terugzeggen?
           *[false] { $sterk ->
                [0] Wat zou je nodig hebben om iets terug te zeggen tegen een vriend als Koen?
               *[other] Als Liam sprak je Koen { $sterk } keer tegen. Wat hielp je daarbij? En wat maakt het bij je eigen vrienden moeilijker?
            }
        }

eigen = Welke situatie uit de jury lijkt het meest op wat er bij jou gebeurde? Welke vlag past daarbij? Vertel het als je wilt.
    .hint = Namen zijn niet nodig. Je mag dit ook overslaan.
    .starter = Welke situatie leek op die van jou? Wat is hetzelfde, en wat is anders?

## Einde

einde_stem = Doorsturen zonder te vragen is altijd over de grens. { $meegegaan ->
        [true] Soms ging je mee met Koen. Maar vaak zei je hardop wat er mis was.
       *[false] Jij zei dat hardop, en de jury luisterde.
    }
    .title = Jouw stem telde
einde_twijfel = { $meegegaan ->
        [true] Je ging soms mee met Koen. Maar de schuld ligt nooit bij wie de foto stuurde.
       *[false] { $regels ->
            [true] Je vroeg naar de regels. Dat is slim. Durf ze nu ook hardop te zeggen.
           *[false] Je zei niet vaak wat jij vond. Maar jouw uitleg kan een ander helpen.
        }
    }
    .title = De jury twijfelde
