# Betaal, of ik deel je foto — Nederlandse tekst (brontaal).

scenario-title = Betaal, of ik deel je foto
scenario-summary = Tygo chat met een leuk meisje dat hij niet kent. Dan dreigt ze zijn foto rond te sturen.

character-tygo = Tygo
character-fenna = Fenna
character-gijs = Gijs
character-aziz = Aziz
character-mama = Mama
character-onbekend = Onbekend nummer
character-kindertelefoon = De Kindertelefoon

chat-dm_fenna = Fenna
chat-sms_onbekend = Onbekend nummer
chat-dm_tygo = Tygo
chat-kt = De Kindertelefoon
chat-klas = Klas 3C

## Vrijdagavond: Fenna

begin = Het is vrijdagavond. Je bent Tygo, 14 jaar. Een meisje wil je volgen: Fenna.
profiel = Je kent haar niet. Haar profiel is nieuw, met zes foto's. Ze volgt ook Gijs en Aziz.
fenna_1 = heyy 👋 zag je op de story van gijs 😳 je bent echt knap
tygo_1 = haha echt?
denk_knap = Knap? Ik? Dat zegt nooit iemand.
avond = Jullie chatten de hele avond. Ze vindt je grappig. Ze wil alles van je weten.
fenna_5 = jij bent echt anders dan andere jongens 🥺
laat = Om half twaalf stuurt ze een naaktfoto. Van haar, zegt ze.
fenna_foto = voor jou 🙈
fenna_6 = nu jij 😏 ik laat hem aan niemand zien
twijfel = Mijn hart bonkt. Wil ik dit wel?

keuze_sturen = { $gevraagd ->
        [true] Fenna wacht nog steeds. Wat doe je nu?
       *[false] Fenna wacht op je. Wat doe je?
    }
    .bellen = Ik vraag eerst of we kunnen videobellen.
    .sturen = Ik stuur een naaktfoto terug.
    .niet = Ik stuur niks. Dit gaat me te snel.

bellen_1 = kunnen we eerst ff videobellen?
bellen_2 = mijn camera is kapot 🥲 vertrouw je me niet ofzo??
bellen_4 = Haar camera is kapot. Maar foto's sturen lukt wel?

sturen_1 = oké. hier 🙈
sturen_2 = Je stuurt een naaktfoto. Meteen staat er: gelezen.
niet_1 = nee, dat wil ik niet
niet_2 = serieus?? 🙄 ik dacht dat je me leuk vond
niet_4 = Dan blijft het stil.

## De omslag

omslag = Twee minuten later trilt je telefoon. Weer Fenna.
dreig_1 = ken je deze mensen? 🙂
dreig_1_wat = Een screenshot van jouw volgers. Gijs. Aziz. Je moeder. Je voetbalteam.
dreig_echt = ik heb je foto. ik stuur hem naar ze allemaal
dreig_nep_1 = jij stuurde niks. maakt niet uit
dreig_nep_2 = Ze pakte je profielfoto. Met een app maakte ze er een naaktfoto van. Hij is nep, maar hij lijkt echt.
tygo_schrik = fenna wat doe je?? dit is niet grappig
geen_fenna = ik heet geen fenna
eis_1 = { $gestuurd ->
        [true] betaal 200 euro. of stuur meer foto's
       *[false] betaal 200 euro. of stuur echte foto's
    }
eis_3 = je hebt een uur. zeg je iets tegen iemand, dan gaat hij rond
paniek_1 = Je handen trillen. Je hebt maar 60 euro.
paniek_2 = { $gestuurd ->
        [true] Als mama dit ziet. Als Gijs dit ziet. Ik ben zo dom.
       *[false] Hij is nep. Maar wie gelooft mij? Als mama dit ziet…
    }

gevoel = Je bent Tygo. Wat gaat er nu door je heen? Kies wat past.
    .starter = Welke gevoelens koos je voor Tygo? Welk gevoel gebruikt de afperser om hem stil te houden, denk je?

keuze_eis = De klok tikt. Wat doe je?
    .betalen = Ik betaal wat ik heb. Misschien stopt ze dan.
    .niet_betalen = { $gestuurd ->
        [true] Ik betaal niet. Ik stuur ook niks meer.
       *[false] Ik betaal niet. Ik stuur ook niks.
    }
    .meer = Ik stuur wat ze vraagt. Dan laat ze me met rust.

betaal_1 = Ze stuurt een betaallink. Je maakt al je spaargeld over.
betaal_3 = 👍 nu nog 140. morgen om 12 uur
betaal_4 = Mijn geld is op. En ze wil gewoon meer.
meer_1 = Je stuurt nog een foto. Je voelt je misselijk.
meer_3 = goed zo. nu een filmpje. en die 200 euro wil ik nog steeds
meer_4 = Het wordt niet minder. Het wordt alleen erger.
niet_betalen_2 = nog 50 minuten ⏳
niet_betalen_3 = Wat als ze hem echt stuurt?

keuze_bewijs = De chat met Fenna staat nog open. Wat doe je ermee?
    .blokkeren = Ik blokkeer haar meteen.
    .wissen = Ik wis alles en zeg niks.
    .screenshot = Eerst screenshots van de chat. Dan blokkeren.

blok_1 = Je tikt op Blokkeren. De chat is weg.
blok_2 = Nu heb ik geen bewijs. Maar ik weet nog wel wat ze schreef.
shot_1 = Je maakt screenshots van haar profiel en de chat. Niet van de foto zelf. Dan tik je op Blokkeren.
na_blok = { $gestuurd ->
        [true] Ze is weg. Maar mijn foto heeft ze nog.
       *[false] Ze is weg. Maar die nepfoto heeft ze nog.
    }
wis_1 = Je wist de chat. Je wist de app. Alsof het nooit gebeurd is.
wis_2 = Tien minuten later krijg je een sms.
wis_sms = { $betaald ->
        [true] denk je dat wissen helpt? morgen 12 uur. 140 euro
       *[false] denk je dat wissen helpt? nog 40 minuten
    }
wis_3 = Ze heeft mijn nummer. En ik heb niks meer om te laten zien.

keuze_vertellen = { $alleen ->
        [true] Het is zaterdag, kwart over elf. Vertel je het nu aan iemand?
       *[false] Het is bijna middernacht. Mama zit nog beneden. Wat doe je?
    }
    .mama = Ik laat het aan mama zien.
    .gijs = Ik app Gijs.
    .kindertelefoon = Ik chat met de Kindertelefoon. Daar weet niemand wie ik ben.
    .alleen = Ik zeg niks. Ik los het zelf op.

## Een nacht alleen

alleen_1 = Je legt je telefoon onder je kussen. Om drie uur lig je nog wakker.
alleen_3 = Ik wil dat alles stopt. Ik zie geen uitweg meer.
alleen_113 = Je zoekt wat je kunt doen. Je ziet: 113, dag en nacht open. Je bewaart het nummer.
alleen_4 = Zaterdagochtend. Je sliep bijna niet. Heeft ze de foto gestuurd? Je weet het niet. Dan appt Aziz in de klassenapp.

aziz_middag = Zaterdagmiddag zet Aziz een bericht in de klassenapp.
aziz_1 = pas op voor een account van ene fenna
aziz_2 = ze probeerde mij gisteren af te persen. heb haar geblokkeerd en gemeld
aziz_denk = { $verteld ->
        [true] Aziz ook. Dit gebeurt bij meer jongens. Het ligt niet aan mij.
       *[false] Aziz ook? Ik ben niet de enige.
    }

## De Kindertelefoon (zaterdag, na elven)

kt_1 = De Kindertelefoon is nu open. Je opent de chat op hun site.
kt_2 = iemand dreigt een foto van mij rond te sturen. ik durf het niemand te zeggen
kt_3 = Goed dat je ons dit vertelt. Het is niet jouw schuld. Zullen we samen bedenken hoe je het thuis vertelt?
kt_5 = ja. aan mijn moeder denk ik
kt_7 = Een halfuur later heb je je eerste zin klaar. Je loopt naar mama.

## Even Mama

wissel_mama = { $alleen ->
        [true] Je bent de moeder van Tygo. Het is zaterdag. Je zit in de keuken.
       *[false] Je bent de moeder van Tygo. Het is bijna middernacht. Je kijkt tv.
    }
mama_1 = Tygo komt binnen. Hij ziet wit. "Mam, ik moet je iets laten zien. Niet boos worden."
mama_2 = { $bewijs ->
        [true] Hij laat je screenshots zien. Van het profiel van Fenna, en van wat ze eist.
       *[false] Hij vertelt wat er gebeurde. Hij heeft bijna niks meer om te laten zien.
    }

keuze_mama = Wat doe je als Mama?
    .betalen = Ik wil het geld meteen betalen.
    .steun = Ik zeg dat het niet zijn schuld is.

mama_betalen_1 = Je pakt je telefoon. "Ik betaal het wel. Dan is het klaar."
mama_betalen_2 = { $betaald ->
        [true] Tygo schudt zijn hoofd. "Ik heb al betaald, mam. Toen wilde ze meer."
       *[false] { $meer ->
            [true] Tygo schudt zijn hoofd. "Ik stuurde al meer, mam. Toen wilde ze nog meer."
           *[false] Tygo zegt zacht: "En als ze dan nog meer wil?"
        }
    }
mama_betalen_4 = Hij heeft gelijk. Je legt je telefoon neer. "We betalen niet. En dit is niet jouw schuld."
mama_steun_1 = Je slaat een arm om hem heen. "Ik ben niet boos op jou. Ik ben boos op wie dit doet."
mama_hulp = Samen lezen jullie op de site van Helpwanted. Niet betalen. Niet meer reageren. Bewijs bewaren. Melden.
wissel_tygo = { $alleen ->
        [true] Je bent weer Tygo. Mama zit naast je.
       *[false] Je bent weer Tygo. Het is zaterdagochtend.
    }

## Even Gijs

wissel_gijs = { $alleen ->
        [true] Je bent Gijs, de beste vriend van Tygo. Het is zaterdag. Je ligt nog in bed.
       *[false] Je bent Gijs, de beste vriend van Tygo. Het is vrijdagnacht. Je zit te gamen.
    }
gijs_1 = { $alleen ->
        [true] die fenna van aziz. ze doet het bij mij ook
       *[false] ben je nog wakker? ik moet je iets zeggen. niet lachen
    }
gijs_2 = { $gestuurd ->
        [true] ik stuurde haar een naaktfoto. nu wil ze geld, anders krijgt iedereen hem
       *[false] ze maakte een nepnaaktfoto van mij. nu wil ze geld, anders krijgt iedereen hem
    }

keuze_gijs = Je bent Gijs. Wat stuur je Tygo terug?
    .geheim = Ik beloof dat ik niks zeg.
    .steun = Ik zeg dat het niet zijn schuld is.
    .betalen = Ik zeg dat hij gewoon moet betalen.

gijs_geheim_1 = ik zeg niks tegen niemand. beloofd 🤐
gijs_geheim_2 = ok. maar wat moet ik dan doen 😭
gijs_geheim_3 = Een geheim lost dit niet op. Hij heeft een volwassene nodig.
gijs_steun_1 = wtf. dit is niet jouw schuld. weet je moeder het?
gijs_steun_2 = nee. ik durf niet 😭
gijs_betalen_1 = gewoon betalen? dan is het klaar
gijs_betalen_2 = { $betaald ->
        [true] heb ik al gedaan. ze wil steeds meer
       *[false] { $meer ->
            [true] ik stuurde al meer foto's. ze wil steeds meer
           *[false] en als ze dan nog meer wil?
        }
    }
gijs_betalen_3 = Hij heeft gelijk. Geld lost dit niet op.
gijs_ouder = { $alleen ->
        [true] zeg het je moeder. ik kom naar je toe, dan doen we het samen
       *[false] zeg het je moeder. echt. ik blijf wakker tot je het gezegd hebt
    }
wissel_tygo_gijs = { $alleen ->
        [true] Je bent weer Tygo. Een kwartier later staat Gijs voor de deur. Samen lopen jullie naar mama.
       *[false] Je bent weer Tygo. Je haalt diep adem en loopt naar mama.
    }

## Tygo vertelt het Mama

tygo_mama = { $via_kt ->
        [true] Je zegt je zin: "Mam, er is iets ergs gebeurd."
       *[false] Je zegt: "Mam, er is iets ergs gebeurd. Gijs zegt dat ik het jou moet vertellen."
    } Mama luistert tot het eind. "Dit is niet jouw schuld. We lossen het samen op."

## Hulp

hulp_1 = { $alleen ->
        [true] Die middag
       *[false] Zaterdagochtend
    } belt mama de politie. De agent zegt: "Niet betalen. Niet meer reageren."
hulp_3 = { $bewijs ->
        [true] De agent vraagt naar bewijs. Jij hebt de screenshots. "Daar hebben we veel aan."
       *[false] { $gewist ->
            [true] Jij hebt alles gewist. Alleen de sms is er nog. "Wis niks meer. Ook dat is bewijs."
           *[false] Je hebt geen screenshots. "Vertel wat je nog weet," zegt de agent. "Dat helpt ook."
        }
    }
hulp_4 = "Fenna bestaat waarschijnlijk niet," zegt de agent. "Achter zo'n profiel kan iedereen zitten."
hulp_5 = Volgende week doe je met mama aangifte. Dan vertel je de politie wat er gebeurde.

## Maandag: mevrouw Kaya

maandag = Maandag. Mama heeft je mentor gebeld, dat mocht van jou. Mevrouw Kaya vraagt hoe het gaat.
kaya_4 = { $gestuurd ->
        [true] Ze zegt: "Je vertrouwde iemand die loog. Dat is niet dom. Dit heet sextortion. Iemand zegt: betaal, of ik deel je naaktfoto."
       *[false] Ze zegt: "Dit heet sextortion. Iemand zegt: betaal, of ik deel je naaktfoto. Ook als die foto nep is."
    }
kaya_5 = "Wie dat doet, is strafbaar. Sinds juli 2024 staat dat ook in de nieuwe wet. En een nepfoto die echt lijkt, telt ook mee."
kaya_6 = "Gaat de foto toch rond? Kom dan meteen naar mij. Helpwanted en Offlimits helpen om hem weg te halen."
kaya_7 = Het is nog niet helemaal over. Maar ik sta er niet meer alleen voor.

## Nadenken

volgorde = Iemand dreigt met jouw foto. Wat is de goede volgorde?
    .wissen = Ik wis alles en zeg niks.
    .goed = Screenshots, blokkeren, niet betalen, vertellen.
    .eerst_blokkeren = Eerst blokkeren. Daarna kijk ik of er nog iets te zien is.
    .een_keer = Ik betaal één keer. Dan stopt het, en hoeft niemand het te weten.
    .explanation = Eerst screenshots: na blokkeren is de chat soms weg. Betaal niet en stuur niks meer. Wis je bewijs niet. Vertel het iemand die je vertrouwt.
    .starter = { $betaald ->
        [true] Tygo betaalde, en toen wilde ze meer. Welke stap uit de goede volgorde lijkt jou het moeilijkst? Wat zou je daarbij helpen?
       *[false] { $meer ->
            [true] Tygo stuurde meer, en toen wilde ze nog meer. Welke stap uit de goede volgorde lijkt jou het moeilijkst? Wat zou je daarbij helpen?
           *[false] Welke stap uit de goede volgorde lijkt jou het moeilijkst als het echt gebeurt? Wat zou je daarbij helpen?
        }
    }

zeker = Stel: iemand dreigt met jouw foto. Hoe zeker ben je dat je het iemand vertelt?
    .low = Helemaal niet zeker
    .high = Heel zeker
    .followup = Waarom geen lager cijfer?
    .starter = { $alleen ->
        [true] Tygo hield het eerst een nacht voor zichzelf. Wat maakt vertellen zo moeilijk, denk je? Wat zou het voor jou een beetje makkelijker maken?
       *[false] Tygo vertelde het nog dezelfde avond. Aan wie zou jij het als eerste vertellen? Wat zou het een beetje makkelijker maken?
    }

eigen = Is jou of iemand die je kent ooit zoiets overkomen? Vertel het hier als je wilt. Je hoeft geen namen te noemen.
    .hint = Je mag dit overslaan. Je Halt-medewerker leest het en praat er met je over.
    .starter = Wat herkende je uit dit verhaal, bij jezelf of bij iemand die je kent? Wat zou je willen dat we daar samen mee doen?

## Einde

einde_alleen = Schaamte is het wapen van de afperser. Die wil dat je zwijgt. { $betaald ->
        [true] Betalen hielp niet. Vertellen wel.
       *[false] { $meer ->
            [true] Meer sturen hielp niet. Vertellen wel.
           *[false] Door het te vertellen, pakte je dat wapen af.
        }
    } Zie je 's nachts geen uitweg? Bel of chat met 113, dag en nacht.
    .title = Eén nacht alleen
einde_meer = { $betaald ->
        [true] Betalen maakte het niet kleiner. Ze wilde meteen meer.
       *[false] Meer sturen maakte het niet kleiner. Ze wilde meteen meer.
    } Hulp vragen hielp wel. Het is nooit jouw schuld.
    .title = Ze wilde steeds meer
einde_meteen = Je betaalde niet en je bleef er niet alleen mee. Daar kan een afperser niks mee. Het is nooit jouw schuld.
    .title = Je vroeg meteen hulp
