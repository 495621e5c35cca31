//! Kinds given beside the table (`#[oauth_errors(kind(…), token_kind(…))]`): each entry names a
//! row by its code or its error id, and gives it a kind (or the kind it has when the token
//! endpoint answers it), once, where the table's column does not.

use crate::diag::{At, Diagnostic, Diagnostics};
use crate::kind::{Kind, Row};
use crate::model::{Entry, Model};
use crate::report::quote;
use std::collections::HashMap;
use std::ops::Range;

/// One of the two lists beside the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum List {
    /// `kind(…)`: the kind of a row wherever it is answered.
    Kind,
    /// `token_kind(…)`: the kind of a row when the token endpoint answers it.
    TokenKind,
}

impl List {
    /// Where an entry of the list is, for a diagnostic.
    fn at(self, index: usize) -> At {
        match self {
            List::Kind => At::Kind(index),
            List::TokenKind => At::TokenKind(index),
        }
    }

    /// The table's column of the same kinds, and the list's option.
    fn column(self) -> &'static str {
        match self {
            List::Kind => "kind",
            List::TokenKind => "token_kind",
        }
    }

    /// What the list gives a row, in a sentence.
    fn gives(self) -> &'static str {
        match self {
            List::Kind => "the kind",
            List::TokenKind => "the token kind",
        }
    }

    /// A row's kind of this list.
    fn of(self, entry: &Entry) -> Option<Kind> {
        match self {
            List::Kind => Some(entry.kind),
            List::TokenKind => entry.token_kind,
        }
    }
}

/// Where a row's kind (or token kind) was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Given {
    /// In the table's column: this cell.
    Cell(Range<usize>),
    /// Beside the table: this entry of the list.
    Entry(usize),
}

impl Given {
    /// A diagnostic about the kind given here.
    fn diagnostic(&self, list: List, message: String) -> Diagnostic {
        match self {
            Given::Cell(span) => Diagnostic::new(span.clone(), message),
            Given::Entry(index) => Diagnostic::at(list.at(*index), message),
        }
    }
}

/// Gives the rows of `model` the kinds of the list `entries`; reports an entry that names no row
/// of the table, names a row twice, or names a row that the table's column gives a kind already.
/// `given` holds, by row, where its kind of this list was given so far (its cell in the column),
/// and gets the entries that give one.
pub(super) fn classify(
    model: &mut Model,
    list: List,
    entries: &[(Kind, Row)],
    given: &mut [Option<Given>],
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
    for (at, (kind, row)) in entries.iter().enumerate() {
        let found = match row {
            Row::Code(code) => by_code.get(code),
            Row::Error(error) => by_error.get(error),
        };
        let what = match row {
            Row::Code(code) => format!("the code {code}"),
            Row::Error(error) => format!("the error id {}", quote(error)),
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
                Diagnostic::at(list.at(at), format!("the table has no row with {what}")).help(help),
            );
            continue;
        };
        let entry = &model.entries()[index];
        let before = list.of(entry).map_or("", Kind::keyword);
        match &given[index] {
            Some(Given::Cell(_)) => {
                cx.push(
                    Diagnostic::at(
                        list.at(at),
                        format!(
                            "{what} has {} `{before}` in the table's `{}` column already",
                            list.gives(),
                            list.column()
                        ),
                    )
                    .help(format!(
                        "give a row {} in one place: in the table, or beside it",
                        list.gives()
                    )),
                );
                continue;
            }
            Some(Given::Entry(_)) => {
                cx.push(
                    Diagnostic::at(
                        list.at(at),
                        format!(
                            "`{}` ({what}) is given {} twice: `{before}` before, and `{}` here",
                            entry.name,
                            list.gives(),
                            kind.keyword()
                        ),
                    )
                    .help("name each row once"),
                );
                continue;
            }
            None => {}
        }
        given[index] = Some(Given::Entry(at));
        match list {
            List::Kind => model.set_kind(index, *kind),
            List::TokenKind => model.set_token_kind(index, Some(*kind)),
        }
    }
}

/// Reports each token kind that is the row's kind (given in `given`): it changes nothing, and is
/// likely a slip for another kind. The row keeps its one kind.
pub(super) fn same_token_kinds(model: &mut Model, given: &[Option<Given>], cx: &Diagnostics) {
    for (index, given) in given.iter().enumerate() {
        let entry = &model.entries()[index];
        let (Some(token_kind), Some(given)) = (entry.token_kind, given) else {
            continue;
        };
        if token_kind != entry.kind {
            continue;
        }
        let what = match (entry.key.code(), entry.key.error()) {
            (Some(code), _) => format!("the code {code}"),
            (None, Some(error)) => format!("the error id {}", quote(error)),
            (None, None) => String::new(),
        };
        cx.push(
            given
                .diagnostic(
                    List::TokenKind,
                    format!(
                        "`{}` ({what}) has the kind `{}` already: a token kind of `{}` changes \
                         nothing",
                        entry.name,
                        entry.kind.keyword(),
                        token_kind.keyword()
                    ),
                )
                .help("remove it: the row has this kind wherever it is answered"),
        );
        model.set_token_kind(index, None);
    }
}
