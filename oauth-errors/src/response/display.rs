//! Writing what a provider sent into one line of text: control characters and bidirectional
//! marks escaped, so that a provider's text (which may echo what a caller sent) cannot break or
//! forge a log line.

use core::fmt;

/// `text` with its control characters (`\n`, `\r`, ESC) and bidirectional marks escaped as
/// Rust writes them (`\n`, `\u{1b}`, `\u{202e}`); everything else as it is.
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(needs_escape) {
            f.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            match c {
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c => write!(f, "{}", c.escape_unicode())?,
            }
            rest = &rest[at + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

/// A table's text on one line: its line breaks (a cell's `<br>`) as spaces, anything else that
/// [`Escaped`] escapes escaped.
pub(crate) struct OneLine<'a>(pub(crate) &'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, line) in self.0.split('\n').enumerate() {
            if at > 0 {
                f.write_str(" ")?;
            }
            fmt::Display::fmt(&Escaped(line), f)?;
        }
        Ok(())
    }
}

/// Whether `c` is escaped: a control character, or a mark that changes the direction of the
/// text around it.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Whether an `error` value reads as an error id (`invalid_grant`, `isv.code-invalid`,
/// `100020`) rather than a message (`Need you follow uid.`).
pub(crate) fn looks_like_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | ':'))
}

#[cfg(test)]
mod tests {
    use super::{Escaped, OneLine, looks_like_id};
    use alloc::string::ToString;

    #[test]
    fn control_characters_and_direction_marks_are_escaped() {
        assert_eq!(
            Escaped("a\r\nb\u{1b}[31mc\u{202e}d\te 码").to_string(),
            "a\\r\\nb\\u{1b}[31mc\\u{202e}d\\te 码"
        );
        assert_eq!(Escaped("").to_string(), "");
        // A table's line break is a space; other control characters stay escaped.
        assert_eq!(OneLine("a\nb\r").to_string(), "a b\\r");
    }

    #[test]
    fn ids_and_messages() {
        for id in [
            "invalid_grant",
            "isv.code-invalid",
            "100020",
            "-1",
            "Forbidden.AccessDenied",
        ] {
            assert!(looks_like_id(id), "{id}");
        }
        for message in ["Need you follow uid.", "?", "", "a b", "码"] {
            assert!(!looks_like_id(message), "{message}");
        }
    }
}
