//! The whole page: header, stage, text panel and control bar, around one reducer that holds
//! the setup and the playhead. Side effects (the address bar, keys, the clock) live in hooks.

use super::controls::{Controls, Shown};
use super::display::Display;
use super::handover::Handover;
use super::header::{Header, Sheet};
use super::hooks::{use_after_frame, use_animation_frame, use_keys, use_size};
use super::ink::{layer as ink_layer, InkChange, InkInput, InkTools};
use super::lazy_art::{use_lazy_art, LazyArt};
use super::pages::PageView;
use super::panel::{Panel, VoiceCue};
use super::present::{PresentTools, Words};
use super::setup_panel::SetupPanel;
use super::stage::Stage;
use super::update::NewVersion;
use super::voice::Silent;
use crate::browser;
use crate::i18n::{self, step_title, t, t_for, t_with, Arg};
use crate::model::clinic::Clinic;
use crate::model::ink::{Ink, Tool};
use crate::model::journey::Journey;
use crate::model::link::{Link, LinkProblem};
use crate::model::locale::Locale;
use crate::model::page::Page;
use crate::model::playback::{Action, Playback};
use crate::model::scene::scene_at;
use crate::model::settings::Settings;
use crate::model::setup::Setup;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct State {
    pub setup: Setup,
    pub playback: Playback,
    /// A page beside the journey, open over it; the playhead waits where it was.
    pub page: Option<Page>,
    /// A kind note when the link could not be fully used.
    pub note: Option<LinkProblem>,
    /// The step changed because the guide played on into it, not by a person's move.
    pub played_on: bool,
}

pub enum Msg {
    Play(Action),
    /// The address changed (first load, Back, Forward, or a pasted link).
    Open(Link),
    DismissNote,
    /// The patient's procedure was changed in "Your procedure".
    SetSetup(Setup),
}

impl State {
    fn open(link: Link, reduced_motion: bool) -> State {
        State {
            setup: link.setup,
            playback: Playback::at(link.step, reduced_motion),
            page: link.page,
            note: link.problem,
            played_on: false,
        }
    }
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let ticked = matches!(msg, Msg::Play(Action::Tick(_)));
        let mut next = match msg {
            // While a page is open the journey waits: keys and the clock do not move it.
            Msg::Play(_) if self.page.is_some() => return self,
            Msg::Play(action) => {
                let playback = self.playback.apply(&Journey::new(self.setup), action);
                State {
                    playback,
                    ..(*self).clone()
                }
            }
            // A page opens over the journey, which pauses where it was.
            Msg::Open(link) if link.page.is_some() && link.setup == self.setup => State {
                page: link.page,
                playback: Playback {
                    playing: false,
                    ..self.playback
                },
                note: link.problem,
                ..(*self).clone()
            },
            // Back from a page (or a link to where we are): the same step, at the same moment.
            Msg::Open(link)
                if link.step == self.playback.step
                    && link.setup == self.setup
                    && link.problem.is_none() =>
            {
                State {
                    page: None,
                    ..(*self).clone()
                }
            }
            Msg::Open(link) => {
                let mut opened = State::open(link, self.playback.reduced_motion);
                opened.playback.speed = self.playback.speed;
                opened.playback.auto = self.playback.auto;
                opened
            }
            Msg::SetSetup(setup) => State {
                setup,
                playback: self.playback.follow(&Journey::new(setup)),
                ..(*self).clone()
            },
            Msg::DismissNote => State {
                note: None,
                ..(*self).clone()
            },
        };
        next.played_on = ticked && next.playback.step != self.playback.step;
        // Returning the same Rc skips a render when nothing changed (a tick while paused).
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[component]
pub fn App() -> Html {
    // The person's own choices, as remembered on this device (defaults if none or broken).
    let settings = use_state(|| Settings::read(browser::stored_settings().as_deref()));
    // Callbacks handed to components are made once (or when what they read changes), so a
    // component whose other props are unchanged skips its render on each frame.
    let change_settings = {
        let settings = settings.clone();
        use_callback((), move |chosen: Settings, _| {
            browser::store_settings(&chosen.write());
            settings.set(chosen);
        })
    };
    // The link the app opened with, read once.
    let opened = use_memo((), |_| Link::parse(&browser::hash()));
    // Still pictures: as chosen here, else as the device asks (asked once, not every frame).
    let device_stills = *use_state(browser::prefers_reduced_motion);
    let stills = settings.stills.unwrap_or(device_stills);
    let state = use_reducer(|| State::open((*opened).clone(), stills));
    // Inside another site's page (an iframe, or `embed` in the link): no header of our own,
    // the app fits the frame. Decided once, when the app starts.
    let embedded = *use_state(|| opened.embed || browser::in_frame());
    // The language: from the link, else as remembered, else the browser's; English is built in
    // and any other is fetched only when chosen. `lang` is the one the words are in now.
    let lang = use_state(|| Locale::En);
    let choose_language = {
        let lang = lang.clone();
        use_callback((), move |wanted: Locale, _| {
            let lang = lang.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = if wanted == Locale::En {
                    Some(String::new())
                } else {
                    browser::fetch_text(&format!("locales/{}.ftl", wanted.tag())).await
                };
                match text {
                    Some(text) => {
                        i18n::set_language(wanted, &text);
                        browser::set_document_language(wanted.tag(), wanted.right_to_left());
                        lang.set(wanted);
                    }
                    None => browser::warn(&format!(
                        "The {} words could not be loaded; staying in the language shown.",
                        wanted.tag()
                    )),
                }
            });
        })
    };
    // Why the words cannot be read aloud, said once per reason and language; the journey goes on silently.
    let silent = use_state(|| None::<Silent>);
    // Chosen from the menu: remembered, then shown (a note about the last one's voice goes).
    let pick_language = {
        let (choose, change, silent) = (
            choose_language.clone(),
            change_settings.clone(),
            silent.clone(),
        );
        use_callback(*settings, move |wanted: Locale, settings: &Settings| {
            silent.set(None);
            change.emit(Settings {
                lang: Some(wanted),
                ..*settings
            });
            choose.emit(wanted);
        })
    };
    {
        let choose = choose_language.clone();
        let (remembered, asked) = (settings.lang, opened.lang);
        use_effect_with((), move |_| {
            // When the app starts: the link's language, else as remembered, else the browser's.
            let wanted = asked.or(remembered).unwrap_or_else(|| {
                Locale::pick(browser::browser_languages().iter().map(String::as_str))
            });
            if wanted != Locale::En {
                choose.emit(wanted);
            }
        });
    }
    // One stable callback for every control, so components whose other props are unchanged
    // can skip rendering on a frame.
    let play = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| {
            dispatcher.dispatch(Msg::Play(action))
        })
    };

    use_animation_frame(state.playback.playing, play.reform(Action::Tick));
    // The page's look follows the settings; the playhead follows stills and the voice.
    {
        let (size, theme) = (settings.text_size, settings.theme);
        use_effect_with((size, theme), |(size, theme)| {
            browser::set_root_data("text-size", size.key());
            browser::set_root_data("theme", theme.key());
        });
    }
    {
        let play = play.clone();
        use_effect_with(stills, move |on| play.emit(Action::Stills(*on)));
    }
    let told = use_mut_ref(Vec::<(Silent, Locale)>::new);
    {
        let play = play.clone();
        use_effect_with((settings.read_aloud, *lang), move |(on, _)| {
            play.emit(Action::Voice(*on))
        });
    }
    let on_silent = {
        let (play, silent, change) = (play.clone(), silent.clone(), change_settings.clone());
        use_callback(
            (*settings, *lang),
            move |why: Silent, (settings, lang): &(Settings, Locale)| {
                play.emit(Action::Voice(false));
                // A browser that cannot speak at all: the button no longer shows reading as on.
                // (Without a voice for one language, it stays on for the others.)
                if why == Silent::NoSpeech {
                    change.emit(Settings {
                        read_aloud: false,
                        ..*settings
                    });
                }
                if !told.borrow().contains(&(why, *lang)) {
                    told.borrow_mut().push((why, *lang));
                    silent.set(Some(why));
                }
            },
        )
    };
    let on_read_aloud = {
        let change = change_settings.clone();
        use_callback(*settings, move |on: bool, settings: &Settings| {
            change.emit(Settings {
                read_aloud: on,
                ..*settings
            })
        })
    };
    let on_words_read = {
        let play = play.clone();
        use_callback((), move |cue: u32, _| play.emit(Action::WordsRead(cue)))
    };
    use_keys({
        let play = play.clone();
        Callback::from(move |event: web_sys::KeyboardEvent| {
            if let Some(action) = key_action(&event) {
                event.prevent_default();
                play.emit(action);
            }
        })
    });
    // The address bar follows the step (or the open page), so each has a link and Back works.
    {
        let (step, setup, page) = (state.playback.step, state.setup, state.page);
        let by_person = !state.played_on;
        use_effect_with(
            (step, setup, page, *lang),
            move |(step, setup, page, lang)| {
                let hash = match page {
                    Some(page) => Link::page_hash(*page, *setup, *lang),
                    None => Link::to_hash(*step, *setup, *lang),
                };
                browser::set_hash(&hash, by_person)
            },
        );
    }
    {
        let (state, choose) = (state.clone(), choose_language.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_hash_change(move |hash| {
                let link = Link::parse(&hash);
                // A pasted link in another language switches to it (our own links carry the
                // language already shown).
                if let Some(wanted) = link.lang.filter(|l| *l != i18n::language()) {
                    choose.emit(wanted);
                }
                state.dispatch(Msg::Open(link))
            });
            move || drop(listener)
        });
    }

    let lazy_art = use_lazy_art();
    let stage_ref = use_node_ref();
    let (width, height) = use_size(stage_ref.clone());
    // On a phone the picture is framed below a band that holds its tools.
    let band = crate::model::camera::tool_band(width, height);
    let aspect = if width > 0.0 && height > band {
        width / (height - band)
    } else {
        1.0
    };
    let journey = Journey::new(state.setup);
    // The words follow the picture one task later: the frame that changes the step draws only
    // the picture (both in one frame took 40–55 ms at 4× CPU slowdown), and the panel's new
    // words, their layout and the focus move are a task of their own. Meanwhile the main
    // region says it is busy, and the voice stays with the words shown (a new step's cue must
    // not start on the old step's sentences); otherwise it follows at once (a pause stops it
    // now).
    let voice = state.playback.voice.then_some(VoiceCue {
        playing: state.playback.playing && state.page.is_none(),
        cue: state.playback.cue,
        from: state.playback.cue_at,
        speed: state.playback.speed,
    });
    let (words_step, words_setup, lagged_voice) =
        use_after_frame((state.playback.step, state.setup, voice));
    let words_behind = (words_step, words_setup) != (state.playback.step, state.setup);
    let words_voice = if words_behind { lagged_voice } else { voice };
    let words_journey = (words_setup != state.setup).then(|| Journey::new(words_setup));
    let words_journey = words_journey.as_ref().unwrap_or(&journey);
    let scene =
        Rc::new(scene_at(state.setup, state.playback.time(&journey), aspect).on_stage(width));
    let unit = if width > 0.0 {
        scene.camera.width() / width
    } else {
        scene.camera.width() / 400.0
    };
    // The step's title and what its picture shows: formatted when the step, setup or
    // language changes, not on every frame.
    let words = use_memo(
        (state.playback.step, state.setup, *lang),
        |(step, setup, _)| {
            (
                AttrValue::from(step_title(*step, *setup)),
                AttrValue::from(t_for(&step.shows_id(), *setup)),
            )
        },
    );
    let (title, shows) = (words.0.clone(), words.1.clone());
    // Said once when the step changes (not when the page first opens, nor when only the
    // language or setup changes: a stale "Step 1 of 9" would head every page after a language
    // switch): number and title. Worked out in the render itself (a state set from an effect
    // would render the whole app a second time in the frame the step changes).
    let announcement = {
        let step = state.playback.step;
        let (number, total) = (journey.index(step) + 1, journey.steps().len());
        let last = use_mut_ref(|| step);
        use_memo(title.clone(), move |title| {
            if std::mem::replace(&mut *last.borrow_mut(), step) == step {
                return String::new();
            }
            t_with(
                "step-announce",
                &[
                    ("number", Arg::Number(number as i64)),
                    ("total", Arg::Number(total as i64)),
                    ("title", Arg::Word(title)),
                ],
            )
        })
    };

    // Presentation: full screen, larger controls, the words hidden or larger; Escape leaves.
    let presenting = use_state(|| None::<Words>);
    // Callbacks given to components are made once (for as long as what they read holds):
    // a new one each frame would make those components draw again every frame.
    let present = {
        let presenting = presenting.clone();
        use_callback(*presenting, move |words: Option<Words>, shown| {
            match (shown.is_some(), words.is_some()) {
                (false, true) => browser::enter_fullscreen(),
                (true, false) => browser::leave_fullscreen(),
                _ => {}
            }
            presenting.set(words)
        })
    };
    {
        let (present, on) = (present.clone(), presenting.is_some());
        use_effect_with(on, move |on| {
            let listeners = on.then(|| {
                let leave = present.clone();
                let escape =
                    gloo::events::EventListener::new(&gloo::utils::window(), "keydown", move |e| {
                        let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e)
                            .map(|k| k.key());
                        if key.as_deref() == Some("Escape") {
                            leave.emit(None)
                        }
                    });
                let leave = present.clone();
                (
                    escape,
                    browser::on_fullscreen_exit(move || leave.emit(None)),
                )
            });
            move || drop(listeners)
        });
    }
    // What a clinician draws over the picture: for the page's life only.
    let ink = use_state(Ink::default);
    let now = || js_sys::Date::now() / 1000.0;
    let on_ink = {
        let ink = ink.clone();
        use_callback(
            (ink.clone(), state.playback.step),
            move |input: InkInput, (_, step)| {
                let mut next = (*ink).clone();
                match input {
                    InkInput::Down(at, pressure) => next.down(*step, at, pressure, now()),
                    InkInput::Move(at, pressure) => next.moved(at, pressure, now()),
                    InkInput::Up => next.up(),
                }
                ink.set(next);
            },
        )
    };
    // Every other change to the drawing: undo, clear, a tool, a colour.
    let ink_change = {
        let ink = ink.clone();
        use_callback(
            (ink.clone(), state.playback.step),
            move |change: InkChange, (_, step)| {
                let mut next = (*ink).clone();
                match change {
                    InkChange::Undo => next.undo(*step),
                    InkChange::Clear => next.clear(*step),
                    InkChange::Tool(tool) => next.tool = tool,
                    InkChange::Colour(colour) => (next.colour, next.tool) = (colour, Tool::Pen),
                }
                ink.set(next);
            },
        )
    };
    // A laser trace fades over a second, even while the picture is paused.
    {
        let ink = ink.clone();
        let showing = !ink.laser(now()).is_empty();
        use_effect_with(showing, move |showing| {
            let timer = showing.then(|| {
                gloo::timers::callback::Interval::new(50, move || {
                    let mut next = (*ink).clone();
                    next.fade(now());
                    ink.set(next);
                })
            });
            move || drop(timer)
        });
    }
    // The clinic's own settings, from an optional clinic.json beside the app.
    // Held as an Rc so each frame's render shares it rather than copying it.
    let clinic = use_state(|| Rc::new(Clinic::default()));
    {
        let clinic = clinic.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let Some(text) = browser::fetch_text("clinic.json").await else {
                    return;
                };
                let (read, warnings) = Clinic::parse(&text);
                for w in warnings {
                    browser::warn(&format!(
                        "clinic.json: \"{}\" {}, so the default is used.",
                        w.field, w.why
                    ));
                }
                if let Some(accent) = &read.accent {
                    browser::set_css_variable("--clinic-accent", accent);
                }
                i18n::set_clinic(read.clone());
                clinic.set(Rc::new(read));
            });
        });
    }
    // The sheet open over the app, if any; focus returns to its button when it closes.
    let sheet = use_state(|| None::<Sheet>);
    let on_open = {
        let sheet = sheet.clone();
        use_callback((), move |which: Sheet, _| sheet.set(Some(which)))
    };
    let hand_over = on_open.reform(|_: ()| Sheet::Handover);
    let close_sheet = {
        let sheet = sheet.clone();
        use_callback((), move |_: (), _| sheet.set(None))
    };
    let (setup_button, handover_button, display_button) =
        (use_node_ref(), use_node_ref(), use_node_ref());
    {
        let buttons = (
            setup_button.clone(),
            handover_button.clone(),
            display_button.clone(),
        );
        let last = use_mut_ref(|| None::<Sheet>);
        use_effect_with(*sheet, move |now| {
            let closed = last.borrow().filter(|_| now.is_none());
            let button = match closed {
                Some(Sheet::Setup) => buttons.0.cast::<web_sys::HtmlElement>(),
                // "Give to patient" may have been opened from the setup sheet on a phone,
                // where the header has no button for it.
                Some(Sheet::Handover) => buttons
                    .1
                    .cast::<web_sys::HtmlElement>()
                    .filter(|b| b.offset_width() > 0)
                    .or_else(|| buttons.0.cast::<web_sys::HtmlElement>()),
                Some(Sheet::Display) => buttons.2.cast::<web_sys::HtmlElement>(),
                None => None,
            };
            if let Some(button) = button {
                let _ = button.focus();
            }
            *last.borrow_mut() = *now;
        });
    }
    let change_setup = {
        let state = state.clone();
        Callback::from(move |setup: Setup| state.dispatch(Msg::SetSetup(setup)))
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Msg::DismissNote))
    };
    html! {
        // Words that carry the clinic's numbers follow it: their components read this context.
        <ContextProvider<Locale> context={*lang}>
        <ContextProvider<Rc<Clinic>> context={(*clinic).clone()}>
        <ContextProvider<Rc<LazyArt>> context={lazy_art}>
        <div class={classes!("app", presenting.map(|w| vec!["presenting", w.class()]), embedded.then_some("embedded"))} data-page={state.page.map(|p| p.id())}>
            <Header lang={*lang} clinic={clinic.name.clone().map(AttrValue::from)} on_language={pick_language} {on_open}
                buttons={(setup_button, handover_button, display_button)} />
            { match *sheet {
                Some(Sheet::Setup) => html! {
                    <SetupPanel setup={state.setup} on_change={change_setup} on_close={close_sheet.clone()}
                        on_handover={hand_over} />
                },
                Some(Sheet::Handover) => html! {
                    <Handover link={browser::address(&Link::to_hash(state.playback.step, state.setup, *lang))}
                        handout={Link::page_hash(Page::Handout, state.setup, *lang)} on_close={close_sheet.clone()} />
                },
                Some(Sheet::Display) => html! {
                    <Display settings={*settings} {stills} on_change={change_settings.clone()} on_close={close_sheet.clone()} />
                },
                None => html! {},
            } }
            { silent.map(|why| html! {
                <div class="note" role="status">
                    <p>{ t(match why { Silent::NoSpeech => "voice-no-speech", Silent::NoVoice => "voice-no-voice" }) }</p>
                    <button class="note-close" onclick={let silent = silent.clone(); move |_| silent.set(None)} aria-label={t("link-close")}>{ "×" }</button>
                </div>
            }) }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ state.page.is_none().then(|| (*announcement).clone()) }</p>
            { state.note.as_ref().map(|_| html! {
                <div class="note" role="status">
                    <p>{ t("link-unknown") }</p>
                    <button class="note-close" onclick={dismiss} aria-label={t("link-close")}>{ "×" }</button>
                </div>
            }) }
            // The journey stays mounted (hidden) while a page is open, so coming back finds the
            // picture as it was.
            <main class="app-main" hidden={state.page.is_some()} aria-busy={words_behind.then_some("true")}>
                <NewVersion />
                <Stage scene={scene} {unit} {band} size={(width > 0.0 && height > 0.0).then_some((width, height))}
                    title={title.clone()} {shows} stage_ref={stage_ref}
                    still={state.playback.still().map(|(i, _)| (state.playback.step, i))}
                    on_tap={play.reform(|_| Action::TogglePlay)}
                    on_swipe={play.reform(|d: i32| if d > 0 { Action::Next } else { Action::Previous })}
                    tool={ink.tool} on_ink={on_ink}
                    ink={ink_layer(&ink, state.playback.step, unit, now())}
                    overlay={html! {
                        <>
                        <PresentTools words={*presenting} on_change={present.clone()} />
                        <InkTools tool={ink.tool} colour={ink.colour} drawn={ink.has_strokes(state.playback.step)}
                            on_change={ink_change} />
                        </>
                    }} />
                <Panel step={words_step} setup={words_setup} number={words_journey.index(words_step) + 1} total={words_journey.steps().len()}
                    voice={words_voice} {on_words_read} {on_silent}
                    read_aloud={settings.read_aloud} {on_read_aloud} />
            </main>
            { state.page.map(|page| html! {
                <main class="app-page">
                    <PageView {page} setup={state.setup} step={state.playback.step} />
                </main>
            }) }
            <Controls shown={Shown::of(&state.playback)} setup={state.setup} steps={journey.steps().to_vec()} on_action={play} />
        </div>
        </ContextProvider<Rc<LazyArt>>>
        </ContextProvider<Rc<Clinic>>>
        </ContextProvider<Locale>>
    }
}

/// Space plays or pauses, ←/→ move between steps, Home/End go to the first and last step.
/// Keys meant for a focused control (a button, the scrubber) are left to it.
fn key_action(event: &web_sys::KeyboardEvent) -> Option<Action> {
    if event.alt_key() || event.ctrl_key() || event.meta_key() {
        return None;
    }
    let on_control = event
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
            )
        });
    match event.key().as_str() {
        " " | "Spacebar" if !on_control => Some(Action::TogglePlay),
        "ArrowRight" if !on_control => Some(Action::Next),
        "ArrowLeft" if !on_control => Some(Action::Previous),
        "Home" if !on_control => Some(Action::First),
        "End" if !on_control => Some(Action::Last),
        _ => None,
    }
}
