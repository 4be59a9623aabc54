# Na de breuk — Nederlandse tekst (brontaal).

scenario-title = Na de breuk
scenario-summary = Sara maakte het uit. Je vrienden willen dat je haar naaktfoto deelt.

character-jayden = Jayden
character-sara = Sara
character-wout = Wout
character-lina = Lina
character-kwame = Kwame
character-hira = Hira
character-femke = Femke
character-pinas = Mevrouw Pinas
character-onbekend = Onbekend nummer

chat-jaar3 = Jaar 3 (alle klassen)
chat-dm_wout = Wout
chat-dm_pinas = Mevrouw Pinas
chat-dm_sara = Sara
chat-van_jayden = Jayden
chat-dm_femke = Femke
chat-onbekend = Onbekend nummer

## Dinsdag na school: Jayden

begin = Het is dinsdag na school. Je zit met Wout en Lina bij de snackbar.
begin_2 = Vorige week maakte Sara het uit. Jullie waren vijf maanden samen. Jullie zijn allebei 15.
story = Op je telefoon zie je een story van Sara. Ze lacht met haar vriendinnen.
boos = Ze mist me niet eens. Ik ben zo boos.
ilias_1 = Wout kijkt mee op je scherm. "Die is jou snel vergeten, man."
dewi_1 = Lina zegt: "Ze stuurde jou toch ooit een naaktfoto?"
ilias_2 = Wout grijnst. "Zet hem in de groep van Jaar 3. Dan voelt zij ook eens hoe het is."
twijfel_ilias = Die foto stuurde Sara alleen aan mij. Toen vertrouwde ze me nog.

keuze_vrienden = Wat zeg je tegen Wout en Lina?
    .lachen = Ik lach. "Ze verdient het."
    .twijfel = Ik zeg: "Weet ik niet, hoor."
    .nee = Ik zeg: "Nee. Die foto was alleen voor mij."

vr_lachen = Wout slaat op je schouder. "Zo! Doe het dan."
vr_twijfel = Lina zegt: "Kom op. Zij deed jou toch ook pijn?"
vr_nee = Wout rolt met zijn ogen. "Jij bent echt te soft."

keuze_delen = Je telefoon ligt op tafel. De foto staat er nog op. Wat doe je?
    .posten = Ik zet de foto in de groep van Jaar 3.
    .ilias = Ik stuur de foto naar Wout. Dan doet hij het.
    .niet = Ik doe het niet. Ik stop mijn telefoon weg.

post_1 = dit is sara 😂
ilias_stuur = hier. doe jij het maar
niet_1 = Je stopt je telefoon in je jas. Dan loop je naar de toonbank.
pak_1 = Als je terugkomt, heeft Wout jouw telefoon. Hij kent je code. Hij stuurde de foto naar zichzelf. "Graag gedaan," zegt hij.
ilias_post = kijk wie dit is 👀

reactie_kofi = HAHA is dat echt sara?? 💀
reactie_esra = huh?? weet sara hiervan
reactie_lotte = haal dit weg!! dit is de foto van sara 😡
na_gedeeld = { $zelf_gedeeld ->
        [true] Even voelde het goed. Nu voel ik me misselijk.
       *[false] { $naar_wout ->
            [true] Ik heb hem niet zelf gepost. Maar Wout kreeg hem wel van mij.
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
        [true] ik haal hem weg. dit was fout van mij. iedereen wissen aub
       *[false] haal die foto weg. dit is niet oké. iedereen wissen
    }
weg_2 = { $gepakt ->
        [true] rustig. ik deed het voor jou bro
       *[false] { $zelf_gedeeld ->
            [true] nu ineens heilig? 🙄
           *[false] jij stuurde hem toch naar mij? 💀
        }
    }
weg_3 = ja. iedereen wissen. nu
weg_4 = { $zelf_gedeeld ->
        [true] Je haalt je bericht weg voor iedereen. Maar wie de foto bewaarde, heeft hem nog.
       *[false] Een paar mensen sturen een duimpje. Maar de foto staat er nog.
    }
mentor_1 = { $gepakt ->
        [true] Mevrouw, Wout heeft een naaktfoto van Sara in de groep van Jaar 3 gezet. Hij haalde hem van mijn telefoon. Mag ik morgen voor de les bij u komen?
       *[false] Mevrouw, ik heb iets fouts gedaan. Er staat een naaktfoto van Sara in de groep van Jaar 3. Door mij. Mag ik morgen voor de les bij u komen?
    }
mentor_2 = Goed dat je het meldt, Jayden. Wis de foto van je telefoon. Kom morgen om acht uur bij me.

denk_sara = Sara ziet het morgen vroeg. Moet ik haar iets laten weten?

keuze_eerst = Wat doe je?
    .appen = Ik open de chat met Sara.
    .mentor_vragen = Ik vraag mevrouw Pinas eerst hoe ik sorry kan zeggen.
    .wachten = Ik doe vanavond niks meer.

vraag_1 = { $mentor ->
        [true] Mevrouw, nog één vraag. Ik wil sorry zeggen tegen Sara. Hoe doe ik dat goed?
       *[false] { $gepakt ->
            [true] Mevrouw, Wout zette een naaktfoto van Sara in Jaar 3. Hij haalde hem van mijn telefoon. Ik wil sorry zeggen tegen Sara. Hoe doe ik dat goed?
           *[false] Mevrouw, er staat een naaktfoto van Sara in Jaar 3. Door mij. Ik wil sorry zeggen. Hoe doe ik dat goed?
        }
    }
vraag_2 = Fijn dat je dit eerst vraagt, Jayden. App Sara vanavond niet. Ik vraag haar morgen wat zij wil. Zij kiest of en wanneer. { $mentor ->
        [true] Tot morgen.
       *[false] Wis de foto en kom morgen om acht uur bij me.
    }

keuze_sara = Je opent de chat met Sara. Wat doe je?
    .waarschuwen = Ik vertel eerlijk wat er gebeurde.
    .sorry = Ik app sorry en vertel wat ik deed.
    .smoes = Ik schrijf: "Sorry. Maar jij maakte het wel uit."
    .niks = Ik sluit de chat weer. Ik weet niet wat ik moet zeggen.

sara_bericht = { $smoes ->
        [true] sorry. maar jij maakte het wel uit hè
       *[false] { $gepakt ->
            [true] sara het spijt me. wout pakte mijn telefoon en zette jouw foto in jaar 3. ik had hem allang moeten wissen
           *[false] { $zelf_gedeeld ->
                [true] sara het spijt me. ik heb jouw foto in jaar 3 gezet. dat had ik nooit mogen doen
               *[false] sara het spijt me. ik stuurde jouw foto naar wout en hij zette hem in jaar 3. dat had ik nooit mogen doen
            }
        }
    }
niks_sara = Wat moet ik zeggen? Ik laat het maar.

## Woensdagochtend: Sara

wissel_sara = Woensdagochtend, kwart over zeven. Sara pakt haar telefoon.
sara_1 = Je hebt 93 nieuwe berichten. Je eigen naaktfoto staat in de groep van Jaar 3.
sara_2 = Die foto was alleen voor Jayden. Ik vertrouwde hem.
sara_lotte = sara?? bel me als je wakker bent. ik ben er voor je ❤️
sara_jayden = { sara_bericht }
sara_jayden_2 = { $smoes ->
        [true] Dus het is mijn schuld? Omdat ik het uitmaakte?
       *[false] { $gepakt ->
            [true] Hij zegt sorry. Maar waarom had hij die foto nog?
           *[false] Sorry? Iedereen heeft mijn foto nu gezien.
        }
    }
sara_jayden_3 = Je schrikt van zijn naam tussen al die berichten. Moet je nu iets terugsturen? Je legt je telefoon weg, met het scherm naar beneden.
sara_wie = { $zelf_gedeeld ->
        [true] Jayden zette hem er zelf in. Ik dacht dat ik hem kende.
       *[false] Wout zette hem erin. Maar alleen Jayden had die foto.
    }
sara_onbekend = hoi sara 😏 leuke foto. stuur je er nog een?
sara_onbekend_2 = Wie is dit? Mijn foto is al bij mensen die ik niet ken.
sara_school = Op school kijken mensen naar je. Twee jongens uit 3C lachen hardop. Bij de kluisjes kijkt Lina snel weg.
sara_weg = { $zelf_gedeeld ->
        [true] Femke laat je de groep zien. Jayden heeft de foto weggehaald. Maar veel mensen hebben hem al.
       *[false] Femke laat je de groep zien. Jayden schreef dat iedereen moet wissen. Dat helpt een klein beetje.
    }
sara_mentor = In het eerste uur haalt mevrouw Pinas je uit de klas. Ze zegt: "Jij hebt niks fout gedaan. Wij gaan je helpen."
sara_mentor_2 = Ze noemde Helpwanted. Die helpt om foto's offline te halen. Ik sta er niet alleen voor.
sara_alleen = In de pauze zit je alleen bij de fietsenstalling. Je wilt naar huis.
sara_alleen_2 = Femke komt naast je zitten. "Helpwanted helpt om foto's offline te halen. Zullen we samen naar mevrouw Pinas gaan?"
sara_alleen_3 = Ik schaam me zo. Maar ik heb niks fout gedaan.
sara_vraag = Mevrouw Pinas zegt ook: "Jayden wil sorry zeggen. Hij appt je niet. Wil jij het horen? Dat mag jij kiezen. Ook later, of nooit."
sara_vraag_2 = Hij wacht op mij. Dan kan ik eerst even ademhalen.

sara_gevoel = Je bent Sara. Hoe voel je je nu? Kies wat past.
    .starter = { $eerlijk ->
            [true] Sara las om kwart over zeven een sorry-appje van Jayden. Welke gevoelens koos je voor haar? Wat deed dat appje met haar, denk je?
           *[false] { $smoes ->
                [true] Sara las: "maar jij maakte het wel uit". Welke gevoelens koos je voor haar, en waarom?
               *[false] Welke gevoelens koos je voor Sara? Wat maakte dat je die koos?
            }
        }

## Woensdagmiddag: weer Jayden

wissel_jayden = Woensdagmiddag. Jayden moet naar de teamleider.
gevolg_delen = { $zelf_gedeeld ->
        [true] De teamleider weet dat jij de foto in Jaar 3 zette.
       *[false] De teamleider weet dat jij de foto naar Wout stuurde.
    } "Je ouders gaan dit horen," zegt ze. "Vertel jij het ze vanavond eerst? Daarna bel ik."
gevolg_delen_2 = Morgen komt de wijkagent op school. { $zelf_gedeeld ->
        [true] Hij wil met jou praten.
       *[false] Hij wil met jou en Wout praten.
    }
gevolg_gepakt = Wout zit al bij de teamleider. De foto kwam van jouw telefoon. Daarom moet jij ook komen.
gevolg_gepakt_2 = De teamleider zegt: "Wis die foto nu, terwijl ik erbij ben. En vertel thuis zelf wat er gebeurde. Morgen belt de school je ouders."
gevolg_app = { $smoes ->
        [true] Sara liet je appje aan school zien. De teamleider leest voor: "maar jij maakte het wel uit". "Zo leg je de schuld bij haar. App haar niet meer."
       *[false] Sara liet je appje aan school zien. De teamleider zegt: "Ze schrok ervan. App haar nu niet meer. Sorry zeggen kan later via mevrouw Pinas. Als Sara dat wil."
    }
dank = Na afloop zegt mevrouw Pinas: "Goed dat je het meteen meldde. Zo kreeg Sara snel hulp."
dank_sorry = Mevrouw Pinas zegt: "Ik heb Sara gevraagd of ze jouw sorry wil horen. Ze wil er eerst over nadenken. Dat is haar keus. We wachten op haar."

## Nadenken

oordeel = { $zelf_gedeeld ->
        [true] Jayden
       *[false] Wout
    } zette de naaktfoto van Sara in Jaar 3. Hij wilde haar pijn doen. Welke vlag geef jij?
    .explanation = Rood. Sara stuurde de foto alleen aan Jayden. Ze gaf geen toestemming om hem te delen. Een groep van 58 mensen is geen plek voor zo'n foto. Het was bedoeld om haar pijn te doen.
    .starter = Welke vlag gaf je? En welke vlag past bij wat jij als Jayden deed?

wet = Sara stuurde de foto zelf naar Jayden. Mag Jayden hem dan doorsturen naar anderen?
    .ja_zelf = Ja. Ze stuurde hem toch zelf.
    .nee = Nee. Zonder haar ja is dat strafbaar.
    .ja_een_vriend = Ja, als hij hem maar naar één vriend stuurt.
    .ja_uit = Ja, als het uit is.
    .explanation = Nee. Een seksuele foto van iemand delen zonder toestemming is strafbaar. Dat staat sinds 2020 in de wet. Het geldt op elke leeftijd. En Sara is 15. Een naaktfoto van iemand onder de 18 telt voor de wet als kinderporno. Dan kan ook doorsturen naar één vriend strafbaar zijn. En bewaren ook.
    .starter = Sara stuurde de foto zelf. Wat vind je ervan dat doorsturen dan toch strafbaar is?

boosheid = Jayden was boos en verdrietig na het uitmaken. Wat had hij met die boosheid kunnen doen? Zonder Sara pijn te doen.
    .hint = Schrijf een paar dingen op. Er zijn geen foute antwoorden.
    .starter = { $zelf_gedeeld ->
            [true] Jayden zette de foto zelf in de groep, vanuit zijn boosheid. Wat doe jij als je zo boos bent op iemand? Wat helpt jou dan echt?
           *[false] { $naar_wout ->
                [true] Jayden gaf de foto aan Wout, zodat die hem postte. Wat doe jij als je heel boos bent op iemand? Wat helpt jou dan echt?
               *[false] Jayden deelde de foto niet, hoe boos hij ook was. Wat doe jij als je heel boos bent op iemand? Wat helpt jou dan echt?
            }
        }

belang = Stel: je bent net zo boos als Jayden. Hoe belangrijk is het dan voor jou om niemand pijn te doen met een foto?
    .low = Maakt me niet uit
    .high = Heel belangrijk voor mij
    .followup = Je koos geen lager cijfer. Waarom niet?
    .starter = Welke reden gaf je voor je cijfer? Op welk moment is het voor jou het moeilijkst om je daaraan te houden?

eigen_situatie = Denk aan wat er bij jou is gebeurd. Speelde boosheid of druk van vrienden mee? Vertel het als je wilt. Namen hoeven niet.
    .hint = Je mag dit overslaan. Schrijf je iets, dan leest je Halt-medewerker het. Jullie praten er samen over.
    .starter = Wat uit het verhaal van Jayden kende je van jezelf? Hoe ging het bij jou met boosheid of druk van vrienden?

## Einde

einde_gedeeld = Boos zijn mag. Iemand pijn doen met een foto niet. { $eerlijk ->
        [true] Sara had niet om je appje gevraagd. Het maakte haar ochtend nog zwaarder. Wil je het goedmaken? Dat loopt via school, in Sara's tempo. Zij beslist.
       *[false] { $sorry_mentor ->
            [true] Je vroeg eerst je mentor hoe je sorry kunt zeggen. Nu kiest Sara zelf of ze het wil horen, en wanneer.
           *[false] { $smoes ->
                [true] Een sorry met "maar" legt de schuld bij Sara.
               *[false] Eerlijk zijn en hulp vragen kan nog steeds.
            }
        }
    }
    .title = De foto ging rond
einde_opgekomen = Je deelde de foto niet. En toen Wout het toch deed, deed jij iets. { $smoes ->
        [true] Maar een sorry met "maar" legt de schuld bij Sara.
       *[false] { $eerlijk ->
            [true] Je appte Sara zelf, maar zij vroeg daar niet om. Sorry kan beter via school, als Sara dat wil.
           *[false] { $sorry_mentor ->
                [true] Je vroeg je mentor hoe je sorry kunt zeggen. Zo hield Sara zelf de keus.
               *[false] Dat hielp Sara echt.
            }
        }
    }
    .title = Je deed iets voor Sara
einde_stil = { $smoes ->
        [true] Je deelde de foto niet. Maar je sorry met "maar" legde de schuld bij Sara.
       *[false] Je deelde de foto niet, maar je bleef daarna stil.
    } Wis zo'n foto na het uitmaken. En vraag hulp als het toch misgaat.
    .title = { $smoes ->
        [true] Je legde de schuld bij Sara
       *[false] Je bleef stil
    }
