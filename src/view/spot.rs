//! The narrowed spot on the heart: a waist in the artery with plaque inside its outline (or a
//! clot closing it), an artery-wide stent after treatment, the ring the text points to, and the
//! muscle beyond it dimmed while it is short of blood.

use super::layer::Draw;
use crate::draw::vessel::{coronary, dip, tapered, tube};
use crate::draw::{num, polyline};
use crate::model::anatomy::{self, HEART_TO_WORLD};
use crate::model::scene::Scene;
use crate::model::setup::Artery;
use yew::prelude::*;

/// Half the length of the narrowed stretch on the heart (world units).

#[derive(PartialEq)]
pub struct Spot {
    artery: Artery,
    /// How closed the channel is: most of it before treatment, all of it when blocked, less
    /// where it may only be narrowed (pictures only).
    closed: f64,
    /// Pictures only: the plaque may be there; it is drawn faint.
    possible: bool,
    clotted: bool,
    stented: bool,
    /// Beyond a blockage the artery carries little blood: it looks pale, rim and all, until
    /// flow returns.
    pale: f64,
    marker: f64,
}

impl Spot {
    pub fn of(scene: &Scene) -> Spot {
        let clotted = scene.setup.is_emergency() && scene.pose.clot > 0.5;
        let compression = scene.channel.compression;
        Spot {
            artery: scene.setup.artery,
            closed: if clotted {
                1.0
            } else if scene.setup.treats() {
                0.75
            } else {
                0.45
            } * (1.0 - compression),
            possible: !scene.setup.treats(),
            clotted,
            stented: scene.pose.stent.is_some_and(|st| st.x > 0.0) && compression > 0.5,
            pale: ((0.55 - scene.pose.perfusion) / 0.55).max(0.0) * 0.95,
            marker: scene.pose.marker,
        }
    }
}

impl Draw for Spot {
    fn draw(&self) -> Html {
        spot(self)
    }
}

fn spot(spot: &Spot) -> Html {
    let artery = spot.artery;
    let line = &anatomy::coronary(artery).line;
    let s = line.length() * anatomy::narrowing_fraction(artery);
    let (at, _) = anatomy::narrowing(artery);
    let closed = spot.closed;
    let lumen = move |x: f64| 0.62 * (1.0 - closed * dip(x, s, anatomy::SPOT_HALF_LENGTH));
    let (pale, clotted, stented) = (spot.pale, spot.clotted, spot.stented);
    html! {
        <g class="spot">
            { (pale > 0.01).then(|| html! {
                <g fill-opacity={num(pale)}>
                    <path class="artery-starved" d={tube(line, s + anatomy::SPOT_HALF_LENGTH, line.length(), coronary(line.length(), 1.2))} />
                    // Its side branches past the blockage are as empty.
                    { for anatomy::branches().iter()
                        .filter(|b| b.artery == artery && b.origin > anatomy::narrowing_fraction(artery))
                        .map(|b| {
                            let l = b.line.length();
                            html! { <path class="artery-starved" d={tube(&b.line, 0.0, l, tapered(l, b.radius + 0.2, 0.6 * l))} /> }
                        }) }
                </g>
            }) }
            <path class={classes!("spot-plaque", spot.possible.then_some("possible"))} d={tube(line, s - anatomy::SPOT_HALF_LENGTH, s + anatomy::SPOT_HALF_LENGTH, |_| 0.85)} />
            <path class="spot-lumen" d={tube(line, s - anatomy::SPOT_HALF_LENGTH - 0.4, s + anatomy::SPOT_HALF_LENGTH + 0.4, lumen)} />
            { clotted.then(|| html! { <ellipse class="spot-clot" cx={num(at.x)} cy={num(at.y)} rx={num(anatomy::CLOT_HALF_LENGTH)} ry="0.55"
                transform={format!("rotate({} {} {})", num(line.direction(s).y.atan2(line.direction(s).x).to_degrees()), num(at.x), num(at.y))} /> }) }
            { stented.then(|| html! { <path class="spot-stent" d={stent_mesh(line, s)} /> }) }
            { (spot.marker > 0.0).then(|| html! {
                <circle class="marker" cx={num(at.x)} cy={num(at.y)} r={num(crate::model::anatomy::NARROWING_RING)} stroke-opacity={num(spot.marker)} />
            }) }
        </g>
    }
}

/// A stent on the heart's surface: a short diamond mesh as wide as the artery.
fn stent_mesh(line: &anatomy::Polyline, s: f64) -> String {
    let (from, to) = (s - anatomy::SPOT_HALF_LENGTH, s + anatomy::SPOT_HALF_LENGTH);
    let edge = |s: f64, side: f64| {
        let d = line.direction(s);
        line.at(s) + kurbo::Vec2::new(-d.y, d.x) * (0.85 * side)
    };
    let cells = 5;
    let mut d = String::new();
    for i in 0..cells {
        let a = from + (to - from) * i as f64 / cells as f64;
        let b = from + (to - from) * (i + 1) as f64 / cells as f64;
        d.push_str(&polyline([edge(a, -1.0), edge(b, 1.0)]));
        d.push_str(&polyline([edge(a, 1.0), edge(b, -1.0)]));
    }
    for side in [-1.0, 1.0] {
        d.push_str(&polyline(
            (0..=8).map(|i| edge(from + (to - from) * i as f64 / 8.0, side)),
        ));
    }
    d
}

/// The muscle the chosen artery feeds beyond the narrowing, dimmed while short of blood: a
/// little before a planned procedure, much more while blocked, not at all once flow is back.
#[derive(PartialEq)]
pub struct Shade {
    artery: Artery,
    /// How short of blood the muscle is (0 to 1).
    short: f64,
}

impl Shade {
    pub fn of(scene: &Scene) -> Shade {
        Shade {
            artery: scene.setup.artery,
            short: 1.0 - scene.pose.perfusion,
        }
    }
}

impl Draw for Shade {
    fn draw(&self) -> Html {
        perfusion_shade(self.artery, self.short)
    }
}

fn perfusion_shade(artery: Artery, short: f64) -> Html {
    if short <= 0.01 {
        return html! {};
    }
    let (c, rx, ry, turn) = anatomy::territory(artery);
    let centre = HEART_TO_WORLD * c;
    let k = HEART_TO_WORLD.as_coeffs()[0];
    html! {
        <ellipse class="starved" cx={num(centre.x)} cy={num(centre.y)} rx={num(rx * k)} ry={num(ry * k)}
            fill="url(#hp-starved)" fill-opacity={num(short)}
            transform={format!("rotate({} {} {})", num(turn), num(centre.x), num(centre.y))} />
    }
}
