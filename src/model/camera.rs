//! The camera is a rectangle of the world (an SVG viewBox). Moving between scales interpolates
//! size on a log scale, so a tenfold zoom feels as even as a twofold one.

use super::anatomy::{self, GROIN, WRIST};
use super::script;
use super::section;
use super::setup::{Access, Artery};
use crate::model::Within;
use kurbo::{Affine, Point, Rect, Size};

/// Blends two views: centre moves straight, size changes by equal ratios per unit of `t`.
pub fn blend(a: Rect, b: Rect, t: f64) -> Rect {
    let t = t.within(0.0, 1.0);
    let size = |x: f64, y: f64| (x.ln() + (y.ln() - x.ln()) * t).exp();
    let (w, h) = (size(a.width(), b.width()), size(a.height(), b.height()));
    // The centre moves in step with the zoom, not with time: zooming into a spot keeps that
    // spot on screen the whole way (a straight pan would lose it while the view shrinks).
    let k = if (a.width() - b.width()).abs() > 1e-6 * a.width() {
        (w - b.width()) / (a.width() - b.width())
    } else {
        1.0 - t
    };
    let centre = b.center() + (a.center() - b.center()) * k;
    Rect::from_center_size(centre, Size::new(w, h))
}

/// Grows `rect` about its centre until it has the stage's aspect ratio (width / height), so the
/// picture fills the stage and nothing inside the rectangle is ever cut off.
pub fn fit_aspect(rect: Rect, aspect: f64) -> Rect {
    let aspect = aspect.within(0.3, 3.5);
    let (w, h) = (rect.width(), rect.height());
    let size = if w / h < aspect {
        Size::new(h * aspect, h)
    } else {
        Size::new(w, w / aspect)
    };
    Rect::from_center_size(rect.center(), size)
}

/// The whole heart with a margin round it (8 %), so its tip and the words beside it keep clear of
/// the picture's edge.
pub fn heart() -> Rect {
    let bounds = anatomy::heart_bounds();
    bounds.inflate(bounds.width() * 0.08, bounds.height() * 0.08)
}

/// Close on the heart as the catheter arrives: from the wrist, with where the arm's artery
/// joins the branch off the arch in view too, so the tube is seen to come from the arm, not
/// from the neck.
pub fn arrival(access: Access) -> Rect {
    let heart = heart();
    match access {
        Access::Groin => heart,
        Access::Wrist => {
            let fork = anatomy::vessel("brachiocephalic").line.at(0.0);
            let room = 0.1 * heart.height();
            Rect::new(
                heart.x0.min(fork.x - room),
                heart.y0.min(fork.y - room),
                heart.x1,
                heart.y1,
            )
        }
    }
}

/// Closer on the narrowed artery, once the dye shows it: the narrowed spot and the artery's
/// start (where the dye comes in) in view, the heart's middle not far off, so a phone's small
/// picture shows the pinch in the dye, not only a thin dark line.
pub fn narrowed_artery(artery: Artery) -> Rect {
    let (spot, _) = anatomy::narrowing(artery);
    let heart = heart();
    let centre = spot.midpoint(heart.center());
    Rect::from_center_size(centre, heart.size() * 0.62)
}

/// The pictures as the doctor reviews them: most of the heart's arteries, the narrowed spot
/// near the middle and large enough to see on a phone, and above them the arch, so the
/// catheter's loop over it is seen whole, inside the monitor's frame.
pub fn pictures(artery: Artery) -> Rect {
    let close = blend(heart(), narrowed_artery(artery), 0.6);
    let arch = anatomy::vessel("aorta-arch");
    let top = arch.line.bounds().y0 - arch.radius - 0.08 * close.height();
    Rect::new(close.x0, close.y0.min(top), close.x1, close.y1)
}

/// The whole heart and the close-up beside its narrowed spot (a phone's picture grows beside
/// it for their words: `with_words_room`).
pub fn heart_with_close_up(artery: Artery) -> Rect {
    let centre = crate::model::scene::close_up_centre(artery);
    let r = crate::model::scene::CLOSE_UP_RADIUS + 1.0;
    heart().union(Rect::from_center_size(centre, Size::new(2.0 * r, 2.0 * r)))
}

/// On a narrow picture (a phone's), room beside the heart for the words that name its close-up
/// and its artery: the camera grows by up to `WORDS_ROOM`, all of it on the close-up's side
/// (`towards_x`), as much as the close-up shows (`close_up`, 0 to 1). Pixels decide (the
/// stage is `stage_px` wide), so a tablet's picture, which has the room, is unchanged.
pub fn with_words_room(camera: Rect, close_up: f64, towards_x: f64, stage_px: f64) -> Rect {
    let grow = 1.0 + WORDS_ROOM * close_up.within(0.0, 1.0) * narrowness(stage_px);
    if grow <= 1.0 {
        return camera;
    }
    let fixed_x = if towards_x > camera.center().x {
        camera.x0
    } else {
        camera.x1
    };
    let about = Point::new(fixed_x, camera.center().y);
    let scale = |p: Point| about + (p - about) * grow;
    Rect::from_points(
        scale(Point::new(camera.x0, camera.y0)),
        scale(Point::new(camera.x1, camera.y1)),
    )
}

/// How much wider a phone's picture of the heart grows for the words beside its close-up.
const WORDS_ROOM: f64 = 0.3;

/// How narrow a stage is, from 0 (a tablet's picture, 620 px or wider) to 1 (a phone's, 460 px
/// or narrower): a phone's picture is about two thirds as wide, so what is small on a tablet
/// is too small on it.
pub fn narrowness(stage_px: f64) -> f64 {
    if stage_px <= 0.0 {
        return 0.0;
    }
    1.0 - crate::model::timeline::smooth(stage_px, 460.0, 620.0)
}

/// On a phone, the X-ray's pictures (`narrowed_artery`, `pictures`) come closer
/// still, so its waist in the dye is as large as on a tablet: about the middle of the artery's
/// start and its narrowing, so the dye is seen to come in, clear of the picture's corners.
/// Only while the X-ray shows (`xray`, 0 to 1) and the frame is about as close as the
/// pictures' framings (`frame`). Not on a short picture (a phone on its side).
pub fn closer_on_phone(
    camera: Rect,
    frame: Rect,
    xray: f64,
    artery: Artery,
    stage_px: f64,
) -> Rect {
    use crate::model::timeline::smooth;
    // As close as the pictures' own framing (`pictures`), or closer.
    let close = narrowed_artery(artery)
        .width()
        .max(pictures(artery).width());
    let near = 1.0 - smooth(frame.width(), close, 1.25 * close);
    // A short picture (a phone on its side) needs all its room for the words.
    let tall = smooth(stage_px * camera.height() / camera.width(), 260.0, 340.0);
    let k = 1.0 - PHONE_XRAY_CLOSER * narrowness(stage_px) * tall * xray.within(0.0, 1.0) * near;
    if k >= 1.0 {
        return camera;
    }
    let spot = anatomy::narrowing(artery).0;
    let about = spot.midpoint(anatomy::coronary(artery).line.at(0.0));
    let scale = |p: Point| about + (p - about) * k;
    Rect::from_points(
        scale(Point::new(camera.x0, camera.y0)),
        scale(Point::new(camera.x1, camera.y1)),
    )
}

/// How much less of the X-ray a phone's close look shows than a tablet's.
const PHONE_XRAY_CLOSER: f64 = 0.2;

/// The whole upper body: head, chest, arms and groin.
pub fn body() -> Rect {
    Rect::new(40.0, 30.0, 560.0, 660.0)
}

/// The middle of the sterile drape's window over the way in: at the wrist a little towards the
/// hand, so the thumb and palm show where the artery is; at the groin a little towards the
/// body, so the crease shows.
pub fn drape_centre(access: Access) -> Point {
    let along = anatomy::route(access, Artery::Lad).direction(0.0);
    match access {
        Access::Wrist => WRIST - along * 20.0,
        // A little towards the middle, so the window's lateral edge stays on the thigh.
        Access::Groin => GROIN + along * 6.0 + kurbo::Vec2::new(10.0, 0.0),
    }
}

/// Half the width and height of the drape's window (world units).
pub fn drape_window(access: Access) -> (f64, f64) {
    match access {
        Access::Wrist => (36.0, 50.0),
        Access::Groin => (50.0, 52.0),
    }
}

/// Close on the place the tube goes in: the drape's window with a margin of drape round it,
/// and to its left room for the small body in the picture's corner (`map_box`), so the two
/// never overlap.
pub fn access(access: Access) -> Rect {
    let (w, h) = drape_window(access);
    let margin = 0.14 * w.max(h);
    let around = Rect::from_center_size(drape_centre(access), Size::new(2.0 * w, 2.0 * h))
        .inflate(margin, margin);
    let map = 0.42 * around.width().min(around.height());
    Rect::new(around.x0 - map, around.y0, around.x1, around.y1)
}

/// The picture's tools (present, draw, point) take a band along the top of the stage
/// (pixels): the camera frames the picture below it, so no tool covers the anatomy.
pub fn tool_band(width: f64, height: f64) -> f64 {
    if width > 0.0 && height > 200.0 {
        52.0
    } else {
        0.0
    }
}

/// The camera grown upward over the tool band (`band`, a fraction of the stage's height): what
/// the whole stage shows when the picture is framed below the band.
pub fn with_band(camera: Rect, band: f64) -> Rect {
    let band = band.within(0.0, 0.5);
    Rect::new(
        camera.x0,
        camera.y0 - camera.height() * band / (1.0 - band),
        camera.x1,
        camera.y1,
    )
}

/// The body from the head to the groin with both ways in, the heart and, to the side, the
/// last step's tablets and house: one framing for the catheter's travel, the tubes coming out
/// and going home, whatever the setup, so a person never loses their place between them.
pub fn body_journey() -> Rect {
    Rect::new(58.0, 30.0, 690.0, 740.0)
}

/// The small heart beside the artery section: a square in the view's top-left corner.
pub fn locator_box(view: Rect) -> Rect {
    let side = 0.23 * view.width().min(view.height());
    let margin = 0.025 * view.width().min(view.height());
    Rect::new(
        view.x0 + margin,
        view.y0 + margin,
        view.x0 + margin + side,
        view.y0 + margin + side,
    )
}

/// The small body that places the close view of the way in: the same square as the small
/// heart's, in the view's bottom-left corner (the drape's window reaches the top-left).
pub fn map_box(view: Rect) -> Rect {
    let corner = locator_box(view);
    corner + kurbo::Vec2::new(0.0, view.y1 - corner.y1 - (corner.y0 - view.y0))
}

/// Where the artery section sits in the world: shrunk onto the narrowing, so zooming into the
/// narrowed spot arrives at the section.
pub fn section_to_world(artery: Artery) -> Affine {
    let (spot, _) = anatomy::narrowing(artery);
    Affine::translate(spot.to_vec2())
        * Affine::scale(SECTION_SCALE)
        * Affine::translate((-section::WIDTH / 2.0, -section::CENTRE_Y))
}

/// World units per unit of the section's frame.
pub const SECTION_SCALE: f64 = 0.014;

/// The artery section filling the view: from just before the guiding catheter's end to the
/// wire's tip, the whole wall, and room above it for the small locator heart. Kept tight, so
/// that a tall phone picture is mostly artery, not tissue.
pub fn section_view(artery: Artery) -> Rect {
    let to_world = section_to_world(artery);
    Rect::from_points(
        to_world * Point::new(80.0, -62.0),
        to_world * Point::new(section::WIDTH - 70.0, section::HEIGHT + 10.0),
    )
}

/// The artery section framed for a stage of `aspect`. On a tall stage the whole section would
/// leave the artery a thin band across the middle, so there the picture shows less of its
/// length — never less than the guiding catheter's end and the stent's balloon beyond the
/// narrowing — and the artery fills more of the height.
pub fn section_fit(artery: Artery, aspect: f64) -> Rect {
    let full = section_view(artery);
    let to_world = section_to_world(artery);
    let (x0, x1) = (
        (to_world * Point::new(GUIDE_SHOWN_FROM, 0.0)).x,
        (to_world * Point::new(SECTION_CORE_END, 0.0)).x,
    );
    let width = (aspect.within(0.3, 3.5) * full.height()).within(x1 - x0, full.width());
    // The shortest framing keeps its left end at the catheter; a longer one widens to the
    // right, towards the wire's tip, until it is the whole section.
    let left = (full.x1 - width).min(x0);
    fit_aspect(Rect::new(left, full.y0, left + width, full.y1), aspect)
}

/// The stage's framing of `frame`: zooming into the artery section, it eases all the way from
/// the heart to the section's framing for the stage's shape (`section_fit`), so the turn
/// towards a taller framing is spread over the whole zoom, not made in its last moment.
pub fn toward_section(frame: Rect, artery: Artery, aspect: f64) -> Rect {
    let fitted = fit_aspect(frame, aspect);
    let near = section_view(artery).width();
    let toward =
        1.0 - crate::model::timeline::smooth(frame.width().ln(), near.ln(), (12.0 * near).ln());
    if toward > 0.0 {
        blend(fitted, section_fit(artery, aspect), toward)
    } else {
        fitted
    }
}

/// The right end of the section a framing must hold (section units): the stent's balloon and
/// the flow step's arrow beyond the narrowing, with a little room.
const SECTION_CORE_END: f64 = section::FLOW_ARROW_X + 20.0;
/// The guiding catheter's end is always seen whole: its rounded tip and a length behind it.
const GUIDE_SHOWN_FROM: f64 = script::GUIDE_TIP_X - 35.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tool_band_sits_above_the_framed_picture() {
        assert_eq!(tool_band(0.0, 0.0), 0.0);
        let band = tool_band(390.0, 450.0);
        assert_eq!(band, tool_band(1024.0, 768.0));
        assert!(band > 40.0);
        let camera = Rect::new(0.0, 100.0, 390.0, 498.0);
        let whole = with_band(camera, band / 450.0);
        // The band's share of the whole is the band's share of the stage.
        let share = (camera.y0 - whole.y0) / whole.height();
        assert!((share - band / 450.0).abs() < 1e-9);
        assert_eq!(
            (whole.y1, whole.x0, whole.x1),
            (camera.y1, camera.x0, camera.x1)
        );
    }

    #[test]
    fn the_body_framing_holds_every_route_and_both_ways_in() {
        let frame = body_journey();
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                let route = anatomy::route(access, artery).bounds().inflate(10.0, 10.0);
                assert_eq!(frame.union(route), frame, "{access:?} {artery:?}");
            }
        }
        assert_eq!(frame.union(heart()), frame);
    }

    /// Close on the way in, the small body in the corner never covers the drape's window.
    #[test]
    fn the_small_body_keeps_off_the_window_on_the_way_in() {
        for way in [Access::Wrist, Access::Groin] {
            let (w, h) = drape_window(way);
            let window = Rect::from_center_size(drape_centre(way), Size::new(2.0 * w, 2.0 * h));
            for aspect in [0.6, 0.9, 1.05, 1.23, 1.6, 2.2] {
                let view = fit_aspect(access(way), aspect);
                let overlap = map_box(view).intersect(window);
                assert!(
                    overlap.width() <= 0.0 || overlap.height() <= 0.0,
                    "{way:?} at aspect {aspect}: the small body covers the window"
                );
            }
        }
    }

    #[test]
    fn a_tall_stage_sees_the_artery_larger_and_still_the_catheter_and_the_stent() {
        for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
            let full = section_view(artery);
            let to_world = section_to_world(artery);
            for aspect in [0.6, 0.9, 1.1, 1.55, 2.5] {
                let fit = section_fit(artery, aspect);
                assert!((fit.width() / fit.height() - aspect).abs() < 1e-9);
                assert!(fit.height() <= fit_aspect(full, aspect).height() + 1e-9);
                for x in [GUIDE_SHOWN_FROM, SECTION_CORE_END] {
                    for y in [section::CENTRE_Y - 90.0, section::CENTRE_Y + 90.0] {
                        assert!(fit
                            .inflate(1e-6, 1e-6)
                            .contains(to_world * Point::new(x, y)));
                    }
                }
            }
            // A phone's picture: the artery gets clearly more of the height.
            let phone = section_fit(artery, 1.0).height() / fit_aspect(full, 1.0).height();
            assert!(phone < 0.85, "{phone}");
        }
    }

    #[test]
    fn the_small_body_sits_in_the_bottom_left_corner_as_the_small_heart_sits_in_the_top_left() {
        for view in [
            Rect::new(0.0, 0.0, 390.0, 450.0),
            Rect::new(10.0, 20.0, 650.0, 540.0),
        ] {
            let (heart, body) = (locator_box(view), map_box(view));
            assert!((body.size() - heart.size()).to_vec2().hypot() < 1e-9);
            assert_eq!(body.x0, heart.x0);
            assert!((view.y1 - body.y1 - (heart.y0 - view.y0)).abs() < 1e-9);
            assert!(view.contains(body.origin()) && body.intersect(heart).area() <= 0.0);
        }
    }

    #[test]
    fn blending_starts_and_ends_on_its_views() {
        let (a, b) = (body(), heart());
        let close = |x: Rect, y: Rect| {
            (x.x0 - y.x0).abs() + (x.y0 - y.y0).abs() + (x.x1 - y.x1).abs() + (x.y1 - y.y1).abs()
                < 1e-9
        };
        assert!(close(blend(a, b, 0.0), a));
        assert!(close(blend(a, b, 1.0), b));
        let mid = blend(a, b, 0.5);
        assert!(
            (mid.width() - (a.width() * b.width()).sqrt()).abs() < 1e-9,
            "geometric middle"
        );
    }

    #[test]
    fn fitting_the_stage_only_ever_adds_room() {
        for aspect in [0.46, 0.8, 1.0, 1.3, 2.0] {
            let fitted = fit_aspect(heart(), aspect);
            assert!((fitted.width() / fitted.height() - aspect).abs() < 1e-9);
            assert!(fitted.inflate(1e-9, 1e-9).contains(heart().origin()));
            assert!(fitted.width() >= heart().width() - 1e-9);
        }
    }

    #[test]
    fn a_phone_s_heart_has_room_for_words_on_its_close_up_s_side_only() {
        let camera = Rect::new(100.0, 100.0, 200.0, 180.0);
        // Close-up to the right: the left edge stays, the right grows.
        let phone = with_words_room(camera, 1.0, 190.0, 390.0);
        assert_eq!(phone.x0, camera.x0);
        assert!((phone.x1 - camera.x1 - WORDS_ROOM * camera.width()).abs() < 1e-9);
        assert!((phone.width() / phone.height() - camera.width() / camera.height()).abs() < 1e-9);
        // To the left: the right edge stays.
        assert_eq!(with_words_room(camera, 1.0, 110.0, 390.0).x1, camera.x1);
        // A tablet's picture, or no close-up: unchanged.
        assert_eq!(with_words_room(camera, 1.0, 190.0, 1024.0), camera);
        assert_eq!(with_words_room(camera, 0.0, 190.0, 390.0), camera);
        assert_eq!(with_words_room(camera, 1.0, 190.0, 0.0), camera);
    }
}
