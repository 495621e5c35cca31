//! Benchmark tables and the macro's pipeline as a plain function.
//!
//! - [`t10`], [`t30`], [`t100`], [`t300`], [`t1000`], [`t10000`]: generated tables of random sparse codes and error
//!   ids, each declared four ways: `Ours` (through `oauth_error_table!`), `Hand` (a hand-written
//!   `match` per method), `PHF_CODES` / `PHF_ERRORS` (`phf` maps) and `CODES` / `ERRORS` (arrays
//!   from which the benchmarks build `HashMap`s); with probes that hit four times in five.
//! - [`weibo`], [`qq`]: the same for the facade's own tables.
//! - [`expand_table`]: parse, validate and expand a table, as the macro does, for
//!   `benches/expansion.rs`.
//!
//! See `BENCHMARKS.md` at the repository's root for the results and how to run them.

#![allow(
    missing_docs,
    unreachable_pub,
    dead_code,
    clippy::pedantic,
    reason = "the macro's own modules, compiled here as they are"
)]

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

// The macro's modules, as a plain library: the pipeline without the compiler around it.
#[path = "../../oauth-errors-macros/src/ast.rs"]
mod ast;
#[path = "../../oauth-errors-macros/src/diag.rs"]
mod diag;
#[path = "../../oauth-errors-macros/src/expand.rs"]
mod expand;
#[path = "../../oauth-errors-macros/src/generate.rs"]
mod generate;
#[path = "../../oauth-errors-macros/src/include.rs"]
mod include;
#[path = "../../oauth-errors-macros/src/int.rs"]
mod int;
#[path = "../../oauth-errors-macros/src/invisible.rs"]
mod invisible;
#[path = "../../oauth-errors-macros/src/lines.rs"]
mod lines;
#[path = "../../oauth-errors-macros/src/literal.rs"]
mod literal;
#[path = "../../oauth-errors-macros/src/model.rs"]
mod model;
#[path = "../../oauth-errors-macros/src/names.rs"]
mod names;
#[path = "../../oauth-errors-macros/src/perfect.rs"]
mod perfect;
#[path = "../../oauth-errors-macros/src/report.rs"]
mod report;
#[path = "../../oauth-errors-macros/src/roles.rs"]
mod roles;
#[path = "../../oauth-errors-macros/src/table.rs"]
mod table;

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
/// pipeline (parse the input, parse and validate the table, expand), without the compiler.
///
/// # Panics
///
/// Never for a table literal: the input around it is fixed.
#[must_use]
pub fn expand_table(table: &str) -> proc_macro2::TokenStream {
    let literal = proc_macro2::Literal::string(table);
    let input: ast::Input =
        syn::parse2(quote::quote!(pub enum Bench { #literal })).expect("the macro's input");
    generate::generate(input, |_| report::Location {
        file: "bench.rs".to_owned(),
        local_file: None,
        line: 1,
        column: 1,
        span: proc_macro2::Span::call_site(),
    })
}
