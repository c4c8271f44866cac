//! Reading a step aloud with the browser's own speech synthesis (nothing leaves the device).
//! One utterance per sentence, so the sentence being read can be highlighted, a pause can stop
//! the voice mid-step and a resume can start that sentence again (the browser's own pause is
//! unreliable on phones). Every start — a new step, a scrub, a replay, play after pause — first
//! cancels what was queued; events from cancelled words are ignored by their generation.

use crate::model::narration::sentence_at;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};
use yew::prelude::*;

/// Where and how the voice should be reading now.
#[derive(Clone, PartialEq)]
pub struct Reading {
    /// The sentences, in the order they are read (title first).
    pub sentences: Rc<Vec<String>>,
    /// BCP 47 tag of the words' language.
    pub lang: &'static str,
    pub playing: bool,
    /// Changes at each place the voice must start again (see `Playback::cue`).
    pub cue: u32,
    /// How far through the step that place is, 0–1.
    pub from: f64,
    pub speed: f64,
}

/// Why the words cannot be read aloud here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Silent {
    /// The browser has no speech synthesis at all.
    NoSpeech,
    /// It has no voice for this language.
    NoVoice,
}

fn synthesis() -> Option<SpeechSynthesis> {
    let window = gloo::utils::window();
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|s| !s.is_undefined() && !s.is_null())
        .map(|s| s.unchecked_into())
}

/// Whether a voice speaks `lang` (by its first part: any English voice reads English).
fn has_voice(synth: &SpeechSynthesis, lang: &str) -> bool {
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    synth.get_voices().iter().any(|v| {
        js_sys::Reflect::get(&v, &"lang".into())
            .ok()
            .and_then(|l| l.as_string())
            .is_some_and(|l| {
                l.to_ascii_lowercase()
                    .replace('_', "-")
                    .starts_with(&primary)
            })
    })
}

/// A sentence should be done by then, at the slowest: if the browser never says it ended, the
/// step goes on rather than wait for ever.
fn longest(sentence: &str, speed: f64) -> u32 {
    (4000.0 + sentence.chars().count() as f64 * 200.0 / speed.max(0.25)) as u32
}

/// Reads `reading` aloud while it is `Some`. Returns the sentence being read, for the
/// highlight. `on_done` gets the cue whose words were read to the end; `on_silent` says once
/// why nothing can be read (the journey then goes on silently).
#[hook]
pub fn use_voice(
    reading: Option<Reading>,
    on_done: Callback<u32>,
    on_silent: Callback<Silent>,
) -> Option<usize> {
    let current = use_state(|| None::<usize>);
    // The sentence to start from when reading (re)starts without a new cue (play after pause).
    let next = use_mut_ref(|| 0usize);
    let last_cue = use_mut_ref(|| None::<u32>);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    // What the queued words need to stay alive: their listeners and the watchdog.
    let queued = use_mut_ref(Vec::<EventListener>::new);
    let watchdog = use_mut_ref(|| None::<Timeout>);
    {
        let current = current.clone();
        let key = reading.clone();
        use_effect_with(key, move |reading| {
            let generation = generation.borrow().clone();
            generation.set(generation.get().wrapping_add(1));
            let this = generation.get();
            queued.borrow_mut().clear();
            watchdog.borrow_mut().take();
            let synth = synthesis();
            if let Some(s) = &synth {
                s.cancel();
            }
            let Some(reading) = reading.clone() else {
                current.set(None);
                *last_cue.borrow_mut() = None;
                return;
            };
            let Some(synth) = synth else {
                on_silent.emit(Silent::NoSpeech);
                return;
            };
            if *last_cue.borrow() != Some(reading.cue) {
                *last_cue.borrow_mut() = Some(reading.cue);
                let lengths: Vec<usize> = reading
                    .sentences
                    .iter()
                    .map(|s| s.chars().count())
                    .collect();
                *next.borrow_mut() = sentence_at(&lengths, reading.from);
                current.set(None);
            }
            if !reading.playing {
                return;
            }
            let start = *next.borrow();
            let speak = {
                let (current, next, queued, watchdog) = (
                    current.clone(),
                    next.clone(),
                    queued.clone(),
                    watchdog.clone(),
                );
                move || {
                    if generation.get() != this {
                        return;
                    }
                    if !has_voice(&synth, reading.lang) {
                        on_silent.emit(Silent::NoVoice);
                        return;
                    }
                    let count = reading.sentences.len();
                    if start >= count {
                        on_done.emit(reading.cue);
                        return;
                    }
                    for (i, sentence) in reading.sentences.iter().enumerate().skip(start) {
                        let Ok(words) = SpeechSynthesisUtterance::new_with_text(sentence) else {
                            on_silent.emit(Silent::NoSpeech);
                            return;
                        };
                        words.set_lang(reading.lang);
                        words.set_rate(reading.speed as f32);
                        let live = {
                            let generation = generation.clone();
                            move || generation.get() == this
                        };
                        let finish = {
                            let (live, current, next, on_done, watchdog) = (
                                live.clone(),
                                current.clone(),
                                next.clone(),
                                on_done.clone(),
                                watchdog.clone(),
                            );
                            let cue = reading.cue;
                            Rc::new(move || {
                                if live() && i + 1 == count {
                                    watchdog.borrow_mut().take();
                                    *next.borrow_mut() = count;
                                    current.set(None);
                                    on_done.emit(cue);
                                }
                            })
                        };
                        let started = {
                            let (current, next, watchdog, finish) = (
                                current.clone(),
                                next.clone(),
                                watchdog.clone(),
                                finish.clone(),
                            );
                            let limit = longest(sentence, reading.speed);
                            EventListener::new(&words, "start", move |_| {
                                if live() {
                                    *next.borrow_mut() = i;
                                    current.set(Some(i));
                                    let finish = finish.clone();
                                    *watchdog.borrow_mut() =
                                        Some(Timeout::new(limit, move || finish()));
                                }
                            })
                        };
                        let ended = {
                            let finish = finish.clone();
                            EventListener::new(&words, "end", move |_| finish())
                        };
                        // A voice that fails (not one we cancelled) must not hold the step.
                        let failed = EventListener::new(&words, "error", move |e| {
                            let why = js_sys::Reflect::get(e, &"error".into())
                                .ok()
                                .and_then(|w| w.as_string())
                                .unwrap_or_default();
                            if why != "interrupted" && why != "canceled" {
                                finish()
                            }
                        });
                        queued.borrow_mut().extend([started, ended, failed]);
                        synth.speak(&words);
                    }
                }
            };
            // Some browsers load their voices a moment after the page: wait for them once.
            if synthesis().is_some_and(|s| s.get_voices().length() == 0) {
                let speak = Rc::new(RefCell::new(Some(speak)));
                let once = {
                    let speak = speak.clone();
                    move || {
                        if let Some(speak) = speak.borrow_mut().take() {
                            speak()
                        }
                    }
                };
                let s = synthesis().expect("checked above");
                let on_voices = {
                    let once = once.clone();
                    EventListener::once(&s, "voiceschanged", move |_| once())
                };
                queued.borrow_mut().push(on_voices);
                *watchdog.borrow_mut() = Some(Timeout::new(1500, once));
            } else {
                speak();
            }
        });
    }
    *current
}
