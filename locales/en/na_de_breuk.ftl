# After the break-up — English translation (source: locales/nl/na_de_breuk.ftl).

scenario-title = After the break-up
scenario-summary = Sara broke up with you. Your friends want you to share her nude photo.

character-jayden = Jayden
character-sara = Sara
character-ilias = Ilias
character-dewi = Dewi
character-kofi = Kofi
character-esra = Esra
character-lotte = Lotte
character-pinas = Ms Pinas
character-onbekend = Unknown number

chat-jaar3 = Year 3 (all classes)
chat-dm_ilias = Ilias
chat-dm_pinas = Ms Pinas
chat-dm_sara = Sara
chat-van_jayden = Jayden
chat-dm_lotte = Lotte
chat-onbekend = Unknown number

## Tuesday after school: Jayden

begin = It is Tuesday after school. You are at the snack bar with Ilias and Dewi.
begin_2 = Last week Sara broke up with you. You were together for five months. You are both 15.
story = On your phone you see Sara's story. She is laughing with her friends.
boos = She doesn't even miss me. I'm so angry.
ilias_1 = Ilias looks at your screen. "She forgot you fast, man."
dewi_1 = Dewi says: "Didn't she once send you a nude photo?"
ilias_2 = Ilias grins. "Put it in the Year 3 group. Then she'll know how it feels."
twijfel_ilias = Sara sent that photo only to me. Back then she still trusted me.

keuze_vrienden = What do you say to Ilias and Dewi?
    .lachen = I laugh. "She deserves it."
    .twijfel = I say: "I don't know."
    .nee = I say: "No. That photo was only for me."

vr_lachen = Ilias slaps your shoulder. "Yes! Do it then."
vr_twijfel = Dewi says: "Come on. She hurt you too, didn't she?"
vr_nee = Ilias rolls his eyes. "You're way too soft."

keuze_delen = Your phone is on the table. The photo is still on it. What do you do?
    .posten = I post the photo in the Year 3 group.
    .ilias = I send the photo to Ilias. Then he can do it.
    .niet = I don't do it. I put my phone away.

post_1 = This is Sara 😂
ilias_stuur = Here. You do it.
niet_1 = You put your phone in your jacket. Then you walk to the counter.
pak_1 = When you come back, Ilias has your phone. He knows your code. "You're welcome," he says.
ilias_post = Look who this is 😂

reactie_kofi = HAHA is that really Sara?? 😂
reactie_esra = Huh?? Does Sara know about this?
reactie_lotte = Take this down!! This is Sara's photo!
na_gedeeld = { $zelf_gedeeld ->
        [true] For a moment it felt good. Now I feel sick.
       *[false] { $naar_ilias ->
            [true] I didn't post it myself. But Ilias got it from me.
           *[false] I said no. But the photo is in there anyway. From my phone.
        }
    }

keuze_nu = There are 58 people in the Year 3 group. What do you do now?
    .niks = I do nothing. It has already happened.
    .weg = I write in the group that everyone must delete the photo.
    .mentor = I send my form tutor a message.

niks_1 = { $gelachen ->
        [true] Sara broke up with me. Now she knows how it feels.
       *[false] I can't undo it anyway.
    }
niks_2 = Your phone buzzes all evening. You stop looking.
weg_1 = { $zelf_gedeeld ->
        [true] I'm taking it down. This was wrong of me. Everyone: delete it!
       *[false] Take that photo down. This is not OK. Everyone: delete it!
    }
weg_2 = { $gepakt ->
        [true] Relax. I did it for you, bro.
       *[false] { $zelf_gedeeld ->
            [true] Suddenly such a saint? 🙄
           *[false] You sent it to me, didn't you? 😂
        }
    }
weg_3 = Yes. Everyone delete it. Now.
weg_4 = { $zelf_gedeeld ->
        [true] You delete your message for everyone. But whoever saved the photo still has it.
       *[false] A few people send a thumbs-up. But the photo is still there.
    }
mentor_1 = { $gepakt ->
        [true] Miss, Ilias posted a nude photo of Sara in the Year 3 group. Can I talk to you tomorrow?
       *[false] Miss, I did something wrong. There is a nude photo of Sara in the Year 3 group. Can I talk to you tomorrow?
    }
mentor_2 = Good that you're telling me, Jayden. Delete the photo from your phone. Come and see me at eight tomorrow.

keuze_sara = Do you send Sara a message tonight?
    .waarschuwen = Yes. I tell her honestly what happened.
    .sorry = Yes. I say sorry and tell her what I did.
    .smoes = Yes. I write: "Sorry. But you're the one who broke up."
    .niks = No. I don't know what to say.

sara_bericht = { $smoes ->
        [true] Sorry. But you're the one who broke up, right.
       *[false] { $gepakt ->
            [true] Sara, I'm sorry. Ilias took my phone. He posted your photo in Year 3. I should have deleted it.
           *[false] { $zelf_gedeeld ->
                [true] Sara, I'm sorry. I posted your photo in Year 3. I should never have done that.
               *[false] Sara, I'm sorry. I sent your photo to Ilias. He posted it in Year 3. I should never have done that.
            }
        }
    }
niks_sara = What should I say? I'll leave it.

## Wednesday morning: Sara

wissel_sara = Wednesday morning, quarter past seven. Sara picks up her phone.
sara_1 = You have 93 new messages. Your own nude photo is in the Year 3 group.
sara_2 = That photo was only for Jayden. I trusted him.
sara_lotte = Sara?? Call me when you're awake. I'm here for you ❤️
sara_jayden = { sara_bericht }
sara_jayden_2 = { $smoes ->
        [true] So it's my fault? Because I broke up with him?
       *[false] { $gepakt ->
            [true] He says sorry. But why did he still have that photo?
           *[false] Sorry? Everyone has seen my photo now.
        }
    }
sara_wie = { $zelf_gedeeld ->
        [true] Jayden posted it himself. I thought I knew him.
       *[false] Ilias posted it. But only Jayden had that photo.
    }
sara_onbekend = Hi Sara 😏 Nice photo. Will you send another one?
sara_onbekend_2 = Who is this? My photo has reached people I don't even know.
sara_school = At school people stare at you. Two boys from 3C laugh out loud. At the lockers Dewi quickly looks away.
sara_weg = { $zelf_gedeeld ->
        [true] Lotte shows you the group. Jayden has taken the photo down. But lots of people already have it.
       *[false] Lotte shows you the group. Jayden wrote that everyone must delete it. That helps a tiny bit.
    }
sara_mentor = In the first lesson Ms Pinas takes you out of class. She says: "You did nothing wrong. We are going to help you."
sara_mentor_2 = She mentioned Helpwanted. They help to get photos taken offline. I'm not alone in this.
sara_alleen = At break you sit alone by the bike shed. You want to go home.
sara_alleen_2 = Lotte sits down next to you. "Helpwanted helps to get photos taken offline. Shall we go to Ms Pinas together?"
sara_alleen_3 = I feel so ashamed. But I did nothing wrong.

sara_gevoel = You are Sara. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Sara? What made you choose them?

## Wednesday afternoon: Jayden again

wissel_jayden = Wednesday afternoon. Jayden has to see the head of year.
gevolg_delen = { $zelf_gedeeld ->
        [true] The head of year knows that you posted the photo in Year 3.
       *[false] The head of year knows that you sent the photo to Ilias.
    } The school is calling your parents today.
gevolg_delen_2 = Tomorrow the community police officer comes to school. { $zelf_gedeeld ->
        [true] He wants to talk to you.
       *[false] He wants to talk to you and Ilias.
    }
gevolg_gepakt = Ilias is already with the head of year. The photo came from your phone. So you have to come too.
gevolg_gepakt_2 = The head of year says: "Delete that photo now, while I watch." The school calls your parents too.
dank = Afterwards Ms Pinas says: "Good that you reported it straight away. That's how Sara got help quickly."

## Thinking it over

oordeel = { $zelf_gedeeld ->
        [true] Jayden
       *[false] Ilias
    } posted Sara's nude photo in Year 3. Sara was supposed to feel what it's like. Which flag do you give?
    .explanation = Red. Sara sent the photo only to Jayden. She did not agree to it being shared. A group of 58 people is no place for a photo like that. It was meant to hurt her.
    .starter = Which flag did you give? And which flag fits what you did as Jayden?

wet = Sara sent the photo to Jayden herself. Is Jayden then allowed to forward it to others?
    .ja_zelf = Yes. She sent it herself, didn't she?
    .ja_uit = Yes, once it's over.
    .nee = No. Without her consent that is a crime.
    .explanation = No. Spreading a sexual photo without consent is a crime. That has been the law since 2020. It applies at any age. Sara is 15. So by law the photo counts as child sexual abuse material. Forwarding or keeping it can then be a crime too.
    .starter = Did you know this already? What do you think about it being a crime even when the person sent the photo themselves?

boosheid = Jayden was angry and sad after the break-up. What could he have done with that anger? Without hurting Sara.
    .hint = Write down a few things. There are no wrong answers.
    .starter = What do you do yourself when you are very angry with someone? What really helps you then?

belang = How important is it to you never to share a photo like that? Even when you are very angry?
    .low = Not important
    .high = Very important
    .followup = Why not a lower score?
    .starter = What makes your score not lower? When is it hardest for you?

## Ending

einde_gedeeld = Being angry is OK. Hurting someone with a photo is not. { $eerlijk ->
        [true] Saying sorry is a start. Sara decides what she does with it.
       *[false] { $smoes ->
            [true] A sorry with "but" puts the blame on Sara.
           *[false] You can still be honest and ask for help.
        }
    }
    .title = The photo went round
einde_opgekomen = You did not share the photo. And when Ilias did it anyway, you did something. { $smoes ->
        [true] But a sorry with "but" puts the blame on Sara.
       *[false] That really helped Sara.
    }
    .title = You did something for Sara
einde_stil = You did not share the photo, but afterwards you stayed silent. Delete a photo like that after a break-up. And ask for help if things go wrong anyway.
    .title = You stayed silent
