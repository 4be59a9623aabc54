# Na de breuk — Nederlandse tekst (brontaal).

scenario-title = Na de breuk
scenario-summary = Sara maakte het uit. Je vrienden willen dat je haar naaktfoto deelt.

character-jayden = Jayden
character-sara = Sara
character-ilias = Ilias
character-dewi = Dewi
character-kofi = Kofi
character-esra = Esra
character-lotte = Lotte
character-pinas = Mevrouw Pinas
character-onbekend = Onbekend nummer

chat-jaar3 = Jaar 3 (alle klassen)
chat-dm_ilias = Ilias
chat-dm_pinas = Mevrouw Pinas
chat-dm_sara = Sara
chat-van_jayden = Jayden
chat-dm_lotte = Lotte
chat-onbekend = Onbekend nummer

## Dinsdag na school: Jayden

begin = Het is dinsdag na school. Je zit met Ilias en Dewi bij de snackbar.
begin_2 = Vorige week maakte Sara het uit. Jullie waren vijf maanden samen. Jullie zijn allebei 15.
story = Op je telefoon zie je een story van Sara. Ze lacht met haar vriendinnen.
boos = Ze mist me niet eens. Ik ben zo boos.
ilias_1 = Ilias kijkt mee op je scherm. "Die is jou snel vergeten, man."
dewi_1 = Dewi zegt: "Ze stuurde jou toch ooit een naaktfoto?"
ilias_2 = Ilias grijnst. "Zet hem in de groep van Jaar 3. Dan voelt zij ook eens hoe het is."
twijfel_ilias = Die foto stuurde Sara alleen aan mij. Toen vertrouwde ze me nog.

keuze_vrienden = Wat zeg je tegen Ilias en Dewi?
    .lachen = Ik lach. "Ze verdient het."
    .twijfel = Ik zeg: "Weet ik niet, hoor."
    .nee = Ik zeg: "Nee. Die foto was alleen voor mij."

vr_lachen = Ilias slaat op je schouder. "Zo! Doe het dan."
vr_twijfel = Dewi zegt: "Kom op. Zij deed jou toch ook pijn?"
vr_nee = Ilias rolt met zijn ogen. "Jij bent echt te soft."

keuze_delen = Je telefoon ligt op tafel. De foto staat er nog op. Wat doe je?
    .posten = Ik zet de foto in de groep van Jaar 3.
    .ilias = Ik stuur de foto naar Ilias. Dan doet hij het.
    .niet = Ik doe het niet. Ik stop mijn telefoon weg.

post_1 = Dit is Sara 😂
ilias_stuur = Hier. Doe jij het maar.
niet_1 = Je stopt je telefoon in je jas. Dan loop je naar de toonbank.
pak_1 = Als je terugkomt, heeft Ilias jouw telefoon. Hij kent je code. "Graag gedaan," zegt hij.
ilias_post = Kijk wie dit is 😂

reactie_kofi = HAHA is dat echt Sara?? 😂
reactie_esra = Huh?? Weet Sara hiervan?
reactie_lotte = Haal dit weg!! Dit is de foto van Sara!
na_gedeeld = { $zelf_gedeeld ->
        [true] Even voelde het goed. Nu voel ik me misselijk.
       *[false] { $naar_ilias ->
            [true] Ik heb hem niet zelf gepost. Maar Ilias kreeg hem wel van mij.
           *[false] Ik zei nee. Toch staat de foto erin. Van mijn telefoon.
        }
    }

keuze_nu = In de groep van Jaar 3 zitten 58 mensen. Wat doe je nu?
    .niks = Ik doe niks. Het is al gebeurd.
    .weg = Ik schrijf in de groep dat iedereen de foto moet wissen.
    .mentor = Ik stuur mijn mentor een bericht.

niks_1 = { $gelachen ->
        [true] Sara maakte het uit. Nu weet zij hoe het voelt.
       *[false] Ik kan het toch niet meer terugdraaien.
    }
niks_2 = Je telefoon trilt de hele avond. Je kijkt niet meer.
weg_1 = { $zelf_gedeeld ->
        [true] Ik haal hem weg. Dit was fout van mij. Iedereen: wissen!
       *[false] Haal die foto weg. Dit is niet oké. Iedereen: wissen!
    }
weg_2 = { $gepakt ->
        [true] Rustig. Ik deed het voor jou, bro.
       *[false] { $zelf_gedeeld ->
            [true] Nu ineens heilig? 🙄
           *[false] Jij stuurde hem toch naar mij? 😂
        }
    }
weg_3 = Ja. Iedereen wissen. Nu.
weg_4 = { $zelf_gedeeld ->
        [true] Je haalt je bericht weg voor iedereen. Maar wie de foto bewaarde, heeft hem nog.
       *[false] Een paar mensen sturen een duimpje. Maar de foto staat er nog.
    }
mentor_1 = { $gepakt ->
        [true] Mevrouw, Ilias zette een naaktfoto van Sara in de groep van Jaar 3. Kan ik u morgen spreken?
       *[false] Mevrouw, ik heb iets fouts gedaan. Er staat een naaktfoto van Sara in de groep van Jaar 3. Kan ik u morgen spreken?
    }
mentor_2 = Goed dat je het meldt, Jayden. Wis de foto van je telefoon. Kom morgen om acht uur bij me.

keuze_sara = Stuur je Sara vanavond nog een bericht?
    .waarschuwen = Ja. Ik vertel eerlijk wat er gebeurde.
    .sorry = Ja. Ik zeg sorry en vertel wat ik deed.
    .smoes = Ja. Ik schrijf: "Sorry. Maar jij maakte het wel uit."
    .niks = Nee. Ik weet niet wat ik moet zeggen.

sara_bericht = { $smoes ->
        [true] Sorry. Maar jij maakte het wel uit, hè.
       *[false] { $gepakt ->
            [true] Sara, het spijt me. Ilias pakte mijn telefoon. Hij zette jouw foto in Jaar 3. Ik had hem moeten wissen.
           *[false] { $zelf_gedeeld ->
                [true] Sara, het spijt me. Ik heb jouw foto in Jaar 3 gezet. Dat had ik nooit mogen doen.
               *[false] Sara, het spijt me. Ik stuurde jouw foto naar Ilias. Hij zette hem in Jaar 3. Dat had ik nooit mogen doen.
            }
        }
    }
niks_sara = Wat moet ik zeggen? Ik laat het maar.

## Woensdagochtend: Sara

wissel_sara = Woensdagochtend, kwart over zeven. Sara pakt haar telefoon.
sara_1 = Je hebt 93 nieuwe berichten. Je eigen naaktfoto staat in de groep van Jaar 3.
sara_2 = Die foto was alleen voor Jayden. Ik vertrouwde hem.
sara_lotte = Sara?? Bel me als je wakker bent. Ik ben er voor je ❤️
sara_jayden = { sara_bericht }
sara_jayden_2 = { $smoes ->
        [true] Dus het is mijn schuld? Omdat ik het uitmaakte?
       *[false] { $gepakt ->
            [true] Hij zegt sorry. Maar waarom had hij die foto nog?
           *[false] Sorry? Iedereen heeft mijn foto nu gezien.
        }
    }
sara_wie = { $zelf_gedeeld ->
        [true] Jayden zette hem er zelf in. Ik dacht dat ik hem kende.
       *[false] Ilias zette hem erin. Maar alleen Jayden had die foto.
    }
sara_onbekend = Hoi Sara 😏 Leuke foto. Stuur je er nog een?
sara_onbekend_2 = Wie is dit? Mijn foto is al bij mensen die ik niet ken.
sara_school = Op school kijken mensen naar je. Twee jongens uit 3C lachen hardop. Bij de kluisjes kijkt Dewi snel weg.
sara_weg = { $zelf_gedeeld ->
        [true] Lotte laat je de groep zien. Jayden heeft de foto weggehaald. Maar veel mensen hebben hem al.
       *[false] Lotte laat je de groep zien. Jayden schreef dat iedereen moet wissen. Dat helpt een klein beetje.
    }
sara_mentor = In het eerste uur haalt mevrouw Pinas je uit de klas. Ze zegt: "Jij hebt niks fout gedaan. Wij gaan je helpen."
sara_mentor_2 = Ze noemde Helpwanted. Die helpt om foto's offline te halen. Ik sta er niet alleen voor.
sara_alleen = In de pauze zit je alleen bij de fietsenstalling. Je wilt naar huis.
sara_alleen_2 = Lotte komt naast je zitten. "Helpwanted helpt om foto's offline te halen. Zullen we samen naar mevrouw Pinas gaan?"
sara_alleen_3 = Ik schaam me zo. Maar ik heb niks fout gedaan.

sara_gevoel = Je bent Sara. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Sara? Wat maakte dat je die koos?

## Woensdagmiddag: weer Jayden

wissel_jayden = Woensdagmiddag. Jayden moet naar de teamleider.
gevolg_delen = { $zelf_gedeeld ->
        [true] De teamleider weet dat jij de foto in Jaar 3 zette.
       *[false] De teamleider weet dat jij de foto naar Ilias stuurde.
    } De school belt vandaag je ouders.
gevolg_delen_2 = Morgen komt de wijkagent op school. { $zelf_gedeeld ->
        [true] Hij wil met jou praten.
       *[false] Hij wil met jou en Ilias praten.
    }
gevolg_gepakt = Ilias zit al bij de teamleider. De foto kwam van jouw telefoon. Daarom moet jij ook komen.
gevolg_gepakt_2 = De teamleider zegt: "Wis die foto nu, terwijl ik erbij ben." De school belt ook je ouders.
dank = Na afloop zegt mevrouw Pinas: "Goed dat je het meteen meldde. Zo kreeg Sara snel hulp."

## Nadenken

oordeel = { $zelf_gedeeld ->
        [true] Jayden
       *[false] Ilias
    } zette de naaktfoto van Sara in Jaar 3. Sara moest voelen hoe het is. Welke vlag geef jij?
    .explanation = Rood. Sara stuurde de foto alleen aan Jayden. Ze gaf geen toestemming om hem te delen. Een groep van 58 mensen is geen plek voor zo'n foto. Het was bedoeld om haar pijn te doen.
    .starter = Welke vlag gaf je? En welke vlag past bij wat jij als Jayden deed?

wet = Sara stuurde de foto zelf naar Jayden. Mag Jayden hem dan doorsturen naar anderen?
    .ja_zelf = Ja. Ze stuurde hem toch zelf.
    .ja_uit = Ja, als het uit is.
    .nee = Nee. Zonder haar toestemming is dat strafbaar.
    .explanation = Nee. Een seksuele foto verspreiden zonder toestemming is strafbaar. Dat staat sinds 2020 in de wet. Het geldt op elke leeftijd. Sara is 15. Dan telt de foto voor de wet als beeld van seksueel kindermisbruik. Ook doorsturen of bewaren kan dan strafbaar zijn.
    .starter = Wist je dit al? Wat vind je ervan dat het ook strafbaar is als iemand de foto zelf stuurde?

boosheid = Jayden was boos en verdrietig na het uitmaken. Wat had hij met die boosheid kunnen doen? Zonder Sara pijn te doen.
    .hint = Schrijf een paar dingen op. Er zijn geen foute antwoorden.
    .starter = Wat doe jij zelf als je heel boos bent op iemand? Wat helpt jou dan echt?

belang = Hoe belangrijk vind jij het om zo'n foto nooit te delen? Ook als je heel boos bent?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wanneer is het voor jou het moeilijkst?

## Einde

einde_gedeeld = Boos zijn mag. Iemand pijn doen met een foto niet. { $eerlijk ->
        [true] Sorry zeggen is een begin. Sara beslist wat ze ermee doet.
       *[false] { $smoes ->
            [true] Een sorry met "maar" legt de schuld bij Sara.
           *[false] Eerlijk zijn en hulp vragen kan nog steeds.
        }
    }
    .title = De foto ging rond
einde_opgekomen = Je deelde de foto niet. En toen Ilias het toch deed, deed jij iets. { $smoes ->
        [true] Maar een sorry met "maar" legt de schuld bij Sara.
       *[false] Dat hielp Sara echt.
    }
    .title = Je deed iets voor Sara
einde_stil = Je deelde de foto niet, maar je bleef daarna stil. Wis zo'n foto na het uitmaken. En vraag hulp als het toch misgaat.
    .title = Je bleef stil
