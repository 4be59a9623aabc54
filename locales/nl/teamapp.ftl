# De teamapp — Nederlandse tekst (brontaal).

scenario-title = De teamapp
scenario-summary = In de teamapp van een basketbalteam krijgen meiden cijfers.

character-stan = Stan
character-iris = Iris
character-nick = Nick
character-bram = Bram
character-karim = Karim
character-kim = Kim

chat-team = Basketbal JU16 🏀
chat-dm_karim = Karim
chat-dm_nick = Nick
chat-dm_kim = Kim
chat-dm_iris = Iris

## Donderdagavond: Stan

begin = Het is donderdagavond. Jij bent Stan, 15 jaar. Je zit in het basketbalteam van je club.
groep_1 = wie heeft mijn bidon nog 😭
foto = teamfoto van de meiden MU16 👀
    tijd voor cijfers
cijfers = iris een 9 🔥
    naomi een 5
    kim een 7 als ze haar mond houdt 💀
bram_1 = iris wil vast wel 😏
    zie je hoe ze zich kleedt
reacties = Er komen lachende emoji's bij. Karim zegt niks.
twijfel = Iris zit bij mij in de klas. Wat als zij dit ziet?

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook een lachende emoji.
    .afleiden = Ik begin over de wedstrijd van zaterdag.
    .stop = Ik schrijf dat dit niet oké is.

mo_lacht = 😂😂
lacht_jayden = kijk stan doet mee 😎
mo_afleid = zaterdag spelen we tegen de nummer 1
    wie komt morgen extra trainen?
afleid_yusuf = ik 🏀
afleid_jayden = ja ja eerst de cijfers 😂
mo_stop = kap ermee
    zo praat je over niemand
stop_jayden = oeh stan is verliefd op iris 😂
stop_bram = doe niet zo zwaar stan, het is voor de lol 🙄

poll = poll: wie is de lekkerste van MU16? 👇
    stem nu
poll_2 = de winnaar krijgt een berichtje van mij 😏
yusuf_dm = { $opgekomen ->
        [true] hé stan goed dat je wat zei
            ik vind dit echt niet oké
       *[false] hé stan vind jij dit ook zo raar?
            stel dat die meiden dit lezen 😳
    }

keuze_poll = Er komen steeds meer stemmen. Karim wacht op je antwoord. Wat doe je?
    .stemmen = Ik stem op Iris. Dan hoor ik erbij.
    .verlaten = Ik verlaat de groep.
    .samen = Ik app Karim terug. Samen zeggen we er iets van.

stem_1 = Je tikt op Iris. Je naam staat nu bij de stemmen.
stem_2 = iris wint 🏆 ik stuur haar nu een berichtje 😏
verlaat_1 = Je tikt op Groep verlaten. In de groep staat nu: Stan heeft de groep verlaten.
verlaat_2 = Ik zie het nu niet meer. Maar in de groep gaat het gewoon door.
samen_1 = ik vind het ook niet oké
    zullen we samen iets zeggen?
samen_2 = ja ik begin
samen_3 = stop met die poll
    niemand van die meiden heeft hier ja op gezegd
samen_4 = eens. stel dat iris dit leest
    haal hem weg nick
samen_5 = pff wat zijn jullie braaf 🙄 iris wint toch 🏆

## Vrijdagochtend: Iris

wissel_lotte = Vrijdagochtend. Iris is 15. Ze speelt bij de meiden van dezelfde club.
lotte_dm = hé iris 😏 je hebt gewonnen
    ons team vindt jou de lekkerste 🔥
lotte_1 = Nick? Ik ken hem alleen van de club. Waar heeft hij het over?
esra_1 = iris… heb je dit gezien? 😳
esra_2 = ze geven ons cijfers in hun teamapp 😡
lotte_ziet = Je ziet de foto van jouw team. Naast jouw naam staat een 9 met een vlammetje.
lotte_mo = { $gelachen ->
        [true] Eronder staan lachende emoji's. Ook van Stan, uit jouw klas.
       *[false] { $opgekomen ->
            [true] Eén jongen schreef: zo praat je over niemand. Dat is Stan, uit jouw klas.
           *[false] Stan, uit jouw klas, begon over een wedstrijd. Verder zei niemand er iets van.
        }
    }
lotte_poll = { $gestemd ->
        [true] Er is ook een poll. Stan heeft op jou gestemd.
       *[false] { $samen ->
            [true] Er is ook een poll. Karim en Stan schreven dat die weg moest.
           *[false] Er is ook een poll. Stan is uit de groep gegaan. De poll ging gewoon door.
        }
    }
lotte_2 = "Zie je hoe ze zich kleedt?" Dat is gewoon mijn sportkleding.
lotte_3 = Vanmiddag heb ik training. Op het veld naast dat van hen.

keuze_lotte = Wat doe je?
    .trainer = Ik bewaar de screenshots. Ik laat ze aan mijn trainer zien.
    .blokkeren = Ik blokkeer Nick.
    .niks = Ik zeg niks. Ik wil er niet aan denken.

trainer_1 = Na school laat je trainer Mirthe de screenshots zien.
trainer_2 = Mirthe zegt: "Jij hebt niks fout gedaan. Ik praat vandaag nog met hun coach."
blok_1 = Je blokkeert Nick. Hij kan je niks meer sturen. De cijfers staan nog wel in hun groep.
blok_2 = zullen we het samen aan mirthe vertellen?
    alleen als jij dat wilt
stil_1 = Je legt je telefoon weg. Je meldt je af voor de training van vanmiddag.

lotte_gevoel = Je bent Iris. Je ziet die 9 naast je naam. Wat voel je? Kies wat past.
    .starter = { $iris_meldt ->
            [true] Iris liet de screenshots aan haar trainer zien. Welke gevoelens koos je voor haar? Wat had ze nodig om die stap te zetten?
           *[false] { $iris_weg ->
                [true] Iris bleef weg van de training. Welke gevoelens koos je voor haar? Wat zegt dat wegblijven over hoe ze zich voelde?
               *[false] Welke gevoelens koos je voor Iris? Wat maakte dat je die koos?
            }
        }

## Vrijdagmiddag: weer Stan

wissel_mo = Vrijdagmiddag. Stan loopt de sporthal in.
kleedkamer = In de kleedkamer laat Nick iedereen zijn bericht aan Iris zien. "Ze reageert niet eens." Bram lacht.
lotte_langs = { $iris_weg ->
        [true] Het meidenteam traint naast jullie. Iris is er niet.
       *[false] Het meidenteam traint naast jullie. Iris kijkt naar de grond.
    }

keuze_coach = Wat doe je nu?
    .coach = Ik vertel het aan coach Ramon.
    .via_coach = Ik vertel Ramon dat ik meedeed. Ik vraag hoe ik sorry kan zeggen.
    .bericht = { $meegedaan ->
        [true] Ik app Iris sorry.
       *[false] Ik app Iris dat ik het niet oké vind.
    }
    .niks = Ik zeg niks. Het is toch al voorbij.

coach_1 = Je vertelt coach Ramon over de cijfers en de poll. Hij zegt: "Goed dat je het zegt, Stan."
via_coach_1 = Je vertelt coach Ramon over de cijfers en de poll. En dat jij zelf ook meedeed.
via_coach_2 = Ramon zegt: "Goed dat je eerlijk bent. App Iris nu niks. Mirthe vraagt haar of ze een sorry wil. En wanneer. Iris beslist."
sorry_1 = { $meegedaan ->
        [true] hoi iris, sorry dat ik meedeed in de groep
            dat was niet oké
       *[false] hoi iris, wat ze in onze groep doen is niet oké
            niet iedereen denkt zo
    }
sorry_2 = { $meegedaan ->
        [true] waarom app je me nu 😶
            ik wil hier niet met jou over praten
       *[false] dank je
            dat helpt echt
    }
sorry_3 = { $meegedaan ->
        [true] Ik wilde het goedmaken. Maar voor haar is het weer een bericht over die groep.
       *[false] Nu weet ze dat niet iedereen meedoet.
    }
niks_1 = Het is toch al voorbij? Ik wil geen gedoe.

team_praat = { $coach ->
        [true] Na de training roept coach Ramon het team bij elkaar.
       *[false] Na de training roept coach Ramon het team bij elkaar. Trainer Mirthe liet hem de screenshots zien.
    }
team_gevolg = Ramon zegt: "Jullie gaven meiden cijfers voor hun lichaam. Zo praat je over niemand. Niet op het veld en niet online."
straf = Nick mag zaterdag niet meespelen. Ramon wil ook met zijn ouders praten.
mo_gesprek = { $sorry_coach ->
        [true] Daarna praat Ramon nog even met jou. "Je zei zelf dat je meedeed. Wat ga je de volgende keer anders doen?"
       *[false] Daarna neemt Ramon jou apart. Hij vraagt: "Jij deed ook mee in die groep, Stan. Hoe kwam dat?"
    }
niemand = Niemand van de club weet ervan. In de teamapp begint Nick al aan een nieuwe poll.

## Nadenken

oordeel = Nick geeft de meiden cijfers in de teamapp. Dan appt hij Iris: "Ons team vindt jou de lekkerste." Welke vlag geef jij?
    .explanation = Rood. Iris vroeg hier niet om. Een hele groep jongens tegenover één meisje is niet gelijkwaardig. En het kwetst de meiden. Een teamapp is daar geen plek voor.
    .starter = { $meegedaan ->
            [true] Welke vlag gaf je Nick? Als Stan lachte of stemde je zelf mee. Welke vlag past daarbij, en waarom?
           *[false] Welke vlag gaf je Nick? En welke vlag past bij wat jij deed als Stan?
        }

wet = Nick geeft Iris een cijfer voor haar lichaam. Hij appt haar ook. Iris wil dat niet. Kan dat strafbaar zijn?
    .nee_woorden = Nee. Het zijn maar woorden op een scherm.
    .ja = Ja, dat kan.
    .nee_groep = Nee. Zolang je niemand aanraakt, is het een grapje.
    .explanation = Ja, dat kan. Sinds 1 juli 2024 kan seksueel lastigvallen ook online strafbaar zijn. Of het echt strafbaar is, hangt ervan af. Wat staat er? Hoe vaak gebeurt het? Hoeveel mensen zien het? Iris mag screenshots bewaren als bewijs.
    .starter = Wat vind je ervan dat zulke berichten strafbaar kunnen zijn? Wat zou je daarover tegen de jongens in de teamapp zeggen?

kleding = Bram schreef: "Iris wil vast wel. Zie je hoe ze zich kleedt?" Wat vind jij daarvan?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Wat schreef je over het bericht van Bram? Waar komen zulke ideeën over meisjes vandaan, denk je?

belang = Stel: je team praat weer zo over meisjes. Hoe zeker ben je dat je dan iets kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = { $samen ->
            [true] Als Stan zei je samen met Karim iets van. Hoe helpt het als iemand met je meedoet? Wat maakt jou nog een punt zekerder?
           *[false] Wat zou jou helpen om één punt zekerder te zijn? Wie in jouw team of klas zou met je mee kunnen doen?
        }

eigen_situatie = Lijkt iets in dit verhaal op wat er bij jou is gebeurd? Schrijf het op als je wilt. Namen zijn niet nodig.
    .hint = Dit mag je ook overslaan.
    .starter = Wat in dit verhaal leek op je eigen situatie? Sloeg je de vraag over: wat maakte dat je liever niks schreef?

## Einde

einde_opgekomen = { $meegedaan ->
        [true] { $sorry_coach ->
            [true] Eerst deed je mee. Daarna was je eerlijk tegen de coach. Of Iris een sorry wil, beslist zij.
           *[false] { $sorry ->
                [true] Eerst deed je mee. Daarna zei je er wel iets van. Je app met sorry kwam onverwacht voor Iris.
               *[false] Eerst deed je mee. Daarna zei je er iets van. Daar had Iris echt iets aan.
            }
        }
       *[false] Je liet merken dat dit niet oké is. Zo stond Iris er niet alleen voor.
    }
    .title = Je deed iets voor Iris
einde_meegedaan = { $sorry ->
        [true] Je appte Iris sorry. Maar zij vroeg daar niet om. Of ze een sorry wil horen, beslist zij.
       *[false] { $gestemd ->
            [true] Jouw naam stond tussen de stemmen. Iris zag elke naam.
           *[false] Jouw emoji stond tussen de andere. Iris zag ze allemaal.
        }
    }
    .title = Je deed mee
einde_stil = { $iris_meldt ->
        [true] Je begon over iets anders en ging uit de groep. Iris moest het zelf aan haar trainer vertellen.
       *[false] Je begon over iets anders en ging uit de groep. Maar niemand zei tegen Nick dat het fout was.
    }
    .title = Je hield je erbuiten
