//! A small reader and formatter for the Fluent the language files use: messages whose text
//! may hold `{ $variable }` and `{ $variable -> [key] … *[default] … }` (nested too), with
//! comments, blank lines and multiline text. It stands in for fluent-bundle and fluent-syntax
//! in the app, which were about a sixth of the WebAssembly, and gives exactly their text: a
//! host test (`i18n::tests::ftl_formats_every_message_as_fluent_bundle_does`) formats every
//! message of every language, for every setup, with both and compares.
//!
//! The text layout follows fluent-syntax 0.12 line for line (indentation, blank lines, what
//! ends a pattern), and what cannot be read is skipped as Fluent skips junk: up to the next
//! line that starts an entry. Fluent the files do not use (terms, message references,
//! functions, attributes) is not read: an entry that uses it is skipped, so its message shows
//! as missing (the host test fails before a file like that could ship).

use intl_pluralrules::{operands::PluralOperands, PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// A value for a `$variable`.
pub enum Value<'a> {
    /// Whole numbers only: the app counts, never measures, in words.
    Number(i64),
    Text(&'a str),
}

enum Element {
    Text(String),
    Variable(String),
    Literal(String),
    /// A number literal, as written.
    Number(String),
    /// The selector, then `(key, pattern)` for each variant, and which one is the default.
    Select(Box<Element>, Vec<(String, Vec<Element>)>, usize),
}

/// The messages of one Fluent file, in one language.
pub struct Messages {
    lang: LanguageIdentifier,
    /// Each id with its value (`None`: a message with only attributes).
    messages: Vec<(String, Option<Vec<Element>>)>,
}

impl Messages {
    /// Reads `text`; an entry that cannot be read is skipped, the rest kept. A repeated id keeps
    /// its first message.
    pub fn new(lang: LanguageIdentifier, text: &str) -> Messages {
        let mut parser = Parser {
            s: text.as_bytes(),
            text,
            at: 0,
        };
        let mut messages: Vec<(String, Option<Vec<Element>>)> = Vec::new();
        parser.skip_blank_block();
        while parser.at < parser.s.len() {
            let start = parser.at;
            let read = match parser.peek() {
                Some(b'#') => {
                    // A comment: its line.
                    while parser.peek().is_some_and(|b| b != b'\n') {
                        parser.at += 1;
                    }
                    parser.skip_eol();
                    true
                }
                Some(b'-') => parser.term(),
                _ => match parser.message() {
                    Some((id, pattern)) => {
                        if !messages.iter().any(|(known, _)| *known == id) {
                            messages.push((id, pattern));
                        }
                        true
                    }
                    None => false,
                },
            };
            if !read {
                // Junk: on to the next line that starts an entry.
                parser.at = parser.at.max(start + 1);
                parser.skip_to_next_entry();
            }
            parser.skip_blank_block();
        }
        Messages { lang, messages }
    }

    pub fn has(&self, id: &str) -> bool {
        self.messages.iter().any(|(known, _)| known == id)
    }

    fn pattern(&self, id: &str) -> Option<&[Element]> {
        let (_, pattern) = self.messages.iter().find(|(known, _)| known == id)?;
        pattern.as_deref()
    }

    /// The message `id` with `args` filled in (a repeated name counts as its last value), or
    /// `None` if there is no such message or it has no value.
    pub fn format(&self, id: &str, args: &[(&str, Value)]) -> Option<String> {
        let mut out = String::new();
        self.write(self.pattern(id)?, args, &mut out);
        Some(out)
    }

    fn write(&self, pattern: &[Element], args: &[(&str, Value)], out: &mut String) {
        for element in pattern {
            match element {
                Element::Text(text) | Element::Literal(text) => out.push_str(text),
                Element::Number(text) => out.push_str(&number_text(text)),
                Element::Variable(name) => match args.iter().rev().find(|(n, _)| n == name) {
                    Some((_, Value::Text(text))) => out.push_str(text),
                    Some((_, Value::Number(n))) => out.push_str(&n.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Select(selector, variants, default) => {
                    let chosen = variants
                        .iter()
                        .position(|(key, _)| self.matches(key, selector, args))
                        .unwrap_or(*default);
                    self.write(&variants[chosen].1, args, out);
                }
            }
        }
    }

    /// Whether variant `key` is the one for `selector`, as fluent-bundle decides: the same
    /// words; the same number (a key written without a point); or a plural category ("one",
    /// "few" …) that the number falls in, in this language.
    fn matches(&self, key: &str, selector: &Element, args: &[(&str, Value)]) -> bool {
        let number_key = key.starts_with(|c: char| c == '-' || c.is_ascii_digit());
        let value = match selector {
            Element::Variable(name) => match args.iter().rev().find(|(n, _)| n == name) {
                Some((_, value)) => value,
                None => return false,
            },
            Element::Literal(text) => return !number_key && key == text,
            Element::Number(text) => return number_key && number_text(key) == number_text(text),
            _ => return false,
        };
        match value {
            Value::Text(text) => !number_key && key == *text,
            Value::Number(n) if number_key => {
                !key.contains('.') && key.parse::<i64>().is_ok_and(|k| k == *n)
            }
            Value::Number(n) => {
                let category = match key {
                    "zero" => PluralCategory::ZERO,
                    "one" => PluralCategory::ONE,
                    "two" => PluralCategory::TWO,
                    "few" => PluralCategory::FEW,
                    "many" => PluralCategory::MANY,
                    "other" => PluralCategory::OTHER,
                    _ => return false,
                };
                let lang = LanguageIdentifier::from_parts(self.lang.language, None, None, &[]);
                let rules = PluralRules::create(lang, PluralRuleType::CARDINAL)
                    .or_else(|_| PluralRules::create(english(), PluralRuleType::CARDINAL));
                let operands = PluralOperands::try_from(*n);
                match (rules, operands) {
                    (Ok(rules), Ok(operands)) => rules.select(operands) == Ok(category),
                    _ => false,
                }
            }
        }
    }
}

/// How fluent-bundle shows a number literal: its value, with as many decimals as written
/// ("007" is "7", "0.50" stays "0.50").
fn number_text(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, decimals) = digits.split_at(digits.find('.').unwrap_or(digits.len()));
    let whole = whole.trim_start_matches('0');
    format!(
        "{sign}{}{decimals}",
        if whole.is_empty() { "0" } else { whole }
    )
}

fn english() -> LanguageIdentifier {
    unic_langid::langid!("en")
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    at: usize,
}

/// Where a run of text sits, for the indentation rules (as in fluent-syntax).
#[derive(Clone, Copy, PartialEq)]
enum Role {
    InitialLineStart,
    LineStart,
    Continuation,
}

enum Piece {
    Placeable(Element),
    /// (start, end, indent, role)
    Text(usize, usize, usize, Role),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    fn skip_to_next_entry(&mut self) {
        while let Some(b) = self.peek() {
            let line_start = self.at == 0 || self.s[self.at - 1] == b'\n';
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.at += 1;
        }
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.at;
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
        self.at - start
    }

    fn skip_eol(&mut self) -> bool {
        if self.eat(b'\n') {
            return true;
        }
        if self.s[self.at..].starts_with(b"\r\n") {
            self.at += 2;
            return true;
        }
        false
    }

    /// Blank lines: spaces then a line end, as many as there are.
    fn skip_blank_block(&mut self) {
        loop {
            let start = self.at;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.at = start;
                return;
            }
        }
    }

    /// Spaces and line ends.
    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn identifier(&mut self) -> Option<String> {
        let start = self.at;
        if !self.peek()?.is_ascii_alphabetic() {
            return None;
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.at += 1;
        }
        Some(self.text[start..self.at].to_string())
    }

    /// `id = pattern` and any attributes (read, not kept).
    fn message(&mut self) -> Option<(String, Option<Vec<Element>>)> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        if !self.eat(b'=') {
            return None;
        }
        let pattern = self.pattern()?;
        let attributes = self.attributes();
        // A message needs a value (one with only attributes is never shown here).
        if pattern.is_none() && !attributes {
            return None;
        }
        Some((id, pattern))
    }

    /// `-id = pattern` and attributes: read, so the file reads on, but not kept.
    fn term(&mut self) -> bool {
        self.at += 1;
        if self.identifier().is_none() {
            return false;
        }
        self.skip_blank_inline();
        if !self.eat(b'=') || !matches!(self.pattern(), Some(Some(_))) {
            return false;
        }
        self.attributes();
        true
    }

    /// Lines `.name = pattern` after an entry's value; whether there were any.
    fn attributes(&mut self) -> bool {
        self.skip_blank_block();
        let mut any = false;
        loop {
            let line_start = self.at;
            self.skip_blank_inline();
            let read = self.eat(b'.')
                && self.identifier().is_some()
                && {
                    self.skip_blank_inline();
                    self.eat(b'=')
                }
                && matches!(self.pattern(), Some(Some(_)));
            if !read {
                self.at = line_start;
                return any;
            }
            any = true;
        }
    }

    /// A pattern, as fluent-syntax's `get_pattern` reads it. `None` inside: no pattern (an
    /// empty value); `None` outside: unreadable.
    #[allow(clippy::option_option)]
    fn pattern(&mut self) -> Option<Option<Vec<Element>>> {
        let mut pieces = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;
        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };
        while self.at < self.s.len() {
            if self.eat(b'{') {
                if role == Role::LineStart {
                    common_indent = Some(0);
                }
                let expression = self.placeable()?;
                last_non_blank = Some(pieces.len());
                pieces.push(Piece::Placeable(expression));
                role = Role::Continuation;
                continue;
            }
            let slice_start = self.at;
            let mut indent = 0;
            if role == Role::LineStart {
                indent = self.skip_blank_inline();
                match self.peek() {
                    Some(b) if indent == 0 => {
                        if b != b'\r' && b != b'\n' {
                            break;
                        }
                    }
                    Some(b'.' | b'}' | b'[' | b'*') => {
                        self.at = slice_start;
                        break;
                    }
                    Some(_) => {}
                    None => break,
                }
            }
            // A run of text: up to a line end, a placeable, or the end.
            let start = self.at;
            let rest = &self.s[start..];
            let stop = rest.iter().position(|&b| matches!(b, b'\n' | b'{' | b'}'));
            let (end, text_len, line_feed) = match stop.map(|p| (p, rest[p])) {
                Some((_, b'}')) => return None,
                Some((p, b'\n')) => {
                    self.at = start + p + 1;
                    (self.at, p, true)
                }
                Some((p, _)) => {
                    self.at = start + p;
                    (self.at, p, false)
                }
                None => {
                    self.at = self.s.len();
                    (self.at, rest.len(), false)
                }
            };
            let non_blank = rest[..text_len].iter().any(|&c| c != b' ');
            if start != end {
                if role == Role::LineStart && non_blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if role != Role::LineStart || non_blank || line_feed {
                    if non_blank {
                        last_non_blank = Some(pieces.len());
                    }
                    pieces.push(Piece::Text(slice_start, end, indent, role));
                }
            }
            role = if line_feed {
                Role::LineStart
            } else {
                Role::Continuation
            };
        }
        let Some(last_non_blank) = last_non_blank else {
            return Some(None);
        };
        let elements = pieces
            .into_iter()
            .take(last_non_blank + 1)
            .enumerate()
            .map(|(i, piece)| match piece {
                Piece::Placeable(element) => element,
                Piece::Text(start, end, indent, role) => {
                    let start = if role == Role::LineStart {
                        start + common_indent.map_or(indent, |c| c.min(indent))
                    } else {
                        start
                    };
                    let mut value = &self.text[start..end];
                    if i == last_non_blank {
                        value = value.trim_end();
                    }
                    Element::Text(value.to_string())
                }
            })
            .collect();
        Some(Some(elements))
    }

    /// After `{`: an expression, then `}`.
    fn placeable(&mut self) -> Option<Element> {
        self.skip_blank();
        let expression = self.expression()?;
        self.skip_blank_inline();
        self.eat(b'}').then_some(expression)
    }

    fn expression(&mut self) -> Option<Element> {
        let selector = self.inline_expression()?;
        self.skip_blank();
        if !self.s[self.at..].starts_with(b"->") {
            return Some(selector);
        }
        self.at += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return None;
        }
        self.skip_blank();
        let mut variants = Vec::new();
        let mut default = None;
        while matches!(self.peek(), Some(b'*' | b'[')) {
            if self.eat(b'*') {
                if default.is_some() {
                    return None;
                }
                default = Some(variants.len());
            }
            if !self.eat(b'[') {
                return None;
            }
            self.skip_blank();
            let key = if self.peek().is_some_and(|b| b == b'-' || b.is_ascii_digit()) {
                self.number()?
            } else {
                self.identifier()?
            };
            self.skip_blank();
            if !self.eat(b']') {
                return None;
            }
            variants.push((key, self.pattern()??));
            self.skip_blank();
        }
        Some(Element::Select(Box::new(selector), variants, default?))
    }

    fn inline_expression(&mut self) -> Option<Element> {
        match self.peek()? {
            b'$' => {
                self.at += 1;
                self.identifier().map(Element::Variable)
            }
            b'"' => {
                self.at += 1;
                let mut out = String::new();
                loop {
                    let start = self.at;
                    while self
                        .peek()
                        .is_some_and(|b| !matches!(b, b'"' | b'\\' | b'\n'))
                    {
                        self.at += 1;
                    }
                    out.push_str(&self.text[start..self.at]);
                    match self.peek()? {
                        b'"' => {
                            self.at += 1;
                            return Some(Element::Literal(out));
                        }
                        b'\\' => {
                            self.at += 1;
                            match self.peek()? {
                                b @ (b'\\' | b'"') => {
                                    self.at += 1;
                                    out.push(b as char);
                                }
                                b @ (b'u' | b'U') => {
                                    self.at += 1;
                                    let len = if b == b'u' { 4 } else { 6 };
                                    let hex = self.text.get(self.at..self.at + len)?;
                                    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                                        return None;
                                    }
                                    self.at += len;
                                    let code = u32::from_str_radix(hex, 16).ok()?;
                                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                                }
                                _ => return None,
                            }
                        }
                        _ => return None,
                    }
                }
            }
            b'{' => {
                self.at += 1;
                self.placeable()
            }
            b'-' | b'0'..=b'9' => {
                // Terms (`-name`) are not read.
                let number = self.number()?;
                Some(Element::Number(number))
            }
            _ => None,
        }
    }

    /// `-?[0-9]+(.[0-9]+)?`, as written.
    fn number(&mut self) -> Option<String> {
        let start = self.at;
        self.eat(b'-');
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.at += 1;
            }
            p.at > from
        };
        if !digits(self) {
            return None;
        }
        if self.eat(b'.') && !digits(self) {
            return None;
        }
        Some(self.text[start..self.at].to_string())
    }
}
