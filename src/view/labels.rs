//! Words on the picture with leader lines. They keep the same size on screen at every zoom
//! (`unit` is the world size of one screen pixel), and turn to the other side of their anchor
//! rather than run off the edge of the picture.

use crate::draw::num;
use crate::i18n::t_for;
use crate::model::scene::{Label, Scene};
use kurbo::{Point, Rect, Vec2};
use yew::prelude::*;

const FONT_PX: f64 = 16.0;
const LEADER_PX: f64 = 42.0;

/// Where a label's text goes: the end of its leader line and its text box, turned back inside
/// the camera if it would stick out.
fn place(label: &Label, text: &str, camera: Rect, unit: f64) -> (Point, Rect, Vec2) {
    let width = text.chars().count() as f64 * FONT_PX * 0.6 * unit;
    let height = FONT_PX * 1.2 * unit;
    let margin = 6.0 * unit;
    let boxed = |toward: Vec2| {
        let end = label.anchor + toward * (LEADER_PX * unit);
        let left = if toward.x < -0.3 {
            end.x - width
        } else if toward.x > 0.3 {
            end.x
        } else {
            end.x - width / 2.0
        };
        let top = if toward.y > 0.3 {
            end.y
        } else if toward.y < -0.3 {
            end.y - height
        } else {
            end.y - height / 2.0
        };
        (
            end,
            Rect::new(left, top, left + width, top + height).inflate(margin, 0.0),
        )
    };
    let inside =
        |r: Rect| r.x0 >= camera.x0 && r.x1 <= camera.x1 && r.y0 >= camera.y0 && r.y1 <= camera.y1;
    for toward in [
        label.toward,
        Vec2::new(-label.toward.x, label.toward.y),
        Vec2::new(label.toward.x, -label.toward.y),
        -label.toward,
    ] {
        let (end, r) = boxed(toward);
        if inside(r) {
            return (end, r, toward);
        }
    }
    let (end, r) = boxed(label.toward);
    (end, r, label.toward)
}

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
                let (end, bounds, _) = place(label, &text, scene.camera, unit);
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
