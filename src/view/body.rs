//! The body outline (world units). Static: it never re-renders.

use crate::draw::{bez, body};
use yew::prelude::*;

#[component]
pub fn Body() -> Html {
    html! {
        <g class="body">
            <ellipse cx="300" cy="92" rx="44" ry="54" fill="url(#hp-skin)" stroke="#d8c4b6" stroke-width="2" />
            <path d={bez(&body::outline())} fill="url(#hp-skin)" stroke="#d8c4b6" stroke-width="2" />
            <path d={bez(&body::collarbones())} fill="none" stroke="#dccbbf" stroke-width="3" stroke-linecap="round" />
        </g>
    }
}
