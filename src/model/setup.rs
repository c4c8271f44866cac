//! The patient's own procedure. A clinician sets it (for now, in the link); every step's
//! picture and text follow it.

/// Where the tube goes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Access {
    #[default]
    Wrist,
    Groin,
}

/// Which coronary artery is narrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Artery {
    /// Left anterior descending: down the front of the heart.
    #[default]
    Lad,
    /// Circumflex: around the left side.
    Circumflex,
    /// Right coronary artery: around the right side.
    Rca,
}

/// What is done to the narrowing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Treatment {
    BalloonOnly,
    #[default]
    Stent,
    /// Pictures only; then the team talks with the patient about what they showed.
    AngiogramOnly,
}

/// A planned procedure, or an emergency one during a heart attack (artery fully blocked).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Urgency {
    #[default]
    Planned,
    Emergency,
}

/// One patient's procedure. The default is the most common: wrist, LAD, stent, planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Setup {
    pub access: Access,
    pub artery: Artery,
    pub treatment: Treatment,
    pub urgency: Urgency,
}

/// A value in a link that is not one of the choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownChoice {
    pub key: String,
    pub value: String,
}

/// One of the settings of a procedure: its choices, each with the one word that names it in
/// links and as a selector in the language files.
pub trait Choice: Copy + PartialEq + Default + 'static {
    /// The key in links (`access=groin`).
    const KEY: &'static str;
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    /// Older or shorter words links may use for a choice.
    fn alias(_: &str) -> Option<Self> {
        None
    }
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.slug() == slug)
            .or_else(|| Self::alias(slug))
    }
}

impl Choice for Access {
    const KEY: &'static str = "access";
    const ALL: &'static [Self] = &[Access::Wrist, Access::Groin];
    fn slug(self) -> &'static str {
        match self {
            Access::Wrist => "wrist",
            Access::Groin => "groin",
        }
    }
}

impl Choice for Artery {
    const KEY: &'static str = "artery";
    const ALL: &'static [Self] = &[Artery::Lad, Artery::Circumflex, Artery::Rca];
    fn slug(self) -> &'static str {
        match self {
            Artery::Lad => "lad",
            Artery::Circumflex => "circumflex",
            Artery::Rca => "rca",
        }
    }
    fn alias(word: &str) -> Option<Self> {
        (word == "lcx").then_some(Artery::Circumflex)
    }
}

impl Choice for Treatment {
    const KEY: &'static str = "treatment";
    const ALL: &'static [Self] = &[
        Treatment::Stent,
        Treatment::BalloonOnly,
        Treatment::AngiogramOnly,
    ];
    fn slug(self) -> &'static str {
        match self {
            Treatment::BalloonOnly => "balloon",
            Treatment::Stent => "stent",
            Treatment::AngiogramOnly => "angiogram",
        }
    }
}

impl Choice for Urgency {
    const KEY: &'static str = "urgency";
    const ALL: &'static [Self] = &[Urgency::Planned, Urgency::Emergency];
    fn slug(self) -> &'static str {
        match self {
            Urgency::Planned => "planned",
            Urgency::Emergency => "emergency",
        }
    }
}

/// Sets `slot` from a link's `key=value` when the key is this setting's.
fn apply_to<C: Choice>(slot: &mut C, key: &str, value: &str) -> Option<bool> {
    (key == C::KEY).then(|| C::from_slug(value).map(|c| *slot = c).is_some())
}

impl Setup {
    /// Every combination, for tests that must hold in all of them.
    pub fn all() -> Vec<Setup> {
        let mut all = Vec::new();
        for &access in Access::ALL {
            for &artery in Artery::ALL {
                for &treatment in Treatment::ALL {
                    for &urgency in Urgency::ALL {
                        all.push(Setup {
                            access,
                            artery,
                            treatment,
                            urgency,
                        });
                    }
                }
            }
        }
        all
    }

    /// Applies one `key=value` pair from a link. A key it does not know is ignored (a newer
    /// link may reach an older, cached app); a known key with a value it does not know is
    /// refused, and the setting keeps its default.
    pub fn apply(&mut self, key: &str, value: &str) -> Result<(), UnknownChoice> {
        let known = apply_to(&mut self.access, key, value)
            .or_else(|| apply_to(&mut self.artery, key, value))
            .or_else(|| apply_to(&mut self.treatment, key, value))
            .or_else(|| apply_to(&mut self.urgency, key, value));
        match known {
            Some(true) | None => Ok(()),
            Some(false) => Err(UnknownChoice {
                key: key.to_string(),
                value: value.to_string(),
            }),
        }
    }

    /// The settings as (key, slug) pairs, in link order.
    pub fn pairs(self) -> [(&'static str, &'static str); 4] {
        [
            (Access::KEY, self.access.slug()),
            (Artery::KEY, self.artery.slug()),
            (Treatment::KEY, self.treatment.slug()),
            (Urgency::KEY, self.urgency.slug()),
        ]
    }

    /// The link query for this setup, naming only what differs from the default.
    pub fn to_query(self) -> String {
        let default = Setup::default().pairs();
        self.pairs()
            .iter()
            .zip(default)
            .filter(|(pair, default)| **pair != *default)
            .map(|((key, slug), _)| format!("{key}={slug}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    pub fn has_stent(self) -> bool {
        self.treatment == Treatment::Stent
    }

    /// Whether the narrowing is treated in this procedure (not for pictures only).
    pub fn treats(self) -> bool {
        self.treatment != Treatment::AngiogramOnly
    }

    pub fn is_emergency(self) -> bool {
        self.urgency == Urgency::Emergency
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setup_survives_a_round_trip_through_its_query() {
        for setup in Setup::all() {
            let mut parsed = Setup::default();
            for pair in setup.to_query().split('&').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('=').unwrap();
                parsed.apply(k, v).unwrap();
            }
            assert_eq!(parsed, setup);
        }
        assert_eq!(Setup::all().len(), 36);
        assert_eq!(Setup::default().to_query(), "");
    }

    #[test]
    fn unknown_choices_are_refused() {
        let mut setup = Setup::default();
        for (k, v) in [("access", "neck"), ("artery", "LAD"), ("treatment", "")] {
            assert!(setup.apply(k, v).is_err(), "{k}={v}");
        }
        assert_eq!(setup, Setup::default());
        assert!(
            setup.apply("colour", "red").is_ok(),
            "unknown keys are ignored"
        );
        assert_eq!(setup, Setup::default());
    }
}
