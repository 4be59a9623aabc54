# Het nepprofiel — Nederlandse tekst (brontaal).

scenario-title = Het nepprofiel
scenario-summary = Je vrienden maken een nepprofiel van een klasgenoot. Met seksuele teksten.

character-lotte = Lotte
character-ruben = Ruben
character-zoe = Zoë
character-jordy = Jordy
character-anouk = Anouk
character-finn = Finn
character-amrani = Meneer Amrani

chat-drietal = Wij drie 🤫
chat-dm_amrani = Meneer Amrani
chat-dm_ruben = Ruben
chat-dm_anouk = Anouk
chat-dm_finn = Finn
chat-van_lotte = Lotte

## Donderdagavond: Lotte

begin = Donderdagavond. Je zit op je kamer met je telefoon.
groep_1 = zagen jullie Ruben bij gym? deed zo stoer 🙄
profiel = ik heb een idee 😈 kijk, nieuw account
profiel_wat = Het account heet ruben_zoekt_meer. Er staan foto's van Ruben op. Met seksuele teksten erbij.
groep_2 = "altijd in voor meer 😏" 💀💀 hij gaat dood als hij dit ziet
groep_3 = Lotte jij bent goed in teksten, doe jij de foto van het schoolreisje?
twijfel = Ruben weet hier niks van. Het lijkt net alsof hij dit zelf schrijft.

keuze_tekst = Zoë wacht op jou. Wat doe je?
    .schrijven = Ik verzin een tekst voor de foto.
    .lachen = Ik stuur alleen lachende emoji's.
    .weigeren = Ik schrijf: Nee, dit is gemeen.

lotte_tekst = "stuur mij een foto, dan stuur ik er een terug 😏"
tekst_fleur = hahaha perfect 😭 staat erop
lotte_lacht = 😭😂😂
lacht_fleur = haha oké dan verzin ik zelf wel wat 😏
lotte_nee = nee, dit is gemeen. Ruben heeft jullie niks gedaan

druk_1 = nu moet iedereen hem volgen, dan lijkt het echt 👀
druk_2 = { $opgekomen ->
        [true] Lotte volg hem nou gewoon. anders ben jij de saaie 🙄
       *[false] Lotte zet hem in je story!! jij hebt de meeste volgers
    }

keuze_delen = Wat doe je met het profiel?
    .delen = Ik volg het en zet het in mijn story.
    .volgen = Ik volg het. Meer niet.
    .niet = Ik volg het niet en ik deel het niet.

delen_1 = Je zet het profiel in je story. Na tien minuten hebben 80 mensen het gezien.
volgen_1 = Je tikt op Volgen. Je bent volger nummer 23.
niet_1 = { $meegedaan ->
        [true] volgen doe ik niet. dit gaat te ver
       *[false] ik doe hier niet aan mee
    }

na_delen = Een uur later heeft het profiel { $gedeeld ->
        [true] 140
       *[false] 60
    } volgers. Er komen steeds meer reacties.
erger_1 = Zoë stuurt nu dm's naar meiden uit 3B 😭 als "Ruben"
erger_2 = kijk wat Anouk terugstuurt 💀
erger_3 = Nu denkt Anouk dat Ruben haar zulke berichten stuurt.

keuze_melden = Op het profiel staat een knop: Account melden. Wat doe je?
    .melden = Ik meld het profiel bij de app.
    .mentor = Ik stuur meneer Amrani een bericht.
    .niks = Ik doe niks. Dan krijg ik geen gedoe.

melden_1 = Je tikt op Melden. Je kiest: Doet zich voor als iemand anders. Op je scherm staat: Bedankt voor je melding.
mentor_1 = Meneer, er is een nepprofiel van Ruben. Met seksuele teksten. Ik wil het u morgen laten zien.
mentor_2 = Goed dat je het zegt, Lotte. Kom morgen om half negen naar mijn lokaal.
niks_1 = Als ik iets doe, wordt Zoë boos op mij.

keuze_ruben = Stuur je Ruben een bericht?
    .vertellen = Ja. Ik vertel hem over het nepprofiel.
    .sorry = Ja. Ik vertel het hem en zeg sorry dat ik meedeed.
    .sorry_vragen = Nog niet. Ik vraag meneer Amrani hoe ik sorry kan zeggen.
    .niks = Nee. Morgen ziet hij het toch wel.

vertel_1 = hoi Ruben. er is een nepprofiel van jou: ruben_zoekt_meer. ik weet dat jij het niet bent
sorry_1 = Ruben er is een nepprofiel van jou. ik heb meegedaan. sorry, dat was fout van mij
sorry_vragen_1 = { $mentor ->
        [true] Meneer, nog iets. Ik heb zelf ook meegedaan aan dat profiel.
       *[false] Meneer, er is een nepprofiel van Ruben. Ik heb zelf meegedaan.
    } Hoe kan ik sorry zeggen tegen Ruben?
sorry_vragen_2 = Fijn dat je dit eerlijk zegt, Lotte. Stuur Ruben nu niks. Ik vraag hem eerst wat hij wil. Hij beslist.
niks_ruben = Wat moet ik zeggen? Ik laat het maar.

## Vrijdagochtend: Ruben

wissel_ruben = Vrijdagochtend. Ruben zit in de bus naar school.
ruben_dewi = waarom stuur jij mij zulke berichten?? doe normaal
ruben_1 = Welke berichten? Ik heb Anouk nooit iets gestuurd.
ruben_kofi = Ruben!! is dit jouw account?? 😳
ruben_profiel = Je ziet je eigen foto's.
ruben_teksten = { $meegedaan ->
        [true] Je ziet je foto van het schoolreisje. Er staat bij: "stuur mij een foto, dan stuur ik er een terug 😏"
       *[false] Bij elke foto staat een seksuele tekst. Alsof jij die zelf schreef.
    }
ruben_volgers = { $gedeeld ->
        [true] Het profiel heeft al 140 volgers. Lotte zette het gisteren in haar story.
       *[false] { $gevolgd ->
            [true] Het profiel heeft 60 volgers. Lotte is er een van.
           *[false] Het profiel heeft 60 volgers. Bijna allemaal van jouw school.
        }
    }
ruben_2 = Iedereen denkt dat ik dit ben. Hoe krijg ik dit ooit weg?
ruben_lotte = { $sorry ->
        [true] { sorry_1 }
       *[false] { vertel_1 }
    }
ruben_lotte_2 = { $sorry ->
        [true] Lotte deed mee? Wie deden er nog meer mee? Ik vroeg niet om dit bericht. Moet ik nu ook nog iets terugsturen?
       *[false] Lotte weet dat ik het niet ben. Dat helpt een beetje.
    }
ruben_school = Bij de kluisjes roept een jongen: "Hé Ruben, stuur mij ook een foto!" Zijn vrienden lachen.
ruben_dewi_2 = Anouk en haar vriendinnen kijken weg als je langsloopt.
ruben_mentor = Na het eerste uur neemt meneer Amrani je apart. "Ik weet van het profiel. Jij hebt niks fout gedaan."
ruben_mentor_2 = "We melden het profiel samen. Je ouders kunnen het ook melden. En ik praat met Anouk en met de klas."
ruben_mentor_3 = "Nog één ding. Lotte wil sorry zeggen. Wil jij dat horen? Dat kies jij. Nu, later of nooit."
ruben_mentor_4 = Ik weet het nog niet. Fijn dat ik niet meteen iets hoef.
ruben_weg = In de pauze kijkt Finn op zijn telefoon. "Het profiel staat er nog. Ik heb het gemeld. Meld jij het ook, het gaat over jou."
ruben_weg_2 = Misschien hebben meer mensen het gemeld. Toch staat het er nog. En iedereen heeft het al gezien.
ruben_alleen = In de pauze zit je alleen op de trap. Finn komt naast je zitten.
ruben_alleen_2 = Hij zegt: "Maak screenshots, als bewijs. Dan gaan we samen naar meneer Amrani."

ruben_gevoel = Je bent Ruben. Hoe voel je je nu? Kies wat past.
    .starter = Welk gevoel van Ruben raakte jou het meest? Waarom juist dat gevoel?
ruben_ergste = Wat is voor Ruben het ergste aan dit nepprofiel, denk je?
    .hint = Schrijf een paar zinnen.
    .starter = Je schreef wat voor Ruben het ergste is. Welk deel daarvan had Lotte kunnen tegenhouden?

## Vrijdagmiddag: weer Lotte

wissel_lotte = Vrijdag, het laatste uur. De stoelen van Zoë en Jordy zijn leeg.
lotte_klas = Meneer Amrani praat met de klas over het profiel. "Ruben heeft dit niet zelf gemaakt. Zijn ouders gaan misschien naar de politie."
lotte_teamleider = Na de les moet je naar de teamleider. { $meegedaan ->
        [true] Zij weet dat jij een tekst schreef.
       *[false] Zij zag het profiel in jouw story.
    } Ze zegt: "Vertel het vanavond eerst zelf aan je ouders. Daarna bel ik ze."
lotte_sorry_dm = In de gang komt Finn naar je toe. "Ruben schrok van je bericht. Hij wil nu even niks van je horen."
lotte_sorry_wacht = Meneer Amrani zegt: "Ik vroeg Ruben of hij je sorry wil horen. Hij wil eerst nadenken. Dat mag. Hij beslist."
lotte_dank = Na de les zegt meneer Amrani zacht: "Dank je dat je het me vertelde, Lotte. Nu kunnen we Ruben helpen."
lotte_gemeld = Ik heb het gisteren al gemeld. Toch staat het er nog. Misschien moet ik het ook aan meneer Amrani vertellen.
lotte_terug = { $ruben_verteld ->
        [true] Ik heb Ruben gewaarschuwd. Hij hoorde het tenminste van mij.
       *[false] { $opgekomen ->
            [true] Ik zei nee tegen Zoë en Jordy. Maar het profiel bleef gewoon staan.
           *[false] { $gevolgd ->
                [true] Ik heb het profiel niet gemaakt. Maar ik volgde het wel. En ik zei niks.
               *[false] Ik heb het profiel niet gemaakt. Maar ik wist ervan. En ik zei niks.
            }
        }
    }

dagen_later = Het profiel blijft het hele weekend staan. Eén melding is niet genoeg. Veel mensen melden het, ook Ruben en zijn moeder. Helpwanted helpt hen. Pas dinsdag is het weg.

## Nadenken

oordeel = Zoë maakte een nepprofiel van Ruben, met seksuele teksten. Welke vlag geef jij?
    .explanation = Rood. Ruben wist van niks en gaf geen toestemming. Zoë en Jordy hadden alle macht: iedereen dacht dat Ruben het zelf schreef. Iedereen kon het zien. En het kwetste Ruben, en ook Anouk.
    .starter = { $meegedaan ->
            [true] Je schreef als Lotte een tekst bij Rubens foto. Welke vlag past daarbij, en waarom?
           *[false] { $gedeeld ->
                [true] Je zette het profiel als Lotte in je story. Welke vlag past daarbij, en waarom?
               *[false] { $opgekomen ->
                    [true] Je zei als Lotte nee tegen Zoë en Jordy. Wat hielp je daarbij?
                   *[false] Je stuurde als Lotte lachende emoji's. Wat betekenden die voor Zoë, denk je?
                }
            }
        }

wat_doen = Je ziet een nepprofiel van een klasgenoot. Wat doe je het beste?
    .volgen = Ik volg het, dan zie ik wat er gebeurt.
    .melden_vertellen = Melden, en het een volwassene vertellen.
    .stil = Ik doe niks. Anders krijg ik gedoe met mijn vrienden.
    .reageren = Ik zet een boze reactie onder een foto.
    .explanation = Meld het profiel en vertel het aan een volwassene die je vertrouwt. Niks doen voelt veilig. Maar dan staat je klasgenoot er alleen voor. Volgen en reageren maken het profiel groter.
    .starter = Wat maakt melden in een app voor jou makkelijk of moeilijk?

belang = Stel: je vrienden willen een nepprofiel maken. Hoe zeker ben je dat je dan nee kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = Wat helpt je nu al om nee te zeggen? Wat zou je nog een punt zekerder maken?

nee_zeggen = En als het echt gebeurt? Wat zeg jij dan tegen je vrienden?
    .hint = Schrijf op wat je echt zou zeggen. Er zijn geen foute antwoorden.
    .starter = Welke zin zou jij echt durven zeggen tegen je vrienden? Wat maakt dat moeilijk?

eigen_situatie = Lijkt iets in dit verhaal op wat jij zelf meemaakte? Vertel het als je wilt. Namen zijn niet nodig. Je Halt-medewerker leest het en praat er met je over.
    .hint = Overslaan mag ook.
    .starter = Wat herkende je uit het verhaal van Lotte? Wat was bij jou anders?

## Einde

einde_meegedaan = { $sorry ->
        [true] Je stuurde Ruben zelf een sorry. Hij vroeg daar niet om, en hij schrok ervan. Sorry zeggen kan via je mentor of Halt. Ruben beslist of hij het wil horen.
       *[false] { $sorry_vragen ->
            [true] Je vroeg eerst hoe je sorry kunt zeggen. Nu kiest Ruben zelf of en wanneer hij het hoort.
           *[false] Jouw "grap" raakte Ruben diep. Eerlijk zijn kan nog: bij je mentor of bij Halt.
        }
    }
    .title = Je hielp het profiel groeien
einde_opgekomen = { $gevolgd ->
        [true] Eerst volgde je het profiel. Daarna deed je toch iets voor Ruben.
       *[false] { $gelachen ->
            [true] Eerst lachte je mee. Daarna deed je toch iets voor Ruben.
           *[false] { $ruben_verteld ->
                [true] Je liet Ruben niet alleen staan. Hij wist zo dat iemand aan zijn kant stond.
               *[false] { $mentor ->
                    [true] Je liet Ruben niet alleen staan. Door jou kreeg hij snel hulp.
                   *[false] Je liet Ruben niet alleen staan. Jouw melding telde mee.
                }
            }
        }
    }
    .title = Je koos voor Ruben
einde_nee = { $gevolgd ->
        [true] Je zei nee, maar je volgde het profiel wel. Melden had Ruben geholpen.
       *[false] Nee zeggen tegen vrienden is moeilijk, en jij deed het. Met melden help je Ruben nog meer.
    }
    .title = Je zei nee
einde_toegekeken = { $gevolgd ->
        [true] Volgen is maar één tik. Toch maakte elke volger het profiel groter.
       *[false] Je lachte alleen mee. Voor Zoë was dat genoeg om door te gaan.
    }
    .title = Je keek toe
