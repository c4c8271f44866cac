//! Just enough JSON for the app's two small files (`clinic.json` and the stored settings): a
//! strict reader that keeps an object's text fields and only notes what kind any other value
//! is. Much smaller in the WebAssembly than a general JSON library, and as strict as one:
//! anything that is not well-formed JSON (bad escapes, control characters in text, trailing
//! words, nesting deeper than serde_json allows) is refused.

/// A JSON value, with only the detail the app reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Text(String),
    /// `(key, value)` in file order; a repeated key counts as its last value (see [`Value::get`]).
    Object(Vec<(String, Value)>),
    /// A number or an array: well-formed, but never read.
    Other,
}

impl Value {
    /// The value of `key` in an object (the last, if the key is repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Reads `text` as one JSON value (with whitespace around it), or `None` if it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some(value)
}

/// Deeper nesting than this is refused (serde_json's limit), so a hostile file cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 127;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &[u8]) -> Option<()> {
        let found = self.bytes[self.at..].starts_with(word);
        found.then(|| self.at += word.len())
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'n' => self.word(b"null").map(|_| Value::Null),
            b't' => self.word(b"true").map(|_| Value::Bool(true)),
            b'f' => self.word(b"false").map(|_| Value::Bool(false)),
            b'"' => self.text().map(Value::Text),
            b'[' | b'{' if depth >= MAX_DEPTH => None,
            b'[' => {
                self.at += 1;
                if !self.eat(b']') {
                    loop {
                        self.value(depth + 1)?;
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Value::Other)
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.text()?;
                        self.eat(b':').then_some(())?;
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Value::Object(fields))
            }
            _ => self.number().map(|_| Value::Other),
        }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digit()?;
        }
        Some(())
    }

    /// One digit or more.
    fn digit(&mut self) -> Option<()> {
        self.next().filter(u8::is_ascii_digit)?;
        self.digits();
        Some(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// A string, its opening quote next.
    fn text(&mut self) -> Option<String> {
        (self.next()? == b'"').then_some(())?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The input is a &str and we stop only at ASCII bytes, so this slice is whole text.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = match high {
                                0xD800..=0xDBFF => {
                                    self.word(b"\\u")?;
                                    let low = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&low) {
                                        return None;
                                    }
                                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                                }
                                _ => high,
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    out.push(c);
                }
                // A control character must be escaped.
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        digits
            .iter()
            .try_fold(0, |n, &b| Some(n * 16 + (b as char).to_digit(16)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    #[test]
    fn reads_objects_and_the_kinds_of_their_values() {
        let value = parse(
            r#" { "a": "x", "b": null, "c": 1.5e-3, "d": [true, false, {"e": []}], "f": {},
                 "a": "y\n\"\u00e9\ud83d\ude00\/" } "#,
        )
        .unwrap();
        assert_eq!(value.get("a"), Some(&text("y\n\"é😀/")));
        assert_eq!(value.get("b"), Some(&Value::Null));
        assert_eq!(value.get("c"), Some(&Value::Other));
        assert_eq!(value.get("d"), Some(&Value::Other));
        assert_eq!(value.get("f"), Some(&Value::Object(vec![])));
        assert_eq!(value.get("g"), None);
        assert_eq!(parse("\"é\""), Some(text("é")));
        for number in ["0", "-0", "12", "-3.25", "1E5", "2e+3", "4.0e-2"] {
            assert_eq!(parse(number), Some(Value::Other), "{number}");
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            " ",
            "{",
            "}",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "[1,]",
            "[1 2]",
            "{a:1}",
            "'a'",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "NaN",
            "\"a",
            "\"\t\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "{} {}",
            "[] x",
            "{\"a\":1}}",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(parse(&"[".repeat(200)), None);
        let deep = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert_eq!(parse(&deep), Some(Value::Other));
        let too_deep = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert_eq!(parse(&too_deep), None);
    }
}
