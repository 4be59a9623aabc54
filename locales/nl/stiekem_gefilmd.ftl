# Stiekem gefilmd — Nederlandse tekst (brontaal).

scenario-title = Stiekem gefilmd
scenario-summary = Ryan filmt stiekem in de kleedkamer. Het filmpje van Ahmed gaat rond.

character-yassin = Yassin
character-ahmed = Ahmed
character-ryan = Ryan
character-demi = Demi
character-maud = Maud
character-bos = Mevrouw Bos

chat-dm_ryan = Ryan
chat-kleedkamer = kleedkamer 💀
chat-dm_demi = Demi
chat-dm_bos = Mevrouw Bos
chat-dm_ahmed = Ahmed
chat-van_yassin = Yassin
chat-dm_maud = Maud

## Dinsdag, voor gym: Yassin

begin = Dinsdag, het vierde uur. Straks heb je gym bij Mevrouw Bos, jullie mentor. Naast je zit Ahmed, je beste vriend.
ryan_1 = yo na gym zet ik mn camera aan in de kleedkamer 👀
ryan_2 = ahmed doet altijd zo stoer. wordt lachen 💀
ryan_3 = zet jij mn telefoon in jouw tas? niemand checkt jouw tas 😂
keuze_telefoon = Ahmed weet hier niks van. Wat doe je?
    .verstoppen = Ik zet zijn telefoon straks in mijn tas.
    .weigeren = Ik schrijf terug: nee, doe normaal.
    .negeren = Ik doe alsof ik het niet lees.

verstoppen_1 = Na gym geeft Ryan je zijn telefoon. De camera staat aan. Je zet hem in je tas.
verstoppen_2 = Het is maar een grapje. Toch?
weigeren_1 = nee doe normaal. dit is echt niet oké
weigeren_2 = boeiend 🙄 het zijn alleen jongens. dan doe ik het zelf
negeren_1 = Je legt je telefoon weg. Hij trilt nog twee keer.

kleedkamer = In de kleedkamer maakt Ahmed grapjes, zoals altijd. { $geholpen ->
        [true] Niemand weet van de camera. Alleen Ryan en jij.
       *[false] Ryans tas staat open op de bank. Filmt hij nu?
    }

## Dinsdagavond: het filmpje

avond = Het is dinsdagavond. Ryan maakt een groep: "kleedkamer 💀". Er zitten twaalf jongens uit je klas in. Ahmed niet.
groep_1 = ahmed na gym 💀💀 wacht tot het eind 😭
groep_3 = { $geholpen ->
        [true] Dit is gefilmd vanuit mijn tas.
       *[false] Hij heeft het echt gedaan.
    } En Ahmed weet van niks.

keuze_groep = Wat doe jij?
    .lachen = Ik kijk het filmpje en stuur 💀💀.
    .kijken = Ik kijk het filmpje, maar ik zeg niks.
    .stop = Ik kijk het niet. Ik schrijf dat het weg moet.

lachen_1 = 💀💀
lachen_2 = yes yassin 😂 wie nog meer
kijken_1 = Je kijkt het filmpje. Twaalf seconden. Je zegt niks. Zo val je niet op.
stop_1 = ryan haal dit weg. dit kan echt niet
stop_2 = wat zeur je nou 🙄 hij ziet het toch niet
stop_3 = Ryan haalt het filmpje uit de groep. Maar wie het al had, heeft het nog.

demi_1 = yassin is er een filmpje van ahmed?? 😳 stuur ff 👀 ik zeg niks

keuze_demi = Demi zit in 3A. Wat doe je?
    .doorsturen = Ik stuur haar het filmpje.
    .nee = Ik schrijf: nee, dat doe ik niet.
    .melden = Ik zeg nee. En ik stuur Mevrouw Bos een bericht.

door_1 = niet doorsturen he
door_2 = omg 😭 arme ahmed. maud moet dit zien
door_3 = Nu heeft Maud het ook. En wie nog meer?
nee_1 = nee. ahmed weet het niet eens
nee_2 = oké oké 😬
melden_1 = Mevrouw Bos, Ryan heeft Ahmed stiekem gefilmd in de kleedkamer. Het filmpje gaat rond.
melden_2 = Bedankt voor je bericht, Yassin. Stuur het niet door en wis het. Ik noem jouw naam niet. Morgen vroeg help ik Ahmed.

## Dinsdagnacht

keuze_ahmed = Het is bijna elf uur. Ahmed is online. Weet hij het al? Wat doe je?
    .sorry = Ik stuur Ahmed een appje: sorry.
    .steun = Ik app Ahmed wat er rondgaat. En dat ik achter hem sta.
    .mentor_vragen = { $geholpen ->
            [true] Ik vraag Mevrouw Bos morgen hoe ik het goed kan maken.
           *[false] { $gedeeld ->
                [true] Ik vraag Mevrouw Bos morgen hoe ik het goed kan maken.
               *[false] Ik vraag Mevrouw Bos morgen hoe ik Ahmed kan helpen.
            }
        }
    .niks = Niks. Ik leg mijn telefoon weg.

sorry_1 = Je stuurt Ahmed sorry. Twee blauwe vinkjes. Hij schrijft niks terug.
steun_1 = Je appt Ahmed wat er rondgaat. En dat je achter hem staat.
vragen_1 = Morgen om acht uur ga ik naar Mevrouw Bos.
niks_1 = Het is niet mijn filmpje. Ik wil hier niet in zitten.

## Ahmed

wissel_ahmed = { $sorry_dm ->
        [true] Dinsdag, elf uur 's avonds. Ahmed ligt in bed. Zijn telefoon trilt.
       *[false] { $steun_dm ->
            [true] Dinsdag, elf uur 's avonds. Ahmed ligt in bed. Zijn telefoon trilt.
           *[false] Woensdag, kwart over zeven. Ahmed pakt zijn telefoon.
        }
    }

ahmed_sorry_1 = { $geholpen ->
        [true] ahmed sorry 😔 ryan heeft je gefilmd na gym. zijn telefoon stond in mijn tas
       *[false] ahmed sorry 😔 er gaat een filmpje van jou rond. ik heb het naar demi gestuurd
    }
ahmed_sorry_2 = { $geholpen ->
        [true] Een filmpje van mij? Vanuit de tas van Yassin? Wie wisten het nog meer?
       *[false] Een filmpje van mij? Yassin stuurde het door? Naar wie nog meer?
    }
ahmed_sorry_3 = Ahmed weet niet wat hij terug moet sturen. Hij slaapt bijna niet.
ahmed_steun_1 = ahmed, ryan heeft je stiekem gefilmd na gym. het gaat rond 😳
ahmed_steun_2 = ik heb het niet doorgestuurd. ik sta achter je
ahmed_steun_3 = Gefilmd? Ahmed heeft niks gemerkt. Gelukkig hoorde hij het van een vriend. Toch slaapt hij bijna niet.
ahmed_maud_1 = ahmed heb je het al gehoord?? er gaat een filmpje van jou rond 😳
ahmed_maud_2 = { $gedeeld ->
        [true] uit de kleedkamer. ik kreeg het van demi. niet gekeken, meteen gewist
       *[false] uit de kleedkamer. ik heb het niet gekeken
    }
ahmed_maud_3 = Een filmpje uit de kleedkamer? Ik wist niet eens dat er een camera was.

ahmed_verder = Op school hoort Ahmed meer. { $gedeeld ->
        [true] Het filmpje is ook in 3A, via Demi.
       *[false] { $opgekomen ->
            [true] Yassin schreef in de groep dat het weg moest. Maar twaalf jongens hadden het al.
           *[false] Twaalf jongens hebben het filmpje.
        }
    } { $gelachen ->
        [true] Onder het filmpje staan veel 💀, hoort hij. Ook van Yassin.
       *[false] Waar is het nog meer? Niemand weet het.
    } Twee jongens lachen als hij langsloopt. Om hem?
ahmed_school_2 = Misschien heeft iedereen het gezien. Misschien niemand. Dat niet weten is het ergste.

ahmed_bos_1 = Mevrouw Bos wacht hem op bij de ingang. In een lege kamer zegt ze: "Ik weet van het filmpje. Dit ligt niet aan jou."
ahmed_bos_2 = Het derde uur is gym. Ahmed hoeft niet mee te doen. Hij zit naast Mevrouw Bos op de bank. Hij kijkt naar elke tas.
ahmed_bos_3 = Ik wil me hier nooit meer omkleden. Maar ik ben niet meer alleen met dit.
ahmed_gym_1 = Het derde uur is gym. In de kleedkamer kijkt Ahmed naar elke tas. Hij zegt dat hij buikpijn heeft. Hij zit de hele les op de bank. Niemand vraagt wat er is.
ahmed_gym_3 = Na de les gaat hij naar Mevrouw Bos. Ze luistert. "Dank je dat je het vertelt. Dit ligt niet aan jou."
ahmed_bellen = "Vandaag praat ik met Ryan," zegt ze. "Het filmpje moet weg. Wil jij het je moeder zelf zeggen? Ik bel haar na vijf uur."
ahmed_sorry_bos = Ahmed laat haar het appje van Yassin zien. Hij zegt: "Ik wil hem nu niet spreken." Mevrouw Bos zegt: "Dat hoeft ook niet. Jij beslist."
ahmed_steun_bos = { $gelachen ->
        [true] Yassin appte dat hij achter me staat. Maar hij stuurde ook 💀. Wat moet ik daarmee?
       *[false] Yassin stond gisteravond achter me. Eén iemand, uit die hele groep.
    }

ahmed_thuis = 's Avonds vertelt Ahmed alles aan Mama. Ze zegt: "Wat Ryan deed, is gemeen. Jij kon hier niks aan doen."
ahmed_mama_1 = Mama zoekt Helpwanted op. Die helpen om filmpjes offline te halen. Ze zegt: "Stiekem filmen kan strafbaar zijn. We kunnen aangifte doen bij de politie. Wat wil jij?"
ahmed_mama_2 = Ik wil dat het weg is. En dat ik weer gewoon naar gym durf.

ahmed_gevoel = Je bent Ahmed. De dag is voorbij. Wat voel je? Kies wat past.
    .starter = Welke gevoelens koos je voor Ahmed? Welk gevoel blijft het langst, denk je?
ahmed_veilig = Ahmed durft niet meer in de kleedkamer. Wat zou hem helpen om zich daar weer veilig te voelen?
    .hint = Schrijf een paar zinnen.
    .starter = Wat zou Ahmed helpen, schreef je? Wat daarvan kunnen zijn klasgenoten doen?

## Donderdag: weer Yassin

wissel_yassin = Donderdag, het eerste uur. De stoelen van Ryan en Ahmed zijn leeg.
klas = Mevrouw Bos zegt: "Er is stiekem gefilmd in de kleedkamer. Heb je dat filmpje? Wis het vandaag. Weet je meer? Kom naar mij. Jullie ouders krijgen een brief."
ryan_dm = { $gemeld ->
        [true] iemand heeft me verraden bij bos 😡 was jij dat??
       *[false] als bos iets vraagt: jij weet niks 🤐
    }

zelf_gemeld = Na de les praat Mevrouw Bos met je. { $geholpen ->
        [true] Ze weet dat Ryans telefoon in jouw tas stond.
       *[false] Ze weet dat jij het filmpje naar Demi stuurde.
    } "Maar jij meldde het zelf. Dank je daarvoor."

gesprek = Na de les wacht Mevrouw Bos op je. { $geholpen ->
        [true] "Ryan zegt dat zijn telefoon in jouw tas stond. Klopt dat?"
       *[false] "Demi zegt dat ze het filmpje van jou kreeg. Klopt dat?"
    }

keuze_eerlijk = Mevrouw Bos wacht. Wat zeg je?
    .eerlijk = Ik vertel eerlijk wat ik deed.
    .grap = Ik zeg: het was maar een grap.
    .ontkennen = Ik zeg dat ik er niks mee te maken heb.

eerlijk_1 = Je vertelt alles. Mevrouw Bos luistert. "Dank je. Dat was niet makkelijk."
grap_1 = Mevrouw Bos schudt haar hoofd. "Voor Ahmed is het geen grap. Hij durfde gisteren de kleedkamer niet in."
ontkennen_1 = "Anderen vertellen iets anders," zegt Mevrouw Bos. "Denk er goed over na."
gesprek_ouders = "Vertel het vanmiddag eerst zelf thuis," zegt ze. "Om zes uur bel ik je ouders. De wijkagent komt ook met je praten."

bos_dank = Bij de deur zegt Mevrouw Bos: "Dankzij jou waren we er snel bij. Ahmed kreeg meteen hulp."

keuze_na_les = De les is voorbij. Ga je naar Mevrouw Bos?
    .vertellen = Ja. Ik vertel wat ik zag.
    .zwijgen = Nee. Ik wil geen verrader zijn.

vertellen_1 = Je vertelt over de groep en het filmpje. Mevrouw Bos schrijft mee. "Dank je. Zo kan het sneller weg."
zwijgen_1 = Ik ben geen verrader. Toch?
zwijgen_2 = In de pauze zie je Ahmed bij het hek. Hij is er toch. Zijn capuchon is op. Hij kijkt niemand aan.

bos_sorry = Mevrouw Bos zegt ook: "Ahmed schrok van jouw appje. Wil je sorry zeggen? Dat kan later, via mij. Alleen als Ahmed dat wil."
bos_gevraagd = { $geholpen ->
        [true] Mevrouw Bos zegt ook: "Je vroeg hoe je het goed kunt maken. Ik vraag Ahmed wat hij wil. Hij beslist."
       *[false] { $gedeeld ->
            [true] Mevrouw Bos zegt ook: "Je vroeg hoe je het goed kunt maken. Ik vraag Ahmed wat hij wil. Hij beslist."
           *[false] Mevrouw Bos zegt ook: "Je vroeg hoe je Ahmed kunt helpen. Doe gewoon normaal tegen hem. En lach niet mee als iemand grapjes maakt."
        }
    }

## Nadenken

vlag = Ryan filmt Ahmed stiekem in de kleedkamer. Welke vlag geef jij?
    .explanation = Rood. Ahmed wist van niks. Hij kon geen ja of nee zeggen. En in een kleedkamer moet je veilig zijn.
    .starter = Welke vlag gaf je Ryan? Zou je dezelfde vlag geven als Ahmed een meisje was? Waarom wel of niet?

wet = Stel: Ryan stuurt het filmpje naar niemand. Kan stiekem filmen dan al strafbaar zijn?
    .pas_delen = Nee. Pas als hij het deelt.
    .ja = Ja, dat kan al strafbaar zijn.
    .jongens = Nee. Onder jongens is het een grap, ook al is het stom.
    .explanation = Ja. Stiekem iemand filmen in een kleedkamer kan al strafbaar zijn. Ook als je het aan niemand laat zien. Doorsturen kan ook strafbaar zijn. Jongen of meisje maakt niet uit.
    .starter = Wat vind je ervan dat stiekem filmen al strafbaar kan zijn, ook zonder delen? Wat verandert dat voor jou?

zeker = Stel: een vriend vraagt of je helpt met stiekem filmen. Hoe zeker ben je dat je nee kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = { $geholpen ->
            [true] Als Yassin zette je de telefoon in je tas. Wat maakte ja zeggen daar makkelijker dan nee? Wat zou je helpen om nog een punt hoger te komen?
           *[false] { $gedeeld ->
                [true] Als Yassin stuurde je het filmpje naar Demi. Wat maakte nee zeggen daar moeilijk? Wat zou je helpen om nog een punt hoger te komen?
               *[false] Als Yassin hielp je niet met filmen of doorsturen. Wat hielp jou daarbij? Wat zou je helpen om nog een punt hoger te komen?
            }
        }

eigen_situatie = Zat jij ooit in zo'n groep? Of stond jij op zo'n filmpje? Of lijkt iets anders hierop? Vertel het als je wilt, zonder namen.
    .hint = Niks schrijven mag ook.
    .starter = Wat herkende je uit je eigen situatie? Hoe kijk je daar nu naar, na dit verhaal?

## Einde

einde_meegedaan = { $geholpen ->
        [true] Ryan filmde. Maar zijn camera stond in jouw tas.
       *[false] Ryan filmde. Jij stuurde het filmpje verder.
    } { $eerlijk ->
        [true] Daarna was je eerlijk. Dat helpt Ahmed en de school.
       *[false] { $gemeld ->
            [true] Daarna vertelde je het zelf. Dat helpt Ahmed en de school.
           *[false] Je kunt Mevrouw Bos nog steeds eerlijk vertellen wat je deed.
        }
    } Sorry zeggen kan later, via je mentor. Ahmed beslist.
    .title = Je deed mee
einde_opgekomen = { $gelachen ->
        [true] Eerst lachte je mee. Daarna zorgde je dat Ahmed hulp kreeg.
       *[false] { $gemeld ->
            [true] Omdat jij het vertelde, kreeg Ahmed snel hulp.
           *[false] Je schreef dat het weg moest. Zo stond Ahmed niet helemaal alleen.
        }
    } Stiekem filmen is nooit zomaar een grap.
    .title = Je koos voor Ahmed
einde_meegekeken = { $geweigerd ->
        [true] Je zei nee tegen Ryan. Maar toen het filmpje kwam, keek je mee.
       *[false] { $gelachen ->
            [true] Je lachte mee in de groep. Ahmed wist van niks.
           *[false] Je keek het filmpje en zei niks in de groep. Ahmed wist van niks.
        }
    } { $verteld ->
        [true] Later vertelde je wat je zag. Zo hielp je Ahmed toch.
       *[false] Wat je zag, kun je nog steeds aan Mevrouw Bos vertellen.
    }
    .title = Je keek mee
