//! Point and draw over the live picture: the drawing layer (in world units, inside the stage's
//! SVG, so it moves with the anatomy) and the tools (draw, point, three colours, undo, clear).

use crate::draw::{num, polyline};
use crate::i18n::t;
use crate::model::ink::{Colour, Ink, Tool};
use crate::model::step::Step;
use kurbo::Point;
use yew::prelude::*;

/// What a finger or pen does on the picture while a tool is on, in world units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InkInput {
    Down(Point, f64),
    Move(Point, f64),
    Up,
}

/// Screen thickness of a pen line, in CSS pixels, at normal pressure.
const LINE_PX: f64 = 4.0;

/// The drawing on `step`, and the fading laser trace, for a picture at `unit` world units per
/// screen pixel (so lines keep their thickness on screen at any zoom).
pub fn layer(ink: &Ink, step: Step, unit: f64, now: f64) -> Html {
    let laser = ink.laser(now);
    html! {
        <g class="ink">
            { for ink.strokes(step).map(|stroke| {
                let width = stroke.points.iter().map(|(_, w)| w).sum::<f64>() / stroke.points.len().max(1) as f64;
                let mut d = polyline(stroke.points.iter().map(|(p, _)| *p));
                if stroke.points.len() == 1 {
                    // A tap leaves a dot.
                    d.push_str("h0.01");
                }
                html! {
                    <path class={classes!("ink-stroke", stroke.colour.slug())} {d} stroke-width={num(LINE_PX * unit * width)} />
                }
            }) }
            { for laser.iter().map(|(p, fade)| html! {
                <circle class="laser" cx={num(p.x)} cy={num(p.y)} r={num(7.0 * unit)} fill-opacity={num(0.85 * fade)} />
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct InkToolsProps {
    pub tool: Tool,
    pub colour: Colour,
    /// Whether this step has something to undo or clear.
    pub drawn: bool,
    pub on_change: Callback<InkChange>,
}

/// What the tools ask of the drawing.
#[derive(Clone, Copy, PartialEq)]
pub enum InkChange {
    Tool(Tool),
    Colour(Colour),
    Undo,
    Clear,
}

/// The drawing tools, over the picture's corner: "Draw" turns the pen on (tap and swipe work
/// the journey again when it is off); then point, the colours, undo and clear.
#[component]
pub fn InkTools(props: &InkToolsProps) -> Html {
    let toggle = |tool: Tool| {
        let (on_change, current) = (props.on_change.clone(), props.tool);
        Callback::from(move |_: MouseEvent| {
            on_change.emit(InkChange::Tool(if current == tool {
                Tool::Off
            } else {
                tool
            }))
        })
    };
    let on = props.tool != Tool::Off;
    html! {
        <div class={classes!("ink-tools", on.then_some("on"))} role="toolbar" aria-label={t("ink-tools")}>
            <button type="button" class="ink-tool ink-pen" aria-pressed={(props.tool == Tool::Pen).to_string()} onclick={toggle(Tool::Pen)}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20l4-1 11-11-3-3L5 16zM14 7l3 3" /></svg>"#)) }
                <span>{ t("ink-pen") }</span>
            </button>
            <button type="button" class="ink-tool ink-laser" aria-pressed={(props.tool == Tool::Laser).to_string()} onclick={toggle(Tool::Laser)}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3.5" /><path d="M12 3v3M12 18v3M3 12h3M18 12h3" /></svg>"#)) }
                <span>{ t("ink-laser") }</span>
            </button>
            { on.then(|| html! {
                <>
                    { for Colour::ALL.iter().map(|colour| {
                        let (on_change, colour) = (props.on_change.clone(), *colour);
                        html! {
                            <button type="button" class={classes!("ink-colour", colour.slug())} aria-pressed={(props.colour == colour).to_string()}
                                aria-label={t(&format!("ink-colour-{}", colour.slug()))} onclick={Callback::from(move |_: MouseEvent| on_change.emit(InkChange::Colour(colour)))}>
                                <span class="ink-swatch" />
                            </button>
                        }
                    }) }
                    <button type="button" class="ink-tool ink-undo" disabled={!props.drawn} onclick={props.on_change.reform(|_| InkChange::Undo)}>{ t("ink-undo") }</button>
                    <button type="button" class="ink-tool ink-clear" disabled={!props.drawn} onclick={props.on_change.reform(|_| InkChange::Clear)}>{ t("ink-clear") }</button>
                </>
            }) }
        </div>
    }
}
