# Sorry — English translation (source: locales/nl/sorry.ftl).

scenario-title = Sorry
scenario-summary = You forwarded a classmate's photo. Now you want to make it right.

character-julia = Julia
character-ilias = Ilias
character-sanne = Sanne (Halt)

chat-dm_sanne = Sanne (Halt)
chat-dm_ilias = Ilias

## Julia: what happened

begin = It's Saturday. You're in your room.
terug_1 = Three weeks ago, Ilias sent you a nude photo. Only for you.
terug_2 = You forwarded it to the girls' group. Now half the school has seen it.
terug_ilias = Ilias doesn't say a word in class any more. He often stays at home. That's because of me.
terug_3 = The police sent you to Halt. Now you talk to Sanne every week.
sanne_1 = Hi Julia! Last time you said: I want to make it right with Ilias.
sanne_2 = Saying sorry can help. But Ilias decides for himself whether he wants that.
sanne_3 = Shall we write a letter together first? You pick one sentence at a time.
lotte_1 = ok. i don't really know how to start

## The letter

keuze_zin1 = How do you start the letter to Ilias?
    .grap = It was only a joke.
    .gedaan = I forwarded your photo without asking.
    .iedereen = Everyone forwarded it, not just me.

zin1_grap = Imagine you are Ilias. Was it a joke for him too?
zin1_gedaan = That's honest. You say exactly what you did.
zin1_iedereen = Others forwarded it too, that's true. But you were the first.

keuze_zin2 = Now the second sentence. What do you write?
    .als = Sorry if you felt hurt.
    .gevolg = Because of me, half the school saw your photo. I'm really sorry.
    .zelf = You sent it to me yourself. So I thought it was OK.

zin2_als = Look at the word "if". Are you not sure Ilias is hurt?
zin2_gevolg = You say what it meant for Ilias. That takes courage.
zin2_zelf = Ilias sent the photo only to you. He trusted you. Forwarding it was your choice.

keuze_zin3 = And the last sentence?
    .gewist = I deleted the photo. So did my friends.
    .vergeten = Can we forget about it now and just be normal again?
    .belofte = I'll never do this again. To anyone.

zin3_gewist = Good. That shows what you have already done.
zin3_vergeten = That's a question for Ilias. But he doesn't have to do anything for you.
zin3_belofte = That's a promise for the future. You'll have to keep it.

concept = Your letter so far: "Ilias, { $zin1 ->
        [1] { keuze_zin1.grap }
        [3] { keuze_zin1.iedereen }
       *[other] { keuze_zin1.gedaan }
    } { $zin2 ->
        [1] { keuze_zin2.als }
        [3] { keuze_zin2.zelf }
       *[other] { keuze_zin2.gevolg }
    } { $zin3 ->
        [2] { keuze_zin3.vergeten }
        [3] { keuze_zin3.belofte }
       *[other] { keuze_zin3.gewist }
    } Julia"

kijk_nog = Read your letter as if you were Ilias. Does a sentence make excuses? Or does a sentence ask something of him?

keuze_aanpassen = Do you want to change the letter?
    .aanpassen = Yes. I'll take those sentences out.
    .laten = No. It's fine like this.

aanpassen_1 = Well spotted. Now write it in your own words. Without excuses.
laten_1 = OK, it's your letter. Now write it out again, in your own words.
concept_goed = This is an honest letter. Now write it in your own words.

eigen_brief = Now write your own letter to Ilias. Say what you did. Say what it meant for him. And what you do differently now. Your own Halt worker will read this letter too. You will talk about it together.
    .hint = You could start like this: Ilias, I...
    .starter = Read the letter together. Which sentence do you find most important? Which sentence was hardest to write?

na_brief = Well done. Now the next step: how will your sorry reach Ilias?

## Giving the sorry

keuze_geven = How do you want to say sorry?
    .via_sanne = Through Sanne. She asks Ilias first what he wants.
    .dm = I send Ilias a DM right now. Then he knows straight away.
    .klas = I'll say it in class on Monday. Then everyone hears it.

geven_sanne = can you ask ilias? i don't want to give him a fright
sanne_ja = Yes, I'll ask him this week. He can say no, or think about it first. That's his choice.
geven_dm = hi ilias. sorry about that photo. can we talk? will you reply?
geven_dm_2 = Two blue ticks. Ilias reads it, but he doesn't reply. You tell Sanne.
sanne_dm = Ilias didn't ask for that. I'll ask him first what he wants. Don't send him anything until then, OK?
geven_klas = i'll say it in class on monday. then everyone knows it was my fault
sanne_klas = Then Ilias is in front of the whole class again. Does he want that? I'll ask him first.

## Ilias

wissel_ilias = A week later. Sanne from Halt comes to Ilias's home. His mother sits next to him.
ilias_sanne_1 = Sanne says: "Julia wants to say sorry. { $klas ->
        [true] She wanted to do it in class. I told her to ask you first."
       *[false] She has written a letter."
    }
ilias_sanne_2 = "You decide what happens. You can think about it first, too. Yes and no are both fine."
ilias_denkt = { $dm ->
        [true] She messaged me out of nowhere last week. It really scared me. I hardly dared to pick up my phone.
       *[false] { $klas ->
            [true] In class? Then everyone will stare at me again.
           *[false] Sorry? I don't know if I want to hear that.
        }
    }

keuze_ilias = You are Ilias. What do you want?
    .brief = I want to read the letter. But I don't want to see Julia.
    .gesprek = I want a meeting. With my parents there.
    .nee = No. I don't want any contact with Julia. No letter either.

ilias_sanne_ok = { $ja ->
        [true] Sanne nods. "Good. We'll do it the way you want."
       *[false] Sanne nods. "That's fine. You don't have to explain anything."
    }
ilias_leest = { $gesprek ->
        [true] Two weeks later, you and your parents are at Halt. Julia and her mother are there too. Julia reads her letter out loud.
       *[false] A week later, Sanne gives you the letter. You read it in your room.
    }
brief_smoes = { $zin1 ->
        [1] A joke? It was no joke for me.
        [3] Everyone? But she was the first to forward it.
       *[other] { $zin2 ->
            [1] If I felt hurt? Of course I felt hurt.
            [3] I only sent it to her. I trusted her.
           *[other] Forget about it? That's for me to decide.
        }
    }
brief_goed = She says honestly what she did. No excuses. It hasn't gone away. But this helps a little.

ilias_gevoel = You are Ilias. How do you feel after Julia's sorry? Choose what fits.
    .starter = Which feelings did you choose for Ilias? What can a sorry do for him, and what can't it do?

ilias_nee = I just want to put it behind me. Without Julia.

## Julia: Ilias wants to hear the sorry

wissel_lotte_ja = { $gesprek ->
        [true] After the meeting at Halt. Julia cycles home with her mother.
       *[false] Sunday evening. Julia gets a message from Sanne.
    }
sanne_ja_1 = { $smoes ->
        [0] Ilias has heard your sorry. He said: good that she's honest.
       *[other] Ilias has heard your sorry. He said: she's still making excuses.
    }
lotte_ja_denkt = { $smoes ->
        [0] It hasn't gone away. But now he knows I understand what I did.
       *[other] Those sentences played it down. I wish I'd taken them out.
    }

## Julia: Ilias wants no contact

wissel_lotte_nee = A week later. Julia gets a message from Sanne.
sanne_nee_1 = I talked to Ilias. He doesn't want any contact. No letter either.
sanne_nee_2 = That's his choice. He doesn't have to explain why.
lotte_nee_denkt = I worked so hard on that letter. And now he doesn't even want it.

lotte_gevoel = You are Julia. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Julia when Ilias said no? What do you do yourself with a feeling like that?

keuze_nee = Ilias doesn't want any contact. What do you do?
    .respect = I leave him alone. That's his choice.
    .toch = I send him a DM anyway. At least then he knows.
    .anders = I ask Sanne what I can do instead.

respect_1 = ok. i'll leave him alone. even though that's hard
toch_1 = ilias i know you said no. but i really want to say sorry
toch_2 = Ilias reads your message. He doesn't reply. A little later he blocks you.
toch_3 = Ilias's mother called me. Your message really scared him. He had said no.
toch_4 = I wanted to make it right. But I did it without asking again.
anders_1 = { $toch ->
        [true] Ilias said no. So you don't send him any more messages.
       *[false] You can also make it right without contacting Ilias.
    }
anders_2 = Is someone still showing his photo? Then say: stop, delete it.
anders_3 = I'll keep your letter. If Ilias ever asks for it himself, he'll get it.

## Thinking it over

belang = How important is it to you that Ilias decides about your sorry himself?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = { $toch ->
            [true] Ilias said no, and Julia messaged him anyway. What made it so hard to leave that no alone?
           *[false] { $dm ->
                [true] Julia messaged Ilias herself first, without asking. How do you see that message now?
               *[false] { $klas ->
                    [true] Julia first wanted to say sorry in front of the whole class. What would that have been like for Ilias, do you think?
                   *[false] What does it mean to you that Ilias gets to choose? What does that say about your own sorry?
                }
            }
        }

eigen_situatie = Is this story like your own situation? What would you want the other person to know? Write it here if you like. Don't message them yourself: you'll sort that out together with your Halt worker.
    .hint = You don't need names. You can also skip this.
    .starter = What did you recognise of yourself in Julia's story? What do you think the other person would need?

## Ending

einde_ja = { $dm ->
        [true] Your DM gave Ilias a fright. Through Sanne, he could still choose for himself.
       *[false] Ilias chose for himself to hear your sorry.
    } { $smoes ->
        [0] You said honestly what you did.
       *[other] Without the excuses, it would have come across better.
    }
    .title = Ilias heard your sorry
einde_nee = { $toch ->
        [true] Ilias said no, and you still sent a message. Saying sorry also means accepting a no.
       *[false] { $dm ->
            [true] Your first DM gave Ilias a fright. Then he said no, and you listened. That is part of saying sorry too.
           *[false] Ilias said no, and you listened. That is also a way of saying sorry.
        }
    }
    .title = Ilias said no
