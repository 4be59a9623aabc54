# Aan de keukentafel — Nederlandse tekst (brontaal).

scenario-title = Aan de keukentafel
scenario-summary = Amira moet haar ouders vertellen dat ze naar Halt moet.

character-amira = Amira
character-marieke = Marieke
character-youssef = Youssef
character-fleur = Fleur

chat-dm_fleur = Fleur
chat-dm_mama = Mama

## Donderdagmiddag: Amira

begin = Het is donderdagmiddag. Je fietst van school naar huis.
school_1 = Vandaag had je op school een gesprek met een agent. Het ging over Ruben.
school_2 = Twee weken geleden stuurde Ruben jou een naaktfoto. Alleen aan jou.
school_3 = Jij zette die foto in een groepsapp. Nu gaat hij rond op school.
school_4 = De agent zei: "Je gaat naar Halt. Maak je dat goed af? Dan krijg je geen strafblad."
denk_1 = Halt neemt ook contact op met papa en mama. En die weten nog van niks.
fleur_1 = Hé. Heb je het al verteld thuis?
fleur_2 = Zeg gewoon dat het een grapje was. Dan valt het wel mee 🤷‍♀️
tafel_1 = Om zes uur zit je met papa en mama aan tafel. Papa heeft gekookt.

keuze_moment = Je bent erg zenuwachtig. Wanneer begin je over Halt?
    .nu = Nu meteen, hier aan tafel.
    .later = Ik vraag of we na het eten even kunnen praten.
    .niks = Ik zeg niks. Misschien gaat het vanzelf over.

nu_1 = Je legt je vork neer. Je zegt: "Ik moet jullie iets vertellen."
later_1 = Na het eten zeg je: "Kunnen we even praten? Het is belangrijk."
niks_1 = Je zegt niks. Na het eten ga je snel naar je kamer.
niks_2 = Beneden gaat de telefoon. Je hoort mama zeggen: "Halt? Over Amira?"
niks_3 = Even later roept mama je naar de keuken. "Er belde iemand van Halt. Wat is er gebeurd?"
vertel_denk = Ze wachten op mij. Fleur zei: zeg dat het een grapje was.

keuze_vertellen = Papa en mama kijken je aan. Wat vertel je?
    .eerlijk = Ik vertel alles eerlijk. Ook wat ik zelf deed.
    .grapje = Ik zeg dat het maar een grapje was.
    .half = Ik vertel een klein stukje. De rest hou ik voor me.

eerlijk_1 = Je zegt: "Ruben stuurde mij een naaktfoto. Ik heb hem doorgestuurd naar een groep. Ik vroeg het hem niet."
grapje_1 = Je zegt: "Ik stuurde een naaktfoto van Ruben door. Het was maar een grapje."
half_1 = Je zegt: "Er gaat een foto rond op school. Ik heb er iets mee te maken."
half_2 = Mama vraagt: "Wat voor foto? Wat heb jij gedaan?"
half_3 = Je kijkt naar de tafel. Zacht zeg je: "Een naaktfoto van Ruben. Ik heb hem doorgestuurd."
politie = { $uitgesteld ->
        [true] Je zegt: "Een agent heeft met me gepraat. Daarom belde Halt."
       *[false] Je zegt: "Een agent heeft met me gepraat. Ik moet naar Halt."
    }

## Marieke, de moeder, hoort het

wissel_mama = Je bent Marieke, de moeder van Amira. Je hoort wat je dochter vertelt.
mama_1 = De politie? Halt? Mijn eigen dochter?
mama_2 = { $uitgesteld ->
        [true] Waarom hoor ik dit van iemand aan de telefoon? Waarom niet van haar?
       *[false] { $grapje ->
            [true] Een grapje? Voor Ruben is dit vast geen grapje.
           *[false] Ze vertelt het zelf. Ik zie hoe moeilijk dat voor haar is.
        }
    }
mama_3 = En Ruben? Zijn foto gaat rond op school. Hoe voelt die jongen zich nu?
mama_4 = Heb ik iets gemist? We praten thuis nooit over zulke dingen.

mama_gevoel = Je bent Marieke. Wat voel je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Marieke? Wat denk je dat jouw ouders voelden toen ze het hoorden?

mama_5 = Ik ben boos en bang. Maar ze blijft mijn kind.

## Weer Amira: de reacties

wissel_amira = Je bent weer Amira. Mama heeft tranen in haar ogen.
papa_1 = Papa staat op. Hij loopt heen en weer door de keuken.
papa_2 = { $grapje ->
        [true] Hij zegt hard: "Een grapje? Hoe kón je dit doen?"
       *[false] Hij zegt hard: "Hoe kón je dit doen, Amira?"
    }

keuze_reactie = Je wilt het liefst weg. Wat doe je?
    .boos = Ik roep: "Jullie snappen er niks van!" En ik loop weg.
    .stil = Ik zeg niks en kijk naar de tafel.
    .snap = Ik zeg: "Jullie mogen boos zijn. Ik weet dat het fout was."
    .rechtzetten = Ik zeg: "Sorry. Het was geen grapje. Het was fout."

stil_1 = Papa zegt: "Zeg dan iets!" Mama legt haar hand op zijn arm.
stil_2 = Na een tijdje zeg je zacht: "Ik schaam me zo."
snap_1 = Papa blijft staan. Hij haalt diep adem.
rechtzetten_1 = Papa kijkt je aan. "Dank je. Dit is tenminste eerlijk."

boos_1 = Je rent de trap op. Je slaat je deur dicht en gaat op bed liggen.
kamer_2 = Ik ben geschrokken. En boos. Maar ik hou van je ❤️
kamer_3 = Kom je weer naar beneden? Of praten we morgen verder?

keuze_kamer = Wat doe je?
    .terug = Ik ga weer naar beneden.
    .morgen = Ik vraag of we morgen verder kunnen praten.
    .niks = Ik stuur niks terug.

terug_1 = Je loopt de trap af. Papa staat nog in de keuken. Je zegt zacht: "Sorry."
morgen_1 = Kunnen we morgen na school praten? Sorry mam.
morgen_2 = Goed. Morgen na school, met z'n drieën. Slaap lekker 💛
stilte_1 = Later klopt mama op je deur. Ze zegt: "Morgen na school praten we verder."
vast_denk = Vandaag ging het mis. Morgen krijg ik een nieuwe kans.

## Steun en afspraken

steun_1 = Papa gaat weer zitten. "Ik ben boos. Maar ik laat je niet vallen."
steun_2 = Mama pakt je hand. "We gaan dit samen doen."
zorg_1 = Papa vraagt: "Wat betekent dit voor later? Krijg je een strafblad?"
zorg_2 = Je zegt: "Niet als ik Halt goed afmaak. Jullie komen mee naar het eerste gesprek."
ruben_1 = Mama vraagt: "En Ruben? Weet je hoe het met hem gaat?"
ruben_2 = Nee. Dat heb ik hem nooit gevraagd.
ruben_3 = Mama zegt: "Misschien kun je later sorry zeggen. Via Halt. Ruben beslist zelf of hij dat wil."
telefoon_1 = Papa pakt pen en papier. "We maken afspraken. Eerst je telefoon: die lever je een maand in."

keuze_telefoon = Wat zeg je?
    .oneerlijk = "Een maand? Dat is echt oneerlijk!"
    .voorstel = "Kan het anders? 's Avonds leg ik hem beneden."
    .oke = Ik zeg alleen: "Oké."

oneerlijk_1 = Papa zucht. "Oneerlijk? Ruben krijgt zijn foto nooit meer terug."
oneerlijk_2 = Mama zegt: "Laten we het anders doen. Vanaf negen uur ligt je telefoon beneden."
voorstel_1 = Papa denkt na. "Goed. Vanaf negen uur ligt hij beneden. Jouw idee."
oke_1 = Papa knikt. "Een maand dus. Daarna kijken we samen verder."
oke_2 = Ik zei oké. Maar wat vind ik er eigenlijk zelf van?

volgende_keer = Mama vraagt: "Stel, je krijgt weer zo'n foto. Wat doe je dan?"
    .laten_zien = "Ik laat hem alleen aan Fleur zien."
    .bewaren = "Ik bewaar hem. Maar ik stuur hem niet door."
    .wissen_vertellen = "Ik stuur hem niet door en laat hem niet zien. Ik wis hem en vertel het aan jullie."
    .explanation = Stuur hem niet door en laat hem aan niemand zien. Wis hem. Vertel het aan een volwassene die je vertrouwt. Is iemand op de foto jonger dan 18? Dan kan ook bewaren strafbaar zijn.
    .starter = Stel, jij krijgt zo'n foto. Wat zou je doen? Wat maakt dat makkelijk of moeilijk?

keuze_hulp = Papa vraagt: "En als je twijfelt? Naar wie ga je dan?"
    .ouders = "Naar jullie. Ook als het moeilijk is."
    .mentor = "Naar mijn mentor, meneer Bakker."
    .tante = "Naar tante Dewi. Met haar praat ik makkelijk."
    .weet_niet = "Dat weet ik niet."

hulp_antwoord = { $hulp ->
        [1] Mama glimlacht een beetje. "Daar ben ik blij om."
        [2] Papa knikt. "Goed. Meneer Bakker kent jou goed."
        [3] Mama lacht een beetje. "Tante Dewi. Ja, dat past bij jou."
       *[4] Mama zegt: "Je kunt ook de Kindertelefoon bellen. Je hoeft je naam niet te zeggen."
    }
afspraken_klaar = { $voorstel ->
        [true] Papa schrijft alles op. Jouw eigen idee staat er ook bij.
       *[false] Papa schrijft alles op. Mama hangt het blaadje op de koelkast.
    }

## Nadenken

afspraak = Stel, jij zit aan deze keukentafel. Welke afspraak wil jij maken?
    .hint = Bijvoorbeeld over je telefoon, over de volgende keer, of over hulp vragen. Er zijn geen foute antwoorden.
    .starter = Welke afspraak schreef je op? Wat heb je nodig om je eraan te houden?

belang = Stel, er gaat online iets mis. Hoe belangrijk vind jij het om dat thuis te vertellen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat zou praten thuis makkelijker maken?

## Einde

einde_samen = { $grapje ->
        [true] { $rechtgezet ->
            [true] Eerst noemde je het een grapje. Daarna was je eerlijk, en toen konden jullie samen verder.
           *[false] Jullie maakten samen afspraken. Zeggen wat er echt gebeurde, maakt zo'n gesprek makkelijker.
        }
       *[false] { $uitgesteld ->
            [true] Je ouders hoorden het eerst van Halt. Toch maakten jullie daarna samen afspraken.
           *[false] Jij begon zelf het gesprek. Daardoor konden jullie samen afspraken maken.
        }
    }
    .title = Samen afspraken gemaakt
einde_vast = { $zelf_gepland ->
        [true] Het gesprek liep vast. Maar jij koos zelf een moment om verder te praten.
       *[false] Het gesprek liep vast. Je moeder hield de deur open: morgen praten jullie verder.
    }
    .title = Morgen verder
