//! The Markdown table parser: text in, rows of cells out, each cell located by byte offsets.
//!
//! It reads a GFM-style table: a header row, a delimiter row (`---`, optionally with alignment
//! colons), then data rows. Outer pipes are optional, cells are trimmed of white space (any
//! Unicode white space: a no-break space copied from a web page too), the indentation of the
//! whole table is ignored, blank lines around the table are fine, and `\|` is a literal pipe
//! inside a cell (every other backslash stays as written). Lines end with `\n`, `\r\n` or a lone
//! `\r` (as in CommonMark); a byte order mark at the start of the text is ignored.
//!
//! It differs from GFM where GFM would silently guess: a row with too few or too many cells is
//! kept as it is (the validator reports it rather than padding or cutting it), and text before
//! the header, a blank line inside the table, or text after it are errors rather than paragraphs.
//! What it can recover from, it reports and goes on, so that one compile shows every problem.
//!
//! A table copied from a rendered page is tab-separated, and `tabs` reads it; each cell of a
//! Markdown table is read as Markdown inline text by `inline`.

use crate::diag::{Diagnostic, Diagnostics, Reported};
use crate::inline;
use crate::keywords;
use crate::lines;
use crate::report::quote;
use std::borrow::Cow;
use std::ops::Range;

/// How a table is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Markdown (GFM) table: pipes between cells, a delimiter row under the header, cells of
    /// Markdown inline text.
    Markdown,
    /// Tab-separated, as a table copied from a rendered web page pastes: a tab between cells, no
    /// delimiter row, cells of plain text.
    Tabs,
}

/// A parsed table: the header, then the data rows in order.
#[derive(Debug)]
pub struct Table<'a> {
    /// How the table is written.
    pub format: Format,
    /// The header row.
    pub header: Row<'a>,
    /// The data rows, in order.
    pub rows: Vec<Row<'a>>,
}

impl Table<'_> {
    /// What the non-empty cells of the column `index` read as, in row order, in the rows that
    /// have as many cells as the header (a row too short or too long says nothing sure of its
    /// columns).
    pub fn column(&self, index: usize) -> impl Iterator<Item = &str> + '_ {
        let width = self.header.cells.len();
        self.rows
            .iter()
            .filter(move |row| row.cells.len() == width)
            .filter_map(move |row| row.cells.get(index))
            .map(|cell| cell.plain.as_str())
            .filter(|value| !value.is_empty())
    }
}

/// One line of the table.
#[derive(Debug)]
pub struct Row<'a> {
    /// The line without its indentation and trailing white space.
    pub span: Range<usize>,
    /// The cells, in order.
    pub cells: Vec<Cell<'a>>,
}

/// One cell of a row.
#[derive(Debug)]
pub struct Cell<'a> {
    /// The cell's content as written: trimmed, with `\|` turned into `|`.
    pub text: Cow<'a, str>,
    /// What a reader of the rendered table sees in the cell: its Markdown inline text read
    /// (escapes, entities, markup), or the text itself in a tab-separated table.
    pub plain: String,
    /// Where the trimmed content stands in the text (an empty range for an empty cell).
    pub span: Range<usize>,
}

/// A line of the text, without its line break.
struct Line<'a> {
    text: &'a str,
    /// Offset of the line's first byte in the whole text.
    start: usize,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }
}

/// Parses the table in `text`, reporting into `cx` every problem it meets and going on where it
/// can, so that one compile shows them all.
///
/// # Errors
///
/// When there is no table at all (the text is blank); the problem is in `cx`.
pub fn parse<'a>(text: &'a str, cx: &Diagnostics) -> Result<Table<'a>, Reported> {
    let lines = split_lines(text);
    let Some(first) = lines.iter().position(|line| !line.is_blank()) else {
        return Err(cx.push(Diagnostic::new(0..0, "the table is empty").help(
            "write the header row, the delimiter row and one row per error, \
                 e.g. `| code | description |`, `| --- | --- |`, `| 40001 | invalid credential |`",
        )));
    };
    if let Some(table) = tabs::parse(text, &lines[first..], cx) {
        return Ok(table);
    }
    let rows: Vec<Row<'_>> = lines.iter().map(|line| split_row(text, line)).collect();

    // The header is the line above the first delimiter row; without one, the first line.
    let delimiter = (first + 1..lines.len()).find(|&index| {
        is_delimiter_like(&lines[index], &rows[index])
            && !lines[index - 1].is_blank()
            && has_pipe(lines[index - 1].text)
    });
    let header = delimiter.map_or(first, |delimiter| delimiter - 1);
    if header > first {
        let stray = rows[first].span.clone();
        cx.push(
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
        check_delimiter(text, header_row, &rows[delimiter], cx);
        delimiter + 1
    } else {
        let end = header_row.span.end;
        cx.push(
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
    let rows = read_body(text, &lines[body_start..], body, &header, cx);
    Ok(Table {
        format: Format::Markdown,
        header,
        rows,
    })
}

/// Whether `row` is the header again (the same cells, in any case, each with or without the
/// role the header's cell names in parentheses at its end: a page's repeated `错误码` under
/// `错误码(code)`, as the user wrote the role in the first header only); reports it.
fn repeated_header(text: &str, row: &Row<'_>, header: &Row<'_>, cx: &Diagnostics) -> bool {
    let lowercase = |text: &str| {
        text.chars()
            .flat_map(char::to_lowercase)
            .collect::<Vec<_>>()
    };
    // Compared without allocating for the row: a long cell differs from the header at once.
    let same = row.cells.len() == header.cells.len()
        && row.cells.iter().zip(&header.cells).all(|(cell, head)| {
            let as_written = || cell.text.chars().flat_map(char::to_lowercase);
            as_written().eq(lowercase(&head.text))
                || without_role(&head.text).is_some_and(|words| as_written().eq(lowercase(words)))
        });
    if same {
        cx.push(
            Diagnostic::new(row.span.clone(), "the header row appears again")
                .note(
                    Some(header.span.clone()),
                    format!("the header is {}", quote(&text[header.span.clone()])),
                )
                .help(
                    "remove this row: a table has one header (pages that split a long \
                     table repeat it)",
                ),
        );
    }
    same
}

/// A header cell's words without the role it names in parentheses at its end: `错误码` for
/// `错误码(code)` and `错误码（ code ）`; `None` when the cell ends with no such parentheses.
fn without_role(cell: &str) -> Option<&str> {
    let cell = cell.trim_end();
    let inner = cell.strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let role = &inner[open..];
    let role = role.strip_prefix('(').or_else(|| role.strip_prefix('（'))?;
    keywords::keyword(role.trim())?;
    Some(inner[..open].trim_end())
}

/// The data rows among the lines under the delimiter row: every line up to the end of the table,
/// skipping blank lines (a blank line inside the table is reported, and the rows after it kept).
///
/// A repeated header row, and a second table (a header and a delimiter row among the rows), are
/// reported and left out.
fn read_body<'a>(
    text: &str,
    lines: &[Line<'_>],
    body: Vec<Row<'a>>,
    header: &Row<'_>,
    cx: &Diagnostics,
) -> Vec<Row<'a>> {
    let mut data: Vec<Row<'a>> = Vec::with_capacity(body.len());
    let mut blank_line = false;
    let mut rows = lines.iter().zip(body).peekable();
    while let Some((line, row)) = rows.next() {
        if line.is_blank() {
            blank_line = !data.is_empty();
            continue;
        }
        // A second table: a header row and a delimiter row under it, or a delimiter row alone.
        let delimiter_next = rows
            .peek()
            .is_some_and(|(next, next_row)| is_delimiter_like(next, next_row));
        if delimiter_next || is_delimiter_like(line, &row) {
            if delimiter_next {
                rows.next();
            }
            // A second table of other columns: its rows are not this table's to check.
            let other_columns = delimiter_next && row.cells.len() != header.cells.len();
            let help = if other_columns {
                "declare one table per `oauth_error_table!`: give the second table an enum of \
                 its own"
            } else {
                "declare one table per `oauth_error_table!`: remove this header and delimiter \
                 row to join the two tables, or give the second one an enum of its own"
            };
            cx.push(
                Diagnostic::new(row.span.clone(), "a second table starts here")
                    .note(
                        Some(header.span.clone()),
                        format!(
                            "the table's header is {}",
                            quote(&text[header.span.clone()])
                        ),
                    )
                    .help(help),
            );
            if other_columns {
                break;
            }
            blank_line = false;
            continue;
        }
        if repeated_header(text, &row, header, cx) {
            continue;
        }
        if blank_line && !has_pipe(line.text) {
            cx.push(
                Diagnostic::new(
                    row.span.clone(),
                    format!("text after the table: {}", quote(&text[row.span.clone()])),
                )
                .help("remove it, or move it into a doc comment on the enum"),
            );
            break;
        }
        if blank_line {
            cx.push(
                Diagnostic::new(row.span.clone(), "a blank line splits the table")
                    .note(None, "in Markdown a blank line ends a table")
                    .help("remove the blank line above this row"),
            );
            blank_line = false;
        }
        data.push(row);
    }
    if data.is_empty() {
        no_rows(text, "add one row per error under the delimiter row", cx);
    }
    data
}

/// The lines of `text`; a byte order mark at the start is left out of the first line.
fn split_lines(text: &str) -> Vec<Line<'_>> {
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    lines::lines(text)
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let start = if index == 0 { bom } else { line.start };
            Line {
                text: &text[start..line.end],
                start,
            }
        })
        .collect()
}

/// Whether `line` has a pipe that is not escaped.
fn has_pipe(line: &str) -> bool {
    unescaped_pipes(line, 0..line.len()).next().is_some()
}

/// The offsets of the unescaped pipes of `text[range]`: every `|` but one right after a `\\`
/// (GFM's rule: `\\|` too is a backslash and an escaped pipe). Found by `str::find`, which
/// searches with `memchr`.
fn unescaped_pipes(text: &str, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let mut at = range.start;
    std::iter::from_fn(move || {
        while at < range.end {
            let pipe = at + text[at..range.end].find('|')?;
            at = pipe + 1;
            if pipe == 0 || text.as_bytes()[pipe - 1] != b'\\' {
                return Some(pipe);
            }
        }
        None
    })
}

/// `range` of `text` without leading and trailing white space (Unicode's: spaces, tabs, no-break
/// and ideographic spaces, …).
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    start..end.max(start)
}

/// Splits one line into cells.
fn split_row<'a>(text: &'a str, line: &Line<'a>) -> Row<'a> {
    let span = trim(text, line.start..line.start + line.text.len());
    let mut start = span.start;
    if text.as_bytes().get(start) == Some(&b'|') && start < span.end {
        start += 1;
    }
    let mut pipes: Vec<usize> = unescaped_pipes(text, start..span.end).collect();
    let mut end = span.end;
    if pipes.last() == Some(&(span.end.wrapping_sub(1))) {
        pipes.pop();
        end -= 1;
    }
    let mut cells = Vec::with_capacity(pipes.len() + 1);
    for pipe in pipes.into_iter().chain(std::iter::once(end)) {
        let raw = trim(text, start..pipe);
        let content = &text[raw.clone()];
        // `memchr` for a backslash first: most cells have none.
        let text = if content.contains('\\') && content.contains("\\|") {
            Cow::Owned(content.replace("\\|", "|"))
        } else {
            Cow::Borrowed(content)
        };
        let plain = inline::read(&text);
        cells.push(Cell {
            text,
            plain,
            span: raw,
        });
        start = pipe + 1;
    }
    Row { span, cells }
}

/// Whether a line looks like a delimiter row: it has a pipe, and its cells hold only dashes and
/// colons, with a dash somewhere.
fn is_delimiter_like(line: &Line<'_>, row: &Row<'_>) -> bool {
    has_pipe(line.text) && delimiter_cells(row)
}

/// Whether a row's cells hold only dashes and colons, with a dash somewhere: a delimiter row's.
fn delimiter_cells(row: &Row<'_>) -> bool {
    row.cells
        .iter()
        .all(|cell| cell.text.bytes().all(|b| b == b'-' || b == b':'))
        && row.cells.iter().any(|cell| cell.text.contains('-'))
}

/// Reports a table without rows, at the end of its text; `help` says how rows are written.
fn no_rows(text: &str, help: &str, cx: &Diagnostics) {
    let end = text.trim_end().len();
    cx.push(Diagnostic::new(end..end, "the table has no rows").help(help));
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

fn check_delimiter(text: &str, header: &Row<'_>, row: &Row<'_>, cx: &Diagnostics) {
    for cell in &row.cells {
        if !is_delimiter_cell(&cell.text) {
            cx.push(
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
        cx.push(
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

mod tabs;
#[cfg(test)]
pub(crate) mod tests;
