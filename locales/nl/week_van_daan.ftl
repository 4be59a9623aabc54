# De week van Daan — Nederlandse tekst (brontaal).

scenario-title = De week van Daan
scenario-summary = Een filmpje van Daan gaat rond op zijn basketbalclub. Jij bent Daan.

character-daan = Daan
character-mama = Mama
character-amira = Trainer Amira
character-tim = Tim
character-ruben = Ruben
character-mo = Mo
character-kt = De Kindertelefoon
character-onbekend = Onbekend nummer

chat-team = Team U16 🏀
chat-onbekend = Onbekend nummer
chat-dm_roos = Roos
chat-kindertelefoon = De Kindertelefoon
chat-dm_tim = Tim

## Maandag

begin = Maandag. Je bent Daan, 15 jaar. Je zit in de bus naar basketbal.
terug = Een half jaar geleden leerde je online Roos kennen. Ze vroeg om een filmpje. Jij stuurde er een. Kort daarna stopte het contact.
team_video = Daan, ben jij dit?? 😂
schrik = Je kijkt. Het is jouw filmpje. Het filmpje dat alleen voor Roos was.
schrik_2 = Nee. Dit kan niet. Hoe komen zij hieraan?
team_mo = Ik kreeg hem net ook al. Van iemand van de U18.
team_ruben = 😂😂😂

gevoel_ma = Je bent Daan. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Daan? Wat maakte dat je die koos?

keuze_ma = Het hele team heeft het gezien. Wat doe je?
    .negeren = Ik zeg niks. Ik zet mijn telefoon op stil.
    .boos = Ik schrijf: "Haal dat weg!"
    .grap = Ik maak er een grapje van.
    .mama = Ik vertel het vanavond aan mama.

ma_negeer_1 = Je stopt je telefoon weg. Hij trilt toch, steeds weer.
ma_negeer_2 = Daan zegt niks. Dus het is echt 😂
ma_boos_1 = HAAL DAT WEG. Dit is niet grappig!!
ma_boos_2 = Chill 😂 Iedereen heeft hem toch al.
ma_grap_1 = Haha ja. Mijn eerste film 😅
ma_grap_2 = HAHA hij geeft het toe 😂😂
ma_training = Bij de training kijkt niemand je aan. In de kleedkamer is het ineens stil.
ma_avond = Mama vraagt hoe de training was. Ik zeg: "Goed." Zij mag dit nooit weten.

## Woensdag

wo_begin = Woensdag. Je krijgt berichten van nummers die je niet kent.
wo_onbekend = Ben jij die Daan van dat filmpje? 😂
wo_kleedkamer = Na de training houdt Tim in de kleedkamer zijn telefoon omhoog. "Pas op, jongens! Daan gaat filmen!"
wo_lachen = { $grap ->
        [0] Iedereen lacht. Ook Mo.
       *[other] Iedereen lacht. Tim zegt: "Jij vindt het zelf toch ook grappig?"
    }

keuze_wo = Iedereen kijkt naar jou. Wat doe je?
    .negeren = Ik zeg niks. Ik pak mijn tas en ga.
    .boos = Ik duw Tim hard tegen de kast.
    .grap = Ik lach mee. "Ja, ik ben een ster."
    .trainer = Ik vraag trainer Amira of ik haar even kan spreken.

wo_negeer = Je fietst naar huis. Het lachen hoor je nog steeds in je hoofd.
wo_boos_1 = Tim valt tegen de kast. Net dan komt trainer Amira binnen. "Daan! Zaterdag zit jij op de bank," zegt ze.
wo_boos_2 = Ze weet niet waarom ik duwde. Nu ben ik ook nog de boosdoener.
wo_grap_1 = Tim lacht nog harder. Even later staat zijn grap in de teamapp.
wo_grap_2 = Als ik meelach, lijkt het of het me niks doet. Maar dat is niet zo.

## Vrijdagnacht

vr_begin = Vrijdagnacht, 02:14. Je ligt al uren wakker. Morgen is de wedstrijd.
vr_bericht = Morgen wedstrijd! Neemt Daan zijn camera mee? 🎥😂
vr_terug = { $boos ->
        [0] { $grap ->
            [0] Ik zei niks. Toch ging het gewoon door.
           *[other] Ik lachte mee. Nu denken ze dat ik het niet erg vind.
        }
       *[other] Ik werd boos. Het hielp niks. Het ging gewoon door.
    }
vr_2 = Misschien stop ik met basketbal. En mama mag dit nooit zien. Ik schaam me zo.

keuze_vr = Het is midden in de nacht. Wat doe je?
    .mama = Ik loop naar mama en maak haar wakker.
    .kt = Ik chat met de Kindertelefoon.
    .roos = Ik stuur Roos een bericht. Waarom deed ze dit?
    .alleen = Ik hou het voor mezelf. Ik los het zelf op.

vr_roos_1 = Waarom heb je mijn filmpje rondgestuurd?? Iedereen heeft het nu.
vr_roos_2 = Je bericht komt niet aan. Roos heeft je geblokkeerd. Het filmpje gaat gewoon verder rond.

## Zaterdag

za_1 = Zaterdag. Je zegt dat je ziek bent. Je gaat niet naar de wedstrijd.
za_amira = Beterschap, Daan! We missen je vandaag 🏀
za_mama = Aan het eind van de middag klopt mama op je deur. "Gaat het wel, jongen? Je bent zo stil."

keuze_za = Wat zeg je tegen mama?
    .vertellen = Ik vertel het haar. Alles.
    .prima = Ik zeg: "Het gaat prima, mam."

za_alleen = Mama gaat weer naar beneden. Het filmpje gaat nog steeds rond. Niemand weet hoe jij je voelt.

## Hulp vragen

mama_1 = { $dag ->
        [1] Maandagavond. Mama zit op de bank. Je gaat naast haar zitten.
        [3] Je klopt zacht op haar deur. Mama doet het licht aan.
       *[other] Mama gaat naast je op je bed zitten.
    }
mama_2 = Hoe begin ik? Wat als ze boos wordt?
keuze_begin = Hoe begin je?
    .zeggen = Ik zeg: "Mam, ik moet je iets vertellen. Het is moeilijk."
    .laten_zien = Ik laat haar de berichten van het team zien.
    .uitstel = Ik zeg: "Laat maar. Het is niks."

begin_laten = Mama leest de berichten. Ze kijkt je aan. "Vertel maar. Ik luister."
uitstel_1 = Mama blijft zitten. "Ik zie dat er iets is," zegt ze. "Ik ga niet weg."
mama_3 = Je vertelt alles. Over Roos, over het filmpje en over het team.
mama_4 = Mama slaat een arm om je heen. "Jij hebt niks fout gedaan," zegt ze. "Wie het rondstuurt, doet fout. We lossen dit samen op."

tr_1 = Amira neemt je mee naar de kantine. Je laat haar de berichten zien. Niet het filmpje, alleen de berichten.
tr_2 = "Wat naar voor je, Daan," zegt Amira. "Dit is niet jouw schuld."
tr_3 = "Zullen we je moeder samen bellen?" Je knikt. Een halfuur later zit mama naast je.

kt_1 = Hoi. Er gaat een filmpje van mij rond. Ik weet niet wat ik moet doen.
kt_2 = Hoi. Fijn dat je ons schrijft. Wat naar dat dit gebeurt. Het is niet jouw schuld.
kt_3 = Wie het zonder toestemming doorstuurt, doet iets strafbaars. Is er een volwassene die je vertrouwt? Dan bedenken we samen hoe je het vertelt.
kt_4 = Jullie chatten nog een halfuur. Om zeven uur 's ochtends klop je op de deur van mama.

hulp_samen = Samen zoeken jullie wat je kunt doen. Jullie vinden Helpwanted. Ze geven anoniem advies. En ze helpen om filmpjes offline te halen.
hulp_bewijs = Mama zegt: "Maak screenshots van de berichten. Dat is bewijs. Maar niet van het filmpje zelf."

keuze_club = Mama vraagt: "Zal ik trainer Amira bellen? Dan kan zij met het team praten."
    .ja = Ja. Het team moet ermee stoppen.
    .nee = Nee. Ik wil niet dat de club het weet.

club_nee = Mama zegt: "Dat snap ik. Je mag er later nog over beslissen."
tr_team = { $dag ->
        [1] Woensdag.
        [2] Vrijdag.
       *[other] Een paar dagen later.
    } Amira praat met het team. Jij bent er niet bij. Ze zegt: "Wis dat filmpje, allemaal. Doorsturen zonder toestemming is strafbaar."
tr_tim = Sorry Daan. Ik dacht dat het een grap was. Ik heb hem gewist.

ob_bericht = Daan de filmster 😂 Iedereen heeft je filmpje.
keuze_ob = Weer een onbekend nummer. Wat doe je?
    .melden = Ik maak een screenshot, blokkeer het nummer en laat het mama zien.
    .terug = Ik schrijf iets gemeens terug.
ob_terug = Laat me met rust, sukkel!
ob_terug_2 = Er komt alleen 😂 terug. Dit helpt niks. Ik laat het toch aan mama zien.
ob_melden = Mama bewaart de screenshot bij de rest. "Goed zo," zegt ze. "Hoe meer bewijs, hoe beter."

keuze_aangifte = Mama vraagt: "Wil je aangifte doen bij de politie?"
    .ja = Ja. Ik wil dat dit stopt.
    .later = Nog niet. Ik wil er eerst over nadenken.

ag_1 = Een paar dagen later ga je met mama naar het politiebureau. "Goed dat je komt," zegt de agent. Ze luistert rustig en schrijft alles op.
ag_later = Mama zegt: "Dat is goed. Je kunt ook later nog aangifte doen."
rust = Het is niet ineens over. Maar je slaapt weer wat beter. Je staat er niet meer alleen voor.
ag_roos = Weken later hoor je dat Roos naar Halt moet. Ze wil sorry zeggen. Jij mag kiezen of je dat wilt.

## Nadenken

moeilijk = { $hulp ->
        [true] Hulp vragen is moeilijk. Daan deed het toch. Wat maakt het zo moeilijk, denk je?
       *[false] Daan vroeg niemand om hulp. Wat maakte dat zo moeilijk, denk je?
    }
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Wat maakt hulp vragen zo moeilijk, denk je? Herken je daar iets van?

wet = Daan stuurde het filmpje zelf naar Roos. Wie deed er iets strafbaars?
    .daan = Daan, want hij maakte het filmpje.
    .doorsturen = Wie het filmpje zonder toestemming doorstuurde.
    .niemand = Niemand. Daan stuurde het toch zelf.
    .explanation = Wie het doorstuurde. Daan en Roos zijn even oud en wilden het allebei. Justitie vervolgt dat in de praktijk niet. Een seksueel filmpje verspreiden zonder toestemming is wel strafbaar, op elke leeftijd. Daan is 15. Dan telt het filmpje voor de wet als beeld van seksueel kindermisbruik. Ook doorsturen of bewaren kan dan strafbaar zijn.
    .starter = Wat vind je ervan dat Daan hier niet de schuldige is? Wat betekent dat voor wie het doorstuurt?

belang = Stel: jij krijgt zo'n filmpje van iemand uit je team of klas. Hoe belangrijk vind jij het om dan iets te doen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat zou jij dan doen?

## Einde

einde_aangifte = Daan deed niks fout. { $dag ->
        [1] Hij vroeg meteen hulp. Samen kwamen ze in actie.
       *[other] Zwijgen, boos worden of meelachen hielp niet. Hulp vragen wel.
    }
    .title = Daan vroeg hulp en deed aangifte
einde_hulp = Daan hoefde het niet alleen te dragen. { $dag ->
        [1] Hij vroeg meteen hulp. Dat maakte het verschil.
       *[other] Zwijgen, boos worden of meelachen hielp niet. Hulp vragen wel.
    }
    .title = Daan vroeg hulp
einde_alleen = Daan bleef er alleen mee. Dat het filmpje rondging, is niet zijn schuld. Hulp vragen kan altijd, ook later.
    .title = Daan bleef alleen
