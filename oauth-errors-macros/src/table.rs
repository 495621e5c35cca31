//! The Markdown table parser: text in, rows of cells out, each cell located by byte offsets.
//!
//! It reads a GFM-style table: a header row, a delimiter row (`---`, optionally with alignment
//! colons), then data rows. Outer pipes are optional, cells are trimmed of spaces and tabs, the
//! indentation of the whole table is ignored, blank lines around the table are fine, and `\|` is
//! a literal pipe inside a cell (every other backslash stays as written). Lines end with `\n` or
//! `\r\n`.
//!
//! It differs from GFM where GFM would silently guess: a row with too few or too many cells is
//! kept as it is (the validator reports it rather than padding or cutting it), and text before
//! the header, a blank line inside the table, or text after it are errors rather than paragraphs.
//! What it can recover from, it reports and goes on, so that one compile shows every problem.

use crate::diag::{Diagnostic, quote};
use std::borrow::Cow;
use std::ops::Range;

/// A parsed table: the header, then the data rows in order.
#[derive(Debug)]
pub(crate) struct Table<'a> {
    pub(crate) header: Row<'a>,
    pub(crate) rows: Vec<Row<'a>>,
}

/// One line of the table.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    /// The line without its indentation and trailing white space.
    pub(crate) span: Range<usize>,
    pub(crate) cells: Vec<Cell<'a>>,
}

/// One cell of a row.
#[derive(Debug)]
pub(crate) struct Cell<'a> {
    /// The cell's content: trimmed, with `\|` turned into `|`.
    pub(crate) text: Cow<'a, str>,
    /// Where the trimmed content stands in the text (an empty range for an empty cell).
    pub(crate) span: Range<usize>,
}

/// What the parser found: the table if there is one, and every problem it met.
#[derive(Debug)]
pub(crate) struct Parsed<'a> {
    pub(crate) table: Option<Table<'a>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// A line of the text, without its line break.
struct Line<'a> {
    text: &'a str,
    /// Offset of the line's first byte in the whole text.
    start: usize,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.text.bytes().all(|b| matches!(b, b' ' | b'\t'))
    }
}

/// Parses the table in `text`.
pub(crate) fn parse(text: &str) -> Parsed<'_> {
    let lines = split_lines(text);
    let mut diagnostics = Vec::new();
    let rows: Vec<Row<'_>> = lines.iter().map(|line| split_row(text, line)).collect();

    let Some(first) = lines.iter().position(|line| !line.is_blank()) else {
        diagnostics.push(Diagnostic::new(0..0, "the table is empty").help(
            "write the header row, the delimiter row and one row per error, \
                 e.g. `| code | description |`, `| --- | --- |`, `| 40001 | invalid credential |`",
        ));
        return Parsed {
            table: None,
            diagnostics,
        };
    };

    // The header is the line above the first delimiter row; without one, the first line.
    let delimiter = (first + 1..lines.len()).find(|&index| {
        is_delimiter_like(&lines[index], &rows[index])
            && !lines[index - 1].is_blank()
            && has_pipe(lines[index - 1].text)
    });
    let header = delimiter.map_or(first, |delimiter| delimiter - 1);
    if header > first {
        let stray = rows[first].span.clone();
        diagnostics.push(
            Diagnostic::new(
                stray.clone(),
                format!("text before the table: {}", quote(&text[stray])),
            )
            .help(
                "the string holds only the table (header row, delimiter row, rows); \
                 move other text into a doc comment on the enum",
            ),
        );
    }
    let header_row = &rows[header];
    let body_start = if let Some(delimiter) = delimiter {
        check_delimiter(text, header_row, &rows[delimiter], &mut diagnostics);
        delimiter + 1
    } else {
        let end = header_row.span.end;
        diagnostics.push(
            Diagnostic::new(
                end..end,
                format!(
                    "no delimiter row under the header {}",
                    quote(&text[header_row.span.clone()])
                ),
            )
            .help(format!(
                "add the line `{}` right under the header",
                delimiter_for(header_row.cells.len())
            )),
        );
        header + 1
    };

    let mut rows = rows;
    let body = rows.split_off(body_start);
    let header = rows.swap_remove(header);
    let rows = read_body(text, &lines[body_start..], body, &mut diagnostics);
    Parsed {
        table: Some(Table { header, rows }),
        diagnostics,
    }
}

/// The data rows among the lines under the delimiter row: every line up to the end of the table,
/// skipping blank lines (a blank line inside the table is reported, and the rows after it kept).
fn read_body<'a>(
    text: &str,
    lines: &[Line<'_>],
    body: Vec<Row<'a>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Row<'a>> {
    let mut data = Vec::with_capacity(body.len());
    let mut blank_line = false;
    for (line, row) in lines.iter().zip(body) {
        if line.is_blank() {
            blank_line = !data.is_empty();
            continue;
        }
        if blank_line && !has_pipe(line.text) {
            diagnostics.push(
                Diagnostic::new(
                    row.span.clone(),
                    format!("text after the table: {}", quote(&text[row.span.clone()])),
                )
                .help("remove it, or move it into a doc comment on the enum"),
            );
            break;
        }
        if blank_line {
            diagnostics.push(
                Diagnostic::new(row.span.clone(), "a blank line splits the table")
                    .note(None, "in Markdown a blank line ends a table")
                    .help("remove the blank line above this row"),
            );
            blank_line = false;
        }
        data.push(row);
    }
    if data.is_empty() {
        let end = text.trim_end().len();
        diagnostics.push(
            Diagnostic::new(end..end, "the table has no rows")
                .help("add one row per error under the delimiter row"),
        );
    }
    data
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let line_start = start;
            start += line.len() + 1;
            Line {
                text: line.strip_suffix('\r').unwrap_or(line),
                start: line_start,
            }
        })
        .collect()
}

/// Whether `line` has a pipe that is not escaped.
fn has_pipe(line: &str) -> bool {
    unescaped_pipes(line.as_bytes(), 0..line.len())
        .next()
        .is_some()
}

/// The offsets of the unescaped pipes of `bytes[range]`.
fn unescaped_pipes(bytes: &[u8], range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let mut at = range.start;
    std::iter::from_fn(move || {
        while at < range.end {
            let here = at;
            match bytes[here] {
                b'\\' if here + 1 < range.end && bytes[here + 1] == b'|' => at += 2,
                b'|' => {
                    at += 1;
                    return Some(here);
                }
                _ => at += 1,
            }
        }
        None
    })
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// `range` without leading and trailing spaces and tabs.
fn trim(bytes: &[u8], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && is_space(bytes[range.start]) {
        range.start += 1;
    }
    while range.end > range.start && is_space(bytes[range.end - 1]) {
        range.end -= 1;
    }
    range
}

/// Splits one line into cells.
fn split_row<'a>(text: &'a str, line: &Line<'a>) -> Row<'a> {
    let bytes = text.as_bytes();
    let span = trim(bytes, line.start..line.start + line.text.len());
    let mut start = span.start;
    if bytes.get(start) == Some(&b'|') && start < span.end {
        start += 1;
    }
    let mut pipes: Vec<usize> = unescaped_pipes(bytes, start..span.end).collect();
    let mut end = span.end;
    if pipes.last() == Some(&(span.end.wrapping_sub(1))) {
        pipes.pop();
        end -= 1;
    }
    let mut cells = Vec::with_capacity(pipes.len() + 1);
    for pipe in pipes.into_iter().chain(std::iter::once(end)) {
        let raw = trim(bytes, start..pipe);
        let content = &text[raw.clone()];
        let text = if content.contains("\\|") {
            Cow::Owned(content.replace("\\|", "|"))
        } else {
            Cow::Borrowed(content)
        };
        cells.push(Cell { text, span: raw });
        start = pipe + 1;
    }
    Row { span, cells }
}

/// Whether a line looks like a delimiter row: it has a pipe, and its cells hold only dashes and
/// colons, with a dash somewhere.
fn is_delimiter_like(line: &Line<'_>, row: &Row<'_>) -> bool {
    has_pipe(line.text)
        && row
            .cells
            .iter()
            .all(|cell| cell.text.bytes().all(|b| b == b'-' || b == b':'))
        && row.cells.iter().any(|cell| cell.text.contains('-'))
}

/// Whether a delimiter cell is well formed: `---`, `:---`, `---:` or `:---:`.
fn is_delimiter_cell(cell: &str) -> bool {
    let inner = cell.strip_prefix(':').unwrap_or(cell);
    let inner = inner.strip_suffix(':').unwrap_or(inner);
    !inner.is_empty() && inner.bytes().all(|b| b == b'-')
}

fn delimiter_for(cells: usize) -> String {
    let mut row = String::from("|");
    for _ in 0..cells.max(1) {
        row.push_str(" --- |");
    }
    row
}

fn check_delimiter(text: &str, header: &Row<'_>, row: &Row<'_>, out: &mut Vec<Diagnostic>) {
    for cell in &row.cells {
        if !is_delimiter_cell(&cell.text) {
            out.push(
                Diagnostic::new(
                    cell.span.clone(),
                    format!("{} is not a delimiter cell", quote(&cell.text)),
                )
                .help(
                    "write `---`, with a `:` at either end for alignment \
                     (`:---`, `---:`, `:---:`)",
                ),
            );
        }
    }
    if row.cells.len() != header.cells.len() {
        out.push(
            Diagnostic::new(
                row.span.clone(),
                format!(
                    "the delimiter row has {} cells but the header has {}",
                    row.cells.len(),
                    header.cells.len()
                ),
            )
            .note(
                Some(header.span.clone()),
                format!("the header is {}", quote(&text[header.span.clone()])),
            )
            .help(format!(
                "write one `---` per header cell: `{}`",
                delimiter_for(header.cells.len())
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{Parsed, parse};
    use proptest::prelude::*;

    /// The cells of every row (header first), as strings.
    fn cells(parsed: &Parsed<'_>) -> Vec<Vec<String>> {
        let table = parsed.table.as_ref().expect("a table");
        std::iter::once(&table.header)
            .chain(&table.rows)
            .map(|row| row.cells.iter().map(|cell| cell.text.to_string()).collect())
            .collect()
    }

    fn messages<'p>(parsed: &'p Parsed<'_>) -> Vec<&'p str> {
        parsed
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.message.as_str())
            .collect()
    }

    fn ok(text: &str) -> Vec<Vec<String>> {
        let parsed = parse(text);
        assert_eq!(messages(&parsed), Vec::<&str>::new(), "{text:?}");
        cells(&parsed)
    }

    fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|&cell| cell.to_owned()).collect())
            .collect()
    }

    #[test]
    fn outer_pipes_are_optional() {
        let expected = rows(&[&["a", "b"], &["1", "x"]]);
        assert_eq!(ok("| a | b |\n| --- | --- |\n| 1 | x |"), expected);
        assert_eq!(ok("a | b\n--- | ---\n1 | x"), expected);
        assert_eq!(ok("|a|b\n|---|---\n|1|x"), expected);
        assert_eq!(ok("a|b|\n---|---|\n1|x|"), expected);
    }

    #[test]
    fn the_seeds_rows_without_trailing_pipes_and_with_trailing_spaces() {
        let text = "| 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |\n\
                    | --- | ---- | ---- |\n\
                    |redirect_uri_mismatch|21322|重定向地址不匹配 \n\
                    |appkey permission denied|21337|应用权限不足";
        assert_eq!(
            ok(text),
            rows(&[
                &[
                    "错误码(error)",
                    "错误编号(error_code)",
                    "错误描述(error_description)"
                ],
                &["redirect_uri_mismatch", "21322", "重定向地址不匹配"],
                &["appkey permission denied", "21337", "应用权限不足"],
            ])
        );
    }

    #[test]
    fn escaped_pipes_and_other_backslashes() {
        assert_eq!(
            ok(r"| a | b |
| - | - |
| x \| y | \d\n |
| \\| z | end\ |"),
            rows(&[
                &["a", "b"],
                &["x | y", r"\d\n"],
                // `\\|` is a backslash and an escaped pipe, as in GFM.
                &[r"\| z", r"end\"],
            ])
        );
        // An escaped pipe at the end is content, not the closing pipe.
        assert_eq!(ok("| a |\n| - |\n| x \\|"), rows(&[&["a"], &["x |"]]));
    }

    #[test]
    fn white_space_indentation_blank_lines_and_crlf() {
        let text =
            "\r\n  \t\r\n\t  | a\t|  b |  \r\n    |:--|--:|\r\n \t| 1 |\t\t2\t|\r\n\r\n   \r\n";
        assert_eq!(ok(text), rows(&[&["a", "b"], &["1", "2"]]));
    }

    #[test]
    fn empty_cells_and_alignment() {
        assert_eq!(
            ok("| a | b | c |\n|:-|:-:|-:|\n| | x | |\n||||"),
            rows(&[&["a", "b", "c"], &["", "x", ""], &["", "", ""]])
        );
    }

    #[test]
    fn cjk_and_emoji_cells_and_their_spans() {
        let text = "| 码 | 😀 说明 |\n| --- | --- |\n|  成功 |  🎉 ok  |";
        let parsed = parse(text);
        assert!(parsed.diagnostics.is_empty());
        let row = &parsed.table.as_ref().unwrap().rows[0];
        assert_eq!(&text[row.cells[0].span.clone()], "成功");
        assert_eq!(&text[row.cells[1].span.clone()], "🎉 ok");
        assert_eq!(&text[row.span.clone()], "|  成功 |  🎉 ok  |");
    }

    #[test]
    fn ragged_rows_are_kept_as_they_are() {
        // The validator reports them; GFM would pad or cut.
        assert_eq!(
            ok("| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |\nplain"),
            rows(&[&["a", "b"], &["1"], &["1", "2", "3"], &["plain"]])
        );
    }

    #[test]
    fn an_empty_text_has_no_table() {
        for text in ["", "\n", "  \t\r\n\n"] {
            let parsed = parse(text);
            assert!(parsed.table.is_none());
            assert_eq!(messages(&parsed), ["the table is empty"]);
        }
    }

    #[test]
    fn text_before_the_header() {
        let parsed = parse("## Weibo ##\nnotes\n| a | b |\n| - | - |\n| 1 | 2 |");
        assert_eq!(messages(&parsed), ["text before the table: `## Weibo ##`"]);
        assert_eq!(parsed.diagnostics[0].span, 0..11);
        assert_eq!(cells(&parsed), rows(&[&["a", "b"], &["1", "2"]]));
    }

    #[test]
    fn a_missing_delimiter_row() {
        let parsed = parse("| a | b |\n| 1 | 2 |");
        assert_eq!(
            messages(&parsed),
            ["no delimiter row under the header `| a | b |`"]
        );
        assert_eq!(parsed.diagnostics[0].span, 9..9);
        assert_eq!(
            parsed.diagnostics[0].help.as_deref(),
            Some("add the line `| --- | --- |` right under the header")
        );
        // The lines under the header are still read as rows.
        assert_eq!(cells(&parsed), rows(&[&["a", "b"], &["1", "2"]]));
    }

    #[test]
    fn malformed_delimiter_rows() {
        let parsed = parse("| a | b |\n| -- | :-:- |\n| 1 | 2 |");
        assert_eq!(messages(&parsed), ["`:-:-` is not a delimiter cell"]);
        let parsed = parse("| a | b | c |\n| - | - |\n| 1 | 2 | 3 |");
        assert_eq!(
            messages(&parsed),
            ["the delimiter row has 2 cells but the header has 3"]
        );
        let parsed = parse("| a | b |\n| - | |\n| 1 | 2 |");
        assert_eq!(messages(&parsed), ["`` is not a delimiter cell"]);
    }

    #[test]
    fn a_table_without_rows() {
        let parsed = parse("| a | b |\n| - | - |\n\n");
        assert_eq!(messages(&parsed), ["the table has no rows"]);
        assert_eq!(parsed.diagnostics[0].span, 19..19);
    }

    #[test]
    fn blank_lines_inside_and_text_after() {
        let parsed = parse("| a |\n| - |\n| 1 |\n\n| 2 |\n\nthe end\n| 3 |");
        assert_eq!(
            messages(&parsed),
            [
                "a blank line splits the table",
                "text after the table: `the end`"
            ]
        );
        assert_eq!(cells(&parsed), rows(&[&["a"], &["1"], &["2"]]));
    }

    /// Text for a cell: anything but line breaks, without white space at either end.
    fn cell_text() -> impl Strategy<Value = String> {
        let chars = prop_oneof![
            Just('a'),
            Just('Z'),
            Just('7'),
            Just('_'),
            Just(' '),
            Just('\t'),
            Just('|'),
            Just('\\'),
            Just('-'),
            Just(':'),
            Just('#'),
            Just('成'),
            Just('（'),
            Just('。'),
            Just('😀'),
        ];
        prop::collection::vec(chars, 0..8).prop_map(|chars| {
            let text: String = chars.into_iter().collect();
            text.trim_matches([' ', '\t']).to_owned()
        })
    }

    /// How a table is written: outer pipes, padding, indentation, line ends, alignment.
    #[derive(Debug, Clone)]
    struct Style {
        outer_pipes: bool,
        padding: &'static str,
        indent: &'static str,
        crlf: bool,
        delimiter: &'static str,
        blank_lines: bool,
    }

    fn style() -> impl Strategy<Value = Style> {
        (
            any::<bool>(),
            prop_oneof![Just(""), Just(" "), Just("\t"), Just("  ")],
            prop_oneof![Just(""), Just("    "), Just("\t")],
            any::<bool>(),
            prop_oneof![Just("---"), Just(":-"), Just("-:"), Just(":---:")],
            any::<bool>(),
        )
            .prop_map(
                |(outer_pipes, padding, indent, crlf, delimiter, blank_lines)| Style {
                    outer_pipes,
                    padding,
                    indent,
                    crlf,
                    delimiter,
                    blank_lines,
                },
            )
    }

    /// Writes rows of cells as a Markdown table (the first row is the header).
    fn render(table: &[Vec<String>], style: &Style) -> String {
        let newline = if style.crlf { "\r\n" } else { "\n" };
        let line = |cells: &[String]| {
            // Outer pipes are needed where a cell at either end is empty, or for one column.
            let outer = style.outer_pipes
                || cells.len() == 1
                || cells.first().is_some_and(String::is_empty)
                || cells.last().is_some_and(String::is_empty);
            let cells: Vec<String> = cells
                .iter()
                .map(|cell| {
                    // A cell ending in `\` needs a space before the next pipe.
                    let after = if cell.ends_with('\\') && style.padding.is_empty() {
                        " "
                    } else {
                        style.padding
                    };
                    format!("{}{}{after}", style.padding, cell.replace('|', "\\|"))
                })
                .collect();
            let inner = cells.join("|");
            if outer {
                format!("{}|{inner}|", style.indent)
            } else {
                format!("{}{inner}", style.indent)
            }
        };
        let mut text = String::new();
        if style.blank_lines {
            text.push_str(newline);
        }
        text.push_str(&line(&table[0]));
        text.push_str(newline);
        let delimiter = vec![style.delimiter.to_owned(); table[0].len()];
        text.push_str(&line(&delimiter));
        for row in &table[1..] {
            text.push_str(newline);
            text.push_str(&line(row));
        }
        if style.blank_lines {
            text.push_str(newline);
            text.push_str(style.indent);
            text.push_str(newline);
        }
        text
    }

    /// A table of `columns` columns: a header and one or more rows.
    fn table() -> impl Strategy<Value = Vec<Vec<String>>> {
        (1usize..5).prop_flat_map(|columns| {
            prop::collection::vec(prop::collection::vec(cell_text(), columns), 2..6)
                .prop_filter("a row of one empty cell is a blank line", |rows| {
                    rows.iter().all(|row| row.len() > 1 || !row[0].is_empty())
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever the input, the parser returns, and every range it reports lies inside it.
        #[test]
        fn never_panics_and_stays_inside_the_input(text in ".{0,200}") {
            check_ranges(&text);
        }

        /// The same on text made of table-like pieces, which reaches more of the parser.
        #[test]
        fn never_panics_on_table_like_text(pieces in prop::collection::vec(
            prop_oneof![
                Just("|"), Just("\\|"), Just("\\"), Just("---"), Just(":"), Just(" "),
                Just("\t"), Just("\n"), Just("\r\n"), Just("\r"), Just("a"), Just("成"),
                Just("1"), Just("-"), Just("😀"),
            ],
            0..60,
        )) {
            check_ranges(&pieces.concat());
        }

        /// Rendering a table and parsing it gives the same cells back.
        #[test]
        fn parse_inverts_render(table in table(), style in style()) {
            let text = render(&table, &style);
            let parsed = parse(&text);
            prop_assert_eq!(messages(&parsed), Vec::<&str>::new(), "{:?}", text);
            prop_assert_eq!(cells(&parsed), table, "{:?}", text);
        }
    }

    fn check_ranges(text: &str) {
        let parsed = parse(text);
        let inside = |range: &std::ops::Range<usize>| {
            range.start <= range.end
                && range.end <= text.len()
                && text.is_char_boundary(range.start)
                && text.is_char_boundary(range.end)
        };
        for diagnostic in &parsed.diagnostics {
            assert!(inside(&diagnostic.span), "{diagnostic:?} in {text:?}");
            for note in &diagnostic.notes {
                assert!(
                    note.span.as_ref().is_none_or(inside),
                    "{note:?} in {text:?}"
                );
            }
        }
        if let Some(table) = &parsed.table {
            for row in std::iter::once(&table.header).chain(&table.rows) {
                assert!(inside(&row.span));
                for cell in &row.cells {
                    assert!(inside(&cell.span), "{cell:?} in {text:?}");
                    assert!(cell.span.start >= row.span.start && cell.span.end <= row.span.end);
                }
            }
        }
        assert!(parsed.table.is_some() || !parsed.diagnostics.is_empty());
    }
}
