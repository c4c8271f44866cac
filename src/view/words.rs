//! A paragraph whose medical words can be tapped (or focused and opened with Enter) for a
//! one-line plain meaning. The meaning opens in the text itself, on its own line under the
//! word, so it never covers the picture or the controls; Escape or a second tap closes it.

use crate::i18n::{t, t_with, term_forms, Arg};
use crate::model::glossary::{leading_punctuation, mark_terms_by, Segment};
use crate::model::narration::{by_sentence, sentences};
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

/// Numbers each paragraph, so the ids its meanings carry are unique on the page.
static PARAGRAPHS: AtomicUsize = AtomicUsize::new(0);

#[derive(Properties, PartialEq)]
pub struct WordsProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    /// A few bold words that lead the paragraph in ("Good to know:").
    #[prop_or_default]
    pub lead: Option<AttrValue>,
    /// The sentence of this paragraph being read aloud, highlighted.
    #[prop_or_default]
    pub reading: Option<usize>,
}

#[component]
pub fn Words(props: &WordsProps) -> Html {
    let open = use_state(|| None::<&'static str>);
    let paragraph = *use_state(|| PARAGRAPHS.fetch_add(1, Ordering::Relaxed));
    // Each sentence in its own span, so the one being read aloud can be highlighted.
    let sentences = use_memo(props.text.clone(), |text| {
        by_sentence(
            &mark_terms_by(text, &term_forms(), crate::browser::lowercase),
            &sentences(text),
        )
    });
    // A new text (another step) starts with every meaning closed.
    {
        let open = open.clone();
        use_effect_with(props.text.clone(), move |_| open.set(None));
    }
    // An opened meaning scrolls into sight within the words (on a phone the words' area is
    // small, and the meaning opens below its sentence).
    {
        let shown = *open;
        use_effect_with(shown, move |shown| {
            if let Some(id) = shown {
                crate::browser::reveal(&format!("term-{paragraph}-{id}"));
            }
        });
    }
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && open.is_some() {
                e.stop_propagation();
                open.set(None);
            }
        })
    };
    html! {
        <p class={props.class.clone()} {onkeydown}>
            { props.lead.clone().map(|lead| html! { <><strong class="lead">{ lead }</strong>{ " " }</> }) }
            { for sentences.iter().enumerate().map(|(i, sentence)| html! {
                <span class={classes!("sentence", (props.reading == Some(i)).then_some("reading"))}>
                { for sentence.iter().enumerate().map(|(k, segment)| match segment {
                    // Punctuation right after a word is kept on its line, with the word.
                    Segment::Plain(text) => {
                        let glued = k > 0 && matches!(sentence[k - 1], Segment::Term { .. });
                        let rest = if glued { leading_punctuation(text).1 } else { text.as_str() };
                        html! { { rest.to_string() } }
                    }
                    Segment::Term { id, text } => {
                        let after = match sentence.get(k + 1) {
                            Some(Segment::Plain(next)) => leading_punctuation(next).0.to_string(),
                            _ => String::new(),
                        };
                        let id: &'static str = id;
                        let shown = *open == Some(id);
                        let toggle = {
                            let open = open.clone();
                            Callback::from(move |_: MouseEvent| open.set(if shown { None } else { Some(id) }))
                        };
                        html! {
                            <span class="term-join">
                                <button type="button" class="term" aria-expanded={shown.to_string()} aria-controls={format!("term-{paragraph}-{id}")}
                                    title={t_with("term-open", &[("word", Arg::Word(text))])} onclick={toggle} data-term={id}>{ text.clone() }</button>
                                { after }
                            </span>
                        }
                    }
                }) }
                </span>
            }) }
            // The meanings follow the sentence rather than break into it. Each is always in
            // the page, hidden until asked for, so the word's button stays the same element
            // and keeps the keyboard's focus.
            { for sentences.iter().flatten().filter_map(|segment| match segment {
                Segment::Term { id, text } => Some(html! {
                    <span class="term-pop" id={format!("term-{paragraph}-{id}")} role="note" hidden={*open != Some(*id)}>
                        <strong class="term-word">{ text.clone() }</strong>{ ": " }
                        { t(&format!("term-{id}-means")) }
                    </span>
                }),
                Segment::Plain(_) => None,
            }) }
        </p>
    }
}

/// Must-know safety sentences, set apart the same way wherever they appear.
pub fn safety(text: String) -> Html {
    safety_reading(text, None)
}

/// The same, with the sentence being read aloud highlighted.
pub fn safety_reading(text: String, reading: Option<usize>) -> Html {
    html! {
        <div class="safety" role="note">
            { Html::from_html_unchecked(AttrValue::Static(r#"<svg class="safety-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" /><path d="M12 6.5v7M12 17v.5" /></svg>"#)) }
            <Words class="safety-text" text={text} {reading} />
        </div>
    }
}
