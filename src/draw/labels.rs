//! Where the words on the picture go. A label keeps the same size on screen at every zoom
//! (`unit` is the world size of one screen pixel) and turns to another side of its anchor
//! rather than run off the picture.

use crate::model::camera::locator_box;
use crate::model::scene::{Label, Scene, CLOSE_UP_RADIUS};
use crate::model::setup::Artery;
use crate::model::Within;
use kurbo::{Point, Rect, Vec2};

pub const FONT_PX: f64 = 16.0;
const LEADER_PX: f64 = 42.0;

/// A placed label: where its leader line ends and the box its words fill.
#[derive(Clone, Copy, Debug)]
pub struct Placed {
    pub end: Point,
    pub bounds: Rect,
}

/// The size of the words on a stage `stage_px` wide: full size from 400 px, a little smaller on
/// the smallest phones so that the words still fit beside what they name, and growing to a
/// quarter larger on a tablet's or a desktop's wide picture (older eyes, further away).
pub fn font_px(stage_px: f64) -> f64 {
    if stage_px < 400.0 {
        FONT_PX * (stage_px / 400.0).within(0.875, 1.0)
    } else {
        FONT_PX * (stage_px / 640.0).within(1.0, 1.25)
    }
}

/// How wide `text` sets, in average Latin letters (0.6 em each): Chinese, Japanese and
/// Korean characters and full-width forms take a whole em, so each counts as 5/3 of one.
pub fn text_units(text: &str) -> usize {
    let wide = |c: char| matches!(c as u32, 0x1100..=0x11FF | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    let thirds: usize = text.chars().map(|c| if wide(c) { 5 } else { 3 }).sum();
    thirds.div_ceil(3)
}

/// The stage width (CSS pixels) up to which the tools over the picture show only their icons
/// (`app.css`, the `stage` container query says the same).
pub const ICON_TOOLS_UP_TO_PX: f64 = 560.0;

/// The corner the tools over the picture take on a stage `stage_px` wide, in CSS pixels: one
/// row of three buttons, with their names or (on a narrow stage) only their icons.
pub fn tools_px(stage_px: f64) -> (f64, f64) {
    if stage_px <= ICON_TOOLS_UP_TO_PX {
        (156.0, 54.0)
    } else {
        (300.0, 58.0)
    }
}

/// The tools' corner of the picture (world units): no words go under the buttons.
pub fn tools_box(camera: Rect, unit: f64, stage_px: f64) -> Rect {
    let (w, h) = tools_px(stage_px);
    let camera_px = (camera.width() / unit, camera.height() / unit);
    let (w, h) = (w.min(camera_px.0 * 0.6), h.min(camera_px.1 * 0.25));
    Rect::new(
        camera.x1 - w * unit,
        camera.y0,
        camera.x1,
        camera.y0 + h * unit,
    )
}

/// What placing a scene's labels reads from it: the labels, the camera and what they must
/// keep off. The picture's label layer draws again only when this changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub labels: Vec<Label>,
    pub camera: Rect,
    pub taken: Vec<Rect>,
    /// Where words had better not go, but may when nowhere else is free: the arteries, seen
    /// close, or the artery section's vessel (words sit on the tissue round it, as in a
    /// textbook's figure). Covering them weighs far less than covering a label.
    pub avoid: std::borrow::Cow<'static, [Rect]>,
    /// How far a leader may reach, in leader lengths, tried in order: in the artery section
    /// the words may have to reach out past the vessel's wall.
    pub reaches: &'static [f64],
    /// Lines a leader must not cross: the close-ups' callouts.
    pub lines: Vec<(Point, Point)>,
    /// How far in from the picture's edge words must stay (pixels): clear of the X-ray
    /// monitor's frame while it shows.
    pub edge_px: f64,
    /// How much of a place (a fraction of its area) may lie over what had better stay clear
    /// and still count as free: close on the heart, words over a thin side branch beside what
    /// they name read better than words across the heart at the end of a long line.
    pub slack: f64,
    /// Whether lines too keep off what had better stay clear (the X-ray's dyed arteries): on
    /// a few dark arteries, a line along one reads as part of it.
    pub lines_keep_off: bool,
}

/// The room (pixels, square) kept clear of words round the point each label's line names.
const DOT_CLEAR_PX: f64 = 16.0;

/// A leader's lengths, tried in order, where the words sit near what they name.
const SHORT_REACHES: &[f64] = &[1.0, 0.6, 1.25, 1.5];

/// The X-ray monitor's frame round the picture (`.stage.xray-on::after` in app.css), with a
/// little room.
const MONITOR_FRAME_PX: f64 = 16.0;

impl Board {
    pub fn of(scene: &Scene) -> Board {
        Board {
            labels: scene.labels.clone(),
            camera: scene.camera,
            taken: obstacles(scene),
            avoid: if scene.section_opacity > 0.5 {
                std::borrow::Cow::Owned(vec![the_vessel(scene)])
            } else if scene.pose.drape > 0.5 {
                // Close on the way in, off the artery the tube goes into: words over it would
                // hide where the sheath goes in.
                std::borrow::Cow::Borrowed(along_the_way_in(scene.setup.access))
            } else if close_on_the_heart(scene) && scene.monitor_on() {
                // On the X-ray only the arteries the dye fills show, and the catheter.
                let dyed = Some((scene.setup.artery, scene.setup.is_emergency()));
                std::borrow::Cow::Owned(
                    along_the_arteries(dyed)
                        .iter()
                        .copied()
                        .chain(along_the_catheter(scene))
                        .collect(),
                )
            } else if close_on_the_heart(scene) {
                std::borrow::Cow::Borrowed(along_the_arteries(None))
            } else {
                std::borrow::Cow::Borrowed(&[])
            },
            // In the artery section, and on the drape round the way in, words may reach out
            // further: past the vessel's wall, or out of the drape's window; close on the
            // heart and on its X-ray, off the arteries.
            reaches: if scene.section_opacity > 0.5 || scene.pose.drape > 0.5 {
                &[1.0, 0.6, 1.25, 1.5, 2.2, 3.0, 3.8, 4.6]
            } else if close_on_the_heart(scene) && !scene.monitor_on() {
                &[1.0, 0.6, 1.25, 1.5, 2.2, 3.0, 3.8, 4.6, 5.5]
            } else if close_on_the_heart(scene) {
                // On the X-ray, out into the grey field past the dyed arteries round the spot.
                &[1.0, 0.6, 1.25, 1.5, 2.2, 3.0]
            } else {
                SHORT_REACHES
            },
            lines: scene
                .close_ups()
                .flat_map(|c| c.callout(crate::model::anatomy::narrowing(scene.setup.artery).0))
                .collect(),
            edge_px: if scene.monitor_on() {
                MONITOR_FRAME_PX
            } else {
                0.0
            },
            // (On the X-ray, none: its few dark arteries on a pale field are all there is to see.)
            slack: if scene.section_opacity <= 0.5
                && close_on_the_heart(scene)
                && !scene.monitor_on()
            {
                0.06
            } else {
                0.0
            },
            lines_keep_off: close_on_the_heart(scene) && scene.monitor_on(),
        }
    }
}

fn obstacles(scene: &Scene) -> Vec<Rect> {
    let mut out = Vec::new();
    for inset in scene.close_ups() {
        out.push(inset.bounds());
        // And off the callout between the ring and the close-up: words across it would break
        // the line the eye follows.
        let (spot, _) = crate::model::anatomy::narrowing(scene.setup.artery);
        let gap = 6.0 * inset.radius / CLOSE_UP_RADIUS;
        for t in [0.3, 0.5, 0.7] {
            out.push(Rect::from_center_size(
                spot.lerp(inset.centre, t),
                (gap, gap),
            ));
        }
    }
    // The ring round the narrowed (or treated) spot: it is what the words point at. Seen from
    // afar (the last step's whole body) the heart is small: words keep off all of it.
    if scene.pose.marker > 0.3 {
        use crate::model::camera::heart;
        let (spot, _) = crate::model::anatomy::narrowing(scene.setup.artery);
        if scene.camera.width() > 4.0 * heart().width() {
            out.push(heart());
        } else {
            out.push(Rect::from_center_size(spot, (24.0, 24.0)));
            // Nor over where the artery starts: its opening is what the catheter aims for.
            let start = crate::model::anatomy::coronary(scene.setup.artery)
                .line
                .at(0.0);
            out.push(Rect::from_center_size(start, (14.0, 14.0)));
        }
    }
    if scene.pose.locator > 0.0 {
        out.push(locator_box(scene.camera));
    }
    // The drape window's frame: words sit wholly inside the window or wholly on the drape,
    // never across its edge.
    if scene.pose.drape > 0.5 {
        use crate::model::camera::{drape_centre, drape_window};
        let (w, h) = drape_window(scene.setup.access);
        let window = Rect::from_center_size(drape_centre(scene.setup.access), (2.0 * w, 2.0 * h));
        let edge = 0.5;
        for side in [
            Rect::new(window.x0, window.y0, window.x1, window.y0),
            Rect::new(window.x0, window.y1, window.x1, window.y1),
            Rect::new(window.x0, window.y0, window.x0, window.y1),
            Rect::new(window.x1, window.y0, window.x1, window.y1),
        ] {
            out.push(side.inflate(edge, edge));
        }
    }
    if scene.pose.body_map > 0.0 {
        out.push(crate::model::camera::map_box(scene.camera));
    }
    // On the X-ray, the white ring round the narrowing: words keep a little clear of it.
    if scene.monitor_on() && scene.pose.dye > 0.85 {
        let (spot, _) = crate::model::anatomy::narrowing(scene.setup.artery);
        let r = crate::model::anatomy::XRAY_RING + 0.5;
        // As a cross of two bands, close to the circle, leaving its square's corners free.
        out.push(Rect::from_center_size(spot, (2.0 * r, 1.3 * r)));
        out.push(Rect::from_center_size(spot, (1.3 * r, 2.0 * r)));
    }

    // The balloon is what the words are about while it is in the artery, folded or open (open,
    // it fills the artery): a word over it would hide the moment it names.
    if let Some(b) = scene.pose.balloon.filter(|_| scene.section_opacity > 0.5) {
        use crate::model::section::{balloon_length, CENTRE_Y};
        let half = balloon_length(scene.pose.stent) / 2.0;
        // Open, its rounded ends leave room at the corners for a leader line.
        let r = if b.radius > 20.0 {
            b.radius * 0.8
        } else {
            b.radius
        };
        out.push(scene.section_to_world.transform_rect_bbox(Rect::new(
            b.x - half,
            CENTRE_Y - r,
            b.x + half,
            CENTRE_Y + r,
        )));
    }
    out
}

/// Close on the heart (or its X-ray), words keep off its arteries where they can: a label
/// across another artery hides it and reads as naming it.
fn close_on_the_heart(scene: &Scene) -> bool {
    scene.section_opacity < 0.5
        && scene.pose.drape <= 0.5
        && scene.camera.width() < 2.5 * crate::model::camera::heart().width()
}

/// The artery section's vessel, wall to wall, in world units.
fn the_vessel(scene: &Scene) -> Rect {
    use crate::model::section::{CENTRE_Y, RADIUS, WALL};
    let half = RADIUS + WALL;
    scene.section_to_world.transform_rect_bbox(Rect::new(
        -2000.0,
        CENTRE_Y - half,
        3000.0,
        CENTRE_Y + half,
    ))
}

/// Small squares along every coronary artery and side branch (world units), measured once:
/// all of them, or (`dyed`: the artery dye is put into, and whether it is blocked) those the
/// dye fills, up to a blockage.
fn along_the_arteries(dyed: Option<(Artery, bool)>) -> &'static [Rect] {
    use crate::model::anatomy::{branches, coronary, dye_fills, narrowing_fraction};
    use std::sync::OnceLock;
    const ARTERIES: [Artery; 3] = [Artery::Lad, Artery::Circumflex, Artery::Rca];
    static SQUARES: [OnceLock<Vec<Rect>>; 7] = [const { OnceLock::new() }; 7];
    let slot = dyed.map_or(0, |(chosen, blocked)| {
        1 + 2 * ARTERIES.iter().position(|a| *a == chosen).unwrap_or(0) + usize::from(blocked)
    });
    // How far along an artery (a fraction) the dye shows it.
    let reach = move |a: Artery| match dyed {
        None => 1.0,
        Some((chosen, _)) if !dye_fills(chosen, a) => 0.0,
        Some((chosen, true)) if chosen == a => narrowing_fraction(a),
        Some(_) => 1.0,
    };
    SQUARES[slot].get_or_init(|| {
        let squares = |line: &'static crate::model::anatomy::Polyline, upto: f64| {
            let n = (line.length() * upto / 5.0).ceil() as usize;
            (0..=n).filter(move |_| upto > 0.0).map(move |i| {
                let p = line.at(line.length() * upto * i as f64 / n.max(1) as f64);
                Rect::from_center_size(p, (3.0, 3.0))
            })
        };
        let arteries = ARTERIES
            .into_iter()
            .flat_map(|a| squares(&coronary(a).line, reach(a)));
        let side_branches = branches()
            .iter()
            .filter(|b| b.origin <= reach(b.artery))
            .flat_map(|b| squares(&b.line, 1.0));
        // Off the heart, the aorta below it: words there would seem to name it. (Not on the
        // X-ray, where it does not show.)
        let aorta = ["aorta-descending", "aorta-abdominal"]
            .into_iter()
            .filter(|_| dyed.is_none())
            .flat_map(|id| {
                let vessel = crate::model::anatomy::vessel(id);
                let line = &vessel.line;
                let n = (line.length() / 4.0).ceil() as usize;
                (0..=n)
                    .map(move |i| line.at(line.length() * i as f64 / n as f64))
                    .filter(|p| p.y > crate::model::anatomy::below_heart() + 2.0)
                    .map(move |p| Rect::from_center_size(p, (2.0 * vessel.radius, 4.0)))
            });
        arteries.chain(side_branches).chain(aorta).collect()
    })
}

/// Small squares along the catheter as far as it is in (world units).
fn along_the_catheter(scene: &Scene) -> impl Iterator<Item = Rect> + '_ {
    let route = crate::model::anatomy::route(scene.setup.access, scene.setup.artery);
    let length = scene.pose.catheter_length.min(route.length());
    let n = (length / 4.0).ceil() as usize;
    (0..=n)
        .filter(move |_| length > 0.0)
        .map(move |i| Rect::from_center_size(route.at(length * i as f64 / n as f64), (2.0, 2.0)))
}

/// Small squares along the artery at the way in (world units), measured once per way in.
fn along_the_way_in(access: crate::model::setup::Access) -> &'static [Rect] {
    use crate::model::setup::Access;
    use std::sync::OnceLock;
    static SQUARES: [OnceLock<Vec<Rect>>; 2] = [const { OnceLock::new() }; 2];
    let (slot, ids) = match access {
        Access::Wrist => (0, ["radial", "palm"]),
        Access::Groin => (1, ["femoral", "thigh"]),
    };
    SQUARES[slot].get_or_init(|| {
        ids.into_iter()
            .flat_map(|id| {
                let vessel = crate::model::anatomy::vessel(id);
                let line = &vessel.line;
                let n = (line.length() / 2.0).ceil() as usize;
                let side = 2.0 * vessel.radius;
                (0..=n).map(move |i| {
                    Rect::from_center_size(
                        line.at(line.length() * i as f64 / n as f64),
                        (side, side),
                    )
                })
            })
            .collect()
    })
}

/// Places a scene's labels (`chars`: how long each one's words are), in table order: each
/// stays inside the picture and off the obstacles and the labels placed before it, trying its
/// own side first, then the other sides, with a shorter or longer leader line. Where that
/// leaves two labels' words on each other (a small picture), the captions are placed last
/// instead, and the better of the two kept.
pub fn place_all(board: &Board, chars: &[usize], unit: f64, stage_px: f64) -> Vec<Placed> {
    let table: Vec<usize> = (0..board.labels.len()).collect();
    let first = place_in(board, chars, unit, stage_px, &table);
    let clashes = |placed: &[Placed]| {
        let shown: Vec<Rect> = placed
            .iter()
            .zip(&board.labels)
            .filter(|(_, l)| l.opacity > 0.3)
            .map(|(p, _)| p.bounds.inflate(-6.0 * unit, 0.0))
            .collect();
        shown
            .iter()
            .enumerate()
            .flat_map(|(i, a)| shown[i + 1..].iter().map(move |b| a.intersect(*b).area()))
            .filter(|area| *area > 0.0)
            .count()
    };
    let first_clashes = clashes(&first);
    if first_clashes == 0 || !board.labels.iter().any(|l| l.caption) {
        return first;
    }
    let (captions, others): (Vec<usize>, Vec<usize>) =
        table.iter().partition(|i| board.labels[**i].caption);
    let captions_last: Vec<usize> = others.into_iter().chain(captions).collect();
    let second = place_in(board, chars, unit, stage_px, &captions_last);
    if clashes(&second) < first_clashes {
        second
    } else {
        first
    }
}

/// Places the labels in `order` (indices into the board's labels); the places come back in
/// the board's order.
fn place_in(
    board: &Board,
    chars: &[usize],
    unit: f64,
    stage_px: f64,
    order: &[usize],
) -> Vec<Placed> {
    let edge = board.edge_px * unit;
    let camera = board.camera.inflate(-edge, -edge);
    let font = font_px(stage_px);
    let mut taken = board.taken.clone();
    // The picture's top-right corner holds the consultation tools (Present, Draw, Point).
    let tools = tools_box(camera, unit, stage_px);
    let mut placed: Vec<Placed> = Vec::new();
    // Where each label's line ends on what it names: no other label's words come near it.
    let dots: Vec<Rect> = board
        .labels
        .iter()
        .filter(|l| l.opacity > 0.3)
        .map(|l| Rect::from_center_size(l.anchor, (DOT_CLEAR_PX * unit, DOT_CLEAR_PX * unit)))
        .collect();
    // The leader lines of the labels shown so far: two that cross send the eye to the wrong thing.
    let mut leaders: Vec<(Point, Point)> = board.lines.clone();
    let mut out: Vec<Option<Placed>> = vec![None; board.labels.len()];
    for &i in order {
        let (label, chars) = (&board.labels[i], chars.get(i).copied().unwrap_or_default());
        let width = chars as f64 * font * 0.6 * unit;
        let height = font * 1.2 * unit;
        let margin = 6.0 * unit;
        let boxed = |toward: Vec2, reach: f64, shift: f64| {
            let end = label.anchor + toward * (LEADER_PX * (font / FONT_PX) * reach * unit);
            let left = if reach == 0.0 {
                // A caption, under what it names, as far off centre as it leans (and as it is
                // shifted, a fraction of its width): near the picture's edge (the last step's
                // column on a phone), slid in just enough to fit, still under it.
                let centred = end.x - width / 2.0 + (toward.x + shift) * width;
                let (x0, x1) = (camera.x0 + 2.0 * margin, camera.x1 - 2.0 * margin);
                centred.min(x1 - width).max(x0).within(end.x - width, end.x)
            } else if toward.x < -0.3 {
                end.x - width
            } else if toward.x > 0.3 {
                end.x
            } else {
                end.x - width / 2.0
            };
            let top = if toward.y > 0.3 {
                end.y
            } else if toward.y < -0.3 {
                end.y - height
            } else {
                end.y - height / 2.0
            };
            Placed {
                end,
                // A little room above and below too: some engines' fonts for Chinese draw
                // taller than the line.
                bounds: Rect::new(left, top, left + width, top + height)
                    .inflate(margin, 0.1 * font * unit),
            }
        };
        // The words, margin and all, inside the picture; the words themselves clear of the
        // monitor's frame (their margin may lie on it).
        let within =
            |r: Rect, c: Rect| r.x0 >= c.x0 && r.x1 <= c.x1 && r.y0 >= c.y0 && r.y1 <= c.y1;
        let inside = |r: Rect| within(r, board.camera) && within(r.inflate(-margin, 0.0), camera);
        let t = label.toward;
        // Its own side or mirrored (above stays above), at three reaches; then straight out
        // to its own side (nearer what it names than a flip to the other side, where it may
        // land beside something else); then the other side, straight out the other way, up or
        // down.
        let near = [t, Vec2::new(-t.x, t.y)];
        let beside = [Vec2::new(t.x.signum(), 0.0)];
        let far = [
            Vec2::new(t.x, -t.y),
            -t,
            Vec2::new(-t.x.signum(), 0.0),
            Vec2::new(0.0, t.y.signum()),
            Vec2::new(0.0, -t.y.signum()),
        ];
        // Only its own side reaches far (out past the artery section's wall): the other sides
        // are a fallback near the anchor. A caption sits right under what it names if it can,
        // slid a little to either side if it must (clear of a line that passes under what it
        // names); where it cannot (a small picture), it becomes a label with a line.
        let shifts: &[f64] = if label.caption {
            &[0.0, 0.25, -0.25, 0.45, -0.45]
        } else {
            &[]
        };
        let captions = shifts.iter().map(|shift| (t, 0.0, *shift));
        let lines = [
            (&near[..], board.reaches),
            (&beside[..], SHORT_REACHES),
            (&far[..], SHORT_REACHES),
        ]
        .into_iter()
        .flat_map(|(sides, reaches)| {
            reaches
                .iter()
                .flat_map(move |reach| sides.iter().map(move |side| (*side, *reach, 0.0)))
        });
        let candidates = captions.chain(lines);
        // The first place that covers nothing (close on the heart, nothing but a little of
        // what had better stay clear: the board's slack); failing that, the one that covers
        // least. Words
        // under the buttons cannot be read at all: that counts four times over; a leader line
        // across another counts as covering a whole label. The label layer redraws whenever
        // the camera moves, so the search stops at the first free place.
        // What a place covers: first what must stay readable (labels, lines, the tools, the
        // obstacles), then what had better stay clear (`avoid`). Any of the first weighs more
        // than all of the second.
        let covered = |p: &Placed| -> (f64, f64) {
            let under_tools = 4.0 * tools.intersect(p.bounds).area();
            let crossings = leaders
                .iter()
                .filter(|(a, b)| crosses((label.anchor, p.end), (*a, *b)))
                .count();
            let own =
                Rect::from_center_size(label.anchor, (DOT_CLEAR_PX * unit, DOT_CLEAR_PX * unit));
            // A line through words, this one's through those placed or theirs through
            // these, hides them as much as words over them.
            let through_words = placed
                .iter()
                .filter(|q| through((label.anchor, p.end), q.bounds.inflate(-margin, 0.0)))
                .count()
                + leaders
                    .iter()
                    .filter(|l| through(**l, p.bounds.inflate(-margin, 0.0)))
                    .count();
            let hard = under_tools
                + (crossings + through_words) as f64 * p.bounds.area()
                + taken
                    .iter()
                    .chain(dots.iter().filter(|d| **d != own))
                    .map(|r| r.intersect(p.bounds).area())
                    .sum::<f64>();
            let soft = board
                .avoid
                .iter()
                .map(|r| r.intersect(p.bounds).area())
                .sum::<f64>()
                + if board.lines_keep_off {
                    // From a little way out: at its start the line meets what it names.
                    let out = (p.end - label.anchor).normalize() * 2.5;
                    let line = (label.anchor + out, p.end);
                    board
                        .avoid
                        .iter()
                        .filter(|r| through(line, **r))
                        .map(Rect::area)
                        .sum::<f64>()
                } else {
                    0.0
                };
            (hard, soft)
        };
        let mut best: Option<((f64, f64), Placed)> = None;
        for p in candidates
            .map(|(side, reach, shift)| boxed(side, reach, shift))
            .filter(|p| inside(p.bounds))
        {
            let cover = covered(&p);
            let free = cover.0 == 0.0 && cover.1 <= board.slack * p.bounds.area();
            if free || best.as_ref().is_none_or(|(least, _)| cover < *least) {
                best = Some((cover, p));
            }
            if free {
                break;
            }
        }
        let chosen = best.map_or_else(|| boxed(t, 1.0, 0.0), |(_, p)| p);
        if label.opacity > 0.3 {
            taken.push(chosen.bounds);
            leaders.push((label.anchor, chosen.end));
        }
        placed.push(chosen);
        out[i] = Some(chosen);
    }
    out.into_iter().flatten().collect()
}

/// Whether two line segments cross (touching at an end does not count).
/// Whether the line from `a` to `b` passes through the words in `r`.
fn through((a, b): (Point, Point), r: Rect) -> bool {
    let corners = [
        Point::new(r.x0, r.y0),
        Point::new(r.x1, r.y0),
        Point::new(r.x1, r.y1),
        Point::new(r.x0, r.y1),
    ];
    r.contains(a)
        || r.contains(b)
        || (0..4).any(|i| crosses((a, b), (corners[i], corners[(i + 1) % 4])))
}

fn crosses((a, b): (Point, Point), (c, d): (Point, Point)) -> bool {
    let side = |p: Point, q: Point, r: Point| (q - p).cross(r - p);
    let (d1, d2) = (side(c, d, a), side(c, d, b));
    let (d3, d4) = (side(a, b, c), side(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn wide_characters_take_more_room() {
        assert_eq!(super::text_units("Balloon"), 7);
        assert_eq!(super::text_units("前面的动脉"), 9);
        assert_eq!(super::text_units("اللويحة"), 7);
    }

    #[test]
    fn crossing_leaders_are_found() {
        let p = |x: f64, y: f64| Point::new(x, y);
        assert!(super::crosses(
            (p(0.0, 0.0), p(2.0, 2.0)),
            (p(0.0, 2.0), p(2.0, 0.0))
        ));
        assert!(!super::crosses(
            (p(0.0, 0.0), p(2.0, 0.0)),
            (p(0.0, 1.0), p(2.0, 1.0))
        ));
        assert!(!super::crosses(
            (p(0.0, 0.0), p(1.0, 1.0)),
            (p(1.0, 1.0), p(2.0, 0.0))
        ));
    }

    use super::*;
    use crate::i18n::Catalog;
    use crate::model::journey::Journey;
    use crate::model::scene::scene_at;
    use crate::model::setup::Setup;

    /// On a phone and on a tablet, the words of the labels on screen stay inside the picture
    /// and never sit on top of one another.
    #[test]
    fn labels_stay_on_screen_and_never_overlap() {
        let catalog = Catalog::english();
        // Every problem, one line each per step and kind, so a change shows all it broke.
        let mut problems = std::collections::BTreeSet::new();
        let mut check = |ok: bool, what: String| {
            if !ok {
                problems.insert(what);
            }
        };
        for (aspect, stage_px) in [
            (320.0 / 240.0, 320.0),
            (390.0 / 420.0, 390.0),
            // A 390 × 844 phone's picture, above the words.
            (390.0 / 248.0, 390.0),
            (640.0 / 580.0, 640.0),
            (1.6, 900.0),
        ] {
            for setup in Setup::all() {
                let journey = Journey::new(setup);
                let mut time = 0.0;
                while time <= journey.total() {
                    let scene = scene_at(setup, time, aspect).on_stage(stage_px);
                    let unit = scene.camera.width() / stage_px;
                    let texts: Vec<String> = scene
                        .labels
                        .iter()
                        .map(|l| catalog.for_setup(l.id, setup))
                        .collect();
                    let chars: Vec<usize> = texts.iter().map(|t| text_units(t)).collect();
                    let placed: Vec<(String, Rect, (Point, Point))> =
                        place_all(&Board::of(&scene), &chars, unit, stage_px)
                            .into_iter()
                            .zip(texts)
                            .zip(&scene.labels)
                            .filter(|(_, l)| l.opacity > 0.3)
                            .map(|((p, text), l)| (text, p.bounds, (l.anchor, p.end)))
                            .collect();
                    let locator = crate::model::camera::locator_box(scene.camera);
                    let tools = tools_box(scene.camera, unit, stage_px);
                    let step = scene.step.slug();
                    let at = format!("{setup:?} in {step} ({time:.2}s), {stage_px}px");
                    for (i, (text, r, leader)) in placed.iter().enumerate() {
                        for inset in scene.close_ups().filter(|c| c.opacity > 0.3) {
                            check(
                                r.intersect(inset.bounds()).area() <= 0.0,
                                format!("{at}: \"{text}\" covers the close-up"),
                            );
                        }
                        if scene.pose.locator > 0.3 {
                            check(
                                r.intersect(locator).area() <= 0.0,
                                format!("{at}: \"{text}\" covers the small heart"),
                            );
                        }
                        check(
                            r.intersect(tools).area() <= 0.0,
                            format!("{at}: \"{text}\" is under the tools"),
                        );
                        let c = scene.camera;
                        check(
                            r.x0 >= c.x0 && r.x1 <= c.x1 && r.y0 >= c.y0 && r.y1 <= c.y1,
                            format!("{at}: \"{text}\" runs off the picture"),
                        );
                        for (other, q, other_leader) in &placed[i + 1..] {
                            check(
                                r.intersect(*q).area() <= 0.0,
                                format!("{at}: \"{text}\" covers \"{other}\""),
                            );
                            check(
                                !crosses(*leader, *other_leader),
                                format!("{at}: \"{text}\"'s line crosses \"{other}\"'s"),
                            );
                        }
                    }
                    time += 0.25;
                }
            }
        }
        // Keep the first moment of each problem: one line per setup, step, size and words.
        let mut seen = std::collections::BTreeSet::new();
        let first: Vec<&String> = problems
            .iter()
            .filter(|p| {
                let key = p.replace(|c: char| c.is_ascii_digit() || c == '.', "");
                seen.insert(key)
            })
            .collect();
        assert!(
            first.is_empty(),
            "{} label problems:\n{}",
            first.len(),
            first
                .iter()
                .take(60)
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// Close on the way in, at its key picture, every label sits wholly inside the drape's
    /// window or wholly on the drape: none lies across the window's edge.
    #[test]
    fn the_way_in_s_words_never_lie_across_the_window_s_edge() {
        use crate::model::camera::{drape_centre, drape_window};
        use crate::model::scene::key_scene;
        use crate::model::step::Step;
        let catalog = Catalog::english();
        for (aspect, stage_px) in [(390.0 / 373.0, 390.0), (640.0 / 580.0, 640.0), (1.6, 900.0)] {
            for setup in Setup::all() {
                let scene = key_scene(setup, Step::Ready, aspect);
                let unit = scene.camera.width() / stage_px;
                let chars: Vec<usize> = scene
                    .labels
                    .iter()
                    .map(|l| text_units(&catalog.for_setup(l.id, setup)))
                    .collect();
                let (w, h) = drape_window(setup.access);
                let window = Rect::from_center_size(drape_centre(setup.access), (2.0 * w, 2.0 * h));
                for (label, placed) in
                    scene
                        .labels
                        .iter()
                        .zip(place_all(&Board::of(&scene), &chars, unit, stage_px))
                {
                    let inside = window.intersect(placed.bounds).area();
                    assert!(
                        inside <= 0.0 || inside >= placed.bounds.area() - 1e-9,
                        "{setup:?} at {stage_px} px: {} lies across the window's edge",
                        label.id
                    );
                }
            }
        }
    }
}
