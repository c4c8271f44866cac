//! Where everything is. One "world" frame holds the body (600 × 1000, the viewer's left is the
//! patient's right); the heart is drawn in its own 400 × 400 frame, placed in the chest by
//! `HEART_TO_WORLD`. Both come from the art (`art/body.svg`, read by `model::art`): vessels are
//! its centre-lines with a radius, and the catheter's routes join them end to end, measured by
//! arc length, so the tip moves at an even speed.

use super::art::{self, Line};
use super::setup::{Access, Artery, Setup};
use super::timeline::smooth;
use crate::model::Within;
use kurbo::{BezPath, ParamCurveNearest, PathEl, Point, Rect};
use std::sync::OnceLock;

/// Places the heart's 400 × 400 drawing in the chest of the body (the art's `heart` group).
pub use super::art::HEART_TO_WORLD;

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

/// The body's midline (world x).
pub const MIDLINE: f64 = 300.0;

/// The wrist: the radial artery at the patient's right wrist (viewer's left), on the thumb
/// side of the palm-forward forearm (where the art's `radial` line starts).
pub const WRIST: Point = Point::new(123.0, 550.0);
/// The groin: the femoral artery at the top of the patient's right thigh, just below the
/// crease, midway between the hip bone's front point and the pubic bone (where the art's
/// `femoral` line starts).
pub const GROIN: Point = Point::new(250.0, 614.0);

/// The art's lines the catheter travels along from each way in to the aortic root, in order:
/// up the arm, under the collarbone, down the arch's first branch into the aorta; or up the
/// leg, up the aorta behind the heart, over the arch and down to the root.
fn way_to_the_root(access: Access) -> &'static [&'static str] {
    match access {
        Access::Wrist => &[
            "radial",
            "brachial",
            "subclavian",
            "brachiocephalic",
            "aorta-ascending",
        ],
        Access::Groin => &[
            "femoral",
            "iliac",
            "aorta-abdominal",
            "aorta-descending",
            "aorta-arch",
            "aorta-ascending",
        ],
    }
}

/// The guide from the aortic root into the chosen artery's opening: the left main for the LAD
/// and the circumflex, the right opening for the RCA.
fn into_the_artery(artery: Artery) -> &'static str {
    match artery {
        Artery::Rca => "to-right",
        Artery::Lad | Artery::Circumflex => "to-left",
    }
}

/// Every line the model needs from the art, by id.
pub const NEEDED: [&str; 16] = [
    "radial",
    "brachial",
    "subclavian",
    "brachiocephalic",
    "aorta-ascending",
    "femoral",
    "iliac",
    "aorta-abdominal",
    "aorta-descending",
    "aorta-arch",
    "to-left",
    "to-right",
    "lad",
    "circumflex",
    "rca",
    "pulmonary-trunk",
];

/// Lines joined end to end into one path (the art draws each ending where the next begins).
fn joined(ids: &[&str]) -> BezPath {
    let mut path = BezPath::new();
    for id in ids {
        for el in art::line(id).bez().elements() {
            match *el {
                PathEl::MoveTo(p) if !path.elements().is_empty() => path.line_to(p),
                el => path.push(el),
            }
        }
    }
    path
}

/// Where the aorta forks into the two iliac arteries, at the navel (where the art's
/// `aorta-abdominal` starts).
pub fn fork() -> Point {
    vessel("aorta-abdominal").line.at(0.0)
}

/// Where the descending aorta comes out from behind the heart's lower edge: the stretch (world
/// units, top to bottom) that the heart shades, from the edge of the art's heart down.
pub fn aorta_under_heart() -> &'static [Point] {
    // Read by the label placer for every point along the aorta: measured once.
    static STRETCH: OnceLock<Vec<Point>> = OnceLock::new();
    STRETCH.get_or_init(measure_aorta_under_heart)
}

fn measure_aorta_under_heart() -> Vec<Point> {
    /// How far down the aorta the heart's shade reaches (world units).
    const SHADE: f64 = 16.0;
    let line = Polyline::new(&joined(&["aorta-abdominal", "aorta-descending"]));
    let heart = Polyline::new(&art::HEART_OUTLINE.bez());
    let steps = (line.length() / 0.25) as usize;
    let edge = (0..=steps)
        .map(|i| line.length() * i as f64 / steps as f64)
        .find(|s| heart.encloses(line.at(*s)))
        .unwrap_or(line.length());
    line.between((edge - SHADE).max(0.0), edge)
        .into_iter()
        .rev()
        .collect()
}

/// Where the descending aorta comes out from under the heart's lower edge (world units).
pub fn below_heart() -> f64 {
    aorta_under_heart()[0].y
}

/// Where the label "Aorta" points: the arch for the wrist route, the aorta in the belly for the
/// groin route (the part the catheter climbs).
pub fn aorta_label_point(access: Access) -> Point {
    match access {
        Access::Wrist => {
            let line = &vessel("aorta-arch").line;
            line.at(line.length() * 0.45)
        }
        Access::Groin => {
            let line = &vessel("aorta-abdominal").line;
            line.at(line.first_above(475.0))
        }
    }
}

/// Whether dye put into `chosen` artery's opening fills `artery`: the right artery has its own
/// opening; the left main opening fills both the front and the side artery.
pub fn dye_fills(chosen: Artery, artery: Artery) -> bool {
    (artery == Artery::Rca) == (chosen == Artery::Rca)
}

/// Where along its artery (as a fraction of its length) the narrowing sits.
pub fn narrowing_fraction(artery: Artery) -> f64 {
    match artery {
        Artery::Lad => 0.42,
        Artery::Circumflex => 0.62,
        Artery::Rca => 0.36,
    }
}

/// Every vessel the catheter may travel in: the art's named centre-lines.
pub fn vessels() -> &'static [Vessel] {
    static VESSELS: OnceLock<Vec<Vessel>> = OnceLock::new();
    VESSELS.get_or_init(|| {
        art::LINES
            .iter()
            .filter(|l| !l.id.is_empty() && l.radius > 0.0)
            .map(|l: &Line| {
                let path = l.bez();
                Vessel {
                    name: l.id,
                    line: Polyline::new(&path),
                    path,
                    radius: l.radius,
                }
            })
            .collect()
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
        .unwrap_or_else(|| panic!("the art has no vessel {name:?}"))
}

/// A side branch of a coronary artery (drawn, not travelled): the art's `branch of-<artery>`.
pub struct Branch {
    pub artery: Artery,
    pub line: Polyline,
    pub radius: f64,
    /// Where it leaves its artery, as a fraction of the artery's length.
    pub origin: f64,
}

/// Every side branch, measured once (the X-ray fills them frame by frame).
pub fn branches() -> &'static [Branch] {
    static BRANCHES: OnceLock<Vec<Branch>> = OnceLock::new();
    BRANCHES.get_or_init(|| {
        art::layer("coronaries")
            .filter(|l| l.is("branch"))
            .filter_map(|l| {
                let artery = [Artery::Lad, Artery::Circumflex, Artery::Rca]
                    .into_iter()
                    .find(|a| l.is(&format!("of-{}", coronary(*a).name)))?;
                let line = Polyline::new(&l.bez());
                let along = &coronary(artery).line;
                let origin = along.locate(line.at(0.0)) / along.length();
                Some(Branch {
                    artery,
                    line,
                    radius: l.radius,
                    origin,
                })
            })
            .collect()
    })
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

    /// Whether `p` lies inside the polygon the points outline (closed back to the first): the
    /// even-odd rule, as a ray to the right crosses its edges. Hand-written: kurbo's `contains`
    /// on curves would bring its cubic solver into the WebAssembly; a test checks the two
    /// agree.
    pub fn encloses(&self, p: Point) -> bool {
        let n = self.points.len();
        let mut inside = false;
        for i in 0..n {
            let (a, b) = (self.points[i], self.points[(i + 1) % n]);
            if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y) {
                inside = !inside;
            }
        }
        inside
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

    /// The arc length of the line's point nearest to `p`.
    pub fn locate(&self, p: Point) -> f64 {
        self.points
            .iter()
            .zip(&self.lengths)
            .min_by(|a, b| a.0.distance_squared(p).total_cmp(&b.0.distance_squared(p)))
            .map_or(0.0, |(_, l)| *l)
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
                let mut ids = way_to_the_root(access).to_vec();
                ids.push(into_the_artery(artery));
                all.push(((access, artery), Polyline::new(&joined(&ids))));
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

/// How much of a route, from its start, runs behind the heart and its great veins (the lines
/// of the art's `vessels-back` layer): from the groin, all the way up the back of the chest to
/// the arch; from the wrist, up the arm to the fork where its artery meets the branch off the
/// arch (it passes behind the upper body's great vein). The picture draws that part under the
/// heart.
pub fn behind_heart(access: Access) -> f64 {
    way_to_the_root(access)
        .iter()
        .take_while(|id| art::line(id).layer == "vessels-back")
        .map(|id| vessel(id).line.length())
        .sum()
}

/// The stretch of a route (arc lengths, from and to) the heart hides: from the groin, where
/// the catheter climbs behind the heart's muscle and then over the arch's far end, which
/// passes behind the lung artery. The picture draws it there as hidden lines, dashed, as it
/// draws the aorta, and the tube in front from its end (the X-ray fades it there). Empty from
/// the wrist (at the end of the stretch behind).
pub fn hidden_by_heart(access: Access) -> (f64, f64) {
    // Drawn with the catheter, every frame it moves: measured once per way in.
    static HIDDEN: OnceLock<[(f64, f64); 2]> = OnceLock::new();
    let [wrist, groin] =
        *HIDDEN.get_or_init(|| [measure_hidden(Access::Wrist), measure_hidden(Access::Groin)]);
    match access {
        Access::Wrist => wrist,
        Access::Groin => groin,
    }
}

fn measure_hidden(access: Access) -> (f64, f64) {
    let behind = behind_heart(access);
    if behind <= 0.0 {
        return (0.0, 0.0);
    }
    let heart = Polyline::new(&art::HEART_OUTLINE.bez());
    let route = route(access, Artery::Lad);
    let inside = |s: f64| heart.encloses(route.at(s));
    let Some(first) = (0..=200)
        .map(|i| behind * i as f64 / 200.0)
        .find(|s| inside(*s))
    else {
        return (behind, behind);
    };
    // Closer, between the last sample outside and the first inside.
    let (mut out, mut inn) = ((first - behind / 200.0).max(0.0), first);
    for _ in 0..12 {
        let mid = (out + inn) / 2.0;
        if inside(mid) {
            inn = mid;
        } else {
            out = mid;
        }
    }
    (inn, out_from_under_lung_artery(access, behind))
}

/// Where a route, from `from` on, comes out from under the lung artery's trunk (drawn in
/// front of the arch's far end): `from` itself if it is not under it there.
fn out_from_under_lung_artery(access: Access, from: f64) -> f64 {
    let trunk = art::line("pulmonary-trunk");
    let line = Polyline::new(&trunk.bez());
    let route = route(access, Artery::Lad);
    (0..400)
        .map(|i| from + i as f64 * 0.25)
        .find(|s| *s >= route.length() || line.distance(route.at(*s)) > trunk.radius)
        .unwrap_or(from)
}

/// Where the catheter is drawn in front of everything, from its start: past the heart and the
/// lung artery that hide it.
pub fn in_front_from(access: Access) -> f64 {
    behind_heart(access).max(hidden_by_heart(access).1)
}

/// How strongly the X-ray shows the catheter `s` along its route (0 to 1). An X-ray hides
/// nothing: from the groin the whole climb shows, one unbroken line from the groin to the
/// artery. It fades softly to fainter where it runs behind the heart's shadow (behind the
/// arteries in front, so it reads as behind them, not as one of them), and fainter still
/// inside the ring round the narrowing, so it never competes with the waist the ring shows.
pub fn xray_catheter_shown(setup: Setup, s: f64) -> f64 {
    /// How long the fades are (world units).
    const FADE: f64 = 14.0;
    /// How strongly it shows behind the heart's shadow, and inside the ring.
    const BEHIND: f64 = 0.4;
    const IN_THE_RING: f64 = 0.35;
    let (from, to) = hidden_by_heart(setup.access);
    if s <= from || s >= to {
        return 1.0;
    }
    let (spot, _) = narrowing(setup.artery);
    let d = route(setup.access, setup.artery).at(s).distance(spot);
    let ring = IN_THE_RING + (1.0 - IN_THE_RING) * smooth(d, XRAY_RING - 0.5, XRAY_RING + 2.0);
    let behind =
        1.0 - (1.0 - BEHIND) * smooth(s, from, from + FADE) * (1.0 - smooth(s, to - FADE, to));
    behind * ring
}

/// The descending aorta's centre-line where the heart hides it (world units): the picture
/// draws its walls there as hidden lines, so the aorta reads as passing behind the heart, not
/// into it.
pub fn aorta_behind_heart() -> Vec<Point> {
    let (from, to) = hidden_by_heart(Access::Groin);
    route(Access::Groin, Artery::Lad).between(from, to)
}

/// The narrowed spot on the chosen artery, and the direction the artery runs there.
/// The radius of the ring the X-ray draws round the narrowing once the dye shows it (world
/// units): the pinch is small on a phone, the ring tells the eye where to look.
pub const NARROWING_RING: f64 = 5.5;
/// Half the length of the plaque drawn on the heart at the narrowed spot (world units).
pub const SPOT_HALF_LENGTH: f64 = 3.2;
/// Half the length of the clot drawn on the heart at a blocked spot (world units).
pub const CLOT_HALF_LENGTH: f64 = 1.5;
/// The X-ray's narrowing, as a significant one looks on an angiogram: the dye column's
/// shoulders taper in over `XRAY_SHOULDER` either side of a waist (`XRAY_WAIST`, half-lengths
/// in world units) where it keeps `XRAY_WAIST_LEFT` of its width, so the eye sees a narrowed
/// stretch with its shoulders, not a kink.
pub const XRAY_WAIST: f64 = 1.3;
pub const XRAY_SHOULDER: f64 = 2.6;
pub const XRAY_WAIST_LEFT: f64 = 0.25;
/// How far the label's line stops from the waist's middle (world units), across the artery:
/// beside the pinched column, so its dot names the waist without hiding it.
pub const XRAY_WAIST_GAP: f64 = 1.4;

/// How much of the dye column's width the X-ray's narrowing leaves, `from_middle` along the
/// artery from the narrowing's middle (1 away from it).
pub fn xray_pinch(from_middle: f64) -> f64 {
    let u = ((from_middle.abs() - XRAY_WAIST) / XRAY_SHOULDER).max(0.0);
    let depth = if u >= 1.0 {
        0.0
    } else {
        (u * std::f64::consts::FRAC_PI_2).cos().powi(2)
    };
    1.0 - (1.0 - XRAY_WAIST_LEFT) * depth
}
/// The radius of the X-ray's white ring round the narrowing, drawn just outside it.
pub const XRAY_RING: f64 = NARROWING_RING + 2.5;

pub fn narrowing(artery: Artery) -> (Point, kurbo::Vec2) {
    let line = &coronary(artery).line;
    let s = line.length() * narrowing_fraction(artery);
    (line.at(s), line.direction(s))
}

/// The heart muscle the chosen artery feeds beyond its narrowing, as an ellipse in the heart
/// frame: centre, radii and turn (degrees). It looks dim while short of blood.
pub fn territory(artery: Artery) -> (Point, f64, f64, f64) {
    match artery {
        Artery::Lad => (Point::new(278.0, 314.0), 40.0, 28.0, 40.0),
        Artery::Circumflex => (Point::new(312.0, 262.0), 18.0, 44.0, -8.0),
        Artery::Rca => (Point::new(180.0, 326.0), 48.0, 20.0, 18.0),
    }
}

/// The whole heart with its great vessels (the arch's top included), in world units.
pub fn heart_bounds() -> Rect {
    let a = HEART_TO_WORLD * Point::new(40.0, 20.0);
    let b = HEART_TO_WORLD * Point::new(372.0, 384.0);
    Rect::from_points(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_art_has_every_line_the_model_needs_and_each_route_joins_up() {
        for id in NEEDED {
            assert!(
                art::LINES.iter().any(|l| l.id == id),
                "art/body.svg has no path with id {id:?}"
            );
        }
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Rca] {
                let mut ids = way_to_the_root(access).to_vec();
                ids.push(into_the_artery(artery));
                for pair in ids.windows(2) {
                    let end = Polyline::new(&art::line(pair[0]).bez());
                    let start = Polyline::new(&art::line(pair[1]).bez()).at(0.0);
                    let gap = end.at(end.length()).distance(start);
                    assert!(
                        gap < 0.5,
                        "{} ends {gap} from where {} starts",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }

    #[test]
    fn the_coronary_arteries_and_their_branches_lie_on_the_heart() {
        use kurbo::Shape;
        let heart = art::HEART_OUTLINE.bez();
        for line in art::layer("coronaries") {
            let on = Polyline::new(&line.bez());
            for i in 0..=40 {
                let p = on.at(on.length() * i as f64 / 40.0);
                assert!(
                    heart.contains(p),
                    "{:?} ({}) leaves the heart at {p:?}",
                    line.id,
                    line.class
                );
            }
        }
    }

    #[test]
    fn a_polyline_encloses_what_kurbo_says_its_curve_contains() {
        use kurbo::Shape;
        let curve = art::HEART_OUTLINE.bez();
        let outline = Polyline::new(&curve);
        let bounds = curve.bounding_box().inflate(5.0, 5.0);
        let mut disagree = 0;
        for i in 0..=60 {
            for j in 0..=60 {
                let p = Point::new(
                    bounds.x0 + bounds.width() * i as f64 / 60.0,
                    bounds.y0 + bounds.height() * j as f64 / 60.0,
                );
                if outline.encloses(p) != curve.contains(p) {
                    disagree += 1;
                }
            }
        }
        // Only at the very edge, where the polyline cuts a curve's chord.
        assert!(disagree <= 12, "{disagree} of 3721 points disagree");
    }

    #[test]
    fn the_heart_hides_the_groin_route_only_where_it_climbs_behind_it() {
        use kurbo::Shape;
        let heart = art::HEART_OUTLINE.bez();
        let (from, to) = hidden_by_heart(Access::Wrist);
        assert!(
            to <= from,
            "from the wrist the tube never passes behind the muscle"
        );
        let (from, to) = hidden_by_heart(Access::Groin);
        assert!(
            to - from > 20.0,
            "a real stretch behind the heart: {from}..{to}"
        );
        let route = route(Access::Groin, Artery::Lad);
        assert!(!heart.contains(route.at(from - 1.0)));
        assert!(heart.contains(route.at((from + to) / 2.0)));
        // The aorta drawn behind the heart is that stretch.
        let hidden = aorta_behind_heart();
        assert!(hidden[0].distance(route.at(from)) < 0.5);
        assert!(hidden[hidden.len() - 1].distance(route.at(to)) < 0.5);
        let over = (0..=20)
            .filter(|i| heart.contains(route.at(from + (to - from) * *i as f64 / 20.0)))
            .count();
        assert!(over > 10, "{over} of 21");
    }

    #[test]
    fn the_arch_s_far_end_passes_behind_the_lung_artery_and_the_tube_with_it() {
        // Drawn in front, the arch's end would seem to plug into the lung artery or the heart.
        let trunk = art::line("pulmonary-trunk");
        let line = Polyline::new(&trunk.bez());
        let route = route(Access::Groin, Artery::Rca);
        let (behind, front) = (behind_heart(Access::Groin), in_front_from(Access::Groin));
        assert!(
            line.distance(route.at(behind)) < trunk.radius,
            "the arch ends under it"
        );
        assert!(front > behind && front - behind < 20.0, "{behind}..{front}");
        assert!(line.distance(route.at(front)) >= trunk.radius);
        assert_eq!(hidden_by_heart(Access::Groin).1, front);
        assert_eq!(in_front_from(Access::Wrist), behind_heart(Access::Wrist));
    }

    #[test]
    fn the_descending_aorta_runs_behind_the_heart_on_the_patients_left() {
        // The viewer's right is the patient's left: from the arch down to below the heart the
        // aorta is right of the midline, and the heart's muscle covers it there.
        use kurbo::Shape;
        let heart = art::HEART_OUTLINE.bez();
        let line = &vessel("aorta-descending").line;
        for i in 0..=20 {
            let p = line.at(line.length() * i as f64 / 20.0);
            assert!(p.x > MIDLINE + 8.0, "the descending aorta is at {p:?}");
        }
        let behind = (0..=20)
            .map(|i| line.at(line.length() * i as f64 / 20.0))
            .filter(|p| heart.contains(*p))
            .count();
        assert!(
            behind >= 8,
            "only {behind} of 21 points are behind the heart"
        );
        // The arch rises above the ascending aorta and turns down on the patient's left.
        let arch = &vessel("aorta-arch").line;
        let ascending = &vessel("aorta-ascending").line;
        let top = (0..=20)
            .map(|i| arch.at(arch.length() * i as f64 / 20.0).y)
            .fold(f64::INFINITY, f64::min);
        assert!(top < ascending.at(0.0).y - 5.0);
        assert!(arch.at(0.0).x > ascending.at(ascending.length()).x + 8.0);
        // A view of the whole heart shows the arch whole.
        assert!(top - vessel("aorta-arch").radius > heart_bounds().y0);
    }

    #[test]
    fn the_wrist_route_runs_under_the_collarbone_into_the_arch_s_first_branch() {
        // Through the armpit (not over the shoulder): the route never climbs above the
        // collarbones (y ≈ 204–214) and reaches the aorta by the brachiocephalic artery.
        let route = route(Access::Wrist, Artery::Lad);
        let highest = (0..=200)
            .map(|i| route.at(route.length() * i as f64 / 200.0).y)
            .fold(f64::INFINITY, f64::min);
        assert!(highest > 220.0, "the wrist route climbs to y = {highest}");
        let branch = &vessel("brachiocephalic").line;
        let ascending = &vessel("aorta-ascending").line;
        assert!(branch.at(branch.length()).distance(ascending.at(0.0)) < 0.5);
    }

    #[test]
    fn every_side_branch_belongs_to_an_artery_and_leaves_it() {
        let drawn = art::layer("coronaries").filter(|l| l.is("branch")).count();
        assert_eq!(branches().len(), drawn, "a branch names no artery");
        for b in branches() {
            let start = b.line.at(0.0);
            assert!(
                coronary(b.artery).line.distance(start) < 1.5,
                "a branch of {:?} starts {start:?}, off its artery",
                b.artery
            );
        }
    }

    #[test]
    fn no_catheter_route_crosses_the_ring_round_the_narrowing() {
        // On the X-ray nothing hides anything: the catheter must keep clear of the ring round
        // the narrowing it leads to, or it hides the waist and reads as another artery there.
        // Where it climbs behind the heart the X-ray draws it faint, and fainter still inside
        // the ring (`xray_catheter_shown`); everywhere else it is drawn whole, and keeps clear.
        for setup in Setup::all() {
            let (access, artery) = (setup.access, setup.artery);
            let route = route(access, artery);
            let (spot, _) = narrowing(artery);
            let steps = (route.length() / 0.5) as usize;
            let (from, to) = hidden_by_heart(access);
            for i in 0..=steps {
                let s = route.length() * i as f64 / steps as f64;
                let p = route.at(s);
                let shown = xray_catheter_shown(setup, s);
                if s > from && s < to {
                    // One line, never broken; faint, and fainter still in the ring.
                    assert!(shown > 0.1 && shown <= 1.0, "{setup:?}: {shown} at {s}");
                    if p.distance(spot) < XRAY_RING {
                        assert!(shown < 0.2, "{setup:?}: {shown} in the ring at {p:?}");
                    }
                } else {
                    assert_eq!(shown, 1.0);
                    assert!(
                        p.distance(spot) > XRAY_RING + 3.5,
                        "{access:?} {artery:?}: the catheter passes {p:?}, {} from the narrowing",
                        p.distance(spot)
                    );
                }
            }
        }
    }

    #[test]
    fn the_x_ray_s_narrowing_is_a_waist_with_shoulders_inside_its_ring() {
        // A quarter of the column along its whole waist, the artery's full width past its
        // shoulders, narrowing evenly in between, all of it inside the ring.
        for s in [0.0, 0.5, XRAY_WAIST] {
            assert!((xray_pinch(s) - XRAY_WAIST_LEFT).abs() < 1e-9);
            assert_eq!(xray_pinch(-s), xray_pinch(s));
        }
        assert_eq!(xray_pinch(XRAY_WAIST + XRAY_SHOULDER), 1.0);
        let samples: Vec<f64> = (0..=40)
            .map(|i| xray_pinch(XRAY_WAIST + XRAY_SHOULDER * i as f64 / 40.0))
            .collect();
        assert!(samples.windows(2).all(|w| w[1] >= w[0]));
        const { assert!(XRAY_WAIST + XRAY_SHOULDER < XRAY_RING) };
        const { assert!(XRAY_WAIST_GAP < XRAY_RING) };
    }

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
        let behind = behind_heart(Access::Groin);
        assert!(behind > 0.3 * route.length() && behind < route.length());
        let (back, front) = (
            route.between(0.0, behind),
            route.between(behind, route.length()),
        );
        assert_eq!(back.last(), front.first());
        assert_eq!(back.first(), Some(&GROIN));
        // From the wrist, up the arm to the fork.
        let fork = super::route(Access::Wrist, Artery::Lad).at(behind_heart(Access::Wrist));
        assert!(fork.distance(vessel("brachiocephalic").line.at(0.0)) < 0.5);
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
