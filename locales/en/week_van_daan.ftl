# Daan's week — English translation (source: locales/nl/week_van_daan.ftl).

scenario-title = Daan's week
scenario-summary = A video of Daan is going round his basketball club. You are Daan.

character-daan = Daan
character-mama = Mum
character-amira = Coach Amira
character-tim = Tim
character-ruben = Ruben
character-mo = Mo
character-kt = Kindertelefoon (child helpline)
character-onbekend = Unknown number

chat-team = Team U16 🏀
chat-onbekend = Unknown number
chat-dm_roos = Roos
chat-kindertelefoon = Kindertelefoon (child helpline)
chat-dm_tim = Tim

## Monday

begin = Monday. You are Daan, 15 years old. You are on the bus to basketball.
terug = Six months ago you met Roos online. She asked for a video. You sent her one. Soon after that, the contact stopped.
team_video = Daan, is this you?? 😂
schrik = You look. It is your video. The video that was only for Roos.
schrik_2 = No. This can't be. How did they get this?
team_mo = I just got it too. From someone in the U18s.
team_ruben = 😂😂😂

gevoel_ma = You are Daan. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Daan? What made you choose them?

keuze_ma = The whole team has seen it. What do you do?
    .negeren = I say nothing. I put my phone on silent.
    .boos = I write: "Take that down!"
    .grap = I make a joke of it.
    .mama = I'll tell Mum tonight.

ma_negeer_1 = You put your phone away. It keeps buzzing anyway.
ma_negeer_2 = Daan's not saying anything. So it's real 😂
ma_boos_1 = TAKE THAT DOWN. This is not funny!!
ma_boos_2 = Chill 😂 Everyone has it already anyway.
ma_grap_1 = Haha yeah. My first film 😅
ma_grap_2 = HAHA he admits it 😂😂
ma_training = At training nobody looks at you. In the changing room it suddenly goes quiet.
ma_avond = Mum asks how training was. I say: "Good." She must never find out.

## Wednesday

wo_begin = Wednesday. You get messages from numbers you don't know.
wo_onbekend = Are you that Daan from the video? 😂
wo_kleedkamer = After training, in the changing room, Tim holds up his phone. "Watch out, guys! Daan's going to film!"
wo_lachen = { $grap ->
        [0] Everyone laughs. Mo too.
       *[other] Everyone laughs. Tim says: "You think it's funny yourself, right?"
    }

keuze_wo = Everyone is looking at you. What do you do?
    .negeren = I say nothing. I grab my bag and leave.
    .boos = I shove Tim hard against the lockers.
    .grap = I laugh along. "Yeah, I'm a star."
    .trainer = I ask Coach Amira if I can talk to her.

wo_negeer = You cycle home. You can still hear the laughing in your head.
wo_boos_1 = Tim falls against the lockers. Just then Coach Amira walks in. "Daan! You're on the bench on Saturday," she says.
wo_boos_2 = She doesn't know why I shoved him. Now I'm the bad guy too.
wo_grap_1 = Tim laughs even harder. A little later his joke is in the team chat.
wo_grap_2 = If I laugh along, it looks like I don't care. But that's not true.

## Friday night

vr_begin = Friday night, 02:14. You have been lying awake for hours. Tomorrow is the match.
vr_bericht = Match tomorrow! Is Daan bringing his camera? 🎥😂
vr_terug = { $boos ->
        [0] { $grap ->
            [0] I said nothing. It just went on anyway.
           *[other] I laughed along. Now they think I don't mind.
        }
       *[other] I got angry. It didn't help. It just went on.
    }
vr_2 = Maybe I'll quit basketball. And Mum must never see this. I'm so ashamed.

keuze_vr = It is the middle of the night. What do you do?
    .mama = I go to Mum and wake her up.
    .kt = I chat with the Kindertelefoon.
    .roos = I send Roos a message. Why did she do this?
    .alleen = I keep it to myself. I'll sort it out on my own.

vr_roos_1 = Why did you send my video round?? Everyone has it now.
vr_roos_2 = Your message doesn't arrive. Roos has blocked you. The video keeps going round.

## Saturday

za_1 = Saturday. You say you are ill. You don't go to the match.
za_amira = Get well soon, Daan! We miss you today 🏀
za_mama = Late in the afternoon Mum knocks on your door. "Are you OK, love? You're so quiet."

keuze_za = What do you say to Mum?
    .vertellen = I tell her. Everything.
    .prima = I say: "I'm fine, Mum."

za_alleen = Mum goes back downstairs. The video is still going round. Nobody knows how you feel.

## Asking for help

mama_1 = { $dag ->
        [1] Monday evening. Mum is on the sofa. You sit down next to her.
        [3] You knock softly on her door. Mum turns on the light.
       *[other] Mum sits down next to you on your bed.
    }
mama_2 = How do I start? What if she gets angry?
keuze_begin = How do you start?
    .zeggen = I say: "Mum, I need to tell you something. It's hard."
    .laten_zien = I show her the messages from the team.
    .uitstel = I say: "Never mind. It's nothing."

begin_laten = Mum reads the messages. She looks at you. "Tell me. I'm listening."
uitstel_1 = Mum stays where she is. "I can see something's wrong," she says. "I'm not going anywhere."
mama_3 = You tell her everything. About Roos, about the video and about the team.
mama_4 = Mum puts an arm around you. "You did nothing wrong," she says. "The people sending it round are in the wrong. We'll sort this out together."

tr_1 = Amira takes you to the club canteen. You show her the messages. Not the video, only the messages.
tr_2 = "That's awful for you, Daan," says Amira. "This is not your fault."
tr_3 = "Shall we call your mum together?" You nod. Half an hour later Mum is sitting next to you.

kt_1 = Hi. A video of me is going round. I don't know what to do.
kt_2 = Hi. Good that you're writing to us. How awful that this is happening. It is not your fault.
kt_3 = Whoever forwards it without consent is committing a crime. Is there an adult you trust? Then we'll work out together how to tell them.
kt_4 = You chat for another half hour. At seven in the morning you knock on Mum's door.

hulp_samen = Together you look up what you can do. You find Helpwanted. They give anonymous advice. And they help to get videos taken offline.
hulp_bewijs = Mum says: "Take screenshots of the messages. That is evidence. But not of the video itself."

keuze_club = Mum asks: "Shall I call Coach Amira? Then she can talk to the team."
    .ja = Yes. The team has to stop.
    .nee = No. I don't want the club to know.

club_nee = Mum says: "I understand. You can still decide about it later."
tr_team = { $dag ->
        [1] Wednesday.
        [2] Friday.
       *[other] A few days later.
    } Amira talks to the team. You are not there. She says: "Delete that video, all of you. Forwarding it without consent is a crime."
tr_tim = Sorry Daan. I thought it was a joke. I've deleted it.

ob_bericht = Daan the film star 😂 Everyone has your video.
keuze_ob = Another unknown number. What do you do?
    .melden = I take a screenshot, block the number and show it to Mum.
    .terug = I write something nasty back.
ob_terug = Leave me alone, loser!
ob_terug_2 = All that comes back is 😂. This doesn't help. I'll show it to Mum after all.
ob_melden = Mum keeps the screenshot with the rest. "Well done," she says. "The more evidence, the better."

keuze_aangifte = Mum asks: "Do you want to report it to the police?"
    .ja = Yes. I want this to stop.
    .later = Not yet. I want to think about it first.

ag_1 = A few days later you go to the police station with Mum. "Good that you came," says the officer. She listens calmly and writes everything down.
ag_later = Mum says: "That's fine. You can still report it later."
rust = It is not over just like that. But you sleep a bit better again. You are not alone with it any more.
ag_roos = Weeks later you hear that Roos has to go to Halt. She wants to say sorry. You can choose whether you want that.

## Thinking it over

moeilijk = { $hulp ->
        [true] Asking for help is hard. Daan did it anyway. What makes it so hard, do you think?
       *[false] Daan didn't ask anyone for help. What made that so hard, do you think?
    }
    .hint = Write a few sentences. There are no wrong answers.
    .starter = What makes asking for help so hard, do you think? Do you recognise any of that?

wet = Daan sent the video to Roos himself. Who did something that is a crime?
    .daan = Daan, because he made the video.
    .doorsturen = Whoever forwarded the video without consent.
    .niemand = Nobody. Daan sent it himself, didn't he?
    .explanation = Whoever forwarded it. Daan and Roos are the same age and both wanted it. In practice nobody is prosecuted for that. Spreading a sexual video without consent is a crime, at any age. Daan is 15. So by law the video counts as child sexual abuse material. Forwarding or keeping it can then be a crime too.
    .starter = What do you think about Daan not being the guilty one here? What does that mean for whoever forwards it?

belang = Imagine: you get a video like that of someone in your team or class. How important is it to you to do something then?
    .low = Not important
    .high = Very important
    .followup = Why not a lower score?
    .starter = What makes your score not lower? What would you do then?

## Ending

einde_aangifte = Daan did nothing wrong. { $dag ->
        [1] He asked for help straight away. Together they took action.
       *[other] Staying silent, getting angry or laughing along didn't help. Asking for help did.
    }
    .title = Daan asked for help and reported it
einde_hulp = Daan didn't have to carry it alone. { $dag ->
        [1] He asked for help straight away. That made the difference.
       *[other] Staying silent, getting angry or laughing along didn't help. Asking for help did.
    }
    .title = Daan asked for help
einde_alleen = Daan stayed alone with it. That the video went round is not his fault. You can always ask for help, even later.
    .title = Daan stayed alone
