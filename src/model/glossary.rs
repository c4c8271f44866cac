//! The medical words a person can tap for a one-line plain meaning. Which words they are is
//! listed here; how each is written in the text, and what it means, is in the Fluent file
//! (`term-<id>` lists the forms, comma-separated; `term-<id>-means` the meaning), so each
//! language marks its own words.

/// The glossary's words, by id.
pub const TERMS: [&str; 13] = [
    "cath-lab",
    "coronary-arteries",
    "artery",
    "plaque",
    "angina",
    "catheter",
    "sheath",
    "local-anaesthetic",
    "angiogram",
    "guidewire",
    "balloon",
    "stent",
    "antiplatelet",
];

/// A run of text: plain words, or a glossary word to mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    Term { id: &'static str, text: String },
}

/// Splits `text` so the first use of each glossary word is marked. `forms` gives, for each
/// term id, the ways it is written (longest match wins where forms overlap: "coronary
/// arteries" before "arteries"). Matching ignores case and respects word edges.
pub fn mark_terms(text: &str, forms: &[(&'static str, Vec<String>)]) -> Vec<Segment> {
    mark_terms_by(text, forms, str::to_lowercase)
}

/// [`mark_terms`], lowercasing with `lower`: the browser passes its own (JavaScript's
/// `toLowerCase`, the same Unicode mapping), which spares the WebAssembly Rust's case tables.
pub fn mark_terms_by(
    text: &str,
    forms: &[(&'static str, Vec<String>)],
    lower: impl Fn(&str) -> String,
) -> Vec<Segment> {
    let lowercase = &lower;
    let lower = lowercase(text);
    // Lowercasing keeps byte offsets only for text whose case changes keep their length; fall
    // back to no marks otherwise rather than cut a character in two.
    if lower.len() != text.len() {
        return vec![Segment::Plain(text.to_string())];
    }
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    for (id, ways) in forms {
        let first = ways
            .iter()
            .filter(|w| !w.is_empty())
            .filter_map(|w| find_word(&lower, &lowercase(w)).map(|at| (at, at + w.len())))
            .min_by_key(|(start, end)| (*start, usize::MAX - end));
        if let Some((start, end)) = first {
            found.push((start, end, id));
        }
    }
    // Earliest first, the longer of two that start together first; a plain insertion sort,
    // stable like `sort_by_key` (a paragraph names a few terms), and far less WebAssembly.
    let key = |(start, end, _): &(usize, usize, &str)| (*start, usize::MAX - end);
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && key(&found[j - 1]) > key(&found[j]) {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, id) in found {
        if start < at {
            continue; // inside a longer word already marked
        }
        if start > at {
            segments.push(Segment::Plain(text[at..start].to_string()));
        }
        segments.push(Segment::Term {
            id,
            text: text[start..end].to_string(),
        });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment::Plain(text[at..].to_string()));
    }
    segments
}

/// The first place `word` stands as a whole word in `text`. Chinese is written without spaces,
/// so a Chinese character beside a word does not join it.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let cjk = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !cjk(c));
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        !is_letter(text[..i].chars().next_back())
            && !is_letter(text[i + word.len()..].chars().next())
    })
}

/// Splits off the punctuation that starts `text` (up to the first letter, digit or space), so a
/// view can keep it on the same line as the glossary word before it: "cath lab" then "." must
/// not wrap between the two.
pub fn leading_punctuation(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric() || c.is_whitespace())
        .map_or(text.len(), |(i, _)| i);
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms() -> Vec<(&'static str, Vec<String>)> {
        vec![
            ("artery", vec!["artery".into(), "arteries".into()]),
            ("coronary-arteries", vec!["coronary arteries".into()]),
            ("stent", vec!["stent".into()]),
        ]
    }

    #[test]
    fn the_first_use_of_each_word_is_marked_and_the_text_is_kept_whole() {
        let text = "A stent holds the artery open. The stent stays; stents last.";
        let segments = mark_terms(text, &forms());
        let marked: Vec<_> = segments
            .iter()
            .filter_map(|s| match s {
                Segment::Term { id, text } => Some((*id, text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(marked, [("stent", "stent"), ("artery", "artery")]);
        let whole: String = segments
            .iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Term { text: t, .. } => t.as_str(),
            })
            .collect();
        assert_eq!(whole, text);
    }

    #[test]
    fn words_are_found_in_text_written_without_spaces() {
        let forms = vec![("catheter", vec!["导管".to_string()])];
        let segments = mark_terms("一根细导管进入动脉。", &forms);
        assert_eq!(
            segments[1],
            Segment::Term {
                id: "catheter",
                text: "导管".into()
            }
        );
    }

    #[test]
    fn the_longest_form_wins_and_word_edges_count() {
        let segments = mark_terms(
            "Your Coronary arteries feed it; bestent is no word.",
            &forms(),
        );
        assert_eq!(
            segments[1],
            Segment::Term {
                id: "coronary-arteries",
                text: "Coronary arteries".into()
            }
        );
        assert!(!segments
            .iter()
            .any(|s| matches!(s, Segment::Term { id: "stent", .. })));
    }

    #[test]
    fn punctuation_after_a_word_is_split_off() {
        assert_eq!(leading_punctuation(". You stay"), (".", " You stay"));
        assert_eq!(leading_punctuation("), then"), ("),", " then"));
        assert_eq!(leading_punctuation("، ثم"), ("،", " ثم"));
        assert_eq!(leading_punctuation(" and"), ("", " and"));
        assert_eq!(leading_punctuation("."), (".", ""));
    }
}
