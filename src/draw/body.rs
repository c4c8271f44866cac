//! Checks on the body as the art (`art/body.svg`) draws it: the ways in are on the body.

#[cfg(test)]
mod tests {
    use crate::model::anatomy::{GROIN, WRIST};
    use crate::model::art;
    use kurbo::{Point, Shape};

    #[test]
    fn the_entry_points_are_inside_the_body() {
        let body = art::BODY_OUTLINE.bez();
        assert!(body.contains(WRIST), "the wrist is on the arm");
        assert!(body.contains(GROIN), "the groin is on the body");
        assert!(
            !art::BRIEFS_SHAPE.bez().contains(GROIN),
            "the way in at the groin is not covered"
        );
        assert!(
            body.contains(Point::new(102.0, 600.0)),
            "the thumb sticks out from the hand"
        );
        assert!(
            !body.contains(Point::new(180.0, 400.0)),
            "a gap between arm and side"
        );
    }
}
