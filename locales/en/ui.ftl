# The game's own texts. Scenario texts are in <scenario-id>.ftl.

text-missing = (This text is missing. You can just carry on.)
switch-title = Now you are { $name }

## Themes

theme-peer-pressure = Peer pressure
theme-consent = Consent
theme-victim-perspective = The victim's side
theme-shame-sexting = Shame sexting
theme-profile-misuse = Fake profile
theme-sexual-insults = Sexual insults
theme-sextortion = Sextortion
theme-stereotypes = Prejudice
theme-flag-system = The flag system
theme-law = What the law says
theme-help = Asking for help
theme-apology = Saying sorry
theme-parents = Talking with parents

## Help

help-helpwanted = Helpwanted
    .about = Anonymous advice. They also help get photos and videos taken offline.
    .contact = helpwanted.nl
help-meldknop = Meldknop
    .about = Find out where to go with problems online.
    .contact = meldknop.nl
help-offlimits = Offlimits
    .about = Help with sexual abuse online and images that are shared.
    .contact = offlimits.nl
help-kindertelefoon = De Kindertelefoon
    .about = Talk to someone about what bothers you. Free and anonymous, for ages 8 to 18.
    .contact = Call 0800-0432 or chat at kindertelefoon.nl
help-politie = Police
    .about = Report a crime.
    .contact = Call 0900-8844
help-emergency-112 = 112
    .about = When there is immediate danger.
    .contact = Call 112
help-suicide-113 = 113 Suicide Prevention
    .about = If you think about suicide. You can always talk.
    .contact = Call 0800-0113 or chat at 113.nl
help-fier = Fier
    .about = Help with violence in relationships and honour-related violence.
    .contact = Chat at fier.nl
help-mentor = Your mentor
    .about = Or another adult you trust, at home or at school.
    .contact = Ask if you can talk for a moment.

## Feelings

feeling-ashamed = ashamed
feeling-angry = angry
feeling-scared = scared
feeling-sad = sad
feeling-lonely = lonely
feeling-powerless = powerless
feeling-guilty = guilty
feeling-regret = regret
feeling-hurt = hurt
feeling-unsure = unsure
feeling-confused = confused
feeling-relieved = relieved
feeling-proud = proud
feeling-calm = calm
feeling-indifferent = I don't care

## The flag system

flag-green = Green flag
    .about = OK. Everything is agreed.
flag-yellow = Yellow flag
    .about = A little over the line. Watch out.
flag-red = Red flag
    .about = Seriously over the line.
flag-black = Black flag
    .about = Very serious. There is force, threat or blackmail.

criterion-consent = Consent
    .about = Both want it and say yes. Not saying no is not a yes.
criterion-voluntariness = Free choice
    .about = A free choice. No pressure, no bribes, no threats.
criterion-equality = Equal
    .about = Nobody is older, stronger or more powerful than the other.
criterion-age-appropriate = Fits the age
    .about = It fits how old you are and how far along you are.
criterion-context-appropriate = Fits the situation
    .about = It fits the place and the people around. Nobody is shocked or hurt.
criterion-self-respect = Self-respect
    .about = You do not harm yourself. You know the risks.
