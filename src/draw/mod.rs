//! Pure drawing: turns model geometry into SVG attribute text (path data, transforms). No
//! browser code, so it is tested on the host; the components in `view` only place the results.

pub mod body;
pub mod labels;
pub mod qr;
pub mod section;
pub mod vessel;

use kurbo::{Affine, BezPath, Point, Rect};
use std::fmt::Write;

/// A number with two decimals at most: precise enough for any zoom we use, and short.
pub fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `viewBox` text for a camera rectangle.
pub fn view_box(r: Rect) -> String {
    format!(
        "{} {} {} {}",
        num(r.x0),
        num(r.y0),
        num(r.width()),
        num(r.height())
    )
}

/// `transform` text for an affine map.
pub fn matrix(a: Affine) -> String {
    let c = a.as_coeffs();
    format!(
        "matrix({} {} {} {} {} {})",
        c[0], c[1], c[2], c[3], c[4], c[5]
    )
}

/// An open polyline through `points`.
pub fn polyline(points: impl IntoIterator<Item = Point>) -> String {
    let mut d = String::new();
    for (i, p) in points.into_iter().enumerate() {
        let _ = write!(
            d,
            "{}{} {}",
            if i == 0 { "M" } else { "L" },
            num(p.x),
            num(p.y)
        );
    }
    d
}

/// A closed shape through `points`.
pub fn polygon(points: impl IntoIterator<Item = Point>) -> String {
    let mut d = polyline(points);
    d.push('Z');
    d
}

pub fn bez(path: &BezPath) -> String {
    path.to_svg()
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_short() {
        assert_eq!(super::num(1.0), "1");
        assert_eq!(super::num(1.239), "1.24");
        assert_eq!(super::num(-0.5), "-0.5");
    }
}
