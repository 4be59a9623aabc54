# The fake photo — English translation (source: locales/nl/nepfoto.ftl).
# Blootr is an invented name. What the app makes is never described.

scenario-title = The fake photo
scenario-summary = In the boys' group chat, someone posts a link to an app that makes fake nudes.

character-jens = Jens
character-lieke = Lieke
character-youri = Youri
character-mats = Mats
character-omar = Omar
character-hanna = Hanna
character-devries = Mr De Vries

chat-boys = boys 3C 💀
chat-dm_omar = Omar
chat-klas = Class 3C
chat-dm_devries = Mr De Vries
chat-dm_lieke = Lieke
chat-dm_hanna = Hanna
chat-van_jens = Jens

## Thursday evening: Jens

begin = It is Thursday evening. Your phone buzzes. It's the boys 3C group.
link = yo check out this app 💀
link_2 = you put in a photo and it turns it into nudes 😭
link_wat = The link goes to Blootr. It is an undress app. It turns an ordinary photo into a fake nude.

keuze_link = What do you do?
    .openen = I open the link.
    .lachen = I send 💀 back.
    .ziek = I write: this is sick.

open_1 = The site says Blootr at the top. Below it is a big button: Choose a photo.
lach_1 = 💀💀
lach_2 = jens gets it 😭
ziek_1 = bro this is actually sick
ziek_2 = relax jens 😭 it's just an app

wie_eerst = ok but who's first 👀
youri_lieke = lieke 😂 from the class trip
foto_wat = It is an ordinary photo. Lieke is laughing, next to Hanna on the bus. She sits next to you in maths.
druk_1 = { $opgekomen ->
        [true] jens you're so serious. show us you're chill
       *[false] { $gelachen ->
            [true] jens you get it. you do it 😂
           *[false] jens you sit next to her. you do it 😂
        }
    }
omar_1 = bro idk about this 😬
youri_nep = omar it's FAKE 🙄 nobody will notice
twijfel_maken = It's fake. So is it really that bad?

keuze_maken = Everyone is waiting for you. What do you do?
    .maken = I put Lieke's photo into the app.
    .nee = I say no.
    .smoes = I make up an excuse.

maken_1 = { $link_open ->
        [true] You tap Choose a photo.
       *[false] You open the link.
    } You pick Lieke's photo. Ten seconds later it's done.
maken_2 = This isn't Lieke. But anyone who sees it will think it is.

keuze_sturen = The group is waiting. What do you do with the fake photo?
    .sturen = I send it to the group.
    .wissen = I delete it straight away.
    .bewaren = I don't send it, but I leave it on my phone.

sturen_1 = here 💀
wissen_1 = You delete the photo. You check that it's really gone.
bewaren_1 = I'm not sending it. So it's not that bad, is it?
youri_wacht = forget it jens 🙄 i'll do it myself

nee_1 = nah man i'm not doing this
nee_2 = fine 🙄 i'll do it myself then
nee_omar = respect bro 🙏 i didn't dare say anything
smoes_1 = my battery's nearly dead, bye
smoes_2 = whatever 🙄 i'll do it myself then
smoes_3 = I didn't say no. But I didn't do it either. Is that enough?

youri_maakt = look 😭😭
youri_maakt_2 = Youri made it himself. Now the fake photo is in the group.
mats_klas = NOOO 💀 the whole class has to see this

## Friday morning: Jens

vrijdag = Friday, seven o'clock. Mats has put the fake photo in the class chat. { $gedeeld ->
        [true] It's your photo.
       *[false] Youri's one.
    }
klas_mats = so lieke sends nudes 👀
klas_hanna = that's FAKE mats 😡 who does something like this??
twijfel_rond = { $gedeeld ->
        [true] It's my photo going round. What if they find out?
       *[false] { $gemaakt ->
            [true] I made one too. What if they find out?
           *[false] Hanna says it's fake. But who believes her?
        }
    }

keuze_rond = The photo is going round the whole school. What do you do?
    .stil = I say nothing.
    .klas = I write in the class chat: it's fake.
    .mentor = I send Mr De Vries a message.

stil_1 = { $gemaakt ->
        [true] If I say something, they'll know I was part of it.
       *[false] If I say something, they'll know it came from our group.
    }
klas_1 = it's fake. made with an app. don't forward it and delete it pls
klas_2 = wow jens 🙄
klas_3 = thanks jens 🙏 finally someone
mentor_1 = Sir, a fake photo of Lieke is going round. { $gedeeld ->
        [true] I made it myself. I want to be honest about that.
       *[false] { $gemaakt ->
            [true] I made one too. I want to be honest about that.
           *[false] It comes from a group of boys in our class.
        }
    }
mentor_2 = Thank you, Jens. I'll wait for Lieke at school. Come to my classroom at half past eight.

keuze_bericht = Do you send Lieke a message?
    .steun = Yes. I write that I believe her.
    .sorry = Yes. I send her a sorry message.
    .sorry_mentor = No. I ask Mr De Vries how I can say sorry.
    .niks = No. I don't send anything.

steun_1 = hi lieke. i know that photo is fake. it's not your fault
sorry_1 = { $gedeeld ->
        [true] lieke sorry. i made that photo. that was really wrong of me
       *[false] lieke sorry. i made a photo like that too. that was really wrong of me
    }
sorry_mentor_1 = Lieke won't want to hear from me right now. I'll ask Mr De Vries how to do it right.

## Friday: Lieke

wissel_lieke = Friday, quarter past seven. Lieke picks up her phone.
hanna_1 = lieke?? there's a fake photo of you going round 😳
hanna_2 = { $gedeeld ->
        [true] they're saying jens made it
       *[false] they're saying youri made it
    }
hanna_3 = i know it's not you ❤️ i'm coming to get you
lieke_klas = You open the class chat. You see your own face, from the class trip photo. Under it, it says: "so lieke sends nudes 👀"
lieke_schaamte = This isn't me. So why do I feel so ashamed?
lieke_sorry = { sorry_1 }
lieke_sorry_2 = { $gedeeld ->
        [true] Jens made this.
       *[false] Jens made one too?
    } And now he's texting me as well? I don't want to hear from him.
lieke_steun = { steun_1 }
lieke_steun_2 = Jens believes me. That helps a little.
lieke_school = At school, people look at their phones. And then at you.
lieke_geloven = { $rechtgezet ->
        [true] Hanna and Jens wrote that it's fake. Still, a girl from 3A asks: "Is it real?"
       *[false] In the class chat, only Hanna says it's fake. A boy from an older year shouts something. His friends laugh.
    }
lieke_mentor_snel = Mr De Vries is waiting for you at the door. Someone has already told him.
lieke_hanna_mee = At break, Hanna says: "We're going to Mr De Vries. I'm coming with you."
devries_1 = Mr De Vries says: "You have nothing to be ashamed of, Lieke. A photo from the class trip is just a photo."
devries_2 = "Making or sharing a fake photo like this can be a crime. I'll talk to the boys. Helpwanted will help us get the photo taken offline."
devries_3 = "Do you want to tell them at home yourself first? Then I'll call your mum."
thuis_1 = In the evening, you tell Mum. You speak very quietly. "It's fake, Mum. Honestly."
thuis_2 = Mum takes your hand. "I believe you. This is not your fault."
thuis_3 = Do I have to take down all my photos now?
thuis_4 = Mum shakes her head. "An ordinary photo is not wrong. Whoever made this did wrong."

lieke_gevoel = You are Lieke. Lots of people think the photo is real. How do you feel? Choose what fits.
    .starter = People thought the photo was real. Which feeling do you think is the hardest for Lieke? What would you want to say to those people?

## Monday: Jens again

wissel_jens = Monday. In maths, Lieke doesn't sit next to you any more.
jens_klas = Mr De Vries tells the class: "Fake or not: making or sharing a photo like that can be a crime. Is it on your phone? Get rid of it."
jens_gemaakt = { $gemeld ->
        [true] After the lesson, Mr De Vries takes you aside. "You came and told me yourself. That's good," he says. "But you did make that photo."
       *[false] { $gedeeld ->
            [true] After the lesson, Mr De Vries takes you aside. "I've seen your group," he says. "The photo that went round came from you."
           *[false] { $sorry_dm ->
                [true] After the lesson, Mr De Vries takes you aside. "Lieke showed me your message," he says. "You made a photo like that of her too."
               *[false] After the lesson, you go to Mr De Vries. You tell him that you made a photo like that of Lieke too.
            }
        }
    }
jens_gemaakt_2 = He says: "The school is asking the community police officer for advice. Your parents need to know about this. Will you tell them tonight? I'll call them tomorrow."
jens_sorry_dm = "Your message scared Lieke," he says. "Don't send her anything else. Sorry can come later, through the school. If Lieke wants it."
jens_sorry_mentor = You ask how you can say sorry. "That can come later, through the school," he says. "Lieke decides if she wants that."
jens_bewaard = My fake photo is still on my phone. I'll delete it now.
jens_geheim = Youri and Mats have to go and see Mr De Vries. Nobody knows I made one too.
jens_dank = After the lesson, Mr De Vries says quietly: "Thank you, Jens. Because of you, we could help Lieke quickly."
jens_stil = Youri and Mats have to go and see Mr De Vries. I was in that group too. { $rechtgezet ->
        [true] I wrote that it was fake. But I didn't tell an adult.
       *[false] { $steun ->
            [true] I texted Lieke that I believe her. But I didn't tell an adult.
           *[false] I didn't tell anyone anything.
        }
    }

## Thinking it over

vragen = Here are a few questions. Your Halt worker reads your answers. Then you talk about them together. What you think is never wrong.

oordeel = { $gemaakt ->
        [true] Jens
       *[false] Youri
    } put an ordinary photo of Lieke into an undress app. That's how he made a fake nude of her. Imagine: nobody has seen it yet. Which flag do you give?
    .explanation = Red. Lieke never said yes. The photo can hurt her badly, even if it's fake. And a group of boys against one girl is not equal.
    .starter = { $gemaakt ->
        [true] Which flag did you give? As Jens, you made a photo like that. How do you look at that now?
       *[false] Which flag did you give Youri, and why that one? What changes once the photo starts going round?
    }

wet = Youri said: "It's fake. So it doesn't matter." Is that right?
    .maken_mag = Half. Only forwarding is a crime, making it is fine.
    .nee = No. Making it can be a crime too.
    .klopt = Yes. Fake is not a real nude.
    .explanation = No. Does a fake nude look real? Then by law it counts as a nude. Just making it can be a crime. Sharing it too. Also when you are under 18 yourself.
    .starter = What do you think about the fact that just making it can be a crime? What would you say to Youri now?

zeker = Imagine: your friends want you to use an app like that. How sure are you that you can say no?
    .low = Not sure at all
    .high = Very sure
    .followup = Why not a lower number?
    .starter = What or who helps you say no in a group? What would help you go up one point?

eigen_situatie = Is there anything in this story you know from your own life? Write about it if you want to. You don't need names.
    .hint = You can also skip this.
    .starter = What did you recognise from your own situation? What was different for you than for Jens?

## Ending

einde_gemaakt = Fake or not: for Lieke it felt real. { $gemeld ->
        [true] You told an adult yourself what you did. So Lieke got help sooner.
       *[false] { $sorry_mentor ->
            [true] You told your mentor yourself. Whether Lieke wants an apology is up to her.
           *[false] You can still be honest about what you did.
        }
    }
    .title = You made the fake photo
einde_hulp = { $gemeld ->
        [true] Because of you, Mr De Vries could help Lieke quickly.
       *[false] { $rechtgezet ->
            [true] You said out loud that the photo was fake. That helped Lieke.
           *[false] You let Lieke know you believe her. That helped her a little.
        }
    }
    .title = You stood by Lieke
einde_stil = { $geweigerd ->
        [true] You said no to the group. But when the photo went round, Lieke heard nothing from you.
       *[false] You didn't make the photo. But when it went round, you didn't tell anyone.
    }
    .title = You stayed silent
