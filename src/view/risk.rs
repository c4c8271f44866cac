//! One risk as an array of 100 people, ten rows of ten: the people who have it are marked.
//! "Fewer than 1 in 100" marks no one, and the words beside the array say so. The picture's
//! name is the same sentence as its words.

use crate::model::risks::Risk;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RiskArrayProps {
    pub risk: &'static Risk,
    /// What the picture shows, in words (its text alternative).
    pub label: AttrValue,
}

/// One person, in a 20 × 20 cell: a head and shoulders.
const PERSON: &str =
    "M10 3.2a3.3 3.3 0 1 1 0 6.6a3.3 3.3 0 1 1 0-6.6zM4 18.2c0-4.3 2.6-6.8 6-6.8s6 2.5 6 6.8z";

#[component]
pub fn RiskArray(props: &RiskArrayProps) -> Html {
    let marked = props.risk.marked() as usize;
    html! {
        <svg class="risk-array" viewBox="0 0 200 200" role="img" aria-label={props.label.clone()}
            data-marked={marked.to_string()}>
            { for (0..100).map(|i| {
                // Marked people fill the first places, reading order, so they count at a glance.
                let class = if i < marked { "person marked" } else { "person" };
                let (x, y) = ((i % 10) * 20, (i / 10) * 20);
                html! { <path {class} d={PERSON} transform={format!("translate({x} {y})")} /> }
            }) }
        </svg>
    }
}
