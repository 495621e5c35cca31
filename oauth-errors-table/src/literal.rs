//! Decoding a string literal's source text, keeping track of where each byte of its value came
//! from, so that a diagnostic about a cell can name the cell's line and column in the source file.
//!
//! Stable Rust cannot point a span inside a literal, but it does give the literal's own start
//! (`Span::line`, `Span::column`); this module maps an offset in the literal's *value* back to an
//! offset in its *source text* (escapes like `\n` or `\u{4e2d}` and `\`-newline continuations
//! make the two differ), from which [`SourceText::position`] counts lines and columns.

use crate::lines;

/// A string literal's value, with the map back to its source text.
#[derive(Debug)]
pub struct SourceText {
    value: String,
    source: String,
    /// `(value offset, source offset)` pairs in increasing order: from each pair to the next,
    /// value bytes and source bytes correspond one to one.
    anchors: Vec<(usize, usize)>,
    /// The offset of the last byte of every line break in the source, in increasing order.
    newlines: Vec<usize>,
}

impl SourceText {
    /// Decodes the source text of a string literal token (`"…"`, `r"…"` or `r#"…"#`, with an
    /// optional suffix). `None` when the text is not a well-formed string literal.
    #[must_use]
    pub fn decode(token: &str) -> Option<SourceText> {
        let (value, anchors) = if let Some(raw) = token.strip_prefix('r') {
            let hashes = raw.bytes().take_while(|&b| b == b'#').count();
            let open = 1 + hashes + 1;
            let rest = raw[hashes..].strip_prefix('"')?;
            let closing = format!("\"{}", "#".repeat(hashes));
            let end = rest.find(&closing)?;
            (rest[..end].to_owned(), vec![(0, open)])
        } else {
            decode_escaped(token.strip_prefix('"')?)?
        };
        Some(SourceText::new(value, token.to_owned(), anchors))
    }

    /// Text whose value is its own source, starting at the literal's first column: the fallback
    /// when a token cannot be decoded here (positions are then counted in the value).
    #[must_use]
    pub fn verbatim(text: &str) -> SourceText {
        SourceText::new(text.to_owned(), text.to_owned(), vec![(0, 0)])
    }

    fn new(value: String, source: String, anchors: Vec<(usize, usize)>) -> SourceText {
        let newlines = lines::break_ends(&source).collect();
        SourceText {
            value,
            source,
            anchors,
            newlines,
        }
    }

    /// The decoded value.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The bytes of the source text that hold the bytes `range` of the value.
    #[must_use]
    pub fn source_range(&self, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.source_offset(range.start)..self.source_offset(range.end)
    }

    /// The offset in the source text of the byte at `offset` in the value.
    fn source_offset(&self, offset: usize) -> usize {
        let index = self.anchors.partition_point(|&(value, _)| value <= offset);
        let (value, source) = self.anchors[index.saturating_sub(1)];
        (source + (offset - value)).min(self.source.len())
    }

    /// The position of the value byte at `offset`, relative to the literal's start: the number of
    /// line breaks before it in the source, and its column (in characters, from 0) within its
    /// source line, or within the literal's first line when no line break precedes it.
    #[must_use]
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut source = self.source_offset(offset);
        while !self.source.is_char_boundary(source) {
            source -= 1;
        }
        let lines = self.newlines.partition_point(|&newline| newline < source);
        let line_start = match lines {
            0 => 0,
            lines => self.newlines[lines - 1] + 1,
        };
        (lines, self.source[line_start..source].chars().count())
    }
}

/// Decodes the body of a non-raw string literal (everything after the opening quote).
fn decode_escaped(body: &str) -> Option<(String, Vec<(usize, usize)>)> {
    const OPEN: usize = 1;
    let mut value = String::with_capacity(body.len());
    let mut anchors = vec![(0, OPEN)];
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((value, anchors)),
            '\\' => {
                let (_, escape) = chars.next()?;
                let decoded = match escape {
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    '\\' => Some('\\'),
                    '0' => Some('\0'),
                    '\'' => Some('\''),
                    '"' => Some('"'),
                    'x' => {
                        let high = chars.next()?.1.to_digit(16)?;
                        let low = chars.next()?.1.to_digit(16)?;
                        let byte = high * 16 + low;
                        if byte > 0x7F {
                            return None;
                        }
                        char::from_u32(byte)
                    }
                    'u' => {
                        if chars.next()?.1 != '{' {
                            return None;
                        }
                        let mut code = 0u32;
                        let mut digits = 0;
                        loop {
                            match chars.next()?.1 {
                                '}' if digits > 0 => break,
                                '_' if digits > 0 => {}
                                digit => {
                                    code = code * 16 + digit.to_digit(16)?;
                                    digits += 1;
                                    if digits > 6 {
                                        return None;
                                    }
                                }
                            }
                        }
                        Some(char::from_u32(code)?)
                    }
                    '\n' => {
                        while chars
                            .peek()
                            .is_some_and(|&(_, next)| matches!(next, ' ' | '\t' | '\n' | '\r'))
                        {
                            chars.next();
                        }
                        None
                    }
                    _ => return None,
                };
                if let Some(decoded) = decoded {
                    value.push(decoded);
                }
                let resume = chars.peek().map_or(body.len(), |&(next, _)| next);
                // The escape's output maps to its backslash; what follows maps one to one again.
                anchors.push((value.len() - decoded.map_or(0, char::len_utf8), OPEN + at));
                anchors.push((value.len(), OPEN + resume));
            }
            _ => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::SourceText;
    use proptest::prelude::*;

    fn value(token: &str) -> Option<String> {
        SourceText::decode(token).map(|text| text.value().to_owned())
    }

    #[test]
    fn decodes_plain_raw_and_hashed_literals() {
        assert_eq!(value(r#""a|b""#).as_deref(), Some("a|b"));
        assert_eq!(value(r#"r"a\|b""#).as_deref(), Some(r"a\|b"));
        assert_eq!(value(r###"r##"a"#b"##"###).as_deref(), Some(r##"a"#b"##));
        assert_eq!(value(r#""x"suffix"#).as_deref(), Some("x"));
        assert_eq!(value("b\"x\""), None);
        assert_eq!(value("\"unterminated"), None);
    }

    #[test]
    fn decodes_every_escape() {
        assert_eq!(
            value(r#""\n\r\t\\\0\'\"\x41\u{4e2d}\u{1_F600}""#).as_deref(),
            Some("\n\r\t\\\0'\"A中\u{1F600}")
        );
        assert_eq!(value("\"a\\\n   \t b\"").as_deref(), Some("ab"));
        assert_eq!(value(r#""\x80""#), None);
        assert_eq!(value(r#""\u{110000}""#), None);
        assert_eq!(value(r#""\q""#), None);
    }

    #[test]
    fn positions_in_a_raw_literal_follow_the_source_lines() {
        let text = SourceText::decode("r#\"\n| a | b |\n|---|---|\n\"#").unwrap();
        let offset = text.value().find('b').unwrap();
        // One line break before `b`; seven characters (`| a | `) precede it on its line.
        assert_eq!(text.position(offset), (1, 6));
        // The value's first byte sits after `r#"` on the literal's first line.
        assert_eq!(text.position(0), (0, 3));
    }

    #[test]
    fn positions_skip_over_escapes() {
        // Source: "\u{4e2d}|x"  — the `x` is source column 11 (0-based) of the token.
        let text = SourceText::decode(r#""\u{4e2d}|x""#).unwrap();
        let offset = text.value().find('x').unwrap();
        assert_eq!(text.position(offset), (0, 10));
        // A `\`-newline continuation: `b` is on the next source line, after the indentation.
        let text = SourceText::decode("\"a\\\n    b\"").unwrap();
        assert_eq!(text.position(text.value().find('b').unwrap()), (1, 4));
    }

    proptest! {
        /// The decoder agrees with Rust's own escaping (`{:?}`) on any string, and every
        /// character of the value maps to a source position that holds the character or its escape.
        #[test]
        fn decodes_what_debug_escapes(s in any::<String>()) {
            let token = format!("{s:?}");
            let text = SourceText::decode(&token).unwrap();
            prop_assert_eq!(text.value(), s.as_str());
            for (offset, c) in s.char_indices() {
                let source = text.source_offset(offset);
                let rest = &token[source..];
                prop_assert!(rest.starts_with(c) || rest.starts_with('\\'), "{:?} at {}", c, source);
            }
        }

        #[test]
        fn never_panics_on_arbitrary_tokens(token in any::<String>(), offset in 0usize..64) {
            if let Some(text) = SourceText::decode(&token) {
                let offset = offset.min(text.value().len());
                let _ = text.position(offset);
            }
        }
    }
}
