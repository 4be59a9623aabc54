# De eigen teksten van het spel. Scenario-teksten staan in <scenario-id>.ftl.

text-missing = (Deze tekst ontbreekt. Je kunt gewoon verder.)
switch-title = Nu ben jij { $name }

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
    .about = Praten met iemand over wat je dwarszit. Gratis en anoniem, voor 8 tot 18 jaar.
    .contact = Bel 0800-0432 of chat op kindertelefoon.nl
help-politie = Politie
    .about = Aangifte doen van een strafbaar feit.
    .contact = Bel 0900-8844
help-emergency-112 = 112
    .about = Bij direct gevaar.
    .contact = Bel 112
help-suicide-113 = 113 Zelfmoordpreventie
    .about = Als je aan zelfmoord denkt. Je kunt altijd praten.
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
    .about = Oké. Alle afspraken kloppen.
flag-yellow = Gele vlag
    .about = Een beetje over de grens. Let op.
flag-red = Rode vlag
    .about = Ernstig over de grens.
flag-black = Zwarte vlag
    .about = Heel ernstig. Er is dwang, bedreiging of chantage.

criterion-consent = Toestemming
    .about = Allebei willen het en zeggen ja. Geen nee zeggen is nog geen ja.
criterion-voluntariness = Vrijwillig
    .about = Een vrije keuze. Geen druk, geen omkoping, geen dreigen.
criterion-equality = Gelijkwaardig
    .about = Niemand is ouder, sterker of machtiger dan de ander.
criterion-age-appropriate = Past bij de leeftijd
    .about = Het past bij hoe oud je bent en hoe ver je bent.
criterion-context-appropriate = Past bij de situatie
    .about = Het past bij de plek en de mensen erom heen. Niemand schrikt of wordt gekwetst.
criterion-self-respect = Zelfrespect
    .about = Je doet jezelf geen kwaad. Je weet wat de risico's zijn.
