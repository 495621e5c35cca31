//! The inside of the `oauth_error_table!` macro of [`oauth-errors`](https://docs.rs/oauth-errors):
//! everything between the table's text and the Rust code, as plain functions that the macro,
//! its tests and its benchmarks call alike. Use `oauth-errors`; this crate's API serves the macro
//! crate, which pins its exact version, and changes with it.
//!
//! The steps, in the order a table goes through them, one module each:
//!
//! ```text
//! text ──table──▶ rows of cells ──roles──▶ columns ──validate──▶ model ──expand──▶ Rust code
//!                     └──────────── problems (diag) ───────────────┴──report──▶ error messages
//! ```
//!
//! - [`table`] parses the Markdown: text in, rows of cells out, each located by byte offsets.
//! - `roles` reads the header: which column holds the code, the error id, the description, …;
//!   `keywords` reads the role one header cell names, in the words of the [`vocabulary`] (the
//!   one list of roles and their keywords), and `proposal` guesses roles from what the cells
//!   hold, for the help text only.
//! - [`validate`] holds every rule and gives the [`model`] of the valid rows, with their
//!   [`kind`]s.
//! - [`expand`] writes the enum and its API from the model; [`perfect`] finds the perfect hashes
//!   its lookups use.
//! - [`diag`] collects the problems every step finds; [`report`] renders one as the text of a
//!   compiler error, using [`literal`] to find a cell's line and column in the source, and
//!   quotes text for messages; [`spelling`] finds the word a misspelt one stands for.
//!
//! Nothing here needs the compiler: no `proc_macro` or `syn` type crosses this crate's API.
//! The macro crate reads the Rust syntax around the table, reads table files, and turns the
//! rendered problems into compiler errors at the right spans.

#![forbid(unsafe_code)]

pub mod diag;
pub mod expand;
mod inline;
pub mod int;
mod invisible;
mod keywords;
pub mod kind;
mod lines;
pub mod literal;
pub mod model;
mod names;
pub mod perfect;
mod proposal;
pub mod report;
mod roles;
pub mod spelling;
pub mod table;
pub mod validate;
pub mod vocabulary;

#[cfg(test)]
mod robustness;
#[cfg(test)]
mod testing;
