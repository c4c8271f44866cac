//! Blood vessels drawn from the model's centre-lines (world units), so what is drawn is exactly
//! what the catheter travels in. Static: these components never re-render.

use crate::draw::{bez, polyline};
use crate::model::anatomy::{self, coronary_branches, vessel};
use crate::model::setup::Artery;
use yew::prelude::*;

/// A vessel as a tube: darker rim, body colour, and a thin highlight for roundness.
fn tube(d: String, radius: f64, colour: &'static str, rim: &'static str) -> Html {
    html! {
        <>
            <path d={d.clone()} stroke={rim} stroke-width={(2.0 * radius + 0.6).to_string()} />
            <path d={d.clone()} stroke={colour} stroke-width={(2.0 * radius).to_string()} />
            <path d={d} stroke="#f4a9a2" stroke-width={(radius * 0.45).to_string()} opacity="0.55" />
        </>
    }
}

/// The arm and leg arteries and the whole aorta, drawn behind the heart.
#[component]
pub fn BackVessels() -> Html {
    html! {
        <g class="vessels" fill="none" stroke-linecap="round" stroke-linejoin="round">
            { for ["arm", "leg", "brachiocephalic", "aorta"].iter().map(|name| {
                let v = vessel(name);
                tube(bez(&v.path), v.radius, "#c9454a", "#9e3439")
            }) }
            // The artery runs on into the hand.
            <path d={polyline([anatomy::WRIST, kurbo::Point::new(127.0, 572.0), kurbo::Point::new(124.0, 596.0)])} stroke="#c9454a" stroke-width="4" />
            // Branches of the arch towards the head and left arm.
            <path d="M315 272 L316 240 M322 274 L330 244" stroke="#b83e44" stroke-width="2.8" />
        </g>
    }
}

/// The arch and rising aorta, in front of the heart, and the coronary arteries on its surface.
#[component]
pub fn FrontVessels() -> Html {
    let front = anatomy::aorta_front();
    html! {
        <g class="vessels" fill="none" stroke-linecap="round" stroke-linejoin="round">
            { tube(bez(&front), vessel("aorta").radius, "#c9454a", "#9e3439") }
            <g class="coronaries">
                { for coronary_branches().iter().map(|b| html! { <path d={bez(b)} stroke="#c22c37" stroke-width="1.1" /> }) }
                { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter().map(|a| {
                    let v = anatomy::coronary(*a);
                    html! {
                        <>
                            <path d={bez(&v.path)} stroke="#a3202b" stroke-width="2.3" />
                            <path d={bez(&v.path)} stroke="#d8343f" stroke-width="1.7" />
                            <path d={bez(&v.path)} stroke="#f08a8a" stroke-width="0.45" opacity="0.8" />
                        </>
                    }
                }) }
            </g>
        </g>
    }
}
