//! The pipeline of one macro call: check the table, then expand it, or report what is wrong
//! together with a fallback expansion.
//!
//! Like thiserror's `fallback.rs`: when the input has errors, the macro still declares the enum
//! with every valid row and the whole API (methods and impls), so that code using the enum does
//! not bury the real errors under "no variant" and "no method" errors of its own.

use crate::ast::Input;
use crate::expand::expand;
use crate::literal::SourceText;
use crate::model::{self, Model};
use crate::report::{self, Location};
use proc_macro2::TokenStream;
use syn::LitStr;

/// The expansion of one `oauth_error_table!` call. `locate` says where a literal starts in the
/// source file (only called when there is something to report).
pub(crate) fn generate(mut input: Input, locate: impl FnOnce(&LitStr) -> Location) -> TokenStream {
    let mut errors = std::mem::take(&mut input.errors);
    let mut model = Model::default();
    if let Some(literal) = &input.body {
        let value = literal.value();
        let checked = model::check(&value, input.code_type());
        if !checked.diagnostics.is_empty() {
            let text = SourceText::decode(&literal.token().to_string())
                .filter(|text| text.value() == value)
                .unwrap_or_else(|| SourceText::verbatim(&value));
            errors.extend(report::to_error(
                &checked.diagnostics,
                &text,
                &locate(literal),
            ));
        }
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

    if errors.is_empty() {
        return expand(&input, &model);
    }
    // Without known columns, declare every method: the user's code may call any of them.
    if !model.has_code && !model.has_error {
        model.has_code = true;
        model.has_error = true;
    }
    let mut tokens = expand(&input, &model);
    for error in errors {
        tokens.extend(error.to_compile_error());
    }
    tokens
}
