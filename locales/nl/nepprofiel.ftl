# Het nepprofiel — Nederlandse tekst (brontaal).

scenario-title = Het nepprofiel
scenario-summary = Je vrienden maken een nepprofiel van een klasgenoot. Met seksuele teksten.

character-lotte = Lotte
character-ruben = Ruben
character-fleur = Fleur
character-jayden = Jayden
character-dewi = Dewi
character-kofi = Kofi
character-amrani = Meneer Amrani

chat-drietal = Wij drie 🤫
chat-dm_amrani = Meneer Amrani
chat-dm_ruben = Ruben
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi
chat-van_lotte = Lotte

## Donderdagavond: Lotte

begin = Het is donderdagavond. Je zit op je kamer met je telefoon.
groep_1 = Zagen jullie Ruben bij gym? Hij deed zo stoer 🙄
profiel = Ik heb een idee 😂 Kijk, een nieuw account.
profiel_wat = Het account heet ruben_zoekt_meer. Er staan foto's van Ruben op. Met seksuele teksten erbij.
groep_2 = "Altijd in voor meer 😏" HAHA. Hij gaat dood als hij dit ziet 😂
groep_3 = Lotte, jij bent goed in teksten. Doe jij de foto van het schoolreisje?
twijfel = Ruben weet hier niks van. Het lijkt net alsof hij dit zelf schrijft.

keuze_tekst = Fleur wacht op jou. Wat doe je?
    .schrijven = Ik verzin een tekst voor de foto.
    .lachen = Ik stuur alleen lachende emoji's.
    .weigeren = Ik schrijf: Nee, dit is gemeen.

lotte_tekst = "Stuur mij een foto, dan stuur ik er een terug 😏"
tekst_fleur = Hahaha perfect! Staat erop 😂
lotte_lacht = 😂😂😂
lacht_fleur = Haha. Dan verzin ik zelf wel iets 😏
lotte_nee = Nee. Dit is gemeen. Ruben heeft jullie niks gedaan.

druk_1 = Nu moet iedereen hem volgen. Dan lijkt het echt 😂
druk_2 = { $opgekomen ->
        [true] Lotte, volg hem nou gewoon. Anders ben jij de saaie.
       *[false] Lotte, zet hem in je story! Jij hebt de meeste volgers.
    }

keuze_delen = Wat doe je met het profiel?
    .delen = Ik volg het en zet het in mijn story.
    .volgen = Ik volg het. Meer niet.
    .niet = Ik volg het niet en ik deel het niet.

delen_1 = Je zet het profiel in je story. Na tien minuten hebben 80 mensen het gezien.
volgen_1 = Je tikt op Volgen. Je bent volger nummer 23.
niet_1 = Ik doe hier niet aan mee.

na_delen = Een uur later heeft het profiel { $gedeeld ->
        [true] 140
       *[false] 60
    } volgers. Er komen steeds meer reacties.
erger_1 = Fleur stuurt nu berichten naar meiden uit 3B. Als "Ruben" 😂
erger_2 = Kijk wat Dewi terugstuurt 😂😂
erger_3 = Nu denkt Dewi dat Ruben haar zulke berichten stuurt.

keuze_melden = Op het profiel staat een knop: Account melden. Wat doe je?
    .melden = Ik meld het profiel bij de app.
    .mentor = Ik stuur meneer Amrani een bericht.
    .niks = Ik doe niks. Dan krijg ik geen gedoe.

melden_1 = Je tikt op Melden. Je kiest: Doet zich voor als iemand anders. Fleur en Jayden zien niet wie het meldt.
mentor_1 = Meneer, er is een nepprofiel van Ruben. Met seksuele teksten. Kan ik u morgen spreken?
mentor_2 = Goed dat je het zegt, Lotte. Kom morgen om half negen naar mijn lokaal.
niks_1 = Als ik iets doe, wordt Fleur boos op mij.

keuze_ruben = Stuur je Ruben een bericht?
    .vertellen = Ja. Ik vertel hem over het nepprofiel.
    .sorry = Ja. Ik vertel het hem en zeg sorry dat ik meedeed.
    .niks = Nee. Morgen ziet hij het toch wel.

vertel_1 = Hoi Ruben. Er is een nepprofiel van jou: ruben_zoekt_meer. Ik weet dat jij het niet bent.
sorry_1 = Ruben, er is een nepprofiel van jou. Ik heb meegedaan. Sorry, dat was fout van mij.
niks_ruben = Wat moet ik zeggen? Ik laat het maar.

## Vrijdagochtend: Ruben

wissel_ruben = Het is vrijdagochtend. Ruben zit in de bus naar school.
ruben_dewi = Waarom stuur jij mij zulke berichten?? Doe normaal.
ruben_1 = Welke berichten? Ik heb Dewi nooit iets gestuurd.
ruben_kofi = Ruben! Is dit jouw account?? 😳
ruben_profiel = Je ziet je eigen foto's. Met teksten die jij nooit zou schrijven.
ruben_teksten = { $meegedaan ->
        [true] Je ziet je foto van het schoolreisje. Er staat bij: "Stuur mij een foto, dan stuur ik er een terug 😏"
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
        [true] Lotte deed mee. Maar ze zegt het tenminste eerlijk.
       *[false] Lotte weet dat ik het niet ben. Dat helpt een beetje.
    }
ruben_school = Bij de kluisjes roept een jongen iets naar je. "Hé Ruben, stuur mij ook een foto!" Zijn vrienden lachen.
ruben_dewi_2 = Dewi en haar vriendinnen lopen met een boog om je heen.
ruben_mentor = Na het eerste uur neemt meneer Amrani je apart. "Ik weet van het profiel. Jij hebt niks fout gedaan."
ruben_mentor_2 = "We laten het profiel samen weghalen. En ik praat met Dewi en met de klas."
ruben_weg = In de pauze kijkt Kofi op zijn telefoon. "Ruben! Het profiel is weg!"
ruben_weg_2 = Iemand heeft het gemeld. Maar iedereen heeft het al gezien.
ruben_alleen = In de pauze zit je alleen op de trap. Kofi komt naast je zitten.
ruben_alleen_2 = Hij zegt: "Maak screenshots, als bewijs. Dan gaan we samen naar meneer Amrani."

ruben_gevoel = Je bent Ruben. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Ruben? Wat maakte dat je die koos?
ruben_ergste = Wat is voor Ruben het ergste aan dit nepprofiel, denk je?
    .hint = Schrijf een paar zinnen.
    .starter = Wat schreef je over Ruben? Had Lotte dat van tevoren kunnen bedenken?

## Vrijdagmiddag: weer Lotte

wissel_lotte = Vrijdag, het laatste uur. De stoelen van Fleur en Jayden zijn leeg.
lotte_klas = Meneer Amrani praat met de klas over het profiel. "Ruben heeft dit niet zelf gemaakt. Zijn ouders willen misschien aangifte doen bij de politie."
lotte_teamleider = Na de les moet je naar de teamleider. { $meegedaan ->
        [true] Zij weet dat jij een tekst schreef.
       *[false] Zij zag het profiel in jouw story.
    } De school belt vandaag nog je ouders.
lotte_dank = Na de les zegt meneer Amrani zacht: "Dank je, Lotte. Ruben krijgt nu hulp."
lotte_gemeld = Niemand weet dat ik het profiel heb gemeld. Maar het is wel weg.
lotte_terug = { $ruben_verteld ->
        [true] Ik heb Ruben gewaarschuwd. Hij hoorde het tenminste van mij.
       *[false] { $opgekomen ->
            [true] Ik zei nee tegen Fleur en Jayden. Maar het profiel bleef gewoon staan.
           *[false] Ik heb het profiel niet gemaakt. Maar ik wist ervan. En ik zei niks.
        }
    }

## Nadenken

oordeel = Fleur maakte een nepprofiel van Ruben, met seksuele teksten. Welke vlag geef jij?
    .explanation = Rood. Ruben wist van niks en gaf geen toestemming. Hij kon zich niet verweren: het leek alsof hij het zelf schreef. Het profiel was voor iedereen te zien. Het kwetste Ruben, en ook Dewi.
    .starter = Welke vlag gaf je Fleur? En welke vlag past bij wat jij deed als Lotte?

wat_doen = Je ziet een nepprofiel van een klasgenoot. Wat doe je het beste?
    .volgen = Ik volg het. Dan zie ik wat er gebeurt.
    .reageren = Ik zet een boze reactie onder een foto.
    .melden_vertellen = Ik meld het bij de app. En ik vertel het aan een volwassene.
    .explanation = Meld het profiel bij de app. Vertel het aan een volwassene die je vertrouwt. Volgen en reageren maken het profiel alleen groter. Op meldknop.nl lees je waar je nog meer terecht kunt.
    .starter = Heb jij weleens iets gemeld in een app? Wat maakt melden makkelijk of moeilijk?

belang = Hoe belangrijk vind jij het om nooit mee te doen aan een nepprofiel?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat betekent dat voor jou?

nee_zeggen = Stel: je vrienden willen weer zoiets doen. Wat zeg jij dan tegen ze?
    .hint = Schrijf op wat je echt zou zeggen. Er zijn geen foute antwoorden.
    .starter = Welke zin zou jij echt durven zeggen tegen je vrienden? Wat maakt dat moeilijk?

## Einde

einde_meegedaan = { $sorry ->
        [true] Sorry zeggen is een eerste stap. Ruben beslist zelf wat hij ermee doet.
       *[false] Jouw "grap" raakte Ruben diep. Eerlijk zijn en het goedmaken kan nog wel.
    }
    .title = Je hielp het profiel groeien
einde_opgekomen = { $gevolgd ->
        [true] Eerst volgde je het profiel. Daarna deed je toch iets voor Ruben.
       *[false] { $gelachen ->
            [true] Eerst lachte je mee. Daarna deed je toch iets voor Ruben.
           *[false] Je liet Ruben niet alleen staan. Dat maakt echt verschil.
        }
    }
    .title = Je koos voor Ruben
einde_nee = { $gevolgd ->
        [true] Je zei nee, maar je volgde het profiel wel. Melden had Ruben echt geholpen.
       *[false] Nee zeggen tegen vrienden is moeilijk, en jij deed het. Met melden help je Ruben nog meer.
    }
    .title = Je zei nee
einde_toegekeken = { $gevolgd ->
        [true] Eén volger lijkt klein. Voor Ruben telde elke volger mee.
       *[false] Een lachje lijkt klein. Maar voor Fleur voelde het als een ja.
    }
    .title = Je keek toe
