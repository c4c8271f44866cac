//! The picture: one responsive SVG that always fits its box without clipping.

use super::heart;
use crate::i18n::t;
use yew::prelude::*;

#[component]
pub fn Stage() -> Html {
    html! {
        <figure class="stage">
            <svg class="stage-svg" viewBox="60 -10 300 400" preserveAspectRatio="xMidYMid meet"
                role="img" aria-label={t("stage-heart-label")}>
                <defs>{ heart::defs() }</defs>
                <g class="beat">{ heart::heart() }</g>
            </svg>
        </figure>
    }
}
