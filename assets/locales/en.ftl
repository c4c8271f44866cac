# Heartpath: every word a person reads, in English.
# Keep sentences short and plain: a host test fails any step above reading grade 6.
# Step texts may choose words by the patient's setup:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon, $urgency = planned | emergency.

app-name = Heartpath
app-tagline = Coronary angioplasty (PCI), step by step

## The journey

step-heart-title = Your heart and its arteries
step-heart-text = { $urgency ->
        [emergency] Your heart is a strong muscle that needs its own blood. Small tubes called coronary arteries bring blood to it. In a heart attack, one of them gets fully blocked, so the team works fast to open it again.
       *[planned] Your heart is a strong muscle that needs its own blood. Small tubes called coronary arteries bring blood to it. In one of them, a fatty build-up called plaque has made it narrow. Less blood gets through, which can cause chest pain (called angina) or make you short of breath.
    }

step-ready-title = Getting ready
step-ready-text = You go to a room called the cath lab. You stay awake, and you may be given medicine to help you relax. The team numbs the skin on your { $access ->
        [groin] groin
       *[wrist] wrist
    } with a small needle. Then they put a short, thin tube called a sheath into the artery there.

step-ready-note = From start to end, it most often takes 30 minutes to 2 hours.

step-travel-title = The tube travels to your heart
step-travel-text = A long, soft, thin tube called a catheter goes in through the sheath. The doctor guides it { $access ->
        [groin] up through your body
       *[wrist] up your arm
    } to your heart, watching on an X-ray screen. You will not feel it move inside you.

step-pictures-title = Pictures of your arteries
step-pictures-text = The doctor puts a dye into the catheter. The dye shows up on X-ray pictures, called an angiogram. You may feel warm for a short time, and that is normal. The pictures show where the artery is { $urgency ->
        [emergency] blocked.
       *[planned] narrow.
    }

step-pictures-note = { $urgency ->
        [emergency] The team may also use other tools to help your heart pump or keep a steady beat.
       *[planned] { $treatment ->
            [angiogram] Sometimes the doctor goes on to treat a narrow part at once, while the tube is in place. Ask your team if this may happen to you.
           *[other] If you came just for pictures, the doctor may go on to treat the narrow part. The tube is in place, so it can be done at once.
        }
    }

step-wire-title = { $urgency ->
        [emergency] A thin wire crosses the blockage
       *[planned] A thin wire crosses the narrow part
    }
step-wire-text = Next, a very thin wire goes down the catheter. The doctor gently steers it through the { $urgency ->
        [emergency] blocked
       *[planned] narrow
    } part and past it. The wire is a guide for what comes next.

step-balloon-title = A balloon widens the artery
step-balloon-text = { $urgency ->
        [emergency] A tiny balloon slides along the wire to the blocked part. The doctor fills it so it gets bigger, and it presses the blockage flat against the artery wall. Then the balloon is made small again and taken out.
       *[planned] A tiny balloon slides along the wire to the narrow part. The doctor fills it so it gets bigger, and it presses the plaque flat against the artery wall. Then the balloon is made small again and taken out.
    }
step-balloon-safety = You may feel chest pain for a short time. Tell the team at once.

step-balloon-note = Some people have more than one narrow part, and more than one may be treated.

step-stent-title = A stent keeps it open
step-stent-text = A stent is a small tube made of metal mesh. It sits folded on a balloon. When the balloon is filled, the stent opens and presses into the artery wall. The balloon is made small and taken out, but the stent stays to hold the artery open.


step-flow-title = Blood flows freely again
step-flow-text = Blood can now flow freely to your heart. The doctor takes a last look with X-ray pictures. Then the wire and the tubes come out{ $access ->
        [groin] . The team presses on your groin or uses a small plug, and you lie flat for a few hours.
       *[wrist] , and a tight band goes on your wrist to stop bleeding. The team loosens it bit by bit over about 2 hours.
    }

step-results-title = What the pictures show
step-results-text = The doctor takes out the tubes{ $access ->
        [groin] , and the team presses on your groin or uses a small plug to stop bleeding.
       *[wrist] , and a tight band goes on your wrist to stop bleeding.
    } Then your team talks with you about what the pictures showed. They tell you the choices and why. These may be medicines, a balloon and stent, or heart bypass surgery.

step-after-title = After your procedure
step-after-text = { $urgency ->
        [emergency] After a heart attack, you stay longer. Most people stay in hospital for 2 or 3 days.
       *[planned] Most people go home the same day or the next day.
    } { $treatment ->
        [angiogram] Your team will tell you if you need any new medicines, and what comes next.
        [stent] You will take medicines that stop blood clots forming on the stent. Take them just as your team tells you.
       *[balloon] You will take medicines that stop blood clots forming. Take them just as your team tells you.
    }
step-after-safety = { $treatment ->
        [angiogram] Never stop a medicine without asking your team.
       *[other] Never stop these medicines without asking your heart doctor.
    } If the spot bleeds at home, press hard on it. Then call { $emergency }.

## Said once, on the first step, at every screen size
note-lead = Good to know:
procedure-name = { $treatment ->
        [angiogram] This guide shows you a coronary angiogram. It is a set of X-ray pictures of your heart and its arteries.
        [balloon] This guide shows you coronary angioplasty. You may also hear it called PCI for short.
       *[stent] This guide shows you coronary angioplasty. You may also hear it called PCI, or having a stent put in.
    }

## The main points, at the end of the journey
main-points-title = The main points
main-point-what = A thin tube goes to your heart. { $treatment ->
        [angiogram] A dye shows your arteries on X-ray pictures, and your team talks with you about them.
        [stent] A tiny balloon and a stent open the { $urgency ->
                [emergency] blocked
               *[planned] narrow
            } artery.
       *[balloon] A tiny balloon opens the { $urgency ->
                [emergency] blocked
               *[planned] narrow
            } artery.
    }
main-point-feel = { $treatment ->
        [angiogram] You stay awake. You may feel warm for a short time when the dye goes in.
       *[other] You stay awake. You may feel chest pain for a short time, so tell the team.
    }
main-point-medicines = Take your medicines every day. Never stop them unless your team says so.
main-point-help = At home: if the spot bleeds, press hard on it and call { $emergency }. If chest pain does not go away with rest, call { $emergency }.

app-failed = Sorry, something went wrong. Please reload the page. If it happens again, ask your heart team for a printed leaflet.

## Always said
ask-team = Questions? Ask your heart team. They know your own case.

## Words on the picture
label-heart = Heart
label-artery = { $artery ->
        [circumflex] Side artery
        [rca] Right artery
       *[lad] Front artery
    }
label-plaque = Plaque
label-blockage = Blockage
label-site = { $access ->
        [groin] Groin
       *[wrist] Wrist
    }
label-numbing = Numbing medicine
label-sheath = Sheath
label-catheter = Catheter
label-aorta = Main artery
label-dye = Dye
label-narrowing = { $urgency ->
        [emergency] Blockage
       *[planned] Narrowing
    }
label-wire = Wire
label-balloon = Balloon
label-stent = Stent
label-blood-flow = Blood flow
label-band = { $access ->
        [groin] Pressure pad
       *[wrist] Wrist band
    }
label-medicines = Medicines
label-home = Home

## "Your procedure": setting up this patient's own procedure
setup-open = Your procedure
setup-title = Your procedure
setup-intro = Choose what your team plans for you. The pictures and words change to match.
sheet-done = Done
setup-access = Where the tube goes in
choice-access-wrist = Wrist
choice-access-groin = Groin (top of the leg)
setup-artery = Which artery is narrow
choice-artery-lad = Front of the heart (LAD)
choice-artery-circumflex = Left side (circumflex)
choice-artery-rca = Right side (RCA)
setup-treatment = What is done
choice-treatment-stent = Balloon and stent
choice-treatment-balloon = Balloon only
choice-treatment-angiogram = Pictures only (angiogram)
setup-urgency = When
choice-urgency-planned = Planned
choice-urgency-emergency = Emergency (heart attack)

## "Give to patient": the link back to this explainer, to take home
handover-open = Give to patient
handover-title = Give to patient
handover-intro = Scan the code with a phone camera, or copy the link, to watch this again at home.
handover-qr = A code to scan with a phone camera. It opens the same link as below.
handover-link = The link
handover-copy = Copy the link
handover-copied = Copied
handover-share = Share
handover-print = Print a handout
handover-private = The link holds only the choices for your procedure and the step. It holds nothing about you.

## Presentation mode
present-tools = Presentation
present-start = Present
present-hide-words = Hide words
present-show-words = Show words
present-larger = Larger words
present-stop = Stop presenting

## Point and draw over the picture
ink-tools = Drawing tools
ink-pen = Draw
ink-laser = Point
ink-colour-purple = Purple pen
ink-colour-green = Green pen
ink-colour-orange = Orange pen
ink-undo = Undo
ink-clear = Clear

language-label = Language

## Controls
panel-more = More below
control-previous = Previous step
control-next = Next step
control-play = Play
control-pause = Pause
control-replay = Play this step again
control-step-of = Step { $number } of { $total }
control-go-to = Go to step { $number }: { $title }
control-scrub = Time in this step
control-speed = Speed
control-speed-slow = Slower
control-speed-normal = Normal
control-speed-fast = Faster
control-auto = Play all
control-steps = Steps

## Notes
link-unknown = We could not find that part of the guide, so we have started at the beginning.
link-close = Close this note

## A newer version of the guide, installed beside the running one
update-ready = There is a new version of this guide. Nothing changes until you choose.
update-reload = Use the new version
update-later = Later

## The picture, for screen readers: its name, and what it shows in each step.
stage-label = Picture: { $title }
step-heart-shows = The heart and its arteries. A ring marks the spot, and a round close-up shows { $urgency ->
        [emergency] a clot blocking the artery.
       *[planned] fatty build-up narrowing the artery.
    }
step-ready-shows = The { $access ->
        [groin] top of the leg
       *[wrist] wrist
    }. A small needle numbs the skin, then a short tube goes into the artery.
step-travel-shows = The whole body. A thin tube goes from the { $access ->
        [groin] top of the leg
       *[wrist] wrist
    } up to the heart.
step-pictures-shows = An X-ray picture of the heart. Dye fills the arteries and shows the { $urgency ->
        [emergency] blocked spot.
       *[planned] narrowed spot.
    }
step-wire-shows = A view inside the artery. A fine wire goes across the { $urgency ->
        [emergency] blocked spot.
       *[planned] narrowed spot.
    }
step-balloon-shows = Inside the artery. A balloon opens in the { $urgency ->
        [emergency] blocked spot and presses the clot and build-up into the wall.
       *[planned] narrowed spot and presses the build-up into the wall.
    }
step-stent-shows = Inside the artery. A stent opens on a balloon. The balloon goes, and the stent stays.
step-flow-shows = Blood flows through the wide artery again. Then the tubes come out, and { $access ->
        [groin] a pad presses on the top of the leg.
       *[wrist] a band goes on the wrist.
    }
step-results-shows = The X-ray look fades. The tubes come out, and { $access ->
        [groin] a pad presses on the top of the leg.
       *[wrist] a band goes on the wrist.
    }
step-after-shows = The whole body, with the treated spot marked. Medicines and a house stand for going home.
## Said once when the step changes (screen readers).
step-announce = Step { $number } of { $total }: { $title }

## Reading aloud, and how the page looks
voice-toggle = Read aloud
voice-no-speech = This browser cannot read the words aloud. You can still read them here.
voice-no-voice = This device has no voice for this language. You can still read the words here.
display-open = Display
display-title = Text, colours and motion
display-text-size = Text size
display-text-normal = Normal
display-text-large = Large
display-text-larger = Larger
display-theme = Colours
display-theme-system = Same as my device
display-theme-light = Light
display-theme-dark = Dark
display-motion = Pictures
display-motion-moving = Moving
display-motion-still = Still pictures
display-read-aloud = Read the words aloud

## Pages beside the journey. Clinic numbers are variables, filled from the clinic's settings:
##   $emergency (default: default-emergency), $hospital (default: default-hospital).
default-emergency = the emergency number
default-hospital = your hospital's number on the letter you got when you went home
clinic-hospital-named = { $name } on { $phone }
clinic-hospital = your hospital on { $phone }
sources = Our facts come from NHS, British Heart Foundation and Mayo Clinic.
nav-title = More for you
nav-more = More about your procedure
nav-label = Pages about before and after your procedure
page-back = Back to the guide
page-of-guide = Heartpath guide

page-before-title = Before the day
page-before-intro = Your team will tell you how to get ready. Here is what to do.
page-before-food = Follow your team's advice on food and drink. Often you eat and drink nothing for 6 to 8 hours before. You may take your usual medicines with small sips of water, if the team says so.
page-before-medicines = Bring all your medicines with you, and your chest pain spray if you have one. Your team may ask you to stop or change some medicines for a short time. This may be a medicine for diabetes or to thin the blood.
page-before-allergies = Tell the team about any allergies. Say if you ever had a bad reaction to X-ray dye.
page-before-ride = Ask someone to take you home. You must not drive yourself home.
page-before-tests-heading = Tests first
page-before-tests = You will often have tests before the day. These may be blood tests, a test of your heartbeat called an ECG, and sometimes a chest X-ray.
page-before-emergency = In a heart attack, the team works fast to open the artery, so there is no time to get ready at home. This page is for people who plan their procedure.
page-before-emergency-tell = If you can, tell the team what medicines you take. Tell them about any allergies, most of all to X-ray dye.
safety-never-stop = Never stop a medicine on your own. Ask your team first.

page-risks-title = Risks
page-risks-intro = { $urgency ->
        [emergency] Every treatment has some risks. Here is what happens to 100 people, where we know it.
       *[planned] Most people have no serious problems. But every treatment has some risks. Here they are, shown as what happens to 100 people like you.
    }
risk-bruising-words = Bruising or bleeding where the tube went in is common.
risk-bruising-number = It happens to more than { $count } in every 100 people. That is more than 1 in { $one_in }.
risk-bruising-picture = 100 people. More than { $count } of them have bruising or bleeding where the tube went in.
risk-serious-words = Serious problems are rare.
risk-serious-number = These are a heart attack, a stroke or death. If your procedure is planned, fewer than { $count } in every 100 people have one. More than { $others } in 100 do not.
risk-serious-picture = 100 people. Fewer than { $count } of them has a serious problem. One person is pale: that means fewer than { $count }.
risk-key-marked = People who have it
risk-key-clear = People who do not
risk-key-faint = Pale: fewer than 1 person
page-risks-emergency = After a heart attack, the risks of other problems are different. Your team will talk with you about them.
page-risks-your-own = Your team will talk about your own risks with you.

page-home-title = Going home
page-home-when = { $urgency ->
        [emergency] After a heart attack, you stay longer. Most people stay in hospital for 2 or 3 days.
       *[planned] Most people go home the same day or the next day.
    }
page-home-site-heading = { $access ->
        [groin] Your groin
       *[wrist] Your wrist
    }
page-home-site = A bruise where the tube went in is common. Look at the spot each day. If it bleeds, press hard on it and call { $emergency }. Questions about the spot? Call { $hospital }.
page-home-lifting-heading = Lifting
page-home-lifting = Do not lift heavy things for about a week.
page-home-driving-heading = Driving
page-home-driving = { $urgency ->
        [emergency] After a heart attack, ask your team when you can drive.
       *[planned] Do not drive until your team says you can. In the UK this is often about a week for a car. Rules are not the same in other countries.
    }
page-home-work-heading = Work
page-home-work = { $urgency ->
        [emergency] After a heart attack, ask your team when you can go back to work.
       *[planned] Most people go back to work after about a week. Ask your team what is right for your job.
    }
page-home-washing-heading = Washing
page-home-washing = Ask your team when you can have a shower or a bath.

page-medicines-title = Your medicines
page-medicines-why = { $treatment ->
        [angiogram] Ask your team if you need any new medicines. They will tell you.
        [stent] You will take medicines that stop blood clots forming on the stent. Most people take two kinds.
       *[balloon] You will take medicines that stop blood clots forming. Your team will tell you which ones to take.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] Keep on with your usual medicines. Stop one only if your team says so.
        [stent] Most people take them for up to a year or longer. Your team will tell you how long.
       *[balloon] Your team will tell you how long to take them.
    }
page-medicines-as-told = Take them every day, just as your team tells you.
page-medicines-tell-others = Tell any other doctor or dentist that you take them. If they say to stop, ask your heart doctor first.

page-help-title = Getting help
page-help-bleeding-heading = { $access ->
        [groin] If your groin bleeds
       *[wrist] If your wrist bleeds
    }
page-help-press-picture = { $access ->
        [groin] Press hard with your hand on the spot at the top of your leg where the tube went in.
       *[wrist] Press hard with two fingers on the spot on your wrist where the tube went in.
    }
page-help-bleeding-press = Press hard on the spot where the tube went in.
page-help-bleeding-call = Call { $emergency }, or ask someone to call for you.
page-help-bleeding-keep = Keep pressing until help comes.
page-help-limb-heading = Get help at once if
page-help-limb = { $access ->
        [groin] A lump bigger than a marble comes up where the tube went in. Or your leg turns cold, pale or painful. Call { $emergency } now.
       *[wrist] A lump bigger than a marble comes up where the tube went in. Or your hand turns cold, pale or painful. Call { $emergency } now.
    }
page-help-chest-heading = Chest pain
page-help-chest-rest = If you get chest pain, stop and rest.
page-help-chest-spray = If you have a spray for chest pain, use it as your team showed you.
page-help-chest-call = If the pain does not go away, call { $emergency }.

page-next-title = What comes next
page-next-narrow = { $treatment ->
        [angiogram] Your team will talk with you about what the pictures showed. They explain the choices for you, and why.
       *[other] In some people, the artery gets narrow again. This is most likely in the first few months. A stent with a coat of medicine makes it less likely.
    }
page-next-aim = { $treatment ->
        [angiogram] Whatever you choose together, these things matter:
       *[other] { $urgency ->
            [emergency] The procedure opened the blocked artery. To protect your heart from now on, these things matter:
           *[planned] This procedure is mainly to ease chest pain. On its own, it cannot stop you having a heart attack later. These things still matter:
        }
    }
page-next-medicines = Take your medicines every day.
page-next-check-ups = Go to all your check-ups.
page-next-habits = Keep to healthy habits. Ask your team which ones help you most.

page-check-title = Check what you understood
page-check-intro = A few short questions. Pick one answer each time. Nothing you pick is kept or sent.
check-progress = Question { $number } of { $total }
check-right = That is right.
check-wrong = That is not right.
check-show-me = Show me
check-next = Next question
check-try-again = Try again
check-finish = See how you did
check-score = You got { $right } of { $total } right.
check-end = Talk to your team about anything you are not sure of.
check-again = Start again
check-awake-question = Will you be asleep during the procedure?
check-awake-answer-1 = Yes, fully asleep.
check-awake-answer-2 = No. You stay awake, and the skin is numbed.
check-awake-answer-3 = You are asleep for half of it.
check-awake-why = You stay awake. A small needle numbs the skin, and you may get medicine to help you relax.
check-stent-question = What is a stent?
check-stent-answer-1 = A small tube of metal mesh that holds the artery open.
check-stent-answer-2 = A tablet you take each day.
check-stent-answer-3 = A kind of X-ray picture.
check-stent-why = A stent is a small mesh tube. It stays in the artery to hold it open.
check-balloon-question = What does the tiny balloon do?
check-balloon-answer-1 = It stays in the artery forever.
check-balloon-answer-2 = It takes X-ray pictures.
check-balloon-answer-3 = It presses the plaque flat to widen the artery.
check-balloon-why = The balloon is filled to press the plaque flat. Then it is made small and taken out.
check-chest-pain-question = What should you do if you feel chest pain during the procedure?
check-chest-pain-answer-1 = Keep quiet and wait.
check-chest-pain-answer-2 = Try to get up.
check-chest-pain-answer-3 = Tell the team straight away.
check-chest-pain-why = Chest pain can happen while the balloon is filled. Always tell the team.
check-ride-question = Can you drive yourself home?
check-ride-answer-1 = Yes, if you feel fine.
check-ride-answer-2 = No. Someone must take you home.
check-ride-why = You must not drive yourself home. Plan a ride before the day.
check-stay-question = After a heart attack, how long is the stay in hospital?
check-stay-answer-1 = One hour.
check-stay-answer-2 = Two or three days.
check-stay-answer-3 = A month.
check-stay-why = After a heart attack, you stay longer. Most people stay in hospital for 2 or 3 days.
check-medicines-question = You feel well. Can you stop your clot medicines?
check-medicines-answer-1 = No. Never stop them without asking your heart doctor.
check-medicines-answer-2 = Yes, once you feel well.
check-medicines-answer-3 = Yes, after a week.
check-medicines-why = Feeling well is not a reason to stop. These medicines stop clots forming. Only stop if your heart doctor says so.
check-bleeding-question = The spot where the tube went in starts to bleed at home. What do you do first?
check-bleeding-answer-1 = Wait to see if it stops.
check-bleeding-answer-2 = Press hard on the spot, and call { $emergency }.
check-bleeding-answer-3 = Go to bed.
check-bleeding-why = Press hard on the spot and call { $emergency }. Keep pressing until help comes.
check-chest-home-question = At home, you get chest pain that does not go away with rest. What do you do?
check-chest-home-answer-1 = Wait until the morning.
check-chest-home-answer-2 = Call { $emergency }.
check-chest-home-answer-3 = Go for a walk.
check-chest-home-why = Chest pain that does not go away with rest needs help fast. Call { $emergency }.
check-angiogram-question = What is an angiogram?
check-angiogram-answer-1 = X-ray pictures of your arteries, taken with a dye.
check-angiogram-answer-2 = A tiny balloon in an artery.
check-angiogram-answer-3 = A blood test.
check-angiogram-why = An angiogram is a set of X-ray pictures. A dye makes the arteries show up.
check-results-question = What happens after the pictures?
check-results-answer-1 = Nothing. You never hear about them.
check-results-answer-2 = You must decide alone.
check-results-answer-3 = Your team talks with you about what they show and the choices.
check-results-why = Your team explains what the pictures show, and the choices for you, and why.
check-future-question = Will this procedure, on its own, keep you safe from heart attacks?
check-future-answer-1 = No. Medicines, check-ups and healthy habits still matter.
check-future-answer-2 = Yes, forever.
check-future-why = It helps the artery now. To stay well later, keep up your medicines, check-ups and good habits.

page-handout-title = Your handout
page-handout-intro = This page is made to print. It shows your own procedure, step by step, and what to do after.
printout-for = Your procedure:
printout-print = Print
printout-questions = Questions to ask my team
printout-date = Date of my procedure:
printout-ward = My ward's phone number:
printout-scan = Scan the code with a phone camera to watch the guide again.

## Words a person can tap for a plain meaning: the forms each takes in the text (comma-separated),
## then its meaning in one line.
term-open = What does "{ $word }" mean?
term-close = Close
term-cath-lab = cath lab
term-cath-lab-means = The room where the procedure is done, with an X-ray machine.
term-coronary-arteries = coronary arteries
term-coronary-arteries-means = The arteries on the heart that feed the heart muscle.
term-artery = artery, arteries
term-artery-means = A tube that carries blood from the heart to the body.
term-plaque = plaque
term-plaque-means = A fatty build-up on the inside wall of an artery.
term-angina = angina
term-angina-means = Chest pain that comes when the heart does not get enough blood.
term-catheter = catheter
term-catheter-means = A long, soft, thin tube that goes up to the heart.
term-sheath = sheath
term-sheath-means = A short tube put into the artery so other tubes can pass in and out.
term-local-anaesthetic = numbs, numbed
term-local-anaesthetic-means = Medicine put into the skin so you do not feel pain there. You stay awake.
term-angiogram = angiogram
term-angiogram-means = X-ray pictures of the arteries, taken with a dye.
term-guidewire = wire
term-guidewire-means = A very thin, bendy wire that guides the balloon and stent.
term-balloon = balloon
term-balloon-means = A tiny balloon on a tube. It is filled inside the artery to make it wider, then taken out.
term-stent = stent
term-stent-means = A small tube of metal mesh that stays in the artery to hold it open.
term-antiplatelet = medicines that stop blood clots, clot medicines
term-antiplatelet-means = Medicines that stop blood clots from forming.

## The last step's tiles, each opening its page
after-home = Going home
after-medicines = Your medicines
after-help = Getting help
after-next = What comes next
