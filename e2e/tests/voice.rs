//! Reading aloud, tested with a recording stand-in for the browser's speech synthesis that is
//! in place before the app starts: it "speaks" each sentence for a time set by its length and
//! rate, and logs what it was asked to say, in which language, at which step and when. The
//! words take longer than the steps' pictures, so the tests can see a step wait for them.

use e2e::Browser;
use serde_json::{json, Value};
use std::time::Duration;

/// Milliseconds the stand-in takes per character at rate 1: step 1's words (about 330
/// characters) then take ~13 s, longer than its 8 s picture.
const MS_PER_CHAR: u32 = 40;

fn stand_in(voices: &str) -> String {
    format!(
        r#"(() => {{
  const log = [];
  const synth = new EventTarget();
  let queue = [], current = null, timer = null;
  const step = () => {{ const s = document.querySelector('.stage-svg'); return s ? s.dataset.step : null; }};
  const say = () => {{
    if (current || !queue.length) return;
    const u = current = queue.shift();
    log.push({{ event: 'start', text: u.text, lang: u.lang, rate: u.rate, at: performance.now(), step: step() }});
    u.dispatchEvent(new Event('start'));
    timer = setTimeout(() => {{
      log.push({{ event: 'end', text: u.text, at: performance.now(), step: step() }});
      current = null;
      u.dispatchEvent(new Event('end'));
      say();
    }}, u.text.length * {MS_PER_CHAR} / u.rate);
  }};
  synth.getVoices = () => {voices};
  synth.speak = (u) => {{ queue.push(u); setTimeout(say, 0); }};
  synth.cancel = () => {{
    queue = [];
    if (current) {{
      clearTimeout(timer);
      log.push({{ event: 'cancel', text: current.text, at: performance.now() }});
      const u = current; current = null;
      const e = new Event('error'); e.error = 'interrupted'; u.dispatchEvent(e);
    }}
  }};
  synth.pause = () => {{}}; synth.resume = () => {{}};
  Object.defineProperty(window, 'speechSynthesis', {{ value: synth, configurable: true }});
  window.__voiceLog = log;
}})();"#
    )
}

async fn with_voices(voices: &str) -> Browser {
    let browser = Browser::start().await;
    browser.before_start(&stand_in(voices)).await;
    browser.resize(1024, 768).await;
    browser
}

async fn log(browser: &Browser) -> Vec<Value> {
    browser
        .eval("return window.__voiceLog || []")
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn said(log: &[Value]) -> Vec<String> {
    log.iter()
        .filter(|e| e["event"] == "start")
        .map(|e| e["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The step's words as the page shows them, sentence by sentence: title, text, safety.
async fn shown_sentences(browser: &Browser) -> Vec<String> {
    browser.words_caught_up().await;
    let list = browser
        .eval("return [document.querySelector('.panel-title').textContent, ...[...document.querySelectorAll('.panel-text .sentence, .panel .safety-text .sentence')].map(s => s.textContent)].map(t => t.trim())")
        .await;
    serde_json::from_value(list).expect("a list of sentences")
}

async fn wait_for(browser: &Browser, what: &str, script: &str, seconds: u64) {
    for _ in 0..seconds * 10 {
        if browser.eval(script).await == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("waited {seconds} s for {what}");
}

async fn reload(browser: &Browser) {
    browser.eval("location.reload()").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    wait_for(
        browser,
        "the app",
        "return !!document.querySelector('.app')",
        10,
    )
    .await;
}

#[tokio::test]
async fn the_voice_reads_each_step_and_the_step_waits_for_its_words() {
    let browser = with_voices(
        "[{ lang: 'en-GB', name: 'Test English' }, { lang: 'fr-FR', name: 'Test French' }]",
    )
    .await;
    browser.open("#/step/heart").await;
    // Off by default: nothing is said.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(said(&log(&browser).await).is_empty(), "silent until asked");
    assert_eq!(
        browser
            .eval("return document.querySelector('.read-aloud').getAttribute('aria-pressed')")
            .await,
        "false"
    );
    browser.click(".read-aloud").await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.read-aloud').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    let stored = browser
        .eval("return JSON.parse(localStorage.getItem('heartpath-settings'))")
        .await;
    assert_eq!(
        (stored["v"].clone(), stored["readAloud"].clone()),
        (json!(1), json!(true))
    );

    // Remembered: a fresh start reads step 1 from its title, in English.
    reload(&browser).await;
    let started = browser
        .eval("return performance.now()")
        .await
        .as_f64()
        .unwrap();
    let words = shown_sentences(&browser).await;
    assert!(words.len() >= 4, "title and sentences: {words:?}");
    // Mid-way, the sentence being read is the one highlighted.
    wait_for(
        &browser,
        "the second sentence",
        "return (window.__voiceLog || []).filter(e => e.event === 'start').length >= 2",
        10,
    )
    .await;
    let (reading, now) = {
        let v = browser
            .eval("const l = window.__voiceLog.filter(e => e.event === 'start'); return [document.querySelector('.panel .reading').textContent.trim(), l[l.length - 1].text]")
            .await;
        (
            v[0].as_str().unwrap().to_string(),
            v[1].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(reading, now, "the sentence read is the one marked");
    // The picture reaches its end (8 s) before the words do; the step waits, still playing.
    wait_for(
        &browser,
        "the picture's end",
        "return document.querySelector('.scrubber').value === '1000'",
        15,
    )
    .await;
    let waiting = browser
        .eval("return [document.querySelector('.stage-svg').dataset.step, document.querySelector('.control-play').getAttribute('aria-label'), window.__voiceLog.filter(e => e.event === 'end').length]")
        .await;
    assert_eq!(waiting[0], "heart");
    assert_eq!(waiting[1], "Pause", "still playing while the words go on");
    assert!(
        waiting[2].as_u64().unwrap() < words.len() as u64,
        "words still being read"
    );
    wait_for(
        &browser,
        "the words' end",
        "return document.querySelector('.control-play').getAttribute('aria-label') === 'Play'",
        20,
    )
    .await;
    let record = log(&browser).await;
    assert_eq!(said(&record), words, "every sentence, in order, once");
    assert!(record
        .iter()
        .filter(|e| e["event"] == "start")
        .all(|e| e["lang"] == "en" && e["rate"] == 1.0));
    let last_end = record.iter().rev().find(|e| e["event"] == "end").unwrap()["at"]
        .as_f64()
        .unwrap();
    assert!(
        last_end - started > 8_000.0,
        "the words outlast the picture"
    );
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "heart",
        "without Play all, the step pauses at its end once its words are read"
    );

    // Play all: the next step starts only when the words of this one end.
    browser.click(".auto input").await;
    browser.click(".control-play").await;
    wait_for(
        &browser,
        "step 3",
        "return document.querySelector('.stage-svg').dataset.step === 'travel'",
        40,
    )
    .await;
    let record = log(&browser).await;
    let travel_title = browser.text(".panel-title").await;
    let first_travel = record
        .iter()
        .position(|e| e["event"] == "start" && e["text"] == travel_title.as_str())
        .expect("step 3's title read");
    let ready_end = &record[..first_travel]
        .iter()
        .rev()
        .find(|e| e["event"] == "end")
        .expect("step 2's words ended")["step"];
    assert_eq!(
        ready_end, "ready",
        "step 2 was still shown when its last words ended"
    );

    // Pause stops the voice; play says the interrupted sentence again.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    browser.click(".control-play").await;
    let record = log(&browser).await;
    let cancelled = record
        .iter()
        .rev()
        .find(|e| e["event"] == "cancel")
        .expect("the voice stopped");
    let cancelled = cancelled["text"].as_str().unwrap().to_string();
    let count = record.len();
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        said(&log(&browser).await[count..]).len(),
        0,
        "silent while paused"
    );
    browser.click(".control-play").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        said(&log(&browser).await[count..]).first(),
        Some(&cancelled)
    );

    // Scrubbing restarts the voice there: near the end, a late sentence; faster speed, faster voice.
    let words = shown_sentences(&browser).await;
    browser.scrub(0.95).await;
    browser
        .eval("const s = document.querySelector('.speed select'); s.value = '1.5'; s.dispatchEvent(new Event('change', {bubbles: true}));")
        .await;
    let count = log(&browser).await.len();
    browser.click(".control-play").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let record = log(&browser).await;
    let first = record[count..]
        .iter()
        .find(|e| e["event"] == "start")
        .expect("reading again");
    let at = words
        .iter()
        .position(|w| first["text"] == w.as_str())
        .expect("one of the step's sentences");
    assert!(
        at >= words.len() / 2,
        "started near the end: sentence {at} of {}",
        words.len()
    );
    assert_eq!(first["rate"], 1.5);

    // A language with a voice is read in it; one without says so once, kindly, and goes on.
    browser
        .eval("const s = document.querySelector('.language select'); s.value = 'fr'; s.dispatchEvent(new Event('change', {bubbles: true}));")
        .await;
    wait_for(
        &browser,
        "French",
        "return document.documentElement.lang === 'fr'",
        10,
    )
    .await;
    browser.click(".control-replay").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let record = log(&browser).await;
    assert_eq!(
        record.iter().rev().find(|e| e["event"] == "start").unwrap()["lang"],
        "fr"
    );
    browser
        .eval("const s = document.querySelector('.language select'); s.value = 'ar'; s.dispatchEvent(new Event('change', {bubbles: true}));")
        .await;
    wait_for(
        &browser,
        "Arabic",
        "return document.documentElement.lang === 'ar'",
        10,
    )
    .await;
    browser.click(".control-replay").await;
    wait_for(
        &browser,
        "the kind note",
        "return document.querySelectorAll('.note').length === 1",
        5,
    )
    .await;
    let count = log(&browser).await.len();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(
        said(&log(&browser).await[count..]).is_empty(),
        "nothing said in Arabic"
    );
    let before = browser
        .eval("return +document.querySelector('.scrubber').value")
        .await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let after = browser
        .eval("return +document.querySelector('.scrubber').value")
        .await;
    assert!(
        after.as_f64() > before.as_f64(),
        "the step plays on silently"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn without_speech_the_guide_says_so_once_and_plays_silently() {
    let browser = Browser::start().await;
    browser
        .before_start("Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });")
        .await;
    browser.resize(390, 844).await;
    browser.open("#/step/heart").await;
    browser.click(".read-aloud").await;
    wait_for(
        &browser,
        "the kind note",
        "return document.querySelectorAll('.note').length === 1",
        5,
    )
    .await;
    let note = browser.text(".note p").await;
    assert!(note.contains("cannot read the words aloud"), "{note}");
    browser.screenshot("voice-none-390x844").await;
    // The step plays to its end as it would without the voice.
    wait_for(
        &browser,
        "the step's end",
        "return document.querySelector('.scrubber').value === '1000'",
        12,
    )
    .await;
    browser.click(".note-close").await;
    browser.click(".control-next").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.note').length")
            .await,
        0,
        "said once"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}
