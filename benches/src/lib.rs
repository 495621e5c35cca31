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
//!
//! See `BENCHMARKS.md` at the repository's root for the results and how to run them.

use oauth_errors_table::expand::{Enum, expand};
use oauth_errors_table::int::IntType;
use oauth_errors_table::literal::SourceText;
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
