//! "Your procedure": the sheet where a clinician (or the patient) sets this patient's
//! procedure. Each choice changes the picture, route, labels and words at once, at the same
//! step; the link follows. A side sheet on a tablet or desktop, a bottom sheet on a phone.

use super::home::LocatorArt;
use super::sheet::Sheet;
use crate::i18n::t;
use crate::model::anatomy::HEART_TO_WORLD;
use crate::model::setup::{Access, Artery, Choice, Setup, Treatment, Urgency};
use kurbo::Rect;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetupPanelProps {
    pub setup: Setup,
    pub on_change: Callback<Setup>,
    pub on_close: Callback<()>,
    /// Opens "Give to patient" (offered here too: a phone's header has no room for it).
    pub on_handover: Callback<()>,
}

#[component]
pub fn SetupPanel(props: &SetupPanelProps) -> Html {
    let setup = props.setup;
    let pick = |apply: fn(Setup, &str) -> Setup| {
        let change = props.on_change.clone();
        Callback::from(move |slug: &'static str| change.emit(apply(setup, slug)))
    };
    html! {
        <Sheet title="setup-title" class="setup-sheet" on_close={props.on_close.clone()}>
            <p class="sheet-intro">{ t("setup-intro") }</p>
            { group::<Access>(setup.access, pick(|s, slug| Setup { access: Access::from_slug(slug).unwrap_or_default(), ..s }), None) }
            { group::<Artery>(setup.artery, pick(|s, slug| Setup { artery: Artery::from_slug(slug).unwrap_or_default(), ..s }), Some(artery_picture)) }
            { group::<Treatment>(setup.treatment, pick(|s, slug| Setup { treatment: Treatment::from_slug(slug).unwrap_or_default(), ..s }), None) }
            { group::<Urgency>(setup.urgency, pick(|s, slug| Setup { urgency: Urgency::from_slug(slug).unwrap_or_default(), ..s }), None) }
            <button type="button" class="sheet-action" onclick={props.on_handover.reform(|_| ())}>{ t("handover-open") }</button>
        </Sheet>
    }
}

/// One setting as a row of large choices (radio buttons in a fieldset), each named in plain
/// words (`choice-<key>-<slug>`), optionally with a small picture.
fn group<C: Choice>(
    current: C,
    on_pick: Callback<&'static str>,
    picture: Option<fn(C) -> Html>,
) -> Html {
    let items = C::ALL.iter().map(|choice| {
        let word = t(&format!("choice-{}-{}", C::KEY, choice.slug()));
        (choice.slug(), word, picture.map(|draw| draw(*choice)))
    });
    choice_row(
        C::KEY,
        t(&format!("setup-{}", C::KEY)),
        items.collect(),
        current.slug(),
        on_pick,
    )
}

/// A row of large choices, one picked: `(value, words, picture)` each.
pub(super) fn choice_row(
    name: &'static str,
    legend: String,
    items: Vec<(&'static str, String, Option<Html>)>,
    current: &str,
    on_pick: Callback<&'static str>,
) -> Html {
    html! {
        <fieldset class="choices" data-setting={name}>
            <legend>{ legend }</legend>
            <div class="choice-row">
                { for items.into_iter().map(|(value, word, picture)| {
                    let on_pick = on_pick.clone();
                    html! {
                        <label class={classes!("choice", (value == current).then_some("chosen"))}>
                            <input type="radio" {name} {value} checked={value == current}
                                onchange={Callback::from(move |_: Event| on_pick.emit(value))} />
                            { picture }
                            <span class="choice-word">{ word }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A small heart with this artery picked out, as the artery section's locator draws it.
fn artery_picture(artery: Artery) -> Html {
    // The heart's outline in world units (heart frame 96–350 × 158–374).
    let k = HEART_TO_WORLD.as_coeffs()[0];
    let heart =
        Rect::new(96.0, 158.0, 350.0, 374.0).scale_from_origin(k) + HEART_TO_WORLD.translation();
    html! {
        <svg class="choice-heart art" aria-hidden="true"
            viewBox={crate::draw::view_box(heart.inflate(6.0, 6.0))}>
            <LocatorArt {artery} />
        </svg>
    }
}
