# Send me something — English translation (source: locales/nl/stuur_eens_wat.ftl).

scenario-title = Send me something
scenario-summary = Someone you like asks for a photo. Then you are the one who asks.

character-ayoub = Ayoub
character-nina = Nina
character-chaima = Chaima
character-luuk = Luuk
character-dewi = Dewi
character-kofi = Kofi

chat-dm_nina = Nina
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi

## Friday evening: Ayoub

begin = It is Friday evening. You are Ayoub, 14 years old. You have been chatting with Nina for two weeks.
leuk = Nina is 15. I really like her. Does she like me too?
sara_1 = hey 😊 i'm bored
    send me something fun 😏
sara_2 = you know 🙈
    nudes

keuze_eerst = Nina is waiting for your answer. What do you do?
    .nee = I write: No, I don't want to.
    .later = I write: Haha, maybe later.
    .sturen = I send a photo.

ilias_nee = no i don't want to
ilias_later = haha maybe later 😅
druk_1 = { $nee ->
        [true] oh come on don't be like that 🙄
       *[false] why later? now works too 😘
    }
druk_2 = everyone does it
    it's really no big deal
druk_3 = if you really like me you'll do it 🥺
stuur_1 = You take a photo. You hesitate for a moment. Then you tap Send.
stuur_2 = wow 😍 will you send another one?
    just one
stuur_3 = She wants another one. And where is my first photo now?

keuze_druk = Nina keeps asking. What do you do now?
    .blokkeren = I block Nina.
    .vertellen = I stop chatting. I tell my sister.
    .nee_weer = { $gestuurd ->
        [true] I write: No. I'm not sending anything else.
       *[false] I write: No. Stop asking.
    }
    .sturen = { $gestuurd ->
        [true] I send another one. Then she'll stop.
       *[false] I send a photo after all. Then she'll stop.
    }

blok_1 = You tap Block. Nina can't send you anything now. { $gestuurd ->
        [true] She still has what you sent. But the nagging is over.
       *[false] Your phone is quiet. Finally some peace.
    }
zus_1 = You go to your sister Chaima. She is 17. You show her the messages.
zus_2 = Chaima says: "I'm glad you showed me. Nina just kept on asking. That's not OK."
zus_3 = { $gestuurd ->
        [true] She says: "It's not your fault. If your photo goes round, Helpwanted can help get it taken down."
       *[false] She says: "You don't have to send anything. Not even if someone keeps asking."
    }
zus_4 = Together you block Nina. You already feel a bit lighter.
nee2_1 = { $gestuurd ->
        [true] no. i'm not sending anything else
            stop asking
       *[false] no. i don't want to
            stop asking
    }
nee2_2 = ugh you're so boring 🙄
    i'll just ask someone else then
nee2_3 = That hurts. But my no is still a no.
stuur2_1 = You send a photo. Nina sends a heart back.
stuur2_2 = The next morning there's another message from Nina.
stuur2_3 = morning 😘 another one tonight?

keuze_ochtend = It doesn't stop. What do you do now?
    .blokkeren = I block Nina.
    .vertellen = I tell my sister Chaima.

ilias_gevoel = You are Ayoub. How do you feel after this chat with Nina? Choose what fits.
    .starter = { $gestuurd ->
            [true] Ayoub sent a photo after all. Which feelings did you choose for him? What was going on in his head, do you think?
           *[false] Which feelings did you choose for Ayoub? What made you choose them?
        }
moeilijk = Why is saying no sometimes hard? Especially to someone you like?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = { $gestuurd ->
            [true] Ayoub sent a photo after all, because Nina kept asking. What made saying no so hard? What do you recognise in that?
           *[false] { $nee ->
                [true] Ayoub said no to Nina. What helped him do that, do you think? What would help you?
               *[false] At first Ayoub wrote "maybe later". What makes a clear no so hard? When did you notice that yourself?
            }
        }

goed_weten = Good to know: is a photo of you going round? That is not your fault. Helpwanted helps to get it taken offline.
goed_weten_2 = Sometimes someone threatens to share your photo. Or someone asks for money. That is called extortion, and it is a crime.
goed_weten_3 = If that happens, take screenshots first. Then block them. Don't send anything else and don't pay.
goed_weten_4 = Tell someone you trust straight away. Or get help from the police or the Kindertelefoon.

## Another evening: Luuk

wissel_ruben = Another town, another evening. Luuk is 15. He has been going out with Dewi for a month.
kofi_1 = yo luuk has dewi sent you a photo yet? 😏
    ravi gets them from his girlfriend all the time
ruben_denkt = Dewi and I have never talked about that. I'll just ask.
vraag = hey babe 😊 will you send me a photo?
    a spicy one 😏
dewi_nee = haha what 🙈 no
    i don't want to

keuze_nee = Dewi says no. What do you write back?
    .accepteren = OK, totally fine. It's your call.
    .aandringen = Come on. Just one.
    .grapje = I make a joke of it.

acc_1 = ok totally fine
    your call
acc_2 = thanks 😊 nice that you're not going to nag

dr_1 = come on just one
    you're my girlfriend aren't you? 😘
dr_2 = Dewi is typing. She stops. She starts typing again.
dr_3 = ok then… maybe tomorrow

keuze_oke = Now Dewi says OK. What do you do?
    .wachten = I write: Yes! I'll wait.
    .checken = I ask if she really wants to.

wacht_1 = yes! i'll wait 😍
intrek_1 = wait. i don't want to after all
    i only said ok because you kept asking
check_1 = wait, do you really want to?
    or are you saying it because of me?
check_2 = honestly? because of you
    i don't really want to
check_3 = ok then don't
    sorry i pushed so hard

gr_1 = haha you just don't dare 🐔😂
gr_2 = ha ha

keuze_stil = After that, Dewi says nothing more. Not even no. What do you do?
    .morgen = I'll ask again tomorrow. She didn't say no again.
    .sorry = I say sorry for my joke.

sorry_1 = sorry, that was a stupid joke
    you don't have to send anything
sorry_2 = ok. i really didn't like it
    but thanks
weer_1 = morning 😏 do you dare today?
weer_2 = i already said no yesterday
    i went quiet because i thought your joke was stupid

keuze_daarna = What do you write back?
    .oke = { $aangedrongen ->
        [true] OK. Sorry I pushed so hard.
       *[false] OK. Sorry. I'll stop.
    }
    .beloofd = But you just said OK!
    .grapje = Relax. It was just a joke.

oke_1 = { $aangedrongen ->
        [true] ok. sorry i pushed so hard
       *[false] ok sorry
            i'll stop
    }
oke_2 = thanks for listening
beloofd_1 = but you just said ok!
beloofd_2 = yeah because you kept nagging
    i can always still say no
grap2_1 = relax it was just a joke 😂
grap2_2 = it wasn't a joke to me
boos = i don't want to talk to you right now

kofi_2 = so?? got a photo of dewi yet? 👀

keuze_kofi = Kofi wants to know. What do you write?
    .opscheppen = Maybe 😎
    .eerlijk = No. She doesn't want to. That's her choice.
    .prive = None of your business.

op_1 = maybe 😎
op_2 = for real?! i'm telling ravi 💀
op_3 = There is no photo at all. But now a rumour about Dewi is going round.
eer_1 = no. she doesn't want to
    that's her choice
eer_2 = ok respect
    honestly? i think ravi makes half of it up too 😭
priv_1 = none of your business
priv_2 = ooh secretive 😏 so yes
priv_3 = Now he thinks there is a photo. That isn't even true.

## Thinking it over

toestemming = { $grap ->
        [true] Luuk made a joke about Dewi's no. After that, she said nothing. What does that mean?
       *[false] Imagine: Luuk asks for a photo. After that, Dewi says nothing. What does that mean?
    }
    .later = She's still unsure. He can ask again tomorrow.
    .geen_ja = It is not a yes. Being quiet is not consent.
    .ja = She's fine with it, or she'd say no.
    .explanation = Saying nothing is not a yes. Only a real yes counts, without pressure. And you can always take back a yes.
    .starter = How can you tell if someone really means yes? And how can you tell that someone is unsure?

oordeel = { $aangedrongen ->
        [true] Dewi said no. Luuk kept asking. Then she said: "OK then." Which flag do you give Luuk?
       *[false] Imagine: Dewi says no. Luuk keeps asking. Then she says: "OK then." Which flag do you give Luuk?
    }
    .explanation = Red. Dewi said no first. Her "OK" came from pressure. Then it is not a free choice. And then it is not real consent either. If someone threatens or forces? Then it is black.
    .starter = { $aangedrongen ->
            [true] Your Luuk kept asking after Dewi's no. Which flag did you give him? How do you look back on that now?
           *[false] Which flag did you give Luuk? When does asking turn into pushing, for you?
        }

belang = Imagine you ask someone something and hear no. How well do you manage to stop asking straight away?
    .low = I can't
    .high = I always can
    .followup = Why not a lower number?
    .starter = What helps you to stop when you hear a no? When is that harder?

jouw_bericht = Imagine: you ask someone for a photo. They say no. What do you text back? Write the message.
    .hint = Write it the way you would really text it.
    .starter = Which message did you write? How would it feel to really send it?

eigen_situatie = Has something like this ever happened to you? As the one who asked, or the one who was asked? Write about it if you want, without names.
    .hint = You can skip this too.
    .starter = What in this story is like what happened to you? Were you more like Ayoub or like Luuk then? What would you do differently now?

## Ending

einde_respect = { $geheim ->
        [true] You heard a no and listened straight away. You can also just tell Kofi: there is no photo.
       *[false] You heard a no and listened straight away. That way it stays safe for both of you.
    }
    .title = No means no
einde_toch = { $grap ->
        [true] A joke about a no is pressure too. You stopped, and that counts.
       *[false] A yes under pressure is not a real yes. In the end, you did listen.
    }
    .title = You listened after all
einde_grens = { $geaccepteerd ->
        [true] You accepted Dewi's no. But a rumour about a photo hurts her too.
       *[false] { $opgeschept ->
            [true] Pushing doesn't turn a no into a yes. And a rumour about a photo hurts Dewi too.
           *[false] Pushing doesn't turn a no into a yes. Dewi can always say no, even after a yes.
        }
    }
    .title = Over Dewi's line
