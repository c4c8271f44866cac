//! The cath lab, as the art (`art/cathlab.svg`, its own 800 × 500 frame) draws it: the room,
//! the X-ray table and camera, the screen, the team, and the patient lying on the table with
//! the arm out on its board (wrist) or the groin draped. It re-renders only when the way in or
//! the fetched markup changes; the stage places it over the picture.

use crate::model::setup::{Access, Choice};
use kurbo::{Affine, Point, Rect};
use yew::prelude::*;

/// The art's own frame.
const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 500.0;

#[derive(Properties, PartialEq)]
pub struct CathLabProps {
    pub access: Access,
    /// The room's markup, fetched (`lazy_art`): both ways in, each in a group the CSS shows
    /// only for its own (`only-wrist`, `only-groin`).
    pub markup: AttrValue,
}

#[component]
pub fn CathLab(props: &CathLabProps) -> Html {
    html! {
        <g class="cath-lab" data-access={props.access.slug()}>
            { Html::from_html_unchecked(props.markup.clone()) }
        </g>
    }
}

/// Where the room's frame goes in a view of the world, in its middle: as large as fits when a
/// little of its width may be cut off at the sides (only wall lies there), so on a tall
/// picture the room is not a thin strip.
pub fn placed(view: Rect) -> Affine {
    let k = (view.width() / (0.92 * WIDTH)).min(view.height() / HEIGHT);
    Affine::translate((
        view.x0 + (view.width() - WIDTH * k) / 2.0,
        view.y0 + (view.height() - HEIGHT * k) / 2.0,
    )) * Affine::scale(k)
}

/// Where the room's floor meets its wall (its frame's y = 400), in the view: below it the
/// picture is floor, not wall.
pub fn floor(view: Rect) -> f64 {
    (placed(view) * Point::new(0.0, 400.0)).y
}
