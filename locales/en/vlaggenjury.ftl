# The flag jury — English translation (source: locales/nl/vlaggenjury.ftl).

scenario-title = The flag jury
scenario-summary = You are on a jury. Which flag do you give six situations online?

character-liam = Liam
character-ricardo = Ricardo
character-fatima = Fatima
character-koen = Koen
character-sophie = Sophie
character-rayan = Rayan
character-elif = Elif
character-jason = Jason
character-emma = Emma
character-niels = Niels
character-noa = Noa
character-daniel = Daniël
character-thijs = Thijs
character-lisa = Lisa
character-tim = Tim
character-mila = Mila

chat-jury = Flag jury
chat-s1 = Situation 1: Sophie and Rayan
chat-s2 = Situation 2: Class 3C
chat-s3 = Situation 3: Emma and Niels
chat-s3b = Situation 3: Niels and Wessel
chat-s4 = Situation 4: Noa and Daniël
chat-s5 = Situation 5: Thijs and Lisa
chat-s6 = Situation 6: Tim

## Explanation

begin = You are Liam. You're on the Flag jury at the youth centre.
uitleg_1 = Welcome, jury! Give six situations a flag. If one point isn't OK, it isn't green.

## Situation 1: Sophie and Rayan

s1_intro = Sophie and Rayan are 16. They're going out.
s1_a = shall we send nudes? only if you want to as well 😊
s1_b = yeah ok. just for us two though

s1_oordeel = Sophie and Rayan send each other nude photos.
    .explanation = Green. They're the same age and both want it. The photos stay between them. The law sees that as experimenting and leaves it alone.
    .starter = For you, what is the difference between what Sophie and Rayan do and forwarding a photo?

s1_ruben = green?? 😳 sending nudes is always wrong

keuze_1 = What do you say?
    .eens = Koen is right.
    .oneens = No. They both want it.
    .regels = What were the rules again?

s1_eens = koen's right. it's always wrong
s1_oneens = no. they both want it
s1_regels = wait. what were the rules again?
s1_ricardo = Look at the six points: they're all OK here. Experimenting is fine!

## Situation 2: Elif and Jason

s2_a = look at jason in his trunks 🔥😏 who wants his number?
s2_b = cut it out elif. not funny
s2_c = ok sorry! i'll take it down

s2_oordeel = Elif writes this about Jason in the class chat.
    .explanation = Yellow. Jason didn't want this, and the whole class can read it. But Elif stops straight away.
    .starter = Jason wrote: cut it out. What is it like for him that the whole class reads this?

## Situation 3: Emma and Niels

s3_intro = Emma and Niels are 15. Emma sends her boyfriend a nude photo.
s3_a = only for you ok 🙈
s3_b = course ❤️
s3_c = look what emma sent me 😏

s3_oordeel = Niels forwards the photo to Wessel.
    .explanation = Red. Emma gave the photo only to Niels. Forwarding without asking is always over the line.
    .starter = Imagine Emma sends Niels a message. What would she write to him?

s3_ruben = red? come on. she sent it herself, didn't she?

keuze_3 = What do you say?
    .eens = She shouldn't have sent it.
    .oneens = She only gave it to Niels.
    .regels = What's the rule about forwarding?

s3_eens = yeah. she shouldn't have sent it
s3_oneens = no. she only gave it to niels
s3_regels = what's the rule about forwarding?
s3_ricardo = Forwarding without asking is always over the line. And it is never Emma's fault.
s3_wet = By law, a nude of someone under 18 is child pornography. Forwarding it can be a crime, for young people too.

## Situation 4: Noa and Daniël

s4_intro = Noa is 13. She is chatting with Daniël. He is 17.
s4_a = you're so grown-up for 13 😍
s4_b = will you send me a nude? then you get that hoodie. our secret 🤫
s4_c = erm. i don't know...

s4_oordeel = Daniël asks Noa for a nude photo.
    .explanation = Red. Daniël is much older. He wants to buy a yes with a hoodie, in secret. And Noa doesn't say yes.
    .starter = In Daniël's messages, what shows you that he is putting on pressure?

s4_ruben = but noa isn't saying no, is she?

keuze_4 = What do you say?
    .geen_nee = Not saying no doesn't mean yes.
    .klopt = True, it's up to her.
    .hulp = She can tell an adult.

s4_geen_nee = not saying no doesn't mean yes
s4_klopt = true. it's up to her
s4_hulp = noa can tell an adult
s4_ricardo = Not saying no doesn't mean yes. Noa does nothing wrong. She can block him and tell her parents.
s4_wet = What Daniël is doing can be a crime. Since 2024, sexual harassment online can be a crime.

## Situation 5: Thijs and Lisa

s5_intro = Thijs is 15. He only knows Lisa online. He sent her a nude video of himself.
s5_a = pay 100 euros. or all your friends get your video
s5_b = no! please stop
s5_c = you have until 8 tonight ⏰ or your mum gets it too

s5_oordeel = Lisa threatens to share Thijs's video.
    .explanation = Black. Lisa makes threats and wants money. Thijs says no, but she keeps going. It is not his fault. People who make threats hope you'll feel ashamed and keep quiet.
    .starter = What would you tell Thijs if he were your friend? What makes it so hard for him to tell someone?

s5_ruben = just pay, right. then it's over

keuze_5 = What advice do you give Thijs?
    .betalen = Pay. Then it'll stop.
    .hulp = Screenshots, block her, get help.
    .stil = Delete the chat, say nothing.

s5_betalen = just pay. then it'll stop
s5_hulp = don't pay. screenshots first, then block her
s5_stil = delete the chat and say nothing
s5_ricardo = The advice, in this order: screenshots first. Then block. Don't pay, don't send more, don't delete anything.
s5_ricardo_2 = Tell someone you trust. And report it to the police: threatening someone for money is a crime.
s5_nep = wait. is lisa even really lisa? 👀
s5_nep_2 = Good question. Maybe not. It could even be a man. The advice stays the same.

## Situation 6: Tim

s6_a = new pic 💪
s6_b = tim?? your profile is public. strangers are already commenting 😬

s6_oordeel = Tim is 14. He posts this shirtless photo on his public profile.
    .explanation = Yellow. Tim isn't naked. But strangers can see and save the photo too. If someone misuses it, that's never Tim's fault.
    .starter = What do you think about before you post a photo of yourself online?

s6_wet = Remember: are you under 18? Then posting a nude photo of yourself online can be a crime too.

## Closing

ruben_overtuigd = ok, you're right. sending isn't the problem if you both want it. forwarding, pushing and threatening are
ruben_twijfelt = dunno. just don't send anything, right
amira_eind = the fault lies with whoever forwards or threatens, koen

## Thinking it over

vragen = One more question about you. Your Halt worker reads your answer. There are no wrong answers. You will talk about it together.

eigen = Which situation is most like what happened to you? Which flag fits?
    .hint = You don't need names. You can also skip this.
    .starter = { $meegegaan ->
            [true] As Liam, you sometimes went along with Koen. Which situation was like yours? What did others do there, and what did you do?
           *[false] { $sterk ->
                [0] Which situation was like yours? What is the same, and what is different?
               *[other] As Liam, you disagreed with Koen { $sterk ->
                    [1] once
                   *[other] { $sterk } times
                }. Which situation was like yours? What would have helped you speak up there?
            }
        }

## Ending

einde_stem = { $meegegaan ->
        [true] Sometimes you went along with Koen. But often you said out loud what was wrong.
       *[false] You said out loud what was wrong, and the jury listened.
    }
    .title = Your voice counted
einde_twijfel = { $meegegaan ->
        [true] Sometimes you went along with Koen. But the fault never lies with whoever sent the photo.
       *[false] { $regels ->
            [true] You asked about the rules. That's smart. Now try saying them out loud too.
           *[false] You didn't often say what you thought. But what you explain can help someone else.
        }
    }
    .title = The jury had doubts
