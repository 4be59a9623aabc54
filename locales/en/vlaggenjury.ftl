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

begin = You are Liam. You're on the Flag jury at the youth centre. The jury talks in a group chat.
uitleg_1 = Welcome, jury! Today you get six situations. Which flag fits each one?
uitleg_2 = Green is OK. Yellow is a little over the line. Red is serious. Black is very serious: forcing, threatening, or ignoring a no again and again.
uitleg_3 = Remember: you don't add things up. If even one point isn't OK, it isn't green.

## Situation 1: Sophie and Rayan

s1_intro = Situation 1. Sophie and Rayan are both 16. They've been going out for six months.
s1_a = shall we send each other nudes? only if you want to as well 😊
s1_b = yeah ok. but only for the two of us ok?

s1_oordeel = Sophie and Rayan send each other a nude photo. Which flag do you give?
    .explanation = Green. They are both 16 and they both want it. Nobody is pushing, and they can always stop. The photos stay between the two of them. The police and the courts leave that alone. The law sees it as young people of about the same age experimenting.
    .starter = For you, what is the difference between what Sophie and Rayan do and forwarding a photo?

s1_ruben = green?? 😳 sending nudes is always wrong. i gave red

keuze_1 = What do you say to Koen?
    .eens = Koen is right. It's always wrong.
    .oneens = No. They both want it. Then it's fine.
    .regels = I still don't get it. What were the rules?

s1_eens = koen's right. it's always wrong
s1_oneens = no koen. they both want it. and they keep it to themselves
s1_regels = wait. what were the rules again?
s1_regels_2 = You check six points. Do they both want it? Is it their own free choice, with no pressure? Are they equals, with no big difference in age or power?
s1_regels_3 = Does it fit their age? Does it fit the place? Do they know the risks? Six times yes? Then it's green.
s1_ricardo = Sex should feel good for both people. Experimenting is fine! But forwarding a photo without asking is wrong.

## Situation 2: Elif and Jason

s2_intro = Situation 2. Class 3C went swimming. Jason posts photos of the trip in the class chat.
s2_a = look at jason in his swimming trunks 🔥😏 who wants his number?
s2_b = cut it out elif. not funny
s2_c = ok sorry! i'll take it down

s2_oordeel = Elif makes a comment about Jason in the class chat. Which flag do you give?
    .explanation = Yellow. Jason didn't want this comment. And the whole class can read it. Elif stops as soon as Jason tells her to. That's why it is yellow and not red.
    .starter = Jason wrote: cut it out. What is it like for him that the whole class reads this?

s2_ruben = boys like that kind of thing though, right?
s2_amira = jason said cut it out. so he didn't like it

## Situation 3: Emma and Niels

s3_intro = Situation 3. Emma and Niels are 15. They're going out. Emma sends Niels a nude photo.
s3_a = only for you ok 🙈
s3_b = course. only for me ❤️
s3_c = look what emma sent me 😏

s3_oordeel = Niels forwards Emma's nude photo to Wessel. Which flag do you give?
    .explanation = Red. Emma sent the photo only to Niels. She never said he could pass it on. Forwarding without asking is always over the line. Even to one friend.
    .starter = Imagine Emma sends Niels a message. What would she write to him?

s3_ruben = red? come on. she wanted it herself, didn't she? she sent it

keuze_3 = Koen thinks it's Emma's fault. What do you say?
    .eens = Koen is right. She shouldn't have sent it.
    .oneens = She sent it to Niels. Not to Wessel.
    .regels = What does the rule say about forwarding?

s3_eens = yeah. she shouldn't have sent it
s3_eens_2 = so it's emma's fault? niels chose to forward it himself
s3_oneens = emma only gave it to niels. not to wessel. that's a big difference
s3_regels = what does the rule actually say about forwarding?
s3_regels_2 = Forwarding someone else's photo without asking? That is always over the line.
s3_ricardo = Emma trusted Niels. It is never her fault that he forwarded the photo.
s3_wet = And Emma is 15. By law, a nude photo of someone under 18 counts as child pornography. Forwarding it can be a crime, even if you are under 18 yourself.
s3_wet_2 = With Sophie and Rayan, the photo stayed between the two of them. With Emma, it didn't. That's the difference.

## Situation 4: Noa and Daniël

s4_intro = Situation 4. Noa is 13. She is chatting with Daniël. He is 17.
s4_a = you're really pretty. way more grown-up than other 13 year old girls
s4_b = will you send me a nude? then i'll buy you that hoodie you wanted. our little secret 🤫
s4_c = erm. i don't know...

s4_oordeel = Daniël asks Noa for a nude photo. Which flag do you give?
    .explanation = Red. Daniël is much older than Noa. He promises her a hoodie. That way he tries to buy a yes. He wants it kept secret. And Noa doesn't say yes. Does he threaten her if she says no? Then it becomes black.
    .starter = In Daniël's messages, what shows you that he is putting on pressure?

s4_ruben = but noa isn't saying no, is she?

keuze_4 = What do you say to Koen?
    .geen_nee = Not saying no doesn't mean yes.
    .klopt = True. Then it's up to her.
    .hulp = The best thing Noa can do is tell an adult.

s4_geen_nee = not saying no doesn't mean yes. she says: i don't know
s4_klopt = true. then it's up to her
s4_klopt_2 = he's 17 and she's 13. and he's promising her a hoodie. is that a free choice?
s4_hulp = noa isn't doing anything wrong. it's good if she tells an adult
s4_ricardo = Daniël is crossing the line, not Noa. Noa can block him. She can also tell her parents, her mentor or the Kindertelefoon.
s4_wet = What Daniël is doing can be a crime. Since 2024, sexually harassing someone online can be a crime.
s4_wet_2 = And what if Noa does send a nude? Then Daniël has child pornography on his phone. Even at 17, that can be a crime.

## Situation 5: Thijs and Lisa

s5_intro = Situation 5. Thijs is 15. He got to know a girl online: Lisa. He sent her a nude video of himself.
s5_a = i still have your video. pay 100 euros. or all your friends get it
s5_b = no! please stop. delete it
s5_c = you have until 8 tonight ⏰ or i'll send it to your mum too
s5_d = i don't have any money. leave me alone!

s5_oordeel = Lisa threatens to share Thijs's video. Which flag do you give?
    .explanation = Black. Lisa makes threats and wants money. That way she forces Thijs. He keeps saying no, but she goes on. It is not Thijs's fault.
    .starter = What would you tell Thijs if he were your friend? What makes it so hard for him to tell someone?

s5_ruben = what should thijs do? just pay, right. then it's over

keuze_5 = What advice do you give Thijs?
    .betalen = Pay. Then it will probably stop.
    .hulp = Take screenshots, block her and get help.
    .stil = Delete the chat and say nothing. Maybe she'll stop by herself.

s5_betalen = just pay. then it'll probably stop
s5_betalen_2 = and what if she wants more after that? then she knows he pays
s5_hulp = don't pay. take screenshots first, then block her. and tell someone
s5_stil = delete the chat and say nothing. maybe she'll stop by herself
s5_stil_2 = then his evidence is gone. and he's left alone with it
s5_ricardo = Here is the advice, in this order. First take screenshots of the chat. Then block.
s5_ricardo_2 = Don't pay. Don't send anything else. And don't delete the chat: it's your evidence.
s5_ricardo_3 = Tell someone you trust. And report it. People who make threats count on you feeling ashamed and keeping quiet.
s5_nep = wait. is lisa even really lisa? 👀
s5_nep_2 = Good question, Fatima. Fake profiles exist. "Lisa" could be someone else, even a man. The advice stays the same.
s5_wet = Threatening someone with a nude video to get money is a crime. Thijs can report it to the police.

## Situation 6: Tim

s6_intro = Last situation. Tim is 14. He posts a photo on his public profile. He is standing in front of the mirror with his shirt off.
s6_a = new pic 💪
s6_b = tim?? your profile is public you know. everyone can see this 😬
s6_c = Under the photo there are also comments from people Tim doesn't know.

s6_oordeel = Tim posts a photo with his shirt off on his public profile. Which flag do you give?
    .explanation = Yellow. Tim isn't hurting anyone else. He isn't naked. But anyone can see the photo and save it. Strangers too. Does Tim know the risks? If someone misuses the photo, that is never Tim's fault.
    .starter = What do you think about before you post a photo of yourself online?

s6_wet = One more thing. Are you under 18? Then posting a nude photo of yourself online can be a crime. Even if it's your own photo.

## Closing

ruben_overtuigd = ok you've convinced me. sending isn't the problem if you both want it. the problem is forwarding, pushing and threatening
ruben_twijfelt = i don't know. if you don't send anything, nothing happens
amira_eind = koen, the fault lies with whoever forwards, pushes or threatens. not with whoever sent something
afsluiting = Great work, jury! That was all six situations.

## Thinking it over

vragen = Now two more questions about you. Your Halt worker reads all your answers from this game. There are no wrong answers. You will talk about them together.

zeker = Imagine a friend says about a forwarded nude: "she wanted it herself". How sure are you that you would say what you think?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = { $meegegaan ->
            [true] As Liam, you sometimes went along with Koen. What made going along easier than speaking up at that moment?
           *[false] { $sterk ->
                [0] What would you need to speak up to a friend like Koen?
               *[other] As Liam, you disagreed with Koen { $sterk ->
                    [1] once
                   *[other] { $sterk } times
                }. What helped you do that? And what makes it harder with your own friends?
            }
        }

eigen = Which situation from the jury is most like what happened to you? Which flag fits it? Write about it if you like.
    .hint = You don't need names. You can also skip this.
    .starter = Which situation was like yours? What is the same, and what is different?

## Ending

einde_stem = Forwarding without asking is always over the line. { $meegegaan ->
        [true] Sometimes you went along with Koen. But often you said out loud what was wrong.
       *[false] You said that out loud, and the jury listened.
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
