# The game's own texts. Scenario texts are in <scenario-id>.ftl.

text-missing = (This text is missing. You can just carry on.)
switch-title = Now you are { $name }


## The game

game-title = Respect online
game-subtitle = The game
back = Back
language-nl = Dutch
language-en = English

## Start

start-welcome-back = Good to see you again, { $name }.
start-continue = Continue
start-new = Start over
start-begin = Begin
start-settings = Settings
start-worker = For Halt workers
start-over-title = Start over?
start-over-text = You then start with a new name. Your old answers do not disappear. They are kept in a separate folder.
start-over-yes = Yes, start over
start-over-no = No, go back

## First time

welcome-title = How it works
welcome-what = You play short stories about contact online. Sometimes you choose what you do. Sometimes you stop and think.
welcome-reader = Your Halt worker reads your answers. You talk about them together in your next meeting.
welcome-no-wrong = There are no wrong answers to the thinking questions. Write what you think.
welcome-no-names = Do not write the real name of the other person. Not of anyone from your own story either.
welcome-saved = Your progress is saved all the time. You can always stop and carry on later.
welcome-name = What is your name?
welcome-name-hint = Only your first name. Or a nickname.
welcome-name-placeholder = First name
welcome-start = Let's start
welcome-code = Did your Halt worker give you a code? Type it here. No code? Then leave this empty.
welcome-code-placeholder = For example 2AB4-C6D8-E

## Notices

notice-ok = OK
notice-no-saving = Your progress cannot be saved right now. You can still play.
notice-save-failed = Saving did not work just now. The game tries again at the next step.
notice-record-damaged = Part of your progress in this story could not be read. You go on from the last point that is fine. Tell your worker.
notice-content-changed = This story changed since you last played. You continue at the last point that still fits.
notice-scenario-broken = This story cannot start right now. Choose another story.
notice-restored = A file with your progress was damaged. We put back the previous version.
notice-lost = A file with your progress was damaged. It was kept aside. Tell your Halt worker.

## Overview

overview-stop = Stop
overview-hello = Hi { $name }!
overview-intro = Choose a story. You can always stop and carry on later.
overview-continue = Continue with: { $title }
overview-empty = There are no stories yet.
overview-assigned = For you
overview-minutes = about { $minutes } minutes
overview-start = Start
overview-resume = Continue
status-new = New
status-busy = Started
status-done = Done ✔

## Playing

play-menu = Menu
play-pause = Pause
play-save-stop = Save and stop
play-paused = Paused
play-paused-text = Your progress is saved. Take your time.
play-resume = Continue playing
play-next = Next
play-skip-hint = Click or press space to read it now.
play-choice-hint = Click an answer, or press 1, 2, 3 or 4.
play-thinks = You think:
play-you-chose = You chose:
play-typing = { $name } is typing
attachment-photo = Photo
attachment-video = Video
attachment-screenshot = Screenshot
attachment-link = Link

## Thinking

reflect-title = Stop and think
reflect-reader = Your Halt worker reads this. There are no wrong answers.
reflect-hint = Write your answer here.
reflect-done = Done
reflect-skip = Rather not
reflect-other = Or say it in your own words:
reflect-pick-flag = Which flag do you give?
reflect-pick-criteria = Which points are not OK? Choose as many as you like.
reflect-nudge = Your answer is still short. Do you want to add something? You don't have to.
reflect-nudge-more = I'll write some more
reflect-nudge-fine = This is fine

feedback-flag-same = You chose the same flag.
feedback-flag-other = You chose a different flag. Have a look at the explanation.
feedback-yours = You
feedback-reference = Explanation
feedback-flag = Flag
feedback-violated = not OK
feedback-ok = fine
feedback-right = Right!
feedback-wrong = The right answer is:

## Ending

ending-label = End of the story
ending-your-choices = What you chose:
ending-help = Where you can get help
ending-take-with-you = What do you take with you from this story?
ending-done = Done
ending-question = Do you want to ask your Halt worker something? You can. You don't have to.
ending-question-hint = Your question (you can leave this empty)

## Settings

settings-title = Settings
settings-text-size = Text size
settings-contrast = High contrast (black and white)
settings-font = Easy-to-read letters
settings-font-sample = Andika: letters that are easy to tell apart.
settings-speed = How fast do messages come?
settings-speed-slow = Slow
settings-speed-normal = Normal
settings-speed-fast = Fast
settings-speed-instant = At once
settings-saved = Your settings are saved right away.

## For Halt workers

worker-title = For Halt workers
worker-intro = Pick the stories that fit the case. You get a code. The young person types the code at the start, or later under "Code from your Halt worker".
worker-case = Case code (letters, digits and -, at most 12)
worker-scenarios = Stories, in the order the young person plays them
worker-make-code = Make the code
worker-code = Code for the young person:
worker-code-read = Read the code out or write it down. A typo is noticed. Capitals or small letters do not matter.
worker-pick = Pick at least one story.
worker-bad-case = A case code has at most 12 letters, digits or dashes.
worker-report = Make this player's report
worker-data-dir = The answers stay on this computer only, in:

## Code from the worker

start-code = Code from your Halt worker
code-title = Code from your Halt worker
code-text = Type the code your Halt worker gave you. Capitals or small letters do not matter.
code-use = Use this code
code-ok = Done! The stories from your Halt worker are at the top.
code-empty = Type the code first.
code-typo = This code is not right. Look again carefully. Or ask your Halt worker for the code.
code-other-version = This code belongs to another version of the game. Ask your Halt worker for help.

## Report in the game

overview-report = Make my report
overview-report-text = Done playing? Make your report. Your Halt worker reads it before your meeting.
report-written = Your report is ready. It is here:
report-all-done = You played all the stories from your Halt worker. Well done! Your report is below.
report-open-folder = Open the folder
report-open-failed = The folder could not be opened. You can find the report at the place above.
report-failed = The report could not be made. Your answers are saved.

## The report (for the worker)

report-title = Respect online report
report-case = Case code
report-name = Name
report-code = Assignment code
report-played = Played
report-not-played = Not played yet.
report-nothing = Nothing has been played yet.
report-active = Active time
report-active-note = (pauses not counted)
report-version = Program version
report-content = content
report-generated = Made on
report-minutes = { $minutes } min
report-overview = Overview
report-assigned = Assigned stories
report-not-assigned = Also played (not assigned)
report-col-scenario = Story
report-col-status = Status
report-col-time = Time
report-col-ending = Ending
report-col-language = Language
report-status-not-started = Not started
report-status-busy = In progress
report-status-done = Done
report-points = Points to discuss
report-points-none = Nothing stood out. Use the conversation starters with each story.
report-point-question = Question for you
report-point-risky = Risky choice
report-point-flag = Flag far from the explanation
report-point-ruler = Low score
report-point-empty = Empty answer
report-point-short = Very short answer
report-decisions = Choices
report-chosen = chosen
report-risky = risky
report-ending = Ending
report-ending-open = The ending was reached but not closed yet.
report-takeaway = What do you take with you from this story?
report-question = Question for the worker
report-help = Help the young person saw
report-reflections = Reflections
report-empty = (left empty)
report-feelings-other = In their own words:
report-flag = Flag
report-flag-yours = Young person
report-flag-reference = Explanation in the game
report-quiz-right = Right
report-quiz-wrong = Wrong
report-quiz-correct = Right answer
report-apology = Apology letter
report-own-situation = About their own situation
report-skipped = (chose not to say anything here)
report-starter = Conversation starter
report-changed = This story changed since it was played. The texts here may differ a little from what the young person saw. The answers are exactly as written.
report-footer = Made by Respect online — the game, version { $version }, on { $date }, from the answers saved on this computer. Nothing was sent over the internet. Active time: a pause longer than 5 minutes counts as 5 minutes. Dates in UTC. Keep and share this report the way Halt handles personal data, and delete it when it is no longer needed.

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
    .about = Talk to someone about what bothers you. Free and anonymous, for ages 8 to 18. Every day from 11 am to 9 pm.
    .contact = Call 0800-0432 or chat at kindertelefoon.nl
help-politie = Police
    .about = Report a crime.
    .contact = Call 0900-8844
help-emergency-112 = 112
    .about = When there is immediate danger. Day and night.
    .contact = Call 112
help-suicide-113 = 113 Suicide Prevention
    .about = If you think about suicide. You can always talk: day and night, every day. Calling is free.
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
    .about = OK. All six points are fine.
flag-yellow = Yellow flag
    .about = A little over the line. Watch out.
flag-red = Red flag
    .about = Seriously over the line.
flag-black = Black flag
    .about = Very serious. Someone is forced or threatened. Or a no is ignored again and again.

criterion-consent = Consent
    .about = Both want it and say yes. Not saying no is not a yes.
criterion-voluntariness = Free choice
    .about = A free choice. No pressure, no threats, nothing given in return.
criterion-equality = Equal
    .about = No big difference in age, strength or power.
criterion-age-appropriate = Fits the age
    .about = It fits how old you are and how far along you are.
criterion-context-appropriate = Fits the situation
    .about = It fits the place and the people around. Nobody is shocked or hurt.
criterion-self-respect = Self-respect
    .about = You do not harm yourself. You know the risks.
