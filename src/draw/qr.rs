//! QR codes as SVG path data: the `qrcode` crate finds the modules, we draw the dark ones as
//! one path of unit squares (with the standard four-module quiet zone), so a code is one
//! small element that prints sharply at any size.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// A QR code for `text`: its side in modules (quiet zone included) and the path of its dark
/// modules. `None` when the text is too long for any QR code.
pub fn qr(text: &str) -> Option<(usize, String)> {
    // Medium error correction: still reads when a printed page is creased or smudged.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    const QUIET: usize = 4;
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            let _ = write!(d, "M{x} {y}h1v1h-1z");
        }
    }
    Some((width + 2 * QUIET, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules of a drawing, as (column, row).
    fn modules(d: &str) -> Vec<(usize, usize)> {
        d.split('M')
            .filter(|s| !s.is_empty())
            .map(|s| {
                let mut n = s.split(['h', ' ']).map(|v| v.parse::<usize>().unwrap());
                (n.next().unwrap(), n.next().unwrap())
            })
            .collect()
    }

    #[test]
    fn a_link_draws_a_code_with_three_finder_squares_inside_a_quiet_zone() {
        // (Decoding the drawn code back to the link is tested in the browser, e2e/consult.rs.)
        let link = "https://clinic.example/heartpath/#/step/balloon?access=groin&artery=rca";
        let (side, d) = qr(link).unwrap();
        let dark = modules(&d);
        assert!(dark
            .iter()
            .all(|&(x, y)| (4..side - 4).contains(&x) && (4..side - 4).contains(&y)));
        // Each finder pattern's outer ring is dark: check its four corners.
        for (x, y) in [(4, 4), (side - 11, 4), (4, side - 11)] {
            for (dx, dy) in [(0, 0), (6, 0), (0, 6), (6, 6)] {
                assert!(dark.contains(&(x + dx, y + dy)), "finder at {x},{y}");
            }
        }
    }

    #[test]
    fn text_too_long_for_a_code_gives_none() {
        assert!(qr(&"x".repeat(5000)).is_none());
    }
}
