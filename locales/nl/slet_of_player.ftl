# Slet of player? — Nederlandse tekst (brontaal).

scenario-title = Slet of player?
scenario-summary = In de klassenapp krijgen Zara en Mees een scheldwoord. Hoe kom je voor ze op?

character-sevda = Sevda
character-mees = Mees
character-zara = Zara
character-robin = Robin
character-quinten = Quinten
character-jasmijn = Jasmijn
character-peters = Meneer Peters

chat-klas = 3B 📚
chat-dm_mees = Mees
chat-dm_zara = Zara
chat-zara_mees = Zara

## Zondagavond: Sevda

begin = Het is zondagavond. Jij bent Sevda, 14 jaar. Je zit in 3B.
intro_mees = Mees is al sinds de basisschool je beste vriend. Vorige maand vertelde hij je iets. Hij valt op jongens.
intro_geheim = Alleen ik weet het. Hij wil het zelf vertellen. Als hij er klaar voor is.
groep_1 = zara heeft zaterdag met 2 jongens gezoend 👀
groep_2 = wat een slet 💀
groep_3 = 😂😂 nee echt??
groep_4 = en quinten dan? die zoende ook met 2 meiden
groep_5 = quinten is gewoon een player 😎🔥
groep_6 = tja wat moet ik zeggen 😎
zara_typt = Er komen 🔥 en 😂 bij. Zara zit ook in de groep. Ze typt iets… en stopt weer.
groep_7 = zelfde ding toch. zij is fout en hij een held? 🙄
robin_homo = zeg jij maar niks, homo 😂
robin_jongen = ik zag jou zaterdag de hele avond met die jongen uit 4C 👀
quinten_2 = 💀💀💀
twijfel = Mees is offline. Hij vertrouwt mij. Wat ik nu schrijf, leest de hele klas.

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik lach mee en stuur 💀.
    .niks = Ik zeg niks en kijk mee.
    .wat_dan = Ik schrijf: en als mees homo is, wat dan nog?
    .stop = Ik schrijf: zo praat je over niemand.

sevda_lacht = 💀💀
lacht_robin = zelfs sevda 😂😂
lacht_denk = Als ik meelach, ben ik niet de volgende. Toch?
niks_1 = Als ik iets zeg, krijg ik straks zelf een scheldwoord.
wat_dan_1 = en als mees homo is, wat dan nog? 🙄
wat_dan_2 = wacht 👀 weet jij iets sevda?
wat_dan_3 = sevda weet het 😂 dus het is echt
wat_dan_4 = Nee. Zo bedoelde ik het niet.
mees_boos = waarom zei je dat?? nu denkt iedereen het 😭
sevda_stop = dit slaat nergens op. zo praat je over niemand
sevda_stop_2 = niet over zara en niet over mees
stop_jasmijn = sevda heeft gelijk eigenlijk. stop nou robin
stop_jasmijn_2 = oké oké 🙄
stop_robin = relax sevda het is maar een grapje 🙄
stop_stil = Niemand schrijft nog iets terug. Er komen ook geen 😂 meer bij.

dm_start = { $geraden ->
        [true] Het is half elf. Mees reageert niet meer. Zara is offline.
       *[false] Het is half elf. De groep is stil. Mees en Zara zijn offline.
    }

keuze_dm = Wat doe je nu?
    .mees = { $geraden ->
        [true] Ik zeg sorry tegen Mees. Ik vraag wat hij wil.
       *[false] { $gelachen ->
            [true] Ik app Mees. Sorry van de 💀. Ik vraag wat hij wil.
           *[false] Ik app Mees. Ik vraag wat hij wil.
        }
    }
    .zara = Ik app Zara. Ik laat weten dat ik achter haar sta.
    .niks = Ik app niemand. Morgen is het vast over.

dm_mees_1 = { $geraden ->
        [true] sorry mees. ik wilde je helpen. het ging helemaal mis 😞
       *[false] { $gelachen ->
            [true] hey. sorry van die 💀. dat was stom. gaat het?
           *[false] hey. gaat het? wat robin schreef is echt niet oké
        }
    }
dm_mees_2 = wat wil jij dat ik doe? of juist niet?
dm_mees_3 = idk 😭
dm_mees_4 = zeg alsjeblieft niks over mij. tegen niemand 🥲
dm_mees_5 = Hij kiest zelf. Niet ik.
dm_zara_1 = hey zara. wat robin schreef slaat nergens op
dm_zara_2 = { $gelachen ->
        [true] jij stuurde zelf ook 💀 🙄
       *[false] hij krijgt 🔥 en ik krijg dit
    }
dm_zara_3 = ik durf morgen bijna niet naar school
dm_zara_4 = { $gelachen ->
        [true] sorry. dat was stom van mij. zal ik je morgen ophalen?
       *[false] je hebt niks fout gedaan. zal ik je morgen ophalen?
    }
niks_dm = Wat moet ik zeggen? Ik leg mijn telefoon weg.

quinten_laat = ff serieus. zara deed hetzelfde als ik. laat haar met rust. en mees ook
quinten_denk = Quinten? Dat had ik niet verwacht.

## Maandagochtend: Sevda

maandag = { $zara_steun ->
        [true] Maandagochtend. Je fietst met Zara naar school. Ze zegt bijna niks.
       *[false] Maandagochtend. Zara zit al in de klas. Ze heeft haar capuchon op.
    }
maandag_2 = Quinten komt binnen. Iemand roept: "Player!" Zara kijkt naar haar tafel.
maandag_3 = { $geraden ->
        [true] Mees zit achterin. Jasmijn kijkt steeds naar hem. En dan naar jou.
       *[false] Mees zit achterin. Hij kijkt niemand aan.
    }

keuze_peters = Na het eerste uur staat meneer Peters bij de deur. Hij is jullie mentor. Wat doe je?
    .vertellen = Ik vertel meneer Peters wat er in de groep gebeurde.
    .vragen = Ik app Mees eerst. Is het goed als ik het vertel?
    .niks = Ik zeg niks. Ik wil niet klikken.

vragen_1 = zal ik peters vertellen wat robin schreef? alleen dat. niks over jou
vragen_2 = oké. als het echt alleen over robin gaat
peters_1 = Je laat meneer Peters de berichten zien. Hij zegt: "Dank je, Sevda. Ik ga met Robin praten."
peters_denk = { $gevraagd ->
        [true] Mees zei: niks over mij. Maar Peters weet niet dat Mees op jongens valt. Snapt hij dan hoe erg dit is?
       *[false] Peters weet niet dat Mees op jongens valt. Snapt hij dan wel hoe erg dit is?
    }

keuze_geheim = Wat zeg je nog tegen meneer Peters?
    .alleen_chat = Niks over Mees zelf. Alleen wat er in de groep stond.
    .verklappen = Ik vertel dat Mees op jongens valt. Dan snapt hij het.

geheim_1 = Je zegt: "Het maakt niet uit wat Robin denkt. Zo praat je over niemand." Meneer Peters knikt.
verklap_1 = Je zegt zacht: "Mees valt echt op jongens. Alleen ik weet het."
verklap_2 = Meneer Peters zegt rustig: "Dat is iets van Mees zelf. Dat vertelt hij als hij wil. Ik zeg het tegen niemand."
verklap_3 = { $gevraagd ->
        [true] Mees vroeg me niks over hem te zeggen. Tegen niemand. En ik deed het toch.
       *[false] Ik vertelde iets wat niet van mij was.
    }
niks_peters = Robin zegt anders dat ik klik. Ik wil geen gedoe.

## Maandag, grote pauze: Mees

wissel_mees = Maandag, de grote pauze. Mees zit alleen op de trap bij de gymzaal.
mees_nacht = Je hebt slecht geslapen. Steeds las je de groep opnieuw.
mees_woord = Homo. Ze gebruiken het als scheldwoord. Maar het is gewoon wie ik ben.
mees_jongen = En ik praatte zaterdag met een jongen. Mag dat ook al niet?
mees_bang = Wat als ze gaan doorvragen? Ik wil het zelf vertellen. Als ik er klaar voor ben.
mees_gang = { $geraden ->
        [true] In de gang vraagt Jasmijn zacht: "Is het echt waar? Van jou?" Je loopt snel door.
       *[false] In de gang roept Robin: "Hé Mees, waar is je vriendje?" Een paar jongens lachen.
    }
mees_lach = Sevda stuurde 💀. Sevda weet het van mij. En zij lachte mee.
mees_geraden = Sevda bedoelde het lief. Maar nu vraagt de hele klas zich iets af.
mees_stop = Sevda schreef: zo praat je over niemand. Ze zei niks over mij. Toch stond ze naast me.
mees_stil = Niemand zei iets terug tegen Robin. Sevda ook niet.
mees_gevraagd = Sevda vroeg wat ik wil. Niet wat zij ervan vindt. Dat voelde veilig.
mees_peters = Na de pauze vraagt meneer Peters of je even blijft. Hij zegt: "Wat Robin schreef, is niet oké. Ik praat met hem."
mees_peters_2 = "Wil je er iets over kwijt? Het hoeft niet."
mees_peters_3 = Hij vraagt niks over mij. Alleen hoe het met me gaat.

keuze_mees = Wat doe je?
    .peters = Ik vertel meneer Peters wat Robin schreef. Meer niet.
    .zara = Ik app Zara. Zij kreeg het ook.
    .stil = Ik zet de groep op stil en zeg niks.

mees_zelf_1 = Na de pauze loop je naar meneer Peters. Je hart bonkt.
mees_zelf_2 = Hij luistert. Dan zegt hij: "Goed dat je komt. Ik praat met Robin. Jij hoeft verder niks uit te leggen."
mees_zara_1 = hey. gaat het een beetje? 🥲
mees_zara_2 = nee. met jou ook niet denk ik
mees_zara_3 = het ligt aan hen. niet aan ons
mees_zara_4 = zullen we na school samen naar peters?
mees_stil_1 = Je zet de groep op stil. Je telefoon is rustig. In je hoofd niet.

mees_gevoel = Je bent Mees. Hoe voel je je nu? Kies wat past.
    .starter = { $gelachen ->
            [true] Sevda stuurde een 💀 in de groep. Hoe denk je dat Mees dat las?
           *[false] { $geraden ->
                [true] Sevda's vraag in de groep was goed bedoeld. Wat deed die vraag met Mees, denk je?
               *[false] Welk gevoel van Mees raakte jou het meest? Hoe kwam dat?
            }
        }

## Maandagavond: weer Sevda

wissel_sevda = Maandagavond. Sevda ligt op bed met haar telefoon.
avond_robin = Robin moest vandaag bij meneer Peters komen. In de groep is hij stil.
avond_door = In de groep maakt Robin weer een grap over Zara. Meneer Peters weet nog van niks.
avond_zara = dankje voor vandaag ❤️ echt
avond_mees_dank = { $geraden ->
        [true] het is oké. je bedoelde het goed 🥲
       *[false] thanks voor gister. je weet wel 🥲
    }
avond_mees_stil = Van Mees krijg je vandaag geen bericht.
avond_verklapt = Mees weet niet wat ik tegen meneer Peters zei. Het was zijn geheim. Niet het mijne.

## Nadenken

oordeel = Op het feest zoende Zara met twee jongens. Quinten zoende met twee meiden. Ze zijn allemaal 14 of 15. Iedereen wilde het zelf. Welke vlag geef jij dat zoenen?
    .explanation = Groen. Ze wilden het allemaal en ze zijn even oud. Niemand werd onder druk gezet. Voor Zara en voor Quinten is dat precies hetzelfde.
    .starter = Welke vlag gaf je, en waarom? Waar komt het idee vandaan dat zoenen bij een meisje iets anders is dan bij een jongen?

wet = Robin noemt Zara een slet. In een groep met de hele klas. Kan dat strafbaar zijn?
    .nee_woorden = Nee. Het zijn maar woorden.
    .ja = Ja, dat kan strafbaar zijn.
    .nee_waar = Nee. Ze heeft toch echt met twee jongens gezoend.
    .explanation = Ja. Sinds 1 juli 2024 kan seksueel lastigvallen strafbaar zijn, ook online. Dat hangt af van wat er staat, hoe vaak en hoeveel mensen het zien. Of Zara echt zoende, maakt niet uit.
    .starter = Wat vind je ervan dat zo'n bericht strafbaar kan zijn? Wanneer gaat een grap voor jou over de grens?

zeggen = Robin noemt Mees homo, als scheldwoord. Wat kun je het beste in de groep schrijven?
    .geen_homo = mees is helemaal geen homo
    .wat_dan = en als hij het wel is, wat dan nog?
    .niemand = zo praat je over niemand
    .niks = Niks. Dan wordt het niet erger.
    .explanation = Zo praat je over niemand. Dan zeg je niks over Mees zelf. Op wie hij valt, is van hem. Het probleem is het scheldwoord.
    .starter = { $verklapt ->
            [true] Je vertelde meneer Peters op wie Mees valt. Wat hoopte je dat dat zou doen? Hoe zou je het nu aanpakken?
           *[false] { $geraden ->
                [true] Sevda schreef: en als mees homo is, wat dan nog? Wat gebeurde er daarna in de groep, en waarom?
               *[false] Welke zin zou jij zelf in de groep schrijven? Zeg het in je eigen woorden.
            }
        }

zeker = Stel: in een groepsapp scheldt iemand een ander uit. Hoe zeker ben je dat je er iets van kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = Wat helpt je nu al om iets te zeggen? En wat zou je helpen om één punt hoger te komen?

eigen_situatie = Lijkt iets in dit verhaal op wat er bij jou gebeurde? Bijvoorbeeld een scheldwoord of een grap over iemand. Vertel het als je wilt. Namen zijn niet nodig.
    .hint = Je mag dit overslaan. Je Halt-medewerker leest wat je schrijft.
    .starter = Wat herkende je uit dit verhaal? Welke rol had jij in wat er bij jou gebeurde?

## Einde

einde_niet_alleen = { $opgekomen ->
        [true] Je zei: zo praat je over niemand. Je hoefde niks over Mees te vertellen om voor hem op te komen.
       *[false] { $gelachen ->
            [true] Eerst lachte je mee.
           *[false] In de groep zei je niks.
        } { $mentor ->
            [true] Daarna ging je naar meneer Peters. Zo kregen Zara en Mees hulp.
           *[false] { $gevraagd ->
                [true] Daarna vroeg je Mees wat hij wil. Dat voelde voor hem veilig.
               *[false] Daarna liet je Zara weten dat je achter haar staat. Mees hoorde niks van je.
            }
        }
    }
    .title = Je deed iets
einde_goed_bedoeld = { $verklapt ->
        [true] Je wilde Mees helpen. Maar op wie hij valt, vertelt hij zelf. Ook aan een leraar.
       *[false] Je wilde Mees helpen. Maar door je vraag ging de klas raden. "Zo praat je over niemand" helpt, zonder iets over hem te zeggen.
    }
    .title = Goed bedoeld
einde_meegelachen = Zara en Mees zagen jouw 💀 ook. Elk lachje zegt tegen Robin: ga maar door.
    .title = Je lachte mee
einde_stil = Je deed niet mee. Maar niemand zei iets terug tegen Robin. Zara en Mees stonden er alleen voor.
    .title = Je bleef stil
