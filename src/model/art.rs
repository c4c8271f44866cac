//! The art files (`art/*.svg`), as `build.rs` read them: shapes an illustrator draws and the
//! model measures. A vessel's centre-line, the heart's outline or where the heart sits is an
//! edit to an SVG file, not to code; an id the model needs that the art lacks fails the build
//! (each named shape is a `static` of its own) or a host test (the lines, looked up by id).

use kurbo::{Affine, BezPath, PathEl, Point};

/// A path element in world units, in single precision (the tables are half the size).
pub enum El {
    M(f32, f32),
    L(f32, f32),
    Q(f32, f32, f32, f32),
    C(f32, f32, f32, f32, f32, f32),
    Z,
}

fn bez(els: &[El]) -> BezPath {
    let p = |x: f32, y: f32| Point::new(x as f64, y as f64);
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

/// The transform from a group's own frame to world units.
pub fn group(id: &str) -> Affine {
    GROUPS
        .iter()
        .find(|(g, _)| *g == id)
        .map(|(_, m)| *m)
        .unwrap_or_else(|| panic!("the art has no group {id:?}"))
}
