# The team chat — English translation (source: locales/nl/teamapp.ftl).

scenario-title = The team chat
scenario-summary = In a basketball team's group chat, girls get marks.

character-mo = Mo
character-lotte = Lotte
character-jayden = Jayden
character-bram = Bram
character-yusuf = Yusuf
character-esra = Esra

chat-team = Basketball Boys U16 🏀
chat-dm_yusuf = Yusuf
chat-dm_jayden = Jayden
chat-dm_esra = Esra
chat-dm_lotte = Lotte

## Thursday evening: Mo

begin = It is Thursday evening. You are Mo, 15 years old. You play in your club's basketball team.
groep_1 = Who's still got my water bottle? 😅
foto = Team photo of the Girls U16 😏 Time for marks!
cijfers = Lotte a 9 🔥 Naomi a 5. Esra a 7, as long as she keeps her mouth shut 😂
bram_1 = I bet Lotte is up for it. Have you seen how she dresses? 😏
reacties = More laughing emojis appear. Yusuf says nothing.
twijfel = Lotte is in my class. What if she sees this?

keuze_groep = What do you do in the group?
    .lachen = I send a laughing emoji too.
    .afleiden = I start talking about Saturday's match.
    .stop = I write that this is not OK.

mo_lacht = 😂😂
lacht_jayden = Mo gets it 😎
mo_afleid = Guys, on Saturday we play the number 1. Who's coming to extra practice tomorrow?
afleid_yusuf = Me! 🏀
afleid_jayden = Yeah yeah. Marks first 😂
mo_stop = Act normal. These are girls from our own club.
stop_jayden = Ooh. Mo is in love with Lotte 😂
stop_bram = Relax Mo. It's just a joke.

poll = Poll: who is the hottest in Girls U16? Vote now 👇
poll_2 = The winner gets a message from me 😏
yusuf_dm = { $opgekomen ->
        [true] Hey Mo. Good that you said something. Naomi is my cousin. I think this is really weird.
       *[false] Hey Mo. Do you think this is weird too? Naomi is my cousin.
    }

keuze_poll = More and more votes come in. Yusuf is waiting for your answer. What do you do?
    .stemmen = I vote for Lotte. Everyone is doing it.
    .verlaten = I leave the group.
    .samen = I text Yusuf back. Together we say something.

stem_1 = You tap Lotte. Your name is now on the list of votes.
stem_2 = Lotte wins 🏆 I'm sending her a message now 😂
verlaat_1 = You tap Leave group. The group now says: Mo left the group.
verlaat_2 = I can't see it any more. But in the group it just goes on.
samen_1 = I don't think it's OK either. Shall we say something together?
samen_2 = Yes. I'll go first.
samen_3 = Stop that poll. These are people from our club.
samen_4 = Agreed. Take it down, Jayden.
samen_5 = Ugh, you two are boring. Lotte wins anyway 🏆

## Friday morning: Lotte

wissel_lotte = Friday morning. Lotte is 15. She plays in the girls' team of the same club.
lotte_dm = Hey Lotte 😏 You won! Our team thinks you're the hottest 🔥
lotte_1 = Jayden? I only know him from the club. What is he talking about?
esra_1 = Lotte… have you seen this? 😳
esra_2 = They're giving us marks. In their team chat.
lotte_ziet = You see the photo of your team. Next to your name is a 9 with a flame.
lotte_mo = { $gelachen ->
        [true] Below it are laughing emojis. Some are from Mo, from your class.
       *[false] { $opgekomen ->
            [true] One boy wrote: Act normal. That's Mo, from your class.
           *[false] Mo, from your class, started talking about a match. Nobody else said anything about it.
        }
    }
lotte_poll = { $gestemd ->
        [true] There is a poll too. Mo voted for you.
       *[false] { $samen ->
            [true] There is a poll too. Yusuf and Mo wrote that it had to go.
           *[false] There is a poll too. Mo left the group. The rest just kept voting.
        }
    }
lotte_2 = "Have you seen how she dresses?" Those are just my sports clothes.
lotte_3 = I have practice tomorrow. On the court next to theirs.

keuze_lotte = What do you do?
    .trainer = I keep the screenshots. I show them to my coach.
    .blokkeren = I block Jayden.
    .niks = I say nothing. I don't want to think about it.

trainer_1 = After school, you show the screenshots to your coach, Sanne.
trainer_2 = Sanne says: "You did nothing wrong. I'll talk to their coach today."
blok_1 = You block Jayden. He can't send you anything now. But the marks are still in their group.
blok_2 = Shall we tell Sanne together? Only if you want to.
stil_1 = You put your phone away. That afternoon you call in to skip practice.

lotte_gevoel = You are Lotte. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Lotte? What made you choose them?

## Friday afternoon: Mo again

wissel_mo = Friday afternoon. Mo walks into the sports hall.
kleedkamer = In the changing room, Jayden shows everyone the message he sent Lotte. "She doesn't even answer." Bram laughs.
lotte_langs = { $lotte_weg ->
        [true] The girls' team is practising next to you. Lotte isn't there.
       *[false] The girls' team is practising next to you. Lotte keeps her eyes on the floor.
    }

keuze_coach = What do you do now?
    .coach = I tell coach Ramon.
    .bericht = I send Lotte a message.
    .niks = I say nothing. It's over anyway.

coach_1 = You tell coach Ramon about the marks and the poll. He says: "Good that you're telling me, Mo."
sorry_1 = { $gelachen ->
        [true] Hi Lotte. Sorry I joined in in the group. That wasn't OK.
       *[false] { $gestemd ->
            [true] Hi Lotte. Sorry I joined in in the group. That wasn't OK.
           *[false] Hi Lotte. What they're doing in our group is not OK. I'm on your side.
        }
    }
sorry_2 = { $gelachen ->
        [true] OK. Thanks for saying that.
       *[false] { $gestemd ->
            [true] OK. Thanks for saying that.
           *[false] Thanks. That really helps.
        }
    }
niks_1 = It's over anyway, isn't it? I don't want any trouble.

team_praat = { $coach ->
        [true] After practice, coach Ramon calls the team together.
       *[false] After practice, coach Ramon calls the team together. Coach Sanne showed him the screenshots.
    }
team_gevolg = Ramon says: "Giving girls marks for their bodies is sexual intimidation. We don't accept that here."
straf = Jayden is not allowed to play on Saturday. The club is calling his parents today.
mo_gesprek = Then Ramon takes you aside. He asks: "You joined in in that group too, Mo. How did that happen?"
niemand = Nobody at the club knows about it. Jayden is already starting a new poll.

## Thinking it over

oordeel = Jayden gives the girls marks in the team chat. Then he texts Lotte: "Our team thinks you're the hottest." Which flag do you give?
    .explanation = Red. Lotte did not ask for this. A whole group of boys against one girl is not equal. And it hurts the girls. A team chat is no place for this.
    .starter = Which flag did you give Jayden? And which flag fits what you did as Mo?

wet = Jayden sends Lotte a sexual message she doesn't want. Can that be a crime?
    .ja = Yes, that can be a crime.
    .nee_woorden = No. They're just words.
    .nee_groep = No. It was just a joke.
    .explanation = Yes. Since 1 July 2024, the Dutch Sexual Offences Act also covers sexual intimidation online. Lotte may keep screenshots as evidence.
    .starter = Did you know this already? What do you think about messages online also being a possible crime?

kleding = Bram wrote: "I bet Lotte is up for it. Have you seen how she dresses?" What do you think about that?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = What did you write about Bram's message? Where do you think ideas like that about girls come from?

belang = Your team talks about girls like this. How important is it to you to do something then?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? What could you do in a group like that?

## Ending

einde_opgekomen = { $gelachen ->
        [true] First you joined in, then you chose Lotte's side. That counts.
       *[false] { $gestemd ->
            [true] First you joined in, then you chose Lotte's side. That counts.
           *[false] You showed that this is not OK. That way Lotte isn't on her own.
        }
    }
    .title = You did something for Lotte
einde_meegedaan = { $gestemd ->
        [true] One vote seems small. For Lotte, every vote counted.
       *[false] A laugh seems small. For Lotte, every laugh counted.
    }
    .title = You joined in
einde_stil = You changed the subject and left the group. But nobody told Jayden it was wrong.
    .title = You stayed out of it
