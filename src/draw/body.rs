//! The body's outline in world units: a calm front-facing figure, head to upper thighs, arms a
//! little away from the sides. The left half is drawn and mirrored, so it is always symmetric.

use crate::model::anatomy::smooth_path;
use kurbo::{BezPath, Point};

const MIDDLE: f64 = 300.0;

/// From the left of the neck, round the shoulder, down the outside of the arm, round the hand,
/// up the inside of the arm, down the side to the crotch (viewer's left half).
const LEFT: [(f64, f64); 33] = [
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
    (115.0, 548.0),
    (108.0, 580.0),
    (111.0, 612.0),
    (123.0, 630.0),
    (138.0, 626.0),
    (145.0, 604.0),
    (145.0, 576.0),
    (147.0, 548.0),
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
    (216.0, 588.0),
    (246.0, 636.0),
    (292.0, 660.0),
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
            !body.contains(Point::new(180.0, 400.0)),
            "a gap between arm and side"
        );
    }
}
