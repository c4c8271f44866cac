//! Time, as a list of labelled segments laid end to end (one per step). Seeking by label,
//! locating a time and easing within a segment are all the playhead needs.

use crate::model::Within;

/// Labelled segments of known duration, in seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline<L> {
    segments: Vec<(L, f64)>,
}

/// A point on the timeline: which segment, and seconds into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Located<L> {
    pub label: L,
    pub local: f64,
    pub duration: f64,
}

impl<L> Located<L> {
    /// How far through its segment, from 0 to 1.
    pub fn progress(&self) -> f64 {
        (self.local / self.duration).within(0.0, 1.0)
    }
}

impl<L: Copy + PartialEq> Timeline<L> {
    pub fn new(segments: Vec<(L, f64)>) -> Timeline<L> {
        assert!(!segments.is_empty() && segments.iter().all(|(_, d)| *d > 0.0));
        Timeline { segments }
    }

    pub fn total(&self) -> f64 {
        self.segments.iter().map(|(_, d)| d).sum()
    }

    pub fn labels(&self) -> impl Iterator<Item = L> + '_ {
        self.segments.iter().map(|(l, _)| *l)
    }

    /// The time at which `label` starts, if it is on the timeline.
    pub fn seek(&self, label: L) -> Option<f64> {
        let mut start = 0.0;
        for (l, d) in &self.segments {
            if *l == label {
                return Some(start);
            }
            start += d;
        }
        None
    }

    pub fn duration(&self, label: L) -> Option<f64> {
        self.segments
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, d)| *d)
    }

    /// The segment at `time` (clamped to the timeline). A time exactly on a boundary belongs to
    /// the later segment, except at the very end.
    pub fn locate(&self, time: f64) -> Located<L> {
        let mut start = 0.0;
        for (label, duration) in &self.segments {
            if time < start + duration {
                return Located {
                    label: *label,
                    local: (time - start).max(0.0),
                    duration: *duration,
                };
            }
            start += duration;
        }
        let (label, duration) = *self.segments.last().expect("timeline is never empty");
        Located {
            label,
            local: duration,
            duration,
        }
    }
}

/// An eased 0→1 ramp between `from` and `to` seconds of a step (0 before, 1 after).
pub fn ramp(local: f64, from: f64, to: f64, ease: fn(f32) -> f32) -> f64 {
    let linear = ((local - from) / (to - from)).within(0.0, 1.0);
    ease(linear as f32) as f64
}

/// Smooth in and out: the default for anything that starts and stops.
pub fn smooth(local: f64, from: f64, to: f64) -> f64 {
    ramp(local, from, to, simple_easing::sine_in_out)
}

pub fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeks_and_locates() {
        let timeline = Timeline::new(vec![("a", 2.0), ("b", 3.0), ("c", 1.0)]);
        assert_eq!(timeline.total(), 6.0);
        assert_eq!(timeline.seek("b"), Some(2.0));
        assert_eq!(timeline.seek("z"), None);
        for (time, label, local) in [
            (0.0, "a", 0.0),
            (1.5, "a", 1.5),
            (2.0, "b", 0.0),
            (5.5, "c", 0.5),
            (6.0, "c", 1.0),
            (99.0, "c", 1.0),
            (-1.0, "a", 0.0),
        ] {
            let at = timeline.locate(time);
            assert_eq!((at.label, at.local), (label, local), "t = {time}");
        }
    }

    #[test]
    fn ramps_are_clamped_and_eased() {
        assert_eq!(smooth(0.0, 1.0, 2.0), 0.0);
        assert_eq!(smooth(3.0, 1.0, 2.0), 1.0);
        assert!((smooth(1.5, 1.0, 2.0) - 0.5).abs() < 1e-6);
        assert!(smooth(1.1, 1.0, 2.0) < 0.1, "eases in");
    }
}
