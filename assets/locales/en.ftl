# Heartpath: every word a person reads, in English.
# Keep sentences short and plain: a host test fails any step above reading grade 6.
# Step texts may choose words by the patient's setup:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon, $urgency = planned | emergency.

app-name = Heartpath
app-tagline = Your heart procedure, step by step

## The journey

step-heart-title = Your heart and its arteries
step-heart-text = { $urgency ->
        [emergency] Your heart is a strong muscle that needs its own blood. Small tubes called arteries bring it. In a heart attack, one of them gets fully blocked, so the team works fast to open it again.
       *[planned] Your heart is a strong muscle that needs its own blood. Small tubes called arteries bring it. In one of them, a fatty build-up called plaque has made it narrow. Less blood gets through, which can cause chest pain or make you short of breath.
    }

step-ready-title = Getting ready
step-ready-text = You go to a room called the cath lab. You stay awake, and you may be given medicine to help you relax. The team numbs the skin on your { $access ->
        [groin] groin
       *[wrist] wrist
    } with a small jab. Then they put a short, thin tube called a sheath into the artery there.

step-travel-title = The tube travels to your heart
step-travel-text = A long, soft, thin tube called a catheter goes in through the sheath. The doctor guides it { $access ->
        [groin] up through your body
       *[wrist] up your arm
    } to your heart, watching on an X-ray screen. You will not feel it move inside you.

step-pictures-title = Pictures of your arteries
step-pictures-text = The doctor puts a dye into the catheter. The dye shows up on X-ray pictures, called an angiogram. You may feel warm or flushed for a short time, and that is normal. The pictures show where the artery is { $urgency ->
        [emergency] blocked.
       *[planned] narrow.
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
step-balloon-text = A tiny balloon slides along the wire to the narrow part. It is blown up for a short time, and it presses the plaque flat against the wall. You may feel some chest pain while this happens, so tell the team. Then the balloon is let down and taken out.

step-stent-title = A stent keeps it open
step-stent-text = A stent is a small tube made of metal mesh. It sits folded on a balloon. When the balloon is blown up, the stent opens and presses into the wall. The balloon is let down and taken out, but the stent stays to hold the artery open.

step-flow-title = Blood flows freely again
step-flow-text = Blood can now flow freely to your heart. The doctor takes a last look with X-ray pictures. Then the wire and the tubes come out. { $access ->
        [groin] The team presses on your groin or uses a small plug, and you lie flat for a few hours.
       *[wrist] A tight band on your wrist stops any bleeding, and it is loosened over a few hours.
    }

step-after-title = After your procedure
step-after-text = { $urgency ->
        [emergency] After a heart attack, most people stay in hospital for two or three days.
       *[planned] Most people go home the same day or the next day.
    } You will take medicines that stop blood clots forming{ $treatment ->
        [stent] {" "}on the stent.
       *[balloon] .
    } Take them just as your team tells you, and never stop them without asking. If you have chest pain or bleeding, call for help at once.

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
label-aorta = Aorta
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

## The picture, for screen readers
stage-label = { $title }: a moving picture of this step.

## After the procedure: a short summary with pictures
after-home = Going home
after-medicines = Your medicines
after-help = Getting help
sources = Facts from NHS, British Heart Foundation and Mayo Clinic pages for patients.
