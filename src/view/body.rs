//! The body outline (world units). Static: it never re-renders.

use crate::draw::{bez, body};
use yew::prelude::*;

#[component]
pub fn Body() -> Html {
    html! {
        <g class="body">
            <ellipse class="skin" cx="300" cy="92" rx="44" ry="54" />
            <path class="skin" d={bez(&body::outline())} />
            <path class="skin-line" d={bez(&body::collarbones())} stroke-width="3" />
            <path class="skin-line" d={bez(&body::details())} stroke-width="1.2" />
        </g>
    }
}

/// Briefs over the pelvis, drawn over the arteries and the catheter, which show faintly
/// through them. Static: it never re-renders.
#[component]
pub fn Briefs() -> Html {
    html! { <path class="briefs" d={bez(&body::briefs())} /> }
}
