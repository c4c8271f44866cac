//! The pure model of the explainer: what the journey is and what the picture shows at any
//! moment. Nothing here touches the browser: no yew, web-sys, gloo or wasm-bindgen (checked by
//! `cargo xtask lint`, and by the host build, where those crates do not exist).

pub mod anatomy;
pub mod art;
pub mod camera;
pub mod check;
pub mod clinic;
pub mod glossary;
pub mod handout;
pub mod ink;
pub mod journey;
pub mod json;
pub mod link;
pub mod locale;
pub mod memo;
pub mod narration;
pub mod page;
pub mod playback;
pub mod readability;
pub mod risks;
pub mod scene;
pub mod script;
pub mod section;
pub mod settings;
pub mod setup;
pub mod sources;
pub mod step;
pub mod timeline;

/// `f64::clamp` without its check that `lo <= hi`, whose message prints floats: that check
/// alone kept all of core's float printing (about 6 KiB) in the WebAssembly. The same result
/// whenever `lo <= hi` (every use here), a NaN included.
pub trait Within {
    fn within(self, lo: f64, hi: f64) -> f64;
}

impl Within for f64 {
    #[allow(clippy::manual_clamp)]
    fn within(self, lo: f64, hi: f64) -> f64 {
        if self < lo {
            lo
        } else if self > hi {
            hi
        } else {
            self
        }
    }
}

#[cfg(test)]
mod within_tests {
    use super::Within;

    #[test]
    fn within_is_clamp() {
        let values = [
            -2.0,
            -0.0,
            0.0,
            0.3,
            1.0,
            7.5,
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
        ];
        for x in values {
            for (lo, hi) in [
                (0.0, 1.0),
                (-1.0, 1.0),
                (0.3, 0.3),
                (-0.0, 0.0),
                (0.0, -0.0),
            ] {
                let (a, b) = (x.within(lo, hi), x.clamp(lo, hi));
                assert!(
                    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                    "{x} {lo} {hi}"
                );
            }
        }
    }
}
