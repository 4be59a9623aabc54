# De week van Daan — Nederlandse tekst (brontaal).

scenario-title = De week van Daan
scenario-summary = Een filmpje van Daan gaat rond op zijn basketbalclub. Jij bent Daan.

character-daan = Daan
character-mama = Mama
character-joyce = Trainer Joyce
character-bas = Bas
character-thomas = Thomas
character-sami = Sami
character-kt = De Kindertelefoon
character-hulp113 = Hulplijn 113
character-onbekend = Onbekend nummer

chat-team = Team U16 🏀
chat-onbekend = Onbekend nummer
chat-dm_roos = Roos
chat-kindertelefoon = De Kindertelefoon
chat-hulp113 = 113
chat-dm_bas = Bas

## Maandag

begin = Maandag. Je bent Daan, 15 jaar. Je zit in de bus naar basketbal.
terug = Een half jaar geleden leerde je online Roos kennen. Ze vroeg om een filmpje. Jij stuurde er een. Kort daarna stopte het contact.
team_video = daan ben jij dit?? 💀
schrik = Je kijkt. Het is jouw filmpje. Het filmpje dat alleen voor Roos was.
schrik_2 = Nee. Dit kan niet. Hoe komen zij hieraan?
team_mo = kreeg hem net ook al 👀 van iemand uit de u18
team_ruben = 😭😭😭

gevoel_ma = Je bent Daan. Hoe voel je je nu? Kies wat past.
    .starter = Welk gevoel van Daan kwam het hardst bij je binnen? Wat in de teamapp deed dat?

keuze_ma = Het hele team heeft het gezien. Wat doe je?
    .negeren = Ik zeg niks. Ik zet mijn telefoon op stil.
    .boos = Ik schrijf: "Haal dat weg!"
    .grap = Ik maak er een grapje van.
    .mama = Ik vertel het vanavond aan mama.

ma_negeer_1 = Je stopt je telefoon weg. Hij trilt toch, steeds weer.
ma_negeer_2 = daan zegt niks dus het is echt 😂
ma_boos_1 = haal dat weg!! echt niet grappig
ma_boos_2 = chill 🙄 iedereen heeft hem toch al
ma_grap_1 = haha ja mijn eerste film 🥲
ma_grap_2 = hahaha hij geeft het toe 💀
ma_training = Bij de training kijkt niemand je aan. In de kleedkamer is het ineens stil.
ma_avond = Mama vraagt hoe de training was. Ik zeg: "Goed." Zij mag dit nooit weten.

## Woensdag

wo_begin = Woensdag. Je krijgt berichten van nummers die je niet kent.
wo_onbekend = ben jij die daan van dat filmpje 😂
wo_kleedkamer = Na de training houdt Bas in de kleedkamer zijn telefoon omhoog. "Pas op, jongens! Daan gaat filmen!"
wo_lachen = { $grap ->
        [0] Iedereen lacht. Ook Sami.
       *[other] Iedereen lacht. Bas zegt: "Jij vindt het zelf toch ook grappig?"
    }

keuze_wo = Iedereen kijkt naar jou. Wat doe je?
    .negeren = Ik zeg niks. Ik pak mijn tas en ga.
    .boos = Ik duw Bas hard tegen de kast.
    .grap = Ik lach mee. "Ja, ik ben een ster."
    .trainer = Ik vraag trainer Joyce of ik haar even kan spreken.

wo_negeer = Je fietst naar huis. Het lachen hoor je nog steeds in je hoofd.
wo_boos_1 = Bas valt tegen de kast. Net dan komt trainer Joyce binnen. "Daan! Zaterdag zit jij op de bank," zegt ze.
wo_boos_2 = Ze weet niet waarom ik duwde. Nu krijg ik straf. En zij niet.
wo_grap_1 = Bas lacht nog harder. Even later staat zijn grap in de teamapp.
wo_grap_2 = Als ik meelach, lijkt het of het me niks doet. Maar dat is niet zo.

## Vrijdagavond

vr_begin = Vrijdagavond, acht uur. Je ligt op je bed. Morgen is de wedstrijd.
vr_bericht = morgen wedstrijd 🏀 neemt daan zijn camera mee? 🎥😂
vr_terug = { $boos ->
        [0] { $grap ->
            [0] Ik zei niks. Toch ging het gewoon door.
           *[other] Ik lachte mee. Nu denken ze dat ik het niet erg vind.
        }
       *[other] Ik werd boos. Het hielp niks. Het ging gewoon door.
    }
vr_2 = Misschien stop ik met basketbal. En mama mag dit nooit zien. Ik schaam me zo.

keuze_vr = Het is acht uur 's avonds. Wat doe je?
    .mama = Ik ga naar beneden, naar mama.
    .kt = Ik chat met de Kindertelefoon. Die is open tot negen uur.
    .roos = Ik stuur Roos een bericht. Waarom deed ze dit?
    .alleen = Ik hou het voor mezelf. Ik los het zelf op.

vr_roos_1 = waarom heb je mijn filmpje rondgestuurd?? iedereen heeft het nu
vr_roos_2 = Je bericht komt niet aan. Roos heeft je geblokkeerd. Het filmpje gaat gewoon verder rond.

## Vrijdagnacht

vr_alleen = Je zegt tegen niemand iets. Om tien uur ga je naar bed. Slapen lukt niet.
nacht_1 = Vrijdagnacht, 02:14. Je ligt al uren wakker. Je telefoon ligt naast je.
nacht_2 = Ik kan niet meer. Ik wil dat alles gewoon stopt.
nacht_3 = Je zoekt op je telefoon: "ik wil dat alles stopt". Bovenaan staat 113.
nacht_4 = Bij 113 kun je praten als alles te zwaar is. Dag en nacht, dus ook nu. Bellen is gratis: 0800-0113. Chatten kan op 113.nl.

keuze_nacht = Het is stil in huis. Wat doe je?
    .chat_113 = Ik chat met 113.
    .mama_wakker = Ik loop naar mama en maak haar wakker.
    .slapen = Ik leg mijn telefoon weg. Misschien kan ik toch slapen.

n113_1 = hoi. ik kan niet slapen. er gaat een filmpje van mij rond
n113_2 = Hoi, fijn dat je ons schrijft. Ik ben er voor je. Vertel maar, we hebben de tijd.
n113_3 = Je vertelt over het filmpje en over het team. En dat je wilt dat alles stopt. Ze schrikt niet. Ze stelt rustig vragen.
n113_4 = Wat zwaar dat je dit alleen draagt. Het is niet jouw schuld. Is er iemand die je het morgen kunt vertellen?
n113_5 = mijn moeder denk ik
n113_6 = Dat lijkt me een goed plan. Wordt het vannacht weer te zwaar? Bel of chat dan gerust opnieuw. Wij zijn er altijd.
n113_7 = Je legt je telefoon weg. Je bent nog verdrietig, maar ook rustiger. Je slaapt een paar uur.
n113_8 = Om negen uur klopt mama op je deur. "Ben je wakker?" Je zegt: "Mam, wil je even komen zitten?"
nacht_slapen = Je legt je telefoon weg. Pas als het licht wordt, val je in slaap.

## Zaterdag

za_1 = Zaterdag. Je zegt dat je ziek bent. Je gaat niet naar de wedstrijd.
za_amira = Beterschap, Daan! We missen je vandaag. 🏀
za_mama = Aan het eind van de middag klopt mama op je deur. "Gaat het wel, jongen? Je bent zo stil."

keuze_za = Wat zeg je tegen mama?
    .vertellen = Ik vertel het haar. Alles.
    .prima = Ik zeg: "Het gaat prima, mam."

za_alleen = Mama gaat weer naar beneden. Het filmpje gaat nog steeds rond. Niemand weet hoe jij je voelt.

## Hulp vragen

mama_1 = { $dag ->
        [1] Maandagavond. Mama zit op de bank. Je gaat naast haar zitten.
        [3] { $nacht ->
            [true] Je klopt zacht op haar deur. Mama doet het licht aan.
           *[false] Je loopt naar beneden. Mama kijkt tv. Je vraagt of ze hem even uitzet.
        }
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

tr_1 = Joyce neemt je mee naar de kantine. Je laat haar de berichten zien. Niet het filmpje, alleen de berichten.
tr_2 = "Wat naar voor je, Daan," zegt Joyce. "Dit is niet jouw schuld."
tr_3 = "Zullen we je moeder samen bellen?" Je knikt. Een halfuur later zit mama naast je.

kt_1 = hoi. er gaat een filmpje van mij rond en ik weet niet wat ik moet doen
kt_2 = Hoi. Fijn dat je ons schrijft. Wat naar dat dit gebeurt. Het is niet jouw schuld.
kt_3 = Wie het doorstuurt zonder dat jij dat wilt, doet iets strafbaars. Is er een volwassene die je vertrouwt? Dan bedenken we samen hoe je het vertelt.
kt_4 = Jullie chatten een halfuur. Dan loop je naar beneden. Mama zit op de bank.

hulp_samen = Samen zoeken jullie wat je kunt doen. Jullie vinden Helpwanted. Daar krijg je advies, zonder je naam te zeggen. En ze helpen om filmpjes offline te halen.
hulp_bewijs = Mama zegt: "Maak screenshots van de berichten. Dat is bewijs. Maar niet van het filmpje zelf."

keuze_club = Mama vraagt: "Zal ik trainer Joyce bellen? Dan kan zij met het team praten."
    .ja = Ja. Het team moet ermee stoppen.
    .nee = Nee. Ik wil niet dat de club het weet.

club_nee = Mama zegt: "Dat snap ik. Je mag er later nog over beslissen."
tr_team = { $dag ->
        [1] Woensdag.
        [2] Vrijdag.
       *[other] Een paar dagen later.
    } Joyce praat met het team. Jij bent er niet bij. Ze zegt: "Wis dat filmpje, allemaal. Doorsturen zonder toestemming is strafbaar. Wil je sorry zeggen tegen Daan? Kom dan eerst bij mij."
tr_tim = sorry daan. ik dacht dat het een grap was. ik heb hem gewist
tr_sorry = Bas zegt sorry. Maar hij lachte het hardst. Ik hoef niks terug te sturen. Dat bepaal ik zelf.

ob_bericht = daan de filmster 😂 iedereen heeft je filmpje
keuze_ob = Weer een onbekend nummer. Wat doe je?
    .melden = Ik maak een screenshot, blokkeer het nummer en laat het mama zien.
    .terug = Ik schrijf iets gemeens terug.
ob_terug = laat me met rust sukkel
ob_terug_2 = Er komt alleen een lachende emoji terug. Dit helpt niks. Ik laat het toch aan mama zien.
ob_melden = Mama bewaart de screenshot bij de rest. "Goed zo," zegt ze. "Hoe meer bewijs, hoe beter."

keuze_aangifte = Mama vraagt: "Wil je aangifte doen bij de politie?"
    .ja = Ja. Ik wil dat dit stopt.
    .later = Nog niet. Ik wil er eerst over nadenken.

ag_1 = Een paar dagen later ga je met mama naar het politiebureau. "Goed dat je komt," zegt de agent. Ze luistert rustig en schrijft alles op.
ag_later = Mama zegt: "Dat is goed. Je kunt ook later nog aangifte doen."
rust = Het is niet ineens over. Maar je slaapt weer wat beter. Je staat er niet meer alleen voor.
ag_roos = Weken later hoor je dat Roos naar Halt gaat. Ze wil sorry zeggen. Dat loopt via Halt. Jij beslist of je dat wilt, en wanneer.

## Nadenken

moeilijk = { $hulp ->
        [true] Hulp vragen is moeilijk. Daan deed het toch. Wat maakt het zo moeilijk, denk je?
       *[false] Daan vroeg niemand om hulp. Wat maakte dat zo moeilijk, denk je?
    }
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = { $dag ->
        [0] Daan bleef de hele week alleen met het filmpje. Wat hield hem tegen, denk je? Wat had hem over die drempel kunnen helpen?
        [1] Je liet Daan al op maandag hulp vragen. Wat maakte dat je dat zo snel koos?
       *[other] Daan vroeg pas na een paar dagen hulp. Wat maakte het wachten zo lang, denk je? Wie had jij in zijn plaats gevraagd?
    }

wet = Daan stuurde het filmpje zelf naar Roos. Wie deed er iets strafbaars?
    .daan = Daan. Hij maakte het filmpje en stuurde het zelf naar Roos.
    .niemand = Niemand. Iedereen stuurt toch zulke filmpjes door?
    .doorsturen = Wie het zonder toestemming doorstuurde.
    .explanation = Wie het doorstuurde. Daan en Roos zijn ongeveer even oud. Ze wilden het allebei. De wet ziet dat als uitproberen. Daar krijgt niemand straf voor. Een seksueel filmpje doorsturen zonder toestemming is wel strafbaar. Op elke leeftijd. En Daan is 15. Een seksueel filmpje van iemand onder de 18 telt voor de wet als kinderporno. Dan kan zelfs bewaren al strafbaar zijn.
    .starter = Wat vind je ervan dat Daan hier niet de schuldige is? Wat betekent dat voor wie het doorstuurt?

belang = Stel: jij krijgt zo'n filmpje van iemand uit je team of klas. Hoe belangrijk vind jij het om dan iets te doen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat zou je als eerste doen als zo'n filmpje bij jou binnenkomt? Wie in je team of klas zou je daarbij kunnen helpen?

eigen_situatie = Denk aan wat er bij jou gebeurde. Zie je iets terug uit de week van Daan? Misschien van de andere kant. Vertel het als je wilt. Namen zijn niet nodig.
    .hint = Je mag dit ook overslaan.
    .starter = Wat uit de week van Daan zag je terug in je eigen situatie? Hoe kijk je daar nu naar?

## Einde

einde_aangifte = Daan deed niks fout. { $dag ->
        [1] Hij vroeg meteen hulp. Samen kwamen ze in actie.
       *[other] Zwijgen, boos worden of meelachen hielp niet. Hulp vragen wel.
    }
    .title = Daan vroeg hulp en deed aangifte
einde_hulp = Daan hoefde het niet alleen te dragen. { $via_113 ->
        [true] Zelfs midden in de nacht was er iemand. Daarna vertelde hij het aan mama.
       *[false] { $dag ->
            [1] Hij vroeg meteen hulp. Dat maakte het verschil.
           *[other] Zwijgen, boos worden of meelachen hielp niet. Hulp vragen wel.
        }
    }
    .title = Daan vroeg hulp
einde_alleen = Daan bleef er alleen mee. Dat het filmpje rondging, is niet zijn schuld. Hulp vragen kan altijd. Ook 's nachts, bij 113.
    .title = Daan bleef alleen
