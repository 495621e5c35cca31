//! Validation: every rule a table must follow, from its parsed rows to the model of the enum.
//!
//! It reads the header's roles (`roles`), then every row: cell count, code (an integer that fits
//! the code type), error id, variant name, and uniqueness of codes, error ids and names; and
//! the rule that ties the enum's `#[repr]` to the table (a code type needs a code column). It
//! keeps going after a problem, so that one compile reports all of them, and the model it
//! returns holds every row that is valid (the fallback expansion declares those).

use crate::diag::{At, Diagnostic, Diagnostics, Reported};
use crate::inline;
use crate::int::{self, IntType};
use crate::invisible;
use crate::kind::{self, Classification, Kind};
use crate::model::{Entry, Extras, Key, Model};
use crate::names;
use crate::report::quote;
use crate::roles::{self, Columns, Header};
use crate::table::{self, Cell, Format, Row, Table};
use classify::{Given, List};
use std::collections::HashMap;
use std::ops::Range;

/// What checking a table found: the model of its valid rows, when its header could be read,
/// and every problem. The model is to be expanded as the real thing only when `diagnostics` is
/// empty.
#[derive(Debug)]
pub struct Checked {
    /// The enum the valid rows declare; `None` when the header names no usable columns.
    pub model: Option<Model>,
    /// Every problem, in the order of the text (see [`Diagnostics::finish`]).
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and validates the table in `text`, of an enum whose `#[repr]` names the code type
/// `repr` (`None` without a `#[repr]`: the codes are [`IntType::DEFAULT`]).
#[must_use]
pub fn check(text: &str, repr: Option<IntType>) -> Checked {
    check_classified(text, repr, &Classification::default())
}

/// [`check`], with kinds given beside the table (`#[oauth_errors(kind(…), token_kind(…))]`).
#[must_use]
pub fn check_classified(
    text: &str,
    repr: Option<IntType>,
    classification: &Classification,
) -> Checked {
    let cx = Diagnostics::new();
    let model = table::parse(text, &cx)
        .and_then(|table| validate(text, &table, repr, classification, &cx))
        .ok();
    Checked {
        model,
        diagnostics: cx.finish(),
    }
}

fn validate(
    text: &str,
    table: &Table<'_>,
    repr: Option<IntType>,
    classification: &Classification,
    cx: &Diagnostics,
) -> Result<Model, Reported> {
    let (columns, proposed) = match roles::resolve(text, table, cx)? {
        Header::Named(columns) => (columns, false),
        Header::Proposed(columns) => (columns, true),
    };
    let keys = columns.keys.keys();
    if repr.is_some() && !keys.has_code() && columns.category.is_none() {
        cx.push(
            Diagnostic::at(
                At::Repr,
                "`#[repr]` names the type of the code column, but the table has no `code` \
                 column",
            )
            .help("remove the `#[repr]` or add a column named `code`"),
        );
    }
    let extras = Extras {
        category: columns.category.is_some(),
        description_en: columns.description_en.is_some(),
    };
    let mut model = Model::new(keys, extras);
    let mut rows = RowChecker {
        text,
        format: table.format,
        code_type: repr.unwrap_or(IntType::DEFAULT),
        columns: &columns,
        header_cells: table.header.cells.len(),
        row: 0..0,
        codes: HashMap::new(),
        errors: HashMap::new(),
        names: HashMap::new(),
        cx,
    };
    // Rows shifted by merged cells are reported by runs, and not read further.
    let shifted = shifted::find(text, table, &columns, cx);
    let unshifted: Vec<&Row<'_>> = table
        .rows
        .iter()
        .zip(&shifted)
        .filter(|(_, shifted)| !**shifted)
        .map(|(row, _)| row)
        .collect();
    if let Some(code) = columns.keys.code() {
        rows.check_code_range(&unshifted, code);
    }
    // Where each row's kind and token kind were given: in the columns, then beside the table.
    let mut kinds = Vec::with_capacity(table.rows.len());
    let mut token_kinds = Vec::with_capacity(table.rows.len());
    for row in unshifted {
        if let Ok(entry) = rows.check(row) {
            let given = |column: Option<usize>| {
                column
                    .map(|index| &row.cells[index])
                    .filter(|cell| !cell.plain.is_empty())
                    .map(|cell| Given::Cell(cell.span.clone()))
            };
            kinds.push(given(columns.kind));
            token_kinds.push(given(columns.token_kind));
            model.push(entry);
        }
    }
    classify::classify(
        &mut model,
        List::Kind,
        &classification.kinds,
        &mut kinds,
        cx,
    );
    classify::classify(
        &mut model,
        List::TokenKind,
        &classification.token_kinds,
        &mut token_kinds,
        cx,
    );
    classify::same_token_kinds(&mut model, &token_kinds, cx);
    if proposed {
        // The rows were read as proposed, for their problems; the header is to be fixed first.
        return Err(Reported);
    }
    Ok(model)
}

/// Reads the data rows, remembering what they used so far to find duplicates.
struct RowChecker<'t> {
    text: &'t str,
    format: Format,
    code_type: IntType,
    columns: &'t Columns,
    header_cells: usize,
    /// The row being read.
    row: Range<usize>,
    codes: HashMap<i128, First>,
    errors: HashMap<String, First>,
    names: HashMap<String, First>,
    cx: &'t Diagnostics,
}

/// Where a code, an error id or a name was first used: its cell, and its row.
struct First {
    cell: Range<usize>,
    row: Range<usize>,
}

impl RowChecker<'_> {
    /// Reads one row; `Err` when it has a problem.
    fn check(&mut self, row: &Row<'_>) -> Result<Entry, Reported> {
        self.row = row.span.clone();
        if row.cells.len() != self.header_cells {
            return Err(self.cx.push(self.ragged(row)));
        }
        let cell = |index: usize| &row.cells[index];
        let code = self.columns.keys.code().map(|index| self.code(cell(index)));
        let error = self
            .columns
            .keys
            .error()
            .map(|index| self.error(cell(index)));
        let name = self.name(self.columns.name.map(cell), code.as_ref(), error.as_ref());
        let key = match (code, error) {
            (Some(code), Some(error)) => Key::Both {
                code: code?,
                error: error?,
            },
            (Some(code), None) => Key::Code(code?),
            (None, Some(error)) => Key::Error(error?),
            // `roles::resolve` gives a code column, an error column or both.
            (None, None) => return Err(Reported),
        };
        let category = self
            .columns
            .category
            .map(|index| self.category(cell(index)))
            .transpose()?;
        let kind = self
            .columns
            .kind
            .map_or(Ok(None), |index| self.kind(cell(index)))?
            .unwrap_or(Kind::Unknown);
        let token_kind = self
            .columns
            .token_kind
            .map_or(Ok(None), |index| self.kind(cell(index)))?;
        Ok(Entry {
            name: name?,
            key,
            description: cell(self.columns.description).plain.clone(),
            description_doc: self.doc(cell(self.columns.description)),
            category,
            description_en: self
                .columns
                .description_en
                .map(cell)
                .filter(|cell| !cell.plain.is_empty())
                .map(|cell| (cell.plain.clone(), self.doc(cell))),
            kind,
            token_kind,
            note: self
                .columns
                .note
                .map(cell)
                .filter(|cell| !cell.text.is_empty())
                .map(|cell| self.note(cell)),
        })
    }

    /// Reports a character no one sees in a key cell (`what` names the cell, as "the code").
    fn hidden_character(&self, cell: &Cell<'_>, what: &str) -> Result<(), Reported> {
        // As written, it points at the character; one that an entity wrote (`&nbsp;`) is
        // only in what the cell reads as.
        let (span, c) = match invisible::find(&self.text[cell.span.clone()]) {
            Some((at, c)) => {
                let start = cell.span.start + at;
                (start..start + c.len_utf8(), c)
            }
            None => match invisible::find(&cell.plain) {
                Some((_, c)) => (cell.span.clone(), c),
                None => return Ok(()),
            },
        };
        let (kind, help) = if c.is_whitespace() {
            (
                "a space that is not a plain space",
                "write a plain space in its place, or delete it",
            )
        } else {
            ("an invisible character", "delete it")
        };
        Err(self.cx.push(
            Diagnostic::new(
                span,
                format!(
                    "{what} {} holds {}, {kind}",
                    quote(&invisible::show(&cell.plain)),
                    invisible::describe(c)
                ),
            )
            .note(
                None,
                "tables copied from web pages often carry such characters; \
                 what the provider sends does not, so a lookup would never find this row",
            )
            .help(help),
        ))
    }

    /// The problem of a row with more or fewer cells than the header.
    fn ragged(&self, row: &Row<'_>) -> Diagnostic {
        let (cells, header) = (row.cells.len(), self.header_cells);
        let noun = if cells == 1 { "cell" } else { "cells" };
        let no_pipe = self.format == Format::Markdown
            && cells == 1
            && !self.text[row.span.clone()].contains('|');
        if no_pipe {
            return Diagnostic::new(
                row.span.clone(),
                format!("this line has no `|`: it is a row of 1 cell, but the header has {header}"),
            )
            .help(
                "if it goes on the last cell of the row above (a line break in the cell), join \
                 it to that row and write the break as `<br>`; else write its cells between `|`",
            );
        }
        let help = match self.format {
            Format::Markdown => format!(
                "give every row {header} cells separated by `|`; write a `|` inside a cell as \
                 `\\|`"
            ),
            Format::Tabs if cells < header => format!(
                "give every row {header} cells separated by tabs; an empty cell at the end of a \
                 row still needs the tab before it (some editors drop it)"
            ),
            Format::Tabs => format!("give every row {header} cells separated by tabs"),
        };
        Diagnostic::new(
            row.span.clone(),
            format!("this row has {cells} {noun} but the header has {header}"),
        )
        .help(help)
    }

    /// The Markdown that renders a description cell in rustdoc.
    fn doc(&self, cell: &Cell<'_>) -> String {
        match self.format {
            Format::Markdown => inline::markdown(&inline::parse(&cell.text)),
            Format::Tabs => inline::escape(&cell.plain),
        }
    }

    /// The Markdown of a note cell, for the variant's documentation: the cell as written in a
    /// Markdown table (the table author's own documentation), escaped in a tab-separated one
    /// (plain text: `<T>` shows as written).
    fn note(&self, cell: &Cell<'_>) -> String {
        match self.format {
            Format::Markdown => cell.text.clone().into_owned(),
            Format::Tabs => inline::escape(&cell.plain),
        }
    }

    /// Reads a code cell.
    fn code(&mut self, cell: &Cell<'_>) -> Result<i128, Reported> {
        self.hidden_character(cell, "the code")?;
        let Some(parsed) = int::parse_integer(&cell.plain) else {
            let message = if cell.plain.is_empty() {
                "this row has an empty code".to_owned()
            } else {
                format!("the code {} is not an integer", quote(&cell.text))
            };
            return Err(self.cx.push(
                Diagnostic::new(cell.span.clone(), message)
                    .help("write the code as a decimal integer, such as `21325` or `-1`"),
            ));
        };
        let code = match parsed {
            Ok(code) if self.code_type.contains(code) => code,
            // `check_code_range` reported the codes out of range, for the whole table at once.
            _ => return Err(Reported),
        };
        if let Some(first) = self.codes.get(&code) {
            return Err(self.cx.push(duplicate(
                self.text,
                cell.span.clone(),
                first,
                &format!("the code {code} appears twice"),
                "give each row its own code: fix the code that is wrong, or remove one row",
            )));
        }
        self.codes.insert(code, self.first(cell.span.clone()));
        Ok(code)
    }

    /// Reads a kind or token kind cell: a kind's keyword or its variant's name; `None` for an
    /// empty cell.
    fn kind(&self, cell: &Cell<'_>) -> Result<Option<Kind>, Reported> {
        if cell.plain.is_empty() {
            return Ok(None);
        }
        Kind::parse(&cell.plain).map(Some).map_err(|near| {
            self.cx.push(
                Diagnostic::new(
                    cell.span.clone(),
                    format!("{} is not a kind", quote(&cell.text)),
                )
                .help(kind::unknown_help(near)),
            )
        })
    }

    /// Reads a category cell: an integer of the code type, which rows may share.
    fn category(&self, cell: &Cell<'_>) -> Result<i128, Reported> {
        self.hidden_character(cell, "the category")?;
        match int::parse_integer(&cell.plain) {
            Some(Ok(category)) if self.code_type.contains(category) => Ok(category),
            Some(_) => Err(self.cx.push(
                Diagnostic::new(
                    cell.span.clone(),
                    format!(
                        "the category {} does not fit the code type `{}`",
                        quote(&cell.text),
                        self.code_type.name()
                    ),
                )
                .help("name a wider code type with `#[repr]`, such as `#[repr(i64)]`"),
            )),
            None => {
                let message = if cell.plain.is_empty() {
                    "this row has an empty category".to_owned()
                } else {
                    format!("the category {} is not an integer", quote(&cell.text))
                };
                Err(self.cx.push(
                    Diagnostic::new(cell.span.clone(), message)
                        .help("write the category as a decimal integer, such as `40004`"),
                ))
            }
        }
    }

    /// Reports every code (of the column `index`) that does not fit the code type, with the type
    /// that would fit them all.
    fn check_code_range(&self, rows: &[&Row<'_>], index: usize) {
        let cells = || {
            rows.iter()
                .filter(|row| row.cells.len() == self.header_cells)
                .map(move |row| &row.cells[index])
        };
        // The type to suggest: the narrowest that holds every code some type can hold.
        let codes = || {
            cells()
                .filter_map(|cell| int::parse_integer(&cell.plain)?.ok())
                .filter(|&code| IntType::narrowest_for(code, code).is_some())
        };
        let fits = match (codes().min(), codes().max()) {
            (Some(min), Some(max)) => IntType::narrowest_for(min, max),
            _ => None,
        };
        let (min, max) = self.code_type.range();
        for cell in cells() {
            let in_range = match int::parse_integer(&cell.plain) {
                Some(Ok(code)) => self.code_type.contains(code),
                Some(Err(())) => false,
                None => true,
            };
            if in_range {
                continue;
            }
            let representable = int::parse_integer(&cell.plain)
                .and_then(Result::ok)
                .is_some_and(|code| IntType::narrowest_for(code, code).is_some());
            let help = match fits {
                Some(fits) if representable => format!(
                    "put `#[repr({})]` on the enum to make the codes `{}`",
                    fits.name(),
                    fits.name()
                ),
                _ => "no code type holds it: codes must fit `i64` or `u64`".to_owned(),
            };
            self.cx.push(
                Diagnostic::new(
                    cell.span.clone(),
                    format!(
                        "the code {} does not fit the code type `{}` ({min} to {max})",
                        cell.text,
                        self.code_type.name()
                    ),
                )
                .help(help),
            );
        }
    }

    /// Reads an error cell. A duplicate is found before the cell is read further: a long id
    /// repeated on many rows is read in full once.
    fn error(&mut self, cell: &Cell<'_>) -> Result<String, Reported> {
        if cell.plain.is_empty() {
            return Err(self.cx.push(
                Diagnostic::new(cell.span.clone(), "this row has an empty error id")
                    .help("write the error id the provider sends, such as `invalid_grant`"),
            ));
        }
        if let Some(first) = self.errors.get(&cell.plain) {
            return Err(self.cx.push(duplicate(
                self.text,
                cell.span.clone(),
                first,
                &format!("the error id {} appears twice", quote(&cell.text)),
                "give each row its own error id: fix the one that is wrong, or remove one row",
            )));
        }
        self.hidden_character(cell, "the error id")?;
        self.errors
            .insert(cell.plain.clone(), self.first(cell.span.clone()));
        Ok(cell.plain.clone())
    }

    /// A value first used in the cell `cell` of the row being read.
    fn first(&self, cell: Range<usize>) -> First {
        First {
            cell,
            row: self.row.clone(),
        }
    }

    /// The variant name of a row: its `name` cell, else derived from its error id, else from its
    /// code. `Err` when there is a problem (reported, also when it was with the error or code).
    fn name(
        &mut self,
        name: Option<&Cell<'_>>,
        code: Option<&Result<i128, Reported>>,
        error: Option<&Result<String, Reported>>,
    ) -> Result<String, Reported> {
        let (name, span, origin) = match (name, error, code) {
            (Some(cell), _, _) if !cell.plain.is_empty() => {
                self.hidden_character(cell, "the name")?;
                if !names::is_variant_name(&cell.plain) {
                    let help = name_help(&cell.plain);
                    return Err(self.cx.push(
                        Diagnostic::new(
                            cell.span.clone(),
                            format!("{} is not a valid variant name", quote(&cell.text)),
                        )
                        .help(help),
                    ));
                }
                (cell.plain.clone(), cell.span.clone(), None)
            }
            (_, Some(Ok(error)), _) => {
                let span = self.errors[error].cell.clone();
                let Some(name) = names::upper_camel_case(error) else {
                    return Err(self.cx.push(underivable_name(&span, error)));
                };
                (name, span, Some(format!("the error id {}", quote(error))))
            }
            (_, None, Some(Ok(code))) => (
                names::from_code(*code),
                self.codes[code].cell.clone(),
                Some(format!("the code {code}")),
            ),
            // The error id or the code has a problem, reported already.
            _ => return Err(Reported),
        };
        if let Some(what) = names::reserved(&name) {
            return Err(self.cx.push(
                Diagnostic::new(
                    span,
                    format!("the variant name `{name}` is taken by the generated API: {what}"),
                )
                .help(format!(
                    "name the variant otherwise, such as `{}`",
                    names::upper_camel_case(&name).unwrap_or_default()
                )),
            ));
        }
        if let Some(first) = self.names.get(&name) {
            let message = match &origin {
                Some(origin) => {
                    format!("two rows make the variant name `{name}` (this one from {origin})")
                }
                None => format!("two rows make the variant name `{name}`"),
            };
            return Err(self.cx.push(duplicate(
                self.text,
                span,
                first,
                &message,
                "give one of the rows another name in a `name` column",
            )));
        }
        let first = self.first(span);
        self.names.insert(name.clone(), first);
        Ok(name)
    }
}

/// How to fix a `name` cell that is not a variant name.
fn name_help(name: &str) -> String {
    if name == "Self" {
        return "`Self` is a keyword; choose another name".to_owned();
    }
    if let Some(unraw) = name.strip_prefix("r#")
        && names::is_variant_name(unraw)
    {
        return format!("write it without `r#`: `{unraw}`");
    }
    match names::upper_camel_case(name) {
        Some(camel) => format!("write it in UpperCamelCase: `{camel}`"),
        None => "a variant name is an ASCII identifier in UpperCamelCase, \
                 such as `AccessTokenExpired`"
            .to_owned(),
    }
}

/// The problem of an error id (in the cell `span`) that no variant name can be made from.
fn underivable_name(span: &Range<usize>, error: &str) -> Diagnostic {
    let why = if !error.is_ascii() {
        "it has characters other than ASCII letters, digits and punctuation"
    } else if names::camel_words(error).as_deref() == Some("Self") {
        "that is `Self`, a keyword"
    } else if error
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit())
    {
        "it starts with a digit"
    } else {
        "it has no ASCII letters"
    };
    let example = names::upper_camel_case(&format!("error_{error}"))
        .unwrap_or_else(|| "InvalidParameter".to_owned());
    Diagnostic::new(
        span.clone(),
        format!(
            "no variant name can be made from the error id {}",
            quote(error)
        ),
    )
    .note(
        None,
        format!("a variant's name is its error id in UpperCamelCase, but {why}"),
    )
    .help(format!(
        "add a `name` column and name this row, such as `{example}` \
         (rows with an empty name cell keep the name made from their error id)"
    ))
}

/// A problem with a value (in `span`) that appeared before (in `first`), pointing at both.
fn duplicate(
    text: &str,
    span: Range<usize>,
    first: &First,
    message: &str,
    help: &str,
) -> Diagnostic {
    Diagnostic::new(span, message)
        .note(
            Some(first.cell.clone()),
            format!("first used in {}", quote(&text[first.row.clone()])),
        )
        .help(help)
}

mod classify;
mod shifted;
#[cfg(test)]
pub(crate) mod tests;
