//! Where everything is. One "world" frame holds the body (600 × 1000, the viewer's left is the
//! patient's right); the heart is drawn in its own 400 × 400 frame, placed in the chest by
//! `HEART_TO_WORLD`. Vessels are centre-lines with a radius; the catheter's routes follow them
//! and are measured by arc length, so the tip moves at an even speed.

use super::setup::{Access, Artery};
use crate::model::Within;
use kurbo::{Affine, BezPath, ParamCurveNearest, Point, Rect};
use std::sync::OnceLock;

/// Places the heart's 400 × 400 drawing in the chest of the body.
pub const HEART_TO_WORLD: Affine = Affine::new([0.25, 0.0, 0.0, 0.25, 255.0, 258.0]);

/// How closely curves are followed when measured (world units).
const TOLERANCE: f64 = 0.05;

/// A blood vessel: its centre-line in world units and its inner radius.
pub struct Vessel {
    pub name: &'static str,
    pub path: BezPath,
    pub radius: f64,
    /// The centre-line measured by arc length (built once).
    pub line: Polyline,
}

impl Vessel {
    fn new(name: &'static str, points: &[Point], radius: f64) -> Vessel {
        let path = smooth_path(points);
        let line = Polyline::new(&path);
        Vessel {
            name,
            path,
            radius,
            line,
        }
    }
}

fn heart(x: f64, y: f64) -> Point {
    HEART_TO_WORLD * Point::new(x, y)
}

/// A smooth path through points (Catmull–Rom turned into cubic Béziers).
pub fn smooth_path(points: &[Point]) -> BezPath {
    let mut path = BezPath::new();
    path.move_to(points[0]);
    for i in 0..points.len() - 1 {
        let p0 = points[i.saturating_sub(1)];
        let (p1, p2) = (points[i], points[i + 1]);
        let p3 = points[(i + 2).min(points.len() - 1)];
        let c1 = p1 + (p2 - p0) / 6.0;
        let c2 = p2 - (p3 - p1) / 6.0;
        path.curve_to(c1, c2, p2);
    }
    path
}

/// The body's midline (world x): the figure and its paired vessels are mirrored about it.
pub const MIDLINE: f64 = 300.0;

/// The wrist: the radial artery at the patient's right wrist (viewer's left), on the thumb
/// side of the palm-forward forearm.
pub const WRIST: Point = Point::new(123.0, 550.0);
/// The groin: the femoral artery at the top of the patient's right thigh, just below the
/// crease, midway between the hip bone's front point and the pubic bone.
pub const GROIN: Point = Point::new(250.0, 614.0);

/// The radial artery up the thumb side of the forearm, the brachial artery from the elbow
/// crease up the inner side of the upper arm, through the armpit and under the collarbone.
fn arm_points() -> Vec<Point> {
    vec![
        WRIST,
        Point::new(127.0, 508.0),
        Point::new(138.0, 468.0),
        Point::new(152.0, 432.0),
        Point::new(165.0, 388.0),
        Point::new(176.0, 340.0),
        Point::new(188.0, 298.0),
        Point::new(206.0, 264.0),
        Point::new(238.0, 246.0),
        Point::new(280.0, 246.0),
        heart(186.0, 8.0),
    ]
}

/// Where the arm and leg arteries run on past the entry point (drawn, not travelled): the
/// radial artery into the palm, the femoral artery down the thigh.
pub fn beyond_entry(access: Access) -> Vec<Point> {
    match access {
        Access::Wrist => vec![
            Point::new(WRIST.x, WRIST.y - 6.0),
            WRIST,
            Point::new(121.0, 572.0),
            Point::new(118.0, 588.0),
            Point::new(121.0, 600.0),
        ],
        Access::Groin => vec![
            Point::new(GROIN.x + 3.0, GROIN.y - 10.0),
            GROIN,
            Point::new(246.0, 650.0),
            Point::new(243.0, 760.0),
        ],
    }
}

/// Where the aorta forks into the two iliac arteries, at the navel, on the body's midline (so
/// the fork is even, the left iliac being the right one's mirror).
const FORK: Point = Point::new(MIDLINE, 506.0);

/// The femoral artery up into the iliac artery, to the aorta's fork at the navel.
fn leg_points() -> Vec<Point> {
    vec![
        GROIN,
        Point::new(257.0, 588.0),
        Point::new(272.0, 556.0),
        Point::new(288.0, 526.0),
        FORK,
    ]
}

/// The right iliac artery from the aorta's fork to a little past the groin, as the femoral
/// artery runs on: drawn fading out when the way in is the wrist.
pub fn right_iliac() -> Vec<Point> {
    // Up the leg's artery backwards, from inside the aorta just above the fork, so its start
    // is hidden.
    let up =
        std::iter::once(Point::new(FORK.x, FORK.y - 12.0)).chain(leg_points().into_iter().rev());
    up.chain(beyond_entry(Access::Groin).into_iter().skip(2).take(1))
        .collect()
}

/// The left iliac artery: the right one's mirror, drawn fading out (no route uses it).
pub fn left_iliac() -> Vec<Point> {
    right_iliac()
        .into_iter()
        .map(|p| Point::new(2.0 * MIDLINE - p.x, p.y))
        .collect()
}

/// The aorta from its fork in the belly, up the back of the chest just beside the spine
/// (behind the heart), over the arch and down to its root above the heart.
fn aorta_points() -> Vec<Point> {
    vec![
        FORK,
        Point::new(301.0, 440.0),
        Point::new(305.0, 380.0),
        heart(236.0, 250.0),
        heart(268.0, 160.0),
        heart(280.0, 100.0),
        heart(266.0, 62.0),
        heart(240.0, 50.0),
        heart(204.0, 62.0),
        heart(193.0, 104.0),
        heart(196.0, 150.0),
        heart(200.0, 186.0),
    ]
}

/// The arch and the rising part of the aorta: the part drawn in front of the heart.
pub fn aorta_front() -> BezPath {
    smooth_path(&aorta_points()[5..])
}

/// The stretch of the descending aorta hidden behind the heart (world units): drawn faint over
/// it, so the aorta does not seem to come out of the heart's tip.
pub fn aorta_behind_heart() -> Vec<Point> {
    let line = &vessel("aorta").line;
    line.between(line.first_above(352.0), line.first_above(296.0))
}

/// Where the descending aorta comes out from behind the heart's lower edge: the stretch (world
/// units, top to bottom) that the heart shades.
pub fn aorta_under_heart() -> Vec<Point> {
    let line = &vessel("aorta").line;
    line.between(line.first_above(374.0), line.first_above(344.0))
        .into_iter()
        .rev()
        .collect()
}

/// Where the label "Aorta" points: the arch for the wrist route, the descending aorta below the
/// heart for the groin route (the part the catheter climbs).
pub fn aorta_label_point(access: Access) -> Point {
    let line = &vessel("aorta").line;
    match access {
        Access::Wrist => line.at(line.first_above(271.5)),
        Access::Groin => line.at(line.first_above(450.0)),
    }
}

/// The short branch from the top of the arch towards the right arm.
fn brachiocephalic_points() -> Vec<Point> {
    vec![heart(186.0, 8.0), heart(196.0, 36.0), heart(206.0, 58.0)]
}

/// Coronary arteries in the heart frame: the right (RCA) round the right side, the left main
/// splitting into the LAD down the front and the circumflex round the left side.
fn coronary_points(artery: Artery) -> Vec<Point> {
    let pts: &[(f64, f64)] = match artery {
        Artery::Rca => &[
            (190.0, 190.0),
            (164.0, 200.0),
            (140.0, 232.0),
            (128.0, 276.0),
            (140.0, 318.0),
            (176.0, 346.0),
            (214.0, 352.0),
        ],
        Artery::Lad => &[
            (212.0, 189.0),
            (238.0, 202.0),
            (250.0, 236.0),
            (266.0, 284.0),
            (284.0, 330.0),
            (300.0, 362.0),
        ],
        // In the groove between the left atrium and ventricle, under the left appendage,
        // curving round the heart's left border towards the back.
        Artery::Circumflex => &[
            (212.0, 189.0),
            (238.0, 199.0),
            (268.0, 200.0),
            (298.0, 206.0),
            (322.0, 216.0),
            (340.0, 236.0),
            (346.0, 262.0),
        ],
    };
    pts.iter().map(|(x, y)| heart(*x, *y)).collect()
}

/// Smaller side branches, drawn for a natural look (not travelled).
pub fn coronary_branches() -> Vec<BezPath> {
    let branches: [&[(f64, f64)]; 3] = [
        &[(256.0, 252.0), (284.0, 266.0), (312.0, 276.0)],
        &[(330.0, 246.0), (336.0, 280.0), (328.0, 316.0)],
        &[(134.0, 300.0), (160.0, 322.0), (186.0, 330.0)],
    ];
    branches
        .iter()
        .map(|b| smooth_path(&b.iter().map(|(x, y)| heart(*x, *y)).collect::<Vec<_>>()))
        .collect()
}

/// Where along its artery (as a fraction of its length) the narrowing sits.
pub fn narrowing_fraction(artery: Artery) -> f64 {
    match artery {
        Artery::Lad => 0.42,
        Artery::Circumflex => 0.55,
        Artery::Rca => 0.40,
    }
}

/// Every vessel the picture draws and the catheter may travel in.
pub fn vessels() -> &'static [Vessel] {
    static VESSELS: OnceLock<Vec<Vessel>> = OnceLock::new();
    VESSELS.get_or_init(|| {
        vec![
            Vessel::new("arm", &arm_points(), 1.9),
            Vessel::new("leg", &leg_points(), 2.8),
            Vessel::new("aorta", &aorta_points(), 4.2),
            Vessel::new("brachiocephalic", &brachiocephalic_points(), 2.4),
            Vessel::new("lad", &coronary_points(Artery::Lad), 1.0),
            Vessel::new("circumflex", &coronary_points(Artery::Circumflex), 1.0),
            Vessel::new("rca", &coronary_points(Artery::Rca), 1.0),
        ]
    })
}

/// True when `p` lies inside some vessel (within its radius of the centre-line).
pub fn inside_a_vessel(p: Point) -> bool {
    vessels().iter().any(|v| v.line.distance(p) <= v.radius)
}

pub fn vessel(name: &str) -> &'static Vessel {
    vessels()
        .iter()
        .find(|v| v.name == name)
        .expect("a vessel we define")
}

pub fn coronary(artery: Artery) -> &'static Vessel {
    vessel(match artery {
        Artery::Lad => "lad",
        Artery::Circumflex => "circumflex",
        Artery::Rca => "rca",
    })
}

/// A polyline measured by arc length: constant-speed travel along a curve.
pub struct Polyline {
    points: Vec<Point>,
    /// Arc length from the start to each point.
    lengths: Vec<f64>,
}

impl Polyline {
    pub fn new(path: &BezPath) -> Polyline {
        let mut points: Vec<Point> = Vec::new();
        kurbo::flatten(path, TOLERANCE, |el| match el {
            kurbo::PathEl::MoveTo(p) | kurbo::PathEl::LineTo(p) if points.last() != Some(&p) => {
                points.push(p)
            }
            _ => {}
        });
        let mut lengths = vec![0.0];
        for pair in points.windows(2) {
            lengths.push(lengths.last().unwrap() + pair[0].distance(pair[1]));
        }
        Polyline { points, lengths }
    }

    pub fn length(&self) -> f64 {
        *self.lengths.last().unwrap_or(&0.0)
    }

    /// The point at arc length `s` (clamped to the line).
    pub fn at(&self, s: f64) -> Point {
        let s = s.within(0.0, self.length());
        let i = self
            .lengths
            .partition_point(|l| *l < s)
            .clamp(1, self.points.len() - 1);
        let (l0, l1) = (self.lengths[i - 1], self.lengths[i]);
        let t = if l1 > l0 { (s - l0) / (l1 - l0) } else { 0.0 };
        self.points[i - 1].lerp(self.points[i], t)
    }

    /// Unit direction of travel at arc length `s`.
    pub fn direction(&self, s: f64) -> kurbo::Vec2 {
        let a = self.at((s - 0.5).max(0.0));
        let b = self.at((s + 0.5).min(self.length()));
        (b - a).normalize()
    }

    /// The points from the start up to arc length `s`, ending exactly at `at(s)`.
    pub fn until(&self, s: f64) -> Vec<Point> {
        self.between(0.0, s)
    }

    /// The points between arc lengths `from` and `to`, starting and ending exactly on them.
    pub fn between(&self, from: f64, to: f64) -> Vec<Point> {
        let first = self.lengths.partition_point(|l| *l <= from);
        let last = self
            .lengths
            .partition_point(|l| *l < to)
            .min(self.points.len());
        let mut out = vec![self.at(from)];
        out.extend_from_slice(&self.points[first.min(last)..last]);
        out.push(self.at(to));
        out
    }

    /// Arc length of the first point above `y` (the whole length if none is).
    pub fn first_above(&self, y: f64) -> f64 {
        let i = self
            .points
            .iter()
            .position(|p| p.y < y)
            .unwrap_or(self.points.len() - 1);
        self.lengths[i]
    }

    /// Shortest distance from `p` to the line.
    pub fn distance(&self, p: Point) -> f64 {
        self.points
            .windows(2)
            .map(|w| {
                kurbo::Line::new(w[0], w[1])
                    .nearest(p, 1e-6)
                    .distance_sq
                    .sqrt()
            })
            .fold(f64::INFINITY, f64::min)
    }

    pub fn bounds(&self) -> Rect {
        self.points
            .iter()
            .fold(Rect::from_points(self.points[0], self.points[0]), |r, p| {
                r.union_pt(*p)
            })
    }
}

/// The catheter's way from the entry point to the opening of the chosen coronary artery.
pub fn route(access: Access, artery: Artery) -> &'static Polyline {
    static ROUTES: OnceLock<Vec<((Access, Artery), Polyline)>> = OnceLock::new();
    let routes = ROUTES.get_or_init(|| {
        let mut all = Vec::new();
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                all.push((
                    (access, artery),
                    Polyline::new(&smooth_path(&route_points(access, artery))),
                ));
            }
        }
        all
    });
    &routes
        .iter()
        .find(|(key, _)| *key == (access, artery))
        .expect("every route is built")
        .1
}

fn route_points(access: Access, artery: Artery) -> Vec<Point> {
    let mut points = match access {
        Access::Wrist => {
            let mut p = arm_points();
            p.extend([heart(197.0, 38.0), heart(198.0, 66.0), heart(193.0, 104.0)]);
            p
        }
        Access::Groin => {
            let mut p = leg_points();
            p.extend(aorta_points().into_iter().skip(1).take(9));
            p
        }
    };
    // Down the ascending aorta, hooking into the opening of the chosen artery.
    match artery {
        Artery::Rca => points.extend([
            heart(197.0, 150.0),
            heart(195.0, 180.0),
            heart(184.0, 192.0),
            heart(172.0, 196.0),
        ]),
        _ => points.extend([
            heart(198.0, 150.0),
            heart(203.0, 178.0),
            heart(214.0, 190.0),
            heart(226.0, 196.0),
        ]),
    }
    points
}

/// How much of a route, from its start, runs behind the heart (up the back of the chest from
/// the groin); the picture draws that part under the heart.
pub fn behind_heart(access: Access, artery: Artery) -> f64 {
    match access {
        Access::Wrist => 0.0,
        Access::Groin => route(access, artery).first_above(heart(0.0, 140.0).y),
    }
}

/// The narrowed spot on the chosen artery, and the direction the artery runs there.
/// The radius of the ring the X-ray draws round the narrowing once the dye shows it (world
/// units): the pinch is small on a phone, the ring tells the eye where to look.
pub const NARROWING_RING: f64 = 5.5;

pub fn narrowing(artery: Artery) -> (Point, kurbo::Vec2) {
    let line = &coronary(artery).line;
    let s = line.length() * narrowing_fraction(artery);
    (line.at(s), line.direction(s))
}

/// The heart muscle the chosen artery feeds beyond its narrowing, as an ellipse in the heart
/// frame: centre, radii and turn (degrees). It looks dim while short of blood.
pub fn territory(artery: Artery) -> (Point, f64, f64, f64) {
    match artery {
        Artery::Lad => (Point::new(282.0, 318.0), 44.0, 30.0, 40.0),
        Artery::Circumflex => (Point::new(322.0, 262.0), 22.0, 50.0, -8.0),
        Artery::Rca => (Point::new(176.0, 328.0), 56.0, 22.0, 18.0),
    }
}

/// The whole heart with its great vessels, in world units.
pub fn heart_bounds() -> Rect {
    let a = HEART_TO_WORLD * Point::new(40.0, -14.0);
    let b = HEART_TO_WORLD * Point::new(372.0, 384.0);
    Rect::from_points(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_stays_inside_the_vessels() {
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                let route = route(access, artery);
                let steps = (route.length() / 0.5) as usize;
                for i in 0..=steps {
                    let p = route.at(route.length() * i as f64 / steps as f64);
                    let inside = inside_a_vessel(p);
                    assert!(
                        inside,
                        "{access:?} → {artery:?}: point {i}/{steps} {p:?} is outside every vessel"
                    );
                }
            }
        }
    }

    #[test]
    fn routes_start_at_the_entry_and_end_inside_the_chosen_artery() {
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                let route = route(access, artery);
                let entry = if access == Access::Wrist {
                    WRIST
                } else {
                    GROIN
                };
                assert!(route.at(0.0).distance(entry) < 1e-9);
                let end = route.at(route.length());
                let artery_line = Polyline::new(&coronary(artery).path);
                assert!(
                    artery_line.distance(end) <= coronary(artery).radius,
                    "{access:?} {artery:?}"
                );
                for other in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                    if coronary(other).name != coronary(artery).name
                        && (artery == Artery::Rca) != (other == Artery::Rca)
                    {
                        assert!(
                            Polyline::new(&coronary(other).path).distance(end) > 1.0,
                            "{artery:?} ends in {other:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn pieces_of_a_route_join_up() {
        let route = route(Access::Groin, Artery::Rca);
        let behind = behind_heart(Access::Groin, Artery::Rca);
        assert!(behind > 0.3 * route.length() && behind < route.length());
        let (back, front) = (
            route.between(0.0, behind),
            route.between(behind, route.length()),
        );
        assert_eq!(back.last(), front.first());
        assert_eq!(back.first(), Some(&GROIN));
        assert_eq!(behind_heart(Access::Wrist, Artery::Lad), 0.0);
    }

    #[test]
    fn arc_length_motion_is_even() {
        let route = route(Access::Wrist, Artery::Lad);
        let step = route.length() / 200.0;
        for i in 0..200 {
            let d = route
                .at(step * i as f64)
                .distance(route.at(step * (i + 1) as f64));
            assert!(
                (d - step).abs() < 0.05 * step + 0.05,
                "uneven at {i}: {d} vs {step}"
            );
        }
    }

    #[test]
    fn the_narrowing_is_on_the_front_of_the_heart_for_each_artery() {
        let heart = heart_bounds();
        for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
            let (p, _) = narrowing(artery);
            assert!(
                heart.contains(p),
                "{artery:?} narrowing {p:?} is off the heart"
            );
        }
        // The LAD runs down the middle, the RCA on the viewer's left, the circumflex on the right.
        let x = |a| narrowing(a).0.x;
        assert!(x(Artery::Rca) < x(Artery::Lad) && x(Artery::Lad) < x(Artery::Circumflex));
    }
}
