//! Benchmark tables and the macro's pipeline as a plain function.
//!
//! - [`t10`], [`t30`], [`t100`], [`t300`], [`t1000`], [`t10000`]: generated tables of random sparse codes and error
//!   ids, each declared four ways: `Ours` (through `oauth_error_table!`), `Hand` (a hand-written
//!   `match` per method), `PHF_CODES` / `PHF_ERRORS` (`phf` maps) and `CODES` / `ERRORS` (arrays
//!   from which the benchmarks build `HashMap`s); with probes that hit four times in five.
//! - [`weibo`], [`qq`]: the same for the facade's own tables.
//! - [`expand_table`]: parse, validate and expand a table, as the macro does (through
//!   `oauth-errors-table`, the macro's pipeline as a library), for
//!   `benches/expansion.rs`.
//! - [`long_cell_table`], [`repeated_row_table`] and [`check_and_report`]: the tables that make
//!   a careless reader slow (a long cell of markup, a long row repeated), and the pipeline's
//!   reading and reporting of them, for `benches/reading.rs`.
//!
//! See `BENCHMARKS.md` at the repository's root for the results and how to run them.

use oauth_errors_table::expand::{Enum, expand};
use oauth_errors_table::int::IntType;
use oauth_errors_table::literal::SourceText;
use oauth_errors_table::report::{self, Location};
use oauth_errors_table::validate;

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The generated tables' Markdown, by size, for the expansion benchmark.
pub const TABLES: [(usize, &str); 6] = [
    (10, include_str!(concat!(env!("OUT_DIR"), "/table-10.md"))),
    (30, include_str!(concat!(env!("OUT_DIR"), "/table-30.md"))),
    (100, include_str!(concat!(env!("OUT_DIR"), "/table-100.md"))),
    (300, include_str!(concat!(env!("OUT_DIR"), "/table-300.md"))),
    (
        1_000,
        include_str!(concat!(env!("OUT_DIR"), "/table-1000.md")),
    ),
    (
        10_000,
        include_str!(concat!(env!("OUT_DIR"), "/table-10000.md")),
    ),
];

/// What `oauth_error_table! { pub enum Bench { "<table>" } }` expands to: the macro's whole
/// pipeline (decode the literal, parse and validate the table, expand), without the compiler.
///
/// # Panics
///
/// When `table` has errors: the benchmark tables have none.
#[must_use]
pub fn expand_table(table: &str) -> proc_macro2::TokenStream {
    let literal = proc_macro2::Literal::string(table).to_string();
    let source = SourceText::decode(&literal).expect("a string literal");
    let checked = validate::check(source.value(), None);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let item = Enum {
        attrs: Vec::new(),
        cfgs: Vec::new(),
        vis: quote::quote!(pub),
        ident: proc_macro2::Ident::new("Bench", proc_macro2::Span::call_site()),
        code_type: IntType::DEFAULT,
        krate: quote::quote!(::oauth_errors),
    };
    expand(&item, &checked.model.expect("a valid table"))
}

/// A table of one row whose description is `piece` repeated to `bytes` bytes (a cell of
/// `a____…b` or of `*a*a*a…`, say).
#[must_use]
pub fn long_cell_table(piece: &str, bytes: usize) -> String {
    format!(
        "| code | description |\n| --- | --- |\n| 1 | {} |\n",
        piece.repeat(bytes / piece.len())
    )
}

/// A table of one row of about `row_bytes` bytes (a code, an error id and a description, the two
/// last of half the row each) and `rows - 1` copies of it: every copy repeats the first row's
/// code and error id.
#[must_use]
pub fn repeated_row_table(rows: usize, row_bytes: usize) -> String {
    let half = row_bytes / 2;
    let row = format!("| 1 | {} | {} |\n", "x".repeat(half), "描".repeat(half / 3));
    let mut table = String::with_capacity(rows * row.len() + 64);
    table.push_str("| code | error | description |\n| --- | --- | --- |\n");
    for _ in 0..rows {
        table.push_str(&row);
    }
    table
}

/// What the macro does with a table's text before it expands: parse and validate it, and render
/// every problem as the text of a compiler error. Returns how many bytes of errors it wrote.
#[must_use]
pub fn check_and_report(table: &str) -> usize {
    let checked = validate::check(table, None);
    let source = SourceText::verbatim(table);
    let location = Location {
        file: "src/lib.rs".to_owned(),
        line: 1,
        column: 1,
    };
    checked
        .diagnostics
        .iter()
        .map(|diagnostic| report::render(diagnostic, &source, &location).len())
        .sum()
}
