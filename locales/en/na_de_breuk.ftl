# After the break-up — English translation (source: locales/nl/na_de_breuk.ftl).

scenario-title = After the break-up
scenario-summary = Sara broke up with you. Your friends want you to share her nude photo.

character-jayden = Jayden
character-sara = Sara
character-wout = Wout
character-lina = Lina
character-kwame = Kwame
character-hira = Hira
character-femke = Femke
character-pinas = Ms Pinas
character-onbekend = Unknown number

chat-jaar3 = Year 3 (all classes)
chat-dm_wout = Wout
chat-dm_pinas = Ms Pinas
chat-dm_sara = Sara
chat-van_jayden = Jayden
chat-dm_femke = Femke
chat-onbekend = Unknown number

## Tuesday after school: Jayden

begin = It is Tuesday after school. You are at the snack bar with Wout and Lina.
begin_2 = Last week Sara broke up with you. You were together for five months. You are both 15.
story = On your phone you see Sara's story. She is laughing with her friends.
boos = She doesn't even miss me. I'm so angry.
ilias_1 = Wout looks at your screen. "She forgot you fast, man."
dewi_1 = Lina says: "Didn't she once send you a nude photo?"
ilias_2 = Wout grins. "Put it in the Year 3 group. Then she'll know how it feels."
twijfel_ilias = Sara sent that photo only to me. Back then she still trusted me.

keuze_vrienden = What do you say to Wout and Lina?
    .lachen = I laugh. "She deserves it."
    .twijfel = I say: "I don't know."
    .nee = I say: "No. That photo was only for me."

vr_lachen = Wout slaps your shoulder. "Yes! Do it then."
vr_twijfel = Lina says: "Come on. She hurt you too, didn't she?"
vr_nee = Wout rolls his eyes. "You're way too soft."

keuze_delen = Your phone is on the table. The photo is still on it. What do you do?
    .posten = I post the photo in the Year 3 group.
    .ilias = I send the photo to Wout. Then he can do it.
    .niet = I don't do it. I put my phone away.

post_1 = this is sara 😂
ilias_stuur = here. you do it
niet_1 = You put your phone in your jacket. Then you walk to the counter.
pak_1 = When you come back, Wout has your phone. He knows your code. He sent the photo to himself. "You're welcome," he says.
ilias_post = look who this is 👀

reactie_kofi = HAHA is that actually sara?? 💀
reactie_esra = huh?? does sara know about this
reactie_lotte = take this down!! this is sara's photo 😡
na_gedeeld = { $zelf_gedeeld ->
        [true] For a moment it felt good. Now I feel sick.
       *[false] { $naar_wout ->
            [true] I didn't post it myself. But Wout got it from me.
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
        [true] i'm taking it down. this was wrong of me. everyone delete it pls
       *[false] take that photo down. this is not ok. everyone delete it
    }
weg_2 = { $gepakt ->
        [true] relax. i did it for you bro
       *[false] { $zelf_gedeeld ->
            [true] oh so now you're a saint? 🙄
           *[false] you're the one who sent it to me? 💀
        }
    }
weg_3 = yes. everyone delete it. now
weg_4 = { $zelf_gedeeld ->
        [true] You delete your message for everyone. But whoever saved the photo still has it.
       *[false] A few people send a thumbs-up. But the photo is still there.
    }
mentor_1 = { $gepakt ->
        [true] Miss, Wout has posted a nude photo of Sara in the Year 3 group. He took it from my phone. Can I come and see you before class tomorrow?
       *[false] Miss, I did something wrong. There is a nude photo of Sara in the Year 3 group. Because of me. Can I come and see you before class tomorrow?
    }
mentor_2 = Good that you're telling me, Jayden. Delete the photo from your phone. Come and see me at eight tomorrow.

denk_sara = Sara will see it early tomorrow. Should I let her know something?

keuze_eerst = What do you do?
    .appen = I open the chat with Sara.
    .mentor_vragen = I ask Ms Pinas first how I can say sorry.
    .wachten = I don't do anything else tonight.

vraag_1 = { $mentor ->
        [true] Miss, one more question. I want to say sorry to Sara. How do I do that the right way?
       *[false] { $gepakt ->
            [true] Miss, Wout posted a nude photo of Sara in Year 3. He took it from my phone. I want to say sorry to Sara. How do I do that the right way?
           *[false] Miss, there is a nude photo of Sara in Year 3. Because of me. I want to say sorry. How do I do that the right way?
        }
    }
vraag_2 = I'm glad you are asking first, Jayden. Don't text Sara tonight. Tomorrow I will ask her what she wants. She chooses whether and when. { $mentor ->
        [true] See you tomorrow.
       *[false] Delete the photo and come and see me at eight tomorrow.
    }

keuze_sara = You open the chat with Sara. What do you do?
    .waarschuwen = I tell her honestly what happened.
    .sorry = I text sorry and tell her what I did.
    .smoes = I write: "Sorry. But you're the one who broke up."
    .niks = I close the chat again. I don't know what to say.

sara_bericht = { $smoes ->
        [true] sorry. but you're the one who broke up, right
       *[false] { $gepakt ->
            [true] sara i'm sorry. wout took my phone and put your photo in year 3. i should have deleted it ages ago
           *[false] { $zelf_gedeeld ->
                [true] sara i'm sorry. i put your photo in year 3. i should never have done that
               *[false] sara i'm sorry. i sent your photo to wout and he put it in year 3. i should never have done that
            }
        }
    }
niks_sara = What should I say? I'll leave it.

## Wednesday morning: Sara

wissel_sara = Wednesday morning, quarter past seven. Sara picks up her phone.
sara_1 = You have 93 new messages. Your own nude photo is in the Year 3 group.
sara_2 = That photo was only for Jayden. I trusted him.
sara_lotte = sara?? call me when you're awake. i'm here for you ❤️
sara_jayden = { sara_bericht }
sara_jayden_2 = { $smoes ->
        [true] So it's my fault? Because I broke up with him?
       *[false] { $gepakt ->
            [true] He says sorry. But why did he still have that photo?
           *[false] Sorry? Everyone has seen my photo now.
        }
    }
sara_jayden_3 = Seeing his name among all those messages makes you jump. Do you have to answer now? You put your phone down, screen to the table.
sara_wie = { $zelf_gedeeld ->
        [true] Jayden posted it himself. I thought I knew him.
       *[false] Wout posted it. But only Jayden had that photo.
    }
sara_onbekend = hi sara 😏 nice photo. will you send another one?
sara_onbekend_2 = Who is this? My photo has reached people I don't even know.
sara_school = At school people stare at you. Two boys from 3C laugh out loud. At the lockers Lina quickly looks away.
sara_weg = { $zelf_gedeeld ->
        [true] Femke shows you the group. Jayden has taken the photo down. But lots of people already have it.
       *[false] Femke shows you the group. Jayden wrote that everyone must delete it. That helps a tiny bit.
    }
sara_mentor = In the first lesson Ms Pinas takes you out of class. She says: "You did nothing wrong. We are going to help you."
sara_mentor_2 = She mentioned Helpwanted. They help to get photos taken offline. I'm not alone in this.
sara_alleen = At break you sit alone by the bike shed. You want to go home.
sara_alleen_2 = Femke sits down next to you. "Helpwanted helps to get photos taken offline. Shall we go to Ms Pinas together?"
sara_alleen_3 = I feel so ashamed. But I did nothing wrong.
sara_vraag = Ms Pinas also says: "Jayden wants to say sorry. He won't text you. Do you want to hear it? That's up to you. Later is fine too, or never."
sara_vraag_2 = He is waiting for me. So I can catch my breath first.

sara_gevoel = You are Sara. How do you feel now? Choose what fits.
    .starter = { $eerlijk ->
            [true] At quarter past seven Sara read a sorry text from Jayden. Which feelings did you choose for her? What do you think that text did to her?
           *[false] { $smoes ->
                [true] Sara read: "but you're the one who broke up". Which feelings did you choose for her, and why?
               *[false] Which feelings did you choose for Sara? What made you choose them?
            }
        }

## Wednesday afternoon: Jayden again

wissel_jayden = Wednesday afternoon. Jayden has to see the head of year.
gevolg_delen = { $zelf_gedeeld ->
        [true] The head of year knows that you posted the photo in Year 3.
       *[false] The head of year knows that you sent the photo to Wout.
    } "Your parents are going to hear about this," she says. "Will you tell them yourself tonight first? Then I'll call."
gevolg_delen_2 = Tomorrow the community police officer comes to school. { $zelf_gedeeld ->
        [true] He wants to talk to you.
       *[false] He wants to talk to you and Wout.
    }
gevolg_gepakt = Wout is already with the head of year. The photo came from your phone. So you have to come too.
gevolg_gepakt_2 = The head of year says: "Delete that photo now, while I watch. And tell them at home yourself what happened. Tomorrow the school will call your parents."
gevolg_app = { $smoes ->
        [true] Sara showed your text to the school. The head of year reads it out: "but you're the one who broke up". "That puts the blame on her. Don't text her again."
       *[false] Sara showed your text to the school. The head of year says: "It gave her a fright. Don't text her again for now. You can say sorry later, through Ms Pinas. If Sara wants that."
    }
dank = Afterwards Ms Pinas says: "Good that you reported it straight away. That's how Sara got help quickly."
dank_sorry = Ms Pinas says: "I asked Sara if she wants to hear your sorry. She wants to think about it first. That's her choice. We'll wait for her."

## Thinking it over

oordeel = { $zelf_gedeeld ->
        [true] Jayden
       *[false] Wout
    } posted Sara's nude photo in Year 3. He wanted to hurt her. Which flag do you give?
    .explanation = Red. Sara sent the photo only to Jayden. She did not agree to it being shared. A group of 58 people is no place for a photo like that. It was meant to hurt her.
    .starter = Which flag did you give? And which flag fits what you did as Jayden?

wet = Sara sent the photo to Jayden herself. Is Jayden then allowed to forward it to others?
    .ja_zelf = Yes. She sent it herself, didn't she?
    .nee = No. Without her OK that is a crime.
    .ja_een_vriend = Yes, as long as he only sends it to one friend.
    .ja_uit = Yes, once it's over.
    .explanation = No. Sharing a sexual photo of someone without their consent is a crime. That has been the law since 2020. It applies at any age. And Sara is 15. By law, a nude photo of someone under 18 counts as child pornography. Then even forwarding it to one friend can be a crime. And so can keeping it.
    .starter = Sara sent the photo herself. What do you think of forwarding it still being a crime?

boosheid = Jayden was angry and sad after the break-up. What could he have done with that anger? Without hurting Sara.
    .hint = Write down a few things. There are no wrong answers.
    .starter = { $zelf_gedeeld ->
            [true] Jayden posted the photo in the group himself, out of anger. What do you do when you are that angry with someone? What really helps you then?
           *[false] { $naar_wout ->
                [true] Jayden gave the photo to Wout so that he would post it. What do you do when you are very angry with someone? What really helps you then?
               *[false] Jayden did not share the photo, no matter how angry he was. What do you do when you are very angry with someone? What really helps you then?
            }
        }

belang = Imagine you are as angry as Jayden. How important is it to you then not to hurt anyone with a photo?
    .low = I don't care
    .high = Very important to me
    .followup = You didn't pick a lower number. Why not?
    .starter = What reason did you give for your number? At what moment is it hardest for you to stick to it?

eigen_situatie = Think about what happened to you. Did anger or pressure from friends play a part? You can write about it here if you want. No names needed.
    .hint = You can skip this. If you write something, your Halt worker will read it. You will talk about it together.
    .starter = What in Jayden's story did you recognise in yourself? What part did anger or pressure from friends play for you?

## Ending

einde_gedeeld = Being angry is OK. Hurting someone with a photo is not. { $eerlijk ->
        [true] Sara had not asked for your text. It made her morning even harder. Do you want to put things right? That goes through school, at Sara's pace. She decides.
       *[false] { $sorry_mentor ->
            [true] You asked your form tutor first how to say sorry. Now Sara chooses for herself whether she wants to hear it, and when.
           *[false] { $smoes ->
                [true] A sorry with "but" puts the blame on Sara.
               *[false] You can still be honest and ask for help.
            }
        }
    }
    .title = The photo went round
einde_opgekomen = You did not share the photo. And when Wout did it anyway, you did something. { $smoes ->
        [true] But a sorry with "but" puts the blame on Sara.
       *[false] { $eerlijk ->
            [true] You texted Sara yourself, but she had not asked for that. A sorry works better through school, if Sara wants it.
           *[false] { $sorry_mentor ->
                [true] You asked your form tutor how to say sorry. That way Sara kept the choice.
               *[false] That really helped Sara.
            }
        }
    }
    .title = You did something for Sara
einde_stil = { $smoes ->
        [true] You did not share the photo. But your sorry with "but" put the blame on Sara.
       *[false] You did not share the photo, but afterwards you stayed silent.
    } Delete a photo like that after a break-up. And ask for help if things go wrong anyway.
    .title = { $smoes ->
        [true] You put the blame on Sara
       *[false] You stayed silent
    }
