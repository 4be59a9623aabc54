# At the kitchen table — English translation (source: locales/nl/keukentafel.ftl).

scenario-title = At the kitchen table
scenario-summary = Amira has to tell her parents that she has to go to Halt.

character-amira = Amira
character-marieke = Marieke
character-youssef = Youssef
character-fleur = Fleur

chat-dm_fleur = Fleur
chat-dm_mama = Mum

## Thursday afternoon: Amira

begin = It is Thursday afternoon. You are cycling home from school.
school_1 = Today you had a talk with a police officer at school. It was about Ruben.
school_2 = Two weeks ago, Ruben sent you a nude photo. Only to you.
school_3 = You put that photo in a group chat. Now it is going round the school.
school_4 = The officer said: "You're going to Halt. If you finish it properly, you won't get a criminal record."
denk_1 = Halt will also contact Mum and Dad. And they don't know anything yet.
fleur_1 = Hey. Have you told them at home yet?
fleur_2 = Just say it was a joke. Then it won't seem so bad 🤷‍♀️
tafel_1 = At six o'clock you sit at the table with Mum and Dad. Dad has cooked.

keuze_moment = You feel very nervous. When do you bring up Halt?
    .nu = Right now, here at the table.
    .later = I ask if we can talk for a bit after dinner.
    .niks = I say nothing. Maybe it will go away by itself.

nu_1 = You put down your fork. You say: "I have to tell you something."
later_1 = After dinner you say: "Can we talk for a bit? It's important."
niks_1 = You say nothing. After dinner you go straight to your room.
niks_2 = Downstairs the phone rings. You hear Mum say: "Halt? About Amira?"
niks_3 = A little later, Mum calls you into the kitchen. "Someone from Halt phoned. What happened?"
vertel_denk = They're waiting for me. Fleur said: say it was a joke.

keuze_vertellen = Mum and Dad are looking at you. What do you tell them?
    .eerlijk = I tell them everything honestly. Including what I did myself.
    .grapje = I say it was just a joke.
    .half = I tell them a small part. I keep the rest to myself.

eerlijk_1 = You say: "Ruben sent me a nude photo. I forwarded it to a group. I didn't ask him."
grapje_1 = You say: "I forwarded a nude photo of Ruben. It was just a joke."
half_1 = You say: "There's a photo going round at school. I've got something to do with it."
half_2 = Mum asks: "What kind of photo? What did you do?"
half_3 = You look down at the table. Quietly, you say: "A nude photo of Ruben. I forwarded it."
politie = { $uitgesteld ->
        [true] You say: "A police officer talked to me. That's why Halt phoned."
       *[false] You say: "A police officer talked to me. I have to go to Halt."
    }

## Marieke, the mother, hears it

wissel_mama = You are Marieke, Amira's mother. You hear what your daughter is telling you.
mama_1 = The police? Halt? My own daughter?
mama_2 = { $uitgesteld ->
        [true] Why do I hear this from someone on the phone? Why not from her?
       *[false] { $grapje ->
            [true] A joke? For Ruben this is surely no joke.
           *[false] She's telling us herself. I can see how hard that is for her.
        }
    }
mama_3 = And Ruben? His photo is going round the school. How must that boy feel now?
mama_4 = Did I miss something? We never talk about things like this at home.

mama_gevoel = You are Marieke. What do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Marieke? What do you think your parents felt when they heard?

mama_5 = I'm angry and scared. But she is still my child.

## Amira again: the reactions

wissel_amira = You are Amira again. Mum has tears in her eyes.
papa_1 = Dad stands up. He walks up and down the kitchen.
papa_2 = { $grapje ->
        [true] He says loudly: "A joke? How could you do this?"
       *[false] He says loudly: "How could you do this, Amira?"
    }

keuze_reactie = You'd rather be anywhere else. What do you do?
    .boos = I shout: "You don't get it at all!" And I walk out.
    .stil = I say nothing and look at the table.
    .snap = I say: "You're allowed to be angry. I know it was wrong."
    .rechtzetten = I say: "Sorry. It wasn't a joke. It was wrong."

stil_1 = Dad says: "Say something!" Mum puts her hand on his arm.
stil_2 = After a while you say quietly: "I'm so ashamed."
snap_1 = Dad stops walking. He takes a deep breath.
rechtzetten_1 = Dad looks at you. "Thank you. At least that's honest."

boos_1 = You run up the stairs. You slam your door and lie down on your bed.
kamer_2 = I'm shocked. And angry. But I love you ❤️
kamer_3 = Will you come back downstairs? Or shall we talk tomorrow?

keuze_kamer = What do you do?
    .terug = I go back downstairs.
    .morgen = I ask if we can talk more tomorrow.
    .niks = I don't reply.

terug_1 = You walk down the stairs. Dad is still standing in the kitchen. You say quietly: "Sorry."
morgen_1 = Can we talk tomorrow after school? Sorry Mum.
morgen_2 = OK. Tomorrow after school, the three of us. Sleep well 💛
stilte_1 = Later, Mum knocks on your door. She says: "We'll talk more tomorrow after school."
vast_denk = Today it went wrong. Tomorrow I get another chance.

## Support and agreements

steun_1 = Dad sits down again. "I'm angry. But I won't let you down."
steun_2 = Mum takes your hand. "We'll do this together."
zorg_1 = Dad asks: "What does this mean for later? Will you get a criminal record?"
zorg_2 = You say: "Not if I finish Halt properly. You'll come with me to the first meeting."
ruben_1 = Mum asks: "And Ruben? Do you know how he's doing?"
ruben_2 = No. I never asked him.
ruben_3 = Mum says: "Maybe you can say sorry later. Through Halt. Ruben decides for himself if he wants that."
telefoon_1 = Dad gets a pen and paper. "Let's make some agreements. First your phone: you hand it in for a month."

keuze_telefoon = What do you say?
    .oneerlijk = "A month? That's so unfair!"
    .voorstel = "Can we do it differently? In the evening I'll leave it downstairs."
    .oke = I just say: "OK."

oneerlijk_1 = Dad sighs. "Unfair? Ruben will never get his photo back."
oneerlijk_2 = Mum says: "Let's do it differently. From nine o'clock your phone stays downstairs."
voorstel_1 = Dad thinks about it. "All right. From nine o'clock it stays downstairs. Your idea."
oke_1 = Dad nods. "A month, then. After that we'll see together."
oke_2 = I said OK. But what do I actually think myself?

volgende_keer = Mum asks: "Say you get a photo like that again. What will you do?"
    .laten_zien = "I'll only show it to Fleur."
    .bewaren = "I'll keep it. But I won't forward it."
    .wissen_vertellen = "I won't forward it or show it. I'll delete it and tell you."
    .explanation = Don't forward it and don't show it to anyone. Delete it. Tell an adult you trust. Is the person in the photo under 18? Then even keeping it can be a crime.
    .starter = Say you got a photo like that. What would you do? What makes that easy or hard?

keuze_hulp = Dad asks: "And if you're not sure? Who will you go to?"
    .ouders = "To you. Even when it's hard."
    .mentor = "To my form tutor, Mr Bakker."
    .tante = "To Auntie Dewi. She's easy to talk to."
    .weet_niet = "I don't know."

hulp_antwoord = { $hulp ->
        [1] Mum smiles a little. "I'm glad to hear that."
        [2] Dad nods. "Good. Mr Bakker knows you well."
        [3] Mum laughs a little. "Auntie Dewi. Yes, that suits you."
       *[4] Mum says: "You can also call the Kindertelefoon, the children's helpline. You don't have to give your name."
    }
afspraken_klaar = { $voorstel ->
        [true] Dad writes it all down. Your own idea is on the list too.
       *[false] Dad writes it all down. Mum puts the sheet on the fridge.
    }

## Thinking it over

afspraak = Imagine you are sitting at this kitchen table. What agreement would you like to make?
    .hint = For example about your phone, about next time, or about asking for help. There are no wrong answers.
    .starter = Which agreement did you write down? What do you need to stick to it?

belang = Say something goes wrong online. How important is it to you to talk about it at home?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? What would make talking at home easier?

## Ending

einde_samen = { $grapje ->
        [true] { $rechtgezet ->
            [true] At first you called it a joke. Then you were honest, and you could move on together.
           *[false] You made agreements together. Saying what really happened makes a talk like this easier.
        }
       *[false] { $uitgesteld ->
            [true] Your parents heard it from Halt first. Even so, you made agreements together afterwards.
           *[false] You started the conversation yourself. That's why you could make agreements together.
        }
    }
    .title = Agreements made together
einde_vast = { $zelf_gepland ->
        [true] The conversation got stuck. But you chose a moment to carry on talking yourself.
       *[false] The conversation got stuck. Your mum kept the door open: you'll talk more tomorrow.
    }
    .title = More tomorrow
