//! The person's own choices, remembered on this device under one versioned key: language,
//! reading aloud, text size, light or dark, and still pictures. Nothing about the patient or
//! their procedure is ever stored. Read leniently, field by field: a missing, broken or
//! wrong-typed value falls back to its default alone, and unknown fields (from a newer app)
//! are ignored.

use super::json::{parse, Value};
use super::locale::Locale;

/// The one local-storage key the app writes.
pub const KEY: &str = "heartpath-settings";
/// The shape written now; older shapes (and newer ones) are read for what they share.
pub const VERSION: u64 = 1;

/// Three text sizes, each a step larger.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// Light or dark, or as the device is set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Chosen from the menu; `None` until then (the browser's languages decide).
    pub lang: Option<Locale>,
    pub read_aloud: bool,
    pub text_size: TextSize,
    pub theme: Theme,
    /// Still pictures instead of motion; `None` follows the device's reduced-motion setting.
    pub stills: Option<bool>,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The word stored, and the value of the page's `data-text-size`.
    pub fn key(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The word stored, and the value of the page's `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

fn word<T: Copy>(all: &[T], key: fn(T) -> &'static str, value: Option<&Value>) -> Option<T> {
    match value? {
        Value::Text(text) => all.iter().copied().find(|v| key(*v) == text),
        _ => None,
    }
}

fn flag(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(on) => Some(*on),
        _ => None,
    }
}

impl Settings {
    /// Reads what was stored (`None` when nothing was, or storage could not be read).
    pub fn read(stored: Option<&str>) -> Settings {
        let map = stored
            .and_then(parse)
            .filter(|v| matches!(v, Value::Object(_)))
            .unwrap_or(Value::Null);
        let defaults = Settings::default();
        Settings {
            lang: match map.get("lang") {
                Some(Value::Text(tag)) => Locale::from_tag(tag),
                _ => None,
            },
            read_aloud: flag(map.get("readAloud")).unwrap_or(defaults.read_aloud),
            text_size: word(&TextSize::ALL, TextSize::key, map.get("textSize"))
                .unwrap_or(defaults.text_size),
            theme: word(&Theme::ALL, Theme::key, map.get("theme")).unwrap_or(defaults.theme),
            stills: flag(map.get("stills")),
        }
    }

    /// What to store: every field, with the version. Every value is one of our own words
    /// (language tags, setting names), so none needs escaping.
    pub fn write(&self) -> String {
        let text = |v: Option<&str>| v.map_or("null".to_string(), |v| format!("\"{v}\""));
        let flag = |v: Option<bool>| v.map_or("null".to_string(), |v| v.to_string());
        format!(
            r#"{{"v":{VERSION},"lang":{},"readAloud":{},"textSize":"{}","theme":"{}","stills":{}}}"#,
            text(self.lang.map(Locale::tag)),
            self.read_aloud,
            self.text_size.key(),
            self.theme.key(),
            flag(self.stills),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let chosen = Settings {
            lang: Some(Locale::Ar),
            read_aloud: true,
            text_size: TextSize::Larger,
            theme: Theme::Dark,
            stills: Some(false),
        };
        assert_eq!(Settings::read(Some(&chosen.write())), chosen);
        assert!(chosen.write().contains("\"v\":1"));
    }

    #[test]
    fn bad_values_fall_back_alone() {
        let defaults = Settings::default();
        for broken in [
            None,
            Some(""),
            Some("not json"),
            Some("[1,2]"),
            Some("null"),
            Some("{"),
        ] {
            assert_eq!(Settings::read(broken), defaults, "{broken:?}");
        }
        let mixed = Settings::read(Some(
            r#"{"v":7,"lang":"fr","readAloud":"yes","textSize":"huge","theme":"dark","stills":1,"new":true}"#,
        ));
        assert_eq!(
            mixed,
            Settings {
                lang: Some(Locale::Fr),
                theme: Theme::Dark,
                ..defaults
            }
        );
        // The first shape, before the version: just the language.
        assert_eq!(
            Settings::read(Some(r#"{"lang":"zh-CN"}"#)).lang,
            Some(Locale::ZhCn)
        );
        assert_eq!(Settings::read(Some(r#"{"lang":"xx"}"#)).lang, None);
    }
}
