# Stuur eens wat — Nederlandse tekst (brontaal).

scenario-title = Stuur eens wat
scenario-summary = Iemand die je leuk vindt, vraagt om een foto. Daarna ben jij degene die vraagt.

character-ilias = Ilias
character-sara = Sara
character-amira = Amira
character-ruben = Ruben
character-dewi = Dewi
character-kofi = Kofi

chat-dm_sara = Sara
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi

## Vrijdagavond: Ilias

begin = Het is vrijdagavond. Jij bent Ilias, 14 jaar. Je appt al twee weken met Sara.
leuk = Sara is 15. Ik vind haar echt leuk. Vindt zij mij ook leuk?
sara_1 = Hey 😊 Ik verveel me. Stuur eens wat leuks 😏
sara_2 = Je weet wel 🙈 Een naaktfoto.

keuze_eerst = Sara wacht op je antwoord. Wat doe je?
    .nee = Ik schrijf: Nee, dat wil ik niet.
    .later = Ik schrijf: Haha, misschien later.
    .sturen = Ik stuur een foto.

ilias_nee = Nee. Dat wil ik niet.
ilias_later = Haha misschien later 😅
druk_1 = { $nee ->
        [true] Ah joh. Doe niet zo moeilijk 🙄
       *[false] Waarom later? Nu kan toch ook 😘
    }
druk_2 = Iedereen doet het. Het is echt niks bijzonders.
druk_3 = Als je me echt leuk vindt, doe je het.
stuur_1 = Je maakt een foto. Je twijfelt even. Dan tik je op Verzenden.
stuur_2 = Wauw 😍 Stuur je er nog een? Eentje maar.
stuur_3 = Ze wil er nóg een. En waar blijft mijn eerste foto nu?

keuze_druk = Sara blijft vragen. Wat doe je nu?
    .blokkeren = Ik blokkeer Sara.
    .vertellen = Ik stop met appen. Ik vertel het aan mijn zus.
    .nee_weer = { $gestuurd ->
        [true] Ik schrijf: Nee. Ik stuur niks meer.
       *[false] Ik schrijf: Nee. Stop met vragen.
    }
    .sturen = { $gestuurd ->
        [true] Ik stuur er nog een. Dan houdt ze op.
       *[false] Ik stuur toch een foto. Dan houdt ze op.
    }

blok_1 = Je tikt op Blokkeren. Sara kan je niks meer sturen. { $gestuurd ->
        [true] Je foto heeft ze nog wel. Maar het zeuren is voorbij.
       *[false] Het is stil op je telefoon. Eindelijk rust.
    }
zus_1 = Je gaat naar je zus Amira. Ze is 17. Je laat haar de berichten zien.
zus_2 = Amira zegt: "Goed dat je het vertelt. Sara bleef maar duwen. Dat is niet oké."
zus_3 = { $gestuurd ->
        [true] Ze zegt: "Het is niet jouw schuld. Gaat je foto rond? Dan helpt Helpwanted om hem weg te halen."
       *[false] Ze zegt: "Je hoeft niks te sturen. Ook niet als iemand blijft vragen."
    }
zus_4 = Samen blokkeren jullie Sara. Je voelt je al wat lichter.
nee2_1 = { $gestuurd ->
        [true] Nee. Ik stuur niks meer. Stop met vragen.
       *[false] Nee. Ik wil het niet. Stop met vragen.
    }
nee2_2 = Pff. Wat ben jij saai 🙄 Dan vraag ik het wel aan een ander.
nee2_3 = Dat doet pijn. Maar ik bleef bij mijn nee.
stuur2_1 = Je stuurt een foto. Sara stuurt een hartje terug.
stuur2_2 = De volgende ochtend staat er weer een bericht van Sara.
stuur2_3 = Goedemorgen 😘 Vanavond weer eentje?

keuze_ochtend = Het houdt niet op. Wat doe je nu?
    .blokkeren = Ik blokkeer Sara.
    .vertellen = Ik vertel het aan mijn zus Amira.

ilias_gevoel = Je bent Ilias. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Ilias? Wat maakte dat je die koos?
moeilijk = Waarom is nee zeggen soms moeilijk? Vooral tegen iemand die je leuk vindt?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Wat maakte nee zeggen moeilijk voor Ilias? Herken je daar iets van?

goed_weten = Goed om te weten: gaat een foto van jou rond? Dan is dat niet jouw schuld. Helpwanted helpt om hem offline te halen.
goed_weten_2 = Soms dreigt iemand jouw foto te delen. Of iemand vraagt geld. Dat heet afpersing, en dat is strafbaar.
goed_weten_3 = Gebeurt dat? Stuur dan niks meer en betaal niks. Vraag meteen hulp, bij de politie of de Kindertelefoon.

## Een andere avond: Ruben

wissel_ruben = Een andere stad, een andere avond. Ruben is 15. Hij heeft een maand verkering met Dewi.
kofi_1 = Yo Ruben. Heeft Dewi al een foto gestuurd? 😏 Tim krijgt ze steeds van zijn vriendin.
ruben_denkt = Dewi en ik hebben het daar nooit over gehad. Ik vraag het gewoon.
vraag = Hey schat 😊 Stuur je mij eens een foto? Zo'n spannende 😏
dewi_nee = Haha wat 🙈 Nee. Dat wil ik niet.

keuze_nee = Dewi zegt nee. Wat schrijf je terug?
    .accepteren = Oké, helemaal goed. Jij beslist.
    .aandringen = Kom op. Eentje maar.
    .grapje = Ik maak er een grapje van.

acc_1 = Oké, helemaal goed. Jij beslist.
acc_2 = Dank je 😊 Fijn dat je niet gaat zeuren.

dr_1 = Kom op. Eentje maar. Je bent toch mijn vriendin? 😘
dr_2 = Dewi typt. Ze stopt. Ze typt weer.
dr_3 = Oké dan… Misschien morgen.

keuze_oke = Dewi zegt nu oké. Wat doe je?
    .wachten = Ik schrijf: Yes! Ik wacht 😍
    .checken = Ik vraag of ze het echt wil.

wacht_1 = Yes! Ik wacht 😍
intrek_1 = Wacht. Ik wil het toch niet. Ik zei alleen oké omdat je bleef vragen.
check_1 = Wacht. Wil je het echt? Of zeg je het door mij?
check_2 = Eerlijk? Door jou. Ik wil het eigenlijk niet.
check_3 = Oké. Dan niet. Sorry dat ik zo doordrukte.

gr_1 = Haha jij durft gewoon niet 😂🐔
gr_2 = Ha ha.

keuze_stil = Daarna zegt Dewi niks meer. Ook geen nee. Wat doe je?
    .morgen = Ik vraag het morgen weer. Ze zei geen nee meer.
    .sorry = Ik zeg sorry voor mijn grapje.

sorry_1 = Sorry. Dat was een stomme grap. Je hoeft niks te sturen.
sorry_2 = Oké. Ik vond het echt niet leuk. Maar dank je.
weer_1 = Goedemorgen 😏 Durf je het vandaag wel?
weer_2 = Ik zei gisteren al nee. Ik was stil omdat ik je grap stom vond.

keuze_daarna = Wat schrijf je terug?
    .oke = { $aangedrongen ->
        [true] Oké. Sorry dat ik zo doordrukte.
       *[false] Oké. Sorry. Ik stop ermee.
    }
    .beloofd = Maar je zei net nog oké!
    .grapje = Relax. Het was maar een grapje 😂

oke_1 = { $aangedrongen ->
        [true] Oké. Sorry dat ik zo doordrukte.
       *[false] Oké. Sorry. Ik stop ermee.
    }
oke_2 = Dank je dat je luistert.
beloofd_1 = Maar je zei net nog oké!
beloofd_2 = Ja, omdat je bleef zeuren. Ik mag altijd nog nee zeggen.
grap2_1 = Relax. Het was maar een grapje 😂
grap2_2 = Voor mij was het geen grapje.
boos = Ik wil nu even niet met je praten.

kofi_2 = En?? Heb je al een foto van Dewi? 😏

keuze_kofi = Kofi wil het weten. Wat schrijf je?
    .opscheppen = Misschien wel 😎
    .eerlijk = Nee. Ze wil niet. Dat is haar keuze.
    .prive = Gaat je niks aan.

op_1 = Misschien wel 😎
op_2 = Echt?! Dat zeg ik tegen Tim 😂
op_3 = Er is helemaal geen foto. Maar nu gaat er een praatje rond over Dewi.
eer_1 = Nee. Ze wil niet. Dat is haar keuze.
eer_2 = Oké, respect. Eerlijk? Tim verzint de helft ook, denk ik 😅
priv_1 = Gaat je niks aan.
priv_2 = Ooh geheimzinnig 😏 Dus wel!
priv_3 = Nu denkt hij dat er een foto is. Dat klopt niet eens.

## Nadenken

toestemming = Ruben vraagt om een foto. Daarna zegt Dewi niks meer. Wat betekent dat?
    .ja = Ze vindt het goed.
    .geen_ja = Het is geen ja. Niks zeggen is geen toestemming.
    .later = Ze twijfelt. Hij moet het later nog eens vragen.
    .explanation = Niks zeggen is geen ja. Alleen een echte ja telt, zonder druk. En iemand mag een ja altijd weer intrekken.
    .starter = Wat koos je? Hoe merk jij of iemand echt ja bedoelt?

oordeel = Dewi zegt nee. Ruben blijft vragen. Dan zegt ze: "Oké dan." Welke vlag geef jij Ruben?
    .explanation = Rood. Dewi zei eerst nee. Haar "oké" kwam door druk. Dan is het geen vrije keuze. En dan is het ook geen echte toestemming. Dreigt of dwingt iemand? Dan is het zwart.
    .starter = Welke vlag gaf je Ruben? Wanneer wordt vragen voor jou aandringen?

belang = Hoe belangrijk vind jij het om een nee meteen te accepteren?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wanneer vind jij een nee moeilijk om te horen?

jouw_bericht = Stel: jij vraagt iemand om een foto. Die zegt nee. Wat app jij terug? Schrijf het bericht op.
    .hint = Schrijf het zoals jij het echt zou appen.
    .starter = Welk bericht schreef je? Hoe zou het voelen om dat echt te sturen?

## Einde

einde_respect = Jij hoorde een nee en luisterde meteen. Zo blijft het voor allebei veilig.
    .title = Nee is nee
einde_toch = { $grap ->
        [true] Een grapje over een nee is ook druk. Jij stopte ermee, en dat telt.
       *[false] Een ja onder druk is geen echte ja. Jij luisterde uiteindelijk toch.
    }
    .title = Je luisterde toch
einde_grens = { $geaccepteerd ->
        [true] Je accepteerde de nee van Dewi. Maar ook een praatje over een foto doet haar pijn.
       *[false] Doorduwen maakt van een nee geen ja. Dewi mag altijd nee zeggen, ook na een ja.
    }
    .title = Over de grens van Dewi
