//! The camera is a rectangle of the world (an SVG viewBox). Moving between scales interpolates
//! size on a log scale, so a tenfold zoom feels as even as a twofold one.

use super::anatomy::{self, GROIN, WRIST};
use super::cut;
use super::setup::{Access, Artery};
use kurbo::{Affine, Point, Rect, Size};

/// Blends two views: centre moves straight, size changes by equal ratios per unit of `t`.
pub fn blend(a: Rect, b: Rect, t: f64) -> Rect {
    let t = t.clamp(0.0, 1.0);
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
    let aspect = aspect.clamp(0.3, 3.5);
    let (w, h) = (rect.width(), rect.height());
    let size = if w / h < aspect {
        Size::new(h * aspect, h)
    } else {
        Size::new(w, w / aspect)
    };
    Rect::from_center_size(rect.center(), size)
}

pub fn heart() -> Rect {
    anatomy::heart_bounds()
}

/// Close on the narrowed spot of the chosen artery.
pub fn narrowing(artery: Artery) -> Rect {
    Rect::from_center_size(anatomy::narrowing(artery).0, Size::new(46.0, 46.0))
}

/// The whole upper body: head, chest, arms and groin.
pub fn body() -> Rect {
    Rect::new(40.0, 30.0, 560.0, 660.0)
}

/// Close on the place the tube goes in.
pub fn access(access: Access) -> Rect {
    let site = match access {
        Access::Wrist => WRIST,
        Access::Groin => GROIN,
    };
    Rect::from_center_size(site + kurbo::Vec2::new(0.0, 4.0), Size::new(130.0, 130.0))
}

/// The catheter's whole way, from the entry point to the heart.
pub fn route(access: Access, artery: Artery) -> Rect {
    // Shoulders and neck too, so the body reads as a body.
    let shoulders = Rect::new(200.0, 150.0, 400.0, 260.0);
    anatomy::route(access, artery)
        .bounds()
        .union(heart())
        .union(shoulders)
        .inflate(24.0, 24.0)
}

/// Where the artery cut sits in the world: shrunk onto the narrowing, so zooming into the
/// narrowed spot arrives at the cut.
pub fn cut_to_world(artery: Artery) -> Affine {
    let (spot, _) = anatomy::narrowing(artery);
    Affine::translate(spot.to_vec2())
        * Affine::scale(CUT_SCALE)
        * Affine::translate((-cut::WIDTH / 2.0, -cut::CENTRE_Y))
}

/// World units per unit of the cut's frame.
pub const CUT_SCALE: f64 = 0.014;

/// The artery cut filling the view, with a little room around it.
pub fn cut_view(artery: Artery) -> Rect {
    let to_world = cut_to_world(artery);
    Rect::from_points(
        to_world * Point::new(40.0, -20.0),
        to_world * Point::new(cut::WIDTH - 40.0, cut::HEIGHT + 20.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(fitted.contains(heart().origin()) && fitted.width() >= heart().width() - 1e-9);
        }
    }
}
