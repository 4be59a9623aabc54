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

begin = Je bent Liam. Je zit in de Vlaggenjury van het jongerenwerk.
uitleg_1 = Welkom, jury! Geef zes situaties een vlag. Klopt er één punt niet? Dan is het niet groen.

## Situatie 1: Sophie en Rayan

s1_intro = Sophie en Rayan zijn 16. Ze hebben verkering.
s1_a = zullen we nudes sturen? alleen als jij het ook wilt 😊
s1_b = ja leuk. wel alleen voor ons tweeën

s1_oordeel = Sophie en Rayan sturen elkaar naaktfoto's.
    .explanation = Groen. Ze zijn even oud en willen het allebei. De foto's blijven van hen. De wet ziet dat als experimenteren en laat het met rust.
    .starter = Wat is voor jou het verschil tussen wat Sophie en Rayan doen en een foto doorsturen?

s1_ruben = groen?? 😳 nudes sturen is toch altijd fout

keuze_1 = Wat zeg jij?
    .eens = Koen heeft gelijk.
    .oneens = Nee. Ze willen het allebei.
    .regels = Wat waren de regels ook alweer?

s1_eens = koen heeft gelijk. het is altijd fout
s1_oneens = nee. ze willen het allebei
s1_regels = wacht. wat waren de regels ook alweer?
s1_ricardo = Kijk naar de zes punten: hier klopt alles. Experimenteren mag!

## Situatie 2: Elif en Jason

s2_a = kijk jason in zijn zwembroek 🔥😏 wie wil zijn nummer?
s2_b = kap nou elif. niet grappig
s2_c = oké sorry! ik haal het weg

s2_oordeel = Elif schrijft dit over Jason in de klassenapp.
    .explanation = Geel. Jason wilde dit niet, en de hele klas leest mee. Maar Elif stopt meteen.
    .starter = Jason schreef: kap nou. Hoe is het voor hem dat de hele klas dit leest?

## Situatie 3: Emma en Niels

s3_intro = Emma en Niels zijn 15. Emma stuurt haar vriend een naaktfoto.
s3_a = alleen voor jou hè 🙈
s3_b = tuurlijk ❤️
s3_c = kijk wat emma me stuurde 😏

s3_oordeel = Niels stuurt de foto door naar Wessel.
    .explanation = Rood. Emma gaf de foto alleen aan Niels. Doorsturen zonder te vragen is altijd over de grens.
    .starter = Stel dat Emma Niels een bericht stuurt. Wat zou ze hem schrijven?

s3_ruben = rood? kom op. ze stuurde hem toch zelf?

keuze_3 = Wat zeg jij?
    .eens = Had ze hem maar niet gestuurd.
    .oneens = Ze gaf hem alleen aan Niels.
    .regels = Wat is de regel over doorsturen?

s3_eens = ja. had ze hem maar niet gestuurd
s3_oneens = nee. ze gaf hem alleen aan niels
s3_regels = wat is de regel over doorsturen?
s3_ricardo = Doorsturen zonder te vragen is altijd over de grens. Het is nooit de schuld van Emma.
s3_wet = Een naaktfoto van iemand onder de 18 is voor de wet kinderporno. Doorsturen kan strafbaar zijn, ook voor jongeren.

## Situatie 4: Noa en Daniël

s4_intro = Noa is 13. Ze chat met Daniël. Hij is 17.
s4_a = je bent echt volwassen voor 13 😍
s4_b = stuur je me een nude? dan krijg je die hoodie. ons geheimpje 🤫
s4_c = ehm. ik weet het niet...

s4_oordeel = Daniël vraagt Noa om een naaktfoto.
    .explanation = Rood. Daniël is veel ouder. Met een hoodie wil hij een ja kopen, in het geheim. En Noa zegt geen ja.
    .starter = Waaraan zie je in de berichten van Daniël dat hij druk zet?

s4_ruben = maar noa zegt toch geen nee?

keuze_4 = Wat zeg jij?
    .geen_nee = Geen nee is nog geen ja.
    .klopt = Klopt, ze mag het zelf weten.
    .hulp = Ze kan het een volwassene vertellen.

s4_geen_nee = geen nee is nog geen ja
s4_klopt = klopt. ze mag het zelf weten
s4_hulp = noa kan het een volwassene vertellen
s4_ricardo = Geen nee is nog geen ja. Noa doet niks fout. Ze mag hem blokkeren en het haar ouders vertellen.
s4_wet = Wat Daniël doet, kan strafbaar zijn. Sinds 2024 kan online seksueel lastigvallen strafbaar zijn.

## Situatie 5: Thijs en Lisa

s5_intro = Thijs is 15. Hij kent Lisa alleen van online. Hij stuurde haar een naaktfilmpje.
s5_a = betaal 100 euro. anders krijgen al je vrienden je filmpje
s5_b = nee! stop alsjeblieft
s5_c = tot 8 uur vanavond ⏰ anders krijgt je moeder het ook

s5_oordeel = Lisa dreigt het filmpje van Thijs te delen.
    .explanation = Zwart. Lisa dreigt en wil geld. Thijs zegt nee, maar ze gaat door. Het is niet zijn schuld. Wie dreigt, hoopt dat je je schaamt en zwijgt.
    .starter = Wat zou jij Thijs aanraden als hij je vriend was? Wat maakt het voor hem zo moeilijk om het te vertellen?

s5_ruben = gewoon betalen toch. dan is het klaar

keuze_5 = Welk advies geef jij Thijs?
    .betalen = Betalen. Dan stopt het vast.
    .hulp = Screenshots maken, blokkeren, hulp vragen.
    .stil = De chat wissen, niks zeggen.

s5_betalen = betaal maar. dan stopt het vast
s5_hulp = niet betalen. eerst screenshots, dan blokkeren
s5_stil = wis de chat en zeg niks
s5_ricardo = Het advies, in deze volgorde: eerst screenshots. Dan blokkeren. Niet betalen, niks meer sturen, niks wissen.
s5_ricardo_2 = Vertel het aan iemand die je vertrouwt. En meld het bij de politie: dreigen om geld is strafbaar.
s5_nep = wacht. is lisa wel echt lisa? 👀
s5_nep_2 = Goede vraag. Achter een profiel kan ook een man zitten. Het advies blijft hetzelfde.

## Situatie 6: Tim

s6_a = nieuwe foto 💪
s6_b = tim?? je profiel staat open hè. vreemden reageren al 😬

s6_oordeel = Tim is 14. Hij zet deze foto zonder shirt op zijn open profiel.
    .explanation = Geel. Tim is niet naakt. Maar ook vreemden kunnen de foto zien en bewaren. Misbruikt iemand hem? Dat is nooit Tims schuld.
    .starter = Waar let jij op voordat je een foto van jezelf online zet?

s6_wet = Let op: ben je onder de 18? Dan kan ook een naaktfoto van jezelf online zetten strafbaar zijn.

## Afsluiting

ruben_overtuigd = oké, jullie hebben gelijk. sturen als je het allebei wilt is niet het probleem. doorsturen, druk zetten en dreigen wel
ruben_twijfelt = weet niet hoor. gewoon niks sturen toch
amira_eind = de fout ligt bij wie doorstuurt of dreigt, koen

## Nadenken

vragen = Nog één vraag over jou. Je Halt-medewerker leest je antwoord. Er zijn geen foute antwoorden. Jullie praten er samen over.

eigen = Welke situatie lijkt het meest op wat er bij jou gebeurde? Welke vlag past daarbij?
    .hint = Namen zijn niet nodig. Overslaan mag ook.
    .starter = { $meegegaan ->
            [true] Als Liam ging je soms mee met Koen. Welke situatie leek op die van jou? Wat deden anderen daar, en wat deed jij?
           *[false] { $sterk ->
                [0] Welke situatie leek op die van jou? Wat is hetzelfde, en wat is anders?
               *[other] Als Liam sprak je Koen { $sterk } keer tegen. Welke situatie leek op die van jou? Wat had jou daar geholpen om iets te zeggen?
            }
        }

## Einde

einde_stem = { $meegegaan ->
        [true] Soms ging je mee met Koen. Maar vaak zei je hardop wat er mis was.
       *[false] Jij zei hardop wat er mis was, en de jury luisterde.
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
