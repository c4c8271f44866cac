//! Where the words on the picture go. A label keeps the same size on screen at every zoom
//! (`unit` is the world size of one screen pixel) and turns to another side of its anchor
//! rather than run off the picture.

use crate::model::scene::Label;
use kurbo::{Point, Rect, Vec2};

pub const FONT_PX: f64 = 16.0;
const LEADER_PX: f64 = 42.0;

/// A placed label: where its leader line ends and the box its words fill.
pub struct Placed {
    pub end: Point,
    pub bounds: Rect,
}

/// Places `label`, whose words are `chars` characters long, inside `camera` when it can.
pub fn place(label: &Label, chars: usize, camera: Rect, unit: f64) -> Placed {
    let width = chars as f64 * FONT_PX * 0.6 * unit;
    let height = FONT_PX * 1.2 * unit;
    let margin = 6.0 * unit;
    let boxed = |toward: Vec2| {
        let end = label.anchor + toward * (LEADER_PX * unit);
        let left = if toward.x < -0.3 {
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
            bounds: Rect::new(left, top, left + width, top + height).inflate(margin, 0.0),
        }
    };
    let inside =
        |r: Rect| r.x0 >= camera.x0 && r.x1 <= camera.x1 && r.y0 >= camera.y0 && r.y1 <= camera.y1;
    let t = label.toward;
    [t, Vec2::new(-t.x, t.y), Vec2::new(t.x, -t.y), -t]
        .into_iter()
        .map(boxed)
        .find(|p| inside(p.bounds))
        .unwrap_or_else(|| boxed(t))
}

#[cfg(test)]
mod tests {
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
        for (aspect, stage_px) in [(390.0 / 420.0, 390.0), (640.0 / 580.0, 640.0), (1.6, 900.0)] {
            for setup in Setup::all() {
                let journey = Journey::new(setup);
                let mut time = 0.0;
                while time <= journey.total() {
                    let scene = scene_at(setup, time, aspect);
                    let unit = scene.camera.width() / stage_px;
                    let placed: Vec<(String, Rect)> = scene
                        .labels
                        .iter()
                        .filter(|l| l.opacity > 0.3)
                        .map(|l| {
                            let text = catalog.for_setup(l.id, setup);
                            (
                                text.clone(),
                                place(l, text.chars().count(), scene.camera, unit).bounds,
                            )
                        })
                        .collect();
                    let inset = scene.inset;
                    let close_up = kurbo::Rect::from_center_size(
                        inset.centre,
                        (
                            2.0 * crate::model::scene::INSET_RADIUS,
                            2.0 * crate::model::scene::INSET_RADIUS,
                        ),
                    );
                    for (i, (text, r)) in placed.iter().enumerate() {
                        if inset.opacity > 0.3 {
                            assert!(r.intersect(close_up).area() <= 0.0, "{setup:?} at {time:.1}s, {stage_px}px: \"{text}\" covers the close-up");
                        }
                        let c = scene.camera;
                        assert!(
                            r.x0 >= c.x0 && r.x1 <= c.x1 && r.y0 >= c.y0 && r.y1 <= c.y1,
                            "{setup:?} at {time:.1}s, {stage_px}px: \"{text}\" runs off the picture"
                        );
                        for (other, q) in &placed[i + 1..] {
                            assert!(r.intersect(*q).area() <= 0.0, "{setup:?} at {time:.1}s, {stage_px}px: \"{text}\" covers \"{other}\"");
                        }
                    }
                    time += 0.25;
                }
            }
        }
    }
}
