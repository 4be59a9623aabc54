# De klassenapp — Nederlandse tekst (brontaal).

scenario-title = De klassenapp
scenario-summary = Een naaktfoto van een klasgenoot komt in de klassenapp terecht.

character-sem = Sem
character-noor = Noor
character-kevin = Kevin
character-mehmet = Mehmet
character-priya = Priya
character-daan = Daan
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

begin = Het is dinsdagavond. Je ligt op bed met je telefoon.
klas_1 = Heeft iemand wiskunde al af? 😩
foto = Kijk wat Noor mij stuurde 😂
foto_wat = Het is een naaktfoto van Noor. Zij zit bij jou in de klas.
eerst_mehmet = HAHAHA 😂😂😂
eerst_priya = Wacht. Is dat echt Noor?? 😂
meer_reacties = Er komen steeds meer lachende emoji's bij.
twijfel = Die foto was alleen voor Kevin. Weet Noor dat iedereen hem nu ziet?

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook een lachende emoji.
    .niks = Ik zeg niks en kijk mee.
    .stop = Ik schrijf dat Kevin de foto moet weghalen.

sem_lacht = 😂😂
lacht_kevin = Sem snapt het 😎
niks_1 = Als ik niks zeg, val ik niet op.
sem_stop = Kevin, haal dit weg. Dit is niet oké.
stop_kevin = Relax. Het is maar een grapje.
stop_daan = Sem heeft gelijk. Haal weg, Kevin.

druk_1 = Hé Sem. Stuur hem door naar je voetbalgroep 😂
druk_2 = { $opgekomen ->
        [true] Doe niet zo serieus. Het is gewoon lachen.
       *[false] Jij zit in die groep, ik niet. Doe nou.
    }

keuze_mehmet = Mehmet wacht op je antwoord. Wat doe je?
    .doorsturen = Ik stuur de foto door naar de voetbalgroep.
    .nee = Ik schrijf terug: Nee, dat doe ik niet.
    .negeren = Ik reageer niet.

door_1 = Kijk wat er in onze klassenapp staat 😂
door_2 = Wie is dat? Zit die bij jou op school?
door_3 = Twintig mensen hebben hem al gezien. Ik krijg hem niet meer terug.
nee_1 = Nee. Dat doe ik niet.
nee_2 = Saai 🙄 Dan doet iemand anders het wel.
nee_3 = Misschien. Maar dan niet via mij.
negeer_1 = Je legt je telefoon weg. Hij blijft trillen.
negeer_2 = Sem?? Ben je er nog?

keuze_foto = De foto van Noor staat nog op je telefoon. Wat doe je?
    .bewaren = Ik laat hem staan.
    .wissen = Ik wis de foto.
    .mentor = Ik wis de foto en stuur mijn mentor een bericht.

bewaren_1 = Iedereen heeft hem toch al. Wat maakt het uit?
wissen_1 = Je houdt de foto ingedrukt. Je tikt op Verwijderen.
mentor_1 = Mevrouw, er gaat een naaktfoto rond in onze klas. Kan ik u morgen spreken?
mentor_2 = Goed dat je het meldt, Sem. Kom morgen om acht uur naar mijn lokaal.

keuze_noor = Stuur je Noor een bericht?
    .steun = Ja. Ik schrijf dat ik achter haar sta.
    .sorry = Ja. Ik zeg sorry dat ik de foto doorstuurde.
    .niks = Nee. Ik weet niet wat ik moet zeggen.

steun_1 = Hoi Noor. Wat Kevin deed is niet oké. Ik sta achter je.
sorry_1 = Noor, sorry. Ik heb je foto doorgestuurd. Dat was fout van mij.
niks_noor = Wat moet ik zeggen? Ik laat het maar.

## Woensdagochtend: Noor

wissel_noor = Het is woensdagochtend. Noor pakt haar telefoon.
noor_1 = Je ziet 84 nieuwe berichten. Kevin heeft jouw naaktfoto in de klassenapp gezet.
noor_2 = Die foto was alleen voor Kevin. Ik vertrouwde hem.
noor_lachjes = Onder de foto staan veel lachende emoji's. { $gelachen ->
        [true] Ook twee van Sem.
       *[false] Van bijna de hele klas.
    }
noor_stop = { $opgekomen ->
        [true] Sem en Daan schreven dat het weg moest. Gelukkig.
       *[false] Niemand schreef dat het weg moest. Niemand.
    }
noor_onbekend = Hoi. Ben jij die Noor van de foto? 😏
noor_onbekend_2 = Wie is dit? Hoe komt hij aan mijn foto?
noor_school = Op school fluisteren mensen als je langsloopt. Mehmet lacht hardop.
noor_sem = { $doorgestuurd ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
noor_sem_2 = { $doorgestuurd ->
        [true] Sorry? Mijn foto gaat nu overal rond.
       *[false] Iemand denkt aan mij. Dat helpt een beetje.
    }
noor_mentor = In de pauze neemt mevrouw Yilmaz je apart. Ze zegt: "Jij hebt niks fout gedaan. We gaan je helpen."
noor_mentor_2 = Iemand heeft het gemeld. Ik sta er niet alleen voor.
noor_alleen = In de pauze zit je alleen op de wc. Niemand op school vraagt hoe het gaat.
noor_alleen_2 = Na de pauze ga je zelf naar mevrouw Yilmaz. Je vertelt het haar.

noor_gevoel = Je bent Noor. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Noor? Wat maakte dat je die koos?
noor_nodig = Wat had jij als Noor vandaag nodig van je klas?
    .hint = Schrijf een paar zinnen.
    .starter = Wat had Noor nodig, denk je? Wat daarvan zou jij kunnen doen?

## Woensdagmiddag: weer Sem

wissel_sem = Woensdag, het laatste uur. De stoel van Kevin is leeg.
klas_gesprek = Mevrouw Yilmaz zegt: "Er gaat een naaktfoto rond. Iedereen wist hem vandaag nog."
sem_teamleider = Na de les moet je naar de teamleider. Zij weet dat jij de foto doorstuurde.
sem_teamleider_2 = De school belt vandaag nog je ouders.
sem_dank = Na de les zegt mevrouw Yilmaz zacht: "Dank je, Sem. Noor krijgt nu hulp."
sem_bewaard = De foto staat nog op mijn telefoon. Ik wis hem nu meteen.

## Nadenken

oordeel = Kevin zette de naaktfoto van Noor in de klassenapp. Welke vlag geef jij?
    .explanation = Rood. Noor stuurde de foto alleen aan Kevin. Ze gaf geen toestemming om hem te delen. Een klassenapp is ook geen plek voor zo'n foto. Het kwetst Noor.
    .starter = Welke vlag gaf je Kevin? En welke vlag past bij wat jij deed als Sem?

wet = Kevin is 14, net als Noor. Kan het strafbaar zijn dat hij haar naaktfoto doorstuurt?
    .ja = Ja, dat kan strafbaar zijn.
    .nee_leeftijd = Nee, want Kevin is zelf ook jonger dan 18.
    .nee_grap = Nee, niet als het een grapje is.
    .explanation = Ja. Is iemand op een naaktfoto jonger dan 18? Dan is het voor de wet beeld van seksueel kindermisbruik. Doorsturen of bewaren kan strafbaar zijn. Ook als je zelf jonger dan 18 bent.
    .starter = Wist je dit al? Wat vind je ervan dat dit ook voor jongeren geldt?

ontvangen = Je krijgt een naaktfoto van een klasgenoot. Wat doe je dan het beste?
    .laten_zien = Ik laat hem aan een vriend zien. Wat vindt die ervan?
    .bewaren = Ik bewaar hem. Maar ik stuur hem niet door.
    .wissen_vertellen = Niet doorsturen, niet laten zien, wissen en het een volwassene vertellen.
    .explanation = Stuur hem niet door en laat hem niet zien. Wis hem. Vertel het aan een volwassene die je vertrouwt. Bijvoorbeeld je mentor of een ouder.
    .starter = Aan welke volwassene zou jij zoiets vertellen? Wat maakt dat moeilijk of makkelijk?

belang = Hoe belangrijk vind jij het om een naaktfoto van een ander nooit door te sturen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat betekent dat voor jou?

terugkijken = Kijk terug op je keuzes als Sem. Wat zou je weer zo doen? Wat zou je anders doen?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Welke keuze van Sem zou je nu anders maken? Wat helpt jou om dat echt te doen?

## Einde

einde_doorgestuurd = Doorsturen kun je niet meer terughalen. { $steun ->
        [true] Sorry zeggen is een eerste stap. Noor beslist wat ze ermee doet.
       *[false] Eerlijk zijn en hulp vragen kan wel.
    }
    .title = De foto ging verder
einde_steun = { $gelachen ->
        [true] Eerst lachte je mee. Daarna koos je toch voor Noor.
       *[false] Je liet Noor niet alleen staan. Dat maakt echt verschil.
    }
    .title = Je koos voor Noor
einde_toekijken = { $gelachen ->
        [true] Een lachje lijkt klein. Voor Noor telde elk lachje mee.
       *[false] Je deed niet mee. Maar Noor stond er wel alleen voor.
    }
    .title = Je keek toe
