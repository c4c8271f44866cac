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

impl Setup {
    /// Every combination, for tests that must hold in all of them.
    pub fn all() -> Vec<Setup> {
        let mut all = Vec::new();
        for access in [Access::Wrist, Access::Groin] {
            for artery in [Artery::Lad, Artery::Circumflex, Artery::Rca] {
                for treatment in [Treatment::BalloonOnly, Treatment::Stent] {
                    for urgency in [Urgency::Planned, Urgency::Emergency] {
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

    /// Applies one `key=value` pair from a link.
    pub fn apply(&mut self, key: &str, value: &str) -> Result<(), UnknownChoice> {
        let unknown = || UnknownChoice {
            key: key.to_string(),
            value: value.to_string(),
        };
        match (key, value) {
            ("access", "wrist") => self.access = Access::Wrist,
            ("access", "groin") => self.access = Access::Groin,
            ("artery", "lad") => self.artery = Artery::Lad,
            ("artery", "circumflex" | "lcx") => self.artery = Artery::Circumflex,
            ("artery", "rca") => self.artery = Artery::Rca,
            ("treatment", "balloon") => self.treatment = Treatment::BalloonOnly,
            ("treatment", "stent") => self.treatment = Treatment::Stent,
            ("urgency", "planned") => self.urgency = Urgency::Planned,
            ("urgency", "emergency") => self.urgency = Urgency::Emergency,
            _ => return Err(unknown()),
        }
        Ok(())
    }

    /// The link query for this setup, naming only what differs from the default.
    pub fn to_query(self) -> String {
        let default = Setup::default();
        let mut pairs = Vec::new();
        if self.access != default.access {
            pairs.push("access=groin");
        }
        if self.artery != default.artery {
            pairs.push(match self.artery {
                Artery::Circumflex => "artery=circumflex",
                _ => "artery=rca",
            });
        }
        if self.treatment != default.treatment {
            pairs.push("treatment=balloon");
        }
        if self.urgency != default.urgency {
            pairs.push("urgency=emergency");
        }
        pairs.join("&")
    }

    /// Words the text uses for this setup (Fluent selector values).
    pub fn access_word(self) -> &'static str {
        match self.access {
            Access::Wrist => "wrist",
            Access::Groin => "groin",
        }
    }

    pub fn artery_word(self) -> &'static str {
        match self.artery {
            Artery::Lad => "lad",
            Artery::Circumflex => "circumflex",
            Artery::Rca => "rca",
        }
    }

    pub fn has_stent(self) -> bool {
        self.treatment == Treatment::Stent
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
        assert_eq!(Setup::all().len(), 24);
        assert_eq!(Setup::default().to_query(), "");
    }

    #[test]
    fn unknown_choices_are_refused() {
        let mut setup = Setup::default();
        for (k, v) in [
            ("access", "neck"),
            ("artery", "LAD"),
            ("colour", "red"),
            ("treatment", ""),
        ] {
            assert!(setup.apply(k, v).is_err(), "{k}={v}");
        }
        assert_eq!(setup, Setup::default());
    }
}
