//! The picture: one SVG whose viewBox is the scene's camera. Every layer is drawn from the
//! `Scene`; static art lives in child components that never re-render.

use super::body::Body;
use super::cut::cut_view;
use super::heart::{self, HeartMuscle};
use super::labels::labels;
use super::vessels::{BackVessels, FrontVessels};
use crate::draw::cut;
use crate::draw::{bez, matrix, num, polyline, view_box};
use crate::i18n::t_with;
use crate::i18n::Arg;
use crate::model::anatomy::{self, HEART_TO_WORLD};
use crate::model::cut as section;
use crate::model::scene::{scene_at, Scene, INSET_RADIUS};
use crate::model::setup::{Artery, Setup};
use crate::model::step::Step;
use crate::model::timeline::smooth;
use kurbo::{Affine, Point};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageProps {
    pub scene: Rc<Scene>,
    /// World units per screen pixel at the current zoom.
    pub unit: f64,
    pub title: AttrValue,
    pub stage_ref: NodeRef,
    pub on_tap: Callback<()>,
    /// -1: swipe to the previous step, +1: to the next.
    pub on_swipe: Callback<i32>,
}

#[component]
pub fn Stage(props: &StageProps) -> Html {
    let scene = &props.scene;
    let start = use_mut_ref(|| None::<(f64, f64)>);
    let onpointerdown = {
        let start = start.clone();
        Callback::from(move |e: PointerEvent| {
            *start.borrow_mut() = Some((e.client_x() as f64, e.client_y() as f64))
        })
    };
    let onpointerup = {
        let (on_tap, on_swipe) = (props.on_tap.clone(), props.on_swipe.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = start.borrow_mut().take() else {
                return;
            };
            let (dx, dy) = (e.client_x() as f64 - x, e.client_y() as f64 - y);
            if dx.abs() > 60.0 && dx.abs() > 1.5 * dy.abs() {
                on_swipe.emit(if dx < 0.0 { 1 } else { -1 });
            } else if dx.abs() < 10.0 && dy.abs() < 10.0 {
                on_tap.emit(());
            }
        })
    };
    let centre = HEART_TO_WORLD * Point::new(220.0, 260.0);
    let beat = Affine::translate(centre.to_vec2())
        * Affine::scale(scene.beat)
        * Affine::translate(-centre.to_vec2());
    let covered = scene.cut >= 0.999 || scene.xray >= 0.999;
    let c = scene.camera;
    let label = use_memo(props.title.clone(), |title| {
        t_with("stage-label", &[("title", Arg::Word(title))])
    });
    html! {
        <figure class="stage" ref={props.stage_ref.clone()} {onpointerdown} {onpointerup}>
            <svg class="stage-svg" viewBox={view_box(scene.camera)} preserveAspectRatio="xMidYMid meet"
                role="img" aria-label={(*label).clone()} data-step={scene.step.slug()}>
                <defs>{ heart::defs() }</defs>
                // Layers hidden under an opaque X-ray or artery cut are not drawn at all: painting
                // them every frame is most of a frame's cost on a slow phone.
                { (!covered && scene.body > 0.0).then(|| html! { <g opacity={num(scene.body)}><Body /></g> }) }
                { (!covered).then(|| html! {
                    <>
                        <g transform={matrix(beat)}><BackVessels /></g>
                        { catheter(scene, Part::Behind, "#5b7083", "#a9bccb") }
                        <g transform={matrix(beat)}>
                            <g transform={matrix(HEART_TO_WORLD)}><HeartMuscle /></g>
                            <FrontVessels />
                            { spot(scene) }
                        </g>
                        { access_site(scene) }
                        { catheter(scene, Part::Front, "#5b7083", "#a9bccb") }
                        { close_up(scene) }
                    </>
                }) }
                { (scene.cut < 0.999).then(|| xray(scene)) }
                { (scene.cut > 0.0).then(|| html! {
                    <g opacity={num(scene.cut)}>
                        <rect x={num(c.x0)} y={num(c.y0)} width={num(c.width())} height={num(c.height())} fill="#f6e2db" />
                        <g transform={matrix(scene.cut_to_world)}>{ cut_view(scene) }</g>
                    </g>
                }) }
                { labels(scene, props.unit) }
            </svg>
        </figure>
    }
}

/// The narrowed spot on the heart: yellow plaque before, a silver stent after, and a ring
/// around it when the text points to it.
fn spot(scene: &Scene) -> Html {
    let (at, dir) = anatomy::narrowing(scene.setup.artery);
    let angle = dir.y.atan2(dir.x).to_degrees();
    let treated = scene.channel.compression > 0.5;
    let fill = if treated && scene.stent.is_some() {
        "#c3ccd4"
    } else if treated {
        "#d8343f"
    } else {
        "#f2cf72"
    };
    html! {
        <g class="spot">
            <ellipse cx={num(at.x)} cy={num(at.y)} rx="2.4" ry="1.15" fill={fill}
                transform={format!("rotate({} {} {})", num(angle), num(at.x), num(at.y))} />
            { (scene.marker > 0.0).then(|| html! {
                <circle class="marker" cx={num(at.x)} cy={num(at.y)} r="5" fill="none" stroke="#0b6e99"
                    stroke-width="0.8" stroke-dasharray="2 1.2" opacity={num(scene.marker)} />
            }) }
        </g>
    }
}

/// A close-up window beside the narrowing: the artery cut in miniature, showing the plaque,
/// joined to the spot by a line.
fn close_up(scene: &Scene) -> Html {
    let inset = scene.inset;
    if inset.opacity <= 0.0 {
        return html! {};
    }
    let r = INSET_RADIUS;
    let (spot, _) = anatomy::narrowing(scene.setup.artery);
    let toward = (inset.centre - spot).normalize();
    let (from, to) = (spot + toward * 5.0, inset.centre - toward * r);
    // A nested <svg> shows the middle 300 units of the cut (the plaque and a little healthy
    // artery each side). Its square edge clips cheaply; a round clip-path cost ~10 ms a frame.
    let (x, y, side) = (
        num(inset.centre.x - r),
        num(inset.centre.y - r),
        num(2.0 * r),
    );
    let half = 150.0;
    let view = format!(
        "{} {} 300 300",
        section::PLAQUE_X - half,
        section::CENTRE_Y - half
    );
    html! {
        <g class="close-up" opacity={num(inset.opacity)}>
            <line x1={num(from.x)} y1={num(from.y)} x2={num(to.x)} y2={num(to.y)} stroke="#0b6e99" stroke-width="0.5" stroke-dasharray="1.2 0.8" />
            <rect x={num(inset.centre.x - r - 0.7)} y={num(inset.centre.y - r - 0.7)} width={num(2.0 * r + 1.4)} height={num(2.0 * r + 1.4)} rx="1.6" fill="#ffffff" />
            <svg x={x.clone()} y={y.clone()} width={side.clone()} height={side.clone()} viewBox={view}>
                <CloseUpArt setup={scene.setup} />
            </svg>
            <rect {x} {y} width={side.clone()} height={side} rx="1" fill="none" stroke="#0b6e99" stroke-width="0.35" />
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct CloseUpProps {
    setup: Setup,
}

/// The close-up's picture: the untreated artery, still. It renders once per setup, so a frame
/// only moves and fades its window (drawing live cells here cost ~10 ms a frame).
#[component]
fn CloseUpArt(props: &CloseUpProps) -> Html {
    // Flat colours and a handful of shapes: it repaints whenever the camera moves.
    let channel = scene_at(props.setup, 0.0, 1.0).channel;
    html! {
        <>
            <rect x="150" y="-30" width="300" height="300" fill="#f6e2db" />
            <rect x="150" y="60" width="300" height="120" fill="#7a1c24" />
            <ellipse cx="200" cy="95" rx="10" ry="6" fill="#c4343e" />
            <ellipse cx="392" cy="140" rx="10" ry="6" fill="#c4343e" />
            { for [-1.0, 1.0].iter().map(|side| html! {
                <>
                    <path d={cut::plaque(&channel, *side)} fill="#f2cf72" stroke="#d9a93f" stroke-width="2" />
                    <path d={cut::wall(&channel, *side)} fill="#e9a3a0" stroke="#c97d7a" stroke-width="2" />
                    <path d={cut::lining(&channel, *side)} fill="none" stroke="#f6c6c0" stroke-width="5" />
                </>
            }) }
        </>
    }
}

/// The numbing glow and the short sheath where the tube goes in.
fn access_site(scene: &Scene) -> Html {
    let route = anatomy::route(scene.setup.access, scene.setup.artery);
    let site = route.at(0.0);
    let along = route.direction(0.0);
    let outside = site - along * 7.0 + kurbo::Vec2::new(-along.y, along.x) * 3.0;
    let inside = site + along * (9.0 * scene.sheath);
    html! {
        <g class="access">
            { (scene.numbing > 0.0).then(|| html! {
                <circle cx={num(site.x)} cy={num(site.y)} r="16" fill="url(#hp-glow)" opacity={num(scene.numbing)} />
            }) }
            { (scene.sheath > 0.0).then(|| html! {
                <g class="sheath" opacity={num((scene.sheath * 4.0).min(1.0))}>
                    <path d={polyline([outside, site, inside])} fill="none" stroke="#4f6475" stroke-width="2.4" stroke-linecap="round" />
                    <circle cx={num(outside.x)} cy={num(outside.y)} r="2.2" fill="#7d93a6" stroke="#4f6475" stroke-width="0.6" />
                </g>
            }) }
        </g>
    }
}

/// Which stretch of the catheter to draw: the part that runs behind the heart is drawn before
/// the heart, the rest after it.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Whole,
    Behind,
    Front,
}

/// The catheter from the entry point to its tip, in the given colours.
fn catheter(scene: &Scene, part: Part, body: &'static str, core: &'static str) -> Html {
    let behind = anatomy::behind_heart(scene.setup.access, scene.setup.artery);
    let (from, to) = match part {
        Part::Whole => (0.0, scene.catheter),
        Part::Behind => (0.0, scene.catheter.min(behind)),
        Part::Front => (behind, scene.catheter),
    };
    if to <= from {
        return html! {};
    }
    let route = anatomy::route(scene.setup.access, scene.setup.artery);
    let d = polyline(route.between(from, to));
    // A ring draws the eye to the moving tip while it travels.
    let ring = if scene.step == Step::Travel {
        1.0 - smooth(scene.local, 9.0, 10.0)
    } else {
        0.0
    };
    html! {
        <g class="catheter" fill="none" stroke-linecap="round" stroke-linejoin="round">
            <path d={d.clone()} stroke={body} stroke-width="1.5" />
            <path d={d} stroke={core} stroke-width="0.5" />
            { (ring > 0.0 && part != Part::Behind).then(|| html! {
                <circle cx={num(scene.tip.x)} cy={num(scene.tip.y)} r="4" fill="none" stroke="#0b6e99" stroke-width="1" opacity={num(0.8 * ring)} />
            }) }
        </g>
    }
}

/// The X-ray look: a dark screen, the heart's grey outline, and dye filling the arteries. The
/// narrowing shows as a pinch in the dye; a blocked artery fills only up to the blockage.
fn xray(scene: &Scene) -> Html {
    if scene.xray <= 0.0 {
        return html! {};
    }
    let c = scene.camera;
    let chosen = &anatomy::coronary(scene.setup.artery).line;
    let narrow_s = chosen.length() * anatomy::narrowing_fraction(scene.setup.artery);
    let pinch: Vec<Point> = (0..=8)
        .map(|i| chosen.at(narrow_s - 1.6 + 0.4 * i as f64))
        .collect();
    let blocked = scene.setup.is_emergency();
    html! {
        <g class="xray" opacity={num(scene.xray)}>
            <rect x={num(c.x0)} y={num(c.y0)} width={num(c.width())} height={num(c.height())} fill="#1d2630" />
            <path d={heart::OUTLINE} transform={matrix(HEART_TO_WORLD)} fill="#33404c" stroke="#6d7d8b" stroke-width="3" />
            <path d={bez(&anatomy::aorta_front())} fill="none" stroke="#3c4a57" stroke-width="8.4" stroke-linecap="round" />
            { catheter(scene, Part::Whole, "#7f8f9c", "#aab6c0") }
            // Dye goes into one side: the right artery, or the left main with both its branches.
            <g class="dye" fill="none" stroke="#f4f8fb" stroke-linecap="round">
                { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter()
                    .filter(|a| (**a == Artery::Rca) == (scene.setup.artery == Artery::Rca))
                    .map(|a| {
                        let mut fill = scene.dye;
                        if blocked && *a == scene.setup.artery {
                            fill = fill.min(narrow_s / chosen.length());
                        }
                        html! {
                            <path d={bez(&anatomy::coronary(*a).path)} stroke-width="1.3" pathLength="1"
                                stroke-dasharray={format!("{} 1", num(fill))} />
                        }
                    }) }
            </g>
            { (!blocked && scene.dye > 0.5).then(|| html! {
                <g class="pinch" fill="none" stroke-linecap="round" opacity={num(((scene.dye - 0.5) * 4.0).min(1.0))}>
                    <path d={polyline(pinch.clone())} stroke="#1d2630" stroke-width="1.5" />
                    <path d={polyline(pinch)} stroke="#f4f8fb" stroke-width="0.45" />
                </g>
            }) }
        </g>
    }
}
