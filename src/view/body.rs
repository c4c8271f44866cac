//! The body (world units), as the art draws it. Static: it never re-renders.

use crate::model::art;
use yew::prelude::*;

/// The figure: head, outline, collarbones, and the fine lines of the hands and hips.
#[component]
pub fn Body() -> Html {
    html! { <g class="body">{ Html::from_html_unchecked(AttrValue::Static(art::BODY)) }</g> }
}

/// Briefs over the pelvis, drawn over the arteries and the catheter, which show faintly
/// through them. Static: it never re-renders.
#[component]
pub fn Briefs() -> Html {
    html! { <g>{ Html::from_html_unchecked(AttrValue::Static(art::BRIEFS)) }</g> }
}
