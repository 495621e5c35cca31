//! Tab-separated tables, as a table copied from a rendered web page pastes: the header on the
//! first line, a row on each line after it, cells separated by tabs and read as plain text.
//!
//! A terminal shows a tab as spaces, so a header copied from a compiler message comes back with
//! its cells separated by spaces: over tab-separated rows, a header without tabs has its cells
//! where two or more spaces separate them. The table's common indentation (spaces or tabs) is
//! left out. A header separated by tabs over rows separated by `|` is reported, and the rows
//! read as Markdown's; a delimiter row among the rows is reported and left out.

use super::{
    Cell, Format, Line, Row, Table, delimiter_cells, delimiter_for, has_pipe, no_rows, read_body,
    repeated_header, split_row, trim,
};
use crate::diag::{Diagnostic, Diagnostics};
use crate::report::quote;
use std::borrow::Cow;

/// The table in `lines` (from its first line that is not blank), when it is tab-separated or
/// has a tab-separated header; `None` when it is a Markdown table.
pub(super) fn parse<'a>(text: &'a str, lines: &[Line<'a>], cx: &Diagnostics) -> Option<Table<'a>> {
    let mut content = lines.iter().filter(|line| !line.is_blank());
    let first = content.next()?;
    let next = content.next();
    if separated_by_tabs(first) {
        if let Some(next) = next.filter(|next| has_pipe(next.text) && !separated_by_tabs(next)) {
            return Some(markdown_rows(text, lines, first, next, cx));
        }
        return Some(tabs(text, lines, cx));
    }
    if !has_pipe(first.text) && next.is_some_and(separated_by_tabs) {
        return Some(tabs(text, lines, cx));
    }
    None
}

/// Whether a line's cells are separated by tabs: a tab, and no `|`.
fn separated_by_tabs(line: &Line<'_>) -> bool {
    line.text.contains('\t') && !has_pipe(line.text)
}

/// A tab-separated table in `lines`.
fn tabs<'a>(text: &'a str, lines: &[Line<'a>], cx: &Diagnostics) -> Table<'a> {
    let lines = without_indentation(lines);
    let mut lines = lines.iter();
    let first = lines.next().expect("a line that is not blank");
    let mut header = if separated_by_tabs(first) {
        split_tabs(text, first)
    } else {
        split_spaced(text, first)
    };
    let mut rows: Vec<Row<'a>> = Vec::new();
    if !separated_by_tabs(first) {
        let cells = lines
            .clone()
            .next()
            .map_or(0, |next| split_tabs(text, next).cells.len());
        if header.cells.len() == 1 && cells > 1 {
            // A line of prose over the table.
            cx.push(
                Diagnostic::new(
                    header.span.clone(),
                    format!(
                        "text before the table: {}",
                        quote(&text[header.span.clone()])
                    ),
                )
                .help(
                    "the string holds only the table (the header, then a row per line); move \
                     other text into a doc comment on the enum",
                ),
            );
            let next = lines.next().expect("the line under the first");
            header = split_tabs(text, next);
        } else if header.cells.len() != cells {
            cx.push(
                Diagnostic::new(
                    header.span.clone(),
                    format!(
                        "the header's cells are separated by spaces and the rows' by tabs: the \
                         header has {} cells where two or more spaces separate them, the first \
                         row {cells}",
                        header.cells.len()
                    ),
                )
                .help("separate the header's cells with tabs, as the rows' are"),
            );
        }
    }
    for line in lines {
        let row = split_tabs(text, line);
        if delimiter_row(text, &row, cx) || repeated_header(text, &row, &header, cx) {
            continue;
        }
        rows.push(row);
    }
    if rows.is_empty() {
        no_rows(
            text,
            "add one line per error under the header, its cells separated by tabs",
            cx,
        );
    }
    Table {
        format: Format::Tabs,
        header,
        rows,
    }
}

/// The lines that are not blank, without the indentation they all share (spaces and tabs).
fn without_indentation<'a>(lines: &[Line<'a>]) -> Vec<Line<'a>> {
    let content: Vec<&Line<'a>> = lines.iter().filter(|line| !line.is_blank()).collect();
    let indentation =
        |line: &Line<'_>| line.text.len() - line.text.trim_start_matches([' ', '\t']).len();
    let mut common = content.first().map_or(0, |line| indentation(line));
    for pair in content.windows(2) {
        let (a, b) = (pair[0].text.as_bytes(), pair[1].text.as_bytes());
        let shared = a
            .iter()
            .zip(b)
            .take_while(|(x, y)| x == y && matches!(x, b' ' | b'\t'))
            .count();
        common = common.min(shared).min(indentation(pair[1]));
    }
    content
        .into_iter()
        .map(|line| Line {
            text: &line.text[common..],
            start: line.start + common,
        })
        .collect()
}

/// Splits one line of a tab-separated table into cells. The row is the whole line: its first
/// or last cell may be empty.
pub(super) fn split_tabs<'a>(text: &'a str, line: &Line<'a>) -> Row<'a> {
    let end = line.start + line.text.len();
    let tabs = line.text.match_indices('\t').map(|(at, _)| line.start + at);
    let bounds: Vec<(usize, usize)> = tabs
        .clone()
        .map(|tab| (tab, tab + 1))
        .chain(std::iter::once((end, end)))
        .collect();
    cells_between(text, line.start..end, &bounds)
}

/// Splits a header line without tabs where two or more spaces (or tabs) separate its cells: as a
/// terminal shows a tab-separated header.
fn split_spaced<'a>(text: &'a str, line: &Line<'a>) -> Row<'a> {
    let end = line.start + line.text.trim_end().len();
    let mut bounds = Vec::new();
    let bytes = text.as_bytes();
    let mut at = line.start + (line.text.len() - line.text.trim_start().len());
    while at < end {
        let run = bytes[at..end]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if run >= 2 {
            bounds.push((at, at + run));
        }
        at += run.max(1);
    }
    bounds.push((end, end));
    cells_between(text, line.start..end, &bounds)
}

/// The row of the cells of `span` between the separators `bounds` (each a range of bytes, the
/// last one the end of the row), read as plain text.
fn cells_between<'a>(
    text: &'a str,
    span: std::ops::Range<usize>,
    bounds: &[(usize, usize)],
) -> Row<'a> {
    let mut cells = Vec::with_capacity(bounds.len());
    let mut start = span.start;
    for &(separator, after) in bounds {
        let raw = trim(text, start..separator);
        let content = &text[raw.clone()];
        cells.push(Cell {
            text: Cow::Borrowed(content),
            plain: content.to_owned(),
            span: raw,
        });
        start = after;
    }
    Row { span, cells }
}

/// Whether `row` is a Markdown delimiter row (`---`, `:--:`, …, in every cell), which a
/// tab-separated table has none of; reports it.
fn delimiter_row(text: &str, row: &Row<'_>, cx: &Diagnostics) -> bool {
    let delimiter = delimiter_cells(row);
    if delimiter {
        cx.push(
            Diagnostic::new(
                row.span.clone(),
                format!(
                    "a delimiter row in a tab-separated table: {}",
                    quote(&text[row.span.clone()])
                ),
            )
            .help("remove it: a table separated by tabs has its header on the first line and no delimiter row"),
        );
    }
    delimiter
}

/// A header separated by tabs over rows separated by `|`: reported, and the rows read as a
/// Markdown table's (a delimiter row right under the header is taken as one).
fn markdown_rows<'a>(
    text: &'a str,
    lines: &[Line<'a>],
    first: &Line<'a>,
    next: &Line<'a>,
    cx: &Diagnostics,
) -> Table<'a> {
    let header = split_tabs(text, first);
    let cells: Vec<&str> = header
        .cells
        .iter()
        .map(|cell| cell.plain.as_str())
        .collect();
    cx.push(
        Diagnostic::new(
            header.span.clone(),
            "the header's cells are separated by tabs, and the rows' by `|`",
        )
        .help(format!(
            "write the header as a Markdown row with a delimiter row under it: `| {} |`, then \
             `{}`",
            cells.join(" | "),
            delimiter_for(cells.len())
        )),
    );
    let under = lines
        .iter()
        .position(|line| line.start == next.start)
        .expect("the line under the header");
    let next_row = split_row(text, next);
    let body_start = if super::is_delimiter_like(next, &next_row) {
        under + 1
    } else {
        under
    };
    let body: Vec<Row<'a>> = lines[body_start..]
        .iter()
        .map(|line| split_row(text, line))
        .collect();
    let rows = read_body(text, &lines[body_start..], body, &header, cx);
    Table {
        format: Format::Markdown,
        header,
        rows,
    }
}
