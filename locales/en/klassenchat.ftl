# The class chat — English translation (source: locales/nl/klassenchat.ftl).

scenario-title = The class chat
scenario-summary = A classmate's nude photo ends up in the class chat.

character-sem = Sem
character-noor = Noor
character-kevin = Kevin
character-mehmet = Mehmet
character-priya = Priya
character-daan = Daan
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

begin = It is Tuesday evening. You are lying on your bed with your phone.
klas_1 = Has anyone finished the maths homework? 😩
foto = Look what Noor sent me 😂
foto_wat = It is a nude photo of Noor. She is in your class.
eerst_mehmet = HAHAHA 😂😂😂
eerst_priya = Wait. Is that really Noor?? 😂
meer_reacties = More and more laughing emojis appear.
twijfel = That photo was only for Kevin. Does Noor know everyone can see it now?

keuze_groep = What do you do in the group?
    .lachen = I send a laughing emoji too.
    .niks = I say nothing and keep watching.
    .stop = I write that Kevin must take the photo down.

sem_lacht = 😂😂
lacht_kevin = Sem gets it 😎
niks_1 = If I say nothing, nobody will notice me.
sem_stop = Kevin, take this down. This is not OK.
stop_kevin = Relax. It's just a joke.
stop_daan = Sem is right. Take it down, Kevin.

druk_1 = Hey Sem. Send it to your football group 😂
druk_2 = { $opgekomen ->
        [true] Don't be so serious. It's just for a laugh.
       *[false] You're in that group, I'm not. Go on.
    }

keuze_mehmet = Mehmet is waiting for your answer. What do you do?
    .doorsturen = I forward the photo to the football group.
    .nee = I write back: No, I won't do that.
    .negeren = I don't answer.

door_1 = Look what's in our class chat 😂
door_2 = Who is that? Does she go to your school?
door_3 = Twenty people have already seen it. I can't get it back.
nee_1 = No. I won't do that.
nee_2 = Boring 🙄 Then someone else will do it.
nee_3 = Maybe. But not through me.
negeer_1 = You put your phone down. It keeps buzzing.
negeer_2 = Sem?? Are you still there?

keuze_foto = Noor's photo is still on your phone. What do you do?
    .bewaren = I leave it there.
    .wissen = I delete the photo.
    .mentor = I delete the photo and send my form tutor a message.

bewaren_1 = Everyone has it anyway. What difference does it make?
wissen_1 = You press and hold the photo. You tap Delete.
mentor_1 = Miss, a nude photo is going round our class. Can I talk to you tomorrow?
mentor_2 = Good that you're telling me, Sem. Come to my classroom at eight tomorrow.

keuze_noor = Do you send Noor a message?
    .steun = Yes. I write that I'm on her side.
    .sorry = Yes. I say sorry that I forwarded the photo.
    .niks = No. I don't know what to say.

steun_1 = Hi Noor. What Kevin did is not OK. I'm on your side.
sorry_1 = Noor, sorry. I forwarded your photo. That was wrong of me.
niks_noor = What should I say? I'll just leave it.

## Wednesday morning: Noor

wissel_noor = It is Wednesday morning. Noor picks up her phone.
noor_1 = You see 84 new messages. Kevin has put your nude photo in the class chat.
noor_2 = That photo was only for Kevin. I trusted him.
noor_lachjes = There are lots of laughing emojis under the photo. { $gelachen ->
        [true] Two of them are from Sem.
       *[false] From almost the whole class.
    }
noor_stop = { $opgekomen ->
        [true] Sem and Daan wrote that it had to go. Thank goodness.
       *[false] Nobody wrote that it had to go. Nobody.
    }
noor_onbekend = Hi. Are you the Noor from that photo? 😏
noor_onbekend_2 = Who is this? How did he get my photo?
noor_school = At school, people whisper when you walk past. Mehmet laughs out loud.
noor_sem = { $doorgestuurd ->
        [true] { sorry_1 }
       *[false] { steun_1 }
    }
noor_sem_2 = { $doorgestuurd ->
        [true] Sorry? My photo is going round everywhere now.
       *[false] Someone is thinking of me. That helps a little.
    }
noor_mentor = At break, Ms Yilmaz takes you aside. She says: "You did nothing wrong. We are going to help you."
noor_mentor_2 = Someone reported it. I'm not alone in this.
noor_alleen = At break, you sit alone in the toilets. Nobody at school asks how you are.
noor_alleen_2 = After break, you go to Ms Yilmaz yourself. You tell her what happened.

noor_gevoel = You are Noor. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Noor? What made you choose them?
noor_nodig = As Noor, what did you need from your class today?
    .hint = Write a few sentences.
    .starter = What do you think Noor needed? Which part of that could you do?

## Wednesday afternoon: Sem again

wissel_sem = Wednesday, the last lesson. Kevin's chair is empty.
klas_gesprek = Ms Yilmaz says: "A nude photo is going round. Everyone, delete it today."
sem_teamleider = After the lesson, you have to see the head of year. She knows you forwarded the photo.
sem_teamleider_2 = The school is calling your parents today.
sem_dank = After the lesson, Ms Yilmaz says quietly: "Thank you, Sem. Noor is getting help now."
sem_bewaard = The photo is still on my phone. I'll delete it right now.

## Thinking it over

oordeel = Kevin put Noor's nude photo in the class chat. Which flag do you give?
    .explanation = Red. Noor sent the photo only to Kevin. She did not agree to him sharing it. And a class chat is no place for a photo like that. It hurts Noor.
    .starter = Which flag did you give Kevin? And which flag fits what you did as Sem?

wet = Kevin is 14, just like Noor. Can it be a crime for him to forward her nude photo?
    .ja = Yes, it can be a crime.
    .nee_leeftijd = No, because Kevin is under 18 too.
    .nee_grap = No, not if it's a joke.
    .explanation = Yes. Is the person in a nude photo under 18? Then by law it counts as child sexual abuse material. Forwarding or keeping it can be a crime. Also when you are under 18 yourself.
    .starter = Did you know this already? What do you think about it applying to young people too?

ontvangen = You get a nude photo of a classmate. What is the best thing to do?
    .laten_zien = I show it to a friend. What do they think?
    .bewaren = I keep it. But I don't forward it.
    .wissen_vertellen = Don't forward it, don't show it, delete it and tell an adult.
    .explanation = Don't forward it and don't show it. Delete it. Tell an adult you trust. For example your form tutor or a parent.
    .starter = Which adult would you tell about something like this? What makes that hard or easy?

belang = How important is it to you to never forward a nude photo of someone else?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? What does that mean to you?

terugkijken = Look back at your choices as Sem. What would you do the same way? What would you do differently?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = Which of Sem's choices would you make differently now? What helps you to really do that?

## Ending

einde_doorgestuurd = You can't take back a forwarded photo. { $steun ->
        [true] Saying sorry is a first step. Noor decides what she does with it.
       *[false] But you can be honest and ask for help.
    }
    .title = The photo went further
einde_steun = { $gelachen ->
        [true] At first you laughed along. Then you chose Noor's side after all.
       *[false] You didn't leave Noor on her own. That really makes a difference.
    }
    .title = You chose Noor's side
einde_toekijken = { $gelachen ->
        [true] A laugh seems small. For Noor, every laugh counted.
       *[false] You didn't join in. But Noor was still on her own.
    }
    .title = You watched
