# Aan de keukentafel — Nederlandse tekst (brontaal).

scenario-title = Aan de keukentafel
scenario-summary = Amira vertelt haar ouders dat ze naar Halt gaat. Hoe begin je zo'n gesprek?

character-amira = Amira
character-marieke = Marieke
character-youssef = Youssef
character-fleur = Fleur

chat-dm_fleur = Fleur
chat-dm_mama = Mama

## Donderdagmiddag: Amira

begin = Het is donderdagmiddag. Je fietst van school naar huis.
school_1 = Vandaag had je op school een gesprek met een agent. Het ging over Jamal.
school_2 = Twee weken geleden stuurde Jamal jou een naaktfoto. Alleen aan jou.
school_3 = Jij zette die foto in een groepsapp. Nu gaat hij rond op school.
school_4 = De agent legde het rustig uit. "Je kunt naar Halt. Doe je goed mee? Dan krijg je geen strafblad."
school_5 = "Halt is een aanbod. Jij kiest of je meedoet. Doe je niet mee? Dan gaat je zaak terug naar de politie en de officier van justitie."
school_6 = Je mentor, meneer Bakker, was er ook bij. Hij zei: "Vertel het vanavond eerst zelf aan je ouders. Morgenochtend bel ik ze ook."
denk_1 = Papa en mama weten nog van niks.
fleur_1 = hé heb je het al verteld thuis? 👀
fleur_2 = zeg gewoon dat het een grapje was 🤷‍♀️ dan valt het wel mee
tafel_1 = Om zes uur zit je met papa en mama aan tafel.

keuze_moment = Wanneer begin je over Halt?
    .nu = Nu meteen, hier aan tafel.
    .later = Na het eten vraag ik of we kunnen praten.
    .niks = Ik zeg niks. Misschien gaat het vanzelf over.

nu_1 = Je legt je vork neer. Je zegt: "Ik moet jullie iets vertellen."
later_1 = Na het eten zeg je: "Kunnen we even praten? Het is belangrijk."
niks_1 = Je zegt niks. Na het eten ga je snel naar je kamer.
niks_2 = Vrijdagochtend belt meneer Bakker je ouders. Zoals hij had gezegd.
niks_3 = Na school zitten papa en mama aan de keukentafel. Mama zegt: "Je mentor belde vanochtend. Wat is er gebeurd?"
vertel_denk = Ze wachten op mij. Fleur zei: zeg dat het een grapje was.

keuze_vertellen = Wat vertel je?
    .eerlijk = Ik vertel alles eerlijk. Ook wat ik zelf deed.
    .grapje = Ik zeg dat het maar een grapje was.
    .half = Ik vertel een klein stukje. De rest hou ik voor me.

eerlijk_1 = Je zegt: "Jamal stuurde mij een naaktfoto. Ik heb hem doorgestuurd naar een groep. Ik vroeg het hem niet."
grapje_1 = Je zegt: "Ik stuurde een naaktfoto van Jamal door. Het was maar een grapje."
half_1 = Je zegt: "Er gaat een foto rond op school. Ik heb er iets mee te maken."
half_2 = Mama vraagt: "Wat voor foto? Wat heb jij gedaan?"
half_3 = Je kijkt naar de tafel. Zacht zeg je: "Een naaktfoto van Jamal. Ik heb hem doorgestuurd."
politie = { $uitgesteld ->
        [true] Je zegt: "Een agent heeft met me gepraat. Ik ga naar Halt. Daarom belde meneer Bakker."
       *[false] Je zegt: "Een agent heeft met me gepraat. Ik ga naar Halt."
    }

## Marieke, de moeder, hoort het

wissel_mama = Je bent Marieke, de moeder van Amira.
mama_1 = De politie? Halt? Mijn eigen dochter?
mama_2 = { $uitgesteld ->
        [true] Waarom hoor ik dit van haar mentor? Waarom niet van haar?
       *[false] { $grapje ->
            [true] Een grapje? Voor Jamal is dit vast geen grapje.
           *[false] Ze vertelt het zelf. Ik zie hoe moeilijk dat voor haar is.
        }
    }
mama_3 = En Jamal? Zijn foto gaat rond op school. Hoe voelt die jongen zich nu?
mama_4 = Heb ik iets gemist? We praten thuis nooit over zulke dingen.

mama_gevoel = Wat voel je nu, als Marieke? Kies wat past.
    .starter = Wat denk je dat jouw ouders voelden toen ze hoorden wat er gebeurd was? Waaraan merkte je dat?

mama_5 = Ik ben boos en bang. Maar ze blijft mijn kind.

## Weer Amira: de reacties

wissel_amira = Je bent weer Amira. Mama heeft tranen in haar ogen.
papa_1 = Papa staat op. Hij loopt heen en weer door de keuken.
papa_2 = { $grapje ->
        [true] Hij zegt hard: "Een grapje? Hoe kón je dit doen?"
       *[false] Hij zegt hard: "Hoe kón je dit doen, Amira?"
    }

keuze_reactie = Wat doe je?
    .boos = Ik roep: "Jullie snappen er niks van!" En ik loop weg.
    .stil = Ik zeg niks en kijk naar de tafel.
    .snap = Ik zeg: "Jullie mogen boos zijn. Ik weet dat het fout was."
    .rechtzetten = Ik zeg: "Sorry. Het was geen grapje. Het was fout."

stil_1 = Papa zegt: "Zeg dan iets!" Mama legt haar hand op zijn arm.
stil_2 = Na een tijdje zeg je zacht: "Ik schaam me zo."
snap_1 = Papa blijft staan. Hij haalt diep adem.
rechtzetten_1 = Papa kijkt je aan. "Dank je. Dit is tenminste eerlijk."

boos_1 = Je rent de trap op en slaat je deur dicht.
kamer_2 = Ik ben geschrokken. En boos. Maar ik hou van je. ❤️
kamer_3 = Kom je weer naar beneden? Of praten we morgen verder?

keuze_kamer = Wat doe je?
    .terug = Ik ga weer naar beneden.
    .morgen = Ik vraag of we morgen verder kunnen praten.
    .niks = Ik stuur niks terug.

terug_1 = Je loopt de trap af. Papa staat nog in de keuken. Je zegt zacht: "Sorry."
morgen_1 = kunnen we morgen verder praten? sorry mam
morgen_2 = Goed. Morgen praten we verder, met z'n drieën. Slaap lekker. 💛
stilte_1 = Later klopt mama op je deur. Ze zegt: "Morgen praten we verder."
vast_denk = Vandaag ging het mis. Morgen krijg ik een nieuwe kans.

## Steun en afspraken

steun_1 = Papa gaat weer zitten. "Ik ben boos. Maar ik laat je niet vallen."
steun_2 = Mama pakt je hand. "We gaan dit samen doen."
zorg_1 = Papa vraagt: "Wat betekent dit voor later? Krijg je een strafblad?"
zorg_2 = Je zegt: "Niet als ik goed meedoe met Halt."
zorg_3 = Mama vraagt: "En wij?" Je zegt: "Halt nodigt jullie later uit. Voor het eerste en het laatste gesprek, en een eigen gesprek."
ruben_1 = Mama vraagt: "En Jamal? Weet je hoe het met hem gaat?"
ruben_2 = Nee. Dat heb ik hem nooit gevraagd.
sorry_app = Je pakt je telefoon. "Zal ik hem nu een sorry-appje sturen?"
ruben_3 = Mama legt haar hand op de jouwe. "Nu niet. Een appje van jou kan hem juist bang maken. Later kun je sorry zeggen, via Halt. Als Jamal dat wil."
telefoon_1 = Papa pakt pen en papier. "We maken afspraken. Eerst je telefoon: die lever je een maand in."

keuze_telefoon = Wat zeg je?
    .oneerlijk = "Een maand? Dat is oneerlijk!"
    .voorstel = "Kan het anders? 's Avonds leg ik hem beneden."
    .samen = "Mogen we samen bedenken wat eerlijk is?"
    .oke = Ik zeg alleen: "Oké."

oneerlijk_1 = Papa zucht. "Oneerlijk? Jamal krijgt zijn foto nooit meer terug."
oneerlijk_2 = Mama zegt: "Roepen helpt ons niet verder. Heb je een ander idee? Dan praten we erover."
voorstel_1 = Papa denkt na. "Je telefoon 's avonds beneden. Wat vind jij, Marieke?"
samen_1 = Mama knikt. "Goed. Wat zou jij eerlijk vinden?" Je zegt: "Vanaf negen uur ligt mijn telefoon beneden."
samen_2 = Mama zegt: "Dat vind ik goed. En op zondag praten we even over wat je online ziet."
samen_3 = Je knikt. Papa zegt: "Twee weken. Daarna kijken we samen hoe het gaat."
oke_1 = Papa knikt. "Een maand dus. Daarna kijken we verder."
oke_2 = Ik zei oké. Maar wat vind ik er eigenlijk zelf van?

volgende_keer = Mama vraagt: "Stel, je krijgt weer zo'n foto. Wat doe je dan?"
    .laten_zien = "Ik laat hem alleen even aan Fleur zien. Zij zegt het tegen niemand."
    .wissen_vertellen = "Ik wis hem en vertel het aan jullie."
    .bewaren = "Ik bewaar hem. Maar ik stuur hem niet door."
    .wissen_stil = "Ik wis hem en zeg niks."
    .explanation = Stuur hem niet door en laat hem aan niemand zien. Wis hem, en vertel het aan een volwassene die je vertrouwt. Die kan helpen om het te stoppen. Is iemand op de foto jonger dan 18? Dan kan ook bewaren strafbaar zijn.
    .starter = Wissen en niks zeggen voelt vaak het veiligst. Wat zou jou helpen om het toch aan iemand te vertellen?

keuze_hulp = Papa vraagt: "En als je twijfelt? Naar wie ga je dan?"
    .ouders = "Naar jullie. Ook als het moeilijk is."
    .mentor = "Naar mijn mentor, meneer Bakker."
    .tante = "Naar tante Eva. Met haar praat ik makkelijk."
    .weet_niet = "Dat weet ik niet."

hulp_antwoord = { $hulp ->
        [1] Mama glimlacht een beetje. "Daar ben ik blij om."
        [2] Papa knikt. "Goed. Meneer Bakker kent jou goed."
        [3] Mama lacht een beetje. "Tante Eva. Ja, dat past bij jou."
       *[4] Mama zegt: "Je kunt ook de Kindertelefoon bellen. Je hoeft je naam niet te zeggen."
    }
afspraken_klaar = { $samen ->
        [true] Papa schrijft alles op. Jullie bedachten het samen. Mama hangt het blaadje op de koelkast.
       *[false] Papa schrijft alles op. Mama hangt het blaadje op de koelkast.
    }

## Nadenken

afspraak = Stel, jij zit aan deze keukentafel. Welke afspraak wil jij maken?
    .hint = Bijvoorbeeld over je telefoon of over hulp vragen. Er zijn geen foute antwoorden.
    .starter = { $samen ->
        [true] Amira bedacht de afspraak over haar telefoon samen met haar ouders. Welke afspraak schreef jij op? Met wie zou je hem willen maken?
       *[false] Welke afspraak schreef je op? Hoe zou je die samen met je ouders kunnen maken?
    }

belang = Stel, er gaat online weer iets mis. Hoe zeker ben je dat je het dan thuis kunt vertellen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = { $uitgesteld ->
        [true] Je liet Amira eerst zwijgen, tot de mentor belde. Wat maakt thuis vertellen voor jou zwaar? Wat zou je één punt zekerder maken?
       *[false] Amira vertelde het zelf aan haar ouders. Wat heb jij thuis nodig om dat ook te kunnen? Wat zou je één punt zekerder maken?
    }

eigen_situatie = En bij jou? Hoe hoorden jouw ouders wat er gebeurd was? Hoe ging dat gesprek?
    .hint = Namen zijn niet nodig. Je mag dit ook overslaan.
    .starter = Hoe ging het gesprek thuis bij jou? Wat ging net als bij Amira, en wat ging anders?

## Einde

einde_samen = { $samen ->
        [true] Jullie bedachten de afspraken samen. Zo worden het ook jouw afspraken.
       *[false] Papa bedacht de regel over je telefoon. Volgende keer kun jij ook meedenken.
    } { $uitgesteld ->
        [true] Eerst belde je mentor. Daarna praatten jullie toch samen.
       *[false] { $grapje ->
            [true] { $rechtgezet ->
                [true] Eerst noemde je het een grapje. Daarna was je eerlijk.
               *[false] Zeggen wat er echt gebeurde, maakt zo'n gesprek makkelijker.
            }
           *[false] Jij begon zelf het gesprek. Dat was moedig.
        }
    }
    .title = Samen afspraken gemaakt
einde_vast = { $zelf_gepland ->
        [true] Het gesprek liep vast. Maar jij koos zelf een moment om verder te praten.
       *[false] Het gesprek liep vast. Je moeder hield de deur open: morgen praten jullie verder.
    }
    .title = Morgen verder
