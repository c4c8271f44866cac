//! Reading grade of patient text (Flesch–Kincaid), so plain language is measured, not hoped for.

/// Flesch–Kincaid grade level of `text`.
pub fn grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len().max(1) as f64;
    0.39 * (n / sentences as f64) + 11.8 * (syllables as f64 / n) - 15.59
}

/// Syllables in one English word, by vowel groups (a standard estimate).
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if chars.is_empty() {
        return if word.chars().any(|c| c.is_ascii_digit()) {
            1
        } else {
            0
        };
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for (i, &c) in chars.iter().enumerate() {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        // Two sounded vowels side by side ("an-gi-o-gram", "ra-di-al"), but not "-ion".
        if v && previous
            && matches!((chars[i - 1], c), ('i', 'a' | 'o' | 'u') | ('e', 'o'))
            && chars.get(i + 1) != Some(&'n')
        {
            count += 1;
        }
        previous = v;
    }
    // A silent final "e" (but not "-le", as in "table").
    let n = chars.len();
    let le_ending = n > 2 && chars[n - 2] == 'l' && !vowel(chars[n - 3]);
    if n > 2 && chars[n - 1] == 'e' && !vowel(chars[n - 2]) && !le_ending {
        count -= 1;
    }
    // "-ed" after a consonant other than t/d is usually silent ("pressed", "called").
    if n > 3 && word.ends_with("ed") && !matches!(chars[n - 3], 't' | 'd') && !vowel(chars[n - 3]) {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_like_a_person() {
        for (word, n) in [
            ("heart", 1),
            ("artery", 3),
            ("catheter", 3),
            ("table", 2),
            ("the", 1),
            ("pressed", 1),
            ("called", 1),
            ("narrow", 2),
            ("balloon", 2),
            ("stent", 1),
            ("angiogram", 4),
            ("radial", 3),
            ("million", 2),
            ("medicine", 3),
            ("guided", 2),
            ("X-ray", 1),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn grades_easy_and_hard_text_apart() {
        assert!(grade("The cat sat on the mat. It was warm.") < 2.0);
        assert!(grade("Percutaneous coronary intervention necessitates comprehensive periprocedural anticoagulation management.") > 16.0);
    }
}
