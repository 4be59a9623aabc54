# De expose-groep — Nederlandse tekst (brontaal).

scenario-title = De expose-groep
scenario-summary = Een jongen zet een naaktfoto in een groep. Er staat het gezicht van een klasgenote op.

character-mo = Mo
character-esra = Esra
character-dylan = Dylan
character-sven = Sven
character-tarik = Tarik
character-aya = Aya
character-selin = Selin
character-visser = Mevrouw Visser
character-fier = Fier

chat-expose = Expose 👀
chat-dm_sven = Sven
chat-klas = Klas 3B
chat-dm_visser = Mevrouw Visser
chat-dm_esra = Esra
chat-dm_hamza = Hamza
chat-dm_selin = Selin
chat-van_mo = Mo
chat-esra_visser = Mevrouw Visser
chat-fier_chat = Chat met Fier

## Zaterdagavond: Mo

begin = Zaterdagavond. Dylan zet je in een nieuwe groep: Expose 👀
expose_1 = welkom mannen 😎 wat hier komt blijft hier 🤫
foto = nummer 1: Esra uit 3B 👀
foto_wat = Het is een naaktfoto met het gezicht van Esra. Zij zit bij jou in de klas.
ilias_1 = wacht is dat wel echt? lijkt nep
dylan_nep = maakt niet uit. iedereen denkt dat zij het is 💀
sven_1 = stuur naar haar familie 😂 kijken wat die ervan vinden
twijfel = Iedereen in de buurt kent Esra's familie. Zo'n foto gaat snel rond. Ook als hij nep is.

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook lachende emoji's.
    .stil = Ik zeg niks. Ik lees mee.
    .opkomen = Ik schrijf dat de foto weg moet.

mo_lacht = 😂😂
stil_1 = Niemand ziet dat ik meelees. Toch?
mo_stop = nep of niet, dit is gemeen. haal weg Dylan
stop_weg = Dylan haalt jou meteen uit de groep.

druk_1 = { $opgekomen ->
        [true] haha Dylan heeft je eruit gegooid 😭
       *[false] { $gelachen ->
            [true] haha Mo jij snapt het 😎 jij zit toch bij Esra in de klas?
           *[false] hé Mo. jij zit toch bij Esra in de klas?
        }
    }
druk_2 = { $opgekomen ->
        [true] zet die foto in je klassenapp. dan mag je er weer in
       *[false] zet hem in jullie klassenapp. dan weet maandag iedereen het 👀
    }

keuze_sven = Sven wacht. Wat doe je?
    .doorsturen = Ik zet de foto in de klassenapp.
    .nee = Ik schrijf terug: Nee, dat doe ik niet.
    .negeren = Ik reageer niet.

door_1 = kijk wat er rondgaat 👀
door_2 = Mo?? dat is Esra 😳 waarom stuur je dit
door_3 = Dertig mensen zitten in de klassenapp. Ik krijg hem niet meer terug.
nee_1 = nee. zoiets doe je niemand aan
nee_2 = watje 🙄 dan doet iemand anders het wel

keuze_foto = Je app bewaarde de foto van Esra vanzelf. Wat doe je?
    .bewaren = Ik laat hem gewoon staan.
    .wissen = { $opgekomen ->
        [true] Ik wis de foto.
       *[false] Ik wis de foto en ga uit de groep.
    }
    .melden = Ik wis de foto en vertel het mijn mentor.
    .sorry_vragen = Ik wis de foto en vraag mevrouw Visser hoe ik sorry kan zeggen.

bewaren_1 = Ik doe er toch niks mee? Wat maakt het uit?
wissen_1 = { $opgekomen ->
        [true] Je houdt de foto ingedrukt. Je tikt op Verwijderen.
       *[false] Je wist de foto. Daarna tik je op Groep verlaten.
    }
melden_1 = Mevrouw, sorry dat ik in het weekend app. Er gaat een naaktfoto van Esra rond. Wat moet ik doen?
melden_2 = Dank je, Mo. Goed dat je het zegt. Ik app Esra morgen.

keuze_esra = Stuur je Esra een bericht?
    .steun = Ja. Ik waarschuw haar en zeg dat het niet haar schuld is.
    .sorry = Ja. Ik zeg sorry dat ik de foto doorstuurde.
    .broer = Nee. Ik vertel het haar broer Hamza. Hij moet het weten.
    .niks = Nee. Ik weet niet wat ik moet zeggen.

steun_1 = hoi Esra. er gaat een foto van jou rond. het is niet jouw schuld. kan ik iets doen?
sorry_1 = Esra sorry. ik heb een foto van jou doorgestuurd. dat was fout van mij
sorry_vragen_1 = Mevrouw, sorry dat ik in het weekend app. Er gaat een naaktfoto van Esra rond. Ik heb hem zelf in de klassenapp gezet. Nu heb ik hem gewist. Hoe kan ik sorry zeggen tegen Esra?
sorry_vragen_2 = Goed dat je dit eerlijk vertelt, Mo. Stuur Esra nu niks. Ik vraag haar eerst wat zij wil. Zij beslist of en wanneer ze je sorry hoort.
broer_1 = Hamza er gaat een foto van je zus rond. in een expose-groep. jij moet dit weten
broer_2 = Hij is haar broer. Hij lost het wel op.
niks_esra = Misschien weet ze het nog niet. Dan zeg ik maar niks.

## Zondag: Esra

wissel_esra = Zondagmiddag. Bij Esra thuis zijn haar tantes op bezoek.
esra_selin = Esra er gaat een foto van jou rond 😳 { $doorgestuurd ->
        [true] hij staat zelfs in jullie klassenapp
       *[false] in een expose-groep van jongens
    }
esra_selin_2 = zelfs jongens op mijn school hebben hem 😭 dit ligt niet aan jou ❤️
esra_foto = Je opent de foto. Het is jouw gezicht, maar niet jouw lichaam. Wie doet zoiets?
esra_familie = Wat als mijn ouders dit zien? Geloven ze mij dan wel? En iedereen gaat over onze familie praten.
esra_yusuf = Je broer Hamza neemt je mee naar de gang. Hij is geschrokken. "Mo zegt dat er een foto van jou rondgaat. Is dat waar?"
esra_yusuf_2 = Ik wilde het zelf vertellen. Op mijn manier. Nu kan dat niet meer.
esra_mo = { $sorry ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
esra_mo_2 = { $sorry ->
        [true] Mo heeft hem dus doorgestuurd. Wie nog meer? Waarom stuurt hij mij nu iets? Ik wil nu niks met hem te maken hebben.
       *[false] Mo zegt dat het niet mijn schuld is. Dat helpt een beetje.
    }
esra_visser = Hoi Esra, met mevrouw Visser. Ik weet wat er rondgaat. Jij hebt niks fout gedaan.
esra_visser_2 = Jij mag het eerst zelf thuis vertellen. Daarna praat ik met je ouders. Wij helpen je. Je kunt ook chatten met Fier.
esra_visser_3 = Mo heeft mij gevraagd hoe hij sorry kan zeggen. Jij hoeft daar nu niks mee. Wil je het ooit horen? Zeg het mij dan. Jij beslist.
esra_visser_4 = Gelukkig. Ik hoef nu niks met Mo.
esra_kamer = Op je kamer zoek je hulp op je telefoon. Je vindt de chat van Fier.
esra_fier_1 = er gaat een nepfoto van mij rond. ik ben bang voor de reactie thuis
esra_fier_2 = Goed dat je met ons chat. Jij hebt niks fout gedaan. Nep of echt: wie zo'n foto deelt, doet fout.
esra_fier_3 = We denken met je mee, ook over hoe je het thuis vertelt. Helpwanted helpt de foto offline te halen.
esra_moeder = Je moeder klopt op je deur. "Esra? Je at bijna niks. Is er iets?"
esra_moeder_2 = Ik wil het haar vertellen. Maar durf ik het?

esra_gevoel = Je bent Esra. Hoe voel je je nu? Kies wat past.
    .starter = Welk gevoel van Esra kwam het hardst bij je binnen? Hoe kwam dat?
esra_bang = Esra heeft niks fout gedaan. Toch is ze bang. Waar is ze bang voor, denk je?
    .hint = Schrijf een paar zinnen.
    .starter = Je schreef waar Esra bang voor is. Wat zou haar op dat moment kunnen helpen?

## Maandag: weer Mo

wissel_mo = Maandagochtend. De stoel van Esra is leeg. Dylan en Sven moeten naar de wijkagent.
mo_klas = Mevrouw Visser zegt: "Er gaat een foto rond. Wis hem vandaag nog. Doorsturen of bewaren kan strafbaar zijn. Ook als je jonger dan 18 bent."
mo_klas_2 = "Sommigen zeggen: hij is nep, dus het mag. Dat klopt niet. Een nepnaaktfoto die echt lijkt, telt als naaktfoto. Dan kan maken of doorsturen ook strafbaar zijn."
mo_wijkagent = Jij moet ook naar de wijkagent. Jij zette de foto in de klassenapp. Mevrouw Visser zegt: "Vertel het vanavond zelf thuis. Morgen bel ik je ouders."
mo_sorry_dm = In de gang zegt Aya: "Esra zag je bericht. Ze werd er nog banger van. Stuur haar niks meer, oké?"
mo_sorry_wacht = Mevrouw Visser zegt: "Ik heb Esra gevraagd of ze je sorry wil horen. Nu nog niet. Dat is haar keuze."
mo_broer = Mevrouw Visser neemt je apart. "Wist Esra dat jij het aan Hamza vertelde?" Je schudt van nee. Dat had je haar niet gevraagd.
mo_dank = Na de les zegt mevrouw Visser zacht: "Dank je, Mo. Door jou kon ik Esra nog in het weekend bereiken."
mo_stil = { $bewaard ->
        [true] Die foto staat nog op mijn telefoon. Ik wis hem nu meteen.
       *[false] { $steun ->
            [true] Ik heb Esra een appje gestuurd. Ik hoop dat het een beetje hielp.
           *[false] { $opgekomen ->
                [true] Ik zei dat het weg moest. Daarna deed ik niks meer.
               *[false] Ik las alles mee. Niemand weet het. Maar ik weet het wel.
            }
        }
    }

## Nadenken

oordeel = Dylan zette een naaktfoto met het gezicht van Esra in een expose-groep. Welke vlag geef jij?
    .explanation = Rood. Esra gaf geen toestemming. Dylan wilde dat mensen slecht over haar denken. Een groep jongens tegen één meisje is niet gelijkwaardig. En het kwetst haar. Dat de foto nep is, maakt het niet minder erg.
    .starter = { $doorgestuurd ->
            [true] Je zette als Mo de foto in de klassenapp. Welke vlag past daarbij, en waarom?
           *[false] { $gelachen ->
                [true] Je stuurde als Mo lachende emoji's in de groep. Wat betekenden die voor Dylan, denk je?
               *[false] { $opgekomen ->
                    [true] Je schreef als Mo dat de foto weg moest. Wat gaf je de moed om dat te doen?
                   *[false] Je las als Mo stil mee. Welke vlag past bij stil meelezen, vind je?
                }
            }
        }

wat_doen = Iemand zet een naaktfoto van een klasgenote in jouw groep. Wat doe je het beste?
    .meelezen = Ik zeg niks en lees mee.
    .familie = Ik vertel het haar familie. Die moet het weten.
    .wissen_vertellen = Wissen, en het een volwassene vertellen.
    .alleen_wissen = Ik wis hem en zeg niks.
    .explanation = Wis hem en laat hem aan niemand zien. Vertel het een volwassene die je vertrouwt. Alleen wissen helpt haar niet. Haar familie vertellen? Dat kiest zij zelf.
    .starter = Welke volwassene zou jij appen als dit gebeurt? Wat zou je dan schrijven?

belang = Stel: er komt zo'n foto in jouw groep. Hoe makkelijk is het dan om het een volwassene te vertellen?
    .low = Heel moeilijk
    .high = Heel makkelijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt het nu al een beetje makkelijker? Wie zou je kunnen helpen om het echt te doen?

terugkijken = Kijk terug op je keuzes als Mo. Wat zou je weer zo doen? En wat niet?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = { $broer ->
            [true] Je vertelde het als Mo aan Hamza, zonder Esra te vragen. Wat wilde je daarmee? Hoe zou je het nu doen?
           *[false] Welke keuze van Mo zou je nu anders maken? Wie of wat zou je daarbij helpen?
        }

eigen_situatie = Heb jij zelf iets meegemaakt dat hierop lijkt? Je mag erover schrijven, zonder namen. Je Halt-medewerker leest het. Jullie praten erover.
    .hint = Overslaan mag ook.
    .starter = Wat in het verhaal van Mo of Esra deed je denken aan je eigen situatie?

## Einde

einde_doorgestuurd = { $sorry ->
        [true] Je stuurde Esra zelf een sorry. Ze vroeg daar niet om, en het maakte haar nog banger. Wil je sorry zeggen? Vraag je mentor of Halt hoe. Esra beslist.
       *[false] { $sorry_vragen ->
            [true] Je vroeg eerst hoe je sorry kunt zeggen. Zo houdt Esra de keuze: of, hoe en wanneer.
           *[false] Doorsturen kun je niet terughalen. Eerlijk zijn en hulp vragen kan wel.
        }
    }
    .title = De foto ging verder
einde_broer = { $gemeld ->
        [true] Je mentor helpt Esra nu. Maar het is haar verhaal. Esra kiest zelf wie het thuis hoort, en wanneer.
       *[false] Je wilde Esra helpen. Maar het is haar verhaal. Esra kiest zelf wie het thuis hoort, en wanneer.
    }
    .title = Je koos zonder Esra
einde_steun = { $gelachen ->
        [true] Eerst lachte je mee. Daarna koos je toch voor Esra.
       *[false] { $steun ->
            [true] Je liet Esra weten: het ligt niet aan jou. Zo stond ze er minder alleen voor.
           *[false] { $gemeld ->
                [true] Door jou kreeg Esra nog op zondag hulp van een volwassene.
               *[false] Je zei hardop dat het weg moest. Dat vraagt lef.
            }
        }
    }
    .title = Je koos voor Esra
einde_toekijken = { $gelachen ->
        [true] Twee emoji's zijn zo verstuurd. Voor Esra was elke emoji iemand die om haar lachte.
       *[false] Stil meelezen lijkt niks. Maar Esra stond er alleen voor.
    }
    .title = Je keek toe
