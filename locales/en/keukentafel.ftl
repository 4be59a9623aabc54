# At the kitchen table — English translation (source: locales/nl/keukentafel.ftl).

scenario-title = At the kitchen table
scenario-summary = Amira tells her parents she is going to Halt. How do you start a talk like that?

character-amira = Amira
character-marieke = Marieke
character-youssef = Youssef
character-fleur = Fleur

chat-dm_fleur = Fleur
chat-dm_mama = Mum

## Thursday afternoon: Amira

begin = It is Thursday afternoon. You are cycling home from school.
school_1 = Today at school you talked with a police officer. It was about Jamal.
school_2 = Two weeks ago, Jamal sent you a nude photo. Only to you.
school_3 = You put that photo in a group chat. Now it is going round the school.
school_4 = The officer explained it calmly. "You can go to Halt. If you take part properly, you won't get a criminal record."
school_5 = "Halt is an offer. You choose whether to take part. If you don't, your case goes back to the police and the justice system."
school_6 = Your form tutor, Mr Bakker, was there too. He said: "Tell your parents yourself tonight. Tomorrow morning I'll phone them too."
denk_1 = Mum and Dad don't know anything yet.
fleur_1 = hey have you told them at home yet? 👀
fleur_2 = just say it was a joke 🤷‍♀️ then it won't seem so bad
tafel_1 = At six o'clock you sit at the table with Mum and Dad.

keuze_moment = When do you bring up Halt?
    .nu = Right now, here at the table.
    .later = After dinner I ask if we can talk.
    .niks = I say nothing. Maybe it'll go away.

nu_1 = You put down your fork. You say: "I have to tell you something."
later_1 = After dinner you say: "Can we talk for a bit? It's important."
niks_1 = You say nothing. After dinner you go straight to your room.
niks_2 = On Friday morning Mr Bakker phones your parents, as he said he would.
niks_3 = After school Mum and Dad are at the kitchen table. Mum says: "Your form tutor phoned this morning. What happened?"
vertel_denk = They're waiting for me. Fleur said: say it was a joke.

keuze_vertellen = What do you tell them?
    .eerlijk = I tell them everything honestly. Also what I did.
    .grapje = I say it was just a joke.
    .half = I tell them a small part. I keep the rest to myself.

eerlijk_1 = You say: "Jamal sent me a nude photo. I forwarded it to a group. I didn't ask him."
grapje_1 = You say: "I forwarded a nude photo of Jamal. It was just a joke."
half_1 = You say: "There's a photo going round at school. I've got something to do with it."
half_2 = Mum asks: "What kind of photo? What did you do?"
half_3 = You look down at the table. Quietly, you say: "A nude photo of Jamal. I forwarded it."
politie = { $uitgesteld ->
        [true] You say: "A police officer talked to me. I'm going to Halt. That's why Mr Bakker phoned."
       *[false] You say: "A police officer talked to me. I'm going to Halt."
    }

## Marieke, the mother, hears it

wissel_mama = You are Marieke, Amira's mother.
mama_1 = The police? Halt? My own daughter?
mama_2 = { $uitgesteld ->
        [true] Why do I hear this from her form tutor? Why not from her?
       *[false] { $grapje ->
            [true] A joke? For Jamal this is surely no joke.
           *[false] She's telling us herself. I can see how hard that is for her.
        }
    }
mama_3 = And Jamal? His photo is going round the school. How must that boy feel now?
mama_4 = Did I miss something? We never talk about things like this at home.

mama_gevoel = What do you feel now, as Marieke? Choose what fits.
    .starter = What do you think your parents felt when they heard what had happened? How could you tell?

mama_5 = I'm angry and scared. But she is still my child.

## Amira again: the reactions

wissel_amira = You are Amira again. Mum has tears in her eyes.
papa_1 = Dad stands up. He walks up and down the kitchen.
papa_2 = { $grapje ->
        [true] He says loudly: "A joke? How could you do this?"
       *[false] He says loudly: "How could you do this, Amira?"
    }

keuze_reactie = What do you do?
    .boos = I shout: "You don't get it!" And I walk out.
    .stil = I say nothing and look at the table.
    .snap = I say: "You're allowed to be angry. I know it was wrong."
    .rechtzetten = I say: "Sorry. It wasn't a joke. It was wrong."

stil_1 = Dad says: "Say something!" Mum puts her hand on his arm.
stil_2 = After a while you say quietly: "I'm so ashamed."
snap_1 = Dad stops walking. He takes a deep breath.
rechtzetten_1 = Dad looks at you. "Thank you. At least that's honest."

boos_1 = You run up the stairs and slam your door.
kamer_2 = I'm shocked. And angry. But I love you. ❤️
kamer_3 = Will you come back downstairs? Or shall we talk tomorrow?

keuze_kamer = What do you do?
    .terug = I go back downstairs.
    .morgen = I ask if we can talk more tomorrow.
    .niks = I don't reply.

terug_1 = You go back downstairs. Dad is still in the kitchen. You say quietly: "Sorry."
morgen_1 = can we talk more tomorrow? sorry mum
morgen_2 = OK. We'll talk more tomorrow, the three of us. Sleep well. 💛
stilte_1 = Later, Mum knocks on your door. She says: "We'll talk more tomorrow."
vast_denk = Today it went wrong. Tomorrow I get another chance.

## Support and agreements

steun_1 = Dad sits down again. "I'm angry. But I won't let you down."
steun_2 = Mum takes your hand. "We'll do this together."
zorg_1 = Dad asks: "What does this mean for later? Will you get a criminal record?"
zorg_2 = You say: "Not if I take part properly in Halt."
zorg_3 = Mum asks: "And us?" You say: "Halt will invite you later. To the first and last meeting, and one of your own."
ruben_1 = Mum asks: "And Jamal? Do you know how he's doing?"
ruben_2 = No. I never asked him.
sorry_app = You pick up your phone. "Shall I text him sorry now?"
ruben_3 = Mum puts her hand on yours. "Not now. A text from you might scare him. You can say sorry later, through Halt. If Jamal wants that."
telefoon_1 = Dad gets pen and paper. "Let's make agreements. First your phone: you hand it in for a month."

keuze_telefoon = What do you say?
    .oneerlijk = "A month? That's unfair!"
    .voorstel = "Can it be different? I'll leave it downstairs in the evening."
    .samen = "Can we work out together what's fair?"
    .oke = I just say: "OK."

oneerlijk_1 = Dad sighs. "Unfair? Jamal will never get his photo back."
oneerlijk_2 = Mum says: "Shouting won't help. Do you have another idea? Then we'll talk about it."
voorstel_1 = Dad thinks about it. "Your phone downstairs in the evening. What do you think, Marieke?"
samen_1 = Mum nods. "All right. What do you think is fair?" You say: "From nine o'clock my phone stays downstairs."
samen_2 = Mum says: "That's fine. And on Sundays we'll talk a bit about what you see online."
samen_3 = You nod. Dad says: "Two weeks. After that we'll see together how it's going."
oke_1 = Dad nods. "A month, then. After that we'll see."
oke_2 = I said OK. But what do I actually think myself?

volgende_keer = Mum asks: "Say you get a photo like that again. What will you do?"
    .laten_zien = "I'll just show it to Fleur for a second. She won't tell anyone."
    .wissen_vertellen = "I'll delete it and tell you."
    .bewaren = "I'll keep it. But I won't forward it."
    .wissen_stil = "I'll delete it and say nothing."
    .explanation = Don't forward it and don't show it to anyone. Delete it, and tell an adult you trust. They can help to stop it. Is the person in the photo under 18? Then even keeping it can be a crime.
    .starter = Deleting it and saying nothing often feels safest. What would help you to tell someone anyway?

keuze_hulp = Dad asks: "And if you're not sure? Who will you go to?"
    .ouders = "To you. Even when it's hard."
    .mentor = "To my form tutor, Mr Bakker."
    .tante = "To Auntie Eva. She's easy to talk to."
    .weet_niet = "I don't know."

hulp_antwoord = { $hulp ->
        [1] Mum smiles a little. "I'm glad to hear that."
        [2] Dad nods. "Good. Mr Bakker knows you well."
        [3] Mum laughs a little. "Auntie Eva. Yes, that suits you."
       *[4] Mum says: "You can also call the Kindertelefoon, the children's helpline. You don't have to give your name."
    }
afspraken_klaar = { $samen ->
        [true] Dad writes it all down. You came up with it together. Mum puts the sheet on the fridge.
       *[false] Dad writes it all down. Mum puts the sheet on the fridge.
    }

## Thinking it over

afspraak = Imagine you are at this kitchen table. What agreement would you make?
    .hint = For example about your phone or about asking for help. There are no wrong answers.
    .starter = { $samen ->
        [true] Amira made the agreement about her phone together with her parents. Which agreement did you write down? Who would you want to make it with?
       *[false] Which agreement did you write down? How could you make it together with your parents?
    }

belang = Say something goes wrong online again. How sure are you that you could tell them at home?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = { $uitgesteld ->
        [true] You had Amira keep quiet at first, until her tutor phoned. What makes telling at home hard for you? What would make you one point more sure?
       *[false] Amira told her parents herself. What would you need at home to do that too? What would make you one point more sure?
    }

eigen_situatie = And you? How did your parents hear what had happened? How did that talk go?
    .hint = No names needed. You can also skip this.
    .starter = How did the talk at home go for you? What was like Amira's evening, and what was different?

## Ending

einde_samen = { $samen ->
        [true] You came up with the agreements together. That makes them your agreements too.
       *[false] Dad came up with the rule about your phone. Next time you can help think it through too.
    } { $uitgesteld ->
        [true] First your tutor phoned. After that you still talked it through together.
       *[false] { $grapje ->
            [true] { $rechtgezet ->
                [true] At first you called it a joke. Then you were honest.
               *[false] Saying what really happened makes a talk like this easier.
            }
           *[false] You started the conversation yourself. That took courage.
        }
    }
    .title = Agreements made together
einde_vast = { $zelf_gepland ->
        [true] The conversation got stuck. But you chose a moment to carry on talking yourself.
       *[false] The conversation got stuck. Your mum kept the door open: you'll talk more tomorrow.
    }
    .title = More tomorrow
