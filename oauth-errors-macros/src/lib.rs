//! The `oauth_error_table!` macro: a provider's Markdown table of OAuth error codes becomes a
//! typed enum.
//!
//! Use it through the [`oauth-errors`](https://docs.rs/oauth-errors) crate, which re-exports it
//! and documents it in full; the generated code names that crate's `UnknownCode` and
//! `UnknownErrorId` types.
//!
//! This crate is the part that talks to the compiler: `ast` reads the Rust syntax around the
//! table, `include` reads a table kept in a file, `facade` finds the facade in a manifest that
//! renamed it, and `generate` runs the steps and turns the problems into compiler errors at the
//! right spans. The steps themselves (parse the Markdown,
//! read the header's roles, validate the rows into a model, expand it, render the problems) are
//! plain functions in `oauth-errors-table`.

#![forbid(unsafe_code)]

mod ast;
mod facade;
mod generate;
mod include;

use proc_macro::TokenStream;

/// Declares an enum from a Markdown table of error codes.
///
/// See the [`oauth-errors` documentation](https://docs.rs/oauth-errors) for the input format,
/// the column roles and the generated API.
#[proc_macro]
pub fn oauth_error_table(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as ast::Input);
    generate::generate(input, facade::renamed_here, |span| {
        let span = span.unwrap();
        generate::Caller {
            location: oauth_errors_table::report::Location {
                file: span.file(),
                line: span.line(),
                column: span.column(),
            },
            local_file: span.local_file(),
            span: span.start().into(),
        }
    })
    .into()
}
