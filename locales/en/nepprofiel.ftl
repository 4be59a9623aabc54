# The fake profile — English translation (source: locales/nl/nepprofiel.ftl).

scenario-title = The fake profile
scenario-summary = Your friends make a fake profile of a classmate. With sexual captions.

character-lotte = Lotte
character-ruben = Ruben
character-fleur = Fleur
character-jayden = Jayden
character-dewi = Dewi
character-kofi = Kofi
character-amrani = Mr Amrani

chat-drietal = The three of us 🤫
chat-dm_amrani = Mr Amrani
chat-dm_ruben = Ruben
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi
chat-van_lotte = Lotte

## Thursday evening: Lotte

begin = It is Thursday evening. You are in your room with your phone.
groep_1 = Did you see Ruben in PE? He was acting so tough 🙄
profiel = I've got an idea 😂 Look, a new account.
profiel_wat = The account is called ruben_zoekt_meer. It has photos of Ruben on it. With sexual captions.
groep_2 = "Always up for more 😏" HAHA. He'll die when he sees this 😂
groep_3 = Lotte, you're good with words. Will you do the school trip photo?
twijfel = Ruben knows nothing about this. It looks like he wrote it himself.

keuze_tekst = Fleur is waiting for you. What do you do?
    .schrijven = I make up a caption for the photo.
    .lachen = I only send laughing emojis.
    .weigeren = I write: No, this is mean.

lotte_tekst = "Send me a photo and I'll send one back 😏"
tekst_fleur = Hahaha perfect! It's up 😂
lotte_lacht = 😂😂😂
lacht_fleur = Haha. Then I'll make something up myself 😏
lotte_nee = No. This is mean. Ruben hasn't done anything to you.

druk_1 = Now everyone has to follow it. Then it looks real 😂
druk_2 = { $opgekomen ->
        [true] Lotte, just follow it. Or you're the boring one.
       *[false] Lotte, put it in your story! You've got the most followers.
    }

keuze_delen = What do you do with the profile?
    .delen = I follow it and put it in my story.
    .volgen = I follow it. Nothing more.
    .niet = I don't follow it and I don't share it.

delen_1 = You put the profile in your story. After ten minutes, 80 people have seen it.
volgen_1 = You tap Follow. You are follower number 23.
niet_1 = I'm not taking part in this.

na_delen = An hour later, the profile has { $gedeeld ->
        [true] 140
       *[false] 60
    } followers. More and more comments appear.
erger_1 = Fleur is sending messages to girls in 3B now. As "Ruben" 😂
erger_2 = Look what Dewi sent back 😂😂
erger_3 = Now Dewi thinks Ruben is sending her messages like that.

keuze_melden = The profile has a button: Report account. What do you do?
    .melden = I report the profile to the app.
    .mentor = I send Mr Amrani a message.
    .niks = I do nothing. Then I won't get any trouble.

melden_1 = You tap Report. You choose: Pretending to be someone else. Fleur and Jayden can't see who reported it.
mentor_1 = Sir, there's a fake profile of Ruben. With sexual captions. Can I talk to you tomorrow?
mentor_2 = Good that you're telling me, Lotte. Come to my classroom at half past eight tomorrow.
niks_1 = If I do something, Fleur will be angry with me.

keuze_ruben = Do you send Ruben a message?
    .vertellen = Yes. I tell him about the fake profile.
    .sorry = Yes. I tell him and say sorry that I took part.
    .niks = No. He'll see it tomorrow anyway.

vertel_1 = Hi Ruben. There's a fake profile of you: ruben_zoekt_meer. I know it isn't you.
sorry_1 = Ruben, there's a fake profile of you. I took part. Sorry, that was wrong of me.
niks_ruben = What should I say? I'll just leave it.

## Friday morning: Ruben

wissel_ruben = It is Friday morning. Ruben is on the bus to school.
ruben_dewi = Why are you sending me messages like that?? Act normal.
ruben_1 = What messages? I've never sent Dewi anything.
ruben_kofi = Ruben! Is this your account?? 😳
ruben_profiel = You see your own photos. With captions you would never write.
ruben_teksten = { $meegedaan ->
        [true] You see your school trip photo. Under it, it says: "Send me a photo and I'll send one back 😏"
       *[false] Every photo has a sexual caption. As if you wrote them yourself.
    }
ruben_volgers = { $gedeeld ->
        [true] The profile already has 140 followers. Lotte put it in her story yesterday.
       *[false] { $gevolgd ->
            [true] The profile has 60 followers. Lotte is one of them.
           *[false] The profile has 60 followers. Almost all of them from your school.
        }
    }
ruben_2 = Everyone thinks this is me. How will I ever get rid of it?
ruben_lotte = { $sorry ->
        [true] { sorry_1 }
       *[false] { vertel_1 }
    }
ruben_lotte_2 = { $sorry ->
        [true] Lotte took part. But at least she's honest about it.
       *[false] Lotte knows it isn't me. That helps a little.
    }
ruben_school = At the lockers, a boy shouts something at you. "Hey Ruben, send me a photo too!" His friends laugh.
ruben_dewi_2 = Dewi and her friends walk around you, keeping their distance.
ruben_mentor = After first period, Mr Amrani takes you aside. "I know about the profile. You did nothing wrong."
ruben_mentor_2 = "We'll get the profile taken down together. And I'll talk to Dewi and to the class."
ruben_weg = At break, Kofi looks at his phone. "Ruben! The profile is gone!"
ruben_weg_2 = Someone reported it. But everyone has already seen it.
ruben_alleen = At break, you sit alone on the stairs. Kofi comes and sits next to you.
ruben_alleen_2 = He says: "Take screenshots, as evidence. Then we'll go to Mr Amrani together."

ruben_gevoel = You are Ruben. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Ruben? What made you choose them?
ruben_ergste = What do you think is worst for Ruben about this fake profile?
    .hint = Write a few sentences.
    .starter = What did you write about Ruben? Could Lotte have thought of that beforehand?

## Friday afternoon: Lotte again

wissel_lotte = Friday, the last lesson. Fleur's and Jayden's chairs are empty.
lotte_klas = Mr Amrani talks to the class about the profile. "Ruben did not make this himself. His parents may report it to the police."
lotte_teamleider = After the lesson, you have to see the head of year. { $meegedaan ->
        [true] She knows you wrote a caption.
       *[false] She saw the profile in your story.
    } The school is calling your parents today.
lotte_dank = After the lesson, Mr Amrani says quietly: "Thank you, Lotte. Ruben is getting help now."
lotte_gemeld = Nobody knows I reported the profile. But it is gone.
lotte_terug = { $ruben_verteld ->
        [true] I warned Ruben. At least he heard it from me.
       *[false] { $opgekomen ->
            [true] I said no to Fleur and Jayden. But the profile just stayed up.
           *[false] I didn't make the profile. But I knew about it. And I said nothing.
        }
    }

## Thinking it over

oordeel = Fleur made a fake profile of Ruben, with sexual captions. Which flag do you give?
    .explanation = Red. Ruben knew nothing and did not agree. He could not defend himself: it looked as if he wrote it himself. Everyone could see the profile. It hurt Ruben, and Dewi too.
    .starter = Which flag did you give Fleur? And which flag fits what you did as Lotte?

wat_doen = You see a fake profile of a classmate. What is the best thing to do?
    .volgen = I follow it. Then I can see what happens.
    .reageren = I post an angry comment under a photo.
    .melden_vertellen = I report it to the app. And I tell an adult.
    .explanation = Report the profile to the app. Tell an adult you trust. Following and commenting only make the profile bigger. On meldknop.nl you can read where else you can go.
    .starter = Have you ever reported something in an app? What makes reporting easy or hard?

belang = How important is it to you to never help with a fake profile?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? What does that mean to you?

nee_zeggen = Imagine your friends want to do something like this again. What do you say to them?
    .hint = Write down what you would really say. There are no wrong answers.
    .starter = Which sentence would you really dare to say to your friends? What makes that hard?

## Ending

einde_meegedaan = { $sorry ->
        [true] Saying sorry is a first step. Ruben decides for himself what he does with it.
       *[false] Your "joke" hurt Ruben deeply. You can still be honest and make it right.
    }
    .title = You helped the profile grow
einde_opgekomen = { $gevolgd ->
        [true] First you followed the profile. Then you did something for Ruben after all.
       *[false] { $gelachen ->
            [true] First you laughed along. Then you did something for Ruben after all.
           *[false] You didn't leave Ruben on his own. That really makes a difference.
        }
    }
    .title = You chose Ruben's side
einde_nee = { $gevolgd ->
        [true] You said no, but you did follow the profile. Reporting it would really have helped Ruben.
       *[false] Saying no to friends is hard, and you did it. Reporting helps Ruben even more.
    }
    .title = You said no
einde_toegekeken = { $gevolgd ->
        [true] One follower seems small. For Ruben, every follower counted.
       *[false] A laugh seems small. But to Fleur it felt like a yes.
    }
    .title = You watched
