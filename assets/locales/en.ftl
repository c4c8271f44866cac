# Heartpath: every word a person reads, in English.
# Keep sentences short and plain: a host test checks the reading grade of each step.

app-name = Heartpath
app-tagline = Your heart procedure, step by step

step-heart-title = Your heart and its arteries
step-ready-title = Getting ready
step-travel-title = The tube travels to your heart
step-pictures-title = Pictures of your arteries
step-wire-title = A thin wire crosses the narrow part
step-balloon-title = A balloon widens the artery
step-stent-title = A stent keeps it open
step-flow-title = Blood flows freely again
step-after-title = After your procedure

shell-coming = The step-by-step pictures are on their way. For now, you can look at the heart and move between the steps.

control-previous = Previous step
control-next = Next step
control-step-of = Step { $number } of { $total }
stage-heart-label = A drawing of the heart from the front, with the arteries on its surface.
