//! Words on the picture with leader lines, placed by `draw::labels`.

use crate::draw::labels::{place, FONT_PX};
use crate::draw::num;
use crate::i18n::t_for;
use crate::model::scene::Scene;
use yew::prelude::*;

pub fn labels(scene: &Scene, unit: f64) -> Html {
    let font = FONT_PX * unit;
    // On the dark X-ray picture the words turn light.
    let (ink, halo) = if scene.xray > 0.5 {
        ("#f4f8fb", "#1d2630")
    } else {
        ("#1f2328", "#ffffff")
    };
    html! {
        <g class="labels" font-size={num(font)}>
            { for scene.labels.iter().map(|label| {
                let text = t_for(label.id, scene.setup);
                let placed = place(label, text.chars().count(), scene.camera, unit);
                let (end, bounds) = (placed.end, placed.bounds);
                html! {
                    <g class="label" opacity={num(label.opacity)} data-label={label.id}>
                        <line x1={num(label.anchor.x)} y1={num(label.anchor.y)} x2={num(end.x)} y2={num(end.y)}
                            stroke={ink} stroke-width={num(1.5 * unit)} />
                        <circle cx={num(label.anchor.x)} cy={num(label.anchor.y)} r={num(3.0 * unit)} fill={ink} stroke={halo} stroke-width={num(1.2 * unit)} />
                        <text x={num(bounds.center().x)} y={num(bounds.y1 - 0.28 * font)} text-anchor="middle"
                            stroke={halo} stroke-width={num(4.0 * unit)} paint-order="stroke" stroke-linejoin="round"
                            fill={ink} font-weight="600">{ text }</text>
                    </g>
                }
            }) }
        </g>
    }
}
