# The class chat — English translation (source: locales/nl/klassenchat.ftl).

scenario-title = The class chat
scenario-summary = A classmate's nude photo ends up in the class chat.

character-sem = Sem
character-noor = Noor
character-kevin = Kevin
character-mehmet = Mehmet
character-priya = Priya
character-stijn = Stijn
character-jesse = Jesse
character-yilmaz = Ms Yilmaz
character-onbekend = Unknown number

chat-klas = Class 2B
chat-dm_mehmet = Mehmet
chat-voetbal = Football U15
chat-dm_yilmaz = Ms Yilmaz
chat-dm_noor = Noor
chat-van_sem = Sem
chat-onbekend = Unknown number

## Tuesday evening: Sem

begin = Tuesday evening. You are lying on your bed with your phone.
klas_1 = has anyone done the maths yet 😭
foto = look what noor sent me 😂
foto_wat = It is a nude photo of Noor. She is in your class.
eerst_mehmet = HAHAHA 💀💀
eerst_priya = wait is that actually noor?? 😳
meer_reacties = More and more laughing emojis appear.
twijfel = That photo was only for Kevin. Does Noor know everyone can see it now?

keuze_groep = What do you do in the group?
    .lachen = I send a laughing emoji too.
    .niks = I say nothing and keep watching.
    .stop = I write that Kevin must take the photo down.

sem_lacht = 😂😂
lacht_kevin = sem gets it 😎
niks_1 = If I say nothing, nobody will notice me.
sem_stop = kevin take this down. this is not ok
stop_kevin = relax it's just a joke 🙄
stop_daan = sem's right. take it down kevin

druk_1 = hey sem send it to your football group 😂
druk_2 = { $opgekomen ->
        [true] don't be so serious man. it's just a laugh
       *[false] you're in that group, i'm not. go on
    }

keuze_mehmet = Mehmet is waiting. What do you do?
    .doorsturen = I forward the photo to the football group.
    .nee = I write back: No, I won't do that.
    .negeren = I don't answer.

door_1 = look what's in our class chat 👀
door_2 = who's that?? does she go to your school
door_3 = Twenty people have already seen it. I can't get it back.
nee_1 = no i'm not doing that
nee_2 = boring 🙄 someone else will do it then
nee_3 = Maybe. But not through me.
negeer_1 = You put your phone down. It keeps buzzing.
negeer_2 = sem?? you there

keuze_foto = Noor's photo is still on your phone. What do you do?
    .bewaren = I leave it there.
    .wissen = I delete the photo.
    .mentor = I delete the photo and text my form tutor.

bewaren_1 = Everyone has it anyway. What difference does it make?
wissen_1 = You press and hold the photo. You tap Delete.
mentor_1 = { $doorgestuurd ->
        [true] Miss, a nude photo of Noor is going round. I forwarded it too. That was wrong. I have deleted it now.
       *[false] Miss, a nude photo of Noor is going round. I have deleted it. What should I do?
    }
mentor_2 = { $doorgestuurd ->
        [true] Thank you for being honest, Sem. I will help Noor first thing tomorrow.
       *[false] Thank you, Sem. I will help Noor first thing tomorrow.
    }

keuze_noor = Do you send Noor a message?
    .steun = Yes. I write that I'm on her side.
    .sorry = Yes. I text her sorry.
    .mentor_sorry = Not yet. I ask my form tutor how I can say sorry.
    .niks = No. I don't know what to say.

steun_1 = hi noor. what kevin did is not ok. i'm on your side ❤️
sorry_1 = noor sorry. i forwarded your photo. that was wrong of me. are you angry?
vraag_1 = { $mentor ->
        [true] Miss, one more question. How can I say sorry to Noor?
       *[false] Miss, I forwarded a nude photo of Noor. How can I say sorry?
    }
vraag_2 = Good that you are asking first, Sem. Don't send Noor anything now. I will ask her what she wants. It is her choice. { $mentor ->
        [true] See you tomorrow.
       *[false] Delete the photo. Come and see me before class tomorrow.
    }
niks_noor = What should I say? I'll just leave it.

## Wednesday morning: Noor

wissel_noor = Wednesday morning. Noor picks up her phone.
noor_1 = You have 84 new messages. Kevin put your nude photo in the class chat.
noor_2 = That photo was only for Kevin. I trusted him.
noor_lachjes = There are laughing emojis under the photo. { $gelachen ->
        [true] Two of them are from Sem.
       *[false] From almost the whole class.
    }
noor_stop = { $opgekomen ->
        [true] Sem and Stijn wrote that it had to go. Thank goodness.
       *[false] Nobody wrote that it had to go. Nobody.
    }
noor_onbekend = hi. are you the noor from that photo? 😏
noor_onbekend_2 = Who is this? How did he get my photo?
noor_school = At school, people whisper when you walk past. Mehmet laughs out loud.
noor_sem = { $doorgestuurd ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
noor_sem_2 = { $doorgestuurd ->
        [true] Sem forwarded it too? Who to?
       *[false] Someone is thinking of me. That helps a little.
    }
noor_sem_3 = Your heart is pounding. Do you have to answer now? You put your phone on silent.
noor_sem_4 = I don't want a sorry right now. I want my photo gone.
noor_mentor = At break, Ms Yilmaz takes you aside. "You did nothing wrong. We are going to help you."
noor_mentor_2 = Someone reported it. I'm not alone in this.
noor_alleen = At break, you sit alone in the toilets. Nobody at school asks how you are.
noor_alleen_2 = After break, you go to Ms Yilmaz yourself. You tell her what happened.
noor_vraag = She also says: "Sem wants to say sorry. Do you want to hear it? You choose. Now, later or never."
noor_vraag_2 = I don't have to decide anything now. First that photo has to go.

noor_gevoel = You are Noor. How do you feel now? Choose what fits.
    .starter = { $doorgestuurd ->
            [true] { $steun ->
                [true] In the morning Noor got a sorry text from Sem. Which feelings did you choose for her? What do you think that text did to her?
               *[false] Which feelings did you choose for Noor? What made you choose them?
            }
           *[false] Which feelings did you choose for Noor? What made you choose them?
        }
noor_nodig = As Noor, what did you need from your class today?
    .hint = Write a few sentences.
    .starter = What do you think Noor needed? Which part of that could you do?

## Wednesday afternoon: Sem again

wissel_sem = Wednesday, the last lesson. Kevin's chair is empty.
klas_gesprek = Ms Yilmaz says: "A nude photo is going round. Everyone, delete it today."
sem_teamleider = After the lesson, you have to see the head of year. She knows you forwarded the photo.
sem_teamleider_2 = "Your parents need to know about this. Will you tell them yourself tonight first? I'll call them tomorrow."
sem_sorry_app = She also says: "Noor got a fright from your text. Don't send her anything else."
sem_sorry_mentor = Ms Yilmaz is there too. "Noor knows you want to say sorry. She is thinking about it. We will wait for her."
sem_dank = After the lesson, Ms Yilmaz says quietly: "Thank you, Sem. Noor is getting help now."
sem_bewaard = The photo is still on my phone. I'll delete it right now.

## Thinking it over

oordeel = Kevin put Noor's nude photo in the class chat. Which flag do you give?
    .explanation = Red. Noor sent the photo only to Kevin. She did not agree to him sharing it. And a class chat is no place for a photo like that. It hurts Noor.
    .starter = Which flag did you give Kevin? And which flag fits what you did as Sem?

wet = Kevin is 14, just like Noor. Can it be a crime for him to forward her nude photo?
    .nee_leeftijd = No, Kevin is under 18 too.
    .ja = Yes, it can be a crime.
    .nee_grap = No, not if it's a joke.
    .explanation = Yes. By law, a nude photo of someone under 18 counts as child pornography. That sounds extreme, but it also covers a classmate. Forwarding or keeping it can be a crime, also when you are under 18 yourself.
    .starter = What did you think about this before you read the answer? What do you think of it applying to young people too?

ontvangen = You get a nude photo of a classmate. What is the best thing to do?
    .wissen_stil = I delete it and say nothing.
    .bewaren = I keep it, but I don't forward it.
    .wissen_vertellen = I delete it and tell an adult.
    .laten_zien = I just show it to one friend for a second.
    .explanation = Delete it and show it to nobody. Tell an adult you trust, like your form tutor or a parent. Only deleting it doesn't help your classmate.
    .starter = Which adult would you tell about something like this? What makes that hard or easy?

belang = How important is it to you to never forward a nude photo of someone else?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What reason did you give for your number? When would it still get hard?

zeker = Imagine a friend texts: "just forward that photo". How sure are you that you can say no?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = What already helps you to say no? What would make you one point more sure?

terugkijken = Look back at your choices as Sem. What would you do the same way again? And what wouldn't you?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = { $doorgestuurd ->
            [true] As Sem, you forwarded the photo to the football group. What was going on in your head at that moment?
           *[false] { $gelachen ->
                [true] Sem laughed along at first, but did not forward the photo. What stopped him, do you think?
               *[false] Sem did not forward the photo. What helped him with that, do you think?
            }
        }

eigen_situatie = Did this story make you think of what happened to you? Write about it if you want. No names needed.
    .hint = You can skip this too. Your Halt worker reads what you write. You will talk about it together.
    .starter = What in Sem's story felt familiar? Where was it different for you?

## Ending

einde_doorgestuurd = You can't get a forwarded photo back. { $steun ->
        [true] Noor never asked for your text. It gave her a fright. Do you want to say sorry? Ask your form tutor how. Noor decides whether she wants to hear it.
       *[false] { $sorry_mentor ->
            [true] You asked your form tutor how to say sorry. That way Noor chooses for herself whether and when she hears it.
           *[false] But you can be honest and ask for help.
        }
    }
    .title = The photo went further
einde_steun = { $gelachen ->
        [true] At first you laughed along. Then you chose Noor's side after all.
       *[false] You didn't leave Noor on her own. That really makes a difference.
    }
    .title = You chose Noor's side
einde_toekijken = { $gelachen ->
        [true] To you it was just two emojis. Noor saw the whole class laughing at her.
       *[false] You didn't join in. But Noor was still on her own.
    }
    .title = You watched
