# Heartpath: every word a person reads, in English.
# Keep sentences short and plain: a host test fails any step above reading grade 6.
# Step texts may choose words by the patient's setup:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon | angiogram, $urgency = planned | emergency.
# Every message that tells a patient a fact names where it comes from, in a comment line just
# above it: "# src:" and one or more source ids (model::sources lists them; the ids stand for
# the sections of the facts file and the seed pages). A host test fails on a fact with none.
# One thing, one name: "tube" is only ever the catheter; the short one at the wrist or groin
# is the sheath; the stent is a mesh; the heart's arteries are blood vessels.

app-name = Heartpath
app-tagline = Coronary angioplasty (PCI), step by step

## The journey

step-heart-title = Your heart and its arteries
# src: what-happens, emergency, seed-000
step-heart-text = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Your heart is a strong muscle that needs its own blood. Blood vessels called coronary arteries bring blood to it. In a heart attack, one of them gets fully blocked. The team works fast to find it with X-ray pictures.
           *[other] Your heart is a strong muscle that needs its own blood. Blood vessels called coronary arteries bring blood to it. In a heart attack, one of them gets fully blocked. The team works fast to open it again.
        }
       *[planned] { $treatment ->
            [angiogram] Your heart is a strong muscle that needs its own blood. Blood vessels called coronary arteries bring blood to it. Sometimes a fatty build-up called plaque makes one of them narrow. Less blood gets through, which can cause chest pain (called angina) or make you short of breath.
           *[other] Your heart is a strong muscle that needs its own blood. Blood vessels called coronary arteries bring blood to it. In one of them, a fatty build-up called plaque has made it narrow. Less blood gets through, which can cause chest pain (called angina) or make you short of breath.
        }
    }

step-ready-title = Getting ready
# src: what-happens
step-ready-text = You go to a room called the cath lab. { $urgency ->
        [emergency] You are usually awake.
       *[planned] You stay awake, and you may be given medicine to help you relax.
    } The team numbs the skin on your { $access ->
        [groin] groin
       *[wrist] wrist
    } with a small needle. Then they put a short, thin sleeve called a sheath into the artery there.

# src: what-happens, seed-000
step-ready-note = { $urgency ->
        [emergency] In a heart attack, the team works as fast as it can.
       *[planned] { $treatment ->
            [angiogram] Ask your heart team how long it will take.
           *[other] From start to end, it most often takes 30 minutes to 2 hours.
        }
    }

step-travel-title = The tube travels to your heart
# src: what-happens
step-travel-text = A long, soft, thin tube called a catheter goes in through the sheath. The doctor guides it { $access ->
        [groin] up through your body
       *[wrist] up your arm
    } to your heart, watching on an X-ray screen. You should not feel it move inside you. If you feel pain or anything odd, tell the team.

step-pictures-title = Pictures of your arteries
# src: what-happens, seed-004
step-pictures-text = The doctor puts a dye into the catheter. The dye shows up on X-ray pictures, called an angiogram. You may feel warm for a short time, and that is normal. { $urgency ->
        [emergency] The pictures show where the artery is blocked.
       *[planned] { $treatment ->
            [angiogram] The pictures show your heart team if an artery is narrow, and where.
           *[other] The pictures show where the artery is narrow.
        }
    }

# src: consent, emergency, next, seed-004
step-pictures-note = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Often the team goes on to open the artery at once, while the catheter is in place. If they choose another way, they tell you why.
           *[other] The team may also use other tools to help your heart pump or keep a steady beat.
        }
       *[planned] { $treatment ->
            [angiogram] Sometimes the doctor goes on to treat a narrow part at once, while the catheter is in place. This only happens if you agreed to it before. Ask your heart team if this may happen to you.
           *[other] Your heart team asks you to agree to this treatment before it starts. Sometimes the pictures show that another way is better, such as heart bypass surgery. Then your heart team talks with you about it.
        }
    }

step-wire-title = { $urgency ->
        [emergency] A thin wire crosses the blockage
       *[planned] A thin wire crosses the narrow part
    }
# src: what-happens
step-wire-text = Next, a very thin wire goes down the catheter. The doctor gently steers it through the { $urgency ->
        [emergency] blocked
       *[planned] narrow
    } part and past it. The wire is a guide for what comes next.

step-balloon-title = A balloon widens the artery
# src: what-happens, seed-000, seed-001
step-balloon-text = { $urgency ->
        [emergency] A tiny balloon slides along the wire to the blocked part. The doctor fills it so it gets bigger, and it presses the blockage flat against the artery wall. Then the balloon is made small again and taken out.
       *[planned] A tiny balloon slides along the wire to the narrow part. The doctor fills it so it gets bigger, and it presses the plaque flat against the artery wall. Then the balloon is made small again and taken out.
    }
# src: what-happens
step-balloon-safety = Your chest may ache for a moment. Tell the team so they can help.

# src: next
step-balloon-note = Some people have more than one narrow or blocked part. More than one may be treated.

step-stent-title = A stent keeps it open
# src: what-happens, seed-001, seed-004
step-stent-text = A stent is a tiny frame made of metal mesh. It goes in folded on another balloon. When this balloon is filled, the stent opens and presses into the artery wall. The balloon is made small and taken out, but the stent stays to hold the artery open.


step-flow-title = { $urgency ->
        [emergency] Blood flows again
       *[planned] Blood flows more easily
    }
# src: what-happens, seed-004
step-flow-text = Blood can now flow more easily to your heart muscle. The doctor takes a last look with X-ray pictures. { $access ->
        [groin] Then the wire, catheter and sheath come out, and the team presses on your groin with a pad or closes the artery with a small plug. You lie flat for a few hours.
       *[wrist] Then the wire, catheter and sheath come out, and a tight band goes on your wrist to stop bleeding. The team loosens it bit by bit over about 2 hours.
    }

step-results-title = What the pictures show
# src: what-happens, next
step-results-text = { $urgency ->
        [emergency] Your heart team tells you what the pictures showed, and the choices. These may be medicines, a way to open the artery, or bypass surgery.
       *[planned] If the pictures show a narrow part, your heart team tells you the choices. These may be medicines, a way to widen the artery, or bypass surgery.
    } { $access ->
        [groin] Then the doctor takes out the catheter and the sheath. The team presses on your groin with a pad or uses a small plug, and you lie flat for a few hours.
       *[wrist] Then the doctor takes out the catheter and the sheath, and puts a tight band on your wrist. The team loosens it bit by bit over about 2 hours.
    }

step-after-title = After your procedure
# src: after, medicines, seed-004
step-after-text = { $urgency ->
        [emergency] After a heart attack, you stay in hospital for a while. Most people stay 2 or 3 days.
       *[planned] Most people go home the same day or the next day. If you go home the same day, an adult should stay with you for the first night.
    } { $treatment ->
        [angiogram] Your heart team will tell you if you need any new medicines, and what comes next.
        [stent] You will take anti-clot medicines. They stop blood clots forming on the stent, so take them just as your heart team tells you.
       *[balloon] You will take anti-clot medicines. They stop blood clots forming, so take them just as your heart team tells you.
    }
# src: medicines
step-after-safety = { $treatment ->
        [angiogram] Never stop a medicine without asking your heart team.
       *[other] Never stop your anti-clot medicines without asking your heart team. Do not run out of them.
    }

## Said once, on the first step, at every screen size
note-lead = Good to know:
# src: seed-000, seed-004, words
procedure-name = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] This guide shows a coronary angiogram, done fast during a heart attack. It shows what happened, and what to do now.
           *[other] This guide shows coronary angioplasty (PCI), done fast during a heart attack. It shows what happened, and what to do now.
        }
       *[planned] { $treatment ->
            [angiogram] This guide shows you a coronary angiogram. It is a set of X-ray pictures of your heart and its arteries.
            [balloon] This guide shows you coronary angioplasty, done with a balloon. You may also hear it called PCI for short.
           *[stent] This guide shows you coronary angioplasty. You may also hear it called PCI, or having a stent put in.
        }
    }

## The main points, at the end of the journey, and on the handout
main-points-title = The main points
# src: what-happens, seed-000
main-point-what = A thin tube goes to your heart. { $treatment ->
        [angiogram] A dye shows your arteries on X-ray pictures, and your heart team talks with you about them.
        [stent] A tiny balloon and a stent open the { $urgency ->
                [emergency] blocked
               *[planned] narrow
            } artery.
       *[balloon] A tiny balloon opens the { $urgency ->
                [emergency] blocked
               *[planned] narrow
            } artery.
    }
# src: what-happens
main-point-feel = { $treatment ->
        [angiogram] { $urgency ->
            [emergency] You may feel warm for a short time when the dye goes in.
           *[planned] You stay awake. You may feel warm for a short time when the dye goes in.
        }
       *[other] Your chest may ache for a short time while the balloon is filled. Tell the team, so they can help.
    }
# src: medicines, before
main-point-medicines = { $treatment ->
        [angiogram] Take your usual medicines as your heart team tells you. Do not stop or pause one unless they tell you to. Did the doctor also widen your artery? Then you will take new anti-clot medicines. Never stop them without asking your heart team, and do not run out.
       *[other] Take your anti-clot medicines every day. Never stop them without asking your heart team, and do not run out.
    }
# src: get-help
main-point-bleeding = { $access ->
        [groin] If your groin bleeds at home: lie flat and press hard on it. Keep pressing, and call { $emergency } or ask someone else to call. Keep pressing until help comes.
       *[wrist] If your wrist bleeds at home: press hard on it. Keep pressing, and call { $emergency } or ask someone else to call. Keep pressing until help comes.
    }
# src: get-help
main-point-chest = Chest pain at home: stop and rest. If you have a GTN spray, use it. If the pain is no better after 5 minutes, use it again. Still in pain 5 minutes after the second spray? Call { $emergency }. No spray? Call { $emergency } if the pain does not stop within a few minutes of rest. Call { $emergency } at once if the pain is very bad, or you sweat, feel sick or feel short of breath, or the pain spreads to your arm, neck, jaw or back.

# src: after
main-point-night = If you go home the same day, an adult should stay with you for the first night.

# src: what-happens, app
app-failed = Sorry, something went wrong. Please reload the page. If it happens again, ask your heart team for a printed leaflet.

## Always said
# src: risks, app
ask-team = Questions? Ask your heart team. They know your own case.

## Words on the picture
label-heart = Heart
label-artery = { $artery ->
        [circumflex] Side artery
        [rca] Right artery
       *[lad] Front artery
    }
label-plaque = { $treatment ->
        [angiogram] Possible plaque
       *[other] Plaque
    }
label-blockage = Blockage
label-site = { $access ->
        [groin] Groin
       *[wrist] Wrist
    }
label-numbing = Numbing medicine
label-sheath = Sheath
label-catheter = Catheter
label-aorta = Main blood vessel
label-dye = Dye in the artery
label-narrowing = { $urgency ->
        [emergency] Blockage
       *[planned] { $treatment ->
            [angiogram] Possible narrowing
           *[other] Narrowing
        }
    }
label-wire = Wire
label-balloon = Balloon
label-stent = Stent
label-treated = { $treatment ->
        [stent] Stent
       *[other] Opened artery
    }
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
setup-intro = Choose what your heart team plans for you. The pictures and words change to match.
sheet-done = Done
setup-access = Where the tube goes in
choice-access-wrist = Wrist
choice-access-groin = Groin (top of the leg)
setup-artery = Which artery is narrow
choice-artery-lad = Front artery (called LAD)
choice-artery-circumflex = Side artery (called circumflex)
choice-artery-rca = Right artery (called RCA)
setup-treatment = What is done
choice-treatment-stent = Balloon and stent
choice-treatment-balloon = Balloon only
choice-treatment-angiogram = Pictures only (angiogram)
setup-urgency = When
choice-urgency-planned = Planned ahead
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
# src: what-happens
step-heart-shows = The heart and its arteries. A ring marks the spot, and a round close-up shows { $urgency ->
        [emergency] a clot blocking the artery.
       *[planned] fatty build-up narrowing the artery.
    }
# src: what-happens
step-ready-shows = The cath lab. You lie on a table under the X-ray machine, with your heart team beside you. Then the { $access ->
        [groin] top of the leg
       *[wrist] wrist
    }. A small needle numbs the skin, then a short sleeve called a sheath goes into the artery.
# src: what-happens
step-travel-shows = The whole body. A thin tube goes from the { $access ->
        [groin] top of the leg
       *[wrist] wrist
    } up to the heart.
# src: what-happens
step-pictures-shows = An X-ray picture of the heart. Dye fills the arteries and shows the { $urgency ->
        [emergency] blocked spot.
       *[planned] { $treatment ->
            [angiogram] arteries, and any narrowed spot.
           *[other] narrowed spot.
        }
    }
# src: what-happens
step-wire-shows = A view inside the artery. A fine wire goes across the { $urgency ->
        [emergency] blocked spot.
       *[planned] narrowed spot.
    }
# src: what-happens
step-balloon-shows = Inside the artery. A balloon opens in the { $urgency ->
        [emergency] blocked spot and presses the clot and build-up into the wall.
       *[planned] narrowed spot and presses the build-up into the wall.
    }
# src: what-happens
step-stent-shows = Inside the artery. A stent opens on a balloon. The balloon goes, and the stent stays.
# src: what-happens
step-flow-shows = Blood flows through the wider artery again. Then the catheter and sheath come out, and { $access ->
        [groin] a pad presses on the top of the leg.
       *[wrist] a band goes on the wrist.
    }
# src: what-happens
step-results-shows = The X-ray picture of the whole heart, with the { $urgency ->
        [emergency] blocked
       *[planned] narrowed
    } spot ringed. Then the catheter and sheath come out, and { $access ->
        [groin] a pad presses on the top of the leg.
       *[wrist] a band goes on the wrist.
    }
# src: what-happens
step-after-shows = { $treatment ->
        [angiogram] The whole body, with a ring on the heart. Medicines and a house stand for going home.
        [stent] The whole body, with the treated spot marked. A close-up shows the stent in the artery wall. Medicines and a house stand for going home.
       *[other] The whole body, with the treated spot marked. A close-up shows the artery, wider now. Medicines and a house stand for going home.
    }
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
default-hospital = your heart team
clinic-hospital-named = { $name } on { $phone }
clinic-hospital = your hospital on { $phone }
nav-title = More for you
nav-more = More about your procedure
nav-label = Pages about before and after your procedure
page-back = Back to the guide
page-of-guide = Heartpath guide

page-before-title = { $urgency ->
        [emergency] Your medicines and allergies
       *[planned] Before the day
    }
# src: before
page-before-intro = Your heart team will tell you how to get ready. Here is what to do.
# src: before
page-before-food = Follow your heart team's advice on food and drink. Often you eat and drink nothing for 6 to 8 hours before. You may take your usual medicines with small sips of water, if the team says so.
# src: before
page-before-medicines = Bring all your medicines with you, and your GTN spray for chest pain if you have one.
# src: before, medicines
page-before-clot = Keep taking your anti-clot medicines. Stop only if your heart team tells you to.
# src: before
page-before-pause = Your heart team may ask you to pause some other medicines for a short time. These may be some for diabetes, or some other medicines that thin the blood. Only do this if your heart team tells you to. Not sure which is which? Ask them. If you pause one, ask when to start it again.
# src: before
page-before-allergies = Tell the team about any allergies. Say if you ever had a bad reaction to X-ray dye.
# src: before
page-before-ride = Ask someone to take you home. You must not drive yourself home.
# src: after
page-before-night = If you go home the same day, an adult should stay with you for the first night. Plan this before the day.
page-before-choice-heading = Your choice
# src: consent
page-before-choice = { $treatment ->
        [angiogram] Before the day, your heart team tells you why you need these pictures, and the risks. Then they ask if you agree. This is called consent. You can ask them anything first.
       *[other] Before the day, your heart team tells you what good the procedure can do, and its risks. They also tell you about the other choices, such as medicines alone or heart bypass surgery. Then they ask if you agree. This is called consent. You can ask them anything first.
    }
# src: consent
page-before-choice-pictures = If the pictures show a narrow part, the doctor may widen it at once. This only happens if you agreed to it before. Your heart team explains this. They also tell you the other choices, such as medicines or bypass surgery.
page-before-tests-heading = Tests first
# src: before
page-before-tests = You will often have tests before the day. These may be blood tests, a test of your heartbeat called an ECG, and sometimes a chest X-ray.
# src: before
page-before-emergency-tell = If you can, tell the team what medicines you take. Tell them about any allergies, most of all to X-ray dye.
# src: medicines, before
safety-never-stop = Never stop a medicine on your own, and do not run out. Ask your heart team first.

page-risks-title = Risks
# src: risks
page-risks-intro = { $urgency ->
        [emergency] Every treatment has some risks. Below is one of them, shown as what happens to a group of 100 people. This is not a full list of risks.
       *[planned] { $treatment ->
            [angiogram] Most people have no serious problems. But every test like this has some risks. Below is one of them, shown as what happens to a group of 100 people. This is not a full list, and your own risks may be different.
           *[other] Most people have no serious problems. But every treatment has some risks. Below are some of them, shown as what happens to a group of 100 people. This is not a full list, and your own risks may be different.
        }
    }
# src: risks
risk-bruising-words = { $access ->
        [groin] Bruising or bleeding at your groin
       *[wrist] Bruising or bleeding at your wrist
    }
# src: risks
risk-bruising-number = This is common. It happens to more than { $count } in every 100 people.
# src: risks
risk-bruising-picture = 100 people. { $count } are marked. The real number is more than { $count }.
# src: risks
risk-bleeding-words = Serious bleeding
# src: risks
risk-bleeding-number = In a planned procedure like yours, { $count } or { $high } in 100 people have it.
# src: risks
risk-bleeding-picture = 100 people. { $high } are marked: { $count } or { $high } of them have serious bleeding.
# src: risks
risk-serious-words = A heart attack, a stroke or death
# src: risks
risk-serious-number = These are serious problems. In a planned procedure like yours, fewer than { $count } in 100 people has one. That is too few to show in a picture of 100 people. But it is not zero.
# src: risks
risk-serious-picture = 100 people. Fewer than { $count } in 100 has a serious problem: too few to mark one person, but not zero.
risk-key-marked = People who have it
risk-key-clear = People who do not
# src: emergency, risks
page-risks-emergency = After a heart attack, your heart team will talk with you about your own risks.
# src: consent, seed-004
page-risks-success = Most procedures work well. If one does not, most often no harm is done, and you are no worse than before. Your heart team then talks with you about the other choices.
# src: risks, consent
page-risks-pictures = Will the doctor treat a narrow part too? Then your heart team will also talk with you about those risks.
# src: risks
page-risks-your-own = Your heart team will talk about your own risks with you.

page-home-title = Going home
# src: after, seed-001, seed-004
page-home-when = { $urgency ->
        [emergency] After a heart attack, you stay in hospital for a while. Most people stay 2 or 3 days.
       *[planned] Most people go home the same day or the next day.
    }
page-home-site-heading = { $access ->
        [groin] Your groin
       *[wrist] Your wrist
    }
# src: risks, get-help
page-home-site = { $access ->
        [groin] A bruise at your groin is common. Look at it each day. If it bleeds, lie flat, press hard on it and call { $emergency }. Questions about your groin? Call { $hospital }.
       *[wrist] A bruise at your wrist is common. Look at it each day. If it bleeds, press hard on it and call { $emergency }. Questions about your wrist? Call { $hospital }.
    }
page-home-lifting-heading = Lifting
# src: after
page-home-lifting = { $urgency ->
        [emergency] After a heart attack, ask your heart team when you can lift heavy things.
       *[planned] Do not lift heavy things for about a week, or longer if your heart team says so.
    }
page-home-driving-heading = Driving
# src: after
page-home-driving = { $urgency ->
        [emergency] After a heart attack, ask your heart team when you can drive.
       *[planned] Do not drive until your heart team says you can. The rules are not the same in every country. In the UK, for example, it is often about a week for a car.
    }
page-home-work-heading = Work
# src: after
page-home-work = { $urgency ->
        [emergency] After a heart attack, ask your heart team when you can go back to work.
       *[planned] Most people go back to work after about a week. Ask your heart team what is right for your job.
    }
page-home-washing-heading = Washing
# src: app
page-home-washing = Ask your heart team when you can have a shower or a bath.
# src: after
page-home-active = Ask your heart team when you can lift heavy things, drive and go back to work.
# src: app
page-home-number = Before you go home, ask your heart team which number to call with questions.

page-medicines-title = Your medicines
# src: medicines, seed-004
page-medicines-why = { $treatment ->
        [angiogram] Ask your heart team if you need any new medicines. They will tell you.
        [stent] You will take anti-clot medicines. They stop blood clots forming on the stent.
       *[balloon] You will take anti-clot medicines. They stop blood clots forming. Your heart team will tell you which ones to take.
    }
# src: medicines
page-medicines-how-long = { $treatment ->
        [angiogram] Keep on with your usual medicines. Stop one only if your heart team says so.
       *[other] Most people take two anti-clot medicines together for a time. Your heart team decides how long. After that, most people keep taking one of them, often for the rest of their life.
    }
# src: medicines
page-medicines-as-told = Take them every day, just as your heart team tells you.
# src: app
page-medicines-missed = If you miss a dose, ask your heart team what to do.
# src: medicines
page-medicines-tell-others = Tell any other doctor or dentist that you take them. If they say to stop, ask your heart team first.
# src: medicines
page-medicines-bruising = { $access ->
        [groin] Anti-clot medicines can make you bruise more easily, most of all when you take two. Tell your heart team straight away if you see black poo or blood in your pee. Do the same if you have bleeding that will not stop. If the bleeding is where the sheath went in, lie flat, press hard on it and call { $emergency }.
       *[wrist] Anti-clot medicines can make you bruise more easily, most of all when you take two. Tell your heart team straight away if you see black poo or blood in your pee. Do the same if you have bleeding that will not stop. If the bleeding is where the sheath went in, press hard on it and call { $emergency }.
    }
# src: medicines
page-medicines-if-treated = Did the doctor also widen your artery? Then you will take new anti-clot medicines. Never stop them without asking your heart team, and do not run out. Ask your heart team for the guide to that treatment before you go home.

page-help-title = Getting help
page-help-bleeding-heading = { $access ->
        [groin] If your groin bleeds
       *[wrist] If your wrist bleeds
    }
# src: get-help
page-help-press-picture = { $access ->
        [groin] Press hard with your hand on the spot at the top of your leg where the sheath went in.
       *[wrist] Press hard with two fingers on the spot on your wrist where the sheath went in.
    }
# src: get-help
page-help-bleeding-press = { $access ->
        [groin] Lie flat. Press hard on your groin, on the spot where the sheath went in.
       *[wrist] Press hard on your wrist, on the spot where the sheath went in.
    }
# src: get-help
page-help-bleeding-call = Keep pressing. Call { $emergency }, or ask someone else to call for you.
# src: get-help
page-help-bleeding-keep = Keep pressing until help comes.
page-help-limb-heading = { $access ->
        [groin] A lump, or a cold leg
       *[wrist] A lump, or a cold hand
    }
# src: get-help
page-help-limb = { $access ->
        [groin] Call { $emergency } now if a lump bigger than a marble comes up at your groin. Do the same if your leg turns cold, pale or painful.
       *[wrist] Call { $emergency } now if a lump bigger than a marble comes up at your wrist. Do the same if your hand turns cold, pale or painful.
    }
page-help-chest-heading = Chest pain at home
# src: get-help
page-help-chest-rest = Stop what you are doing, and sit or lie down to rest.
# src: get-help
page-help-chest-spray = If you have a GTN spray for chest pain, use it as your heart team showed you.
# src: get-help
page-help-chest-again = If the pain is no better after 5 minutes, use the spray again.
# src: get-help
page-help-chest-call = If you still have pain 5 minutes after the second spray, call { $emergency }. It could be a heart attack.
# src: get-help
page-help-chest-now = Call { $emergency } at once, without waiting, if the pain is very bad. Call { $emergency } at once too if, with the chest pain, you sweat, feel sick or feel short of breath, even if the pain is mild. Do the same if the pain spreads to your arm, neck, jaw or back.
# src: get-help
page-help-chest-no-spray = No spray? Rest. If the pain does not stop within a few minutes, call { $emergency }.
page-help-team-heading = Call your heart team if
# src: get-help
page-help-team = { $access ->
        [groin] Your groin or leg goes numb. Or the spot where the sheath went in turns red, hot or leaks pus, or you get a fever. Call { $hospital }.
       *[wrist] Your wrist or hand goes numb. Or the spot where the sheath went in turns red, hot or leaks pus, or you get a fever. Call { $hospital }.
    }

page-next-title = What comes next
# src: next, consent
page-next-narrow = { $treatment ->
        [angiogram] Your heart team will talk with you about what the pictures showed. They explain the choices for you, and why.
        [stent] In some people, the artery gets narrow again. This is most likely in the first few months. A stent with a coat of medicine makes it less likely: ask your heart team what kind of stent you have. If your chest pain comes back, or you get short of breath again, tell your heart team.
       *[balloon] In some people, the artery gets narrow again. This is most likely in the first few months. If your chest pain comes back, or you get short of breath again, tell your heart team.
    }
# src: misunderstanding, emergency, seed-004
page-next-aim = { $treatment ->
        [angiogram] Whatever you choose together, these things matter:
       *[other] { $urgency ->
            [emergency] The procedure opened the blocked artery. To protect your heart from now on, these things matter:
           *[planned] This procedure is mainly to ease chest pain. It is not mainly done to stop a heart attack. These things help protect your heart:
        }
    }
# src: next, misunderstanding
page-next-medicines = Take your medicines every day.
# src: next
page-next-check-ups = Go to all your check-ups.
# src: misunderstanding
page-next-habits = Keep to healthy habits. Ask your heart team which ones help you most.

page-check-title = Check what you understood
# src: app
page-check-intro = A few short questions. Pick one answer each time. Nothing you pick is kept or sent.
check-progress = Question { $number } of { $total }
check-right = That is right.
check-wrong = That is not right.
check-show-me = Show me
check-next = Next question
check-try-again = Try again
check-finish = See how you did
check-score = You got { $right } of { $total } right.
check-end = Talk to your heart team about anything you are not sure of.
check-again = Start again
# src: what-happens
check-awake-question = Will you be asleep during the procedure?
# src: what-happens
check-awake-answer-1 = Yes, fully asleep.
# src: what-happens
check-awake-answer-2 = No. You stay awake, and the skin is numbed.
# src: what-happens
check-awake-answer-3 = You are asleep for half of it.
# src: what-happens
check-awake-why = You stay awake. A small needle numbs the skin, and you may get medicine to help you relax.
# src: what-happens
check-stent-question = What is a stent?
# src: what-happens
check-stent-answer-1 = A tiny frame of metal mesh that holds the artery open.
# src: what-happens
check-stent-answer-2 = A tablet you take each day.
# src: what-happens
check-stent-answer-3 = A kind of X-ray picture.
# src: what-happens, seed-004
check-stent-why = A stent is a tiny mesh frame. It stays in the artery to hold it open.
# src: what-happens
check-balloon-question = What does the tiny balloon do?
# src: what-happens
check-balloon-answer-1 = It stays in the artery forever.
# src: what-happens
check-balloon-answer-2 = It takes X-ray pictures.
# src: what-happens
check-balloon-answer-3 = { $urgency ->
        [emergency] It presses the blockage flat to open the artery.
       *[planned] It presses the plaque flat to widen the artery.
    }
# src: what-happens
check-balloon-why = { $urgency ->
        [emergency] The balloon is filled to press the blockage flat. Then it is made small and taken out.
       *[planned] The balloon is filled to press the plaque flat. Then it is made small and taken out.
    }
# src: what-happens
check-chest-pain-question = What should you do if your chest aches during the procedure?
# src: what-happens
check-chest-pain-answer-1 = Keep quiet and wait.
# src: what-happens
check-chest-pain-answer-2 = Try to get up.
# src: what-happens
check-chest-pain-answer-3 = Tell the team straight away.
# src: what-happens
check-chest-pain-why = Your chest may ache while the balloon is filled. Always tell the team, so they can check on you and help.
# src: before
check-ride-question = Can you drive yourself home?
# src: before
check-ride-answer-1 = Yes, if you feel fine.
# src: before
check-ride-answer-2 = No. Someone must take you home.
# src: before
check-ride-why = You must not drive yourself home. Plan a ride before the day.
# src: after, seed-004
check-stay-question = After a heart attack, how long is the stay in hospital?
# src: after, seed-004
check-stay-answer-1 = One hour.
# src: after, seed-004
check-stay-answer-2 = Most people stay 2 or 3 days.
# src: after, seed-004
check-stay-answer-3 = A month.
# src: after, seed-004
check-stay-why = After a heart attack, you stay in hospital for a while. Most people stay 2 or 3 days.
# src: medicines
check-medicines-question = You feel well. Can you stop your anti-clot medicines?
# src: medicines
check-medicines-answer-1 = No. Never stop them without asking your heart team.
# src: medicines
check-medicines-answer-2 = Yes, once you feel well.
# src: medicines
check-medicines-answer-3 = Yes, after a week.
# src: medicines
check-medicines-why = Feeling well is not a reason to stop. These medicines stop clots forming. Only stop if your heart team says so, and do not run out.
# src: get-help
check-bleeding-question = { $access ->
        [groin] Your groin starts to bleed at home. What do you do first?
       *[wrist] Your wrist starts to bleed at home. What do you do first?
    }
# src: get-help
check-bleeding-answer-1 = Wait to see if it stops.
# src: get-help
check-bleeding-answer-2 = { $access ->
        [groin] Lie flat and press hard on it, and keep pressing. Call { $emergency }, or ask someone else to call.
       *[wrist] Press hard on it and keep pressing. Call { $emergency }, or ask someone else to call.
    }
# src: get-help
check-bleeding-answer-3 = Go to bed.
# src: get-help
check-bleeding-why = { $access ->
        [groin] Lie flat and press hard on your groin. Call { $emergency }, or ask someone else to call. Keep pressing until help comes.
       *[wrist] Press hard on your wrist. Call { $emergency }, or ask someone else to call. Keep pressing until help comes.
    }
# src: get-help
check-limb-question = { $access ->
        [groin] At home, your leg turns cold and pale. What do you do?
       *[wrist] At home, your hand turns cold and pale. What do you do?
    }
# src: get-help
check-limb-answer-1 = Wait a day to see if it gets better.
# src: get-help
check-limb-answer-2 = Keep it warm and go to bed.
# src: get-help
check-limb-answer-3 = Call { $emergency } now.
# src: get-help
check-limb-why = { $access ->
        [groin] A leg that turns cold, pale or painful needs help at once. So does a lump bigger than a marble at your groin. Call { $emergency } now.
       *[wrist] A hand that turns cold, pale or painful needs help at once. So does a lump bigger than a marble at your wrist. Call { $emergency } now.
    }
# src: get-help
check-chest-home-question = At home, you get chest pain. You rest and use your spray. After 5 minutes it is no better, so you use it again. 5 minutes later, you still have pain. What do you do?
# src: get-help
check-chest-home-answer-1 = Wait until the morning.
# src: get-help
check-chest-home-answer-2 = Call { $emergency }. It could be a heart attack.
# src: get-help
check-chest-home-answer-3 = Go for a walk.
# src: get-help
check-chest-home-why = Pain that is still there 5 minutes after the second spray needs help fast. Call { $emergency }. If the pain is very bad, call at once.
# src: what-happens
check-angiogram-question = What is an angiogram?
# src: what-happens
check-angiogram-answer-1 = X-ray pictures of your arteries, taken with a dye.
# src: what-happens
check-angiogram-answer-2 = A kind of heart surgery.
# src: what-happens
check-angiogram-answer-3 = A blood test.
# src: what-happens
check-angiogram-why = An angiogram is a set of X-ray pictures. A dye makes the arteries show up.
# src: next
check-results-question = What happens after the pictures?
# src: next
check-results-answer-1 = Nothing. You never hear about them.
# src: next
check-results-answer-2 = You must decide alone.
# src: next
check-results-answer-3 = Your heart team talks with you about what they show and the choices.
# src: next
check-results-why = Your heart team explains what the pictures show, and the choices for you, and why.
# src: misunderstanding
check-future-question = { $treatment ->
        [angiogram] Do the pictures, on their own, treat your arteries?
       *[other] { $urgency ->
            [emergency] Now the artery is open, is that all you need to do?
           *[planned] Will this procedure, on its own, keep you safe from heart attacks?
        }
    }
# src: misunderstanding
check-future-answer-1 = No. Medicines, check-ups and healthy habits still matter.
# src: misunderstanding
check-future-answer-2 = { $treatment ->
        [angiogram] Yes, they fix any narrow part.
       *[other] { $urgency ->
            [emergency] Yes, nothing else is needed.
           *[planned] Yes, forever.
        }
    }
# src: misunderstanding, next
check-future-why = { $treatment ->
        [angiogram] Pictures alone do not treat your arteries. To stay well, take your medicines, go to check-ups and keep healthy habits.
       *[other] { $urgency ->
            [emergency] The procedure opened the blocked artery. To keep your heart well, take your medicines, go to check-ups and keep healthy habits.
           *[planned] It is mainly to ease chest pain. To help protect your heart, take your medicines, go to check-ups and keep healthy habits.
        }
    }

page-handout-title = Your handout
page-handout-intro = This page is made to print. It shows your kind of procedure, step by step, and what to do after.
printout-for = Your procedure:
printout-print = Print
printout-questions = Questions to ask my team
printout-date = Date of my procedure:
printout-ward = My heart team's phone number:
printout-emergency = The emergency number:
printout-scan = Scan the code with a phone camera to watch the guide again.

## Where the words come from: a page, and a line at the foot of every page and the handout
page-sources-title = Where this information comes from
sources = Where this information comes from
# src: app
sources-short = Our facts come from the NHS, BHF, Mayo Clinic and other health pages.
# src: app
page-sources-intro = We wrote this guide in plain words from trusted health pages. It is for anyone having this procedure. It is not about you alone, so always ask your own heart team.
sources-what-happens = The day itself: NHS, BHF and hospital pages.
sources-before = Before the day: Mayo Clinic.
sources-after = Going home: NHS and hospital leaflets.
sources-medicines = Your medicines: Mayo Clinic, Cleveland Clinic and hospital pages.
sources-get-help = Getting help and chest pain: NHS, BHF and hospital leaflets.
sources-risks = Risks: NHS and Healthwise.
sources-consent = Your choice and consent: NHS and Mayo Clinic.
sources-emergency = Procedures during a heart attack: a hospital heart centre.
sources-next = What comes next: AHA and Mayo Clinic.
sources-misunderstanding = What a planned procedure is for: research with patients.
sources-words = What the medical words mean: the same pages.
sources-seeds = Hospital and clinic pages about this procedure.
sources-nhs = NHS: the UK's health service.
sources-bhf = BHF: the British Heart Foundation.
sources-aha = AHA: the American Heart Association.
sources-mayo = Mayo Clinic and Cleveland Clinic: big US hospitals.
sources-healthwise = Healthwise: a group that writes health pages.
sources-reviewed = These words were last checked in December 2026.
sources-general = Everything in this guide is general.
sources-clinic = { $name } added its own name and phone numbers. Everything else in this guide is general.
sources-clinic-numbers = Your clinic added its own phone numbers. Everything else in this guide is general.

## Words a person can tap for a plain meaning: the forms each takes in the text (comma-separated),
## then its meaning in one line.
term-open = What does "{ $word }" mean?
term-close = Close
term-cath-lab = cath lab
# src: words, what-happens
term-cath-lab-means = The room where the procedure is done, with an X-ray machine.
term-coronary-arteries = coronary arteries
# src: words
term-coronary-arteries-means = The arteries on the heart that feed the heart muscle.
term-artery = artery, arteries
# src: words
term-artery-means = A blood vessel that carries blood from the heart to the body.
term-plaque = plaque
# src: words
term-plaque-means = A fatty build-up on the inside wall of an artery.
term-angina = angina
# src: words
term-angina-means = Chest pain that comes when the heart does not get enough blood.
term-catheter = catheter
# src: words, seed-004
term-catheter-means = A long, soft, thin tube that goes up to the heart.
term-sheath = sheath
# src: words, what-happens
term-sheath-means = A short, thin sleeve put into the artery. The catheter passes in and out through it.
term-local-anaesthetic = numbs, numbed
# src: words, what-happens
term-local-anaesthetic-means = Medicine put into the skin so you do not feel pain there. You stay awake.
term-angiogram = angiogram
# src: words, what-happens
term-angiogram-means = X-ray pictures of the arteries, taken with a dye.
term-guidewire = wire
# src: words, what-happens
term-guidewire-means = A very thin, bendy wire that guides the balloon and stent.
term-balloon = balloon
# src: words, seed-000
term-balloon-means = A tiny balloon that slides along the wire. It is filled inside the artery to make it wider, then taken out.
term-stent = stent
# src: words, seed-001
term-stent-means = A tiny frame of metal mesh that stays in the artery to hold it open.
term-antiplatelet = anti-clot medicines
# src: words, medicines
term-antiplatelet-means = Medicines that stop blood clots from forming. Some people call them blood thinners.

## The last step's tiles, each opening its page
after-home = Going home
after-medicines = Your medicines
after-help = Getting help
after-next = What comes next
