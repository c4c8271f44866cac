//! The cath lab, as the art (`art/cathlab.svg`, its own 800 × 500 frame) draws it: the room,
//! the X-ray table and camera, the screen, the team, and the patient lying on the table with
//! the arm out on its board (wrist) or the groin draped. Static: it re-renders only when the
//! way in changes; the stage places it over the picture.

use crate::model::art;
use crate::model::setup::Access;
use kurbo::{Affine, Rect};
use yew::prelude::*;

/// The art's own frame.
const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 500.0;

#[derive(Properties, PartialEq)]
pub struct CathLabProps {
    pub access: Access,
}

#[component]
pub fn CathLab(props: &CathLabProps) -> Html {
    let markup = |text: &'static str| Html::from_html_unchecked(AttrValue::Static(text));
    html! {
        <g class="cath-lab">
            <defs>{ markup(art::CATHLAB_DEFS) }</defs>
            { markup(art::LAB_ROOM) }
            { markup(art::LAB_EQUIPMENT) }
            { markup(art::LAB_TEAM) }
            { markup(art::LAB_PATIENT) }
            { markup(match props.access {
                Access::Wrist => art::LAB_PATIENT_WRIST,
                Access::Groin => art::LAB_PATIENT_GROIN,
            }) }
        </g>
    }
}

/// Where the room's frame goes in a view of the world: as large as fits, in its middle.
pub fn placed(view: Rect) -> Affine {
    let k = (view.width() / WIDTH).min(view.height() / HEIGHT);
    Affine::translate((
        view.x0 + (view.width() - WIDTH * k) / 2.0,
        view.y0 + (view.height() - HEIGHT * k) / 2.0,
    )) * Affine::scale(k)
}
