//! The languages Heartpath speaks. Each has one Fluent file (`assets/locales/<tag>.ftl`);
//! English is built in, the others are fetched only when chosen, so the first load stays small.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    Ar,
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Es, Locale::Fr, Locale::Ar, Locale::ZhCn];

    /// The BCP 47 tag: in links (`lang=fr`), on `<html lang>`, and the Fluent file's name.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// The language named in itself, as the language menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::Ar => "العربية",
            Locale::ZhCn => "简体中文",
        }
    }

    /// Written right to left: the page's layout mirrors (the anatomy does not).
    pub fn right_to_left(self) -> bool {
        self == Locale::Ar
    }

    /// Reads a language tag leniently: `fr-CA` is French, `zh`, `zh-Hans` and `zh-SG` are
    /// Simplified Chinese, case does not matter. `None` for a language we do not speak.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            "fr" => Some(Locale::Fr),
            "ar" => Some(Locale::Ar),
            // Traditional Chinese readers are better served by English than by the wrong script.
            "zh" if !(tag.contains("hant") || tag.ends_with("-tw") || tag.ends_with("-hk")) => {
                Some(Locale::ZhCn)
            }
            _ => None,
        }
    }

    /// The first of the browser's languages we speak, else English.
    pub fn pick<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_are_read_leniently() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("ZH-hans-SG"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh-TW"), None);
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn the_first_language_we_speak_is_picked() {
        assert_eq!(Locale::pick(["de-DE", "ar-EG", "en"]), Locale::Ar);
        assert_eq!(Locale::pick(["de-DE"]), Locale::En);
        assert_eq!(Locale::pick([]), Locale::En);
        assert!(Locale::Ar.right_to_left() && !Locale::Fr.right_to_left());
    }
}
