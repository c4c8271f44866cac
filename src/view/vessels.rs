//! Blood vessels drawn from the model's centre-lines (world units), so what is drawn is exactly
//! what the catheter travels in. Static: these components never re-render.

use crate::draw::vessel::{tapered, tube};
use crate::draw::{bez, polyline};
use crate::model::anatomy::{self, coronary_branches, vessel};
use crate::model::setup::{Access, Artery};
use yew::prelude::*;

/// A large vessel as a tube: darker rim, body colour, and a thin highlight for roundness.
fn artery_tube(d: String, radius: f64) -> Html {
    html! {
        <>
            <path class="artery-rim" d={d.clone()} stroke-width={(2.0 * radius + 0.6).to_string()} />
            <path class="artery-body" d={d.clone()} stroke-width={(2.0 * radius).to_string()} />
            <path class="artery-shine" d={d} stroke-width={(radius * 0.45).to_string()} />
        </>
    }
}

/// The arm and leg arteries and the whole aorta, drawn behind the heart.
#[component]
pub fn BackVessels() -> Html {
    html! {
        <g class="vessels">
            { for ["arm", "leg", "brachiocephalic", "aorta"].iter().map(|name| {
                let v = vessel(name);
                artery_tube(bez(&v.path), v.radius)
            }) }
            // The radial artery runs on into the palm, tapering; the femoral artery down the thigh.
            { for [(Access::Wrist, "arm"), (Access::Groin, "leg")].iter().map(|(access, name)| {
                let line = anatomy::Polyline::new(&anatomy::smooth_path(&anatomy::beyond_entry(*access)));
                let (l, r) = (line.length(), vessel(name).radius);
                html! {
                    <>
                        <path class="artery-rim-fill" d={tube(&line, 0.0, l, tapered(l, r + 0.3, l * 0.6))} />
                        <path class="artery-fill" d={tube(&line, 0.0, l, tapered(l, r, l * 0.6))} />
                    </>
                }
            }) }
            // Branches of the arch towards the head and left arm.
            <path class="artery-branch" d="M315 272 L316 240 M322 274 L330 244" stroke-width="2.8" />
        </g>
    }
}

/// The arch and rising aorta in front of the heart, the descending aorta seen faintly through
/// it, and the coronary arteries on its surface, tapering towards their ends.
#[component]
pub fn FrontVessels() -> Html {
    let front = anatomy::aorta_front();
    html! {
        <g class="vessels">
            <path class="aorta-behind" d={polyline(anatomy::aorta_behind_heart())} stroke-width={(2.0 * vessel("aorta").radius).to_string()} />
            { artery_tube(bez(&front), vessel("aorta").radius) }
            <g class="coronaries">
                { for coronary_branches().iter().map(|b| {
                    let line = anatomy::Polyline::new(b);
                    html! { <path class="coronary-branch" d={tube(&line, 0.0, line.length(), tapered(line.length(), 0.55, 4.0))} /> }
                }) }
                { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter().map(|a| {
                    let line = &anatomy::coronary(*a).line;
                    let l = line.length();
                    html! {
                        <>
                            <path class="coronary-rim" d={tube(line, 0.0, l, tapered(l, 1.15, 12.0))} />
                            <path class="coronary" d={tube(line, 0.0, l, tapered(l, 0.85, 12.0))} />
                            <path class="coronary-shine" d={tube(line, 0.0, l * 0.9, tapered(l * 0.9, 0.22, 8.0))} />
                        </>
                    }
                }) }
            </g>
        </g>
    }
}
