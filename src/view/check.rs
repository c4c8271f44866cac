//! "Check what you understood": one question at a time, big answers to tap, a kind word after
//! each answer with "show me" (the step or page that explains it), and a score at the end.
//! Held only in this component: nothing is stored or sent.

use crate::i18n::{t, t_for, t_with, Arg};
use crate::model::check::{questions, Target};
use crate::model::link::Link;
use crate::model::locale::Locale;
use crate::model::setup::Setup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub setup: Setup,
}

#[derive(Clone, Copy, Default, PartialEq)]
struct Progress {
    /// Which question, from 0; the number of questions once finished.
    at: usize,
    /// The answer picked for this question, if any.
    picked: Option<usize>,
    /// Whether this question was already answered wrongly once (then it does not score).
    missed: bool,
    /// Questions answered right the first time.
    score: usize,
}

#[component]
pub fn Check(props: &CheckProps) -> Html {
    let lang = use_context::<Locale>().unwrap_or_default();
    // Re-render when the clinic's numbers arrive: they are in the words.
    use_context::<std::rc::Rc<crate::model::clinic::Clinic>>();
    let asked = questions(props.setup);
    let progress = use_state(Progress::default);
    let focus = use_node_ref();
    // After each move, focus goes where the person will act next (the feedback, the next
    // question or the score), so the check works by keyboard alone.
    {
        let focus = focus.clone();
        use_effect_with(*progress, move |_| {
            if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let p = *progress;
    let total = asked.len();
    if p.at >= total {
        let again = {
            let progress = progress.clone();
            Callback::from(move |_: MouseEvent| progress.set(Progress::default()))
        };
        return html! {
            <section class="check check-done">
                <p class="check-score" tabindex="-1" ref={focus}>
                    { t_with("check-score", &[("right", Arg::Number(p.score as i64)), ("total", Arg::Number(total as i64))]) }
                </p>
                <p class="check-end">{ t("check-end") }</p>
                <button type="button" class="check-button" onclick={again}>{ t("check-again") }</button>
            </section>
        };
    }
    let question = asked[p.at];
    let pick = |n: usize| {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| {
            let right = n == question.right;
            progress.set(Progress {
                picked: Some(n),
                missed: p.missed || !right,
                score: p.score + usize::from(right && !p.missed),
                ..p
            })
        })
    };
    let next = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| {
            progress.set(Progress {
                at: p.at + 1,
                picked: None,
                missed: false,
                score: p.score,
            })
        })
    };
    let retry = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.set(Progress { picked: None, ..p }))
    };
    let show_me = match question.show {
        Target::Step(step) => Link::to_hash(step, props.setup, lang),
        Target::Page(page) => Link::page_hash(page, props.setup, lang),
    };
    let last = p.at + 1 == total;
    html! {
        <section class="check" data-question={question.id}>
            <p class="check-progress">
                { t_with("check-progress", &[("number", Arg::Number((p.at + 1) as i64)), ("total", Arg::Number(total as i64))]) }
            </p>
            <h2 class="check-question" tabindex="-1" ref={if p.picked.is_none() { focus.clone() } else { NodeRef::default() }}>
                { t_for(&question.question_id(), props.setup) }
            </h2>
            <div class="check-answers" role="group" aria-label={t_for(&question.question_id(), props.setup)}>
                { for (0..question.answers).map(|n| {
                    let state = match p.picked {
                        Some(picked) if picked == n && n == question.right => "right",
                        Some(picked) if picked == n => "wrong",
                        _ => "",
                    };
                    html! {
                        <button type="button" class={classes!("check-answer", (!state.is_empty()).then_some(state))}
                            aria-pressed={(p.picked == Some(n)).to_string()} disabled={p.picked.is_some()}
                            onclick={pick(n)} data-right={(n == question.right).to_string()}>
                            { t_for(&question.answer_id(n), props.setup) }
                        </button>
                    }
                }) }
            </div>
            { p.picked.map(|picked| {
                let right = picked == question.right;
                html! {
                    <div class={classes!("check-feedback", if right { "right" } else { "wrong" })} role="status" tabindex="-1" ref={focus.clone()}>
                        <p class="check-verdict">{ t(if right { "check-right" } else { "check-wrong" }) }</p>
                        <p>{ t_for(&question.why_id(), props.setup) }</p>
                        <div class="check-actions">
                            { (!right).then(|| html! {
                                <>
                                    <a class="check-button check-show" href={show_me.clone()}>{ t("check-show-me") }</a>
                                    <button type="button" class="check-button check-retry" onclick={retry.clone()}>{ t("check-try-again") }</button>
                                </>
                            }) }
                            <button type="button" class="check-button check-next" onclick={next.clone()}>
                                { t(if last { "check-finish" } else { "check-next" }) }
                            </button>
                        </div>
                    </div>
                }
            }) }
        </section>
    }
}
