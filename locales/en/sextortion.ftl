# Pay, or I share your photo — English translation (source: locales/nl/sextortion.ftl).

scenario-title = Pay, or I share your photo
scenario-summary = Tygo chats with a nice girl he doesn't know. Then she threatens to send his photo around.

character-tygo = Tygo
character-fenna = Fenna
character-gijs = Gijs
character-aziz = Aziz
character-mama = Mum
character-onbekend = Unknown number
character-kindertelefoon = De Kindertelefoon

chat-dm_fenna = Fenna
chat-sms_onbekend = Unknown number
chat-dm_tygo = Tygo
chat-kt = De Kindertelefoon
chat-klas = Class 3C

## Friday evening: Fenna

begin = It is Friday evening. You are Tygo, 14 years old. A girl wants to follow you: Fenna.
profiel = You don't know her. Her profile is new, with six photos. She follows Gijs and Aziz too.
fenna_1 = heyy 👋 saw you on gijs's story 😳 you're really cute
tygo_1 = haha really?
denk_knap = Cute? Me? Nobody ever says that.
avond = You chat all evening. She thinks you're funny. She wants to know everything about you.
fenna_5 = you're so different from other boys 🥺
laat = At half past eleven she sends a nude photo. Of her, she says.
fenna_foto = for you 🙈
fenna_6 = your turn 😏 i won't show anyone
twijfel = My heart is pounding. Do I even want this?

keuze_sturen = { $gevraagd ->
        [true] Fenna is still waiting. What do you do now?
       *[false] Fenna is waiting for you. What do you do?
    }
    .bellen = I first ask if we can video call.
    .sturen = I send a nude photo back.
    .niet = I don't send anything. This is going too fast.

bellen_1 = can we video call first?
bellen_2 = my camera is broken 🥲 don't you trust me or something??
bellen_4 = Her camera is broken. But sending photos works fine?

sturen_1 = ok. here 🙈
sturen_2 = You send a nude photo. Straight away it says: seen.
niet_1 = no, i don't want to
niet_2 = seriously?? 🙄 i thought you liked me
niet_4 = Then it goes quiet.

## The turn

omslag = Two minutes later your phone buzzes. Fenna again.
dreig_1 = know these people? 🙂
dreig_1_wat = A screenshot of your followers. Gijs. Aziz. Your mum. Your football team.
dreig_echt = i have your photo. i'll send it to all of them
dreig_nep_1 = you didn't send anything. doesn't matter
dreig_nep_2 = She took your profile picture. With an app she turned it into a nude photo. It's fake, but it looks real.
tygo_schrik = fenna what are you doing?? this isn't funny
geen_fenna = my name isn't fenna
eis_1 = { $gestuurd ->
        [true] pay 200 euros. or send more photos
       *[false] pay 200 euros. or send real photos
    }
eis_3 = you have one hour. tell anyone and it goes around
paniek_1 = Your hands are shaking. You only have 60 euros.
paniek_2 = { $gestuurd ->
        [true] If Mum sees this. If Gijs sees this. I'm so stupid.
       *[false] It's fake. But who will believe me? If Mum sees this…
    }

gevoel = You are Tygo. What is going on inside you right now? Pick what fits.
    .starter = Which feelings did you pick for Tygo? Which feeling does the blackmailer use to keep him quiet, do you think?

keuze_eis = The clock is ticking. What do you do?
    .betalen = I pay what I have. Maybe she'll stop then.
    .niet_betalen = { $gestuurd ->
        [true] I don't pay. And I don't send anything else.
       *[false] I don't pay. And I don't send anything.
    }
    .meer = I send what she asks for. Then she'll leave me alone.

betaal_1 = She sends a payment link. You transfer all your savings.
betaal_3 = 👍 now another 140. tomorrow at 12
betaal_4 = My money's gone. And she just wants more.
meer_1 = You send another photo. You feel sick.
meer_3 = good. now a video. and i still want the 200 euros
meer_4 = It's not getting any better. It's only getting worse.
niet_betalen_2 = 50 minutes left ⏳
niet_betalen_3 = What if she really sends it?

keuze_bewijs = The chat with Fenna is still open. What do you do with it?
    .blokkeren = I block her straight away.
    .wissen = I delete everything and say nothing.
    .screenshot = Screenshots of the chat first. Then block.

blok_1 = You tap Block. The chat is gone.
blok_2 = Now I have no proof. But I still remember what she wrote.
shot_1 = You take screenshots of her profile and the chat. Not of the photo itself. Then you tap Block.
na_blok = { $gestuurd ->
        [true] She's gone. But she still has my photo.
       *[false] She's gone. But she still has that fake photo.
    }
wis_1 = You delete the chat. You delete the app. As if it never happened.
wis_2 = Ten minutes later you get a text.
wis_sms = { $betaald ->
        [true] think deleting helps? tomorrow 12 o'clock. 140 euros
       *[false] think deleting helps? 40 minutes left
    }
wis_3 = She has my number. And I have nothing left to show anyone.

keuze_vertellen = { $alleen ->
        [true] It is Saturday, quarter past eleven. Do you tell someone now?
       *[false] It is almost midnight. Mum is still downstairs. What do you do?
    }
    .mama = I show Mum.
    .gijs = I text Gijs.
    .kindertelefoon = I chat with the Kindertelefoon. Nobody there knows who I am.
    .alleen = I say nothing. I'll sort it out myself.

## A night alone

alleen_1 = You put your phone under your pillow. At three o'clock you are still awake.
alleen_3 = I want all of this to stop. I can't see a way out.
alleen_113 = You look up what you can do. You see: 113, open day and night. You save the number.
alleen_4 = Saturday morning. You hardly slept. Did she send the photo? You don't know. Then Aziz posts in the class chat.

aziz_middag = On Saturday afternoon Aziz posts a message in the class chat.
aziz_1 = watch out for an account called fenna
aziz_2 = she tried to blackmail me yesterday. blocked her and reported it
aziz_denk = { $verteld ->
        [true] Aziz too. This happens to more boys. It's not my fault.
       *[false] Aziz too? I'm not the only one.
    }

## De Kindertelefoon (Saturday, after eleven)

kt_1 = The Kindertelefoon, the children's helpline, is open now. You open the chat on their website.
kt_2 = someone is threatening to send a photo of me around. i don't dare tell anyone
kt_3 = Good that you're telling us. It is not your fault. Shall we work out together how to tell someone at home?
kt_5 = yes. my mum i think
kt_7 = Half an hour later your first sentence is ready. You go to Mum.

## Mum, for a moment

wissel_mama = { $alleen ->
        [true] You are Tygo's mother. It is Saturday. You are in the kitchen.
       *[false] You are Tygo's mother. It is almost midnight. You are watching TV.
    }
mama_1 = Tygo comes in. He looks pale. "Mum, I have to show you something. Don't be angry."
mama_2 = { $bewijs ->
        [true] He shows you screenshots. Of Fenna's profile, and of what she demands.
       *[false] He tells you what happened. He has almost nothing left to show you.
    }

keuze_mama = What do you do as Mum?
    .betalen = I want to pay the money right away.
    .steun = I tell him it's not his fault.

mama_betalen_1 = You pick up your phone. "I'll pay it. Then it's over."
mama_betalen_2 = { $betaald ->
        [true] Tygo shakes his head. "I already paid, Mum. Then she wanted more."
       *[false] { $meer ->
            [true] Tygo shakes his head. "I already sent more, Mum. Then she wanted even more."
           *[false] Tygo says quietly: "And what if she wants even more then?"
        }
    }
mama_betalen_4 = He's right. You put your phone down. "We're not paying. And this is not your fault."
mama_steun_1 = You put your arm around him. "I'm not angry with you. I'm angry with whoever is doing this."
mama_hulp = Together you read the Helpwanted website. Don't pay. Stop replying. Keep the proof. Report it.
wissel_tygo = { $alleen ->
        [true] You are Tygo again. Mum is sitting next to you.
       *[false] You are Tygo again. It is Saturday morning.
    }

## Gijs, for a moment

wissel_gijs = { $alleen ->
        [true] You are Gijs, Tygo's best friend. It is Saturday. You are still in bed.
       *[false] You are Gijs, Tygo's best friend. It is Friday night. You are gaming.
    }
gijs_1 = { $alleen ->
        [true] that fenna aziz talked about. she's doing it to me too
       *[false] you still up? i need to tell you something. don't laugh
    }
gijs_2 = { $gestuurd ->
        [true] i sent her a nude. now she wants money, or everyone gets it
       *[false] she made a fake nude of me. now she wants money, or everyone gets it
    }

keuze_gijs = You are Gijs. What do you send back to Tygo?
    .geheim = I promise I won't tell anyone.
    .steun = I tell him it's not his fault.
    .betalen = I tell him to just pay.

gijs_geheim_1 = i won't tell anyone. promise 🤐
gijs_geheim_2 = ok. but what do i do then 😭
gijs_geheim_3 = Keeping a secret won't fix this. He needs an adult.
gijs_steun_1 = wtf. this is not your fault. does your mum know?
gijs_steun_2 = no. i don't dare 😭
gijs_betalen_1 = just pay? then it's over
gijs_betalen_2 = { $betaald ->
        [true] already did. she keeps wanting more
       *[false] { $meer ->
            [true] i already sent more photos. she keeps wanting more
           *[false] and what if she wants even more then?
        }
    }
gijs_betalen_3 = He's right. Money won't fix this.
gijs_ouder = { $alleen ->
        [true] tell your mum. i'll come over, we'll do it together
       *[false] tell your mum. seriously. i'll stay up till you've told her
    }
wissel_tygo_gijs = { $alleen ->
        [true] You are Tygo again. A quarter of an hour later Gijs is at the door. Together you go to Mum.
       *[false] You are Tygo again. You take a deep breath and go to Mum.
    }

## Tygo tells Mum

tygo_mama = { $via_kt ->
        [true] You say your sentence: "Mum, something bad has happened."
       *[false] You say: "Mum, something bad has happened. Gijs says I have to tell you."
    } Mum listens to the end. "This is not your fault. We'll sort it out together."

## Help

hulp_1 = { $alleen ->
        [true] That afternoon
       *[false] On Saturday morning
    } Mum calls the police. The officer says: "Don't pay. Stop replying."
hulp_3 = { $bewijs ->
        [true] The officer asks for proof. You have the screenshots. "Those really help us."
       *[false] { $gewist ->
            [true] You deleted everything. Only the text is left. "Don't delete anything else. That is proof too."
           *[false] You have no screenshots. "Tell me what you remember," the officer says. "That helps too."
        }
    }
hulp_4 = "Fenna probably doesn't exist," the officer says. "Anyone can be behind a profile like that."
hulp_5 = Next week you and Mum go to the police to report it. You tell them what happened.

## Monday: Ms Kaya

maandag = Monday. Mum has called your mentor, and you said that was OK. Ms Kaya asks how you are.
kaya_4 = { $gestuurd ->
        [true] She says: "You trusted someone who lied. That isn't stupid. This is called sextortion. Someone says: pay, or I share your nude photo."
       *[false] She says: "This is called sextortion. Someone says: pay, or I share your nude photo. Even if that photo is fake."
    }
kaya_5 = "Doing that is a crime. Since July 2024 the new law says so too. And a fake photo that looks real counts as well."
kaya_6 = "If the photo does go around, come to me straight away. Helpwanted and Offlimits help get it taken down."
kaya_7 = It's not completely over. But I'm not on my own any more.

## Thinking it over

volgorde = Someone threatens you with your photo. What is the right order?
    .wissen = I delete everything and say nothing.
    .goed = Screenshots, block, don't pay, tell someone.
    .eerst_blokkeren = Block first. Then I check if there's anything left to see.
    .een_keer = I pay once. Then it stops, and nobody has to know.
    .explanation = Screenshots first: after blocking, the chat is sometimes gone. Don't pay and don't send anything else. Don't delete your proof. Tell someone you trust.
    .starter = { $betaald ->
        [true] Tygo paid, and then she wanted more. Which step of the right order seems hardest to you? What would help you with it?
       *[false] { $meer ->
            [true] Tygo sent more, and then she wanted even more. Which step of the right order seems hardest to you? What would help you with it?
           *[false] Which step of the right order seems hardest to you if it really happened? What would help you with it?
        }
    }

zeker = Say someone threatens you with your photo. How sure are you that you would tell someone?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = { $alleen ->
        [true] Tygo kept it to himself for a night at first. What makes telling so hard, do you think? What would make it a bit easier for you?
       *[false] Tygo told someone that same evening. Who would you tell first? What would make it a bit easier?
    }

eigen = Has anything like this ever happened to you, or to someone you know? Write about it here if you want. You don't have to name anyone.
    .hint = You may skip this. Your Halt worker reads it and will talk about it with you.
    .starter = What did you recognise in this story, from your own life or from someone you know? What would you like us to do with that together?

## Ending

einde_alleen = Shame is the blackmailer's weapon. They want you to keep quiet. { $betaald ->
        [true] Paying didn't help. Telling did.
       *[false] { $meer ->
            [true] Sending more didn't help. Telling did.
           *[false] By telling, you took that weapon away.
        }
    } Can't see a way out at night? Call or chat with 113, day and night.
    .title = One night alone
einde_meer = { $betaald ->
        [true] Paying didn't make it go away. She wanted more straight away.
       *[false] Sending more didn't make it go away. She wanted more straight away.
    } Asking for help did work. It is never your fault.
    .title = She kept wanting more
einde_meteen = You didn't pay and you didn't stay alone with it. A blackmailer can't do anything with that. It is never your fault.
    .title = You asked for help straight away
