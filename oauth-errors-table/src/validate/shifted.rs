//! Rows shifted by merged cells: a provider's page that merges a cell over several rows (Alipay's
//! `code` and `msg`, shared by the sub-codes under them) copies as a table whose first row of
//! the group holds the merged cells and whose other rows lack them, their cells shifted to the
//! left (with empty cells at the end, or fewer cells).
//!
//! Such a row would be reported cell by cell (`the category aop.unknow-error is not an
//! integer`); it is recognised instead, and each run of shifted rows reported once, with the
//! cells it lacks and the row that holds them.

use crate::diag::{Diagnostic, Diagnostics};
use crate::int;
use crate::report::quote;
use crate::roles::Columns;
use crate::table::{Format, Row, Table};

/// Which rows of `table` are shifted; reports each run of them. A row is shifted by `k` cells
/// when, read as it is (short rows padded with empty cells), a code or category column holds
/// something other than an integer or the error column is empty, but read with its cells moved
/// `k` to the right (the `k` first coming from the row above, which has them) it holds what each
/// column needs; and its last `k` cells are empty or missing.
pub(super) fn find(
    text: &str,
    table: &Table<'_>,
    columns: &Columns,
    cx: &Diagnostics,
) -> Vec<bool> {
    let width = table.header.cells.len();
    let mut shifted = vec![false; table.rows.len()];
    // The last row read as it is that has all its cells: the one that holds merged cells.
    let mut full: Option<usize> = None;
    let mut run: Option<Run> = None;
    for (index, row) in table.rows.iter().enumerate() {
        let by = full.and_then(|full| shift(&table.rows[full], row, width, columns));
        if let (Some(by), Some(source)) = (by, full) {
            shifted[index] = true;
            match &mut run {
                Some(run) if run.by == by && run.source == source => run.rows += 1,
                _ => {
                    if let Some(run) = run.take() {
                        run.report(text, table, cx);
                    }
                    run = Some(Run {
                        first: index,
                        rows: 1,
                        by,
                        source,
                    });
                }
            }
        } else {
            if let Some(run) = run.take() {
                run.report(text, table, cx);
            }
            if row.cells.len() == width {
                full = Some(index);
            }
        }
    }
    if let Some(run) = run {
        run.report(text, table, cx);
    }
    shifted
}

/// Consecutive rows shifted by the same number of cells, under the same full row.
struct Run {
    /// The first row, by index.
    first: usize,
    /// How many rows.
    rows: usize,
    /// How many cells they are shifted by.
    by: usize,
    /// The row that holds their first cells, by index.
    source: usize,
}

impl Run {
    fn report(&self, text: &str, table: &Table<'_>, cx: &Diagnostics) {
        let first = &table.rows[self.first];
        let source = &table.rows[self.source];
        let headers: Vec<String> = table.header.cells[..self.by]
            .iter()
            .map(|cell| quote(&cell.plain))
            .collect();
        let merged: Vec<&str> = source.cells[..self.by]
            .iter()
            .map(|cell| &text[cell.span.clone()])
            .collect();
        let start = match table.format {
            Format::Markdown => format!("| {} |", merged.join(" | ")),
            Format::Tabs => format!("{}\t", merged.join("\t")),
        };
        let (rows, these) = match self.rows {
            1 => ("this row is".to_owned(), "it"),
            rows => (
                format!("this row and the {} after it are", rows - 1),
                "each",
            ),
        };
        let cells = if self.by == 1 { "cell" } else { "cells" };
        cx.push(
            Diagnostic::new(
                first.span.clone(),
                format!(
                    "{rows} shifted {} {cells} to the left: the first {cells} ({}) are missing",
                    self.by,
                    headers.join(", ")
                ),
            )
            .note(
                Some(source.span.clone()),
                format!(
                    "the page merged those cells over the rows under this one, and a copy keeps \
                     them here only: {}",
                    quote(&text[source.span.clone()])
                ),
            )
            .help(format!(
                "start {these} with the merged cells: {}",
                quote(&start)
            )),
        );
    }
}

/// By how many cells `row` is shifted to the left, under the full row `above`: the fewest that
/// make it hold what the columns need, when as it is it does not, and lacks its key. The key
/// comes from the row, not from above: a shift is at most the key column's index (a line that
/// ran on from the row above is not shifted, it is too short).
fn shift(above: &Row<'_>, row: &Row<'_>, width: usize, columns: &Columns) -> Option<usize> {
    let read = |by: usize| {
        move |column: usize| -> &str {
            let cell = if column < by {
                above.cells.get(column)
            } else {
                row.cells.get(column - by)
            };
            cell.map_or("", |cell| cell.plain.as_str())
        }
    };
    // As it is, the row must miss its key (a category alone that is no integer is a typo).
    if fits(read(0), columns, false) || has_key(read(0), columns) {
        return None;
    }
    // The key comes from the row itself: a shift moves it into its column.
    let key_from = [columns.keys.code(), columns.keys.error()]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(0);
    (1..=key_from.min(width - 1)).find(|&by| {
        let emptied = row.cells.len() == width - by
            || (row.cells.len() == width
                && row.cells[width - by..]
                    .iter()
                    .all(|cell| cell.plain.is_empty()));
        let merged = above.cells[..by].iter().any(|cell| !cell.plain.is_empty());
        emptied && merged && fits(read(by), columns, true)
    })
}

/// Whether the cells `text` gives (by column) hold the row's key: an integer code, an error id
/// of ASCII without white space.
fn has_key<'r>(text: impl Fn(usize) -> &'r str, columns: &Columns) -> bool {
    let code = columns.keys.code();
    let error = columns.keys.error();
    code.is_none_or(|column| int::parse_integer(text(column)).is_some())
        && error.is_none_or(|column| {
            let id = text(column);
            !id.is_empty() && id.is_ascii() && !id.contains(char::is_whitespace)
        })
}

/// Whether the cells `text` gives (by column) hold what the columns need: an integer in the code
/// and category columns, an error id in the error column (`strictly`: ASCII, without white space,
/// as the ids of the tables that merge cells are).
fn fits<'r>(text: impl Fn(usize) -> &'r str, columns: &Columns, strictly: bool) -> bool {
    let integer = |column: Option<usize>| {
        column.is_none_or(|column| int::parse_integer(text(column)).is_some())
    };
    let id = |id: &str| {
        !id.is_empty() && (!strictly || (id.is_ascii() && !id.contains(char::is_whitespace)))
    };
    integer(columns.keys.code())
        && integer(columns.category)
        && columns.keys.error().is_none_or(|column| id(text(column)))
}
