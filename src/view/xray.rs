//! The X-ray step's picture, as a coronary angiogram shows it: the art's grey, grainy chest
//! (`art/angiogram.svg`, fetched when needed: ribs, spine, diaphragm, the heart's shadow; no
//! aorta, which shows only with dye), the thin catheter, a puff of dye at the artery's opening, and the dye filling
//! the arteries dark with their side branches. The narrowing is a waist in the dark column; a
//! blocked artery's column, and its branches beyond, stop at the blockage. Neither the camera
//! nor the X-ray's opacity is part of it: it is drawn again only as the dye or the catheter
//! moves.

use super::layer::Draw;
use crate::draw::vessel::{tapered, tube};
use crate::draw::{num, polyline};
use crate::model::anatomy;
use crate::model::scene::Scene;
use crate::model::setup::{Artery, Choice, Setup};
use crate::model::timeline::smooth;
use crate::model::Within;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct XRay {
    setup: Setup,
    /// The chest's markup, once fetched (`lazy_art`).
    chest: Option<AttrValue>,
    dye: f64,
    catheter_length: f64,
}

impl XRay {
    pub fn of(scene: &Scene, chest: Option<AttrValue>) -> XRay {
        XRay {
            setup: scene.setup,
            chest,
            dye: scene.pose.dye,
            catheter_length: scene.pose.catheter_length,
        }
    }
}

impl Draw for XRay {
    fn draw(&self) -> Html {
        xray(self)
    }
}

fn xray(x: &XRay) -> Html {
    let chosen = x.setup.artery;
    let route = anatomy::route(x.setup.access, chosen);
    // Dye goes into one side: the right artery, or the left main with both its branches.
    let filled: Vec<Artery> = [Artery::Rca, Artery::Lad, Artery::Circumflex]
        .into_iter()
        .filter(|a| anatomy::dye_fills(chosen, *a))
        .collect();
    // How far along each filled artery the dye has reached.
    let reach = |a: Artery| {
        let line = &anatomy::coronary(a).line;
        let l = line.length() * x.dye;
        if a == chosen && x.setup.is_emergency() {
            l.min(line.length() * anatomy::narrowing_fraction(a))
        } else {
            l
        }
    };
    // The first puff of dye clouds the artery's opening, then washes away.
    let puff = smooth(x.dye, 0.0, 0.06) * (1.0 - smooth(x.dye, 0.2, 0.5));
    let tip = route.at(x.catheter_length);
    html! {
        <>
            // Far wider than any view that shows the X-ray, so it need not follow the camera.
            <rect class="xray-field" x="-4000" y="-4000" width="8600" height="9000" />
            // The chest, its grain and shading included: under the dye, which stays darkest.
            { x.chest.clone().map(Html::from_html_unchecked) }
            // An X-ray hides nothing: from the groin the catheter's climb up the aorta shows
            // through the heart's shadow, fading smoothly to fainter there (it runs behind the
            // heart, clear of the arteries in front), then its way over the arch and down to
            // the artery.
            { for catheter_pieces(x.setup, x.catheter_length).into_iter().map(|(d, opacity)| html! {
                <path class="xray-catheter" {d} stroke-opacity={(opacity < 1.0).then(|| num(opacity))} />
            }) }
            { (puff > 0.01).then(|| html! {
                <ellipse class="dye-puff" cx={num(tip.x)} cy={num(tip.y)} rx="4.5" ry="3.5" opacity={num(0.75 * puff)} />
            }) }
            <g class="dye">
                { for anatomy::branches().iter().filter(|b| filled.contains(&b.artery)).filter_map(|b| {
                    // Beyond a blockage no dye comes; elsewhere a branch fills soon after the
                    // dye passes its start, to its end (a short end would read as blocked).
                    let beyond = b.artery == chosen
                        && x.setup.is_emergency()
                        && b.origin > anatomy::narrowing_fraction(b.artery);
                    let l = b.line.length();
                    let fill = if beyond {
                        0.0
                    } else {
                        l * smooth(x.dye, b.origin, (b.origin + 0.25).min(1.0))
                    };
                    (fill > 0.05).then(|| html! {
                        <path d={tube(&b.line, 0.0, fill, tapered(l, 0.8 * b.radius, 0.6 * l))} />
                    })
                }) }
                { for filled.iter().filter(|_| x.dye > 0.01).map(|a| {
                    let line = &anatomy::coronary(*a).line;
                    let l = line.length();
                    let at = l * anatomy::narrowing_fraction(*a);
                    let end = reach(*a).max(0.05);
                    let d = if *a == chosen && x.setup.is_emergency() {
                        // Blocked: the dye stops short at the blockage in a short tapered stump,
                        // a cut-off, not an artery thinning to a point.
                        let stump = move |s: f64| 0.45 + 0.55 * ((end - s) / 1.5).within(0.0, 1.0);
                        tube(line, 0.0, end, move |s| {
                            rounded_start(s) * stump(s) * (DYE_HALF_WIDTH - 0.35 * s / l)
                        })
                    } else {
                        let waist = (*a == chosen).then_some(at);
                        let width = dye_width(l, waist);
                        tube(line, 0.0, end, move |s| rounded_start(s) * width(s))
                    };
                    html! { <path data-artery={a.slug()} {d} /> }
                }) }
            </g>
            // Once the dye shows the narrowing, a ring round it says "here".
            { (x.dye > 0.85).then(|| {
                let spot = anatomy::narrowing(chosen).0;
                html! {
                    <circle class="xray-ring" cx={num(spot.x)} cy={num(spot.y)} r={num(anatomy::XRAY_RING)}
                        stroke-opacity={num(0.9 * smooth(x.dye, 0.85, 1.0))} />
                }
            }) }
        </>
    }
}

/// The catheter on the X-ray up to `length` along its route, in pieces with their opacity
/// (`anatomy::xray_catheter_shown`): from the groin, fainter where it runs behind the heart's
/// shadow, and broken round the ring round the narrowing.
fn catheter_pieces(setup: Setup, length: f64) -> Vec<(String, f64)> {
    let route = anatomy::route(setup.access, setup.artery);
    let (from, to) = anatomy::hidden_by_heart(setup.access);
    let shown = |s: f64| anatomy::xray_catheter_shown(setup, s);
    let mut cuts = vec![0.0, length];
    if to > from {
        // Every 2 units behind the heart: the fades are smooth.
        let n = ((to - from) / 2.0).ceil() as usize;
        cuts.extend((0..=n).map(|i| from + (to - from) * i as f64 / n as f64));
    }
    let mut cuts: Vec<f64> = cuts
        .into_iter()
        .filter(|c| *c >= 0.0 && *c <= length)
        .collect();
    cuts.sort_by(f64::total_cmp);
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[1] > w[0])
        .map(|w| {
            (
                polyline(route.between(w[0], w[1])),
                shown((w[0] + w[1]) / 2.0),
            )
        })
        .filter(|(_, opacity)| *opacity > 0.01)
        .collect()
}

/// Half the width of a dye-filled artery of `length`, `s` along it: arteries taper as they go
/// and end in a point; the narrowed one pinches in at its narrowing (`narrowing`, along it).
/// One function for both, so the tube is built by one copy of the code.
fn dye_width(length: f64, narrowing: Option<f64>) -> impl Fn(f64) -> f64 {
    move |s| {
        let pinch = narrowing.map_or(1.0, |at| anatomy::xray_pinch(s - at));
        (DYE_HALF_WIDTH - 0.35 * s / length) * tapered(length, 1.0, 12.0)(s) * pinch
    }
}

/// Half the width of a main artery's dye column where it starts (world units).
const DYE_HALF_WIDTH: f64 = 1.0;

/// The dye column's start, at the catheter's tip, rounded as the dye leaves it (a share of the
/// width, 1 from a unit in).
fn rounded_start(s: f64) -> f64 {
    s.within(0.0, 1.0).sqrt().max(0.3)
}
