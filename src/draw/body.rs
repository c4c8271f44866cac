//! The body's outline in world units: a calm front-facing figure, head to upper thighs, arms a
//! little away from the sides. The left half is drawn and mirrored, so it is always symmetric.

use crate::model::anatomy::{smooth_path, MIDLINE as MIDDLE};
use kurbo::{BezPath, Point};

/// From the left of the neck, round the shoulder, down the outside of the arm, round the
/// palm-forward hand (thumb outwards), up the inside of the arm, down the side and the outside
/// of the thigh, and back up the inside of the thigh to the crotch (viewer's left half). The
/// thighs run on below any view, so no view shows where they end.
const LEFT: [(f64, f64); 49] = [
    (283.0, 136.0),
    (281.0, 170.0),
    (262.0, 186.0),
    (228.0, 194.0),
    (196.0, 202.0),
    (174.0, 216.0),
    (163.0, 244.0),
    (159.0, 290.0),
    (150.0, 348.0),
    (140.0, 402.0),
    (131.0, 456.0),
    (122.0, 506.0),
    (116.0, 548.0),
    (113.0, 562.0),
    (107.0, 574.0),
    (102.0, 586.0),
    (99.0, 598.0),
    (99.0, 607.0),
    (103.0, 612.0),
    (107.0, 606.0),
    (109.0, 597.0),
    (110.0, 606.0),
    (111.0, 624.0),
    (114.0, 638.0),
    (119.0, 645.0),
    (126.0, 647.0),
    (133.0, 646.0),
    (139.0, 642.0),
    (144.0, 632.0),
    (147.0, 614.0),
    (148.0, 590.0),
    (147.0, 566.0),
    (148.0, 548.0),
    (154.0, 500.0),
    (164.0, 448.0),
    (175.0, 396.0),
    (186.0, 344.0),
    (198.0, 300.0),
    (206.0, 318.0),
    (210.0, 372.0),
    (212.0, 428.0),
    (208.0, 480.0),
    (206.0, 530.0),
    (210.0, 580.0),
    (212.0, 640.0),
    (216.0, 760.0),
    (224.0, 980.0),
    (290.0, 980.0),
    (297.0, 700.0),
];

/// The figure's outline as one closed path.
pub fn outline() -> BezPath {
    let mut points: Vec<Point> = LEFT.iter().map(|(x, y)| Point::new(*x, *y)).collect();
    let right: Vec<Point> = LEFT
        .iter()
        .rev()
        .map(|(x, y)| Point::new(2.0 * MIDDLE - x, *y))
        .collect();
    points.extend(right);
    points.push(points[0]);
    let mut path = smooth_path(&points);
    path.close_path();
    path
}

/// Fine lines that make the hands and hips read: the wrist creases, the gaps between the
/// fingers, and the groin creases from the hip bone to the pubic bone.
pub fn details() -> BezPath {
    let mut path = BezPath::new();
    for side in [-1.0, 1.0] {
        let x = |dx: f64| MIDDLE + side * (MIDDLE - dx);
        // Wrist creases.
        path.move_to((x(115.0), 562.0));
        path.quad_to((x(131.0), 566.0), (x(146.0), 562.0));
        path.move_to((x(114.0), 568.0));
        path.quad_to((x(131.0), 572.0), (x(147.0), 568.0));
        // Between the fingers.
        for (top, bottom) in [(119.5, 120.5), (128.5, 129.5), (137.0, 137.5)] {
            path.move_to((x(top), 618.0));
            path.line_to((x(bottom), 643.0));
        }
        // The crease at the base of the thumb.
        path.move_to((x(112.0), 572.0));
        path.quad_to((x(118.0), 590.0), (x(111.0), 604.0));
        // The groin crease.
        path.move_to((x(214.0), 562.0));
        path.quad_to((x(250.0), 590.0), (x(292.0), 640.0));
    }
    path
}

/// Briefs over the pelvis, from hip to hip and down along both groin creases: the groin and
/// the top of the thigh read at once, and the picture stays modest.
pub fn briefs() -> BezPath {
    let right = |x: f64| 2.0 * MIDDLE - x;
    let mut path = BezPath::new();
    path.move_to((210.0, 548.0));
    path.quad_to((MIDDLE, 538.0), (right(210.0), 548.0));
    path.line_to((right(213.0), 566.0));
    path.quad_to((right(252.0), 596.0), (right(292.0), 646.0));
    path.quad_to((MIDDLE, 680.0), (292.0, 646.0));
    path.quad_to((252.0, 596.0), (213.0, 566.0));
    path.close_path();
    path
}

/// Collarbones: two soft curves under the neck.
pub fn collarbones() -> BezPath {
    let mut path = BezPath::new();
    for side in [-1.0, 1.0] {
        let x = |dx: f64| MIDDLE + side * dx;
        path.move_to((x(10.0), 212.0));
        path.curve_to((x(40.0), 204.0), (x(70.0), 214.0), (x(104.0), 208.0));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::anatomy::{GROIN, WRIST};
    use kurbo::Shape;

    #[test]
    fn the_entry_points_are_inside_the_body() {
        let body = outline();
        assert!(body.contains(WRIST), "the wrist is on the arm");
        assert!(body.contains(GROIN), "the groin is on the body");
        assert!(
            !briefs().contains(GROIN),
            "the way in at the groin is not covered"
        );
        assert!(
            body.contains(Point::new(102.0, 600.0)),
            "the thumb sticks out from the hand"
        );
        assert!(
            !body.contains(Point::new(180.0, 400.0)),
            "a gap between arm and side"
        );
    }
}
