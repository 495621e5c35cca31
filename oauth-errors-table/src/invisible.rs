//! Characters no one sees in a key cell (a code, an error id, a variant name) that still change
//! what it is: format characters (zero-width spaces and joiners, bidirectional marks, the byte
//! order mark), control characters, and white space other than a plain space (a no-break space
//! inside an id). Tables copied from web pages bring them along, and an id that holds one never
//! matches what the provider sends.

use std::fmt::Write as _;

/// The first character of `text` that does not belong in a key cell, and its byte offset.
pub(crate) fn find(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| is_hidden(c))
}

/// Whether `c` is invisible or a kind of white space other than U+0020.
pub(crate) fn is_hidden(c: char) -> bool {
    (c.is_whitespace() && c != ' ') || c.is_control() || is_format(c) || shows_as_nothing(c)
}

/// Unicode's general category `Cf` (format characters), as of Unicode 16.
fn is_format(c: char) -> bool {
    matches!(
        u32::from(c),
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Characters of other categories that show as nothing: the combining grapheme joiner, the
/// Hangul fillers, the Khmer inherent vowels and the variation selectors.
fn shows_as_nothing(c: char) -> bool {
    matches!(
        u32::from(c),
        0x34F
            | 0x115F
            | 0x1160
            | 0x17B4
            | 0x17B5
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFFA0
            | 0xE0100..=0xE01EF
    )
}

/// The character as messages name it: `U+200B ZERO WIDTH SPACE`, or `U+0007 (a control
/// character)` where its name is not one of the usual ones.
pub(crate) fn describe(c: char) -> String {
    let code = u32::from(c);
    let name = match code {
        0x09 => "CHARACTER TABULATION (a tab)",
        0x0B => "LINE TABULATION",
        0x0C => "FORM FEED",
        0x85 => "NEXT LINE",
        0xA0 => "NO-BREAK SPACE",
        0xAD => "SOFT HYPHEN",
        0x34F => "COMBINING GRAPHEME JOINER",
        0x61C => "ARABIC LETTER MARK",
        0x1680 => "OGHAM SPACE MARK",
        0x180E => "MONGOLIAN VOWEL SEPARATOR",
        0x2000 => "EN QUAD",
        0x2001 => "EM QUAD",
        0x2002 => "EN SPACE",
        0x2003 => "EM SPACE",
        0x2004 => "THREE-PER-EM SPACE",
        0x2005 => "FOUR-PER-EM SPACE",
        0x2006 => "SIX-PER-EM SPACE",
        0x2007 => "FIGURE SPACE",
        0x2008 => "PUNCTUATION SPACE",
        0x2009 => "THIN SPACE",
        0x200A => "HAIR SPACE",
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x200E => "LEFT-TO-RIGHT MARK",
        0x200F => "RIGHT-TO-LEFT MARK",
        0x2028 => "LINE SEPARATOR",
        0x2029 => "PARAGRAPH SEPARATOR",
        0x202A => "LEFT-TO-RIGHT EMBEDDING",
        0x202B => "RIGHT-TO-LEFT EMBEDDING",
        0x202C => "POP DIRECTIONAL FORMATTING",
        0x202D => "LEFT-TO-RIGHT OVERRIDE",
        0x202E => "RIGHT-TO-LEFT OVERRIDE",
        0x202F => "NARROW NO-BREAK SPACE",
        0x205F => "MEDIUM MATHEMATICAL SPACE",
        0x2060 => "WORD JOINER",
        0x2061 => "FUNCTION APPLICATION",
        0x2062 => "INVISIBLE TIMES",
        0x2063 => "INVISIBLE SEPARATOR",
        0x2064 => "INVISIBLE PLUS",
        0x2066 => "LEFT-TO-RIGHT ISOLATE",
        0x2067 => "RIGHT-TO-LEFT ISOLATE",
        0x2068 => "FIRST STRONG ISOLATE",
        0x2069 => "POP DIRECTIONAL ISOLATE",
        0x3000 => "IDEOGRAPHIC SPACE",
        0x3164 => "HANGUL FILLER",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE (a byte order mark)",
        0xFFA0 => "HALFWIDTH HANGUL FILLER",
        0xFE00..=0xFE0F => return format!("U+{code:04X} VARIATION SELECTOR-{}", code - 0xFE00 + 1),
        0xE0100..=0xE01EF => {
            return format!("U+{code:04X} VARIATION SELECTOR-{}", code - 0xE0100 + 17);
        }
        _ if c.is_control() => return format!("U+{code:04X} (a control character)"),
        _ if c.is_whitespace() => return format!("U+{code:04X} (a kind of space)"),
        _ => return format!("U+{code:04X} (an invisible format character)"),
    };
    format!("U+{code:04X} {name}")
}

/// `text` with every hidden character written as `<U+200B>`, so that a message shows it.
pub(crate) fn show(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) {
            escape(c, &mut shown);
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Writes `c` as `<U+200B>`.
pub(crate) fn escape(c: char, out: &mut String) {
    let _ = write!(out, "<U+{:04X}>", u32::from(c));
}

#[cfg(test)]
mod tests {
    use super::{describe, find, is_hidden, show};

    #[test]
    fn what_is_hidden() {
        for c in [
            '\u{A0}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{7}', '\t', '\u{3000}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in [' ', 'a', '_', '-', '.', '成', '（', '😀', '\u{301}'] {
            assert!(!is_hidden(c), "{c:?}");
        }
        assert_eq!(find("invalid_grant"), None);
        assert_eq!(find("invalid\u{200B}_grant"), Some((7, '\u{200B}')));
        assert_eq!(find("a b\u{A0}"), Some((3, '\u{A0}')));
    }

    #[test]
    fn names() {
        assert_eq!(describe('\u{200B}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(describe('\u{A0}'), "U+00A0 NO-BREAK SPACE");
        assert_eq!(describe('\u{200F}'), "U+200F RIGHT-TO-LEFT MARK");
        assert_eq!(describe('\u{7}'), "U+0007 (a control character)");
        assert_eq!(describe('\u{FE0F}'), "U+FE0F VARIATION SELECTOR-16");
        assert_eq!(describe('\u{E0100}'), "U+E0100 VARIATION SELECTOR-17");
        assert_eq!(
            describe('\u{600}'),
            "U+0600 (an invisible format character)"
        );
        assert_eq!(show("a\u{200B}b"), "a<U+200B>b");
    }
}
