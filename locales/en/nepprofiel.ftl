# The fake profile — English translation (source: locales/nl/nepprofiel.ftl).

scenario-title = The fake profile
scenario-summary = Your friends make a fake profile of a classmate. With sexual captions.

character-lotte = Lotte
character-ruben = Ruben
character-zoe = Zoë
character-jordy = Jordy
character-anouk = Anouk
character-finn = Finn
character-amrani = Mr Amrani

chat-drietal = The three of us 🤫
chat-dm_amrani = Mr Amrani
chat-dm_ruben = Ruben
chat-dm_anouk = Anouk
chat-dm_finn = Finn
chat-van_lotte = Lotte

## Thursday evening: Lotte

begin = Thursday evening. You are in your room with your phone.
groep_1 = did you see Ruben in PE? acting so tough 🙄
profiel = i've got an idea 😈 look, new account
profiel_wat = The account is called ruben_zoekt_meer. It has photos of Ruben on it. With sexual captions.
groep_2 = "always up for more 😏" 💀💀 he's going to die when he sees this
groep_3 = Lotte you're good with words, can you do the school trip photo?
twijfel = Ruben knows nothing about this. It looks as if he wrote it himself.

keuze_tekst = Zoë is waiting for you. What do you do?
    .schrijven = I make up a caption for the photo.
    .lachen = I only send laughing emojis.
    .weigeren = I write: No, this is mean.

lotte_tekst = "send me a photo and i'll send one back 😏"
tekst_fleur = hahaha perfect 😭 it's up
lotte_lacht = 😭😂😂
lacht_fleur = haha ok then i'll think of something myself 😏
lotte_nee = no, this is mean. Ruben hasn't done anything to you

druk_1 = now everyone has to follow it, then it looks real 👀
druk_2 = { $opgekomen ->
        [true] Lotte just follow it. or you're the boring one 🙄
       *[false] Lotte put it in your story!! you've got the most followers
    }

keuze_delen = What do you do with the profile?
    .delen = I follow it and put it in my story.
    .volgen = I follow it. Nothing more.
    .niet = I don't follow it and I don't share it.

delen_1 = You put the profile in your story. After ten minutes, 80 people have seen it.
volgen_1 = You tap Follow. You are follower number 23.
niet_1 = { $meegedaan ->
        [true] i'm not following it. this is going too far
       *[false] i'm not doing this
    }

na_delen = An hour later, the profile has { $gedeeld ->
        [true] 140
       *[false] 60
    } followers. More and more comments appear.
erger_1 = Zoë is DMing girls in 3B now 😭 as "Ruben"
erger_2 = look what Anouk sent back 💀
erger_3 = Now Anouk thinks Ruben is sending her messages like that.

keuze_melden = The profile has a button: Report account. What do you do?
    .melden = I report the profile to the app.
    .mentor = I send Mr Amrani a message.
    .niks = I do nothing. Then I won't get into trouble.

melden_1 = You tap Report. You choose: Pretending to be someone else. Your screen says: Thank you for your report.
mentor_1 = Sir, there's a fake profile of Ruben. With sexual captions. I'd like to show you tomorrow.
mentor_2 = Good that you're telling me, Lotte. Come to my classroom at half past eight tomorrow.
niks_1 = If I do something, Zoë will be angry with me.

keuze_ruben = Do you send Ruben a message?
    .vertellen = Yes. I tell him about the fake profile.
    .sorry = Yes. I tell him and say sorry that I took part.
    .sorry_vragen = Not yet. I ask Mr Amrani how I can say sorry.
    .niks = No. He'll see it tomorrow anyway.

vertel_1 = hi Ruben. there's a fake profile of you: ruben_zoekt_meer. i know it isn't you
sorry_1 = Ruben there's a fake profile of you. i took part. sorry, that was wrong of me
sorry_vragen_1 = { $mentor ->
        [true] Sir, one more thing. I took part in that profile myself.
       *[false] Sir, there's a fake profile of Ruben. I took part in it myself.
    } How can I say sorry to Ruben?
sorry_vragen_2 = I'm glad you're being honest, Lotte. Don't send Ruben anything now. I'll ask him first what he wants. He decides.
niks_ruben = What should I say? I'll just leave it.

## Friday morning: Ruben

wissel_ruben = Friday morning. Ruben is on the bus to school.
ruben_dewi = why are you sending me stuff like that?? stop it
ruben_1 = What messages? I've never sent Anouk anything.
ruben_kofi = Ruben!! is this your account?? 😳
ruben_profiel = You see your own photos.
ruben_teksten = { $meegedaan ->
        [true] You see your school trip photo. Under it, it says: "send me a photo and i'll send one back 😏"
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
        [true] Lotte took part? Who else was in on it? I didn't ask for this message. Do I have to answer her now as well?
       *[false] Lotte knows it isn't me. That helps a little.
    }
ruben_school = At the lockers, a boy shouts: "Hey Ruben, send me a photo too!" His friends laugh.
ruben_dewi_2 = Anouk and her friends look away when you walk past.
ruben_mentor = After first period, Mr Amrani takes you aside. "I know about the profile. You did nothing wrong."
ruben_mentor_2 = "We'll report the profile together. Your parents can report it too. And I'll talk to Anouk and to the class."
ruben_mentor_3 = "One more thing. Lotte wants to say sorry. Do you want to hear it? That's up to you. Now, later or never."
ruben_mentor_4 = I don't know yet. Good that I don't have to do anything right away.
ruben_weg = At break, Finn looks at his phone. "The profile is still up. I reported it. You report it too, it's about you."
ruben_weg_2 = Maybe more people have reported it. But it's still there. And everyone has already seen it.
ruben_alleen = At break, you sit alone on the stairs. Finn comes and sits next to you.
ruben_alleen_2 = He says: "Take screenshots, as evidence. Then we'll go to Mr Amrani together."

ruben_gevoel = You are Ruben. How do you feel now? Choose what fits.
    .starter = Which of Ruben's feelings touched you most? Why that one?
ruben_ergste = What do you think is worst for Ruben about this fake profile?
    .hint = Write a few sentences.
    .starter = You wrote what is worst for Ruben. Which part of that could Lotte have stopped?

## Friday afternoon: Lotte again

wissel_lotte = Friday, the last lesson. Zoë's and Jordy's chairs are empty.
lotte_klas = Mr Amrani talks to the class about the profile. "Ruben did not make this himself. His parents may go to the police."
lotte_teamleider = After the lesson, you have to see the head of year. { $meegedaan ->
        [true] She knows you wrote a caption.
       *[false] She saw the profile in your story.
    } She says: "Tell your parents yourself tonight, first. After that I'll call them."
lotte_sorry_dm = In the corridor, Finn comes up to you. "Ruben got a shock from your message. He doesn't want to hear from you right now."
lotte_sorry_wacht = Mr Amrani says: "I asked Ruben if he wants to hear your sorry. He wants to think about it first. That's fine. He decides."
lotte_dank = After the lesson, Mr Amrani says quietly: "Thank you for telling me, Lotte. Now we can help Ruben."
lotte_gemeld = I already reported it yesterday. But it's still up. Maybe I should tell Mr Amrani too.
lotte_terug = { $ruben_verteld ->
        [true] I warned Ruben. At least he heard it from me.
       *[false] { $opgekomen ->
            [true] I said no to Zoë and Jordy. But the profile just stayed up.
           *[false] { $gevolgd ->
                [true] I didn't make the profile. But I did follow it. And I said nothing.
               *[false] I didn't make the profile. But I knew about it. And I said nothing.
            }
        }
    }

dagen_later = The profile stays up all weekend. One report is not enough. Lots of people report it, Ruben and his mother too. Helpwanted helps them. Only on Tuesday is it gone.

## Thinking it over

oordeel = Zoë made a fake profile of Ruben, with sexual captions. Which flag do you give?
    .explanation = Red. Ruben knew nothing and did not agree. Zoë and Jordy had all the power: everyone thought Ruben wrote it himself. Everyone could see it. And it hurt Ruben, and Anouk too.
    .starter = { $meegedaan ->
            [true] As Lotte, you wrote a caption for Ruben's photo. Which flag fits that, and why?
           *[false] { $gedeeld ->
                [true] As Lotte, you put the profile in your story. Which flag fits that, and why?
               *[false] { $opgekomen ->
                    [true] As Lotte, you said no to Zoë and Jordy. What helped you do that?
                   *[false] As Lotte, you sent laughing emojis. What do you think they meant to Zoë?
                }
            }
        }

wat_doen = You see a fake profile of a classmate. What is the best thing to do?
    .volgen = I follow it, so I can see what happens.
    .melden_vertellen = Report it, and tell an adult.
    .stil = I do nothing. Otherwise I'll get trouble with my friends.
    .reageren = I post an angry comment under a photo.
    .explanation = Report the profile and tell an adult you trust. Doing nothing feels safe. But then your classmate is on their own. Following and commenting make the profile bigger.
    .starter = What makes reporting something in an app easy or hard for you?

belang = Imagine your friends want to make a fake profile. How sure are you that you can say no?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = What already helps you say no? What would make you one point more sure?

nee_zeggen = And if it really happens? What do you say to your friends?
    .hint = Write down what you would really say. There are no wrong answers.
    .starter = Which sentence would you really dare to say to your friends? What makes that hard?

eigen_situatie = Is anything in this story like what happened to you? You can write about it if you want. You don't need names. Your Halt worker reads it and will talk about it with you.
    .hint = You can skip this too.
    .starter = What did you recognise in Lotte's story? What was different for you?

## Ending

einde_meegedaan = { $sorry ->
        [true] You sent Ruben a sorry yourself. He didn't ask for it, and it gave him a shock. You can say sorry through your form tutor or Halt. Ruben decides whether he wants to hear it.
       *[false] { $sorry_vragen ->
            [true] You asked first how you can say sorry. Now Ruben chooses whether and when he hears it.
           *[false] Your "joke" hurt Ruben deeply. You can still be honest: with your form tutor or with Halt.
        }
    }
    .title = You helped the profile grow
einde_opgekomen = { $gevolgd ->
        [true] First you followed the profile. Then you did something for Ruben after all.
       *[false] { $gelachen ->
            [true] First you laughed along. Then you did something for Ruben after all.
           *[false] { $ruben_verteld ->
                [true] You didn't leave Ruben on his own. He knew someone was on his side.
               *[false] { $mentor ->
                    [true] You didn't leave Ruben on his own. Because of you, he got help quickly.
                   *[false] You didn't leave Ruben on his own. Your report counted.
                }
            }
        }
    }
    .title = You chose Ruben's side
einde_nee = { $gevolgd ->
        [true] You said no, but you did follow the profile. Reporting it would have helped Ruben.
       *[false] Saying no to friends is hard, and you did it. Reporting helps Ruben even more.
    }
    .title = You said no
einde_toegekeken = { $gevolgd ->
        [true] Following is just one tap. Still, every follower made the profile bigger.
       *[false] You only laughed along. For Zoë, that was enough to keep going.
    }
    .title = You watched
