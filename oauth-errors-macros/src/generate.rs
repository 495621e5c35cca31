//! The pipeline of one macro call: read the table (from the literal, or from a file), check it,
//! and expand it; or report what is wrong together with a fallback expansion.
//!
//! Like thiserror's `fallback.rs`: when the input has errors, the macro still declares the enum
//! with every valid row and an API ([`declared`]), so that code using the enum does not bury the
//! real errors under "no variant" and "no method" errors of its own.

use crate::ast::{Body, Input};
use crate::include;
use oauth_errors_table::diag::{At, Diagnostic};
use oauth_errors_table::expand::expand;
use oauth_errors_table::literal::SourceText;
use oauth_errors_table::model::{Extras, Keys, Model};
use oauth_errors_table::report::{self, Location};
use oauth_errors_table::validate;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::ops::Range;
use std::path::PathBuf;
use syn::LitStr;

/// Where a span is in the source: what the compiler says of it.
pub(crate) struct Caller {
    /// The file, line and column of the span's start.
    pub(crate) location: Location,
    /// The file on disk, when there is one.
    pub(crate) local_file: Option<PathBuf>,
    /// The span of the start, for errors to point at.
    pub(crate) span: Span,
}

/// The expansion of one `oauth_error_table!` call. `renamed` says under which name the calling
/// crate depends on the facade, when it renamed it (`facade::renamed_here`); `locate` says where
/// a span starts in the source (the compiler knows; a unit test does not).
pub(crate) fn generate(
    mut input: Input,
    renamed: impl FnOnce() -> Option<String>,
    locate: impl Fn(Span) -> Caller,
) -> TokenStream {
    // Every error of the call, from each step, emitted together at the end.
    let mut errors = std::mem::take(&mut input.errors);
    if !input.krate_given
        && let Some(name) = renamed()
    {
        let path = Ident::new(&name, Span::call_site());
        errors.push(syn::Error::new(
            input.ident.span(),
            format!(
                "this crate depends on `oauth-errors` under the name `{name}` (its Cargo.toml \
                 renames it), and the expansion names `::oauth_errors`; say where it is: put \
                 `#[oauth_errors(crate = ::{name})]` on the enum"
            ),
        ));
        // The rest of the expansion finds it, and adds no errors of its own.
        input.krate = quote!(::#path);
    }
    let mut tracked = None;
    let table = match &input.body {
        Some(Body::Literal(literal)) => Some((literal.value(), Origin::Literal(literal))),
        Some(Body::File(path)) => {
            let caller = locate(path.span());
            match include::read(
                &path.value(),
                &caller.location.file,
                caller.local_file.as_deref(),
            ) {
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
    let mut model = None;
    if let Some((text, origin)) = &table {
        let checked =
            validate::check_classified(text, input.repr.map(|(ty, _)| ty), &input.classification());
        let attribute = |at: &At| match at {
            At::Kind(index) => input.kinds.get(*index).map(|(_, _, span)| *span),
            At::TokenKind(index) => input.token_kinds.get(*index).map(|(_, _, span)| *span),
            At::Repr | At::Text(_) => input.repr.map(|(_, span)| span),
        };
        errors.extend(checked.diagnostics.iter().map(|diagnostic| {
            let span = attribute(&diagnostic.at).unwrap_or_else(Span::call_site);
            origin.error(text, diagnostic, span, &locate, |range| {
                origin.subspan(range)
            })
        }));
        model = checked.model;
    }

    let mut tokens = expand(&input.item(), &declared(model));
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

/// What the expansion declares: the model of the table's valid rows, with the API of its keys;
/// when its header could not be read (or there is no table), no variants and the API of both
/// keys, since the user's code may call any lookup.
fn declared(model: Option<Model>) -> Model {
    model.unwrap_or_else(|| Model::new(Keys::Both, Extras::default()))
}

/// Where a table's text comes from, to say where its problems are.
enum Origin<'a> {
    /// The string literal in the macro call.
    Literal(&'a LitStr),
    /// A file, as messages name it, read for the `include_str!` at `span`.
    File { display: String, span: Span },
}

impl Origin<'_> {
    /// The span of the bytes `range` of the literal's source: `Literal::subspan` can underline
    /// part of a literal on a nightly compiler, and returns `None` on stable (and for files).
    fn subspan(&self, range: Range<usize>) -> Option<Span> {
        match self {
            Origin::Literal(literal) => literal.token().subspan(range),
            Origin::File { .. } => None,
        }
    }

    /// The compiler error for `diagnostic` about `text`, which came from here. One about an
    /// attribute points at `attribute` (the span of the `#[repr]`'s type, or of a row given a
    /// kind); one about the text at the span `subspan` gives for the bytes of the literal's
    /// source it is about, else at the literal's (or the `include_str!`'s) start.
    fn error(
        &self,
        text: &str,
        diagnostic: &Diagnostic,
        attribute: Span,
        locate: impl Fn(Span) -> Caller,
        subspan: impl FnOnce(Range<usize>) -> Option<Span>,
    ) -> syn::Error {
        let (source, caller) = match self {
            Origin::Literal(literal) => {
                let source = SourceText::decode(&literal.token().to_string())
                    .filter(|source| source.value() == text)
                    .unwrap_or_else(|| SourceText::verbatim(text));
                (source, locate(literal.span()))
            }
            Origin::File { display, span } => (
                SourceText::verbatim(text),
                Caller {
                    location: Location {
                        file: display.clone(),
                        line: 1,
                        column: 1,
                    },
                    local_file: None,
                    span: *span,
                },
            ),
        };
        let span = match &diagnostic.at {
            At::Repr | At::Kind(_) | At::TokenKind(_) => attribute,
            At::Text(range) => subspan(source.source_range(range)).unwrap_or(caller.span),
        };
        syn::Error::new(span, report::render(diagnostic, &source, &caller.location))
    }
}

#[cfg(test)]
mod tests {
    use super::{Caller, Origin, generate};
    use crate::ast::Input;
    use oauth_errors_table::diag::Diagnostic;
    use oauth_errors_table::report::Location;
    use proc_macro2::Span;
    use quote::quote;

    fn caller(_: Span) -> Caller {
        Caller {
            location: Location {
                file: "src/lib.rs".to_owned(),
                line: 10,
                column: 9,
            },
            local_file: None,
            span: Span::call_site(),
        }
    }

    #[test]
    fn errors_ask_for_the_subspan_of_each_diagnostic() {
        // On a compiler that can underline part of a literal, each error asks for the bytes of
        // its own cell in the literal's source; on stable `subspan` answers `None` and the
        // literal's start is used.
        let literal: syn::LitStr = syn::parse_str("r\"| a |\n|---|\n| x |\n| y |\"").unwrap();
        let text = literal.value();
        let (x, y) = (text.find('x').unwrap(), text.find('y').unwrap());
        let origin = Origin::Literal(&literal);
        let mut asked = Vec::new();
        for diagnostic in [
            Diagnostic::new(x..x + 1, "x"),
            Diagnostic::new(y..y + 1, "y"),
        ] {
            let error = origin.error(&text, &diagnostic, Span::call_site(), caller, |range| {
                asked.push(range);
                None
            });
            assert!(error.to_string().starts_with(&diagnostic.message));
        }
        // `r"` comes before the value in the source.
        assert_eq!(asked, [x + 2..x + 3, y + 2..y + 3]);
    }

    #[test]
    fn a_renamed_facade_is_named_and_found() {
        let input: Input = syn::parse2(quote! {
            pub enum Codes { "| code | description |\n|---|---|\n| 1 | one |" }
        })
        .unwrap();
        let expansion = generate(input, || Some("oe".to_owned()), caller).to_string();
        assert!(
            expansion.contains(
                "this crate depends on `oauth-errors` under the name `oe` (its Cargo.toml \
                 renames it), and the expansion names `::oauth_errors`; say where it is: put \
                 `#[oauth_errors(crate = ::oe)]` on the enum"
            ),
            "{expansion}"
        );
        // The expansion names the facade as renamed: no error of rustc's follows.
        assert!(expansion.contains(":: oe :: Kind"), "{expansion}");
        assert!(!expansion.contains(":: oauth_errors ::"), "{expansion}");
        // With the path given, the manifest is not asked.
        let input: Input = syn::parse2(quote! {
            #[oauth_errors(crate = ::oe)]
            pub enum Codes { "| code | description |\n|---|---|\n| 1 | one |" }
        })
        .unwrap();
        let expansion = generate(input, || panic!("not asked"), caller).to_string();
        assert!(!expansion.contains("compile_error"), "{expansion}");
    }

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
        let expansion = generate(
            input,
            || None,
            |_| Caller {
                location: Location {
                    file: "src/lib.rs".to_owned(),
                    line: 7,
                    column: 5,
                },
                local_file: Some(caller.clone()),
                span: Span::call_site(),
            },
        )
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
