//! The `oauth_error_table!` macro: a provider's Markdown table of OAuth error codes becomes a
//! typed enum.
//!
//! Use it through the [`oauth-errors`](https://docs.rs/oauth-errors) crate, which re-exports it
//! and documents it in full; the generated code names that crate's `UnknownCode` and
//! `UnknownErrorId` types.
//!
//! The macro is a pipeline of pure steps, one per module: `ast` reads the Rust
//! syntax around the table, `include` reads a table kept in a file, `table` parses the Markdown, `roles` reads the header, `model`
//! validates the rows, `expand` writes the code, `report` turns problems into compile errors that
//! name the file, line and column of the bad cell, and `generate` runs them in order.

#![forbid(unsafe_code)]

mod ast;
mod diag;
mod expand;
mod generate;
mod include;
mod int;
mod invisible;
mod lines;
mod literal;
mod model;
mod names;
mod perfect;
mod report;
mod roles;
mod table;

#[cfg(test)]
mod robustness;
#[cfg(test)]
mod testing;

use proc_macro::TokenStream;

/// Declares an enum from a Markdown table of error codes.
///
/// See the [`oauth-errors` documentation](https://docs.rs/oauth-errors) for the input format,
/// the column roles and the generated API.
#[proc_macro]
pub fn oauth_error_table(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as ast::Input);
    generate::generate(input, |span| {
        let span = span.unwrap();
        report::Location {
            file: span.file(),
            local_file: span.local_file(),
            line: span.line(),
            column: span.column(),
            span: span.start().into(),
        }
    })
    .into()
}
