# Send me something — English translation (source: locales/nl/stuur_eens_wat.ftl).

scenario-title = Send me something
scenario-summary = Someone you like asks for a photo. Then you are the one who asks.

character-ilias = Ilias
character-sara = Sara
character-amira = Amira
character-ruben = Ruben
character-dewi = Dewi
character-kofi = Kofi

chat-dm_sara = Sara
chat-dm_dewi = Dewi
chat-dm_kofi = Kofi

## Friday evening: Ilias

begin = It is Friday evening. You are Ilias, 14 years old. You have been chatting with Sara for two weeks.
leuk = Sara is 15. I really like her. Does she like me too?
sara_1 = Hey 😊 I'm bored. Send me something fun 😏
sara_2 = You know 🙈 A nude photo.

keuze_eerst = Sara is waiting for your answer. What do you do?
    .nee = I write: No, I don't want to.
    .later = I write: Haha, maybe later.
    .sturen = I send a photo.

ilias_nee = No. I don't want to.
ilias_later = Haha maybe later 😅
druk_1 = { $nee ->
        [true] Oh come on. Don't be so difficult 🙄
       *[false] Why later? Now works too 😘
    }
druk_2 = Everyone does it. It's really no big thing.
druk_3 = If you really like me, you'll do it.
stuur_1 = You take a photo. You hesitate for a moment. Then you tap Send.
stuur_2 = Wow 😍 Will you send another one? Just one.
stuur_3 = She wants another one. And where is my first photo now?

keuze_druk = Sara keeps asking. What do you do now?
    .blokkeren = I block Sara.
    .vertellen = I stop chatting. I tell my sister.
    .nee_weer = { $gestuurd ->
        [true] I write: No. I'm not sending anything else.
       *[false] I write: No. Stop asking.
    }
    .sturen = { $gestuurd ->
        [true] I send another one. Then she'll stop.
       *[false] I send a photo after all. Then she'll stop.
    }

blok_1 = You tap Block. Sara can't send you anything now. { $gestuurd ->
        [true] She still has your photo. But the nagging is over.
       *[false] Your phone is quiet. Finally some peace.
    }
zus_1 = You go to your sister Amira. She is 17. You show her the messages.
zus_2 = Amira says: "Good that you're telling me. Sara kept on pushing. That's not OK."
zus_3 = { $gestuurd ->
        [true] She says: "It's not your fault. If your photo goes round, Helpwanted can help get it taken down."
       *[false] She says: "You don't have to send anything. Not even if someone keeps asking."
    }
zus_4 = Together you block Sara. You already feel a bit lighter.
nee2_1 = { $gestuurd ->
        [true] No. I'm not sending anything else. Stop asking.
       *[false] No. I don't want to. Stop asking.
    }
nee2_2 = Ugh. You're so boring 🙄 I'll just ask someone else then.
nee2_3 = That hurts. But I stuck to my no.
stuur2_1 = You send a photo. Sara sends a heart back.
stuur2_2 = The next morning there's another message from Sara.
stuur2_3 = Good morning 😘 Another one tonight?

keuze_ochtend = It doesn't stop. What do you do now?
    .blokkeren = I block Sara.
    .vertellen = I tell my sister Amira.

ilias_gevoel = You are Ilias. How do you feel now? Choose what fits.
    .starter = Which feelings did you choose for Ilias? What made you choose them?
moeilijk = Why is saying no sometimes hard? Especially to someone you like?
    .hint = Write a few sentences. There are no wrong answers.
    .starter = What made saying no hard for Ilias? Does any of that sound familiar to you?

goed_weten = Good to know: is a photo of you going round? That is not your fault. Helpwanted helps to get it taken offline.
goed_weten_2 = Sometimes someone threatens to share your photo. Or someone asks for money. That is called extortion, and it is a crime.
goed_weten_3 = If that happens, don't send anything else and don't pay. Get help straight away, from the police or the Kindertelefoon.

## Another evening: Ruben

wissel_ruben = Another town, another evening. Ruben is 15. He has been going out with Dewi for a month.
kofi_1 = Yo Ruben. Has Dewi sent you a photo yet? 😏 Tim gets them from his girlfriend all the time.
ruben_denkt = Dewi and I have never talked about that. I'll just ask.
vraag = Hey babe 😊 Will you send me a photo? A spicy one 😏
dewi_nee = Haha what 🙈 No. I don't want to.

keuze_nee = Dewi says no. What do you write back?
    .accepteren = OK, totally fine. It's your call.
    .aandringen = Come on. Just one.
    .grapje = I make a joke of it.

acc_1 = OK, totally fine. It's your call.
acc_2 = Thanks 😊 Nice that you're not going to nag.

dr_1 = Come on. Just one. You're my girlfriend, aren't you? 😘
dr_2 = Dewi is typing. She stops. She starts typing again.
dr_3 = OK then… Maybe tomorrow.

keuze_oke = Now Dewi says OK. What do you do?
    .wachten = I write: Yes! I'll wait 😍
    .checken = I ask if she really wants to.

wacht_1 = Yes! I'll wait 😍
intrek_1 = Wait. I don't want to after all. I only said OK because you kept asking.
check_1 = Wait. Do you really want to? Or are you saying it because of me?
check_2 = Honestly? Because of you. I don't really want to.
check_3 = OK. Then don't. Sorry I pushed so hard.

gr_1 = Haha you just don't dare 😂🐔
gr_2 = Ha ha.

keuze_stil = After that, Dewi says nothing more. Not even no. What do you do?
    .morgen = I'll ask again tomorrow. She didn't say no again.
    .sorry = I say sorry for my joke.

sorry_1 = Sorry. That was a stupid joke. You don't have to send anything.
sorry_2 = OK. I really didn't like it. But thanks.
weer_1 = Good morning 😏 Do you dare today?
weer_2 = I already said no yesterday. I went quiet because I thought your joke was stupid.

keuze_daarna = What do you write back?
    .oke = { $aangedrongen ->
        [true] OK. Sorry I pushed so hard.
       *[false] OK. Sorry. I'll stop.
    }
    .beloofd = But you just said OK!
    .grapje = Relax. It was just a joke 😂

oke_1 = { $aangedrongen ->
        [true] OK. Sorry I pushed so hard.
       *[false] OK. Sorry. I'll stop.
    }
oke_2 = Thanks for listening.
beloofd_1 = But you just said OK!
beloofd_2 = Yes, because you kept nagging. I can always still say no.
grap2_1 = Relax. It was just a joke 😂
grap2_2 = It wasn't a joke to me.
boos = I don't want to talk to you right now.

kofi_2 = So?? Got a photo of Dewi yet? 😏

keuze_kofi = Kofi wants to know. What do you write?
    .opscheppen = Maybe 😎
    .eerlijk = No. She doesn't want to. That's her choice.
    .prive = None of your business.

op_1 = Maybe 😎
op_2 = Really?! I'm telling Tim 😂
op_3 = There is no photo at all. But now a rumour about Dewi is going round.
eer_1 = No. She doesn't want to. That's her choice.
eer_2 = OK, respect. Honestly? I think Tim makes half of it up too 😅
priv_1 = None of your business.
priv_2 = Ooh, secretive 😏 So yes!
priv_3 = Now he thinks there is a photo. That isn't even true.

## Thinking it over

toestemming = Ruben asks for a photo. After that, Dewi says nothing. What does that mean?
    .ja = She's fine with it.
    .geen_ja = It is not a yes. Saying nothing is not consent.
    .later = She is unsure. He should ask again later.
    .explanation = Saying nothing is not a yes. Only a real yes counts, without pressure. And people can always take back a yes.
    .starter = What did you choose? How can you tell if someone really means yes?

oordeel = Dewi says no. Ruben keeps asking. Then she says: "OK then." Which flag do you give Ruben?
    .explanation = Red. Dewi said no first. Her "OK" came from pressure. Then it is not a free choice. And then it is not real consent either. If someone threatens or forces? Then it is black.
    .starter = Which flag did you give Ruben? When does asking turn into pushing, for you?

belang = How important is it to you to accept a no straight away?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? When do you find a no hard to hear?

jouw_bericht = Imagine: you ask someone for a photo. They say no. What do you text back? Write the message.
    .hint = Write it the way you would really text it.
    .starter = Which message did you write? How would it feel to really send it?

## Ending

einde_respect = You heard a no and listened straight away. That way it stays safe for both of you.
    .title = No means no
einde_toch = { $grap ->
        [true] A joke about a no is pressure too. You stopped, and that counts.
       *[false] A yes under pressure is not a real yes. In the end, you did listen.
    }
    .title = You listened after all
einde_grens = { $geaccepteerd ->
        [true] You accepted Dewi's no. But a rumour about a photo hurts her too.
       *[false] Pushing doesn't turn a no into a yes. Dewi can always say no, even after a yes.
    }
    .title = Over Dewi's line
