//! Pure drawing: turns model geometry into SVG attribute text (path data, transforms). No
//! browser code, so it is tested on the host; the components in `view` only place the results.

pub mod labels;
pub mod qr;
pub mod section;
pub mod vessel;

use kurbo::{Affine, BezPath, PathEl, Point, Rect};
use std::fmt::Write;

/// A number with two decimals at most: precise enough for any zoom we use, and short.
pub fn num(x: f64) -> String {
    let s = fixed(x, 2);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `x` (|x| < 10^16) with exactly `decimals` (0–2) digits after the point, as `format!("{x:.N}")` writes it
/// (exact value, ties to even), without core's float printing (several KiB of WebAssembly).
pub fn fixed(x: f64, decimals: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let mut s = String::new();
    if x.is_sign_negative() {
        s.push('-');
    }
    if x.is_infinite() {
        s.push_str("inf");
        return s;
    }
    // |x| = m·2^e exactly; scaled = m·10^decimals, then shifted by e with ties to even.
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    // Exact in 64 bits for every |x| below 2^63 / 10^decimals (drawings stay far below).
    let scaled = m * 10u64.pow(decimals);
    let n: u64 = if e >= 0 {
        scaled << e.min(63)
    } else if e <= -64 {
        0
    } else {
        let shift = -e as u32;
        let (q, rem, half) = (
            scaled >> shift,
            scaled & ((1 << shift) - 1),
            1u64 << (shift - 1),
        );
        q + (rem > half || (rem == half && q & 1 == 1)) as u64
    };
    let d = decimals as usize;
    let mut digits = n.to_string().into_bytes();
    while digits.len() <= d {
        digits.insert(0, b'0');
    }
    let (whole, part) = digits.split_at(digits.len() - d);
    s.push_str(std::str::from_utf8(whole).unwrap_or_default());
    if d > 0 {
        s.push('.');
        s.push_str(std::str::from_utf8(part).unwrap_or_default());
    }
    s
}

/// `x` as `format!("{x}")` writes it (the shortest text that reads back as `x`, never with an
/// exponent). In the browser, JavaScript's `String(x)` finds the same digits, so the
/// WebAssembly carries no float printing of its own (several KiB).
pub fn short(x: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        if x.is_nan() {
            return "NaN".into();
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        if x.is_infinite() {
            return format!("{sign}inf");
        }
        let js: String = js_sys::Number::from(x.abs())
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        format!("{sign}{}", plain(&js))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{x}")
    }
}

/// JavaScript's number text without its exponent: `6.1e-17` → `0.000…061`, `1e+21` → `1000…0`.
pub fn plain(js: &str) -> String {
    let Some((mantissa, exp)) = js.split_once('e') else {
        return js.to_string();
    };
    let exp: i32 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let (whole, part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{part}");
    // The point sits after `whole` digits, moved by the exponent.
    let point = whole.len() as i32 + exp;
    if point <= 0 {
        format!("0.{}{digits}", "0".repeat(-point as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    }
}

/// `viewBox` text for a camera rectangle.
pub fn view_box(r: Rect) -> String {
    format!(
        "{} {} {} {}",
        num(r.x0),
        num(r.y0),
        num(r.width()),
        num(r.height())
    )
}

/// `transform` text for an affine map, with commas: the same text serves an SVG `transform`
/// attribute and a CSS `transform` property.
pub fn matrix(a: Affine) -> String {
    let c = a.as_coeffs();
    format!(
        "matrix({},{},{},{},{},{})",
        short(c[0]),
        short(c[1]),
        short(c[2]),
        short(c[3]),
        short(c[4]),
        short(c[5])
    )
}

/// An open polyline through `points`.
pub fn polyline(points: impl IntoIterator<Item = Point>) -> String {
    let mut d = String::new();
    for (i, p) in points.into_iter().enumerate() {
        let _ = write!(
            d,
            "{}{} {}",
            if i == 0 { "M" } else { "L" },
            num(p.x),
            num(p.y)
        );
    }
    d
}

/// A closed shape through `points`.
pub fn polygon(points: impl IntoIterator<Item = Point>) -> String {
    let mut d = polyline(points);
    d.push('Z');
    d
}

/// SVG path data, as kurbo's `BezPath::to_svg` writes it (numbers through [`short`]).
pub fn bez(path: &BezPath) -> String {
    let mut d = String::new();
    for el in path.elements() {
        let (letter, points) = match el {
            PathEl::MoveTo(p) => ("M", [*p, *p, *p]),
            PathEl::LineTo(p) => ("L", [*p, *p, *p]),
            PathEl::QuadTo(a, p) => ("Q", [*a, *p, *p]),
            PathEl::CurveTo(a, b, p) => ("C", [*a, *b, *p]),
            PathEl::ClosePath => ("Z", [Point::ZERO; 3]),
        };
        let count = match letter {
            "M" | "L" => 1,
            "Q" => 2,
            "C" => 3,
            _ => 0,
        };
        if !d.is_empty() {
            d.push(' ');
        }
        d.push_str(letter);
        for (i, p) in points[..count].iter().enumerate() {
            if i > 0 {
                d.push(' ');
            }
            d.push_str(&short(p.x));
            d.push(',');
            d.push_str(&short(p.y));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_short() {
        assert_eq!(super::num(1.0), "1");
        assert_eq!(super::num(1.239), "1.24");
        assert_eq!(super::num(-0.5), "-0.5");
    }

    #[test]
    fn javascript_numbers_read_as_rust_writes_them() {
        // What `String(x)` gives in the browser, and what `format!("{x}")` gives.
        for (js, x) in [
            ("6.123233995736766e-17", 6.123233995736766e-17),
            ("1e-7", 1e-7),
            ("1.5e-7", 1.5e-7),
            ("1e+21", 1e21),
            ("1.2345e+22", 1.2345e22),
            ("0.000001", 0.000001),
            ("123.456", 123.456),
            ("1.3333333333333333", 4.0 / 3.0),
            ("300", 300.0),
        ] {
            assert_eq!(super::plain(js), format!("{x}"), "{js}");
            assert_eq!(super::short(x), format!("{x}"));
        }
    }

    #[test]
    fn fixed_matches_core() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.125,
            0.375,
            0.5,
            1.5,
            2.5,
            0.005,
            1.005,
            -0.001,
            0.015,
            1e-300,
            -1e-320,
            5e-324,
            123456.785,
            999.995,
            -999.995,
            0.045,
            1e15,
            -3e17,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
        ];
        for _ in 0..200_000 {
            let r = next();
            // Plain values of drawing size, hundredths and near-ties, and any bit pattern.
            values.push((r % 2_000_000) as f64 / 1000.0 - 1000.0);
            values.push((r % 200_001) as f64 / 200.0 - 500.0);
            values.push(f64::from_bits(r));
        }
        for x in values {
            if x.is_finite() && x.abs() >= 1e16 {
                continue;
            }
            assert_eq!(super::fixed(x, 2), format!("{x:.2}"), "{x:e}");
            assert_eq!(super::fixed(x, 0), format!("{x:.0}"), "{x:e}");
            assert_eq!(super::num(x), {
                let s = format!("{x:.2}");
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            });
        }
    }
}
