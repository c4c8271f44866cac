//! Vessels as filled outlines of varying width along a centre-line: tapered ends, a narrowing's
//! waist, a column of dye that pinches or stops.

use super::polygon;
use crate::model::anatomy::Polyline;
pub use crate::model::section::dip;
use crate::model::Within;
use kurbo::Point;

/// The outline of a tube along `line` from arc length `from` to `to`, `half_width(s)` wide on
/// each side at arc length `s`.
pub fn tube(line: &Polyline, from: f64, to: f64, half_width: impl Fn(f64) -> f64) -> String {
    let steps = (((to - from) / 0.6).ceil() as usize).clamp(2, 400);
    let samples: Vec<(Point, kurbo::Vec2, f64)> = (0..=steps)
        .map(|i| {
            let s = from + (to - from) * i as f64 / steps as f64;
            let d = line.direction(s);
            (line.at(s), kurbo::Vec2::new(-d.y, d.x), half_width(s))
        })
        .collect();
    let left = samples.iter().map(|(p, n, w)| *p + *n * *w);
    let right = samples.iter().rev().map(|(p, n, w)| *p - *n * *w);
    polygon(left.chain(right))
}

/// A coronary artery's half-width, `width` at its start: it narrows along its `length` and
/// ends in a point. One profile for the artery and what is drawn over it.
pub fn coronary(length: f64, width: f64) -> impl Fn(f64) -> f64 {
    move |s| width * (1.0 - 0.35 * s / length) * tapered(length, 1.0, 10.0)(s)
}

/// Full width along the vessel, narrowing smoothly to nothing over the last `taper` of it.
pub fn tapered(length: f64, width: f64, taper: f64) -> impl Fn(f64) -> f64 {
    move |s: f64| width * ((length - s) / taper).within(0.0, 1.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::anatomy;
    use crate::model::setup::Artery;

    #[test]
    fn a_tube_is_closed_and_tapers_to_its_end() {
        let line = &anatomy::coronary(Artery::Lad).line;
        let d = tube(line, 0.0, line.length(), tapered(line.length(), 1.0, 5.0));
        assert!(d.starts_with('M') && d.ends_with('Z'));
        assert_eq!(tapered(10.0, 1.0, 5.0)(10.0), 0.0);
        assert_eq!(tapered(10.0, 1.0, 5.0)(2.0), 1.0);
        assert_eq!(dip(3.0, 3.0, 1.0), 1.0);
        assert_eq!(dip(4.5, 3.0, 1.0), 0.0);
    }
}
