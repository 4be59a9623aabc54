# De nepfoto — Nederlandse tekst (brontaal).
# Blootr is een verzonnen naam. Wat de app maakt, wordt nooit beschreven.

scenario-title = De nepfoto
scenario-summary = In de jongensgroep gaat een link rond naar een app die nepnaaktfoto's maakt.

character-jens = Jens
character-lieke = Lieke
character-youri = Youri
character-mats = Mats
character-omar = Omar
character-hanna = Hanna
character-devries = Meneer De Vries

chat-boys = boys 3C 💀
chat-dm_omar = Omar
chat-klas = Klas 3C
chat-dm_devries = Meneer De Vries
chat-dm_lieke = Lieke
chat-dm_hanna = Hanna
chat-van_jens = Jens

## Donderdagavond: Jens

begin = Het is donderdagavond. Je telefoon trilt. Het is de groep boys 3C.
link = yo kijk deze app 💀
link_2 = je zet er een foto in en hij maakt er nudes van 😭
link_wat = De link gaat naar Blootr. Dat is een uitkleed-app. Die maakt van een gewone foto een nepnaaktfoto.

keuze_link = Wat doe jij?
    .openen = Ik open de link.
    .lachen = Ik stuur 💀 terug.
    .ziek = Ik schrijf: dit is ziek.

open_1 = Bovenaan de site staat Blootr. Daaronder een grote knop: Kies een foto.
lach_1 = 💀💀
lach_2 = jens snapt het 😭
ziek_1 = bro dit is echt ziek
ziek_2 = relax jens 😭 het is maar een app

wie_eerst = oké maar wie nemen we als eerste 👀
youri_lieke = lieke 😂 van de klassenreis
foto_wat = Het is een gewone foto. Lieke lacht, naast Hanna in de bus. Ze zit naast jou bij wiskunde.
druk_1 = { $opgekomen ->
        [true] jens jij bent zo serieus. laat maar zien dat je chill bent
       *[false] { $gelachen ->
            [true] jens jij snapt het toch. jij doet het 😂
           *[false] jens jij zit naast haar. jij doet het 😂
        }
    }
omar_1 = bro ik weet niet hoor 😬
youri_nep = omar het is NEP 🙄 niemand merkt er iets van
twijfel_maken = Het is nep. Is het dan wel erg?

keuze_maken = Iedereen wacht op jou. Wat doe je?
    .maken = Ik zet de foto van Lieke in de app.
    .nee = Ik zeg nee.
    .smoes = Ik verzin een smoes.

maken_1 = { $link_open ->
        [true] Je tikt op Kies een foto.
       *[false] Je opent de link.
    } Je kiest de foto van Lieke. Tien tellen later is hij klaar.
maken_2 = Dit is Lieke niet. Maar wie het ziet, denkt van wel.

keuze_sturen = De groep wacht. Wat doe je met de nepfoto?
    .sturen = Ik stuur hem in de groep.
    .wissen = Ik wis hem meteen.
    .bewaren = Ik stuur niks, maar laat hem staan.

sturen_1 = hier 💀
wissen_1 = Je wist de foto. Je kijkt of hij echt weg is.
bewaren_1 = Ik stuur hem niet. Dan is het toch niet erg?
youri_wacht = laat maar jens 🙄 ik doe het zelf wel

nee_1 = nee man dit doe ik niet
nee_2 = jammer dan 🙄 dan doe ik het zelf wel
nee_omar = respect bro 🙏 ik durfde niks te zeggen
smoes_1 = mn batterij is bijna leeg, doei
smoes_2 = whatever 🙄 dan doe ik het zelf wel
smoes_3 = Ik zei geen nee. Maar ik deed het ook niet. Is dat genoeg?

youri_maakt = kijk 😭😭
youri_maakt_2 = Youri maakte hem zelf. Nu staat de nepfoto in de groep.
mats_klas = NEEE 💀 die moet de hele klas zien

## Vrijdagochtend: Jens

vrijdag = Vrijdag, zeven uur. Mats heeft de nepfoto in de klassenapp gezet. { $gedeeld ->
        [true] Het is jouw foto.
       *[false] Die van Youri.
    }
klas_mats = lieke stuurt dus nudes 👀
klas_hanna = dat is NEP mats 😡 wie maakt zoiets??
twijfel_rond = { $gedeeld ->
        [true] Het is mijn foto die rondgaat. Wat als ze dat weten?
       *[false] { $gemaakt ->
            [true] Ik heb er ook een gemaakt. Wat als ze dat weten?
           *[false] Hanna zegt dat hij nep is. Maar wie gelooft haar?
        }
    }

keuze_rond = De foto gaat de hele school rond. Wat doe jij?
    .stil = Ik zeg niks.
    .klas = Ik schrijf in de klassenapp: hij is nep.
    .mentor = Ik stuur meneer De Vries een bericht.

stil_1 = { $gemaakt ->
        [true] Als ik iets zeg, weten ze dat ik erbij was.
       *[false] Als ik iets zeg, weten ze dat hij uit onze groep komt.
    }
klas_1 = hij is nep. gemaakt met een app. niet doorsturen en wissen pls
klas_2 = wow jens 🙄
klas_3 = dank je jens 🙏 eindelijk iemand
mentor_1 = Meneer, er gaat een nepfoto van Lieke rond. { $gedeeld ->
        [true] Ik heb hem zelf gemaakt. Dat wil ik eerlijk zeggen.
       *[false] { $gemaakt ->
            [true] Ik heb er ook een gemaakt. Dat wil ik eerlijk zeggen.
           *[false] Hij komt uit een groep van jongens uit onze klas.
        }
    }
mentor_2 = Dank je, Jens. Ik wacht Lieke op bij school. Kom om half negen naar mijn lokaal.

keuze_bericht = Stuur je Lieke een bericht?
    .steun = Ja. Ik schrijf dat ik haar geloof.
    .sorry = Ja. Ik stuur haar sorry.
    .sorry_mentor = Nee. Ik vraag meneer De Vries hoe ik sorry kan zeggen.
    .niks = Nee. Ik stuur niks.

steun_1 = hoi lieke. ik weet dat die foto nep is. jij kan er niks aan doen
sorry_1 = { $gedeeld ->
        [true] lieke sorry. ik heb die foto gemaakt. dat was echt fout van mij
       *[false] lieke sorry. ik heb ook zo'n foto gemaakt. dat was echt fout van mij
    }
sorry_mentor_1 = Lieke wil nu vast niks van mij horen. Ik vraag meneer De Vries hoe het wel kan.

## Vrijdag: Lieke

wissel_lieke = Vrijdag, kwart over zeven. Lieke pakt haar telefoon.
hanna_1 = lieke?? er gaat een nepfoto van jou rond 😳
hanna_2 = { $gedeeld ->
        [true] ze zeggen dat jens hem heeft gemaakt
       *[false] ze zeggen dat youri hem heeft gemaakt
    }
hanna_3 = ik weet dat jij het niet bent ❤️ ik kom je halen
lieke_klas = Je opent de klassenapp. Je ziet je eigen gezicht, van de foto van de klassenreis. Eronder staat: "lieke stuurt dus nudes 👀"
lieke_schaamte = Dit ben ik niet. Waarom schaam ik me dan zo?
lieke_sorry = { sorry_1 }
lieke_sorry_2 = { $gedeeld ->
        [true] Jens maakte dit.
       *[false] Jens maakte er ook een?
    } En nu appt hij mij ook nog? Ik wil niks van hem horen.
lieke_steun = { steun_1 }
lieke_steun_2 = Jens gelooft mij. Dat helpt een beetje.
lieke_school = Op school kijken mensen naar hun telefoon. En dan naar jou.
lieke_geloven = { $rechtgezet ->
        [true] Hanna en Jens schreven dat hij nep is. Toch vraagt een meisje uit 3A: "Is hij echt?"
       *[false] In de klassenapp zegt alleen Hanna dat hij nep is. Een jongen uit een hogere klas roept iets. Zijn vrienden lachen.
    }
lieke_mentor_snel = Meneer De Vries wacht je op bij de deur. Iemand heeft het hem al verteld.
lieke_hanna_mee = In de pauze zegt Hanna: "We gaan naar meneer De Vries. Ik ga mee."
devries_1 = Meneer De Vries zegt: "Je hoeft je nergens voor te schamen, Lieke. Een foto van de klassenreis is gewoon een foto."
devries_2 = "Wie zo'n nepfoto maakt of deelt, kan strafbaar zijn. Ik praat met de jongens. Helpwanted helpt ons om de foto offline te halen."
devries_3 = "Wil je het thuis eerst zelf vertellen? Daarna bel ik je moeder."
thuis_1 = 's Avonds vertel je het aan Mama. Je praat heel zacht. "Hij is nep, mam. Echt waar."
thuis_2 = Mama pakt je hand. "Ik geloof je. Dit is niet jouw schuld."
thuis_3 = Moet ik nu al mijn foto's weghalen?
thuis_4 = Mama schudt haar hoofd. "Een gewone foto is niet fout. Wie dit maakte, deed fout."

lieke_gevoel = Je bent Lieke. Veel mensen denken dat de foto echt is. Wat voel je? Kies wat past.
    .starter = Mensen dachten dat de foto echt was. Welk gevoel is volgens jou het zwaarst voor Lieke? Wat zou jij tegen die mensen willen zeggen?

## Maandag: weer Jens

wissel_jens = Maandag. Bij wiskunde zit Lieke niet meer naast je.
jens_klas = Meneer De Vries zegt tegen de klas: "Nep of niet: zo'n foto maken of delen kan strafbaar zijn. Staat hij op je telefoon? Haal hem weg."
jens_gemaakt = { $gemeld ->
        [true] Na de les roept meneer De Vries je apart. "Je kwam het zelf vertellen. Dat is goed," zegt hij. "Maar je hebt die foto wel gemaakt."
       *[false] { $gedeeld ->
            [true] Na de les roept meneer De Vries je apart. "Ik heb jullie groep gezien," zegt hij. "De foto die rondging, kwam van jou."
           *[false] { $sorry_dm ->
                [true] Na de les roept meneer De Vries je apart. "Lieke liet mij je bericht zien," zegt hij. "Jij maakte ook zo'n foto van haar."
               *[false] Na de les ga je naar meneer De Vries. Je vertelt dat jij ook zo'n foto van Lieke maakte.
            }
        }
    }
jens_gemaakt_2 = Hij zegt: "De school vraagt de wijkagent om advies. Je ouders moeten dit weten. Vertel jij het ze vanavond? Morgen bel ik ze."
jens_sorry_dm = "Lieke schrok van je bericht," zegt hij. "Stuur haar niks meer. Sorry kan later, via school. Als Lieke dat wil."
jens_sorry_mentor = Je vraagt hoe je sorry kunt zeggen. "Dat kan later, via school," zegt hij. "Lieke beslist of ze dat wil."
jens_bewaard = Mijn nepfoto staat nog op mijn telefoon. Ik wis hem nu.
jens_geheim = Youri en Mats moeten naar meneer De Vries. Niemand weet dat ik er ook een maakte.
jens_dank = Na de les zegt meneer De Vries zacht: "Dank je, Jens. Door jou konden we Lieke snel helpen."
jens_stil = Youri en Mats moeten naar meneer De Vries. Ik zat ook in die groep. { $rechtgezet ->
        [true] Ik schreef dat hij nep was. Maar tegen een volwassene zei ik niks.
       *[false] { $steun ->
            [true] Ik appte Lieke dat ik haar geloof. Maar tegen een volwassene zei ik niks.
           *[false] Ik zei tegen niemand iets.
        }
    }

## Nadenken

vragen = Nu volgen een paar vragen. Je Halt-medewerker leest je antwoorden. Daarna praten jullie erover. Wat jij denkt, is nooit fout.

oordeel = { $gemaakt ->
        [true] Jens
       *[false] Youri
    } zette een gewone foto van Lieke in een uitkleed-app. Zo maakte hij een nepnaaktfoto van haar. Stel: nog niemand heeft hem gezien. Welke vlag geef jij?
    .explanation = Rood. Lieke zei nooit ja. De foto kan haar erg kwetsen, ook als hij nep is. En een groep jongens tegen één meisje is niet gelijkwaardig.
    .starter = { $gemaakt ->
        [true] Welke vlag gaf je? Jij maakte als Jens zo'n foto. Hoe kijk je daar nu naar?
       *[false] Welke vlag gaf je Youri, en waarom die? Wat verandert er als de foto gaat rondgaan?
    }

wet = Youri zei: "Het is nep. Dus het maakt niet uit." Klopt dat?
    .maken_mag = Half. Alleen doorsturen is strafbaar, maken mag.
    .nee = Nee. Ook maken kan strafbaar zijn.
    .klopt = Ja. Nep is geen echte naaktfoto.
    .explanation = Nee. Lijkt een nepnaaktfoto echt? Dan telt hij voor de wet als naaktfoto. Maken kan al strafbaar zijn. Delen ook. Ook als je zelf jonger dan 18 bent.
    .starter = Wat vind je ervan dat alleen maken al strafbaar kan zijn? Wat zou je nu tegen Youri zeggen?

zeker = Stel: je vrienden willen dat jij zo'n app gebruikt. Hoe zeker ben je dat je nee kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = Wat of wie helpt jou om in een groep nee te zeggen? Wat zou je helpen om één punt hoger te komen?

eigen_situatie = Zit er iets in dit verhaal dat je kent van jezelf? Vertel het als je wilt. Namen hoeven niet.
    .hint = Je mag dit ook overslaan.
    .starter = Wat herkende je uit je eigen situatie? Wat was bij jou anders dan bij Jens?

## Einde

einde_gemaakt = Nep of niet: voor Lieke voelde het echt. { $gemeld ->
        [true] Je vertelde zelf wat je deed. Zo kon Lieke sneller hulp krijgen.
       *[false] { $sorry_mentor ->
            [true] Je vertelde het zelf aan je mentor. Of Lieke een sorry wil, beslist zij.
           *[false] Eerlijk vertellen wat je deed, kan nog steeds.
        }
    }
    .title = Jij maakte de nepfoto
einde_hulp = { $gemeld ->
        [true] Door jou kon meneer De Vries Lieke snel helpen.
       *[false] { $rechtgezet ->
            [true] Jij zei hardop dat de foto nep was. Daar had Lieke wat aan.
           *[false] Jij liet Lieke weten dat je haar gelooft. Dat hielp haar een beetje.
        }
    }
    .title = Je stond naast Lieke
einde_stil = { $geweigerd ->
        [true] Je zei nee tegen de groep. Maar toen de foto rondging, hoorde Lieke niks van jou.
       *[false] Je maakte de foto niet. Maar toen hij rondging, zei je tegen niemand iets.
    }
    .title = Je bleef stil
