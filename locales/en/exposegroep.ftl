# The expose group — English translation (source: locales/nl/exposegroep.ftl).

scenario-title = The expose group
scenario-summary = A boy posts a nude photo in a group. It has a classmate's face on it.

character-mo = Mo
character-esra = Esra
character-dylan = Dylan
character-sven = Sven
character-tarik = Tarik
character-aya = Aya
character-selin = Selin
character-visser = Ms Visser
character-fier = Fier

chat-expose = Expose 👀
chat-dm_sven = Sven
chat-klas = Class 3B
chat-dm_visser = Ms Visser
chat-dm_esra = Esra
chat-dm_hamza = Hamza
chat-dm_selin = Selin
chat-van_mo = Mo
chat-esra_visser = Ms Visser
chat-fier_chat = Chat with Fier

## Saturday evening: Mo

begin = Saturday evening. Dylan adds you to a new group: Expose 👀
expose_1 = welcome lads 😎 what's posted here stays here 🤫
foto = number 1: Esra from 3B 👀
foto_wat = It is a nude photo with Esra's face. She is in your class.
ilias_1 = wait is that even real? looks fake
dylan_nep = doesn't matter. everyone thinks it's her 💀
sven_1 = send it to her family 😂 let's see what they think
twijfel = Everyone around here knows Esra's family. A photo like that spreads fast. Even if it's fake.

keuze_groep = What do you do in the group?
    .lachen = I send laughing emojis too.
    .stil = I say nothing. I just read along.
    .opkomen = I write that the photo has to go.

mo_lacht = 😂😂
stil_1 = Nobody can see that I'm reading along. Right?
mo_stop = fake or not, this is mean. take it down Dylan
stop_weg = Dylan removes you from the group straight away.

druk_1 = { $opgekomen ->
        [true] haha Dylan kicked you out 😭
       *[false] { $gelachen ->
            [true] haha Mo you get it 😎 you're in Esra's class right?
           *[false] hey Mo. you're in Esra's class right?
        }
    }
druk_2 = { $opgekomen ->
        [true] put that photo in your class chat. then you can come back in
       *[false] put it in your class chat. then everyone knows by monday 👀
    }

keuze_sven = Sven is waiting. What do you do?
    .doorsturen = I put the photo in the class chat.
    .nee = I write back: No, I won't do that.
    .negeren = I don't answer.

door_1 = look what's going round 👀
door_2 = Mo?? that's Esra 😳 why are you sending this
door_3 = There are thirty people in the class chat. I can't get it back.
nee_1 = no. you don't do that to anyone
nee_2 = wimp 🙄 someone else will do it then

keuze_foto = Your app saved Esra's photo automatically. What do you do?
    .bewaren = I just leave it there.
    .wissen = { $opgekomen ->
        [true] I delete the photo.
       *[false] I delete the photo and leave the group.
    }
    .melden = I delete the photo and tell my form tutor.
    .sorry_vragen = I delete the photo and ask Ms Visser how I can say sorry.

bewaren_1 = I'm not doing anything with it, am I? What difference does it make?
wissen_1 = { $opgekomen ->
        [true] You press and hold the photo. You tap Delete.
       *[false] You delete the photo. Then you tap Leave group.
    }
melden_1 = Miss, sorry to message you at the weekend. A nude photo of Esra is going round. What should I do?
melden_2 = Thank you, Mo. Good that you're telling me. I'll message Esra tomorrow.

keuze_esra = Do you send Esra a message?
    .steun = Yes. I warn her and say it's not her fault.
    .sorry = Yes. I say sorry that I forwarded the photo.
    .broer = No. I tell her brother Hamza. He needs to know.
    .niks = No. I don't know what to say.

steun_1 = hi Esra. a photo of you is going round. it's not your fault. can i do anything?
sorry_1 = Esra sorry. i forwarded a photo of you. that was wrong of me
sorry_vragen_1 = Miss, sorry to message you at the weekend. A nude photo of Esra is going round. I put it in the class chat myself. I've deleted it now. How can I say sorry to Esra?
sorry_vragen_2 = Good that you're being honest, Mo. Don't send Esra anything now. I'll ask her first what she wants. She decides whether and when she hears your sorry.
broer_1 = Hamza a photo of your sister is going round. in an expose group. you need to know this
broer_2 = He's her brother. He'll sort it out.
niks_esra = Maybe she doesn't know yet. Then I'd better say nothing.

## Sunday: Esra

wissel_esra = Sunday afternoon. Esra's aunts are visiting her family.
esra_selin = Esra a photo of you is going round 😳 { $doorgestuurd ->
        [true] it's even in your class chat
       *[false] in an expose group of boys
    }
esra_selin_2 = even boys at my school have it 😭 this isn't on you ❤️
esra_foto = You open the photo. It is your face, but not your body. Who would do this?
esra_familie = What if my parents see this? Will they believe me? And everyone will talk about our family.
esra_yusuf = Your brother Hamza takes you out into the hall. He is shocked. "Mo says a photo of you is going round. Is that true?"
esra_yusuf_2 = I wanted to tell them myself. In my own way. Now I can't.
esra_mo = { $sorry ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
esra_mo_2 = { $sorry ->
        [true] So Mo forwarded it. Who else? Why is he messaging me now? I don't want anything to do with him right now.
       *[false] Mo says it's not my fault. That helps a little.
    }
esra_visser = Hi Esra, this is Ms Visser. I know what is going round. You did nothing wrong.
esra_visser_2 = You can tell your family yourself first. After that, I'll talk to your parents. We will help you. You can also chat with Fier.
esra_visser_3 = Mo asked me how he can say sorry. You don't have to do anything with that now. Do you ever want to hear it? Then tell me. It's your decision.
esra_visser_4 = Good. I don't have to deal with Mo now.
esra_kamer = In your room, you look for help on your phone. You find the chat with Fier.
esra_fier_1 = a fake photo of me is going round. i'm scared of how my family will react
esra_fier_2 = Good that you're chatting with us. You did nothing wrong. Fake or real: whoever shares a photo like that is doing wrong.
esra_fier_3 = We'll think it through with you, also how to tell your family. Helpwanted helps to get the photo taken offline.
esra_moeder = Your mother knocks on your door. "Esra? You hardly ate anything. Is something wrong?"
esra_moeder_2 = I want to tell her. But do I dare?

esra_gevoel = You are Esra. How do you feel now? Choose what fits.
    .starter = Which of Esra's feelings hit you hardest? Why do you think that was?
esra_bang = Esra did nothing wrong. Still, she is scared. What do you think she is scared of?
    .hint = Write a few sentences.
    .starter = You wrote what Esra is scared of. What could help her at that moment?

## Monday: Mo again

wissel_mo = Monday morning. Esra's chair is empty. Dylan and Sven have to see the community police officer.
mo_klas = Ms Visser says: "A photo is going round. Delete it today. Forwarding or keeping it can be a crime. Also when you are under 18."
mo_klas_2 = "Some people say: it's fake, so it's allowed. That's not true. A fake nude that looks real counts as a nude. Then making or forwarding it can be a crime too."
mo_wijkagent = You have to see the community police officer too. You put the photo in the class chat. Ms Visser says: "Tell them at home yourself tonight. I'll call your parents tomorrow."
mo_sorry_dm = In the corridor, Aya says: "Esra saw your message. It made her even more scared. Don't send her anything else, okay?"
mo_sorry_wacht = Ms Visser says: "I asked Esra if she wants to hear your sorry. Not yet. That's her choice."
mo_broer = Ms Visser takes you aside. "Did Esra know you told Hamza?" You shake your head. You hadn't asked her.
mo_dank = After the lesson, Ms Visser says quietly: "Thank you, Mo. Because of you, I could reach Esra at the weekend."
mo_stil = { $bewaard ->
        [true] That photo is still on my phone. I'll delete it right now.
       *[false] { $steun ->
            [true] I sent Esra a message. I hope it helped a little.
           *[false] { $opgekomen ->
                [true] I said it had to go. After that I did nothing.
               *[false] I read everything. Nobody knows. But I do.
            }
        }
    }

## Thinking it over

oordeel = Dylan put a nude photo with Esra's face in an expose group. Which flag do you give?
    .explanation = Red. Esra did not agree. Dylan wanted people to think badly of her. A group of boys against one girl is not equal. And it hurts her. The photo being fake doesn't make it any less bad.
    .starter = { $doorgestuurd ->
            [true] As Mo, you put the photo in the class chat. Which flag fits that, and why?
           *[false] { $gelachen ->
                [true] As Mo, you sent laughing emojis in the group. What do you think they meant to Dylan?
               *[false] { $opgekomen ->
                    [true] As Mo, you wrote that the photo had to go. What gave you the courage to do that?
                   *[false] As Mo, you read along without saying anything. Which flag fits reading along, do you think?
                }
            }
        }

wat_doen = Someone posts a nude photo of a girl in your class in your group. What is the best thing to do?
    .meelezen = I say nothing and read along.
    .familie = I tell her family. They need to know.
    .wissen_vertellen = Delete it, and tell an adult.
    .alleen_wissen = I delete it and say nothing.
    .explanation = Delete it and show it to nobody. Tell an adult you trust. Only deleting it doesn't help her. Telling her family? That is her choice.
    .starter = Which adult would you message if this happened? What would you write?

belang = Imagine a photo like that appears in your group. How easy is it then to tell an adult?
    .low = Very hard
    .high = Very easy
    .followup = Why not a lower number?
    .starter = What already makes it a bit easier? Who could help you actually do it?

terugkijken = Look back at your choices as Mo. What would you do the same way again? And what wouldn't you?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = { $broer ->
            [true] As Mo, you told Hamza without asking Esra. What did you want to achieve? How would you do it now?
           *[false] Which of Mo's choices would you make differently now? Who or what would help you with that?
        }

eigen_situatie = Has something like this happened in your own life? You can write about it, without names. Your Halt worker reads it. You'll talk about it together.
    .hint = You can skip this too.
    .starter = What in Mo's or Esra's story reminded you of your own situation?

## Ending

einde_doorgestuurd = { $sorry ->
        [true] You sent Esra a sorry yourself. She didn't ask for it, and it made her even more scared. Do you want to say sorry? Ask your form tutor or Halt how. Esra decides.
       *[false] { $sorry_vragen ->
            [true] You asked first how you can say sorry. That way Esra keeps the choice: whether, how and when.
           *[false] You can't take back a forwarded photo. But you can be honest and ask for help.
        }
    }
    .title = The photo went further
einde_broer = { $gemeld ->
        [true] Your form tutor is helping Esra now. But it is her story. Esra chooses who at home hears it, and when.
       *[false] You wanted to help Esra. But it is her story. Esra chooses who at home hears it, and when.
    }
    .title = You decided without Esra
einde_steun = { $gelachen ->
        [true] At first you laughed along. Then you chose Esra's side after all.
       *[false] { $steun ->
            [true] You let Esra know: it's not on you. That way she was less alone.
           *[false] { $gemeld ->
                [true] Because of you, Esra got help from an adult that same Sunday.
               *[false] You said out loud that it had to go. That takes courage.
            }
        }
    }
    .title = You chose Esra's side
einde_toekijken = { $gelachen ->
        [true] Two emojis are sent in a second. For Esra, each one was someone laughing at her.
       *[false] Reading along quietly seems like nothing. But Esra was on her own.
    }
    .title = You watched
