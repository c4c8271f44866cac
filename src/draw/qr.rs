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

    /// Reads a code back from its drawing, as a phone camera would from the screen.
    fn read(side: usize, d: &str) -> String {
        let dark: std::collections::HashSet<(usize, usize)> = d
            .split('M')
            .filter(|s| !s.is_empty())
            .map(|s| {
                let mut n = s.split(['h', ' ']).map(|v| v.parse::<usize>().unwrap());
                (n.next().unwrap(), n.next().unwrap())
            })
            .collect();
        let scale = 4;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side * scale, side * scale, |x, y| {
                if dark.contains(&(x / scale, y / scale)) {
                    0
                } else {
                    255
                }
            });
        let grids = image.detect_grids();
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn a_link_reads_back_from_its_drawing() {
        let link = "https://clinic.example/heartpath/#/step/balloon?access=groin&artery=rca";
        let (side, d) = qr(link).unwrap();
        assert_eq!(read(side, &d), link);
    }

    #[test]
    fn text_too_long_for_a_code_gives_none() {
        assert!(qr(&"x".repeat(5000)).is_none());
    }
}
