//! Words on the picture with leader lines. They keep the same size on screen at every zoom:
//! `unit` is the world size of one screen pixel.

use crate::draw::num;
use crate::i18n::t_for;
use crate::model::scene::Scene;
use yew::prelude::*;

pub fn labels(scene: &Scene, unit: f64) -> Html {
    let font = 16.0 * unit;
    html! {
        <g class="labels" font-size={num(font)}>
            { for scene.labels.iter().map(|label| {
                let end = label.anchor + label.toward * (42.0 * unit);
                let text_at = end + label.toward * (6.0 * unit);
                let anchor = if label.toward.x < -0.3 { "end" } else if label.toward.x > 0.3 { "start" } else { "middle" };
                let dy = if label.toward.y > 0.3 { 0.9 } else if label.toward.y < -0.3 { -0.25 } else { 0.35 };
                html! {
                    <g class="label" opacity={num(label.opacity)} data-label={label.id}>
                        <line x1={num(label.anchor.x)} y1={num(label.anchor.y)} x2={num(end.x)} y2={num(end.y)}
                            stroke="#1f2328" stroke-width={num(1.5 * unit)} />
                        <circle cx={num(label.anchor.x)} cy={num(label.anchor.y)} r={num(3.0 * unit)} fill="#1f2328" stroke="#fff" stroke-width={num(1.2 * unit)} />
                        <text x={num(text_at.x)} y={num(text_at.y + dy * font)} text-anchor={anchor}
                            stroke="#fff" stroke-width={num(4.0 * unit)} paint-order="stroke" stroke-linejoin="round"
                            fill="#1f2328" font-weight="600">{ t_for(label.id, scene.setup) }</text>
                    </g>
                }
            }) }
        </g>
    }
}
