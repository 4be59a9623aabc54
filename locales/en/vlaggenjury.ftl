# The flag jury — English translation (source: locales/nl/vlaggenjury.ftl).

scenario-title = The flag jury
scenario-summary = You are on a jury. Which flag do you give six situations online?

character-jayden = Jayden
character-ricardo = Ricardo
character-amira = Amira
character-ruben = Ruben
character-fleur = Fleur
character-mo = Mo
character-esra = Esra
character-kofi = Kofi
character-sara = Sara
character-niels = Niels
character-noa = Noa
character-daniel = Daniël
character-thijs = Thijs
character-lisa = Lisa
character-tim = Tim
character-mila = Mila

chat-jury = Flag jury
chat-s1 = Situation 1: Fleur and Mo
chat-s2 = Situation 2: Class 3C
chat-s3 = Situation 3: Sara and Niels
chat-s3b = Situation 3: Niels and Bram
chat-s4 = Situation 4: Noa and Daniël
chat-s5 = Situation 5: Thijs and Lisa
chat-s6 = Situation 6: Tim

## Explanation

begin = You are on the Flag jury at the youth centre. The jury talks in a group chat.
uitleg_1 = Welcome, jury! Today you get six situations. Which flag fits?
uitleg_2 = Green is OK. Yellow is a little over the line. Red is serious. Black is very serious: force, threats or blackmail.
uitleg_3 = Careful: you don't add things up. Does one rule go wrong? Then it is already not green.

## Situation 1: Fleur and Mo

s1_intro = Situation 1. Fleur and Mo are both 16. They have been going out for half a year.
s1_a = Shall we send each other a sexy photo? Only if you want to as well 😊
s1_b = Yes, sounds good. But only for the two of us, OK?

s1_oordeel = Fleur and Mo send each other a sexy photo. Which flag do you give?
    .explanation = Green. Fleur and Mo are the same age. They both want it. Nobody is pushing. They keep the photos to themselves. And they can always stop.
    .starter = Which flag did you give Fleur and Mo? What, for you, is the difference with forwarding a photo?

s1_ruben = Green?? Sending sexy photos is always wrong. I gave red.

keuze_1 = What do you say to Ruben?
    .eens = Ruben is right. It's always wrong.
    .oneens = No. They both want it. Then it's fine.
    .regels = I don't get it yet. What were the rules?

s1_eens = Ruben is right. It's always wrong.
s1_oneens = No, Ruben. They both want it. And they keep it to themselves.
s1_regels = Hang on. What were the rules again?
s1_regels_2 = You check six rules. Do they both want it? Is there no pressure? Are they the same age?
s1_regels_3 = Does it fit their age and the place? Do they know the risks? All yes? Then it's green.
s1_ricardo = Sex should be enjoyable for both. Experimenting is allowed! Forwarding without asking, that's what is wrong.

## Situation 2: Esra and Kofi

s2_intro = Situation 2. Class 3C went swimming. Kofi posts photos of the trip in the class chat.
s2_a = Look, Kofi in his swimming trunks 🔥😏 Who wants his number?
s2_b = Cut it out, Esra. Not funny.
s2_c = OK, sorry! I'll take it down.

s2_oordeel = Esra makes a comment about Kofi in the class chat. Which flag do you give?
    .explanation = Yellow. Kofi did not want this comment. And the whole class can read it. Esra stops as soon as Kofi says so. That is why it is yellow and not red.
    .starter = Which flag did you give Esra? What is it like for Kofi when the whole class reads this?

s2_ruben = Boys like that kind of thing anyway, right?
s2_amira = Kofi said: cut it out. So he didn't like it.

## Situation 3: Sara and Niels

s3_intro = Situation 3. Sara and Niels are 15. They are going out. Sara sends Niels a nude photo.
s3_a = Only for you, OK 🙈
s3_b = Of course. Only for me ❤️
s3_c = Look what Sara sent me 😏

s3_oordeel = Niels forwards Sara's nude photo to Bram. Which flag do you give?
    .explanation = Red. Sara sent the photo only to Niels. She did not agree to him forwarding it. Forwarding without asking is always over the line. Even to one friend.
    .starter = Which flag did you give Niels? What would Sara want to say to him?

s3_ruben = Red? Come on. She wanted it herself, didn't she? She sent it herself.

keuze_3 = Ruben thinks it's Sara's fault. What do you say?
    .eens = Ruben is right. She shouldn't have sent it.
    .oneens = She sent it to Niels. Not to Bram.
    .regels = What does the rule say about forwarding?

s3_eens = Yes. She shouldn't have sent it.
s3_eens_2 = So it's Sara's fault? Niels chose to forward it himself.
s3_oneens = Sara only wanted Niels to have it. Not Bram. That's a big difference.
s3_regels = What does the rule actually say about forwarding?
s3_regels_2 = Forwarding someone else's photo without asking? That is always over the line.
s3_ricardo = Sara trusted Niels. It is never her fault that he forwarded the photo.
s3_wet = And Sara is 15. Forwarding a nude photo of someone under 18 can be a crime. Also when you are under 18 yourself.

## Situation 4: Noa and Daniël

s4_intro = Situation 4. Noa is 13. She is chatting with Daniël. He is 17.
s4_a = You're really pretty. Much more grown-up than other 13-year-old girls.
s4_b = Will you send me a sexy photo? Then you get 20 euros of phone credit. Our little secret 🤫
s4_c = Erm. I don't know...

s4_oordeel = Daniël asks Noa for a sexy photo. Which flag do you give?
    .explanation = Red. Daniël is much older than Noa. He offers money, and that is pressure. He wants it to stay secret. And Noa doesn't say yes. Does he threaten her if she says no? Then it becomes black.
    .starter = Which flag did you give Daniël? What could help Noa?

s4_ruben = But Noa isn't saying no, is she?

keuze_4 = What do you say to Ruben?
    .geen_nee = Not saying no is not saying yes.
    .klopt = True. Then it's up to her.
    .hulp = The best thing for Noa is to tell an adult.

s4_geen_nee = Not saying no is not saying yes. She says: I don't know.
s4_klopt = True. Then it's up to her.
s4_klopt_2 = He's 17 and she's 13. And he's offering money. Is that a free choice?
s4_hulp = Noa isn't doing anything wrong. It's good if she tells an adult about this.
s4_ricardo = Daniël is crossing the line, not Noa. Noa can block him. She can also call the Kindertelefoon.

## Situation 5: Thijs and Lisa

s5_intro = Situation 5. Thijs is 15. He met Lisa online. He sent her a video of himself.
s5_a = I still have your video. Pay 100 euros. Or all your friends get it.
s5_b = No! Please stop. Delete it.
s5_c = You have until 8 tonight ⏰ Or I'll send it to your mum too.
s5_d = I don't have any money. Leave me alone!

s5_oordeel = Lisa threatens to share Thijs's video. Which flag do you give?
    .explanation = Black. Lisa threatens him and wants money. That is blackmail. Thijs keeps saying no, but she goes on. It is not Thijs's fault.
    .starter = Which flag did you give? What would you tell Thijs if he were your friend?

s5_ruben = What should Thijs do? Just pay, right. Then it's over.

keuze_5 = What advice do you give Thijs?
    .betalen = Pay. Then it will probably stop.
    .hulp = Don't pay. Block her, take screenshots and tell someone.
    .stil = Do nothing. Maybe she'll stop by herself.

s5_betalen = Just pay. Then it will probably stop.
s5_betalen_2 = And if she wants more after that? Then she knows he pays.
s5_hulp = Don't pay. Block her. Take screenshots of the chat. And tell someone.
s5_stil = Do nothing. Maybe she'll stop by herself.
s5_stil_2 = Then Thijs is left alone with it. And he stays scared.
s5_ricardo = The advice: don't pay, block her and keep evidence. And talk to someone you trust.
s5_wet = Blackmail with a video is a crime. Thijs can report it to the police.

## Situation 6: Tim

s6_intro = Last situation. Tim is 14. He posts a sexy photo of himself on his public profile.
s6_a = New photo 💪
s6_b = Tim?? Your profile is public, you know. Everyone can see this 😬

s6_oordeel = Tim posts a sexy photo of himself on his public profile. Which flag do you give?
    .explanation = Yellow. Tim isn't hurting anyone else. But anyone can see the photo and save it. Strangers too. Does Tim know the risks? If someone misuses the photo, that is never Tim's fault.
    .starter = Which flag did you give Tim? What would you tell him if he were your friend?

## Closing

ruben_overtuigd = OK, you've convinced me. Sending isn't the problem. Forwarding is.
ruben_twijfelt = I don't know. If you don't send anything, nothing happens.
amira_eind = Ruben, the fault lies with whoever forwards or threatens. Not with whoever sent something.
afsluiting = Well done, jury! Two more questions. They are just for yourself.

## Thinking it over

belang = How important is it to you to check that the other person really wants it?
    .low = Not important
    .high = Very important
    .followup = Why not a lower number?
    .starter = What makes your number not lower? Where do you notice that in your own life?

eigen = Think about what happened in your own case. Which flag fits it? Which rule went wrong?
    .hint = Write a few sentences. You don't have to use names.
    .starter = Which flag did you give your own situation? How did you decide on that flag?

## Ending

einde_stem = Forwarding without asking is always over the line. { $meegegaan ->
        [true] Sometimes you went along with Ruben. But often you said out loud what was wrong.
       *[false] You said that out loud, and the jury listened.
    }
    .title = Your voice counted
einde_twijfel = { $meegegaan ->
        [true] Sometimes you went along with Ruben. But the fault never lies with whoever sent the photo.
       *[false] { $regels ->
            [true] You asked about the rules. That's smart. Now dare to say them out loud too.
           *[false] You didn't often say what you thought. But your explanation can help someone else.
        }
    }
    .title = The jury had doubts
