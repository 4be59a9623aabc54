# Stuur eens wat — Nederlandse tekst (brontaal).

scenario-title = Stuur eens wat
scenario-summary = Iemand die je leuk vindt, vraagt om een foto. Daarna ben jij degene die vraagt.

character-ayoub = Ayoub
character-nina = Nina
character-chaima = Chaima
character-luuk = Luuk
character-dewi = Dewi
character-kofi = Kofi

chat-dm_nina = Nina
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi

## Vrijdagavond: Ayoub

begin = Het is vrijdagavond. Jij bent Ayoub, 14 jaar. Je appt al twee weken met Nina.
leuk = Nina is 15. Ik vind haar echt leuk. Vindt zij mij ook leuk?
sara_1 = hey 😊 ik verveel me
    stuur eens wat leuks 😏
sara_2 = je weet wel 🙈
    nudes

keuze_eerst = Nina wacht op je antwoord. Wat doe je?
    .nee = Ik schrijf: Nee, dat wil ik niet.
    .later = Ik schrijf: Haha, misschien later.
    .sturen = Ik stuur een foto.

ilias_nee = nee dat wil ik niet
ilias_later = haha misschien later 😅
druk_1 = { $nee ->
        [true] ah joh doe niet zo moeilijk 🙄
       *[false] waarom later? nu kan toch ook 😘
    }
druk_2 = iedereen doet het
    is echt niks bijzonders
druk_3 = als je me echt leuk vindt doe je het 🥺
stuur_1 = Je maakt een foto. Je twijfelt even. Dan tik je op Verzenden.
stuur_2 = wauw 😍 stuur je er nog een?
    eentje maar
stuur_3 = Ze wil er nóg een. En waar blijft mijn eerste foto nu?

keuze_druk = Nina blijft vragen. Wat doe je nu?
    .blokkeren = Ik blokkeer Nina.
    .vertellen = Ik stop met appen. Ik vertel het aan mijn zus.
    .nee_weer = { $gestuurd ->
        [true] Ik schrijf: Nee. Ik stuur niks meer.
       *[false] Ik schrijf: Nee. Stop met vragen.
    }
    .sturen = { $gestuurd ->
        [true] Ik stuur er nog een. Dan houdt ze op.
       *[false] Ik stuur toch een foto. Dan houdt ze op.
    }

blok_1 = Je tikt op Blokkeren. Nina kan je niks meer sturen. { $gestuurd ->
        [true] Wat je stuurde, heeft ze nog wel. Maar het zeuren is voorbij.
       *[false] Het is stil op je telefoon. Eindelijk rust.
    }
zus_1 = Je gaat naar je zus Chaima. Ze is 17. Je laat haar de berichten zien.
zus_2 = Chaima zegt: "Fijn dat je het mij laat zien. Nina bleef maar vragen. Dat is niet oké."
zus_3 = { $gestuurd ->
        [true] Ze zegt: "Het is niet jouw schuld. Gaat je foto rond? Dan helpt Helpwanted om hem weg te halen."
       *[false] Ze zegt: "Je hoeft niks te sturen. Ook niet als iemand blijft vragen."
    }
zus_4 = Samen blokkeren jullie Nina. Je voelt je al wat lichter.
nee2_1 = { $gestuurd ->
        [true] nee. ik stuur niks meer
            stop met vragen
       *[false] nee. ik wil het niet
            stop met vragen
    }
nee2_2 = pff wat ben jij saai 🙄
    dan vraag ik het wel aan een ander
nee2_3 = Dat doet pijn. Maar mijn nee blijft nee.
stuur2_1 = Je stuurt een foto. Nina stuurt een hartje terug.
stuur2_2 = De volgende ochtend staat er weer een bericht van Nina.
stuur2_3 = goedemorgen 😘 vanavond weer eentje?

keuze_ochtend = Het houdt niet op. Wat doe je nu?
    .blokkeren = Ik blokkeer Nina.
    .vertellen = Ik vertel het aan mijn zus Chaima.

ilias_gevoel = Je bent Ayoub. Hoe voel je je na dit gesprek met Nina? Kies wat past.
    .starter = { $gestuurd ->
            [true] Ayoub stuurde toch een foto. Welke gevoelens koos je voor hem? Wat speelde er toen in zijn hoofd, denk je?
           *[false] Welke gevoelens koos je voor Ayoub? Wat maakte dat je die koos?
        }
moeilijk = Waarom is nee zeggen soms moeilijk? Vooral tegen iemand die je leuk vindt?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = { $gestuurd ->
            [true] Ayoub stuurde toch een foto, omdat Nina bleef vragen. Wat maakte nee zeggen zo moeilijk? Wat herken je daarvan?
           *[false] { $nee ->
                [true] Ayoub zei nee tegen Nina. Wat hielp hem daarbij, denk je? Wat zou jou helpen?
               *[false] Ayoub schreef eerst "misschien later". Wat maakt een duidelijk nee zo moeilijk? Wanneer merkte jij dat zelf?
            }
        }

goed_weten = Goed om te weten: gaat een foto van jou rond? Dan is dat niet jouw schuld. Helpwanted helpt om hem offline te halen.
goed_weten_2 = Soms dreigt iemand jouw foto te delen. Of iemand vraagt geld. Dat heet afpersing, en dat is strafbaar.
goed_weten_3 = Gebeurt dat? Maak eerst screenshots. Blokkeer daarna. Stuur niks meer en betaal niks.
goed_weten_4 = Vertel het meteen aan iemand die je vertrouwt. Of vraag hulp aan de politie of de Kindertelefoon.

## Een andere avond: Luuk

wissel_ruben = Een andere stad, een andere avond. Luuk is 15. Hij heeft een maand verkering met Dewi.
kofi_1 = yo luuk heeft dewi al een foto gestuurd? 😏
    ravi krijgt ze steeds van zijn vriendin
ruben_denkt = Dewi en ik hebben het daar nooit over gehad. Ik vraag het gewoon.
vraag = hey schat 😊 stuur je mij eens een foto?
    zo'n spannende 😏
dewi_nee = haha wat 🙈 nee
    dat wil ik niet

keuze_nee = Dewi zegt nee. Wat schrijf je terug?
    .accepteren = Oké, helemaal goed. Jij beslist.
    .aandringen = Kom op. Eentje maar.
    .grapje = Ik maak er een grapje van.

acc_1 = oké helemaal goed
    jij beslist
acc_2 = dank je 😊 fijn dat je niet gaat zeuren

dr_1 = kom op eentje maar
    je bent toch mijn vriendin? 😘
dr_2 = Dewi typt. Ze stopt. Ze typt weer.
dr_3 = oké dan… misschien morgen

keuze_oke = Dewi zegt nu oké. Wat doe je?
    .wachten = Ik schrijf: Yes! Ik wacht.
    .checken = Ik vraag of ze het echt wil.

wacht_1 = yes! ik wacht 😍
intrek_1 = wacht. ik wil het toch niet
    ik zei alleen oké omdat je bleef vragen
check_1 = wacht, wil je het echt?
    of zeg je het door mij?
check_2 = eerlijk? door jou
    ik wil het eigenlijk niet
check_3 = oké dan niet
    sorry dat ik zo doordrukte

gr_1 = haha jij durft gewoon niet 🐔😂
gr_2 = ha ha

keuze_stil = Daarna zegt Dewi niks meer. Ook geen nee. Wat doe je?
    .morgen = Ik vraag het morgen weer. Ze zei geen nee meer.
    .sorry = Ik zeg sorry voor mijn grapje.

sorry_1 = sorry, dat was een stomme grap
    je hoeft niks te sturen
sorry_2 = oké. ik vond het echt niet leuk
    maar dank je
weer_1 = goedemorgen 😏 durf je het vandaag wel?
weer_2 = ik zei gisteren al nee
    ik was stil omdat ik je grap stom vond

keuze_daarna = Wat schrijf je terug?
    .oke = { $aangedrongen ->
        [true] Oké. Sorry dat ik zo doordrukte.
       *[false] Oké. Sorry. Ik stop ermee.
    }
    .beloofd = Maar je zei net nog oké!
    .grapje = Relax. Het was maar een grapje.

oke_1 = { $aangedrongen ->
        [true] oké. sorry dat ik zo doordrukte
       *[false] oké sorry
            ik stop ermee
    }
oke_2 = dank je dat je luistert
beloofd_1 = maar je zei net nog oké!
beloofd_2 = ja omdat je bleef zeuren
    ik mag altijd nog nee zeggen
grap2_1 = relax het was maar een grapje 😂
grap2_2 = voor mij was het geen grapje
boos = ik wil nu even niet met je praten

kofi_2 = en?? heb je al een foto van dewi? 👀

keuze_kofi = Kofi wil het weten. Wat schrijf je?
    .opscheppen = Misschien wel 😎
    .eerlijk = Nee. Ze wil niet. Dat is haar keuze.
    .prive = Gaat je niks aan.

op_1 = misschien wel 😎
op_2 = echt?! dat zeg ik tegen ravi 💀
op_3 = Er is helemaal geen foto. Maar nu gaat er een praatje rond over Dewi.
eer_1 = nee. ze wil niet
    dat is haar keuze
eer_2 = oké respect
    eerlijk? ravi verzint de helft ook denk ik 😭
priv_1 = gaat je niks aan
priv_2 = ooh geheimzinnig 😏 dus wel
priv_3 = Nu denkt hij dat er een foto is. Dat klopt niet eens.

## Nadenken

toestemming = { $grap ->
        [true] Luuk maakte een grapje over de nee van Dewi. Daarna zei ze niks meer. Wat betekent dat?
       *[false] Stel: Luuk vraagt om een foto. Daarna zegt Dewi niks meer. Wat betekent dat?
    }
    .later = Ze twijfelt nog. Hij kan het morgen weer vragen.
    .geen_ja = Het is geen ja. Stil zijn is geen toestemming.
    .ja = Ze vindt het goed, anders zei ze nee.
    .explanation = Niks zeggen is geen ja. Alleen een echte ja telt, zonder druk. En een ja mag je altijd weer terugnemen.
    .starter = Hoe merk jij of iemand echt ja bedoelt? En hoe merk je dat iemand twijfelt?

oordeel = { $aangedrongen ->
        [true] Dewi zei nee. Luuk bleef vragen. Toen zei ze: "Oké dan." Welke vlag geef jij Luuk?
       *[false] Stel: Dewi zegt nee. Luuk blijft vragen. Dan zegt ze: "Oké dan." Welke vlag geef jij Luuk?
    }
    .explanation = Rood. Dewi zei eerst nee. Haar "oké" kwam door druk. Dan is het geen vrije keuze. En dan is het ook geen echte toestemming. Dreigt of dwingt iemand? Dan is het zwart.
    .starter = { $aangedrongen ->
            [true] Jouw Luuk bleef vragen na de nee van Dewi. Welke vlag gaf je hem? Hoe kijk je daar nu op terug?
           *[false] Welke vlag gaf je Luuk? Wanneer wordt vragen voor jou aandringen?
        }

belang = Stel: je vraagt iemand iets en je hoort nee. Hoe goed lukt het jou om dan meteen te stoppen met vragen?
    .low = Lukt me niet
    .high = Lukt me altijd
    .followup = Waarom geen lager cijfer?
    .starter = Wat helpt jou om te stoppen als je een nee hoort? Wanneer is dat lastiger?

jouw_bericht = Stel: jij vraagt iemand om een foto. Die zegt nee. Wat app jij terug? Schrijf het bericht op.
    .hint = Schrijf het zoals jij het echt zou appen.
    .starter = Welk bericht schreef je? Hoe zou het voelen om dat echt te sturen?

eigen_situatie = Heb jij zoiets ooit meegemaakt? Als degene die vroeg, of die gevraagd werd? Vertel het als je wilt, zonder namen.
    .hint = Overslaan mag ook.
    .starter = Wat uit dit verhaal lijkt op wat jij meemaakte? Leek jij toen meer op Ayoub of op Luuk? Wat zou je nu anders doen?

## Einde

einde_respect = { $geheim ->
        [true] Jij hoorde een nee en luisterde meteen. Tegen Kofi mag je ook gewoon zeggen: er is geen foto.
       *[false] Jij hoorde een nee en luisterde meteen. Zo blijft het voor allebei veilig.
    }
    .title = Nee is nee
einde_toch = { $grap ->
        [true] Een grapje over een nee is ook druk. Jij stopte ermee, en dat telt.
       *[false] Een ja onder druk is geen echte ja. Jij luisterde uiteindelijk toch.
    }
    .title = Je luisterde toch
einde_grens = { $geaccepteerd ->
        [true] Je accepteerde de nee van Dewi. Maar ook een praatje over een foto doet haar pijn.
       *[false] { $opgeschept ->
            [true] Doorduwen maakt van een nee geen ja. En een praatje over een foto doet Dewi ook pijn.
           *[false] Doorduwen maakt van een nee geen ja. Dewi mag altijd nee zeggen, ook na een ja.
        }
    }
    .title = Over de grens van Dewi
