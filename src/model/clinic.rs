//! The clinic's own settings, from an optional `clinic.json` deployed beside the app: its
//! name, a phone number for questions, the local emergency number and an accent colour. Read
//! leniently: each field that is missing, of the wrong kind or unsafe falls back to its safe
//! default on its own, with one warning naming the field; the rest are kept.

use super::json::{self, Value};

/// What a clinic may set. `None` means "use the plain default words".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    /// A number patients call with questions about the procedure or the spot.
    pub phone: Option<String>,
    /// The local emergency number (999, 112, 911 …).
    pub emergency: Option<String>,
    /// `#rrggbb`, dark enough for white text on it and for links on white.
    pub accent: Option<String>,
}

/// A field of `clinic.json` that could not be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub field: &'static str,
    pub why: &'static str,
}

impl Clinic {
    /// Reads `clinic.json`'s text. Never fails: a file that is not JSON gives the defaults and
    /// one warning for the whole file.
    pub fn parse(json: &str) -> (Clinic, Vec<Warning>) {
        let mut warnings = Vec::new();
        let value = match json::parse(json) {
            Some(value @ Value::Object(_)) => value,
            _ => {
                let why = "is not a JSON object";
                return (
                    Clinic::default(),
                    vec![Warning {
                        field: "clinic.json",
                        why,
                    }],
                );
            }
        };
        let mut field =
            |name: &'static str, check: fn(&str) -> Result<String, &'static str>| match value
                .get(name)
            {
                None | Some(Value::Null) => None,
                Some(Value::Text(text)) => match check(text.trim()) {
                    Ok(good) => Some(good),
                    Err(why) => {
                        warnings.push(Warning { field: name, why });
                        None
                    }
                },
                Some(_) => {
                    warnings.push(Warning {
                        field: name,
                        why: "is not text",
                    });
                    None
                }
            };
        let clinic = Clinic {
            name: field("name", name),
            phone: field("phone", phone),
            emergency: field("emergency", phone),
            accent: field("accent", accent),
        };
        (clinic, warnings)
    }
}

fn name(text: &str) -> Result<String, &'static str> {
    // Direction controls (such as U+202E, right-to-left override) could turn the words around
    // them backwards, "call 999" among them: they are dropped, the letters kept.
    let text: String = text.chars().filter(|c| !is_bidi_control(*c)).collect();
    let text = text.trim();
    let length = text.chars().count();
    if length == 0 || length > 60 {
        Err("must be 1 to 60 characters")
    } else if text.chars().any(|c| c.is_control() || "<>{}".contains(c)) {
        Err("holds characters a name does not need")
    } else {
        Ok(text.to_string())
    }
}

/// The invisible characters that change the direction of the text around them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A phone number as people write it: digits, spaces and `+ - ( )`, with 2 to 15 digits.
fn phone(text: &str) -> Result<String, &'static str> {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        Err("may hold only digits, spaces and + - ( )")
    } else if !(2..=15).contains(&digits) || text.len() > 24 {
        Err("must have 2 to 15 digits")
    } else {
        Ok(text.to_string())
    }
}

/// `#rrggbb` with at least 4.5:1 contrast against white, so buttons and links stay readable.
fn accent(text: &str) -> Result<String, &'static str> {
    let hex = text.strip_prefix('#').filter(|h| h.len() == 6);
    let channels: Option<Vec<f64>> = hex.and_then(|h| {
        (0..3)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok())
            .map(|c| c.map(|c| c as f64 / 255.0))
            .collect()
    });
    let Some(rgb) = channels else {
        return Err("must be a colour written #rrggbb");
    };
    // WCAG relative luminance and contrast with white.
    let linear = |c: f64| {
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    if 1.05 / (luminance + 0.05) < 4.5 {
        Err("is too light: white text on it would be hard to read")
    } else {
        // Only hex digits by now: ASCII lowercasing is all it needs.
        Ok(text.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const EXAMPLE: &str = r##"{
        "name": "Riverside Heart Unit",
        "phone": "020 7946 0000",
        "emergency": "999",
        "accent": "#8a1538"
    }"##;

    #[test]
    fn the_example_is_read_whole() {
        let (clinic, warnings) = Clinic::parse(EXAMPLE);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(clinic.name.as_deref(), Some("Riverside Heart Unit"));
        assert_eq!(clinic.phone.as_deref(), Some("020 7946 0000"));
        assert_eq!(clinic.emergency.as_deref(), Some("999"));
        assert_eq!(clinic.accent.as_deref(), Some("#8a1538"));
    }

    #[test]
    fn each_bad_field_falls_back_alone_and_is_named() {
        let good = Clinic::parse(EXAMPLE).0;
        for (field, bad) in [
            ("name", "\"<script>alert(1)</script>\""),
            ("name", "\"\""),
            ("phone", "\"call us\""),
            ("phone", "12345678901234567890"),
            ("emergency", "\"9\""),
            ("emergency", "\"javascript:999\""),
            ("accent", "\"red\""),
            ("accent", "\"#ffff00\""),
            ("accent", "\"#12345\""),
        ] {
            let json = EXAMPLE.replacen(
                &format!("\"{field}\": "),
                &format!("\"{field}\": {bad}, \"was\": "),
                1,
            );
            let (clinic, warnings) = Clinic::parse(&json);
            assert_eq!(warnings.len(), 1, "{field}={bad}: {warnings:?}");
            assert_eq!(warnings[0].field, field);
            let kept = Clinic {
                name: (field != "name").then(|| good.name.clone()).flatten(),
                phone: (field != "phone").then(|| good.phone.clone()).flatten(),
                emergency: (field != "emergency")
                    .then(|| good.emergency.clone())
                    .flatten(),
                accent: (field != "accent").then(|| good.accent.clone()).flatten(),
            };
            assert_eq!(clinic, kept, "{field}={bad}");
        }
    }

    #[test]
    fn direction_controls_are_dropped_from_the_name() {
        let json = "{\"name\": \"Riverside \u{202E}999 llac\u{202C} Unit\u{2066}\"}";
        let (clinic, warnings) = Clinic::parse(json);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(clinic.name.as_deref(), Some("Riverside 999 llac Unit"));
        // Nothing but controls is no name at all.
        let (clinic, warnings) = Clinic::parse("{\"name\": \"\u{202E}\u{202C}\"}");
        assert_eq!((clinic.name, warnings.len()), (None, 1));
    }

    #[test]
    fn a_broken_or_empty_file_gives_the_defaults() {
        for text in ["", "{", "[1, 2]", "null"] {
            let (clinic, warnings) = Clinic::parse(text);
            assert_eq!(clinic, Clinic::default());
            assert_eq!(warnings.len(), 1);
        }
        // Fields it does not know are ignored (a newer file may reach an older app).
        assert_eq!(
            Clinic::parse(r#"{"logo": "x.png"}"#),
            (Clinic::default(), vec![])
        );
    }
}
