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

begin = Maandag. Je bent Daan, 15. Je zit in de bus naar basketbal.
terug = Een half jaar geleden leerde je Roos online kennen. Ze is ook 15. Ze vroeg om een filmpje. Jij stuurde er een.
team_video = daan ben jij dit?? 💀
schrik = Je kijkt. Het is jouw filmpje. Het was alleen voor Roos.
schrik_2 = Nee. Hoe komen zij hieraan?
team_mo = kreeg hem ook al 👀 van iemand uit de u18
team_ruben = 😭😭😭

gevoel_ma = Hoe voel jij je nu, als Daan? Kies wat past.
    .starter = Welk gevoel van Daan kwam het hardst bij je binnen? Wat in de teamapp deed dat?

keuze_ma = Wat doe je?
    .negeren = Ik zeg niks.
    .boos = Ik schrijf: "Haal dat weg!"
    .grap = Ik maak er een grapje van.
    .mama = Ik vertel het vanavond aan mama.

ma_negeer_1 = Je stopt je telefoon weg. Hij blijft trillen.
ma_negeer_2 = daan zegt niks dus het is echt 😂
ma_boos_1 = haal dat weg!! echt niet grappig
ma_boos_2 = chill 🙄 iedereen heeft hem toch al
ma_grap_1 = haha ja mijn eerste film 🥲
ma_grap_2 = hahaha hij geeft het toe 💀
ma_avond = Mama vraagt hoe de training was. "Goed," zeg ik. Zij mag dit nooit weten.

## Woensdag

wo_begin = Woensdag. Onbekende nummers sturen je berichten.
wo_onbekend = ben jij die daan van dat filmpje 😂
wo_kleedkamer = In de kleedkamer houdt Bas zijn telefoon omhoog. "Pas op, jongens! Daan gaat filmen!"
wo_lachen = { $grap ->
        [0] Iedereen lacht. Ook Sami.
       *[other] Iedereen lacht. Bas zegt: "Jij vindt het zelf toch ook grappig?"
    }

keuze_wo = Wat doe je?
    .negeren = Ik pak mijn tas en ga.
    .boos = Ik duw Bas hard tegen de kast.
    .grap = Ik lach mee. "Ja, ik ben een ster."
    .trainer = Ik vraag trainer Joyce om even te praten.

wo_negeer = Je fietst naar huis. Het lachen blijft in je hoofd.
wo_boos_1 = Bas valt tegen de kast. Net dan komt trainer Joyce binnen. "Daan! Zaterdag zit jij op de bank."
wo_boos_2 = Ze weet niet waarom ik duwde. Nu krijg ik straf, en zij niet.
wo_grap_1 = Bas lacht nog harder. Even later staat zijn grap in de teamapp.
wo_grap_2 = Als ik meelach, lijkt het of het me niks doet. Maar dat is niet zo.

## Vrijdagavond

vr_begin = Vrijdagavond, acht uur. Je ligt op bed. Morgen is de wedstrijd.
vr_bericht = morgen wedstrijd 🏀 neemt daan zijn camera mee? 🎥😂
vr_terug = { $boos ->
        [0] { $grap ->
            [0] Ik zei niks. Toch ging het gewoon door.
           *[other] Ik lachte mee. Nu denken ze dat ik het niet erg vind.
        }
       *[other] Ik werd boos. Het hielp niks. Het ging gewoon door.
    }
vr_2 = Misschien stop ik met basketbal. Ik schaam me zo.

keuze_vr = Wat doe je?
    .mama = Ik ga naar mama.
    .kt = Ik chat met de Kindertelefoon. Die is nog open.
    .roos = Ik stuur Roos een bericht.
    .alleen = Ik los het zelf op.

vr_roos_1 = waarom heb je mijn filmpje rondgestuurd??
vr_roos_2 = Je bericht komt niet aan. Roos heeft je geblokkeerd.

## Vrijdagnacht

vr_alleen = Vrijdagnacht, 02:14. Je hebt niemand iets gezegd. Je ligt al uren wakker.
nacht_2 = Ik kan niet meer. Ik wil dat alles gewoon stopt.
nacht_3 = Je zoekt: "ik wil dat alles stopt". Bovenaan staat 113. Daar kun je praten als alles te zwaar is. Dag en nacht, dus ook nu.

keuze_nacht = Wat doe je?
    .chat_113 = Ik chat met 113.
    .mama_wakker = Ik maak mama wakker.
    .slapen = Ik leg mijn telefoon weg.

n113_1 = hoi. ik kan niet slapen. er gaat een filmpje van mij rond
n113_2 = Hoi, fijn dat je ons schrijft. Vertel maar, we hebben de tijd.
n113_3 = Je vertelt alles. Ook dat je wilt dat alles stopt. Ze luistert rustig.
n113_4 = Wat zwaar dat je dit alleen draagt. Het is niet jouw schuld. Wie kun je het morgen vertellen?
n113_5 = mijn moeder denk ik
n113_6 = Goed plan. Wordt het vannacht weer te zwaar? Chat of bel dan opnieuw. Wij zijn er altijd.
n113_7 = Je bent nog verdrietig, maar ook rustiger. Je slaapt een paar uur.
n113_8 = 's Ochtends klopt mama op je deur. Je zegt: "Mam, wil je even komen zitten?"
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
    .zeggen = Ik zeg: "Mam, ik moet je iets vertellen."
    .laten_zien = Ik laat haar de berichten zien.
    .uitstel = Ik zeg: "Laat maar. Het is niks."

begin_laten = Mama leest de berichten. "Vertel maar," zegt ze. "Ik luister."
uitstel_1 = Mama blijft zitten. "Ik zie dat er iets is. Ik ga niet weg." Dan vertel je het toch.
mama_3 = Je vertelt alles. Over Roos, het filmpje en het team.
mama_4 = Mama slaat een arm om je heen. "Jij hebt niks fout gedaan," zegt ze. "Wie het rondstuurt, doet fout. We lossen dit samen op."

tr_1 = Joyce neemt je mee naar de kantine. Je laat haar de berichten zien, niet het filmpje.
tr_2 = "Wat naar voor je, Daan," zegt Joyce. "Dit is niet jouw schuld."
tr_3 = "Zullen we je moeder samen bellen?" Je knikt. Een halfuur later zit mama naast je.

kt_1 = hoi. er gaat een filmpje van mij rond en ik weet niet wat ik moet doen
kt_2 = Hoi. Fijn dat je ons schrijft. Wat naar dat dit gebeurt. Het is niet jouw schuld.
kt_3 = Wie het doorstuurt zonder dat jij dat wilt, doet iets strafbaars. Is er een volwassene die je vertrouwt? Dan bedenken we samen hoe je het vertelt.
kt_4 = Jullie chatten een halfuur. Dan loop je naar beneden. Mama zit op de bank.

hulp_samen = Samen vinden jullie Helpwanted. Daar krijg je advies, zonder je naam te noemen. Ze helpen ook om een filmpje offline te halen.
hulp_bewijs = Mama zegt: "Maak screenshots van de berichten. Dat is bewijs. Maar niet van het filmpje zelf."

keuze_club = Mama vraagt: "Zal ik trainer Joyce bellen? Dan praat zij met het team."
    .ja = Ja. Het team moet stoppen.
    .nee = Nee. De club mag het niet weten.

club_nee = Mama zegt: "Dat snap ik. Je mag er later nog over beslissen."
tr_team = { $dag ->
        [1] Woensdag.
        [2] Vrijdag.
       *[other] Een paar dagen later.
    } Joyce praat met het team, zonder jou erbij. "Wis dat filmpje, allemaal. Doorsturen zonder toestemming is strafbaar. Wil je sorry zeggen tegen Daan? Kom dan eerst bij mij."
tr_tim = sorry daan. ik dacht dat het een grap was. ik heb hem gewist
tr_sorry = Bas zegt sorry. Maar hij lachte het hardst. Ik hoef niks terug te sturen. Dat bepaal ik zelf.

ob_bericht = daan de filmster 😂 iedereen heeft je filmpje
keuze_ob = Wat doe je?
    .melden = Ik maak een screenshot, blokkeer en laat het mama zien.
    .terug = Ik schrijf iets gemeens terug.
ob_terug = laat me met rust sukkel
ob_terug_2 = Er komt een lachende emoji terug. Ik laat het toch aan mama zien.
ob_melden = Mama bewaart de screenshot bij de rest. "Hoe meer bewijs, hoe beter."

keuze_aangifte = Mama vraagt: "Wil je aangifte doen bij de politie?"
    .ja = Ja. Ik wil dat dit stopt.
    .later = Nog niet. Ik wil eerst nadenken.

ag_1 = Een paar dagen later doe je met mama aangifte. De agent luistert rustig en schrijft alles op.
ag_later = Mama zegt: "Dat is goed. Je kunt ook later nog aangifte doen."
rust = Het is niet meteen over. Maar je staat er niet meer alleen voor.
ag_roos = Weken later hoor je: Roos gaat naar Halt. Ze wil sorry zeggen, via Halt. Jij beslist of je dat wilt, en wanneer.

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
    .daan = Daan. Hij stuurde het zelf naar Roos.
    .niemand = Niemand. Zulke filmpjes gaan toch altijd rond?
    .doorsturen = Wie het zonder toestemming doorstuurde.
    .explanation = Wie het doorstuurde. Daan en Roos zijn even oud en wilden het allebei. Daar krijgt niemand straf voor. Zonder toestemming doorsturen is wel strafbaar. En Daan is 15: voor de wet is het filmpje dan kinderporno. Zelfs bewaren kan strafbaar zijn.
    .starter = Wat vind je ervan dat Daan hier niet de schuldige is? Wat betekent dat voor wie het doorstuurt?

belang = Stel: je krijgt zo'n filmpje van iemand uit je team of klas. Hoe belangrijk vind je het om dan iets te doen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat zou je als eerste doen als zo'n filmpje bij jou binnenkomt? Wie in je team of klas zou je daarbij kunnen helpen?

eigen_situatie = Zie je iets uit de week van Daan terug bij jou? Misschien van de andere kant. Vertel het als je wilt.
    .hint = Namen zijn niet nodig. Overslaan mag ook.
    .starter = Wat uit de week van Daan zag je terug in je eigen situatie? Hoe kijk je daar nu naar?

## Einde

einde_aangifte = Daan deed niks fout. { $dag ->
        [1] Hij vroeg meteen hulp. Samen kwamen ze in actie.
       *[other] { $boos ->
            [0] { $grap ->
                [0] Zwijgen hielp niet. Hulp vragen wel.
               *[other] Meelachen hielp niet. Hulp vragen wel.
            }
           *[other] Boos worden hielp niet. Hulp vragen wel.
        }
    }
    .title = Daan vroeg hulp en deed aangifte
einde_hulp = Daan hoefde het niet alleen te dragen. { $via_113 ->
        [true] Zelfs midden in de nacht was er iemand. Daarna vertelde hij het aan mama.
       *[false] { $dag ->
            [1] Hij vroeg meteen hulp. Dat maakte het verschil.
           *[other] { $boos ->
                [0] { $grap ->
                    [0] Zwijgen hielp niet. Hulp vragen wel.
                   *[other] Meelachen hielp niet. Hulp vragen wel.
                }
               *[other] Boos worden hielp niet. Hulp vragen wel.
            }
        }
    }
    .title = Daan vroeg hulp
einde_alleen = Daan bleef er alleen mee. Dat het filmpje rondging, is niet zijn schuld. Hulp vragen kan altijd. Ook 's nachts, bij 113.
    .title = Daan bleef alleen
