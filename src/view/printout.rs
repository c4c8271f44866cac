//! The printable handout: this patient's procedure on one to three pages, with each step's key
//! picture (the same drawing as the animation, still), its words, what to do after, a box for
//! questions to ask the team, and the QR code back to the animation. On screen it is a page
//! with a Print button; on paper a print stylesheet lays it out.

use super::handover::qr_code;
use super::pages::block;
use super::panel::main_points;
use super::stage::Stage;
use crate::browser;
use crate::draw::short;
use crate::i18n::{step_text, step_title, t, t_for};
use crate::model::handout::{chosen, pictures, PICTURE_ASPECT};
use crate::model::ink::Tool;
use crate::model::link::Link;
use crate::model::locale::Locale;
use crate::model::page::call_the_team;
use crate::model::setup::Setup;
use crate::model::step::Step;
use std::rc::Rc;
use yew::prelude::*;

/// How wide a picture is on paper, in CSS pixels: the labels are sized for it.
const PICTURE_PX: f64 = 230.0;

#[derive(Properties, PartialEq)]
pub struct PrintoutProps {
    pub setup: Setup,
}

#[component]
pub fn Printout(props: &PrintoutProps) -> Html {
    let setup = props.setup;
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let lang = use_context::<Locale>().unwrap_or_default();
    let link = browser::address(&Link::to_hash(Step::Heart, setup, lang));
    let chosen: Vec<String> = chosen(setup).iter().map(|id| t(id)).collect();
    html! {
        <div class="printout">
            <p class="printout-for"><strong>{ t("printout-for") }</strong>{ " " }{ chosen.join(" · ") }</p>
            <button type="button" class="sheet-action print-now" onclick={print}>{ t("printout-print") }</button>
            <ol class="printout-steps">
                { for pictures(setup).into_iter().enumerate().map(|(i, (step, scene))| {
                    let unit = scene.camera.width() / PICTURE_PX;
                    html! {
                        <li class="printout-step" data-step={step.slug()}>
                            <div class="printout-picture" style={format!("aspect-ratio: {}", short(PICTURE_ASPECT))}>
                                <Stage scene={Rc::new(scene)} {unit} title={step_title(step, setup)} shows={t_for(&step.shows_id(), setup)} stage_ref={NodeRef::default()}
                                    on_tap={Callback::noop()} on_swipe={Callback::noop()} tool={Tool::Off}
                                    on_ink={Callback::noop()} ink={Html::default()} overlay={Html::default()} />
                            </div>
                            <h2 class="printout-title">{ format!("{}. {}", i + 1, step_title(step, setup)) }</h2>
                            <p class="printout-text">{ step_text(step, setup) }</p>
                        </li>
                    }
                }) }
            </ol>
            <div class="printout-after">
                { main_points(setup) }
                { for call_the_team(setup).into_iter().map(|b| block(b, setup)) }
            </div>
            <p class="printout-sources">{ t("sources-short") }{ " " }{ t("sources-reviewed") }</p>
            <div class="printout-end">
                <section class="printout-questions">
                    // Lines the patient fills in by hand: nothing about them is in the app.
                    <p class="printout-fill">{ t("printout-date") }</p>
                    <p class="printout-fill">{ t("printout-ward") }</p>
                    <p class="printout-fill">{ t("printout-emergency") }</p>
                    <h2>{ t("printout-questions") }</h2>
                    { for (0..3).map(|_| html! { <div class="printout-line" /> }) }
                </section>
                <div class="printout-qr">
                    { qr_code(&link) }
                    <p>{ t("printout-scan") }<br /><span class="printout-link">{ link }</span></p>
                </div>
            </div>
        </div>
    }
}
