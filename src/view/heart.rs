//! The heart muscle seen from the front, as the art (`art/body.svg`) draws it in its own
//! 400 × 400 frame (placed in the chest by `anatomy::HEART_TO_WORLD`). The great vessels and
//! coronary arteries are drawn from the art's centre-lines by `vessels`, so the catheter always
//! runs inside them.

use yew::prelude::*;

use crate::model::art;

/// The outline of the heart muscle (also drawn, in grey, on the X-ray), in the heart's frame.
pub const OUTLINE: &str = art::HEART_OUTLINE.d;

/// Gradients and patterns the whole stage uses (the art's `stage-defs`).
pub fn defs() -> Html {
    Html::from_html_unchecked(AttrValue::Static(art::STAGE_DEFS))
}

/// The parts of the heart behind the great vessels: muscle, atrial appendages, the vein and the
/// lung artery (the art's `heart-back`, in the heart's frame). Static: it never re-renders.
#[component]
pub fn HeartMuscle() -> Html {
    html! { <g class="heart">{ Html::from_html_unchecked(AttrValue::Static(art::HEART_BACK)) }</g> }
}
