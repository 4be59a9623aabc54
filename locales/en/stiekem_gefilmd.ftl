# Secretly filmed — English translation (source: locales/nl/stiekem_gefilmd.ftl).

scenario-title = Secretly filmed
scenario-summary = Ryan secretly films in the changing room. The video of Ahmed gets passed around.

character-yassin = Yassin
character-ahmed = Ahmed
character-ryan = Ryan
character-demi = Demi
character-maud = Maud
character-bos = Ms Bos

chat-dm_ryan = Ryan
chat-kleedkamer = changing room 💀
chat-dm_demi = Demi
chat-dm_bos = Ms Bos
chat-dm_ahmed = Ahmed
chat-van_yassin = Yassin
chat-dm_maud = Maud

## Tuesday, before PE: Yassin

begin = Tuesday, fourth lesson. Next you have PE with Ms Bos, your class mentor. Next to you sits Ahmed, your best friend.
ryan_1 = yo after PE im turning my camera on in the changing room 👀
ryan_2 = ahmed always acts so tough. this will be funny 💀
ryan_3 = can u put my phone in your bag? nobody checks your bag 😂
keuze_telefoon = Ahmed knows nothing about this. What do you do?
    .verstoppen = I'll put his phone in my bag later.
    .weigeren = I write back: no, don't be stupid.
    .negeren = I act like I haven't read it.

verstoppen_1 = After PE, Ryan hands you his phone. The camera is on. You put it in your bag.
verstoppen_2 = It's just a joke. Right?
weigeren_1 = no dont be stupid. thats really not ok
weigeren_2 = whatever 🙄 its only guys. ill do it myself then
negeren_1 = You put your phone away. It buzzes two more times.

kleedkamer = In the changing room, Ahmed is joking around, like always. { $geholpen ->
        [true] Nobody knows about the camera. Only Ryan and you.
       *[false] Ryan's bag is open on the bench. Is he filming now?
    }

## Tuesday evening: the video

avond = It is Tuesday evening. Ryan makes a group: "changing room 💀". Twelve boys from your class are in it. Ahmed is not.
groep_1 = ahmed after PE 💀💀 wait for the end 😭
groep_3 = { $geholpen ->
        [true] This was filmed from my bag.
       *[false] He really did it.
    } And Ahmed has no idea.

keuze_groep = What do you do?
    .lachen = I watch the video and send 💀💀.
    .kijken = I watch the video, but I say nothing.
    .stop = I don't watch it. I write that it has to go.

lachen_1 = 💀💀
lachen_2 = yes yassin 😂 who else
kijken_1 = You watch the video. Twelve seconds. You say nothing. That way nobody notices you.
stop_1 = ryan take this down. this is so not ok
stop_2 = stop moaning 🙄 he wont see it anyway
stop_3 = Ryan takes the video out of the group. But whoever already had it, still has it.

demi_1 = yassin is there a video of ahmed?? 😳 send it pls 👀 i wont tell

keuze_demi = Demi is in 3A. What do you do?
    .doorsturen = I send her the video.
    .nee = I write: no, I won't do that.
    .melden = I say no. And I send Ms Bos a message.

door_1 = dont send it on ok
door_2 = omg 😭 poor ahmed. maud has to see this
door_3 = Now Maud has it too. And who else?
nee_1 = no. ahmed doesnt even know
nee_2 = ok ok 😬
melden_1 = Ms Bos, Ryan secretly filmed Ahmed in the changing room. The video is being passed around.
melden_2 = Thanks for your message, Yassin. Don't send it on, and delete it. I won't mention your name. Early tomorrow I will help Ahmed.

## Tuesday night

keuze_ahmed = It is almost eleven. Ahmed is online. Does he know yet? What do you do?
    .sorry = I send Ahmed a message: sorry.
    .steun = I tell Ahmed what is going around. And that I've got his back.
    .mentor_vragen = { $geholpen ->
            [true] Tomorrow I ask Ms Bos how I can make it right.
           *[false] { $gedeeld ->
                [true] Tomorrow I ask Ms Bos how I can make it right.
               *[false] Tomorrow I ask Ms Bos how I can help Ahmed.
            }
        }
    .niks = Nothing. I put my phone away.

sorry_1 = You send Ahmed a sorry. Two blue ticks. He doesn't write back.
steun_1 = You tell Ahmed what is going around. And that you've got his back.
vragen_1 = Tomorrow at eight I'll go and see Ms Bos.
niks_1 = It's not my video. I don't want to be part of this.

## Ahmed

wissel_ahmed = { $sorry_dm ->
        [true] Tuesday, eleven at night. Ahmed is in bed. His phone buzzes.
       *[false] { $steun_dm ->
            [true] Tuesday, eleven at night. Ahmed is in bed. His phone buzzes.
           *[false] Wednesday, quarter past seven. Ahmed picks up his phone.
        }
    }

ahmed_sorry_1 = { $geholpen ->
        [true] ahmed sorry 😔 ryan filmed you after PE. his phone was in my bag
       *[false] ahmed sorry 😔 theres a video of you going round. i sent it to demi
    }
ahmed_sorry_2 = { $geholpen ->
        [true] A video of me? From Yassin's bag? Who else knew?
       *[false] A video of me? Yassin sent it on? Who else has it?
    }
ahmed_sorry_3 = Ahmed doesn't know what to write back. He hardly sleeps.
ahmed_steun_1 = ahmed, ryan secretly filmed you after PE. its going round 😳
ahmed_steun_2 = i didnt send it on. ive got your back
ahmed_steun_3 = Filmed? Ahmed didn't notice a thing. At least he heard it from a friend. Still, he hardly sleeps.
ahmed_maud_1 = ahmed have you heard?? theres a video of you going round 😳
ahmed_maud_2 = { $gedeeld ->
        [true] from the changing room. i got it from demi. didnt watch it, deleted it straight away
       *[false] from the changing room. i didnt watch it
    }
ahmed_maud_3 = A video from the changing room? I didn't even know there was a camera.

ahmed_verder = At school, Ahmed hears more. { $gedeeld ->
        [true] The video is in 3A too, through Demi.
       *[false] { $opgekomen ->
            [true] Yassin wrote in the group that it had to go. But twelve boys already had it.
           *[false] Twelve boys have the video.
        }
    } { $gelachen ->
        [true] There are lots of 💀 under the video, he hears. Yassin sent some too.
       *[false] Where else is it? Nobody knows.
    } Two boys laugh as he walks past. At him?
ahmed_school_2 = Maybe everyone has seen it. Maybe nobody. Not knowing is the worst.

ahmed_bos_1 = Ms Bos is waiting for him at the entrance. In an empty room she says: "I know about the video. This is not your fault."
ahmed_bos_2 = Third lesson is PE. Ahmed doesn't have to join in. He sits next to Ms Bos on the bench. He looks at every bag.
ahmed_bos_3 = I never want to get changed here again. But I'm not alone with this any more.
ahmed_gym_1 = Third lesson is PE. In the changing room, Ahmed looks at every bag. He says he has a stomach ache. He sits on the bench the whole lesson. Nobody asks what's wrong.
ahmed_gym_3 = After the lesson he goes to Ms Bos. She listens. "Thank you for telling me. This is not your fault."
ahmed_bellen = "Today I'll talk to Ryan," she says. "The video has to go. Do you want to tell your mother yourself? I'll call her after five."
ahmed_sorry_bos = Ahmed shows her Yassin's message. He says: "I don't want to talk to him now." Ms Bos says: "You don't have to. You decide."
ahmed_steun_bos = { $gelachen ->
        [true] Yassin texted that he's got my back. But he sent 💀 too. What am I supposed to do with that?
       *[false] Yassin had my back last night. One person, out of that whole group.
    }

ahmed_thuis = In the evening, Ahmed tells Mum everything. She says: "What Ryan did is cruel. None of this is on you."
ahmed_mama_1 = Mum looks up Helpwanted. They help get videos taken offline. She says: "Secretly filming can be a crime. We can report it to the police. What do you want?"
ahmed_mama_2 = I want it gone. And I want to dare to go to PE again.

ahmed_gevoel = You are Ahmed. The day is over. How do you feel? Pick what fits.
    .starter = Which feelings did you pick for Ahmed? Which feeling will last longest, do you think?
ahmed_veilig = Ahmed doesn't dare go into the changing room any more. What would help him feel safe there again?
    .hint = Write a few sentences.
    .starter = What did you write would help Ahmed? Which of those things could his classmates do?

## Thursday: Yassin again

wissel_yassin = Thursday, first lesson. Ryan's and Ahmed's chairs are empty.
klas = Ms Bos says: "Someone secretly filmed in the changing room. Do you have that video? Delete it today. Do you know more? Come and see me. Your parents will get a letter."
ryan_dm = { $gemeld ->
        [true] someone snitched on me to bos 😡 was that u??
       *[false] if bos asks anything: u know nothing 🤐
    }

zelf_gemeld = After the lesson, Ms Bos talks to you. { $geholpen ->
        [true] She knows Ryan's phone was in your bag.
       *[false] She knows you sent the video to Demi.
    } "But you reported it yourself. Thank you for that."

gesprek = After the lesson, Ms Bos is waiting for you. { $geholpen ->
        [true] "Ryan says his phone was in your bag. Is that true?"
       *[false] "Demi says she got the video from you. Is that true?"
    }

keuze_eerlijk = Ms Bos waits. What do you say?
    .eerlijk = I tell her honestly what I did.
    .grap = I say: it was just a joke.
    .ontkennen = I say I have nothing to do with it.

eerlijk_1 = You tell her everything. Ms Bos listens. "Thank you. That wasn't easy."
grap_1 = Ms Bos shakes her head. "For Ahmed it is no joke. Yesterday he didn't dare go into the changing room."
ontkennen_1 = "Others are telling a different story," says Ms Bos. "Think it over carefully."
gesprek_ouders = "Tell them at home yourself first, this afternoon," she says. "At six I'll call your parents. The community police officer will come and talk to you too."

bos_dank = At the door, Ms Bos says: "Thanks to you, we were quick. Ahmed got help straight away."

keuze_na_les = The lesson is over. Do you go to Ms Bos?
    .vertellen = Yes. I tell her what I saw.
    .zwijgen = No. I don't want to be a snitch.

vertellen_1 = You tell her about the group and the video. Ms Bos takes notes. "Thank you. This way it can be gone sooner."
zwijgen_1 = I'm no snitch. Right?
zwijgen_2 = At break you see Ahmed by the gate. He came in after all. His hood is up. He doesn't look at anyone.

bos_sorry = Ms Bos also says: "Ahmed was scared by your message. Do you want to say sorry? You can, later, through me. Only if Ahmed wants that."
bos_gevraagd = { $geholpen ->
        [true] Ms Bos also says: "You asked how you can make it right. I'll ask Ahmed what he wants. He decides."
       *[false] { $gedeeld ->
            [true] Ms Bos also says: "You asked how you can make it right. I'll ask Ahmed what he wants. He decides."
           *[false] Ms Bos also says: "You asked how you can help Ahmed. Just act normal with him. And don't laugh along when someone makes jokes."
        }
    }

## Thinking it over

vlag = Ryan secretly films Ahmed in the changing room. Which flag do you give?
    .explanation = Red. Ahmed had no idea. He couldn't say yes or no. And a changing room should be a safe place.
    .starter = Which flag did you give Ryan? Would you give the same flag if Ahmed were a girl? Why or why not?

wet = Imagine Ryan sends the video to nobody. Can secretly filming already be a crime?
    .pas_delen = No. Only once he shares it.
    .ja = Yes, that can already be a crime.
    .jongens = No. Among boys it's a joke, even if it's a stupid one.
    .explanation = Yes. Secretly filming someone in a changing room can already be a crime. Even if you show it to nobody. Sending it on can be a crime too. Boy or girl makes no difference.
    .starter = What do you think about secret filming being a crime already, even without sharing? What does that change for you?

zeker = Imagine a friend asks you to help with secret filming. How sure are you that you can say no?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = { $geholpen ->
            [true] As Yassin, you put the phone in your bag. What made yes easier than no? What would help you go one point higher?
           *[false] { $gedeeld ->
                [true] As Yassin, you sent the video to Demi. What made saying no hard there? What would help you go one point higher?
               *[false] As Yassin, you didn't help with filming or sending it on. What helped you with that? What would help you go one point higher?
            }
        }

eigen_situatie = Were you ever in a group like that? Or were you in a video like that? Or is something else like this? Write about it if you want, without names.
    .hint = Writing nothing is fine too.
    .starter = What did you recognise from your own situation? How do you see it now, after this story?

## Ending

einde_meegedaan = { $geholpen ->
        [true] Ryan filmed. But his camera was in your bag.
       *[false] Ryan filmed. You sent the video on.
    } { $eerlijk ->
        [true] Afterwards you were honest. That helps Ahmed and the school.
       *[false] { $gemeld ->
            [true] Afterwards you reported it yourself. That helps Ahmed and the school.
           *[false] You can still tell Ms Bos honestly what you did.
        }
    } Saying sorry can come later, through your mentor. Ahmed decides.
    .title = You took part
einde_opgekomen = { $gelachen ->
        [true] First you laughed along. Then you made sure Ahmed got help.
       *[false] { $gemeld ->
            [true] Because you told someone, Ahmed got help quickly.
           *[false] You wrote that it had to go. So Ahmed wasn't completely alone.
        }
    } Secretly filming is never just a joke.
    .title = You chose Ahmed
einde_meegekeken = { $geweigerd ->
        [true] You said no to Ryan. But when the video came, you watched.
       *[false] { $gelachen ->
            [true] You laughed along in the group. Ahmed had no idea.
           *[false] You watched the video and said nothing in the group. Ahmed had no idea.
        }
    } { $verteld ->
        [true] Later you told what you saw. That way you still helped Ahmed.
       *[false] You can still tell Ms Bos what you saw.
    }
    .title = You watched
