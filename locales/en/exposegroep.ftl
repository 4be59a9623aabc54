# The expose group — English translation (source: locales/nl/exposegroep.ftl).

scenario-title = The expose group
scenario-summary = A boy posts a nude photo in a group. It has a classmate's face on it.

character-mo = Mo
character-esra = Esra
character-dylan = Dylan
character-sven = Sven
character-ilias = Ilias
character-sara = Sara
character-selin = Selin
character-visser = Ms Visser
character-fier = Fier

chat-expose = Expose 👀
chat-dm_sven = Sven
chat-klas = Class 3B
chat-dm_visser = Ms Visser
chat-dm_esra = Esra
chat-dm_yusuf = Yusuf
chat-dm_selin = Selin
chat-van_mo = Mo
chat-esra_visser = Ms Visser
chat-fier_chat = Chat with Fier

## Saturday evening: Mo

begin = It is Saturday evening. Dylan adds you to a new group: Expose 👀
expose_1 = Welcome guys 😎 What's posted here stays here 🤫
foto = Number 1: Esra from 3B 👀
foto_wat = It is a nude photo with Esra's face. She is in your class.
ilias_1 = Wait. Is that even real? It looks fake.
dylan_nep = Doesn't matter. Everyone will think it's her 😂
sven_1 = Send it to her family 😂 Let's see what they think.
twijfel = Everyone around here knows Esra's family. A photo like that spreads fast. Even if it's fake.

keuze_groep = What do you do in the group?
    .lachen = I send laughing emojis too.
    .stil = I say nothing. I just read along.
    .opkomen = I write that the photo has to go.

mo_lacht = 😂😂
stil_1 = Nobody can see that I'm reading along. Right?
mo_stop = This is fake and really mean. Take it down, Dylan.
stop_weg = Dylan removes you from the group straight away.

druk_1 = { $opgekomen ->
        [true] Haha, Dylan kicked you out 😂
       *[false] { $gelachen ->
            [true] Haha Mo, you get it! 😎 You're in Esra's class, right?
           *[false] Hey Mo. You're in Esra's class, right?
        }
    }
druk_2 = { $opgekomen ->
        [true] Put that photo in your class chat. Then you can come back in.
       *[false] Put that photo in your class chat. Then everyone will know by Monday 😂
    }

keuze_sven = Sven is waiting for your answer. What do you do?
    .doorsturen = I put the photo in the class chat.
    .nee = I write back: No, I won't do that.
    .negeren = I don't answer.

door_1 = Look what's going round 👀
door_2 = Mo?? That's Esra. Why are you sending this?
door_3 = There are thirty people in the class chat. I can't get it back.
nee_1 = No. I won't do that to Esra.
nee_2 = Wimp 🙄 Then someone else will do it.

keuze_foto = Esra's photo is still on your phone. Your app saves photos automatically. What do you do?
    .bewaren = I do nothing. It just stays there.
    .wissen = { $opgekomen ->
        [true] I delete the photo.
       *[false] I delete the photo and leave the group.
    }
    .melden = I delete the photo and tell my form tutor.

bewaren_1 = I'm not doing anything with it, am I? What difference does it make?
wissen_1 = { $opgekomen ->
        [true] You press and hold the photo. You tap Delete.
       *[false] You delete the photo. Then you tap Leave group.
    }
melden_1 = Miss, a nude photo of Esra is going round. In an expose group. Can I talk to you on Monday?
melden_2 = Thank you, Mo. Good that you're telling me. I'll contact Esra tomorrow.

keuze_esra = Do you send Esra a message?
    .steun = Yes. I warn her. And I say it's not her fault.
    .sorry = Yes. I say sorry that I forwarded the photo.
    .broer = No. I tell her brother Yusuf. He needs to know.
    .niks = No. I don't know what to say.

steun_1 = Hi Esra. A photo of you is going round. It's not your fault. Can I do anything?
sorry_1 = Esra, sorry. I forwarded a photo of you. That was wrong of me.
broer_1 = Yusuf, a photo of your sister is going round. In an expose group. You need to know this.
broer_2 = He's her brother. He'll sort it out.
niks_esra = Maybe she doesn't know yet. Then I'd better say nothing.

## Sunday: Esra

wissel_esra = It is Sunday afternoon. Esra's aunts are visiting her family.
esra_selin = Esra, a photo of you is going round. { $doorgestuurd ->
        [true] It's even in your class chat.
       *[false] In an expose group of boys.
    }
esra_selin_2 = My brother has seen it too. I really don't believe it's you ❤️
esra_foto = You open the photo. It is your face, but not your body. Who would do this?
esra_familie = What if my parents see this? Will they believe me? And people will talk about our whole family.
esra_yusuf = Your brother Yusuf takes you out into the hall. He is shocked. "Mo says a photo of you is going round. Is that true?"
esra_yusuf_2 = I wanted to tell them myself. In my own way. Now I can't.
esra_mo = { $sorry ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
esra_mo_2 = { $sorry ->
        [true] Sorry? Now even more people are seeing that photo.
       *[false] Mo says it's not my fault. That helps a little.
    }
esra_visser = Hi Esra, this is Ms Visser. I know what is going round. You did nothing wrong.
esra_visser_2 = You can choose how you tell your family. We will help you with that. You can also chat with Fier.
esra_kamer = { $gemeld ->
        [true] You go to your room. You open the chat with Fier.
       *[false] You go to your room. You look for help on your phone. You find the chat with Fier.
    }
esra_fier_1 = A fake photo of me is going round. I'm scared of how my family will react.
esra_fier_2 = Good that you're chatting with us. You did nothing wrong. Fake or real: whoever shares a photo like that is doing wrong.
esra_fier_3 = We'll think it through with you. Also how to tell your family. Helpwanted can help get the photo taken offline.
esra_moeder = Then your mother knocks on your door. "Esra? You hardly ate anything. Is something wrong?"
esra_moeder_2 = I want to tell her. But do I dare?

esra_gevoel = You are Esra. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Esra? What made you choose them?
esra_bang = Esra did nothing wrong. Still, she is scared. What do you think she is scared of?
    .hint = Write a few sentences.
    .starter = What do you think Esra is scared of? Who could have prevented that?

## Monday: Mo again

wissel_mo = It is Monday morning. Esra's chair is empty. { $gemeld ->
        [true] Dylan and Sven have to see the community police officer.
       *[false] Someone reported the group. Dylan and Sven have to see the community police officer.
    }
mo_klas = Ms Visser says: "A photo is going round. Delete it today. Forwarding or keeping a photo like that can be a crime. Also when you are under 18 yourself."
mo_wijkagent = You have to see the community police officer too. He knows you put the photo in the class chat. The school is calling your parents today.
mo_broer = Ms Visser takes you aside. "Did Esra know you told Yusuf?" You shake your head. You hadn't asked her.
mo_dank = After the lesson, Ms Visser says quietly: "Thank you, Mo. Esra is getting help now."
mo_stil = { $bewaard ->
        [true] That photo is still on my phone. I'll delete it right now.
       *[false] { $opgekomen ->
            [true] I said it had to go. After that I did nothing.
           *[false] I read everything. Nobody knows. But I do.
        }
    }

## Thinking it over

oordeel = Dylan put a nude photo with Esra's face in an expose group. Which flag do you give?
    .explanation = Red. Esra did not agree. Dylan wanted people to think badly of her. A group of boys against one girl: that is not equal. And it hurts her. Does someone threaten with a photo like that, or demand something? Then it is black.
    .starter = Which flag did you give Dylan? And which flag fits what you did as Mo?

wat_doen = A nude photo of a girl in your class appears in your group. What is the best thing to do?
    .meelezen = I say nothing. I just read along.
    .familie = I tell her family. They need to know.
    .wissen_vertellen = Don't forward it, delete the photo and tell an adult.
    .explanation = Don't forward the photo and don't show it. Delete it. Tell an adult you trust. Don't tell her family: that is her choice.
    .starter = Which adult would you tell about this? What makes that hard or easy?

belang = A photo like that appears in your group. How important is it to you to do something then?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? What would help you to really do something?

terugkijken = Look back at your choices as Mo. What would you do the same way? What would you do differently?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = Which of Mo's choices would you make differently now? What do you need to really do that?

## Ending

einde_doorgestuurd = { $sorry ->
        [true] Saying sorry is a first step. Esra decides for herself what she does with it.
       *[false] You can't take back a forwarded photo. But you can be honest and ask for help.
    }
    .title = The photo went further
einde_broer = { $gemeld ->
        [true] Your form tutor is helping Esra now. But Esra chooses who at home hears about it.
       *[false] You wanted to help Esra. But Esra chooses who at home hears about it.
    }
    .title = You decided without Esra
einde_steun = { $gelachen ->
        [true] At first you laughed along. Then you chose Esra's side after all.
       *[false] { $steun ->
            [true] You didn't leave Esra on her own. That really makes a difference.
           *[false] { $gemeld ->
                [true] Because of you, an adult could help Esra. That really makes a difference.
               *[false] You said out loud that it had to go. That takes courage.
            }
        }
    }
    .title = You chose Esra's side
einde_toekijken = { $gelachen ->
        [true] A laugh seems small. For Esra, every laugh counted.
       *[false] Reading along quietly seems like nothing. But Esra was on her own.
    }
    .title = You watched
