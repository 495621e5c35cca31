//! The pipeline of one macro call: read the table, check it, then expand it, or report what is
//! wrong together with a fallback expansion.
//!
//! Like thiserror's `fallback.rs`: when the input has errors, the macro still declares the enum
//! with every valid row and the whole API (methods and impls), so that code using the enum does
//! not bury the real errors under "no variant" and "no method" errors of its own.

use crate::ast::{Body, Input};
use crate::diag::Diagnostic;
use crate::expand::expand;
use crate::include;
use crate::literal::SourceText;
use crate::model::{self, Model};
use crate::report::{self, Location};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::LitStr;

/// The expansion of one `oauth_error_table!` call. `locate` says where a span starts in the
/// source (the compiler knows; a unit test does not).
pub(crate) fn generate(mut input: Input, locate: impl Fn(Span) -> Location) -> TokenStream {
    let mut errors = std::mem::take(&mut input.errors);
    let mut tracked = None;
    let table = match &input.body {
        Some(Body::Literal(literal)) => Some((literal.value(), Origin::Literal(literal))),
        Some(Body::File(path)) => {
            let caller = locate(path.span());
            match include::read(&path.value(), &caller.file, caller.local_file.as_deref()) {
                Ok(file) => {
                    tracked = file.path.to_str().map(str::to_owned);
                    let origin = Origin::File {
                        display: file.display,
                        span: caller.span,
                    };
                    Some((file.text, origin))
                }
                Err(message) => {
                    errors.push(syn::Error::new(caller.span, message));
                    None
                }
            }
        }
        None => None,
    };
    let mut model = Model::default();
    if let Some((text, origin)) = &table {
        let checked = model::check(text, input.code_type());
        errors.extend(origin.report(text, &checked.diagnostics, &locate));
        model = checked.model;
    }
    if let Some((_, span)) = input.repr
        && model.has_error
        && !model.has_code
    {
        errors.push(syn::Error::new(
            span,
            "`#[repr]` names the type of the code column, but the table has no `code` column; \
             remove the `#[repr]` or add a column named `code`",
        ));
    }

    if !errors.is_empty() && !model.has_code && !model.has_error {
        // Without known columns, declare every method: the user's code may call any of them.
        model.has_code = true;
        model.has_error = true;
    }
    let mut tokens = expand(&input, &model);
    if let Some(path) = tracked {
        // Cargo rebuilds the crate when a file that `include_bytes!` reads changes.
        let cfgs = &input.cfgs;
        tokens.extend(quote! {
            #(#cfgs)*
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        });
    }
    for error in errors {
        tokens.extend(error.to_compile_error());
    }
    tokens
}

/// Where a table's text comes from, to say where its problems are.
enum Origin<'a> {
    /// The string literal in the macro call.
    Literal(&'a LitStr),
    /// A file, as messages name it, read for the `include_str!` at `span`.
    File { display: String, span: Span },
}

impl Origin<'_> {
    /// The compiler errors for `diagnostics` about `text`, which came from here.
    fn report(
        &self,
        text: &str,
        diagnostics: &[Diagnostic],
        locate: impl Fn(Span) -> Location,
    ) -> Option<syn::Error> {
        if diagnostics.is_empty() {
            return None;
        }
        match self {
            Origin::Literal(literal) => {
                let source = SourceText::decode(&literal.token().to_string())
                    .filter(|source| source.value() == text)
                    .unwrap_or_else(|| SourceText::verbatim(text));
                report::to_error(diagnostics, &source, &locate(literal.span()), |range| {
                    literal.token().subspan(source.source_range(range))
                })
            }
            Origin::File { display, span } => {
                let location = Location {
                    file: display.clone(),
                    local_file: None,
                    line: 1,
                    column: 1,
                    span: *span,
                };
                report::to_error(diagnostics, &SourceText::verbatim(text), &location, |_| {
                    None
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::generate;
    use crate::ast::Input;
    use crate::report::Location;
    use proc_macro2::Span;
    use quote::quote;

    #[test]
    fn a_table_file_is_tracked_and_its_errors_name_its_own_lines() {
        let root =
            std::env::temp_dir().join(format!("oauth-errors-generate-{}", std::process::id()));
        std::fs::create_dir_all(root.join("src/tables")).unwrap();
        let table = root.join("src/tables/qq.md");
        std::fs::write(
            &table,
            "| code | description |\r\n| --- | --- |\r\n| 1 | one |\r\n| 1x | two |\r\n",
        )
        .unwrap();
        let input: Input = syn::parse2(quote! {
            pub enum Qq { include_str!("tables/qq.md") }
        })
        .unwrap();
        let caller = root.join("src/lib.rs");
        let expansion = generate(input, |_| Location {
            file: "src/lib.rs".to_owned(),
            local_file: Some(caller.clone()),
            line: 7,
            column: 5,
            span: Span::call_site(),
        })
        .to_string();
        // Cargo learns of the file through `include_bytes!` of its absolute path.
        let tracked = format!("include_bytes ! ({:?})", table.to_str().unwrap());
        assert!(expansion.contains(&tracked), "{expansion}");
        // The error names the file and the line and column of the bad cell in it.
        assert!(
            expansion.contains("the code `1x` is not an integer"),
            "{expansion}"
        );
        assert!(
            expansion.contains("--> src/tables/qq.md:4:3"),
            "{expansion}"
        );
        // The valid row is declared.
        assert!(expansion.contains("Code1"), "{expansion}");
        std::fs::remove_dir_all(root).unwrap();
    }
}
