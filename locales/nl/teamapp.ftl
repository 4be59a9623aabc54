# De teamapp — Nederlandse tekst (brontaal).

scenario-title = De teamapp
scenario-summary = In de teamapp van een basketbalteam krijgen meiden cijfers.

character-mo = Mo
character-lotte = Lotte
character-jayden = Jayden
character-bram = Bram
character-yusuf = Yusuf
character-esra = Esra

chat-team = Basketbal JU16 🏀
chat-dm_yusuf = Yusuf
chat-dm_jayden = Jayden
chat-dm_esra = Esra
chat-dm_lotte = Lotte

## Donderdagavond: Mo

begin = Het is donderdagavond. Jij bent Mo, 15 jaar. Je zit in het basketbalteam van je club.
groep_1 = Wie heeft mijn bidon nog? 😅
foto = Teamfoto van de meiden MU16 😏 Tijd voor cijfers!
cijfers = Lotte een 9 🔥 Naomi een 5. Esra een 7, als ze haar mond houdt 😂
bram_1 = Lotte wil vast wel. Zie je hoe ze zich kleedt? 😏
reacties = Er komen lachende emoji's bij. Yusuf zegt niks.
twijfel = Lotte zit bij mij in de klas. Wat als zij dit ziet?

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook een lachende emoji.
    .afleiden = Ik begin over de wedstrijd van zaterdag.
    .stop = Ik schrijf dat dit niet oké is.

mo_lacht = 😂😂
lacht_jayden = Mo snapt het 😎
mo_afleid = Jongens, zaterdag spelen we tegen de nummer 1. Wie komt morgen extra trainen?
afleid_yusuf = Ik! 🏀
afleid_jayden = Ja ja. Eerst de cijfers 😂
mo_stop = Doe normaal. Dit zijn meiden van onze eigen club.
stop_jayden = Oeh. Mo is verliefd op Lotte 😂
stop_bram = Relax Mo. Het is maar een grapje.

poll = Poll: wie is de lekkerste van MU16? Stem nu 👇
poll_2 = De winnaar krijgt een berichtje van mij 😏
yusuf_dm = { $opgekomen ->
        [true] Hé Mo. Goed dat je wat zei. Naomi is mijn nicht. Ik vind dit echt raar.
       *[false] Hé Mo. Vind jij dit ook zo raar? Naomi is mijn nicht.
    }

keuze_poll = Er komen steeds meer stemmen. Yusuf wacht op je antwoord. Wat doe je?
    .stemmen = Ik stem op Lotte. Iedereen doet het.
    .verlaten = Ik verlaat de groep.
    .samen = Ik app Yusuf terug. Samen zeggen we er iets van.

stem_1 = Je tikt op Lotte. Je naam staat nu bij de stemmen.
stem_2 = Lotte wint 🏆 Ik stuur haar nu een berichtje 😂
verlaat_1 = Je tikt op Groep verlaten. In de groep staat nu: Mo heeft de groep verlaten.
verlaat_2 = Ik zie het nu niet meer. Maar in de groep gaat het gewoon door.
samen_1 = Ik vind het ook niet oké. Zullen we samen iets zeggen?
samen_2 = Ja. Ik begin.
samen_3 = Stop met die poll. Dit zijn onze clubgenoten.
samen_4 = Eens. Haal hem weg, Jayden.
samen_5 = Pff, jullie zijn saai. Lotte wint toch 🏆

## Vrijdagochtend: Lotte

wissel_lotte = Vrijdagochtend. Lotte is 15. Ze speelt bij de meiden van dezelfde club.
lotte_dm = Hé Lotte 😏 Je hebt gewonnen! Ons team vindt jou de lekkerste 🔥
lotte_1 = Jayden? Ik ken hem alleen van de club. Waar heeft hij het over?
esra_1 = Lotte… heb je dit gezien? 😳
esra_2 = Ze geven ons cijfers. In hun teamapp.
lotte_ziet = Je ziet de foto van jouw team. Naast jouw naam staat een 9 met een vlammetje.
lotte_mo = { $gelachen ->
        [true] Eronder staan lachende emoji's. Ook van Mo, uit jouw klas.
       *[false] { $opgekomen ->
            [true] Eén jongen schreef: Doe normaal. Dat is Mo, uit jouw klas.
           *[false] Mo, uit jouw klas, begon over een wedstrijd. Verder zei niemand er iets van.
        }
    }
lotte_poll = { $gestemd ->
        [true] Er is ook een poll. Mo heeft op jou gestemd.
       *[false] { $samen ->
            [true] Er is ook een poll. Yusuf en Mo schreven dat die weg moest.
           *[false] Er is ook een poll. Mo is uit de groep gegaan. De rest stemde gewoon door.
        }
    }
lotte_2 = "Zie je hoe ze zich kleedt?" Dat is gewoon mijn sportkleding.
lotte_3 = Morgen heb ik training. Op het veld naast dat van hen.

keuze_lotte = Wat doe je?
    .trainer = Ik bewaar de screenshots. Ik laat ze aan mijn trainer zien.
    .blokkeren = Ik blokkeer Jayden.
    .niks = Ik zeg niks. Ik wil er niet aan denken.

trainer_1 = Na school laat je trainer Sanne de screenshots zien.
trainer_2 = Sanne zegt: "Jij hebt niks fout gedaan. Ik praat vandaag nog met hun coach."
blok_1 = Je blokkeert Jayden. Hij kan je niks meer sturen. De cijfers staan nog wel in hun groep.
blok_2 = Zullen we het samen aan Sanne vertellen? Alleen als jij dat wilt.
stil_1 = Je legt je telefoon weg. Die middag meld je je af voor de training.

lotte_gevoel = Je bent Lotte. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Lotte? Wat maakte dat je die koos?

## Vrijdagmiddag: weer Mo

wissel_mo = Vrijdagmiddag. Mo loopt de sporthal in.
kleedkamer = In de kleedkamer laat Jayden iedereen zijn bericht aan Lotte zien. "Ze reageert niet eens." Bram lacht.
lotte_langs = { $lotte_weg ->
        [true] Het meidenteam traint naast jullie. Lotte is er niet.
       *[false] Het meidenteam traint naast jullie. Lotte kijkt naar de grond.
    }

keuze_coach = Wat doe je nu?
    .coach = Ik vertel het aan coach Ramon.
    .bericht = Ik stuur Lotte een bericht.
    .niks = Ik zeg niks. Het is toch al voorbij.

coach_1 = Je vertelt coach Ramon over de cijfers en de poll. Hij zegt: "Goed dat je het zegt, Mo."
sorry_1 = { $gelachen ->
        [true] Hoi Lotte. Sorry dat ik meedeed in de groep. Dat was niet oké.
       *[false] { $gestemd ->
            [true] Hoi Lotte. Sorry dat ik meedeed in de groep. Dat was niet oké.
           *[false] Hoi Lotte. Wat ze in onze groep doen, is niet oké. Ik sta achter je.
        }
    }
sorry_2 = { $gelachen ->
        [true] Oké. Dank je dat je het zegt.
       *[false] { $gestemd ->
            [true] Oké. Dank je dat je het zegt.
           *[false] Dank je. Dat helpt echt.
        }
    }
niks_1 = Het is toch al voorbij? Ik wil geen gedoe.

team_praat = { $coach ->
        [true] Na de training roept coach Ramon het team bij elkaar.
       *[false] Na de training roept coach Ramon het team bij elkaar. Trainer Sanne liet hem de screenshots zien.
    }
team_gevolg = Ramon zegt: "Meiden cijfers geven voor hun lichaam is seksuele intimidatie. Dat accepteren we hier niet."
straf = Jayden mag zaterdag niet meespelen. De club belt vandaag zijn ouders.
mo_gesprek = Daarna neemt Ramon jou apart. Hij vraagt: "Jij deed ook mee in die groep, Mo. Hoe kwam dat?"
niemand = Niemand van de club weet ervan. Jayden begint al aan een nieuwe poll.

## Nadenken

oordeel = Jayden geeft de meiden cijfers in de teamapp. Dan appt hij Lotte: "Ons team vindt jou de lekkerste." Welke vlag geef jij?
    .explanation = Rood. Lotte vroeg hier niet om. Een hele groep jongens tegenover één meisje is niet gelijkwaardig. En het kwetst de meiden. Een teamapp is daar geen plek voor.
    .starter = Welke vlag gaf je Jayden? En welke vlag past bij wat jij deed als Mo?

wet = Jayden stuurt Lotte een seksueel bericht dat ze niet wil. Kan dat strafbaar zijn?
    .ja = Ja, dat kan strafbaar zijn.
    .nee_woorden = Nee. Het zijn maar woorden.
    .nee_groep = Nee. Het was maar een grapje.
    .explanation = Ja. Sinds 1 juli 2024 gaat de Wet seksuele misdrijven ook over seksuele intimidatie online. Lotte mag screenshots bewaren als bewijs.
    .starter = Wist je dit al? Wat vind je ervan dat berichten online ook strafbaar kunnen zijn?

kleding = Bram schreef: "Lotte wil vast wel. Zie je hoe ze zich kleedt?" Wat vind jij daarvan?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Wat schreef je over het bericht van Bram? Waar komen zulke ideeën over meisjes vandaan, denk je?

belang = Je team praat zo over meisjes. Hoe belangrijk vind jij het om dan iets te doen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat zou jij in zo'n groep kunnen doen?

## Einde

einde_opgekomen = { $gelachen ->
        [true] Eerst deed je mee, daarna koos je voor Lotte. Dat telt.
       *[false] { $gestemd ->
            [true] Eerst deed je mee, daarna koos je voor Lotte. Dat telt.
           *[false] Je liet merken dat dit niet oké is. Zo staat Lotte er niet alleen voor.
        }
    }
    .title = Je deed iets voor Lotte
einde_meegedaan = { $gestemd ->
        [true] Eén stem lijkt klein. Voor Lotte telde elke stem mee.
       *[false] Een lachje lijkt klein. Voor Lotte telde elk lachje mee.
    }
    .title = Je deed mee
einde_stil = Je begon over iets anders en ging uit de groep. Maar niemand zei tegen Jayden dat het fout was.
    .title = Je hield je erbuiten
