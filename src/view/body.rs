//! The body (world units), as the art draws it. Static: none of these re-renders.

use crate::model::art;
use yew::prelude::*;

fn markup(svg: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(svg))
}

/// The figure: head, outline, collarbones, and the fine lines of the hands and hips.
#[component]
pub fn Body() -> Html {
    html! { <g class="body">{ markup(art::BODY) }</g> }
}

#[derive(Properties, PartialEq)]
pub struct PieceProps {
    /// One of the art's exported groups: `art::BRIEFS` (over the pelvis, the arteries and the
    /// catheter showing faintly through), `art::BONES` (close on the groin, under the
    /// arteries) or `art::LIGAMENT` (close on the groin, over the artery that passes under it).
    pub art: &'static str,
}

/// A piece of the body's art the picture shows only at some times, at its own depth.
#[component]
pub fn Piece(props: &PieceProps) -> Html {
    html! { <g>{ markup(props.art) }</g> }
}
