//! Path data for the lengthwise cut through the artery (the cut's own 600 × 240 frame).

use super::{num, polygon, polyline};
use crate::model::cut::{
    self, bump, Channel, BALLOON_LENGTH, PLAQUE_HALF_LENGTH, PLAQUE_X, STENT_LENGTH,
};
use crate::model::scene::{Device, Scene, WIRE_START};
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

/// The artery wall above (`side` = -1) or below (+1) the channel, pushed out where squashed
/// plaque has gone into it.
pub fn wall(channel: &Channel, side: f64) -> String {
    let inner = cut::CENTRE_Y + side * cut::RADIUS;
    let outer = |x: f64| inner + side * (cut::WALL + channel.wall_push(x));
    let mut points = vec![Point::new(-REACH, inner), Point::new(-REACH, outer(-REACH))];
    points.extend(across_plaque().map(|x| Point::new(x, outer(x))));
    points.extend([Point::new(REACH, outer(REACH)), Point::new(REACH, inner)]);
    polygon(points)
}

/// The plaque on one side, between the wall and the channel's edge.
pub fn plaque(channel: &Channel, side: f64) -> String {
    let inner = cut::CENTRE_Y + side * cut::RADIUS;
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
    let shown = 10 + (scene.flow * (COUNT - 10) as f64).round() as usize;
    let mut d = String::with_capacity(shown * 48);
    for i in 0..shown {
        // Fixed, well-spread offsets and lanes for each cell (golden-ratio sequence).
        let offset = (i as f64 * 0.618_034).fract();
        let lane = 0.12 + 0.76 * ((i as f64 * 0.414_214 + 0.3).fract());
        let x = ((offset + scene.flow_phase).fract()) * SPAN - 150.0;
        let (top, bottom) = (scene.channel.top(x), scene.channel.bottom(x));
        let y = top + lane * (bottom - top);
        // A balloon fills the channel where it sits: no blood there.
        if let Some(b) = scene.balloon {
            if (x - b.x).abs() < BALLOON_LENGTH / 2.0
                && (y - scene.channel.middle(b.x)).abs() < b.radius + 4.0
            {
                continue;
            }
        }
        // Cells flatten a little where the channel is tight.
        let squeeze = ((bottom - top) / (2.0 * cut::RADIUS)).clamp(0.45, 1.0);
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

/// The guidewire, along the middle of the channel up to its tip.
pub fn wire(scene: &Scene) -> Option<String> {
    if scene.wire <= WIRE_START {
        return None;
    }
    let steps = 60;
    let from = -REACH / 4.0;
    let points = (0..=steps).map(|i| {
        let x = from + (scene.wire - from) * i as f64 / steps as f64;
        Point::new(x, scene.channel.middle(x))
    });
    Some(polyline(points))
}

/// A balloon: a tube with softly rounded, tapering shoulders, centred on the channel's middle.
pub fn balloon(channel: &Channel, b: Device) -> String {
    let y = channel.middle(b.x);
    let half = BALLOON_LENGTH / 2.0;
    let taper = 26.0;
    let (l, r, top, bottom) = (b.x - half, b.x + half, y - b.radius, y + b.radius);
    // Each shoulder is one cubic curve from the tip to the straight side (or back).
    let shoulder = |d: &mut String, tip: f64, side: f64, edge: f64, inward: f64, outward: bool| {
        let (c1, c2, end) = if outward {
            (
                (tip + inward * 0.25, edge),
                (tip + inward * 0.5, edge),
                (tip + inward, edge),
            )
        } else {
            (
                (tip + inward * 0.5, edge),
                (tip + inward * 0.25, edge),
                (tip, side),
            )
        };
        let _ = write!(
            d,
            "C{} {} {} {} {} {}",
            num(c1.0),
            num(c1.1),
            num(c2.0),
            num(c2.1),
            num(end.0),
            num(end.1)
        );
    };
    let mut d = format!("M{} {}", num(l), num(y));
    shoulder(&mut d, l, y, top, taper, true);
    let _ = write!(d, "L{} {}", num(r - taper), num(top));
    shoulder(&mut d, r, y, top, -taper, false);
    shoulder(&mut d, r, y, bottom, -taper, true);
    let _ = write!(d, "L{} {}", num(l + taper), num(bottom));
    shoulder(&mut d, l, y, bottom, taper, false);
    d.push('Z');
    d
}

/// The two small marker bands inside a balloon that show up on X-ray.
pub fn balloon_markers(channel: &Channel, b: Device) -> String {
    let y = channel.middle(b.x);
    let mut d = String::new();
    for x in [
        b.x - BALLOON_LENGTH / 2.0 + 30.0,
        b.x + BALLOON_LENGTH / 2.0 - 30.0,
    ] {
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

/// The stent's centre line: on the balloon, kept near the artery's axis.
fn stent_axis(channel: &Channel, s: Device) -> f64 {
    channel
        .middle(s.x)
        .clamp(cut::CENTRE_Y - 4.0, cut::CENTRE_Y + 4.0)
}

/// The stent's diamond mesh (the far half of the tube, seen through the channel): struts cross
/// between its top and bottom edge, so as it opens the diamonds visibly open too.
pub fn stent(channel: &Channel, s: Device) -> String {
    const CELLS: usize = 8;
    const ROWS: usize = 2;
    let y = stent_axis(channel, s);
    let (top, height) = (y - s.radius, 2.0 * s.radius);
    let x0 = s.x - STENT_LENGTH / 2.0;
    let w = STENT_LENGTH / CELLS as f64;
    let row = height / ROWS as f64;
    let mut d = String::new();
    for r in 0..ROWS {
        let (a, b) = (top + r as f64 * row, top + (r + 1) as f64 * row);
        for c in 0..CELLS {
            let (xa, xb) = (x0 + c as f64 * w, x0 + (c + 1) as f64 * w);
            let _ = write!(
                d,
                "M{} {}L{} {}M{} {}L{} {}",
                num(xa),
                num(a),
                num(xb),
                num(b),
                num(xa),
                num(b),
                num(xb),
                num(a)
            );
        }
    }
    d
}

/// The stent's edges where it presses on the wall (cut through, so seen as a row of struts).
pub fn stent_edges(channel: &Channel, s: Device) -> String {
    let y = stent_axis(channel, s);
    let x0 = s.x - STENT_LENGTH / 2.0;
    let mut d = String::new();
    for side in [-1.0, 1.0] {
        let edge = y + side * s.radius;
        let _ = write!(
            d,
            "M{} {}L{} {}",
            num(x0),
            num(edge),
            num(x0 + STENT_LENGTH),
            num(edge)
        );
    }
    d
}

/// A clot filling the last of the channel (emergency only).
pub fn clot(channel: &Channel) -> (f64, f64, f64) {
    let y = channel.middle(PLAQUE_X);
    let half = (channel.bottom(PLAQUE_X) - channel.top(PLAQUE_X)) / 2.0;
    (y, 70.0, half + 6.0 * bump(PLAQUE_X))
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
        assert!(wire(&scene_at(setup, 0.0, 1.0)).is_none());
        let journey = crate::model::journey::Journey::new(setup);
        let balloon = scene_at(setup, journey.start(crate::model::step::Step::Balloon), 1.0);
        assert!(wire(&balloon).is_some());
    }
}
