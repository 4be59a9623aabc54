# De expose-groep — Nederlandse tekst (brontaal).

scenario-title = De expose-groep
scenario-summary = Een jongen zet een naaktfoto in een groep. Er staat het gezicht van een klasgenote op.

character-mo = Mo
character-esra = Esra
character-dylan = Dylan
character-sven = Sven
character-ilias = Ilias
character-sara = Sara
character-selin = Selin
character-visser = Mevrouw Visser
character-fier = Fier

chat-expose = Expose 👀
chat-dm_sven = Sven
chat-klas = Klas 3B
chat-dm_visser = Mevrouw Visser
chat-dm_esra = Esra
chat-dm_yusuf = Yusuf
chat-dm_selin = Selin
chat-van_mo = Mo
chat-esra_visser = Mevrouw Visser
chat-fier_chat = Chat met Fier

## Zaterdagavond: Mo

begin = Het is zaterdagavond. Dylan zet je in een nieuwe groep: Expose 👀
expose_1 = Welkom mannen 😎 Wat hier komt, blijft hier 🤫
foto = Nummer 1: Esra uit 3B 👀
foto_wat = Het is een naaktfoto met het gezicht van Esra. Zij zit bij jou in de klas.
ilias_1 = Wacht. Is dat wel echt? Het lijkt nep.
dylan_nep = Maakt niet uit. Iedereen gaat denken dat zij het is 😂
sven_1 = Stuur hem naar haar familie 😂 Kijken wat die ervan vinden.
twijfel = Iedereen in de buurt kent Esra's familie. Zo'n foto gaat snel rond. Ook als hij nep is.

keuze_groep = Wat doe jij in de groep?
    .lachen = Ik stuur ook lachende emoji's.
    .stil = Ik zeg niks. Ik lees mee.
    .opkomen = Ik schrijf dat de foto weg moet.

mo_lacht = 😂😂
stil_1 = Niemand ziet dat ik meelees. Toch?
mo_stop = Dit is nep en echt gemeen. Haal weg, Dylan.
stop_weg = Dylan haalt jou meteen uit de groep.

druk_1 = { $opgekomen ->
        [true] Haha, Dylan heeft je eruit gegooid 😂
       *[false] { $gelachen ->
            [true] Haha Mo, jij snapt het! 😎 Jij zit toch bij Esra in de klas?
           *[false] Hé Mo. Jij zit toch bij Esra in de klas?
        }
    }
druk_2 = { $opgekomen ->
        [true] Zet die foto in je klassenapp. Dan mag je er weer in.
       *[false] Zet die foto in jullie klassenapp. Dan weet maandag iedereen het 😂
    }

keuze_sven = Sven wacht op je antwoord. Wat doe je?
    .doorsturen = Ik zet de foto in de klassenapp.
    .nee = Ik schrijf terug: Nee, dat doe ik niet.
    .negeren = Ik reageer niet.

door_1 = Kijk wat er rondgaat 👀
door_2 = Mo?? Dat is Esra. Waarom stuur je dit?
door_3 = Dertig mensen zitten in de klassenapp. Ik krijg hem niet meer terug.
nee_1 = Nee. Dat doe ik Esra niet aan.
nee_2 = Watje 🙄 Dan doet iemand anders het wel.

keuze_foto = De foto van Esra staat nog op je telefoon. Je app bewaart foto's vanzelf. Wat doe je?
    .bewaren = Ik doe niks. Hij blijft gewoon staan.
    .wissen = { $opgekomen ->
        [true] Ik wis de foto.
       *[false] Ik wis de foto en ik ga uit de groep.
    }
    .melden = Ik wis de foto en ik vertel het aan mijn mentor.

bewaren_1 = Ik doe er toch niks mee? Wat maakt het uit?
wissen_1 = { $opgekomen ->
        [true] Je houdt de foto ingedrukt. Je tikt op Verwijderen.
       *[false] Je wist de foto. Daarna tik je op Groep verlaten.
    }
melden_1 = Mevrouw, er gaat een naaktfoto van Esra rond. In een expose-groep. Kan ik u maandag spreken?
melden_2 = Dank je, Mo. Goed dat je het zegt. Ik neem morgen contact op met Esra.

keuze_esra = Stuur je Esra een bericht?
    .steun = Ja. Ik waarschuw haar. En ik zeg dat het niet haar schuld is.
    .sorry = Ja. Ik zeg sorry dat ik de foto doorstuurde.
    .broer = Nee. Ik vertel het aan haar broer Yusuf. Hij moet het weten.
    .niks = Nee. Ik weet niet wat ik moet zeggen.

steun_1 = Hoi Esra. Er gaat een foto van jou rond. Dat is niet jouw schuld. Kan ik iets doen?
sorry_1 = Esra, sorry. Ik heb een foto van jou doorgestuurd. Dat was fout van mij.
broer_1 = Yusuf, er gaat een foto van je zus rond. In een expose-groep. Jij moet dit weten.
broer_2 = Hij is haar broer. Hij lost het wel op.
niks_esra = Misschien weet ze het nog niet. Dan zeg ik maar niks.

## Zondag: Esra

wissel_esra = Het is zondagmiddag. Bij Esra thuis zijn haar tantes op bezoek.
esra_selin = Esra, er gaat een foto van jou rond. { $doorgestuurd ->
        [true] Hij staat zelfs in jullie klassenapp.
       *[false] In een expose-groep van jongens.
    }
esra_selin_2 = Mijn broer heeft hem ook gezien. Ik geloof echt niet dat jij het bent ❤️
esra_foto = Je opent de foto. Het is jouw gezicht, maar niet jouw lichaam. Wie doet zoiets?
esra_familie = Wat als mijn ouders dit zien? Geloven ze mij dan wel? En mensen gaan praten over onze hele familie.
esra_yusuf = Je broer Yusuf neemt je mee naar de gang. Hij is geschrokken. "Mo zegt dat er een foto van jou rondgaat. Is dat waar?"
esra_yusuf_2 = Ik wilde het zelf vertellen. Op mijn manier. Nu kan dat niet meer.
esra_mo = { $sorry ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
esra_mo_2 = { $sorry ->
        [true] Sorry? Nu zien nog meer mensen die foto.
       *[false] Mo zegt dat het niet mijn schuld is. Dat helpt een beetje.
    }
esra_visser = Hoi Esra, met mevrouw Visser. Ik weet wat er rondgaat. Jij hebt niks fout gedaan.
esra_visser_2 = Jij mag kiezen hoe je het thuis vertelt. Wij helpen je daarbij. Je kunt ook chatten met Fier.
esra_kamer = { $gemeld ->
        [true] Je gaat naar je kamer. Je opent de chat van Fier.
       *[false] Je gaat naar je kamer. Je zoekt hulp op je telefoon. Je vindt de chat van Fier.
    }
esra_fier_1 = Er gaat een nepfoto van mij rond. Ik ben bang voor de reactie thuis.
esra_fier_2 = Goed dat je ons chat. Jij hebt niks fout gedaan. Nep of echt: wie zo'n foto deelt, doet fout.
esra_fier_3 = We denken met je mee. Ook over hoe je het thuis vertelt. Helpwanted kan helpen om de foto offline te halen.
esra_moeder = Dan klopt je moeder op je deur. "Esra? Je at bijna niks. Is er iets?"
esra_moeder_2 = Ik wil het haar vertellen. Maar durf ik het?

esra_gevoel = Je bent Esra. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Esra? Wat maakte dat je die koos?
esra_bang = Esra heeft niks fout gedaan. Toch is ze bang. Waar is ze bang voor, denk je?
    .hint = Schrijf een paar zinnen.
    .starter = Waar is Esra bang voor, denk je? Wie had dat kunnen voorkomen?

## Maandag: weer Mo

wissel_mo = Het is maandagochtend. De stoel van Esra is leeg. { $gemeld ->
        [true] Dylan en Sven moeten naar de wijkagent.
       *[false] Iemand heeft de groep gemeld. Dylan en Sven moeten naar de wijkagent.
    }
mo_klas = Mevrouw Visser zegt: "Er gaat een foto rond. Wis hem vandaag nog. Zo'n foto doorsturen of bewaren kan strafbaar zijn. Ook als je zelf jonger dan 18 bent."
mo_wijkagent = Jij moet ook naar de wijkagent. Hij weet dat jij de foto in de klassenapp zette. De school belt vandaag je ouders.
mo_broer = Mevrouw Visser neemt je apart. "Wist Esra dat jij het aan Yusuf vertelde?" Je schudt van nee. Dat had je haar niet gevraagd.
mo_dank = Na de les zegt mevrouw Visser zacht: "Dank je, Mo. Esra krijgt nu hulp."
mo_stil = { $bewaard ->
        [true] Die foto staat nog op mijn telefoon. Ik wis hem nu meteen.
       *[false] { $opgekomen ->
            [true] Ik zei dat het weg moest. Daarna deed ik niks meer.
           *[false] Ik las alles mee. Niemand weet het. Maar ik weet het wel.
        }
    }

## Nadenken

oordeel = Dylan zette een naaktfoto met het gezicht van Esra in een expose-groep. Welke vlag geef jij?
    .explanation = Rood. Esra gaf geen toestemming. Dylan wilde dat mensen slecht over haar gingen denken. Een groep jongens tegen één meisje: dat is niet gelijkwaardig. En het kwetst haar. Dreigt iemand met zo'n foto, of eist hij iets? Dan is het zwart.
    .starter = Welke vlag gaf je Dylan? En welke vlag past bij wat jij deed als Mo?

wat_doen = Iemand zet een naaktfoto van een klasgenote in jouw groep. Wat doe je het beste?
    .meelezen = Ik zeg niks. Ik lees alleen mee.
    .familie = Ik vertel het haar familie. Die moeten het weten.
    .wissen_vertellen = Niet doorsturen, de foto wissen en het een volwassene vertellen.
    .explanation = Stuur de foto niet door en laat hem niet zien. Wis hem. Vertel het aan een volwassene die je vertrouwt. Vertel het niet aan haar familie: dat kiest zij zelf.
    .starter = Aan welke volwassene zou jij dit vertellen? Wat maakt dat moeilijk of makkelijk?

belang = Zo'n foto komt in je groep. Hoe belangrijk vind jij het om dan iets te doen?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = Wat maakt dat je cijfer niet lager is? Wat zou jou helpen om echt iets te doen?

terugkijken = Kijk terug op je keuzes als Mo. Wat zou je weer zo doen? Wat zou je anders doen?
    .hint = Schrijf een paar zinnen. Er zijn geen foute antwoorden.
    .starter = Welke keuze van Mo zou je nu anders maken? Wat heb je nodig om dat echt te doen?

## Einde

einde_doorgestuurd = { $sorry ->
        [true] Sorry zeggen is een eerste stap. Esra beslist zelf wat ze ermee doet.
       *[false] Doorsturen kun je niet terughalen. Eerlijk zijn en hulp vragen kan wel.
    }
    .title = De foto ging verder
einde_broer = { $gemeld ->
        [true] Je mentor helpt Esra nu. Maar wie het thuis hoort, kiest Esra zelf.
       *[false] Je wilde Esra helpen. Maar wie het thuis hoort, kiest Esra zelf.
    }
    .title = Je koos zonder Esra
einde_steun = { $gelachen ->
        [true] Eerst lachte je mee. Daarna koos je toch voor Esra.
       *[false] { $steun ->
            [true] Je liet Esra niet alleen staan. Dat maakt echt verschil.
           *[false] { $gemeld ->
                [true] Door jou kon een volwassene Esra helpen. Dat maakt echt verschil.
               *[false] Je zei hardop dat het weg moest. Dat vraagt lef.
            }
        }
    }
    .title = Je koos voor Esra
einde_toekijken = { $gelachen ->
        [true] Een lachje lijkt klein. Voor Esra telde elk lachje mee.
       *[false] Stil meelezen lijkt niks. Maar Esra stond er alleen voor.
    }
    .title = Je keek toe
