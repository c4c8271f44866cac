//! The first step's words, written into the built page's loading screen, so a patient can
//! start reading while the WebAssembly arrives (on a slow phone network that is about a second
//! and a half). English and the most common setup, as the app itself opens; `index.html`'s
//! one-line script takes the words away when the link names another step, setup or language.
//! The words come from the same Fluent file and message ids as the app's panel.

use heartpath::i18n::{step_text, step_title, t_for, t_with, Arg};
use heartpath::model::journey::Journey;
use heartpath::model::setup::Setup;

/// Where in `index.html` the words go: inside this element (quoted or, after trunk's
/// minifier, not).
const PLACE: [&str; 2] = ["id=\"boot-step\"", "id=boot-step"];

/// `html` with the first step's count, title, what the procedure is called and its words
/// inside the `boot-step` element. Fails if the page has no such empty element.
pub fn fill(html: &str) -> Result<String, String> {
    let at = PLACE
        .iter()
        .find_map(|place| html.find(place))
        .ok_or("index.html has no element with id boot-step for the first step's words")?;
    let open_end = at
        + html[at..]
            .find('>')
            .ok_or("boot-step's tag is not closed")?
        + 1;
    if !html[open_end..].starts_with("</") {
        return Err("boot-step is not empty in index.html".to_string());
    }
    let mut out = String::with_capacity(html.len() + 1024);
    out.push_str(&html[..open_end]);
    out.push_str(&words(Setup::default()));
    out.push_str(&html[open_end..]);
    Ok(out)
}

/// The first step of `setup`'s journey as the panel shows it, as HTML.
fn words(setup: Setup) -> String {
    let journey = Journey::new(setup);
    let steps = journey.steps();
    let first = steps[0];
    let count = t_with(
        "control-step-of",
        &[
            ("number", Arg::Number(1)),
            ("total", Arg::Number(steps.len() as i64)),
        ],
    );
    format!(
        "<p class=\"boot-step-count\">{}</p><h1 class=\"boot-step-title\">{}</h1><p class=\"boot-step-about\">{}</p><p class=\"boot-step-text\">{}</p>",
        escape(&count),
        escape(&step_title(first, setup)),
        escape(&t_for("procedure-name", setup)),
        escape(&step_text(first, setup)),
    )
}

/// Text made safe to stand between HTML tags.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_steps_words_go_inside_the_empty_element_as_built() {
        for page in [
            "<div class=\"boot\"><div id=\"boot-step\" class=\"boot-step\"></div><p>x</p></div>",
            "<div class=boot><div class=boot-step id=boot-step></div><p>x</p></div>",
        ] {
            let filled = fill(page).unwrap();
            assert!(
                filled.contains("<p class=\"boot-step-count\">Step 1 of 9</p>"),
                "{filled}"
            );
            assert!(
                filled.contains("<h1 class=\"boot-step-title\">Your heart and its arteries</h1>"),
                "{filled}"
            );
            assert!(filled.contains("coronary arteries"), "{filled}");
            assert!(filled.ends_with("</div><p>x</p></div>"), "{filled}");
        }
    }

    #[test]
    fn a_page_without_the_place_or_with_words_already_is_refused() {
        assert!(fill("<div class=boot></div>").is_err());
        assert!(fill("<div id=boot-step>old</div>").is_err());
    }

    #[test]
    fn text_cannot_become_markup() {
        assert_eq!(escape("a < b & c > d"), "a &lt; b &amp; c &gt; d");
    }
}
