//! Text for a terminal: a [`Diagnostic`] rendered as the text of a compiler error that names the
//! source file's line and column, and the quotes of cells and rows that messages carry, cut to a
//! number of columns (wide East Asian characters take two).
//!
//! Stable Rust cannot underline part of a string literal, so the macro points each error at the
//! literal's first character (a short, one-line span however long the table is) and says where
//! the problem is in its message, in the shape of rustc's own diagnostics:
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

use crate::diag::{At, Diagnostic};
use crate::inline;
use crate::invisible;
use crate::lines;
use crate::literal::SourceText;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

/// How many columns of a cell, a row or a header a message quotes at most.
pub(crate) const QUOTE_WIDTH: usize = 120;

/// Quotes text for a message: in backticks, with a longer fence when it holds backticks itself
/// (a Markdown code span); cut to [`QUOTE_WIDTH`] columns, with `…` where it is cut.
pub(crate) fn quote(text: &str) -> String {
    inline::code_span(&cut(text, QUOTE_WIDTH))
}

/// `text`, or its start and `…` when it is wider than `columns` columns.
pub(crate) fn cut(text: &str, columns: usize) -> Cow<'_, str> {
    // Where the text has used up all but one column (for the `…`), and whether it goes on after.
    let mut used = 0;
    let mut fits = 0;
    for (at, c) in text.char_indices() {
        used += char_width(c);
        if used > columns {
            return Cow::Owned(format!("{}…", &text[..fits]));
        }
        if used < columns {
            fits = at + c.len_utf8();
        }
    }
    Cow::Borrowed(text)
}

/// The width of text in a terminal: two columns for wide East Asian characters, four for a tab,
/// and the width of `<U+200B>` for a character no one would see.
pub(crate) fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// How a snippet shows a character: a tab as four spaces, a character no one would see as
/// `<U+200B>`, any other as itself.
pub(crate) fn shown(c: char, out: &mut String) {
    match c {
        '\t' => out.push_str("    "),
        c if invisible::is_hidden(c) => invisible::escape(c, out),
        c => out.push(c),
    }
}

/// The width of a character in a terminal (see [`width`]), as [`shown`] shows it.
pub(crate) fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x09 => 4,
        _ if invisible::is_hidden(c) => {
            let mut text = String::new();
            shown(c, &mut text);
            text.len()
        }
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
    }
}

/// Where the table's text starts in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The source file, as the compiler names it (or the table's own file).
    pub file: String,
    /// The 1-based line of the text's first character.
    pub line: usize,
    /// The 1-based column of the text's first character.
    pub column: usize,
}

/// The message of one diagnostic about `text` (which starts at `location`), with the place it
/// points at, the row quoted with the place underlined, its notes and its help.
#[must_use]
pub fn render(diagnostic: &Diagnostic, text: &SourceText, location: &Location) -> String {
    let At::Text(span) = &diagnostic.at else {
        // About an attribute, where the compiler's own span points: the message and the help.
        let mut out = diagnostic.message.clone();
        if let Some(help) = &diagnostic.help {
            let _ = write!(out, "; {help}");
        }
        return out;
    };
    let value = text.value();
    let (line, column) = position(text, location, span.start);
    let gutter = " ".repeat(line.to_string().len());
    let mut out = diagnostic.message.clone();
    let _ = write!(
        out,
        "\n{gutter}--> {}:{line}:{column}\n{gutter} |",
        location.file
    );
    if let Some((row, underline)) = snippet(value, span) {
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

/// How many columns of a row a snippet shows at most; a longer row is cut, with `…` where it
/// is cut, to a window around the span.
const SNIPPET_WIDTH: usize = 120;
/// How many columns of the row before the span a cut snippet keeps.
const SNIPPET_CONTEXT: usize = 40;

/// The line holding `span` (without its indentation) and a line of carets under the span, cut to
/// [`SNIPPET_WIDTH`] columns around the span's start, with tabs and characters no one would see
/// written out ([`shown`]). `None` when that line is blank.
fn snippet(value: &str, span: &Range<usize>) -> Option<(String, String)> {
    let start = span.start.min(value.len());
    // The line around the span, as far as a snippet can show it: a line of a megabyte is not
    // read to its ends for each of its problems.
    let (line_start, line) = line_near(value, start);
    let indent = line.len() - line.trim_start().len();
    let row = &line[indent..];
    if row.is_empty() {
        return None;
    }
    // The span, cut to the row (it may start in white space the row leaves out), relative to it.
    let row_start = line_start + indent;
    let from = start.max(row_start).min(row_start + row.len()) - row_start;
    let to = span.end.max(row_start + from).min(row_start + row.len()) - row_start;
    let visible = window(row, from);
    let cut_before = if visible.start > 0 { "…" } else { "" };
    let cut_after = if visible.end < row.len() { "…" } else { "" };
    let pad = usize::from(visible.start > 0) + width(&row[visible.start..from.max(visible.start)]);
    let carets = width(&row[from.max(visible.start)..to.min(visible.end)]).max(1);
    let mut text = String::from(cut_before);
    for c in row[visible].chars() {
        shown(c, &mut text);
    }
    text.push_str(cut_after);
    Some((text, format!("{}{}", " ".repeat(pad), "^".repeat(carets))))
}

/// How many bytes on either side of a span a snippet reads at most: more than the widest window
/// holds, whatever the characters.
const SNIPPET_REACH: usize = 4 * SNIPPET_WIDTH + 8;

/// Where the line that holds `offset` starts, and its text, trimmed of trailing white space: all
/// of it, or as much as lies within [`SNIPPET_REACH`] bytes of `offset` (from which a snippet
/// shows a window, cut with `…`).
fn line_near(value: &str, offset: usize) -> (usize, &str) {
    let mut from = offset.saturating_sub(SNIPPET_REACH);
    while !value.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (offset + SNIPPET_REACH).min(value.len());
    while !value.is_char_boundary(to) {
        to += 1;
    }
    let near = lines::line_at(&value[from..to], offset - from);
    let ends_here = from + near.end < to || to == value.len();
    let line = &value[from + near.start..from + near.end];
    let line = if ends_here { line.trim_end() } else { line };
    (from + near.start, line)
}

/// The part of `row` a snippet shows: all of it when it fits [`SNIPPET_WIDTH`] columns; else a
/// window that starts up to [`SNIPPET_CONTEXT`] columns before `from` (a byte offset in `row`).
fn window(row: &str, from: usize) -> Range<usize> {
    if width(row) <= SNIPPET_WIDTH {
        return 0..row.len();
    }
    let mut start = from;
    let mut before = 0;
    for (at, c) in row[..from].char_indices().rev() {
        before += char_width(c);
        if before > SNIPPET_CONTEXT {
            break;
        }
        start = at;
    }
    // Room for the two `…`.
    let mut columns = 2;
    let mut end = start;
    for c in row[start..].chars() {
        columns += char_width(c);
        if columns > SNIPPET_WIDTH {
            break;
        }
        end += c.len_utf8();
    }
    start..end
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{Location, render, snippet};
    use super::{cut, quote, width};
    use crate::diag::{At, Diagnostic};
    use crate::int::IntType;
    use crate::literal::SourceText;
    use crate::validate;
    use proptest::prelude::*;

    pub(crate) fn location() -> Location {
        Location {
            file: "src/lib.rs".to_owned(),
            line: 10,
            column: 9,
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
    fn long_text_is_cut_to_its_columns() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("abcd", 3), "ab…");
        // Wide characters count twice: `成功` is four columns.
        assert_eq!(cut("成功", 4), "成功");
        assert_eq!(cut("成功了", 4), "成…");
        assert_eq!(cut("", 0), "");
        let long = "x".repeat(500);
        assert_eq!(quote(&long), format!("`{}…`", "x".repeat(119)));
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
        // A lone `\r` ends a line: the span at the blank line after it has no snippet, and a
        // span past the row's end is cut to the row.
        let value = "| a |\r \r\n";
        assert_eq!(snippet(value, &(7..7)), None);
        assert_eq!(snippet(value, &(1..9)).unwrap().1, " ^^^^");
        assert_eq!(
            snippet("| a |  \n", &(6..6)).unwrap(),
            ("| a |".to_owned(), "     ^".to_owned())
        );
    }

    #[test]
    fn long_rows_are_cut_around_the_span() {
        let row = format!("| {} | bad | {} |", "x".repeat(100), "成".repeat(100));
        let at = row.find("bad").unwrap();
        let (shown, underline) = snippet(&row, &(at..at + 3)).unwrap();
        assert!(width(&shown) <= super::SNIPPET_WIDTH, "{shown}");
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        // The carets stand under `bad` in the cut row.
        let column = underline.find('^').unwrap();
        let prefix: String = shown.chars().take(column).collect();
        assert_eq!(width(&prefix), column);
        assert!(
            shown
                .chars()
                .skip(column)
                .collect::<String>()
                .starts_with("bad")
        );
        assert_eq!(underline.trim_start(), "^^^");
        // A span at the row's start keeps the start, and cuts the end only.
        let (shown, underline) = snippet(&row, &(2..3)).unwrap();
        assert!(shown.starts_with("| x") && shown.ends_with('…'));
        assert_eq!(underline, "  ^");
    }

    proptest! {
        /// Every diagnostic of any table-like text renders, from a raw or an escaped literal.
        #[test]
        fn rendering_never_panics(text in "(\\\\\\||\\||\\\\| |\t|-|:|code|error|description|1|x|成|\n|\r){0,60}") {
            let diagnostics = validate::check(&text, Some(IntType::U8)).diagnostics;
            let raw = SourceText::verbatim(&text);
            let escaped = SourceText::decode(&format!("{text:?}")).unwrap();
            for diagnostic in &diagnostics {
                let rendered = render(diagnostic, &raw, &location());
                prop_assert!(rendered.starts_with(&diagnostic.message));
                let rendered = render(diagnostic, &escaped, &location());
                prop_assert_eq!(rendered.contains(" --> src/lib.rs:"), diagnostic.span().is_some());
            }
        }
    }

    #[test]
    fn diagnostics_about_the_repr_are_their_message_and_help() {
        let text = SourceText::verbatim("| a |");
        let diagnostic = Diagnostic::at(At::Repr, "not here").help("remove it");
        assert_eq!(
            render(&diagnostic, &text, &location()),
            "not here; remove it"
        );
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
