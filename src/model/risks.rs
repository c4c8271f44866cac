//! The risks, as natural frequencies: how many of 100 people like the patient have each one.
//! One table, read by both the words (as Fluent variables) and the picture (an array of 100
//! people), so they cannot disagree. Figures from `../shared/facts.md` ("Risks").

use super::setup::Setup;

/// Which side of the figure the truth lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// More than `count` in 100.
    MoreThan,
    /// Fewer than `count` in 100.
    FewerThan,
    /// From `count` up to `high` in 100.
    UpTo { high: u32 },
}

#[derive(Debug, PartialEq)]
pub struct Risk {
    /// Its name in text ids (`risk-bruising-…`).
    pub id: &'static str,
    /// People out of 100.
    pub count: u32,
    pub bound: Bound,
    /// The same figure as the source gives it, "1 in `one_in`".
    pub one_in: u32,
    /// Whether the figure holds only for a planned balloon or stent (the sources give it for
    /// angioplasty in stable angina, not for an emergency nor for pictures alone).
    pub planned_only: bool,
}

impl Risk {
    /// Whether the figure may be shown to this patient: where the sources give no figure (the
    /// serious risks of an emergency procedure), the page says less.
    pub fn applies(&self, setup: Setup) -> bool {
        !(self.planned_only && (setup.is_emergency() || !setup.treats()))
    }

    /// How many of the 100 people the picture marks. "Fewer than 1" marks no one, and the
    /// words say why: a person marked faintly was read as one person in 100 dying.
    pub fn marked(&self) -> u32 {
        match self.bound {
            Bound::MoreThan => self.count,
            Bound::FewerThan => self.count - 1,
            Bound::UpTo { high } => high,
        }
    }

    /// The highest figure the words give.
    pub fn high(&self) -> u32 {
        match self.bound {
            Bound::UpTo { high } => high,
            _ => self.count,
        }
    }
}

pub const RISKS: [Risk; 3] = [
    // "Bruising or bleeding where the tube went in: common (more than 1 in 20)."
    Risk {
        id: "bruising",
        count: 5,
        bound: Bound::MoreThan,
        one_in: 20,
        planned_only: false,
    },
    // "serious bleeding 1–2 in 100" (Healthwise, for stable angina: a planned procedure).
    Risk {
        id: "bleeding",
        count: 1,
        bound: Bound::UpTo { high: 2 },
        one_in: 100,
        planned_only: true,
    },
    // "Serious problems (heart attack, stroke, death) are rare: fewer than 1 in 100 for a
    // planned procedure."
    Risk {
        id: "serious",
        count: 1,
        bound: Bound::FewerThan,
        one_in: 100,
        planned_only: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::setup::Urgency;

    #[test]
    fn the_figures_are_the_sources_figures() {
        for risk in &RISKS {
            // "1 in N" and "M in 100" are the same figure.
            assert_eq!(risk.count * risk.one_in, 100, "{}", risk.id);
        }
        assert_eq!((RISKS[0].bound, RISKS[0].one_in), (Bound::MoreThan, 20));
        assert_eq!((RISKS[1].count, RISKS[1].high()), (1, 2));
        assert_eq!((RISKS[2].bound, RISKS[2].one_in), (Bound::FewerThan, 100));
    }

    #[test]
    fn an_emergency_shows_no_figure_the_sources_give_only_for_planned_care() {
        let emergency = Setup {
            urgency: Urgency::Emergency,
            ..Setup::default()
        };
        let shown: Vec<_> = RISKS.iter().filter(|r| r.applies(emergency)).collect();
        assert_eq!(shown.len(), 1);
        assert_eq!(
            RISKS.iter().filter(|r| r.applies(Setup::default())).count(),
            3
        );
    }

    #[test]
    fn the_picture_marks_no_one_for_fewer_than_one_in_a_hundred() {
        let marked: Vec<u32> = RISKS.iter().map(Risk::marked).collect();
        assert_eq!(marked, [5, 2, 0]);
    }
}
