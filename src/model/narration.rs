//! Reading a step aloud: its words cut into sentences (the unit the voice speaks and the page
//! highlights), and which sentence belongs to a moment of the step, so scrubbing restarts the
//! voice where the picture is.

use super::glossary::Segment;
use crate::model::Within;
use std::ops::Range;

/// Marks that end a sentence, in every language Heartpath speaks (Latin, Arabic, Chinese).
const ENDS: [char; 7] = ['.', '!', '?', '؟', '。', '！', '？'];

/// The byte ranges of `text`'s sentences, each with its closing mark, without the spaces
/// between them. A Latin or Arabic mark ends a sentence only before a space or the end (so
/// "1.5" stays whole); a Chinese one ends it at once.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    // The mark just read, if the sentence may end here (closing quotes and brackets after it
    // still belong to the sentence they close).
    let mut ended: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        if ENDS.contains(&c) {
            ended = Some(c);
        } else if !matches!(c, '"' | '”' | '»' | ')' | '）' | '」') {
            ended = None;
        }
        let next = chars.peek().map(|(_, n)| *n);
        let closing = matches!(next, Some('"' | '”' | '»' | ')' | '）' | '」'));
        if let Some(mark) = ended.filter(|_| !closing) {
            let wide = matches!(mark, '。' | '！' | '？');
            if let Some(s) = start.filter(|_| wide || next.is_none_or(char::is_whitespace)) {
                out.push(s..i + c.len_utf8());
                start = None;
                ended = None;
            }
        }
    }
    if let Some(s) = start {
        out.push(s..text.trim_end().len());
    }
    out
}

/// The sentence a voice should start from, `fraction` (0–1) of the way through a step whose
/// words are `lengths` long (in characters, one per sentence): each sentence gets a share of
/// the step as long as its words.
pub fn sentence_at(lengths: &[usize], fraction: f64) -> usize {
    let total: usize = lengths.iter().sum();
    let mut reached = fraction.within(0.0, 1.0) * total as f64;
    for (i, len) in lengths.iter().enumerate() {
        if reached < *len as f64 {
            return i;
        }
        reached -= *len as f64;
    }
    lengths.len().saturating_sub(1)
}

/// A paragraph's glossary segments grouped by the sentence they fall in (`bounds` from
/// `sentences` over the same text), so each sentence can be highlighted as it is read. A
/// marked word belongs to the sentence it starts in; text between sentences joins the next.
pub fn by_sentence(segments: &[Segment], bounds: &[Range<usize>]) -> Vec<Vec<Segment>> {
    let mut groups: Vec<Vec<Segment>> = vec![Vec::new(); bounds.len().max(1)];
    let which = |at: usize| {
        bounds
            .iter()
            .position(|b| at < b.end)
            .unwrap_or(bounds.len().saturating_sub(1))
    };
    let mut at = 0;
    for segment in segments {
        match segment {
            Segment::Term { text, .. } => {
                groups[which(at)].push(segment.clone());
                at += text.len();
            }
            Segment::Plain(text) => {
                let mut rest = text.as_str();
                while !rest.is_empty() {
                    let group = which(at);
                    let end = bounds.get(group).map_or(usize::MAX, |b| b.end);
                    let take = (end.saturating_sub(at)).clamp(1, rest.len());
                    let take = (take..=rest.len())
                        .find(|n| rest.is_char_boundary(*n))
                        .unwrap_or(rest.len());
                    groups[group].push(Segment::Plain(rest[..take].to_string()));
                    rest = &rest[take..];
                    at += take;
                }
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_their_marks_in_every_script() {
        assert_eq!(
            cut("A thin tube goes in. It is 1.5 mm wide! Does it hurt? No."),
            [
                "A thin tube goes in.",
                "It is 1.5 mm wide!",
                "Does it hurt?",
                "No."
            ]
        );
        assert_eq!(cut("医生会看。你会醒着！"), ["医生会看。", "你会醒着！"]);
        assert_eq!(cut("هل يؤلم؟ لا."), ["هل يؤلم؟", "لا."]);
        assert_eq!(cut("No mark at the end  "), ["No mark at the end"]);
        assert_eq!(cut("He said \"stop.\" Then"), ["He said \"stop.\"", "Then"]);
        assert!(cut("").is_empty());
    }

    #[test]
    fn a_moment_maps_to_the_sentence_read_then() {
        let lengths = [10, 30, 10];
        assert_eq!(sentence_at(&lengths, 0.0), 0);
        assert_eq!(sentence_at(&lengths, 0.25), 1);
        assert_eq!(sentence_at(&lengths, 0.79), 1);
        assert_eq!(sentence_at(&lengths, 0.81), 2);
        assert_eq!(sentence_at(&lengths, 1.0), 2);
        assert_eq!(sentence_at(&[], 0.5), 0);
    }

    #[test]
    fn marked_words_stay_in_their_sentence() {
        let text = "The stent stays. Your artery heals around it.";
        let bounds = sentences(text);
        let segments = vec![
            Segment::Plain("The ".into()),
            Segment::Term {
                id: "stent",
                text: "stent".into(),
            },
            Segment::Plain(" stays. Your ".into()),
            Segment::Term {
                id: "artery",
                text: "artery".into(),
            },
            Segment::Plain(" heals around it.".into()),
        ];
        let groups = by_sentence(&segments, &bounds);
        let joined: Vec<String> = groups
            .iter()
            .map(|g| {
                g.iter()
                    .map(|s| match s {
                        Segment::Plain(t) | Segment::Term { text: t, .. } => t.as_str(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            joined,
            ["The stent stays.", " Your artery heals around it."]
        );
        assert!(matches!(groups[1][1], Segment::Term { id: "artery", .. }));
    }
}
