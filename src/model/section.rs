//! The lengthwise section through the narrowed artery, in its own 600 × 240 frame: the channel runs
//! left to right along y = 120 with a healthy inner radius of 60. Plaque bulges in from the top
//! and bottom walls around x = 300; squashing it (compression 0→1) flattens it into the wall.

use super::setup::Setup;
use crate::model::Within;

pub const WIDTH: f64 = 600.0;
pub const HEIGHT: f64 = 240.0;
pub const CENTRE_Y: f64 = 120.0;
/// Inner radius of the healthy artery.
pub const RADIUS: f64 = 60.0;
/// Thickness of the artery wall outside the channel.
pub const WALL: f64 = 30.0;
/// Where the plaque is thickest, and half its length.
pub const PLAQUE_X: f64 = 300.0;
pub const PLAQUE_HALF_LENGTH: f64 = 110.0;
/// Where the flow step's last arrow points along the stream: just beyond the treated spot.
pub const FLOW_ARROW_X: f64 = 435.0;
/// How much of the plaque's thickness is left once fully squashed.
const RESIDUE: f64 = 0.12;

/// Plaque thickness at its peak, top and bottom, before treatment.
pub fn plaque_depths(setup: Setup) -> (f64, f64) {
    if setup.is_emergency() {
        // A heart attack: the artery is blocked (a clot fills what little channel is left).
        (62.0, 48.0)
    } else if !setup.treats() {
        // Pictures only: a plaque that may or may not narrow the artery much (the pictures
        // will tell), drawn faint where the picture shows it (`possible`).
        (40.0, 22.0)
    } else {
        (58.0, 30.0)
    }
}

/// 0 away from the plaque, 1 at its thickest; smooth at both ends.
pub fn bump(x: f64) -> f64 {
    dip(x, PLAQUE_X, PLAQUE_HALF_LENGTH)
}

/// A smooth dip: 1 at `at`, falling to 0 at `half_length` either side (a plaque's profile, a
/// narrowing's waist on the heart and on the X-ray).
pub fn dip(s: f64, at: f64, half_length: f64) -> f64 {
    let u = (s - at) / half_length;
    if u.abs() >= 1.0 {
        0.0
    } else {
        (u * std::f64::consts::FRAC_PI_2).cos().powi(2)
    }
}

/// The channel's shape for a given setup and compression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Channel {
    pub top_depth: f64,
    pub bottom_depth: f64,
    pub compression: f64,
}

impl Channel {
    pub fn new(setup: Setup, compression: f64) -> Channel {
        let (top, bottom) = plaque_depths(setup);
        let keep = 1.0 - (1.0 - RESIDUE) * compression.within(0.0, 1.0);
        Channel {
            top_depth: top * keep,
            bottom_depth: bottom * keep,
            compression,
        }
    }

    /// Upper edge of the open channel at `x`.
    pub fn top(&self, x: f64) -> f64 {
        CENTRE_Y - RADIUS + self.top_depth * bump(x)
    }

    /// Lower edge of the open channel at `x`.
    pub fn bottom(&self, x: f64) -> f64 {
        CENTRE_Y + RADIUS - self.bottom_depth * bump(x)
    }

    /// Middle of the channel at `x`: the wire's path.
    pub fn middle(&self, x: f64) -> f64 {
        (self.top(x) + self.bottom(x)) / 2.0
    }

    /// Half the channel's height at its narrowest.
    pub fn narrowest_half_gap(&self) -> f64 {
        (self.bottom(PLAQUE_X) - self.top(PLAQUE_X)) / 2.0
    }

    /// A stent's top and bottom edges at `x`: as wide as it has opened, but never past the
    /// lining, so once open it presses into the lining all along. Crimped, it rides on the
    /// balloon in the channel's middle; opening, it centres on the artery's own axis.
    pub fn stent_edges(&self, stent: crate::model::script::Device, x: f64) -> (f64, f64) {
        let crimped = crate::model::script::CRIMPED;
        let opened = ((stent.radius - crimped) / (RADIUS - crimped)).within(0.0, 1.0);
        let on_balloon = self.middle(stent.x).within(CENTRE_Y - 4.0, CENTRE_Y + 4.0);
        let axis = on_balloon + (CENTRE_Y - on_balloon) * opened;
        (
            (axis - stent.radius).max(self.top(x)),
            (axis + stent.radius).min(self.bottom(x)),
        )
    }

    /// A balloon's top and bottom edges at `x` (inside its length): its own radius about the
    /// channel's middle where it sits, but never past the channel's edges, nor past a stent's
    /// struts around it. An open balloon takes the shape of what holds it: pressed to the
    /// squashed plaque at the narrowing, wider either side of it, where the stent opens to the
    /// healthy artery.
    pub fn balloon_edges(
        &self,
        balloon: crate::model::script::Device,
        stent: Option<crate::model::script::Device>,
        x: f64,
    ) -> (f64, f64) {
        let y = self.middle(balloon.x);
        let (mut top, mut bottom) = (self.top(x), self.bottom(x));
        if let Some(s) = stent.filter(|s| (x - s.x).abs() <= STENT_LENGTH / 2.0) {
            let (stent_top, stent_bottom) = self.stent_edges(s, x);
            (top, bottom) = (stent_top + STENT_STRUT, stent_bottom - STENT_STRUT);
        }
        (
            (y - balloon.radius).max(top).min(y),
            (y + balloon.radius).min(bottom).max(y),
        )
    }
}

/// The half gap a balloon of `radius` needs, turned into the compression that gives it.
pub fn compression_for_radius(setup: Setup, radius: f64) -> f64 {
    let (top, bottom) = plaque_depths(setup);
    let total = top + bottom;
    // half gap = RADIUS - total * keep / 2, keep = 1 - (1 - RESIDUE) c
    let keep = ((RADIUS - radius) * 2.0 / total).within(RESIDUE, 1.0);
    ((1.0 - keep) / (1.0 - RESIDUE)).within(0.0, 1.0)
}

/// Balloon sizes: folded on the wire, and fully open (kept below the healthy channel).
pub const BALLOON_FOLDED: f64 = 5.0;
pub const BALLOON_OPEN: f64 = 52.0;
pub const BALLOON_LENGTH: f64 = 190.0;
/// The length of a balloon's tapered shoulder at each end.
pub const BALLOON_TAPER: f64 = 26.0;

/// How long a balloon is: the stent's balloon a little longer than the stent it carries, its
/// shoulders beyond the stent's ends (so it opens the whole stent evenly); the first balloon
/// `BALLOON_LENGTH`.
pub fn balloon_length(stent: Option<crate::model::script::Device>) -> f64 {
    match stent {
        Some(_) => STENT_LENGTH + 2.0 * BALLOON_TAPER,
        None => BALLOON_LENGTH,
    }
}
/// The stent's balloon opens as wide as the healthy channel: the stent's struts hold its
/// sides (`Channel::balloon_edges`), so it fills the stent and the stent meets the lining all
/// along.
pub const STENT_BALLOON_OPEN: f64 = RADIUS;
/// The stent sits over the balloon; crimped on it, then opened into the wall.
pub const STENT_STRUT: f64 = 3.0;
pub const STENT_LENGTH: f64 = 200.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plaque_narrows_the_channel_and_squashing_opens_it() {
        for setup in Setup::all() {
            let before = Channel::new(setup, 0.0);
            let after = Channel::new(setup, 1.0);
            // Pictures only: a narrowing that may be there, milder.
            let narrow = if setup.treats() { 0.3 } else { 0.5 };
            assert!(
                before.narrowest_half_gap() < narrow * RADIUS,
                "a real narrowing"
            );
            assert!(
                before.narrowest_half_gap() > 0.0,
                "the wire still has a way through"
            );
            assert!(
                after.narrowest_half_gap() >= BALLOON_OPEN,
                "an open balloon fits the squashed channel"
            );
            assert_eq!(
                before.top(0.0),
                CENTRE_Y - RADIUS,
                "healthy away from the plaque"
            );
        }
    }

    #[test]
    fn the_balloon_radius_maps_to_a_matching_compression() {
        let setup = Setup::default();
        for r in [BALLOON_FOLDED, 20.0, 35.0, BALLOON_OPEN] {
            let c = compression_for_radius(setup, r);
            let gap = Channel::new(setup, c).narrowest_half_gap();
            assert!(gap >= r - 1e-9, "radius {r}: gap {gap}");
        }
    }
}
