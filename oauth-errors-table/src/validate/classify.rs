//! Kinds given beside the table (`#[oauth_errors(kind(…))]`): each entry names a row by its code
//! or its error id, and gives it a kind, once.

use crate::diag::{At, Diagnostic, Diagnostics};
use crate::kind::{Classification, Kind, Row};
use crate::model::Model;
use crate::report::quote;
use std::collections::HashMap;

/// Gives the rows of `model` the kinds `classification` names; reports an entry that names no
/// row of the table, names a row twice, or names a row that the table's kind column classifies
/// already (`classified` holds which rows it does, by index).
pub(crate) fn classify(
    model: &mut Model,
    classification: &Classification,
    classified: &[bool],
    cx: &Diagnostics,
) {
    let mut by_code = HashMap::new();
    let mut by_error = HashMap::new();
    for (index, entry) in model.entries().iter().enumerate() {
        if let Some(code) = entry.key.code() {
            by_code.insert(code, index);
        }
        if let Some(error) = entry.key.error() {
            by_error.insert(error.to_owned(), index);
        }
    }
    // Which entry of the classification gave each row its kind.
    let mut given: HashMap<usize, (usize, Kind)> = HashMap::new();
    for (at, (kind, row)) in classification.iter().enumerate() {
        let (found, what) = match row {
            Row::Code(code) => (by_code.get(code), format!("the code {code}")),
            Row::Error(error) => (
                by_error.get(error),
                format!("the error id {}", quote(error)),
            ),
        };
        let Some(&index) = found else {
            let help = match row {
                Row::Code(_) if !model.keys().has_code() => {
                    "the table has no code column: name its rows by their error ids"
                }
                Row::Error(_) if !model.keys().has_error() => {
                    "the table has no error column: name its rows by their codes"
                }
                _ => "name a row the table has, by its code or its error id",
            };
            cx.push(
                Diagnostic::at(At::Kind(at), format!("the table has no row with {what}"))
                    .help(help),
            );
            continue;
        };
        if classified.get(index).copied().unwrap_or(false) {
            cx.push(
                Diagnostic::at(
                    At::Kind(at),
                    format!(
                        "{what} has the kind `{}` in the table's `kind` column already",
                        model.entries()[index].kind.keyword()
                    ),
                )
                .help("classify a row in one place: in the table, or beside it"),
            );
            continue;
        }
        if let Some(&(_, first)) = given.get(&index) {
            let name = &model.entries()[index].name;
            cx.push(
                Diagnostic::at(
                    At::Kind(at),
                    format!(
                        "`{name}` ({what}) is classified twice: as `{}` before, and as `{}` here",
                        first.keyword(),
                        kind.keyword()
                    ),
                )
                .help("name each row once"),
            );
            continue;
        }
        given.insert(index, (at, *kind));
        model.set_kind(index, *kind);
    }
}
