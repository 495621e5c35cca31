//! Turning [`Diagnostic`]s into compiler errors that name the source file's line and column.
//!
//! Stable Rust cannot underline part of a string literal, so each error points at the literal's
//! first character (a short, one-line span however long the table is) and says where the problem
//! is in its message, in the shape of rustc's own diagnostics:
//!
//! ```text
//! error: the code 110506 appears twice
//!          --> src/qq.rs:70:10
//!           |
//!        70 | |110506|校验APP info 签名信息失败
//!           |  ^^^^^^
//!           = note: src/qq.rs:69:10: first used in `|110506|获取APP info信息失败`
//!           = help: give each row its own code: fix the code that is wrong, or remove one row
//! ```

use crate::diag::Diagnostic;
use crate::literal::SourceText;
use proc_macro2::Span;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::PathBuf;

/// Where the table's text starts in the source.
pub(crate) struct Location {
    /// The source file, as the compiler names it.
    pub(crate) file: String,
    /// The source file on disk, when there is one.
    pub(crate) local_file: Option<PathBuf>,
    /// The 1-based line of the literal's first character.
    pub(crate) line: usize,
    /// The 1-based column of the literal's first character.
    pub(crate) column: usize,
    /// The span errors point at.
    pub(crate) span: Span,
}

/// Every diagnostic as one compiler error (one `compile_error!` each), in order.
///
/// Each error points at `location.span`, unless `subspan` gives the span of the bytes of the
/// table text it is about: `proc_macro::Literal::subspan` can underline part of a literal on a
/// nightly compiler, and returns `None` on stable.
pub(crate) fn to_error(
    diagnostics: &[Diagnostic],
    text: &SourceText,
    location: &Location,
    subspan: impl Fn(&Range<usize>) -> Option<Span>,
) -> Option<syn::Error> {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let span = subspan(&diagnostic.span).unwrap_or(location.span);
            syn::Error::new(span, render(diagnostic, text, location))
        })
        .reduce(|mut all, next| {
            all.combine(next);
            all
        })
}

/// The message of one diagnostic, with the place it points at.
pub(crate) fn render(diagnostic: &Diagnostic, text: &SourceText, location: &Location) -> String {
    let value = text.value();
    let (line, column) = position(text, location, diagnostic.span.start);
    let gutter = " ".repeat(line.to_string().len());
    let mut out = diagnostic.message.clone();
    let _ = write!(
        out,
        "\n{gutter}--> {}:{line}:{column}\n{gutter} |",
        location.file
    );
    if let Some((row, underline)) = snippet(value, &diagnostic.span) {
        let _ = write!(out, "\n{line} | {row}\n{gutter} | {underline}");
    }
    for note in &diagnostic.notes {
        match &note.span {
            Some(span) => {
                let (line, column) = position(text, location, span.start);
                let _ = write!(
                    out,
                    "\n{gutter} = note: {}:{line}:{column}: {}",
                    location.file, note.text
                );
            }
            None => {
                let _ = write!(out, "\n{gutter} = note: {}", note.text);
            }
        }
    }
    if let Some(help) = &diagnostic.help {
        let _ = write!(out, "\n{gutter} = help: {help}");
    }
    out
}

/// The 1-based line and column in the source file of the byte at `offset` of the table text.
fn position(text: &SourceText, location: &Location, offset: usize) -> (usize, usize) {
    let (lines, column) = text.position(offset);
    if lines == 0 {
        (location.line, location.column + column)
    } else {
        (location.line + lines, column + 1)
    }
}

/// The line holding `span` (without its indentation) and a line of carets under the span.
/// `None` when that line is blank.
fn snippet(value: &str, span: &Range<usize>) -> Option<(String, String)> {
    let start = span.start.min(value.len());
    let line_start = value[..start].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = value[start..]
        .find('\n')
        .map_or(value.len(), |newline| start + newline);
    let line = value[line_start..line_end].trim_end_matches(['\r', ' ', '\t']);
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let row = &line[indent..];
    if row.is_empty() {
        return None;
    }
    // The span, cut to the row (it may start in white space the row leaves out).
    let row_start = line_start + indent;
    let row_end = row_start + row.len();
    let from = start.max(row_start).min(row_end);
    let to = span.end.max(from).min(row_end);
    let pad = width(&value[row_start..from]);
    let carets = width(&value[from..to]).max(1);
    Some((
        row.replace('\t', "    "),
        format!("{}{}", " ".repeat(pad), "^".repeat(carets)),
    ))
}

/// The width of text in a terminal: two columns for wide East Asian characters, four for a tab.
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x09 => 4,
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::{Location, render, snippet, width};
    use crate::diag::Diagnostic;
    use crate::int::IntType;
    use crate::literal::SourceText;
    use crate::model;
    use proc_macro2::Span;
    use proptest::prelude::*;

    fn location() -> Location {
        Location {
            file: "src/lib.rs".to_owned(),
            local_file: None,
            line: 10,
            column: 9,
            span: Span::call_site(),
        }
    }

    #[test]
    fn widths_count_wide_characters_twice() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("成功。"), 6);
        assert_eq!(width("a\tb"), 6);
        assert_eq!(width("😀"), 2);
    }

    #[test]
    fn snippets_underline_the_span_after_wide_characters() {
        let value = "  |成功|x|\n";
        let at = value.find('x').unwrap();
        let (row, underline) = snippet(value, &(at..at + 1)).unwrap();
        assert_eq!(row, "|成功|x|");
        assert_eq!(underline, "      ^");
        // An empty span still gets one caret; a blank line gets no snippet.
        assert_eq!(snippet(value, &(2..2)).unwrap().1, "^");
        assert_eq!(snippet("\n\n", &(1..1)), None);
    }

    #[test]
    fn renders_line_column_row_note_and_help() {
        let text = SourceText::decode("r#\"\n| a | b |\n|---|---|\n| x | y |\n\"#").unwrap();
        let at = text.value().find('y').unwrap();
        let diagnostic = Diagnostic::new(at..at + 1, "something is wrong with `y`")
            .note(Some(1..2), "see the header")
            .note(None, "a plain note")
            .help("fix it");
        let rendered = render(&diagnostic, &text, &location());
        let expected = [
            "something is wrong with `y`",
            "  --> src/lib.rs:13:7",
            "   |",
            "13 | | x | y |",
            "   |       ^",
            "   = note: src/lib.rs:11:1: see the header",
            "   = note: a plain note",
            "   = help: fix it",
        ];
        assert_eq!(rendered, expected.join("\n"));
    }

    #[test]
    fn spans_in_white_space_the_row_leaves_out() {
        // The parser keeps a lone `\r` that the snippet trims: the caret stays at the row's end.
        let value = "| a |\r \r\n";
        assert_eq!(
            snippet(value, &(7..7)).unwrap(),
            ("| a |".to_owned(), "     ^".to_owned())
        );
        assert_eq!(snippet(value, &(1..9)).unwrap().1, " ^^^^");
    }

    proptest! {
        /// Every diagnostic of any table-like text renders, from a raw or an escaped literal.
        #[test]
        fn rendering_never_panics(text in "(\\\\\\||\\||\\\\| |\t|-|:|code|error|description|1|x|成|\n|\r){0,60}") {
            let diagnostics = model::check(&text, IntType::U8).diagnostics;
            let raw = SourceText::verbatim(&text);
            let escaped = SourceText::decode(&format!("{text:?}")).unwrap();
            for diagnostic in &diagnostics {
                let rendered = render(diagnostic, &raw, &location());
                prop_assert!(rendered.starts_with(&diagnostic.message));
                let rendered = render(diagnostic, &escaped, &location());
                prop_assert!(rendered.contains(" --> src/lib.rs:"));
            }
        }
    }

    #[test]
    fn errors_ask_for_the_subspan_of_each_diagnostic() {
        // On a compiler that can underline part of a literal, each error asks for the bytes of
        // its own cell; on stable `subspan` answers `None` and the literal's start is used.
        let text = SourceText::decode("r\"| a |\n|---|\n| x |\n| y |\"").unwrap();
        let (x, y) = (
            text.value().find('x').unwrap(),
            text.value().find('y').unwrap(),
        );
        let diagnostics = [
            Diagnostic::new(x..x + 1, "x"),
            Diagnostic::new(y..y + 1, "y"),
        ];
        let asked = std::cell::RefCell::new(Vec::new());
        let error = super::to_error(&diagnostics, &text, &location(), |range| {
            asked.borrow_mut().push(range.clone());
            None
        });
        assert_eq!(asked.into_inner(), [x..x + 1, y..y + 1]);
        assert_eq!(error.unwrap().into_iter().count(), 2);
    }

    #[test]
    fn positions_on_the_literals_first_line_count_from_its_column() {
        let text = SourceText::decode("\"| a | b |\"").unwrap();
        let diagnostic = Diagnostic::new(2..3, "bad `a`");
        let rendered = render(&diagnostic, &text, &location());
        // `a` is the fourth character of the token `"| a | b |"`, which starts at column 9.
        assert!(rendered.contains("--> src/lib.rs:10:12\n"), "{rendered}");
    }
}
