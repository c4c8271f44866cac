//! The art files (`art/*.svg`), as `build.rs` read them: shapes an illustrator draws and the
//! model measures. A vessel's centre-line, the heart's outline or where the heart sits is an
//! edit to an SVG file, not to code; an id the model needs that the art lacks fails the build
//! (each named shape is a `static` of its own) or a host test (the lines, looked up by id).

use kurbo::{BezPath, PathEl, Point};

/// A path element in sixteenths of a world unit (a quarter of the size of `f64`s).
pub enum El {
    M(i16, i16),
    L(i16, i16),
    Q(i16, i16, i16, i16),
    C(i16, i16, i16, i16, i16, i16),
    Z,
}

fn bez(els: &[El]) -> BezPath {
    let p = |x: i16, y: i16| Point::new(x as f64 / 16.0, y as f64 / 16.0);
    BezPath::from_vec(
        els.iter()
            .map(|el| match *el {
                El::M(x, y) => PathEl::MoveTo(p(x, y)),
                El::L(x, y) => PathEl::LineTo(p(x, y)),
                El::Q(a, b, x, y) => PathEl::QuadTo(p(a, b), p(x, y)),
                El::C(a, b, c, d, x, y) => PathEl::CurveTo(p(a, b), p(c, d), p(x, y)),
                El::Z => PathEl::ClosePath,
            })
            .collect(),
    )
}

/// A vessel's centre-line (with its radius) or a guide the catheter follows.
pub struct Line {
    /// Its `id` (empty for the side branches, which are only drawn).
    pub id: &'static str,
    pub class: &'static str,
    /// The id of the nearest group around it (its layer).
    pub layer: &'static str,
    /// `data-radius`, world units (0 for a guide).
    pub radius: f64,
    world: &'static [El],
}

impl Line {
    /// The line in world units.
    pub fn bez(&self) -> BezPath {
        bez(self.world)
    }

    /// Whether its `class` names `class`.
    pub fn is(&self, class: &str) -> bool {
        self.class.split_whitespace().any(|c| c == class)
    }
}

/// A named outline: its path data as drawn (in its own frame) and in world units.
pub struct Shape {
    pub d: &'static str,
    world: &'static [El],
}

impl Shape {
    pub fn bez(&self) -> BezPath {
        bez(self.world)
    }
}

include!(concat!(env!("OUT_DIR"), "/art.rs"));

/// The line with this id (the ids the model needs are checked by a host test).
pub fn line(id: &str) -> &'static Line {
    LINES
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("the art has no line {id:?}"))
}

/// Every line in a layer, in drawing order.
pub fn layer(id: &'static str) -> impl Iterator<Item = &'static Line> {
    LINES.iter().filter(move |p| p.layer == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::anatomy::{GROIN, WRIST};
    use kurbo::{Point, Shape};

    #[test]
    fn the_ways_in_are_on_the_body_and_the_groin_is_not_covered() {
        let body = BODY_OUTLINE.bez();
        assert!(body.contains(WRIST), "the wrist is on the arm");
        assert!(body.contains(GROIN), "the groin is on the body");
        assert!(
            !BRIEFS_SHAPE.bez().contains(GROIN),
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
        // Where the art's lines start: the wrist and groin the model names.
        let start = |id: &str| line(id).bez().elements()[0].end_point().unwrap();
        assert!(start("radial").distance(WRIST) < 0.01);
        assert!(start("femoral").distance(GROIN) < 0.01);
    }

    #[test]
    fn every_colour_the_art_previews_is_one_of_the_app_s() {
        // The art files carry a preview style for editors; the app colours by class. A colour
        // an editor sees that the app does not use would mislead whoever draws next.
        let css = include_str!("../../assets/app.css").to_lowercase();
        for file in ["body.svg", "angiogram.svg", "cathlab.svg"] {
            let text = std::fs::read_to_string(format!("art/{file}")).unwrap();
            let style = &text[text.find("<style").unwrap()..text.find("</style>").unwrap()];
            for (i, _) in style.match_indices('#') {
                let hex = &style[i..(i + 7).min(style.len())].to_lowercase();
                if hex[1..].chars().all(|c| c.is_ascii_hexdigit()) && hex.len() == 7 {
                    assert!(
                        css.contains(hex.as_str()),
                        "{file}'s preview colour {hex} is not in app.css"
                    );
                }
            }
        }
    }
}
