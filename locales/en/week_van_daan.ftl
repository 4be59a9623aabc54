# Daan's week — English translation (source: locales/nl/week_van_daan.ftl).

scenario-title = Daan's week
scenario-summary = A video of Daan is going round his basketball club. You are Daan.

character-daan = Daan
character-mama = Mum
character-joyce = Coach Joyce
character-bas = Bas
character-thomas = Thomas
character-sami = Sami
character-kt = Kindertelefoon (child helpline)
character-hulp113 = Helpline 113
character-onbekend = Unknown number

chat-team = Team U16 🏀
chat-onbekend = Unknown number
chat-dm_roos = Roos
chat-kindertelefoon = Kindertelefoon (child helpline)
chat-hulp113 = 113
chat-dm_bas = Bas

## Monday

begin = Monday. You are Daan, 15. You are on the bus to basketball.
terug = Six months ago you met Roos online. She's 15 too. She asked for a video. You sent one.
team_video = daan is this you?? 💀
schrik = You look. It is your video. It was only for Roos.
schrik_2 = No. How did they get this?
team_mo = got it too 👀 from someone in the u18s
team_ruben = 😭😭😭

gevoel_ma = How do you feel now, as Daan? Choose what fits.
    .starter = Which of Daan's feelings hit you hardest? What in the team chat caused it?

keuze_ma = What do you do?
    .negeren = I say nothing.
    .boos = I write: "Take that down!"
    .grap = I make a joke of it.
    .mama = I'll tell Mum tonight.

ma_negeer_1 = You put your phone away. It keeps buzzing.
ma_negeer_2 = daan's not saying anything so it's real 😂
ma_boos_1 = take that down!! not funny
ma_boos_2 = chill 🙄 everyone's got it already
ma_grap_1 = haha yeah my first film 🥲
ma_grap_2 = hahaha he admits it 💀
ma_avond = Mum asks how training was. "Good," I say. She must never find out.

## Wednesday

wo_begin = Wednesday. Unknown numbers send you messages.
wo_onbekend = are you that daan from the video 😂
wo_kleedkamer = In the changing room Bas holds up his phone. "Watch out, guys! Daan's filming!"
wo_lachen = { $grap ->
        [0] Everyone laughs. Sami too.
       *[other] Everyone laughs. Bas says: "You think it's funny yourself, right?"
    }

keuze_wo = What do you do?
    .negeren = I grab my bag and leave.
    .boos = I shove Bas hard against the lockers.
    .grap = I laugh along. "Yeah, I'm a star."
    .trainer = I ask Coach Joyce for a quick talk.

wo_negeer = You cycle home. The laughing stays in your head.
wo_boos_1 = Bas falls against the lockers. Just then Coach Joyce walks in. "Daan! You're on the bench on Saturday."
wo_boos_2 = She doesn't know why I shoved him. Now I get punished, and they don't.
wo_grap_1 = Bas laughs even harder. A little later his joke is in the team chat.
wo_grap_2 = If I laugh along, it looks like I don't care. But that's not true.

## Friday evening

vr_begin = Friday evening, eight o'clock. You're on your bed. Tomorrow is the match.
vr_bericht = match tomorrow 🏀 is daan bringing his camera? 🎥😂
vr_terug = { $boos ->
        [0] { $grap ->
            [0] I said nothing. It just went on anyway.
           *[other] I laughed along. Now they think I don't mind.
        }
       *[other] I got angry. It didn't help. It just went on.
    }
vr_2 = Maybe I'll quit basketball. I'm so ashamed.

keuze_vr = What do you do?
    .mama = I go to Mum.
    .kt = I chat with the Kindertelefoon. It's still open.
    .roos = I send Roos a message.
    .alleen = I'll sort it out myself.

vr_roos_1 = why did you send my video round??
vr_roos_2 = Your message doesn't arrive. Roos has blocked you.

## Friday night

vr_alleen = Friday night, 02:14. You haven't told anyone. You've been awake for hours.
nacht_2 = I can't take this any more. I just want everything to stop.
nacht_3 = You search: "I want everything to stop". At the top it says 113. You can talk there when it all feels too heavy. Day and night, so now too.

keuze_nacht = What do you do?
    .chat_113 = I chat with 113.
    .mama_wakker = I wake Mum up.
    .slapen = I put my phone away.

n113_1 = hi. i can't sleep. there's a video of me going round
n113_2 = Hi, I'm glad you're writing to us. Tell me, we have time.
n113_3 = You tell her everything. Also that you want everything to stop. She listens calmly.
n113_4 = That's a lot to carry alone. It's not your fault. Who could you tell tomorrow?
n113_5 = my mum i think
n113_6 = Good plan. If it gets too heavy again tonight, chat or call again. We're always here.
n113_7 = You are still sad, but calmer too. You sleep for a few hours.
n113_8 = In the morning Mum knocks on your door. You say: "Mum, will you sit with me?"
nacht_slapen = You put your phone away. Only when it gets light do you fall asleep.

## Saturday

za_1 = Saturday. You say you are ill. You don't go to the match.
za_amira = Get well soon, Daan! We miss you today. 🏀
za_mama = Late in the afternoon Mum knocks on your door. "Are you OK, love? You're so quiet."

keuze_za = What do you say to Mum?
    .vertellen = I tell her. Everything.
    .prima = I say: "I'm fine, Mum."

za_alleen = Mum goes back downstairs. The video is still going round. Nobody knows how you feel.

## Asking for help

mama_1 = { $dag ->
        [1] Monday evening. Mum is on the sofa. You sit down next to her.
        [3] { $nacht ->
            [true] You knock softly on her door. Mum turns on the light.
           *[false] You go downstairs. Mum is watching TV. You ask her to turn it off for a moment.
        }
       *[other] Mum sits down next to you on your bed.
    }
mama_2 = How do I start? What if she gets angry?
keuze_begin = How do you start?
    .zeggen = I say: "Mum, I need to tell you something."
    .laten_zien = I show her the messages.
    .uitstel = I say: "Never mind. It's nothing."

begin_laten = Mum reads the messages. "Tell me," she says. "I'm listening."
uitstel_1 = Mum stays put. "I can see something's wrong. I'm not going anywhere." Then you tell her after all.
mama_3 = You tell her everything. About Roos, the video and the team.
mama_4 = Mum puts an arm around you. "You did nothing wrong," she says. "Whoever sends it round is wrong. We'll sort this out together."

tr_1 = Joyce takes you to the club canteen. You show her the messages, not the video.
tr_2 = "That's awful for you, Daan," says Joyce. "This is not your fault."
tr_3 = "Shall we call your mum together?" You nod. Half an hour later Mum is sitting next to you.

kt_1 = hi. there's a video of me going round and i don't know what to do
kt_2 = Hi. Good that you're writing to us. How awful that this is happening. It is not your fault.
kt_3 = Anyone who forwards it when you don't want them to is committing a crime. Is there an adult you trust? Then we'll work out together how to tell them.
kt_4 = You chat for half an hour. Then you go downstairs. Mum is on the sofa.

hulp_samen = Together you find Helpwanted. They give advice without you giving your name. They also help get a video taken offline.
hulp_bewijs = Mum says: "Take screenshots of the messages. That is evidence. But not of the video itself."

keuze_club = Mum asks: "Shall I call Coach Joyce? Then she'll talk to the team."
    .ja = Yes. The team has to stop.
    .nee = No. The club mustn't know.

club_nee = Mum says: "I understand. You can still decide about it later."
tr_team = { $dag ->
        [1] Wednesday.
        [2] Friday.
       *[other] A few days later.
    } Joyce talks to the team without you. "Delete that video, all of you. Forwarding it without consent is a crime. Want to say sorry to Daan? Come to me first."
tr_tim = sorry daan. i thought it was a joke. i've deleted it
tr_sorry = Bas says sorry. But he laughed the loudest. I don't have to reply. That's up to me.

ob_bericht = daan the film star 😂 everyone has your video
keuze_ob = What do you do?
    .melden = I take a screenshot, block it and show Mum.
    .terug = I write something nasty back.
ob_terug = leave me alone loser
ob_terug_2 = A laughing emoji comes back. I'll show it to Mum after all.
ob_melden = Mum keeps the screenshot with the rest. "The more evidence, the better."

keuze_aangifte = Mum asks: "Do you want to report it to the police?"
    .ja = Yes. I want this to stop.
    .later = Not yet. I want to think first.

ag_1 = A few days later you and Mum report it to the police. The officer listens calmly and writes it all down.
ag_later = Mum says: "That's fine. You can still report it later."
rust = It's not over just like that. But you're not alone with it any more.
ag_roos = Weeks later you hear: Roos is going to Halt. She wants to say sorry, through Halt. You decide if and when.

## Thinking it over

moeilijk = { $hulp ->
        [true] Asking for help is hard. Daan did it anyway. What makes it so hard, do you think?
       *[false] Daan didn't ask anyone for help. What made that so hard, do you think?
    }
    .hint = Write a few sentences. There are no wrong answers.
    .starter = { $dag ->
        [0] Daan stayed alone with the video all week. What held him back, do you think? What could have helped him take that step?
        [1] You had Daan ask for help on Monday already. What made you choose that so quickly?
       *[other] Daan only asked for help after a few days. What made the waiting so long, do you think? Who would you have asked in his place?
    }

wet = Daan sent the video to Roos himself. Who did something that is a crime?
    .daan = Daan. He sent it to Roos himself.
    .niemand = Nobody. Videos like that always go round, right?
    .doorsturen = Whoever forwarded it without consent.
    .explanation = Whoever forwarded it. Daan and Roos are the same age and both wanted it. Nobody gets punished for that. Forwarding it without consent is a crime. And Daan is 15, so by law it is child pornography. Even keeping it can be a crime.
    .starter = What do you think about Daan not being the guilty one here? What does that mean for whoever forwards it?

belang = Imagine: you get a video like that of someone in your team or class. How important is it to you to do something?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What would you do first if a video like that landed on your phone? Who in your team or class could help you with that?

eigen_situatie = Do you see anything from Daan's week in what happened to you? Maybe from the other side. Write about it if you like.
    .hint = No names needed. You can also skip this.
    .starter = What from Daan's week did you recognise in your own situation? How do you see that now?

## Ending

einde_aangifte = Daan did nothing wrong. { $dag ->
        [1] He asked for help straight away. Together they took action.
       *[other] { $boos ->
            [0] { $grap ->
                [0] Staying silent didn't help. Asking for help did.
               *[other] Laughing along didn't help. Asking for help did.
            }
           *[other] Getting angry didn't help. Asking for help did.
        }
    }
    .title = Daan asked for help and reported it
einde_hulp = Daan didn't have to carry it alone. { $via_113 ->
        [true] Even in the middle of the night there was someone there. After that he told Mum.
       *[false] { $dag ->
            [1] He asked for help straight away. That made the difference.
           *[other] { $boos ->
                [0] { $grap ->
                    [0] Staying silent didn't help. Asking for help did.
                   *[other] Laughing along didn't help. Asking for help did.
                }
               *[other] Getting angry didn't help. Asking for help did.
            }
        }
    }
    .title = Daan asked for help
einde_alleen = Daan stayed alone with it. That the video went round is not his fault. You can always ask for help. At night too, at 113.
    .title = Daan stayed alone
