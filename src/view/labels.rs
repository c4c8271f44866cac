//! Words on the picture with leader lines, placed by `draw::labels`.

use super::layer::Draw;
use crate::draw::labels::{font_px, place_all, text_units, Board};
use crate::draw::num;
use crate::i18n::{self, t_for};
use crate::model::locale::Locale;
use crate::model::scene::Scene;
use crate::model::setup::Setup;
use yew::prelude::*;

/// The labels of a scene on a stage `stage_px` wide, where one pixel is `unit` world units,
/// in the language shown.
#[derive(PartialEq)]
pub struct Labels {
    board: Board,
    setup: Setup,
    unit: f64,
    stage_px: f64,
    lang: Locale,
}

impl Labels {
    pub fn of(scene: &Scene, unit: f64, stage_px: f64) -> Labels {
        Labels {
            board: Board::of(scene),
            setup: scene.setup,
            unit,
            stage_px,
            lang: i18n::language(),
        }
    }
}

/// Where a label's line starts: on the ring round its anchor, if it has one, where its `along`
/// line crosses it on the words' side (else straight towards the words).
fn leader_start(label: &crate::model::scene::Label, end: kurbo::Point) -> kurbo::Point {
    let towards = end - label.anchor;
    if label.ring <= 0.0 || towards.hypot() <= label.ring {
        return label.anchor;
    }
    let along = if label.along.hypot() > 0.0 {
        // The crossing on the words' side.
        let a = label.along.normalize();
        if a.dot(towards) >= 0.0 {
            a
        } else {
            -a
        }
    } else {
        towards.normalize()
    };
    label.anchor + along * label.ring
}

impl Draw for Labels {
    fn draw(&self) -> Html {
        let unit = self.unit;
        let font = font_px(self.stage_px) * unit;
        let labels = &self.board.labels;
        let texts: Vec<String> = labels.iter().map(|l| t_for(l.id, self.setup)).collect();
        let chars: Vec<usize> = texts.iter().map(|t| text_units(t)).collect();
        let placed = place_all(&self.board, &chars, unit, self.stage_px);
        html! {
            <g class="labels" font-size={num(font)}>
                { for labels.iter().zip(texts).zip(placed).map(|((label, text), placed)| {
                    let (end, bounds) = (placed.end, placed.bounds);
                    let start = leader_start(label, end);
                    html! {
                        <g class="label" opacity={num(label.opacity)} data-label={label.id}>
                            { (end != label.anchor).then(|| html! { <>
                                // A light edge under the line, so it reads on dark dye and red
                                // muscle alike.
                                <line class="label-line-halo" x1={num(start.x)} y1={num(start.y)} x2={num(end.x)} y2={num(end.y)}
                                    stroke-width={num(4.0 * unit)} />
                                <line class="label-line" x1={num(start.x)} y1={num(start.y)} x2={num(end.x)} y2={num(end.y)}
                                    stroke-width={num(1.75 * unit)} />
                                <circle class="label-dot" cx={num(start.x)} cy={num(start.y)} r={num(3.0 * unit)} stroke-width={num(1.2 * unit)} />
                            </> }) }
                            <text class="label-text" x={num(bounds.center().x)} y={num(bounds.y1 - 0.28 * font)} text-anchor="middle"
                                stroke-width={num(4.0 * unit)}>{ text }</text>
                        </g>
                    }
                }) }
            </g>
        }
    }
}
