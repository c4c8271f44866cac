//! Path data for the lengthwise cut through the artery (the cut's own 600 × 240 frame).

use super::{num, polygon, polyline};
use crate::model::scene::Scene;
use crate::model::script::{Device, GUIDE_RADIUS, GUIDE_TIP_X, WIRE_HIDDEN};
use crate::model::section::{
    self, Channel, BALLOON_TAPER, PLAQUE_HALF_LENGTH, PLAQUE_X, STENT_LENGTH, STENT_STRUT,
};
use crate::model::timeline::smooth;
use crate::model::Within;
use kurbo::Point;
use std::fmt::Write;

/// The walls reach far beyond the frame, so a wide screen never shows their ends.
const REACH: f64 = 2000.0;
const PLAQUE_FROM: f64 = PLAQUE_X - PLAQUE_HALF_LENGTH;
const PLAQUE_TO: f64 = PLAQUE_X + PLAQUE_HALF_LENGTH;

/// x positions across the plaque, fine enough for smooth curves.
fn across_plaque() -> impl Iterator<Item = f64> {
    (0..=44).map(|i| PLAQUE_FROM + i as f64 * (PLAQUE_TO - PLAQUE_FROM) / 44.0)
}

/// The artery wall above (`side` = -1) or below (+1) the channel. Its outer contour stays
/// healthy: the plaque is squashed inside it, never bulging it out.
pub fn wall(side: f64) -> String {
    band(side, 1.0)
}

/// How much of the wall's depth, from the inside, its muscle layer (the media) takes: the
/// rest, outside it, is the paler outer coat (the adventitia).
const MEDIA: f64 = 0.6;

/// The wall's muscle layer above (`side` = -1) or below (+1) the channel, drawn over the
/// whole wall: with the lining on the inside and the outer coat round it, the wall reads in
/// its three layers.
pub fn media(side: f64) -> String {
    band(side, MEDIA)
}

/// A band along the wall from its inside, `depth` of the wall's thickness deep.
fn band(side: f64, depth: f64) -> String {
    let inner = section::CENTRE_Y + side * section::RADIUS;
    let outer = inner + side * depth * section::WALL;
    polygon([
        Point::new(-REACH, inner),
        Point::new(-REACH, outer),
        Point::new(REACH, outer),
        Point::new(REACH, inner),
    ])
}

/// The plaque on one side, between the wall and the channel's edge.
pub fn plaque(channel: &Channel, side: f64) -> String {
    let inner = section::CENTRE_Y + side * section::RADIUS;
    let edge = |x: f64| {
        if side < 0.0 {
            channel.top(x)
        } else {
            channel.bottom(x)
        }
    };
    let mut points = vec![Point::new(PLAQUE_FROM, inner)];
    points.extend(across_plaque().map(|x| Point::new(x, edge(x))));
    points.push(Point::new(PLAQUE_TO, inner));
    polygon(points)
}

/// The smooth lining of the channel (it covers the plaque).
pub fn lining(channel: &Channel, side: f64) -> String {
    let edge = |x: f64| {
        if side < 0.0 {
            channel.top(x)
        } else {
            channel.bottom(x)
        }
    };
    let mut points = vec![Point::new(-REACH, edge(-REACH))];
    points.extend(across_plaque().map(|x| Point::new(x, edge(x))));
    points.push(Point::new(REACH, edge(REACH)));
    polyline(points)
}

/// Blood cells, all in one path: each rides its own lane of the channel, so they squeeze
/// through the narrowing. More cells show, and they move faster, as the flow grows.
pub fn cells(scene: &Scene) -> String {
    const COUNT: usize = 54;
    const SPAN: f64 = 900.0;
    let shown = 10 + (scene.flow_rate * (COUNT - 10) as f64).round() as usize;
    let mut d = String::with_capacity(shown * 48);
    let balloon_half = section::balloon_length(scene.pose.stent) / 2.0;
    for i in 0..shown {
        // Fixed, well-spread offsets and lanes for each cell (golden-ratio sequence).
        let offset = (i as f64 * 0.618_034).fract();
        let lane = 0.12 + 0.76 * ((i as f64 * 0.414_214 + 0.3).fract());
        let x = ((offset + scene.flow_distance).fract()) * SPAN - 150.0;
        let (top, bottom) = (scene.channel.top(x), scene.channel.bottom(x));
        let y = top + lane * (bottom - top);
        // Beyond a blockage no blood comes: the artery there is empty until it opens.
        if scene.pose.clot > 0.5 && x > PLAQUE_X {
            continue;
        }
        // A balloon fills the channel where it sits: no blood there.
        if let Some(b) = scene.pose.balloon {
            if (x - b.x).abs() < balloon_half
                && (y - scene.channel.middle(b.x)).abs() < b.radius + 4.0
            {
                continue;
            }
        }
        // Cells flatten a little where the channel is tight.
        let squeeze = ((bottom - top) / (2.0 * section::RADIUS)).within(0.45, 1.0);
        let (rx, ry) = (10.0, 6.0 * squeeze);
        let _ = write!(
            d,
            "M{} {}a{} {} 0 1 0 {} 0a{} {} 0 1 0 -{} 0Z",
            num(x - rx),
            num(y),
            num(rx),
            num(ry),
            num(2.0 * rx),
            num(rx),
            num(ry),
            num(2.0 * rx)
        );
    }
    d
}

/// Where the wire runs at `x`: along the channel's middle, but straight through a balloon
/// riding on it (`balloon` and its length; the balloon is straight), so it leaves by the
/// balloon's tips, not through its sides.
fn along_wire(channel: &Channel, balloon: Option<(Device, f64)>, x: f64) -> f64 {
    match balloon {
        Some((b, length)) => {
            let half = length / 2.0;
            let free = smooth((x - b.x).abs(), half, half + 60.0);
            channel.middle(b.x) + (channel.middle(x) - channel.middle(b.x)) * free
        }
        None => channel.middle(x),
    }
}

/// Points along the wire's path from `from` to `to`.
fn wire_path(
    channel: &Channel,
    (from, to): (f64, f64),
    steps: usize,
    balloon: Option<(Device, f64)>,
) -> String {
    polyline((0..=steps).map(|i| {
        let x = from + (to - from) * i as f64 / steps as f64;
        Point::new(x, along_wire(channel, balloon, x))
    }))
}

/// The guidewire, along the middle of the channel up to its tip.
pub fn wire(channel: &Channel, tip: f64, balloon: Option<(Device, f64)>) -> Option<String> {
    if tip <= WIRE_HIDDEN {
        return None;
    }
    // A soft, slightly bent tip, as a real guidewire has.
    let y = along_wire(channel, balloon, tip);
    let mut d = wire_path(channel, (-REACH / 4.0, tip), 90, balloon);
    let _ = write!(
        d,
        "Q{} {} {} {}",
        num(tip + 12.0),
        num(y),
        num(tip + 18.0),
        num(y - 7.0)
    );
    Some(d)
}

/// The balloon's own thin tube, around the wire from the guiding catheter to the balloon's
/// back end: the balloon is filled through it, and pulled back by it.
pub fn balloon_shaft(channel: &Channel, b: Device, length: f64) -> String {
    // From just inside the guiding catheter (it hides the rest): few points, as the balloon's
    // layer is drawn again every frame the balloon moves or opens.
    let back = b.x - length / 2.0;
    wire_path(
        channel,
        ((GUIDE_TIP_X - 20.0).min(back), back),
        16,
        Some((b, length)),
    )
}

/// A balloon: a tube with softly rounded, tapering shoulders, centred on the channel's middle
/// where it sits; its sides follow what holds it (`Channel::balloon_edges`: the squashed plaque,
/// a stent's struts), straight wherever nothing does.
pub fn balloon(channel: &Channel, b: Device, stent: Option<Device>) -> String {
    const STEPS: usize = 24;
    let y = channel.middle(b.x);
    let half = section::balloon_length(stent) / 2.0;
    let taper = BALLOON_TAPER;
    let (l, r) = (b.x - half, b.x + half);
    let edges: Vec<(f64, (f64, f64))> = (0..=STEPS)
        .map(|i| {
            let x = l + taper + (r - l - 2.0 * taper) * i as f64 / STEPS as f64;
            (x, channel.balloon_edges(b, stent, x))
        })
        .collect();
    // Each shoulder is one cubic curve from the tip to the side (or back).
    let shoulder = |d: &mut String, tip: f64, edge: f64, inward: f64, outward: bool| {
        let (c1, c2, end) = if outward {
            (
                tip + inward * 0.25,
                tip + inward * 0.5,
                (tip + inward, edge),
            )
        } else {
            (tip + inward * 0.5, tip + inward * 0.25, (tip, y))
        };
        let _ = write!(
            d,
            "C{} {} {} {} {} {}",
            num(c1),
            num(edge),
            num(c2),
            num(edge),
            num(end.0),
            num(end.1)
        );
    };
    // A side: a point only where it bends (a straight side is one line).
    let side = |d: &mut String, points: Vec<(f64, f64)>| {
        for (i, &(x, e)) in points.iter().enumerate().skip(1) {
            let (before, after) = (points[i - 1].1, points.get(i + 1).map_or(e, |p| p.1));
            if i + 1 == points.len() || (e - before).abs() > 0.05 || (after - e).abs() > 0.05 {
                let _ = write!(d, "L{} {}", num(x), num(e));
            }
        }
    };
    let (first, last) = (edges[0].1, edges[STEPS].1);
    let mut d = format!("M{} {}", num(l), num(y));
    shoulder(&mut d, l, first.0, taper, true);
    side(
        &mut d,
        edges.iter().map(|&(x, (top, _))| (x, top)).collect(),
    );
    shoulder(&mut d, r, last.0, -taper, false);
    shoulder(&mut d, r, last.1, -taper, true);
    side(
        &mut d,
        edges
            .iter()
            .rev()
            .map(|&(x, (_, bottom))| (x, bottom))
            .collect(),
    );
    shoulder(&mut d, l, first.1, taper, false);
    d.push('Z');
    d
}

/// The two small marker bands inside a balloon that show up on X-ray: where its shoulders meet
/// its straight part (a stent's balloon: at the stent's ends).
pub fn balloon_markers(channel: &Channel, b: Device, length: f64) -> String {
    let y = channel.middle(b.x);
    let mut d = String::new();
    for side in [-1.0, 1.0] {
        let x = b.x + side * (length / 2.0 - BALLOON_TAPER);
        let _ = write!(
            d,
            "M{} {}L{} {}",
            num(x),
            num(y - 4.0),
            num(x),
            num(y + 4.0)
        );
    }
    d
}

/// How many rings the stent has along its length.
const RINGS: usize = 8;

/// The stent's mesh between its edges, as a real stent is made: zigzag rings round the tube,
/// joined by short links: the near half of the tube while it is on its balloon, and once
/// placed the mesh lining the wall (drawn faint, `view::section`).
pub fn stent_mesh(channel: &Channel, s: Device) -> String {
    const ZIGS: usize = 6;
    let x0 = s.x - STENT_LENGTH / 2.0;
    let w = STENT_LENGTH / RINGS as f64;
    let amp = 0.32 * w;
    // Round the tube, seen from the side: equal steps round it bunch up towards its top and
    // bottom edges, so the mesh reads as wrapped round the balloon, not a flat sheet. The
    // crowns at the edges stay just inside them.
    let at = |x: f64, v: f64| {
        let x = x.within(x0, x0 + STENT_LENGTH);
        let (top, bottom) = channel.stent_edges(s, x);
        let inset = STENT_STRUT.min((bottom - top) / 4.0);
        let across = (1.0 - (std::f64::consts::PI * v).cos()) / 2.0;
        Point::new(x, top + inset + across * (bottom - top - 2.0 * inset))
    };
    let mut d = String::new();
    for r in 0..RINGS {
        let centre = x0 + (r as f64 + 0.5) * w;
        // Neighbouring rings zigzag out of step, so each crown faces the next ring's valley
        // and a short straight link joins them.
        let phase = r % 2;
        let ring = (0..=2 * ZIGS).map(|k| {
            let side = if k % 2 == phase { -1.0 } else { 1.0 };
            at(centre + side * amp, k as f64 / (2 * ZIGS) as f64)
        });
        d.push_str(&polyline(ring));
        // Links from this ring's crowns to the next ring's valleys, every other crown.
        if r + 1 < RINGS {
            for k in (1 + phase..2 * ZIGS).step_by(4) {
                let v = k as f64 / (2 * ZIGS) as f64;
                d.push_str(&polyline([at(centre + amp, v), at(centre + w - amp, v)]));
            }
        }
    }
    d
}

/// The stent's struts where the cut goes through them: small squares along both cut walls,
/// pressed into the lining and the plaque, one per ring's crown.
pub fn stent_struts(channel: &Channel, s: Device) -> String {
    let x0 = s.x - STENT_LENGTH / 2.0;
    let w = STENT_LENGTH / RINGS as f64;
    let side = 1.25 * STENT_STRUT;
    let mut d = String::new();
    for r in 0..RINGS {
        for x in [x0 + (r as f64 + 0.18) * w, x0 + (r as f64 + 0.82) * w] {
            let (top, bottom) = channel.stent_edges(s, x);
            // Half in the wall, half at the edge of the channel.
            for y in [top - side * 0.5, bottom + side * 0.5] {
                let _ = write!(
                    d,
                    "M{} {}h{}v{}h-{}Z",
                    num(x - side / 2.0),
                    num(y - side / 2.0),
                    num(side),
                    num(side),
                    num(side)
                );
            }
        }
    }
    d
}

/// Pale strands of fibrin across a clot, so it reads as a clot and not as more blood.
pub fn clot_strands(channel: &Channel) -> String {
    let mut d = String::new();
    for (i, lane) in [0.3, 0.55, 0.78].iter().enumerate() {
        let from = PLAQUE_X - 55.0 + 10.0 * i as f64;
        let points = (0..=10).map(|k| {
            let x = from + 11.0 * k as f64;
            let (top, bottom) = (channel.top(x), channel.bottom(x));
            let wave = if k % 2 == 0 { -0.08 } else { 0.08 };
            Point::new(x, top + (lane + wave) * (bottom - top))
        });
        d.push_str(&polyline(points));
    }
    d
}

/// Arrows in the stream (section x of each one's head, and its lane across the channel from
/// -1, the top, to 1, the bottom): staggered, so they read as moving blood, not a row of
/// buttons.
const FLOW_ARROWS: [(f64, f64); 3] = [
    (section::FLOW_ARROW_X - 150.0, -0.3),
    (section::FLOW_ARROW_X - 75.0, 0.35),
    (section::FLOW_ARROW_X, -0.1),
];

/// Soft arrows in the stream, through the treated spot and beyond it, the way the blood now
/// flows (the cells moving through show that it flows): a short shaft and an open head,
/// rounded (`app.css`), well inside the picture.
pub fn flow_arrow(channel: &Channel) -> String {
    const SHAFT: f64 = 34.0;
    const HEAD: f64 = 11.0;
    let mut d = String::new();
    for (x, lane) in FLOW_ARROWS {
        let half = (channel.bottom(x) - channel.top(x)) / 2.0;
        let y = channel.middle(x) + lane * (half - 16.0).max(0.0);
        let _ = write!(
            d,
            "M{} {}H{}M{} {}L{} {}L{} {}",
            num(x - SHAFT),
            num(y),
            num(x),
            num(x - HEAD),
            num(y - HEAD),
            num(x),
            num(y),
            num(x - HEAD),
            num(y + HEAD)
        );
    }
    d
}

/// The end of the guiding catheter, coming in from the left along the artery's axis.
pub fn guide() -> String {
    let (top, bottom) = (
        section::CENTRE_Y - GUIDE_RADIUS,
        section::CENTRE_Y + GUIDE_RADIUS,
    );
    format!(
        "M{} {}L{} {}Q{} {} {} {}Q{} {} {} {}L{} {}Z",
        num(-REACH),
        num(top),
        num(GUIDE_TIP_X - 12.0),
        num(top),
        num(GUIDE_TIP_X),
        num(top),
        num(GUIDE_TIP_X),
        num(section::CENTRE_Y),
        num(GUIDE_TIP_X),
        num(bottom),
        num(GUIDE_TIP_X - 12.0),
        num(bottom),
        num(-REACH),
        num(bottom)
    )
}

/// A clot filling the channel across the narrowing, with rounded ends (emergency only).
pub fn clot(channel: &Channel) -> String {
    let (from, to) = (PLAQUE_X - 80.0, PLAQUE_X + 80.0);
    let xs = (0..=32).map(|i| from + (to - from) * i as f64 / 32.0);
    let round = |x: f64| {
        let u = (x - PLAQUE_X) / 80.0;
        (1.0 - u * u).max(0.0).sqrt()
    };
    let edge = |x: f64, side: f64| {
        let (top, bottom) = (channel.top(x), channel.bottom(x));
        let middle = (top + bottom) / 2.0;
        // Over the lining on each side, most where the plaque's torn cap is (at its peak), so
        // the clot reads as one plug with no pale line or gap through it.
        let over = 3.0 + 6.0 * (1.0 - ((x - PLAQUE_X) / 40.0).abs()).max(0.0);
        middle + side * round(x) * ((bottom - top) / 2.0 + over)
    };
    let mut points: Vec<Point> = xs.clone().map(|x| Point::new(x, edge(x, -1.0))).collect();
    points.extend(xs.rev().map(|x| Point::new(x, edge(x, 1.0))));
    polygon(points)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scene::scene_at;
    use crate::model::setup::Setup;

    #[test]
    fn more_flow_shows_more_cells() {
        let setup = Setup::default();
        let before = scene_at(setup, 1.0, 1.0);
        let after = scene_at(
            setup,
            crate::model::journey::Journey::new(setup).total() - 0.1,
            1.0,
        );
        assert!(cells(&after).matches('M').count() > 2 * cells(&before).matches('M').count());
    }

    #[test]
    fn the_wire_only_shows_once_it_is_in() {
        let setup = Setup::default();
        let of = |s: &Scene| {
            let balloon = s
                .pose
                .balloon
                .map(|b| (b, section::balloon_length(s.pose.stent)));
            wire(&s.channel, s.pose.wire_tip_x, balloon)
        };
        assert!(of(&scene_at(setup, 0.0, 1.0)).is_none());
        let journey = crate::model::journey::Journey::new(setup);
        let balloon = scene_at(setup, journey.start(crate::model::step::Step::Balloon), 1.0);
        assert!(of(&balloon).is_some());
    }
}
