//! The printed handout: this patient's own procedure on one to three pages. Each step's picture
//! is its key pose, drawn from the same `scene_at` as the animation (so the handout can never
//! show a different procedure from the screen).

use super::journey::Journey;
use super::scene::{key_scene, Scene};
use super::setup::{Artery, Choice, Setup, Treatment};
use super::step::Step;

/// The shape of each step's picture on the page (width / height).
pub const PICTURE_ASPECT: f64 = 4.0 / 3.0;

/// Every step of this patient's journey with its key picture, in order.
pub fn pictures(setup: Setup) -> Vec<(Step, Scene)> {
    Journey::new(setup)
        .steps()
        .iter()
        .map(|step| (*step, key_scene(setup, *step, PICTURE_ASPECT)))
        .collect()
}

/// The handout's "Your procedure:" line, as the message ids of the choices that describe it.
/// Pictures only look at every artery, so no one artery is named.
pub fn chosen(setup: Setup) -> Vec<String> {
    setup
        .pairs()
        .into_iter()
        .filter(|(key, _)| !(setup.treatment == Treatment::AngiogramOnly && *key == Artery::KEY))
        .map(|(key, slug)| format!("choice-{key}-{slug}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scene::scene_at;
    use crate::model::script::key_time;

    #[test]
    fn the_handout_shows_each_step_s_key_picture_from_scene_at_in_every_setup() {
        for setup in Setup::all() {
            let journey = Journey::new(setup);
            let pictures = pictures(setup);
            assert_eq!(pictures.len(), journey.steps().len(), "{setup:?}");
            for (step, scene) in pictures {
                let time = journey.start(step) + key_time(step);
                assert_eq!(
                    scene,
                    scene_at(setup, time, PICTURE_ASPECT),
                    "{step:?} {setup:?}"
                );
                assert_eq!(scene.step, step);
            }
        }
    }
}
