# De eigen teksten van het spel. Scenario-teksten staan in <scenario-id>.ftl.

text-missing = (Deze tekst ontbreekt. Je kunt gewoon verder.)
switch-title = Nu ben jij { $name }


## Het spel

game-title = Respect online
game-subtitle = Het spel
back = Terug
language-nl = Nederlands
language-en = Engels

## Start

start-welcome-back = Fijn dat je er weer bent, { $name }.
start-continue = Verder spelen
start-new = Opnieuw beginnen
start-begin = Beginnen
start-settings = Instellingen
start-worker = Voor begeleiders
start-over-title = Opnieuw beginnen?
start-over-text = Je begint dan met een nieuwe naam. Je oude antwoorden gaan niet weg. Ze worden bewaard in een aparte map.
start-over-yes = Ja, opnieuw beginnen
start-over-no = Nee, terug

## Eerste keer

welcome-title = Zo werkt het
welcome-what = Je speelt korte verhalen over online contact. Soms kies je wat je doet. Soms denk je even na.
welcome-reader = Je begeleider van Halt leest je antwoorden. Jullie praten er samen over in het volgende gesprek.
welcome-no-wrong = Bij de vragen om na te denken zijn er geen foute antwoorden. Schrijf wat jij denkt.
welcome-no-names = Schrijf niet de echte naam van de ander op. Ook niet van iemand uit je eigen verhaal.
welcome-saved = Je voortgang wordt steeds bewaard. Je kunt altijd stoppen en later verder gaan.
welcome-name = Hoe heet je?
welcome-name-hint = Alleen je voornaam. Of een bijnaam.
welcome-name-placeholder = Voornaam
welcome-start = Ik begin
welcome-code = Kreeg je een code van je begeleider? Typ hem hier. Heb je geen code? Laat dit dan leeg.
welcome-code-placeholder = Bijvoorbeeld 2AB4-C6D8-E

## Meldingen

notice-ok = Oké
notice-no-saving = Je voortgang kan nu niet worden bewaard. Je kunt wel spelen.
notice-save-failed = Bewaren lukte net niet. Het spel probeert het bij de volgende stap opnieuw.
notice-content-changed = Dit verhaal is veranderd sinds je laatste keer. Je gaat verder op het laatste punt dat nog klopt.
notice-record-damaged = Een deel van je voortgang in dit verhaal kon niet worden gelezen. Je gaat verder op het laatste punt dat wel klopt. Vertel het je begeleider.
notice-scenario-broken = Dit verhaal kan nu niet starten. Kies een ander verhaal.
notice-restored = Een bestand met je voortgang was beschadigd. We hebben de vorige versie teruggezet.
notice-lost = Een bestand met je voortgang was beschadigd. Het is apart bewaard. Vertel het je begeleider.

## Overzicht

overview-stop = Stoppen
overview-hello = Hoi { $name }!
overview-intro = Kies een verhaal. Je kunt altijd stoppen en later verder gaan.
overview-continue = Ga verder met: { $title }
overview-empty = Er zijn nog geen verhalen.
overview-assigned = Voor jou
overview-minutes = ongeveer { $minutes } minuten
overview-start = Start
overview-resume = Verder
status-new = Nieuw
status-busy = Bezig
status-done = Klaar ✔

## Spelen

play-menu = Menu
play-pause = Pauze
play-save-stop = Opslaan en stoppen
play-paused = Pauze
play-paused-text = Je voortgang is bewaard. Neem de tijd.
play-resume = Verder spelen
play-next = Verder
play-skip-hint = Klik of druk op spatie om meteen te lezen.
play-choice-hint = Klik op een antwoord, of druk op 1, 2, 3 of 4.
play-thinks = Je denkt:
play-you-chose = Jij koos:
play-typing = { $name } typt
attachment-photo = Foto
attachment-video = Filmpje
attachment-screenshot = Screenshot
attachment-link = Link

## Nadenken

reflect-title = Even nadenken
reflect-reader = Je begeleider van Halt leest dit. Er zijn geen foute antwoorden.
reflect-hint = Schrijf hier je antwoord.
reflect-done = Klaar
reflect-skip = Liever niet
reflect-other = Of zeg het in je eigen woorden:
reflect-pick-flag = Welke vlag geef jij?
reflect-pick-criteria = Welke punten kloppen niet? Kies er zoveel als je wilt.
reflect-nudge = Je antwoord is nog kort. Wil je er nog iets bij schrijven? Het hoeft niet.
reflect-nudge-more = Ik schrijf nog wat
reflect-nudge-fine = Zo is het goed

feedback-flag-same = Je koos dezelfde vlag.
feedback-flag-other = Je koos een andere vlag. Kijk eens naar de uitleg.
feedback-yours = Jij
feedback-reference = Uitleg
feedback-flag = Vlag
feedback-violated = klopt niet
feedback-ok = klopt
feedback-right = Goed!
feedback-wrong = Het goede antwoord is:

## Einde

ending-label = Einde van het verhaal
ending-your-choices = Dit koos jij:
ending-help = Hier kun je terecht
ending-take-with-you = Wat neem jij mee uit dit verhaal?
ending-done = Klaar
ending-question = Wil je iets vragen aan je begeleider? Dat mag. Het hoeft niet.
ending-question-hint = Je vraag (mag leeg blijven)

## Instellingen

settings-title = Instellingen
settings-text-size = Grootte van de letters
settings-contrast = Veel contrast (zwart en wit)
settings-font = Makkelijk leesbare letters
settings-font-sample = Andika: letters die goed uit elkaar te houden zijn.
settings-speed = Hoe snel komen berichten?
settings-speed-slow = Langzaam
settings-speed-normal = Normaal
settings-speed-fast = Snel
settings-speed-instant = Meteen
settings-saved = Je instellingen worden meteen bewaard.

## Voor begeleiders

worker-title = Voor begeleiders
worker-intro = Kies de verhalen die bij de zaak passen. Je krijgt een code. De jongere typt die code in bij de start, of later via "Code van je begeleider".
worker-case = Zaakcode (letters, cijfers en -, hoogstens 12)
worker-scenarios = Verhalen, in de volgorde waarin de jongere ze speelt
worker-make-code = Maak de code
worker-code = Code voor de jongere:
worker-code-read = Lees de code voor of schrijf hem op. Een tikfout wordt herkend. Hoofdletters of kleine letters maakt niet uit.
worker-pick = Kies minstens één verhaal.
worker-bad-case = Een zaakcode heeft hoogstens 12 letters, cijfers of streepjes.
worker-report = Maak het verslag van deze speler
worker-data-dir = De antwoorden staan alleen op deze computer, in:

## Code van de begeleider

start-code = Code van je begeleider
code-title = Code van je begeleider
code-text = Typ de code die je van je begeleider kreeg. Hoofdletters of kleine letters maakt niet uit.
code-use = Gebruik deze code
code-ok = Gelukt! De verhalen van je begeleider staan bovenaan.
code-empty = Typ eerst de code.
code-typo = Deze code klopt niet. Kijk nog eens goed. Of vraag je begeleider om de code.
code-other-version = Deze code hoort bij een andere versie van het spel. Vraag je begeleider om hulp.

## Verslag in het spel

overview-report = Maak mijn verslag
overview-report-text = Klaar met spelen? Maak je verslag. Je begeleider leest het voor jullie gesprek.
report-written = Je verslag is klaar. Het staat hier:
report-all-done = Je hebt alle verhalen van je begeleider gespeeld. Goed gedaan! Je verslag staat hieronder.
report-open-folder = Open de map
report-open-failed = De map kon niet worden geopend. Je vindt het verslag op de plek hierboven.
report-failed = Het verslag kon niet worden gemaakt. Je antwoorden zijn wel bewaard.

## Het verslag (voor de begeleider)

report-title = Verslag Respect online
report-case = Zaakcode
report-name = Naam
report-code = Opdrachtcode
report-played = Gespeeld
report-not-played = Nog niet gespeeld.
report-nothing = Er is nog niets gespeeld.
report-active = Actieve tijd
report-active-note = (pauzes niet meegeteld)
report-version = Programmaversie
report-content = inhoud
report-generated = Gemaakt op
report-minutes = { $minutes } min
report-overview = Overzicht
report-assigned = Klaargezette verhalen
report-not-assigned = Ook gespeeld (niet klaargezet)
report-col-scenario = Verhaal
report-col-status = Status
report-col-time = Tijd
report-col-ending = Einde
report-col-language = Taal
report-status-not-started = Niet begonnen
report-status-busy = Bezig
report-status-done = Klaar
report-points = Om te bespreken
report-points-none = Geen bijzonderheden gevonden. Gebruik de gespreksopeners bij de verhalen.
report-point-question = Vraag aan jou
report-point-risky = Riskante keuze
report-point-flag = Vlag ver van de uitleg
report-point-ruler = Laag cijfer
report-point-empty = Leeg antwoord
report-point-short = Heel kort antwoord
report-decisions = Keuzes
report-chosen = gekozen
report-risky = riskant
report-ending = Einde
report-ending-open = Het einde is bereikt, maar nog niet afgesloten.
report-takeaway = Wat neem je mee uit dit verhaal?
report-question = Vraag aan de begeleider
report-help = Hulp die de jongere zag
report-reflections = Reflecties
report-empty = (leeg gelaten)
report-feelings-other = In eigen woorden:
report-flag = Vlag
report-flag-yours = Jongere
report-flag-reference = Uitleg in het spel
report-quiz-right = Goed
report-quiz-wrong = Fout
report-quiz-correct = Goede antwoord
report-apology = Sorrybrief
report-own-situation = Over de eigen situatie
report-skipped = (wilde hier niets over zeggen)
report-starter = Gespreksopener
report-changed = Dit verhaal is veranderd sinds het gespeeld is. De teksten hier kunnen iets anders zijn dan wat de jongere zag. De antwoorden zijn precies zoals geschreven.
report-footer = Gemaakt door Respect online — het spel, versie { $version }, op { $date }, uit de antwoorden die op deze computer bewaard zijn. Er is niets via internet verstuurd. Actieve tijd: een pauze van meer dan 5 minuten telt als 5 minuten. Datums in UTC. Bewaar en deel dit verslag zoals Halt met persoonsgegevens omgaat, en verwijder het als het niet meer nodig is.

## Thema's

theme-peer-pressure = Groepsdruk
theme-consent = Toestemming
theme-victim-perspective = De kant van het slachtoffer
theme-shame-sexting = Shame sexting
theme-profile-misuse = Nepprofiel
theme-sexual-insults = Seksuele beledigingen
theme-sextortion = Afpersing met beelden
theme-stereotypes = Vooroordelen
theme-flag-system = Het vlaggensysteem
theme-law = Wat de wet zegt
theme-help = Hulp vragen
theme-apology = Sorry zeggen
theme-parents = Praten met ouders

## Hulp

help-helpwanted = Helpwanted
    .about = Anoniem advies. Ze helpen ook om foto's en filmpjes offline te halen.
    .contact = helpwanted.nl
help-meldknop = Meldknop
    .about = Hier vind je waar je heen kunt met problemen online.
    .contact = meldknop.nl
help-offlimits = Offlimits
    .about = Hulp bij seksueel misbruik online en beelden die rondgaan.
    .contact = offlimits.nl
help-kindertelefoon = De Kindertelefoon
    .about = Praten met iemand over wat je dwarszit. Gratis en anoniem, voor 8 tot 18 jaar. Elke dag van 11 tot 21 uur.
    .contact = Bel 0800-0432 of chat op kindertelefoon.nl
help-politie = Politie
    .about = Aangifte doen van een strafbaar feit.
    .contact = Bel 0900-8844
help-emergency-112 = 112
    .about = Bij direct gevaar. Dag en nacht.
    .contact = Bel 112
help-suicide-113 = 113 Zelfmoordpreventie
    .about = Als je aan zelfmoord denkt. Je kunt altijd praten: dag en nacht, elke dag. Bellen is gratis.
    .contact = Bel 0800-0113 of chat op 113.nl
help-fier = Fier
    .about = Hulp bij geweld in relaties en bij eergerelateerd geweld.
    .contact = Chat op fier.nl
help-mentor = Je mentor
    .about = Of een andere volwassene die je vertrouwt, thuis of op school.
    .contact = Vraag of jullie even kunnen praten.

## Gevoelens

feeling-ashamed = schaamte
feeling-angry = boos
feeling-scared = bang
feeling-sad = verdrietig
feeling-lonely = eenzaam
feeling-powerless = machteloos
feeling-guilty = schuldig
feeling-regret = spijt
feeling-hurt = gekwetst
feeling-unsure = onzeker
feeling-confused = in de war
feeling-relieved = opgelucht
feeling-proud = trots
feeling-calm = rustig
feeling-indifferent = het maakt me niks uit

## Het vlaggensysteem

flag-green = Groene vlag
    .about = Oké. Alle zes punten kloppen.
flag-yellow = Gele vlag
    .about = Een beetje over de grens. Let op.
flag-red = Rode vlag
    .about = Ernstig over de grens.
flag-black = Zwarte vlag
    .about = Heel ernstig. Iemand wordt gedwongen of bedreigd. Of een nee wordt steeds genegeerd.

criterion-consent = Toestemming
    .about = Allebei willen het en zeggen ja. Geen nee zeggen is nog geen ja.
criterion-voluntariness = Vrijwillig
    .about = Een vrije keuze. Geen druk, geen dreigen, niets krijgen in ruil.
criterion-equality = Gelijkwaardig
    .about = Er is geen groot verschil in leeftijd, kracht of macht.
criterion-age-appropriate = Past bij de leeftijd
    .about = Het past bij hoe oud je bent en hoe ver je bent.
criterion-context-appropriate = Past bij de situatie
    .about = Het past bij de plek en de mensen erom heen. Niemand schrikt of wordt gekwetst.
criterion-self-respect = Zelfrespect
    .about = Je doet jezelf geen kwaad. Je weet wat de risico's zijn.
