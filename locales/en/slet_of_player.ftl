# Slut or player? — English translation (source: locales/nl/slet_of_player.ftl).

scenario-title = Slut or player?
scenario-summary = In the class chat, Zara and Mees get called names. How do you stand up for them?

character-sevda = Sevda
character-mees = Mees
character-zara = Zara
character-robin = Robin
character-quinten = Quinten
character-jasmijn = Jasmijn
character-peters = Mr Peters

chat-klas = 3B 📚
chat-dm_mees = Mees
chat-dm_zara = Zara
chat-zara_mees = Zara

## Sunday evening: Sevda

begin = It is Sunday evening. You are Sevda, 14 years old. You are in class 3B.
intro_mees = Mees has been your best friend since primary school. Last month he told you something. He likes boys.
intro_geheim = Only I know. He wants to tell people himself. When he is ready.
groep_1 = zara kissed 2 boys on saturday 👀
groep_2 = what a slut 💀
groep_3 = 😂😂 no way??
groep_4 = what about quinten? he kissed 2 girls too
groep_5 = quinten is just a player 😎🔥
groep_6 = well what can i say 😎
zara_typt = More 🔥 and 😂 appear. Zara is in the group too. She starts typing… and stops again.
groep_7 = same thing right. she's bad and he's a hero? 🙄
robin_homo = you keep quiet, gay boy 😂
robin_jongen = i saw you with that boy from 4C all evening on saturday 👀
quinten_2 = 💀💀💀
twijfel = Mees is offline. He trusts me. Whatever I write now, the whole class will read.

keuze_groep = What do you do in the group?
    .lachen = I laugh along and send 💀.
    .niks = I say nothing and keep watching.
    .wat_dan = I write: and if mees is gay, so what?
    .stop = I write: you don't talk about anyone like that.

sevda_lacht = 💀💀
lacht_robin = even sevda 😂😂
lacht_denk = If I laugh along, I won't be next. Right?
niks_1 = If I say something, they'll call me names next.
wat_dan_1 = and if mees is gay, so what? 🙄
wat_dan_2 = wait 👀 do you know something sevda?
wat_dan_3 = sevda knows 😂 so it's true
wat_dan_4 = No. That's not what I meant.
mees_boos = why did you say that?? now everyone thinks it 😭
sevda_stop = this makes no sense. you don't talk about anyone like that
sevda_stop_2 = not about zara and not about mees
stop_jasmijn = sevda's actually right. stop it robin
stop_jasmijn_2 = ok ok 🙄
stop_robin = relax sevda it's just a joke 🙄
stop_stil = Nobody writes anything back. No more 😂 appear either.

dm_start = { $geraden ->
        [true] It is half past ten. Mees isn't answering any more. Zara is offline.
       *[false] It is half past ten. The group is quiet. Mees and Zara are offline.
    }

keuze_dm = What do you do now?
    .mees = { $geraden ->
        [true] I say sorry to Mees. I ask what he wants.
       *[false] { $gelachen ->
            [true] I message Mees. Sorry about the 💀. I ask what he wants.
           *[false] I message Mees. I ask what he wants.
        }
    }
    .zara = I message Zara. I let her know I'm on her side.
    .niks = I message nobody. It'll be over by tomorrow.

dm_mees_1 = { $geraden ->
        [true] sorry mees. i wanted to help you. it went totally wrong 😞
       *[false] { $gelachen ->
            [true] hey. sorry about that 💀. that was dumb. you ok?
           *[false] hey. you ok? what robin wrote is really not ok
        }
    }
dm_mees_2 = what do you want me to do? or not do?
dm_mees_3 = idk 😭
dm_mees_4 = please don't say anything about me. to anyone 🥲
dm_mees_5 = He decides. Not me.
dm_zara_1 = hey zara. what robin wrote makes no sense
dm_zara_2 = { $gelachen ->
        [true] you sent a 💀 yourself 🙄
       *[false] he gets 🔥 and i get this
    }
dm_zara_3 = i almost don't dare go to school tomorrow
dm_zara_4 = { $gelachen ->
        [true] sorry. that was dumb of me. shall i pick you up tomorrow?
       *[false] you didn't do anything wrong. shall i pick you up tomorrow?
    }
niks_dm = What am I supposed to say? I put my phone down.

quinten_laat = ok seriously. zara did the same as me. leave her alone. and mees too
quinten_denk = Quinten? I didn't expect that.

## Monday morning: Sevda

maandag = { $zara_steun ->
        [true] Monday morning. You cycle to school with Zara. She hardly says a word.
       *[false] Monday morning. Zara is already in the classroom. She has her hood up.
    }
maandag_2 = Quinten walks in. Someone shouts: "Player!" Zara looks down at her desk.
maandag_3 = { $geraden ->
        [true] Mees sits at the back. Jasmijn keeps looking at him. And then at you.
       *[false] Mees sits at the back. He doesn't look at anyone.
    }

keuze_peters = After first period, Mr Peters is standing at the door. He is your form tutor. What do you do?
    .vertellen = I tell Mr Peters what happened in the group.
    .vragen = I message Mees first. Is it OK if I tell?
    .niks = I say nothing. I don't want to snitch.

vragen_1 = shall i tell peters what robin wrote? just that. nothing about you
vragen_2 = ok. if it's really only about robin
peters_1 = You show Mr Peters the messages. He says: "Thank you, Sevda. I'll talk to Robin."
peters_denk = { $gevraagd ->
        [true] Mees said: nothing about me. But Mr Peters doesn't know Mees likes boys. Will he get how bad this is?
       *[false] Mr Peters doesn't know Mees likes boys. Will he really get how bad this is?
    }

keuze_geheim = What else do you tell Mr Peters?
    .alleen_chat = Nothing about Mees himself. Only what was in the group.
    .verklappen = I tell him Mees likes boys. Then he'll get it.

geheim_1 = You say: "It doesn't matter what Robin thinks. You don't talk about anyone like that." Mr Peters nods.
verklap_1 = You say quietly: "Mees really likes boys. I'm the only one who knows."
verklap_2 = Mr Peters says calmly: "That is for Mees himself to share. He'll tell people if he wants to. I won't tell anyone."
verklap_3 = { $gevraagd ->
        [true] Mees asked me not to say anything about him. To anyone. And I did it anyway.
       *[false] I told something that wasn't mine to tell.
    }
niks_peters = Robin will just say I'm a snitch. I don't want any drama.

## Monday, lunch break: Mees

wissel_mees = Monday, lunch break. Mees is sitting alone on the stairs by the gym.
mees_nacht = You slept badly. You kept reading the group again and again.
mees_woord = Gay. They use it as an insult. But it's just who I am.
mees_jongen = And on Saturday I was talking to a boy. Is that not allowed either?
mees_bang = What if they keep asking? I want to tell people myself. When I'm ready.
mees_gang = { $geraden ->
        [true] In the corridor Jasmijn asks quietly: "Is it really true? About you?" You walk on quickly.
       *[false] In the corridor Robin shouts: "Hey Mees, where's your boyfriend?" A few boys laugh.
    }
mees_lach = Sevda sent 💀. Sevda knows about me. And she laughed along.
mees_geraden = Sevda meant well. But now the whole class is wondering.
mees_stop = Sevda wrote: you don't talk about anyone like that. She said nothing about me. And still she stood by me.
mees_stil = Nobody said anything back to Robin. Not even Sevda.
mees_gevraagd = Sevda asked what I want. Not what she thinks. That felt safe.
mees_peters = After the break, Mr Peters asks you to stay for a moment. He says: "What Robin wrote is not OK. I'm talking to him."
mees_peters_2 = "Do you want to talk about it? You don't have to."
mees_peters_3 = He doesn't ask anything about me. Only how I'm doing.

keuze_mees = What do you do?
    .peters = I tell Mr Peters what Robin wrote. Nothing more.
    .zara = I message Zara. She got it too.
    .stil = I mute the group and say nothing.

mees_zelf_1 = After the break you walk to Mr Peters. Your heart is pounding.
mees_zelf_2 = He listens. Then he says: "Good that you came. I'll talk to Robin. You don't have to explain anything else."
mees_zara_1 = hey. you doing ok? 🥲
mees_zara_2 = no. you neither i think
mees_zara_3 = it's them. not us
mees_zara_4 = shall we go to peters together after school?
mees_stil_1 = You mute the group. Your phone goes quiet. Your head doesn't.

mees_gevoel = You are Mees. How do you feel now? Choose what fits.
    .starter = { $gelachen ->
            [true] As Sevda, you sent a 💀 in the group. How do you think Mees read that?
           *[false] { $geraden ->
                [true] Sevda's question in the group was meant well. What did that question do to Mees, do you think?
               *[false] Which of Mees's feelings touched you the most? Why was that?
            }
        }

## Monday evening: Sevda again

wissel_sevda = Monday evening. Sevda is lying on her bed with her phone.
avond_robin = Robin had to see Mr Peters today. He is quiet in the group.
avond_door = In the group Robin makes another joke about Zara. Mr Peters still knows nothing.
avond_zara = thanks for today ❤️ really
avond_mees_dank = { $geraden ->
        [true] it's ok. you meant well 🥲
       *[false] thanks for yesterday. you know 🥲
    }
avond_mees_stil = You get no message from Mees today.
avond_verklapt = Mees doesn't know what I told Mr Peters. It was his secret. Not mine.

## Thinking it over

oordeel = At the party, Zara kissed two boys. Quinten kissed two girls. They are all 14 or 15. Everyone wanted to. Which flag do you give that kissing?
    .explanation = Green. They all wanted it and they are the same age. Nobody was pressured. For Zara and for Quinten it is exactly the same.
    .starter = Which flag did you give, and why? Where does the idea come from that kissing is something different for a girl than for a boy?

wet = Robin calls Zara a slut. In a group with the whole class. Can that be a crime?
    .nee_woorden = No. They're just words.
    .ja = Yes, that can be a crime.
    .nee_waar = No. She really did kiss two boys.
    .explanation = Yes. Since 1 July 2024, sexual harassment can be a crime, online too. It depends on what it says, how often, and how many people see it. Whether Zara really kissed them doesn't matter.
    .starter = What do you think about a message like that possibly being a crime? When does a joke cross the line for you?

zeggen = Robin calls Mees gay, as an insult. What is the best thing to write in the group?
    .geen_homo = mees isn't gay at all
    .wat_dan = and what if he is, so what?
    .niemand = you don't talk about anyone like that
    .niks = Nothing. Then it won't get worse.
    .explanation = You don't talk about anyone like that. That way you say nothing about Mees himself. Who he likes is his business. The problem is the insult.
    .starter = { $verklapt ->
            [true] You told Mr Peters who Mees likes. What did you hope that would do? How would you handle it now?
           *[false] { $geraden ->
                [true] Sevda wrote: and if mees is gay, so what? What happened next in the group, and why?
               *[false] What would you write in the group yourself? Say it in your own words.
            }
        }

zeker = Imagine: someone in a group chat is calling someone else names. How sure are you that you could say something about it?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = What already helps you to say something? And what would help you go up one point?

eigen_situatie = Is anything in this story like what happened with you? For example a name someone was called, or a joke about someone. Write about it if you want. No names needed.
    .hint = You can skip this. Your Halt worker reads what you write.
    .starter = What did you recognise from this story? What part did you play in what happened with you?

## Ending

einde_niet_alleen = { $opgekomen ->
        [true] You said: you don't talk about anyone like that. You didn't have to say anything about Mees to stand up for him.
       *[false] { $gelachen ->
            [true] At first you laughed along.
           *[false] You said nothing in the group.
        } { $mentor ->
            [true] Then you went to Mr Peters. That way Zara and Mees got help.
           *[false] { $gevraagd ->
                [true] Then you asked Mees what he wants. That felt safe to him.
               *[false] Then you let Zara know you're on her side. Mees heard nothing from you.
            }
        }
    }
    .title = You did something
einde_goed_bedoeld = { $verklapt ->
        [true] You wanted to help Mees. But who he likes is for him to tell. Even to a teacher.
       *[false] You wanted to help Mees. But your question got the class guessing. "You don't talk about anyone like that" helps, without saying anything about him.
    }
    .title = Meant well
einde_meegelachen = Zara and Mees saw your 💀 too. Every laugh tells Robin: keep going.
    .title = You laughed along
einde_stil = You didn't join in. But nobody said anything back to Robin. Zara and Mees were on their own.
    .title = You stayed quiet
