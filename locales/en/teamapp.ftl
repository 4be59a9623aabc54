# The team chat — English translation (source: locales/nl/teamapp.ftl).

scenario-title = The team chat
scenario-summary = In a basketball team's group chat, girls get marks.

character-stan = Stan
character-iris = Iris
character-nick = Nick
character-bram = Bram
character-karim = Karim
character-kim = Kim

chat-team = Basketball Boys U16 🏀
chat-dm_karim = Karim
chat-dm_nick = Nick
chat-dm_kim = Kim
chat-dm_iris = Iris

## Thursday evening: Stan

begin = It is Thursday evening. You are Stan, 15 years old. You play in your club's basketball team.
groep_1 = who's got my water bottle 😭
foto = team photo of the girls U16 👀
    time for marks
cijfers = iris a 9 🔥
    naomi a 5
    kim a 7 if she keeps her mouth shut 💀
bram_1 = bet iris is up for it 😏
    seen how she dresses
reacties = More laughing emojis appear. Karim says nothing.
twijfel = Iris is in my class. What if she sees this?

keuze_groep = What do you do in the group?
    .lachen = I send a laughing emoji too.
    .afleiden = I start talking about Saturday's match.
    .stop = I write that this is not OK.

mo_lacht = 😂😂
lacht_jayden = look stan's joining in 😎
mo_afleid = we play the number 1 on saturday
    who's coming to extra practice tomorrow?
afleid_yusuf = me 🏀
afleid_jayden = yeah yeah marks first 😂
mo_stop = cut it out
    you don't talk about anyone like that
stop_jayden = ooh stan's in love with iris 😂
stop_bram = don't be so serious stan, it's just for fun 🙄

poll = poll: who's the hottest in girls U16? 👇
    vote now
poll_2 = the winner gets a message from me 😏
yusuf_dm = { $opgekomen ->
        [true] hey stan good that you said something
            i really don't think this is ok
       *[false] hey stan do you think this is weird too?
            imagine those girls reading this 😳
    }

keuze_poll = More and more votes come in. Karim is waiting for your answer. What do you do?
    .stemmen = I vote for Iris. That way I fit in.
    .verlaten = I leave the group.
    .samen = I text Karim back. Together we say something.

stem_1 = You tap Iris. Your name is now on the list of votes.
stem_2 = iris wins 🏆 sending her a message now 😏
verlaat_1 = You tap Leave group. The group now says: Stan left the group.
verlaat_2 = I can't see it any more. But in the group it just goes on.
samen_1 = i don't think it's ok either
    shall we say something together?
samen_2 = yeah i'll go first
samen_3 = stop that poll
    none of those girls said yes to this
samen_4 = agreed. imagine iris reading this
    take it down nick
samen_5 = ugh you two are such goody-goodies 🙄 iris wins anyway 🏆

## Friday morning: Iris

wissel_lotte = Friday morning. Iris is 15. She plays in the girls' team of the same club.
lotte_dm = hey iris 😏 you won
    our team thinks you're the hottest 🔥
lotte_1 = Nick? I only know him from the club. What is he talking about?
esra_1 = iris… have you seen this? 😳
esra_2 = they're giving us marks in their team chat 😡
lotte_ziet = You see the photo of your team. Next to your name is a 9 with a flame.
lotte_mo = { $gelachen ->
        [true] Below it are laughing emojis. Some are from Stan, from your class.
       *[false] { $opgekomen ->
            [true] One boy wrote: you don't talk about anyone like that. That's Stan, from your class.
           *[false] Stan, from your class, started talking about a match. Nobody else said anything about it.
        }
    }
lotte_poll = { $gestemd ->
        [true] There is a poll too. Stan voted for you.
       *[false] { $samen ->
            [true] There is a poll too. Karim and Stan wrote that it had to go.
           *[false] There is a poll too. Stan left the group. The poll just went on.
        }
    }
lotte_2 = "Seen how she dresses?" Those are just my sports clothes.
lotte_3 = I have practice this afternoon. On the court next to theirs.

keuze_lotte = What do you do?
    .trainer = I keep the screenshots. I show them to my coach.
    .blokkeren = I block Nick.
    .niks = I say nothing. I don't want to think about it.

trainer_1 = After school, you show the screenshots to your coach, Mirthe.
trainer_2 = Mirthe says: "You did nothing wrong. I'll talk to their coach today."
blok_1 = You block Nick. He can't send you anything now. But the marks are still in their group.
blok_2 = shall we tell mirthe together?
    only if you want to
stil_1 = You put your phone away. You call in to skip this afternoon's practice.

lotte_gevoel = You are Iris. You see that 9 next to your name. How do you feel? Choose what fits.
    .starter = { $iris_meldt ->
            [true] Iris showed the screenshots to her coach. Which feelings did you choose for her? What did she need to take that step?
           *[false] { $iris_weg ->
                [true] Iris stayed away from practice. Which feelings did you choose for her? What does staying away say about how she felt?
               *[false] Which feelings did you choose for Iris? What made you choose them?
            }
        }

## Friday afternoon: Stan again

wissel_mo = Friday afternoon. Stan walks into the sports hall.
kleedkamer = In the changing room, Nick shows everyone the message he sent Iris. "She doesn't even answer." Bram laughs.
lotte_langs = { $iris_weg ->
        [true] The girls' team is practising next to you. Iris isn't there.
       *[false] The girls' team is practising next to you. Iris keeps her eyes on the floor.
    }

keuze_coach = What do you do now?
    .coach = I tell coach Ramon.
    .via_coach = I tell Ramon I joined in. I ask how I can say sorry.
    .bericht = { $meegedaan ->
        [true] I text Iris to say sorry.
       *[false] I text Iris that I think it's not OK.
    }
    .niks = I say nothing. It's over anyway.

coach_1 = You tell coach Ramon about the marks and the poll. He says: "Good that you're telling me, Stan."
via_coach_1 = You tell coach Ramon about the marks and the poll. And that you joined in yourself.
via_coach_2 = Ramon says: "Good that you're being honest. Don't text Iris now. Mirthe will ask her if she wants an apology. And when. Iris decides."
sorry_1 = { $meegedaan ->
        [true] hi iris, sorry i joined in in the group
            that wasn't ok
       *[false] hi iris, what they're doing in our group is not ok
            not everyone thinks like that
    }
sorry_2 = { $meegedaan ->
        [true] why are you texting me now 😶
            i don't want to talk about this with you
       *[false] thanks
            that really helps
    }
sorry_3 = { $meegedaan ->
        [true] I wanted to make it right. But for her it's just another message about that group.
       *[false] Now she knows not everyone is joining in.
    }
niks_1 = It's over anyway, isn't it? I don't want any trouble.

team_praat = { $coach ->
        [true] After practice, coach Ramon calls the team together.
       *[false] After practice, coach Ramon calls the team together. Coach Mirthe showed him the screenshots.
    }
team_gevolg = Ramon says: "You gave girls marks for their bodies. You don't talk about anyone like that. Not on the court and not online."
straf = Nick is not allowed to play on Saturday. Ramon also wants to talk to his parents.
mo_gesprek = { $sorry_coach ->
        [true] Then Ramon has a word with you. "You said yourself that you joined in. What will you do differently next time?"
       *[false] Then Ramon takes you aside. He asks: "You joined in in that group too, Stan. How did that happen?"
    }
niemand = Nobody at the club knows about it. In the team chat, Nick is already starting a new poll.

## Thinking it over

oordeel = Nick gives the girls marks in the team chat. Then he texts Iris: "Our team thinks you're the hottest." Which flag do you give?
    .explanation = Red. Iris did not ask for this. A whole group of boys against one girl is not equal. And it hurts the girls. A team chat is no place for this.
    .starter = { $meegedaan ->
            [true] Which flag did you give Nick? As Stan, you laughed or voted along yourself. Which flag fits that, and why?
           *[false] Which flag did you give Nick? And which flag fits what you did as Stan?
        }

wet = Nick gives Iris a mark for her body. He texts her too. Iris doesn't want this. Can that be a crime?
    .nee_woorden = No. They're just words on a screen.
    .ja = Yes, it can.
    .nee_groep = No. As long as you don't touch anyone, it's a joke.
    .explanation = Yes, it can. Since 1 July 2024, sexually harassing someone can be a crime, online too. Whether it really is depends. What does it say? How often does it happen? How many people see it? Iris may keep screenshots as evidence.
    .starter = What do you think about messages like these possibly being a crime? What would you say about that to the boys in the team chat?

kleding = Bram wrote: "Bet Iris is up for it. Seen how she dresses?" What do you think about that?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = What did you write about Bram's message? Where do you think ideas like that about girls come from?

belang = Imagine your team talks about girls like this again. How sure are you that you could say something?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = { $samen ->
            [true] As Stan, you spoke up together with Karim. How does it help when someone joins you? What would make you one point surer?
           *[false] What would help you to be one point surer? Who in your team or class could back you up?
        }

eigen_situatie = Is anything in this story like what happened to you? Write about it if you want. You don't need names.
    .hint = You can skip this too.
    .starter = What in this story was like your own situation? If you skipped the question: what made you rather not write anything?

## Ending

einde_opgekomen = { $meegedaan ->
        [true] { $sorry_coach ->
            [true] First you joined in. Then you were honest with the coach. Whether Iris wants an apology is up to her.
           *[false] { $sorry ->
                [true] First you joined in. Then you did speak up. Your sorry text came out of the blue for Iris.
               *[false] First you joined in. Then you spoke up. That really helped Iris.
            }
        }
       *[false] You showed that this is not OK. That way Iris wasn't on her own.
    }
    .title = You did something for Iris
einde_meegedaan = { $sorry ->
        [true] You texted Iris to say sorry. But she didn't ask for that. Whether she wants to hear an apology is up to her.
       *[false] { $gestemd ->
            [true] Your name was among the votes. Iris saw every name.
           *[false] Your emoji was among the others. Iris saw them all.
        }
    }
    .title = You joined in
einde_stil = { $iris_meldt ->
        [true] You changed the subject and left the group. Iris had to tell her coach herself.
       *[false] You changed the subject and left the group. But nobody told Nick it was wrong.
    }
    .title = You stayed out of it
