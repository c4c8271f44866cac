//! Point and draw: what a clinician draws over the picture. Strokes live in the picture's
//! world coordinates, so they stay on the anatomy when the camera moves, and each belongs to
//! the step it was drawn on. A pointer ("laser") trace fades a second after it was drawn.
//! Held only for the page's life: never stored, never sent.

use super::step::Step;
use kurbo::{Point, Rect};

/// What a finger or pen does on the picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tool {
    /// Tap and swipe work the journey, as usual.
    #[default]
    Off,
    Pen,
    Laser,
}

/// The three pen colours, by name (their colours are CSS custom properties).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Colour {
    #[default]
    Purple,
    Green,
    Orange,
}

impl Colour {
    pub const ALL: [Colour; 3] = [Colour::Purple, Colour::Green, Colour::Orange];

    pub fn slug(self) -> &'static str {
        match self {
            Colour::Purple => "purple",
            Colour::Green => "green",
            Colour::Orange => "orange",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    /// World points, each with a width factor from the pen's pressure (1 without one).
    pub points: Vec<(Point, f64)>,
}

/// Seconds a laser trace stays before it has faded away.
pub const LASER_FADES: f64 = 1.0;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ink {
    pub tool: Tool,
    pub colour: Colour,
    /// The finished strokes, each with the step it was drawn on, oldest first.
    strokes: Vec<(Step, Stroke)>,
    /// The stroke being drawn, and the step it belongs to.
    drawing: Option<(Step, Stroke)>,
    /// Laser points with the time (seconds) each was made.
    laser: Vec<(Point, f64)>,
}

impl Ink {
    /// The finished strokes of `step`, and the one being drawn on it.
    pub fn strokes(&self, step: Step) -> impl Iterator<Item = &Stroke> {
        let drawing = self
            .drawing
            .as_ref()
            .filter(|(s, _)| *s == step)
            .map(|(_, stroke)| stroke);
        self.strokes
            .iter()
            .filter(move |(s, _)| *s == step)
            .map(|(_, stroke)| stroke)
            .chain(drawing)
    }

    /// A finger or pen went down on the picture at world point `at`.
    pub fn down(&mut self, step: Step, at: Point, pressure: f64, now: f64) {
        match self.tool {
            Tool::Pen => {
                let stroke = Stroke {
                    colour: self.colour,
                    points: vec![(at, width_of(pressure))],
                };
                self.drawing = Some((step, stroke));
            }
            Tool::Laser => self.laser.push((at, now)),
            Tool::Off => {}
        }
    }

    pub fn moved(&mut self, at: Point, pressure: f64, now: f64) {
        match self.tool {
            Tool::Pen => {
                if let Some((_, stroke)) = &mut self.drawing {
                    stroke.points.push((at, width_of(pressure)));
                }
            }
            Tool::Laser => self.laser.push((at, now)),
            Tool::Off => {}
        }
    }

    /// The finger or pen lifted: the stroke is kept on its step.
    pub fn up(&mut self) {
        if let Some((step, stroke)) = self.drawing.take() {
            self.strokes.push((step, stroke));
        }
    }

    /// Takes back the last stroke drawn on `step`.
    pub fn undo(&mut self, step: Step) {
        if let Some(last) = self.strokes.iter().rposition(|(s, _)| *s == step) {
            self.strokes.remove(last);
        }
    }

    /// Clears `step`'s drawing.
    pub fn clear(&mut self, step: Step) {
        self.strokes.retain(|(s, _)| *s != step);
        self.laser.clear();
    }

    pub fn has_strokes(&self, step: Step) -> bool {
        self.strokes.iter().any(|(s, _)| *s == step)
    }

    /// The laser trace at time `now`: each point with how visible it still is (1 → 0).
    pub fn laser(&self, now: f64) -> Vec<(Point, f64)> {
        self.laser
            .iter()
            .map(|(p, t)| (*p, 1.0 - (now - t) / LASER_FADES))
            .filter(|(_, fade)| *fade > 0.0)
            .collect()
    }

    /// Forgets laser points that have faded. True while some are still showing.
    pub fn fade(&mut self, now: f64) -> bool {
        self.laser.retain(|(_, t)| now - t < LASER_FADES);
        !self.laser.is_empty()
    }
}

/// A pen's pressure (0–1; 0.5 when the device cannot tell) as a width factor.
fn width_of(pressure: f64) -> f64 {
    let p = if pressure > 0.0 { pressure } else { 0.5 };
    0.5 + p
}

/// A point on the screen (CSS pixels) to the world, for a stage at `stage` (its box on the
/// screen) showing `camera` centred and scaled to fit ("xMidYMid meet").
pub fn screen_to_world(camera: Rect, stage: Rect, screen: Point) -> Point {
    let scale = (camera.width() / stage.width()).max(camera.height() / stage.height());
    let centre = stage.center();
    camera.center() + (screen - centre) * scale
}

/// The world point `world` on the screen: the inverse of `screen_to_world`.
pub fn world_to_screen(camera: Rect, stage: Rect, world: Point) -> Point {
    let scale = (camera.width() / stage.width()).max(camera.height() / stage.height());
    stage.center() + (world - camera.center()) / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_world_points_round_trip_at_any_zoom_and_shape() {
        for camera in [
            Rect::new(0.0, 0.0, 600.0, 1000.0),
            Rect::new(300.5, 310.0, 306.8, 315.7),
        ] {
            for stage in [
                Rect::new(0.0, 58.0, 635.0, 636.0),
                Rect::new(0.0, 40.0, 390.0, 330.0),
            ] {
                for p in [Point::new(10.0, 70.0), Point::new(300.0, 200.0)] {
                    let back = world_to_screen(camera, stage, screen_to_world(camera, stage, p));
                    assert!((back - p).hypot() < 1e-9, "{p:?} → {back:?}");
                }
                // The stage's centre is the camera's centre.
                assert!(
                    (screen_to_world(camera, stage, stage.center()) - camera.center()).hypot()
                        < 1e-9
                );
            }
        }
    }

    #[test]
    fn strokes_belong_to_their_step_and_undo_takes_back_the_last() {
        let mut ink = Ink {
            tool: Tool::Pen,
            ..Ink::default()
        };
        for (x, step) in [(1.0, Step::Heart), (2.0, Step::Heart), (3.0, Step::Travel)] {
            ink.down(step, Point::new(x, 0.0), 0.0, 0.0);
            ink.moved(Point::new(x, 5.0), 0.8, 0.0);
            ink.up();
        }
        assert_eq!(ink.strokes(Step::Heart).count(), 2);
        ink.undo(Step::Heart);
        let left: Vec<_> = ink.strokes(Step::Heart).collect();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].points[0].0, Point::new(1.0, 0.0));
        assert!(
            left[0].points[1].1 > left[0].points[0].1,
            "pressure widens the line"
        );
        assert_eq!(ink.strokes(Step::Travel).count(), 1);
        ink.clear(Step::Travel);
        assert!(!ink.has_strokes(Step::Travel));
    }

    #[test]
    fn the_laser_fades_after_a_second_and_leaves_no_stroke() {
        let mut ink = Ink {
            tool: Tool::Laser,
            ..Ink::default()
        };
        ink.down(Step::Heart, Point::new(1.0, 1.0), 0.0, 10.0);
        ink.moved(Point::new(2.0, 1.0), 0.0, 10.5);
        ink.up();
        assert_eq!(ink.strokes(Step::Heart).count(), 0);
        assert_eq!(ink.laser(10.6).len(), 2);
        assert_eq!(ink.laser(11.2).len(), 1);
        assert!(ink.fade(11.2));
        assert!(!ink.fade(12.0));
    }
}
