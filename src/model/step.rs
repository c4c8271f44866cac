//! The nine steps of the journey, in order. Each has a stable slug used in links
//! (`#/step/balloon`) and as the key of its text in the language files.

/// One step of the explainer. The order of `Step::ALL` is the order of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Heart,
    Ready,
    Travel,
    Pictures,
    Wire,
    Balloon,
    Stent,
    Flow,
    /// Pictures only: the tubes come out and the team talks about what the pictures showed.
    Results,
    After,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Heart,
        Step::Ready,
        Step::Travel,
        Step::Pictures,
        Step::Wire,
        Step::Balloon,
        Step::Stent,
        Step::Flow,
        Step::Results,
        Step::After,
    ];

    /// The name used in links and text ids; never change one, people keep links.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Heart => "heart",
            Step::Ready => "ready",
            Step::Travel => "travel",
            Step::Pictures => "pictures",
            Step::Wire => "wire",
            Step::Balloon => "balloon",
            Step::Stent => "stent",
            Step::Flow => "flow",
            Step::Results => "results",
            Step::After => "after",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Position in the journey, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    /// Text id of the step's title in the language files.
    pub fn title_id(self) -> String {
        format!("step-{}-title", self.slug())
    }

    /// Text id of the step's body text in the language files.
    pub fn text_id(self) -> String {
        format!("step-{}-text", self.slug())
    }

    /// Text id of a step's "good to know" line, where it has one.
    pub fn note_id(self) -> String {
        format!("step-{}-note", self.slug())
    }

    /// Text id of a step's must-know safety sentences, where it has them: set apart.
    /// What the picture shows in this step, for people who cannot see it.
    pub fn shows_id(self) -> String {
        format!("step-{}-shows", self.slug())
    }

    pub fn safety_id(self) -> String {
        format!("step-{}-safety", self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        let mut slugs: Vec<_> = Step::ALL.iter().map(|s| s.slug()).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), 10);
        assert_eq!(Step::from_slug("Balloon"), None);
        assert_eq!(Step::from_slug(""), None);
    }

    #[test]
    fn next_and_previous_walk_the_journey_in_order() {
        assert_eq!(Step::Heart.previous(), None);
        assert_eq!(Step::After.next(), None);
        let mut walked = vec![Step::Heart];
        while let Some(next) = walked.last().unwrap().next() {
            walked.push(next);
        }
        assert_eq!(walked, Step::ALL);
        assert_eq!(Step::Balloon.previous(), Some(Step::Wire));
    }
}
