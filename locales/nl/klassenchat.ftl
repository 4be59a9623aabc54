# De klassenapp — Nederlandse tekst (brontaal).

scenario-title = De klassenapp
scenario-summary = Een naaktfoto van een klasgenoot komt in de klassenapp terecht.

character-sem = Sem
character-noor = Noor
character-kevin = Kevin
character-mehmet = Mehmet
character-priya = Priya
character-stijn = Stijn
character-jesse = Jesse
character-yilmaz = Mevrouw Yilmaz
character-onbekend = Onbekend nummer

chat-klas = Klas 2B
chat-dm_mehmet = Mehmet
chat-voetbal = Voetbal JO15
chat-dm_yilmaz = Mevrouw Yilmaz
chat-dm_noor = Noor
chat-van_sem = Sem
chat-onbekend = Onbekend nummer

## Dinsdagavond: Sem

begin = Dinsdagavond. Je ligt op bed met je telefoon.
klas_1 = heeft iemand wiskunde al af 😭
foto = kijk wat noor me stuurde 😂
foto_wat = Het is een naaktfoto van Noor. Zij zit bij jou in de klas.
eerst_mehmet = HAHAHA 💀💀
eerst_priya = wacht is dat echt noor?? 😳
meer_reacties = Er komen steeds meer lachende emoji's bij.
twijfel = Die foto was alleen voor Kevin. Weet Noor dat iedereen hem nu ziet?

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook een lachende emoji.
    .niks = Ik zeg niks en kijk mee.
    .stop = Ik schrijf dat Kevin de foto moet weghalen.

sem_lacht = 😂😂
lacht_kevin = sem snapt het 😎
niks_1 = Als ik niks zeg, val ik niet op.
sem_stop = kevin haal dit weg. dit is niet oké
stop_kevin = relax het is maar een grapje 🙄
stop_daan = sem heeft gelijk. haal weg kevin

druk_1 = hé sem stuur hem ff door naar je voetbalgroep 😂
druk_2 = { $opgekomen ->
        [true] doe niet zo serieus man. is gewoon lachen
       *[false] jij zit in die groep, ik niet. doe nou
    }

keuze_mehmet = Mehmet wacht. Wat doe je?
    .doorsturen = Ik stuur de foto door naar de voetbalgroep.
    .nee = Ik schrijf terug: Nee, dat doe ik niet.
    .negeren = Ik reageer niet.

door_1 = kijk wat er in onze klassenapp staat 👀
door_2 = wie is dat?? zit die bij jou op school
door_3 = Twintig mensen hebben hem al gezien. Ik krijg hem niet meer terug.
nee_1 = nee dat doe ik niet
nee_2 = saai 🙄 dan doet iemand anders het wel
nee_3 = Misschien. Maar dan niet via mij.
negeer_1 = Je legt je telefoon weg. Hij blijft trillen.
negeer_2 = sem?? ben je er nog

keuze_foto = De foto van Noor staat nog op je telefoon. Wat doe je?
    .bewaren = Ik laat hem staan.
    .wissen = Ik wis de foto.
    .mentor = Ik wis de foto en app mijn mentor.

bewaren_1 = Iedereen heeft hem toch al. Wat maakt het uit?
wissen_1 = Je houdt de foto ingedrukt. Je tikt op Verwijderen.
mentor_1 = { $doorgestuurd ->
        [true] Mevrouw, er gaat een naaktfoto van Noor rond. Ik heb hem ook doorgestuurd. Dat was fout. Ik heb hem nu gewist.
       *[false] Mevrouw, er gaat een naaktfoto van Noor rond. Ik heb hem gewist. Wat moet ik doen?
    }
mentor_2 = { $doorgestuurd ->
        [true] Dank je dat je het eerlijk zegt, Sem. Ik help Noor morgen meteen.
       *[false] Dank je, Sem. Ik help Noor morgen meteen.
    }

keuze_noor = Stuur je Noor een bericht?
    .steun = Ja. Ik schrijf dat ik achter haar sta.
    .sorry = Ja. Ik app haar sorry.
    .mentor_sorry = Nog niet. Ik vraag mijn mentor hoe ik sorry kan zeggen.
    .niks = Nee. Ik weet niet wat ik moet zeggen.

steun_1 = hoi noor. wat kevin deed is niet oké. ik sta achter je ❤️
sorry_1 = noor sorry. ik heb je foto doorgestuurd. dat was fout van mij. ben je boos?
vraag_1 = { $mentor ->
        [true] Mevrouw, nog één vraag. Hoe kan ik sorry zeggen tegen Noor?
       *[false] Mevrouw, ik heb een naaktfoto van Noor doorgestuurd. Hoe kan ik sorry zeggen?
    }
vraag_2 = Goed dat je dit eerst vraagt, Sem. Stuur Noor nu niks. Ik vraag haar wat zij wil. Zij beslist. { $mentor ->
        [true] Tot morgen.
       *[false] Wis de foto. Kom morgen voor de les bij me.
    }
niks_noor = Wat moet ik zeggen? Ik laat het maar.

## Woensdagochtend: Noor

wissel_noor = Woensdagochtend. Noor pakt haar telefoon.
noor_1 = Je hebt 84 nieuwe berichten. Kevin zette jouw naaktfoto in de klassenapp.
noor_2 = Die foto was alleen voor Kevin. Ik vertrouwde hem.
noor_lachjes = Onder de foto staan lachende emoji's. { $gelachen ->
        [true] Ook twee van Sem.
       *[false] Van bijna de hele klas.
    }
noor_stop = { $opgekomen ->
        [true] Sem en Stijn schreven dat het weg moest. Gelukkig.
       *[false] Niemand schreef dat het weg moest. Niemand.
    }
noor_onbekend = hoi. ben jij die noor van de foto? 😏
noor_onbekend_2 = Wie is dit? Hoe komt hij aan mijn foto?
noor_school = Op school fluisteren mensen als je langsloopt. Mehmet lacht hardop.
noor_sem = { $doorgestuurd ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
noor_sem_2 = { $doorgestuurd ->
        [true] Sem heeft hem ook doorgestuurd? Naar wie dan?
       *[false] Iemand denkt aan mij. Dat helpt een beetje.
    }
noor_sem_3 = Je hart bonkt. Moet je nu iets terugsturen? Je zet je telefoon op stil.
noor_sem_4 = Ik wil nu geen sorry. Ik wil dat mijn foto weg is.
noor_mentor = In de pauze neemt mevrouw Yilmaz je apart. "Jij hebt niks fout gedaan. We gaan je helpen."
noor_mentor_2 = Iemand heeft het gemeld. Ik sta er niet alleen voor.
noor_alleen = In de pauze zit je alleen op de wc. Niemand op school vraagt hoe het gaat.
noor_alleen_2 = Na de pauze ga je zelf naar mevrouw Yilmaz. Je vertelt het haar.
noor_vraag = Ze zegt ook: "Sem wil sorry zeggen. Wil jij dat horen? Dat kies jij. Nu, later of nooit."
noor_vraag_2 = Ik hoef nu niks te beslissen. Eerst moet die foto weg.

noor_gevoel = Je bent Noor. Hoe voel je je nu? Kies wat past.
    .starter = { $doorgestuurd ->
            [true] { $steun ->
                [true] Noor kreeg 's ochtends een sorry-appje van Sem. Welke gevoelens koos je voor haar? Wat deed dat appje met haar, denk je?
               *[false] Welke gevoelens koos je voor Noor? Wat maakte dat je die koos?
            }
           *[false] Welke gevoelens koos je voor Noor? Wat maakte dat je die koos?
        }
noor_nodig = Wat had jij als Noor vandaag nodig van je klas?
    .hint = Schrijf een paar zinnen.
    .starter = Wat had Noor nodig, denk je? Wat daarvan zou jij kunnen doen?

## Woensdagmiddag: weer Sem

wissel_sem = Woensdag, het laatste uur. De stoel van Kevin is leeg.
klas_gesprek = Mevrouw Yilmaz zegt: "Er gaat een naaktfoto rond. Iedereen wist hem vandaag nog."
sem_teamleider = Na de les moet je naar de teamleider. Zij weet dat jij de foto doorstuurde.
sem_teamleider_2 = "Je ouders moeten dit weten. Vertel jij het ze vanavond eerst zelf? Morgen bel ik ze."
sem_sorry_app = Ze zegt ook: "Noor schrok van je appje. Stuur haar niks meer."
sem_sorry_mentor = Mevrouw Yilmaz zit erbij. "Noor weet dat je sorry wilt zeggen. Ze denkt erover na. We wachten op haar."
sem_dank = Na de les zegt mevrouw Yilmaz zacht: "Dank je, Sem. Noor krijgt nu hulp."
sem_bewaard = De foto staat nog op mijn telefoon. Ik wis hem nu meteen.

## Nadenken

oordeel = Kevin zette de naaktfoto van Noor in de klassenapp. Welke vlag geef jij?
    .explanation = Rood. Noor stuurde de foto alleen aan Kevin. Ze gaf geen toestemming om hem te delen. Een klassenapp is ook geen plek voor zo'n foto. Het kwetst Noor.
    .starter = Welke vlag gaf je Kevin? En welke vlag past bij wat jij deed als Sem?

wet = Kevin is 14, net als Noor. Kan het strafbaar zijn dat hij haar naaktfoto doorstuurt?
    .nee_leeftijd = Nee, Kevin is zelf ook jonger dan 18.
    .ja = Ja, dat kan strafbaar zijn.
    .nee_grap = Nee, niet als het een grapje is.
    .explanation = Ja. Voor de wet telt een naaktfoto van iemand onder de 18 als kinderporno. Dat klinkt heftig, maar het geldt ook voor een klasgenoot. Doorsturen of bewaren kan strafbaar zijn, ook als je zelf jonger dan 18 bent.
    .starter = Wat dacht je hierover voordat je het antwoord las? Wat vind je ervan dat dit ook voor jongeren geldt?

ontvangen = Je krijgt een naaktfoto van een klasgenoot. Wat doe je het beste?
    .wissen_stil = Ik wis hem en zeg niks.
    .bewaren = Ik bewaar hem, maar stuur hem niet door.
    .wissen_vertellen = Ik wis hem en vertel het een volwassene.
    .laten_zien = Ik laat hem alleen even aan een vriend zien.
    .explanation = Wis hem en laat hem niemand zien. Vertel het een volwassene die je vertrouwt, zoals je mentor of een ouder. Alleen wissen helpt je klasgenoot niet.
    .starter = Aan welke volwassene zou jij zoiets vertellen? Wat maakt dat moeilijk of makkelijk?

belang = Hoe belangrijk vind jij het om een naaktfoto van een ander nooit door te sturen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Welke reden gaf je voor je cijfer? Wanneer zou het toch moeilijk worden?

zeker = Stel: een vriend appt: "stuur die foto ff door". Hoe zeker ben je dat je nee kunt zeggen?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = Wat helpt je nu al om nee te zeggen? Wat zou je één punt zekerder maken?

terugkijken = Kijk terug op je keuzes als Sem. Wat zou je weer zo doen? En wat niet?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = { $doorgestuurd ->
            [true] Je stuurde als Sem de foto door naar de voetbalgroep. Wat ging er op dat moment door je heen?
           *[false] { $gelachen ->
                [true] Sem lachte eerst mee, maar stuurde de foto niet door. Wat hield hem tegen, denk je?
               *[false] Sem stuurde de foto niet door. Wat hielp hem daarbij, denk je?
            }
        }

eigen_situatie = Deed dit verhaal je denken aan wat er bij jou gebeurde? Vertel het als je wilt. Namen hoeven niet.
    .hint = Overslaan mag ook. Je Halt-medewerker leest wat je schrijft. Jullie praten erover.
    .starter = Wat uit het verhaal van Sem kwam je bekend voor? Waar ging het bij jou anders?

## Einde

einde_doorgestuurd = Een doorgestuurde foto haal je niet terug. { $steun ->
        [true] Je appje kwam zonder dat Noor erom vroeg. Ze schrok ervan. Wil je sorry zeggen? Vraag je mentor hoe. Noor beslist of ze het wil horen.
       *[false] { $sorry_mentor ->
            [true] Je vroeg je mentor hoe je sorry kunt zeggen. Zo kiest Noor zelf of en wanneer ze het hoort.
           *[false] Je kunt wel eerlijk zijn en hulp vragen.
        }
    }
    .title = De foto ging verder
einde_steun = { $gelachen ->
        [true] Eerst lachte je mee. Daarna koos je toch voor Noor.
       *[false] Je liet Noor niet alleen staan. Dat maakt echt verschil.
    }
    .title = Je koos voor Noor
einde_toekijken = { $gelachen ->
        [true] Voor jou waren het maar twee emoji's. Noor zag de hele klas om haar lachen.
       *[false] Je deed niet mee. Maar Noor stond er wel alleen voor.
    }
    .title = Je keek toe
