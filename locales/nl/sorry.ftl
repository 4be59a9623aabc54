# Sorry — Nederlandse tekst (brontaal).

scenario-title = Sorry
scenario-summary = Je stuurde de foto van een klasgenoot door. Nu wil je het goedmaken.

character-julia = Julia
character-ilias = Ilias
character-sanne = Sanne (Halt)

chat-dm_sanne = Sanne (Halt)
chat-dm_ilias = Ilias

## Julia: wat er gebeurde

begin = Het is zaterdag. Je zit op je kamer.
terug_1 = Drie weken geleden stuurde Ilias je een naaktfoto. Alleen voor jou.
terug_2 = Jij stuurde hem door naar de meidengroep. Nu kent de halve school die foto.
terug_ilias = Ilias zegt niks meer in de klas. Hij blijft vaak thuis. Dat komt door mij.
terug_3 = De politie stuurde je naar Halt. Je praat nu elke week met Sanne.
sanne_1 = Hoi Julia! Vorige keer zei je: ik wil het goedmaken met Ilias.
sanne_2 = Sorry zeggen kan helpen. Maar Ilias beslist zelf of hij dat wil.
sanne_3 = Zullen we eerst samen een brief maken? Je kiest steeds een zin.
lotte_1 = oké. ik weet niet goed hoe ik moet beginnen

## De brief

keuze_zin1 = Hoe begin je de brief aan Ilias?
    .grap = Het was maar een grap.
    .gedaan = Ik stuurde je foto door zonder te vragen.
    .iedereen = Iedereen stuurde hem door, niet alleen ik.

zin1_grap = Stel, jij bent Ilias. Was het voor hem ook een grap?
zin1_gedaan = Dat is eerlijk. Je zegt precies wat jij deed.
zin1_iedereen = Anderen stuurden hem ook door, dat klopt. Maar jij stuurde hem als eerste door.

keuze_zin2 = Nu de tweede zin. Wat schrijf je?
    .als = Sorry als je je gekwetst voelde.
    .gevolg = Door mij zag de halve school je foto. Dat spijt me echt.
    .zelf = Je stuurde hem zelf naar mij. Dus ik dacht dat het mocht.

zin2_als = Let op het woordje "als". Twijfel je of Ilias gekwetst is?
zin2_gevolg = Je noemt wat het voor Ilias betekende. Dat is moedig.
zin2_zelf = Ilias stuurde de foto alleen aan jou. Hij vertrouwde je. Doorsturen was jouw keuze.

keuze_zin3 = En de laatste zin?
    .gewist = Ik heb de foto gewist. Mijn vriendinnen ook.
    .vergeten = Kunnen we het nu vergeten en weer normaal doen?
    .belofte = Ik doe dit nooit meer. Bij niemand.

zin3_gewist = Goed. Zo laat je zien wat je al gedaan hebt.
zin3_vergeten = Dat is een vraag aan Ilias. Maar hij hoeft niks voor jou te doen.
zin3_belofte = Een belofte voor later. Die moet je dan wel waarmaken.

concept = Je brief tot nu toe: "Ilias, { $zin1 ->
        [1] { keuze_zin1.grap }
        [3] { keuze_zin1.iedereen }
       *[other] { keuze_zin1.gedaan }
    } { $zin2 ->
        [1] { keuze_zin2.als }
        [3] { keuze_zin2.zelf }
       *[other] { keuze_zin2.gevolg }
    } { $zin3 ->
        [2] { keuze_zin3.vergeten }
        [3] { keuze_zin3.belofte }
       *[other] { keuze_zin3.gewist }
    } Julia"

kijk_nog = Lees je brief eens als Ilias. Praat een zin het goed? Of vraagt een zin iets van hem?

keuze_aanpassen = Wil je de brief nog aanpassen?
    .aanpassen = Ja. Ik haal die zinnen eruit.
    .laten = Nee. Zo is hij goed.

aanpassen_1 = Goed gezien. Schrijf hem nu in je eigen woorden. Zonder smoesjes.
laten_1 = Oké, het is jouw brief. Schrijf hem nu over, in je eigen woorden.
concept_goed = Dit is een eerlijke brief. Schrijf hem nu in je eigen woorden.

eigen_brief = Schrijf nu je eigen brief aan Ilias. Zeg wat je deed. Zeg wat het voor hem betekende. En wat je nu anders doet. Je eigen Halt-medewerker leest deze brief ook. Jullie bespreken hem samen.
    .hint = Begin bijvoorbeeld zo: Ilias, ik heb...
    .starter = Lees de brief samen. Welke zin vind je het belangrijkst? Welke zin was het moeilijkst om te schrijven?

na_brief = Goed gedaan. Nu de volgende stap: hoe komt je sorry bij Ilias?

## Het sorry geven

keuze_geven = Hoe wil je je sorry geven?
    .via_sanne = Via Sanne. Zij vraagt Ilias eerst wat hij wil.
    .dm = Ik stuur Ilias nu meteen een DM. Dan weet hij het snel.
    .klas = Ik zeg het maandag in de klas. Dan hoort iedereen het.

geven_sanne = wil jij het aan ilias vragen? ik wil niet dat hij schrikt
sanne_ja = Ja, ik vraag het hem deze week. Hij mag nee zeggen, of er eerst over nadenken. Dat is zijn keuze.
geven_dm = hoi ilias. sorry van die foto. kunnen we praten? stuur je wat terug?
geven_dm_2 = Twee blauwe vinkjes. Ilias leest het, maar hij stuurt niks terug. Je vertelt het aan Sanne.
sanne_dm = Ilias had daar niet om gevraagd. Ik vraag hem eerst wat hij wil. Stuur hem tot dan niks meer, oké?
geven_klas = ik zeg het maandag in de klas. dan weet iedereen dat het mijn fout was
sanne_klas = Dan staat Ilias weer voor de hele klas. Wil hij dat wel? Dat vraag ik hem eerst.

## Ilias

wissel_ilias = Een week later. Sanne van Halt komt bij Ilias thuis. Zijn moeder zit naast hem.
ilias_sanne_1 = Sanne zegt: "Julia wil sorry zeggen. { $klas ->
        [true] Ze wilde het in de klas doen. Ik zei: eerst vragen aan jou."
       *[false] Ze heeft een brief geschreven."
    }
ilias_sanne_2 = "Jij beslist wat er gebeurt. Je mag er ook eerst over nadenken. Ja en nee zijn allebei goed."
ilias_denkt = { $dm ->
        [true] Ze appte me vorige week zomaar. Ik schrok me rot. Ik durfde mijn telefoon bijna niet meer te pakken.
       *[false] { $klas ->
            [true] In de klas? Dan kijkt iedereen weer naar mij.
           *[false] Sorry? Ik weet niet of ik dat wil horen.
        }
    }

keuze_ilias = Je bent Ilias. Wat wil jij?
    .brief = Ik wil de brief lezen. Maar ik wil Julia niet zien.
    .gesprek = Ik wil een gesprek. Met mijn ouders erbij.
    .nee = Nee. Ik wil geen contact met Julia. Ook geen brief.

ilias_sanne_ok = { $ja ->
        [true] Sanne knikt. "Goed. We doen het zoals jij het wilt."
       *[false] Sanne knikt. "Dat is goed. Je hoeft niks uit te leggen."
    }
ilias_leest = { $gesprek ->
        [true] Twee weken later zit je met je ouders bij Halt. Julia en haar moeder zijn er ook. Julia leest haar brief voor.
       *[false] Een week later geeft Sanne je de brief. Je leest hem op je kamer.
    }
brief_smoes = { $zin1 ->
        [1] Een grap? Voor mij was het geen grap.
        [3] Iedereen? Maar zij stuurde hem als eerste door.
       *[other] { $zin2 ->
            [1] Als ik me gekwetst voelde? Natuurlijk voelde ik me gekwetst.
            [3] Ik stuurde hem alleen aan haar. Ik vertrouwde haar.
           *[other] Vergeten? Dat bepaal ik zelf wel.
        }
    }
brief_goed = Ze zegt eerlijk wat ze deed. Zonder smoesjes. Het is niet weg. Maar dit helpt een beetje.

ilias_gevoel = Je bent Ilias. Hoe voel je je na het sorry van Julia? Kies wat past.
    .starter = Welke gevoelens koos je voor Ilias? Wat kan een sorry voor hem doen, en wat niet?

ilias_nee = Ik wil het gewoon achter me laten. Zonder Julia.

## Julia: Ilias wil het sorry horen

wissel_lotte_ja = { $gesprek ->
        [true] Na het gesprek bij Halt. Julia fietst met haar moeder naar huis.
       *[false] Zondagavond. Julia krijgt een bericht van Sanne.
    }
sanne_ja_1 = { $smoes ->
        [0] Ilias heeft je sorry gehoord. Hij zei: goed dat ze eerlijk is.
       *[other] Ilias heeft je sorry gehoord. Hij zei: ze praat het nog steeds goed.
    }
lotte_ja_denkt = { $smoes ->
        [0] Het is niet weg. Maar hij weet nu dat ik snap wat ik deed.
       *[other] Die zinnen maakten het kleiner. Had ik ze er maar uitgehaald.
    }

## Julia: Ilias wil geen contact

wissel_lotte_nee = Een week later. Julia krijgt een bericht van Sanne.
sanne_nee_1 = Ik heb met Ilias gepraat. Hij wil geen contact. Ook geen brief.
sanne_nee_2 = Dat is zijn keuze. Hij hoeft niet uit te leggen waarom.
lotte_nee_denkt = Ik heb zo mijn best gedaan op die brief. En nu wil hij hem niet eens.

lotte_gevoel = Je bent Julia. Hoe voel je je nu? Kies wat past.
    .starter = Welke gevoelens koos je voor Julia toen Ilias nee zei? Wat doe jij zelf met zo'n gevoel?

keuze_nee = Ilias wil geen contact. Wat doe je?
    .respect = Ik laat hem met rust. Dat is zijn keuze.
    .toch = Ik stuur hem toch een DM. Dan weet hij het tenminste.
    .anders = Ik vraag Sanne wat ik wél kan doen.

respect_1 = oké. ik laat hem met rust. ook al vind ik dat moeilijk
toch_1 = ilias ik weet dat je nee zei. maar ik wil echt sorry zeggen
toch_2 = Ilias leest je bericht. Hij stuurt niks terug. Even later heeft hij je geblokkeerd.
toch_3 = De moeder van Ilias belde me. Hij schrok erg van je bericht. Hij had nee gezegd.
toch_4 = Ik wilde het goedmaken. Maar ik deed het weer zonder te vragen.
anders_1 = { $toch ->
        [true] Ilias zei nee. Dus je stuurt hem geen berichten meer.
       *[false] Je kunt het ook goedmaken zonder contact met Ilias.
    }
anders_2 = Laat iemand zijn foto nog zien? Zeg dan: stop, wis hem.
anders_3 = Je brief bewaar ik. Vraagt Ilias er ooit zelf om? Dan krijgt hij hem.

## Nadenken

belang = Hoe belangrijk vind jij het dat Ilias zelf beslist over jouw sorry?
    .low = Niet belangrijk
    .high = Heel belangrijk
    .followup = Waarom geen lager cijfer?
    .starter = { $toch ->
            [true] Ilias zei nee, en Julia appte hem toch. Wat maakte het zo moeilijk om dat nee te laten staan?
           *[false] { $dm ->
                [true] Julia appte Ilias eerst zelf, zonder te vragen. Hoe kijk je nu naar dat bericht?
               *[false] { $klas ->
                    [true] Julia wilde eerst sorry zeggen voor de hele klas. Hoe was dat voor Ilias geweest, denk je?
                   *[false] Wat betekent het voor jou dat Ilias mag kiezen? Wat zegt dat over jouw eigen sorry?
                }
            }
        }

eigen_situatie = Lijkt dit verhaal op jouw situatie? Wat zou jij de ander willen laten weten? Schrijf het hier als je wilt. Stuur de ander zelf geen bericht: dat regel je samen met je Halt-medewerker.
    .hint = Namen zijn niet nodig. Je mag dit ook overslaan.
    .starter = Wat herkende je van jezelf in het verhaal van Julia? Wat zou de ander nodig hebben, denk je?

## Einde

einde_ja = { $dm ->
        [true] Je DM liet Ilias schrikken. Via Sanne kon hij toch zelf kiezen.
       *[false] Ilias koos zelf om je sorry te horen.
    } { $smoes ->
        [0] Je zei eerlijk wat je deed.
       *[other] Zonder smoesjes was het beter aangekomen.
    }
    .title = Ilias hoorde je sorry
einde_nee = { $toch ->
        [true] Ilias zei nee, en toch stuurde je een bericht. Sorry zeggen is ook: luisteren naar nee.
       *[false] { $dm ->
            [true] Je eerste DM liet Ilias schrikken. Daarna zei hij nee, en jij luisterde. Ook dat hoort bij sorry zeggen.
           *[false] Ilias zei nee, en jij luisterde. Ook dat is een manier om sorry te zeggen.
        }
    }
    .title = Ilias zei nee
