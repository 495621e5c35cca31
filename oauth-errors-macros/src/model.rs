//! Validation: a parsed table becomes the model of the enum, or located errors.
//!
//! It resolves the header's column roles, then reads every row: cell count, code (an integer that
//! fits the code type), error id, variant name, and uniqueness of codes, error ids and names. It
//! keeps going after a problem, so that one compile reports all of them, and the model it returns
//! holds every row that is valid (the fallback expansion declares those).

use crate::diag::{self, Diagnostic, QUOTE_WIDTH, quote};
use crate::int::IntType;
use crate::invisible;
use crate::lines;
use crate::names;
use crate::roles::{self, Named, Role};
use crate::table::{self, Cell, Row, Table};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

/// The enum a table declares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Model {
    /// Whether the table has a code column.
    pub(crate) has_code: bool,
    /// Whether the table has an error column.
    pub(crate) has_error: bool,
    /// The valid rows, in table order.
    pub(crate) entries: Vec<Entry>,
}

/// One row of the table: one variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) code: Option<i128>,
    pub(crate) error: Option<String>,
    pub(crate) description: String,
    pub(crate) note: Option<String>,
}

/// The model of a table, and every problem found on the way; the model is only to be expanded
/// as the real thing when `diagnostics` is empty.
#[derive(Debug)]
pub(crate) struct Checked {
    pub(crate) model: Model,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Parses and validates the table in `text`, whose codes are of type `code_type`.
pub(crate) fn check(text: &str, code_type: IntType) -> Checked {
    let parsed = table::parse(text);
    let mut diagnostics = parsed.diagnostics;
    let model = match &parsed.table {
        Some(table) => validate(text, table, code_type, &mut diagnostics),
        None => Model::default(),
    };
    // Report in the order of the text: a problem with row 3 before one with row 4.
    diagnostics.sort_by_key(|diagnostic| diagnostic.span.start);
    diag::limit(&mut diagnostics);
    Checked { model, diagnostics }
}

/// Which column holds which role.
#[derive(Default)]
struct Columns {
    name: Option<usize>,
    error: Option<usize>,
    code: Option<usize>,
    description: Option<usize>,
    note: Option<usize>,
}

impl Columns {
    fn slot(&mut self, role: Role) -> Option<&mut Option<usize>> {
        match role {
            Role::Name => Some(&mut self.name),
            Role::Error => Some(&mut self.error),
            Role::Code => Some(&mut self.code),
            Role::Description => Some(&mut self.description),
            Role::Note => Some(&mut self.note),
            Role::Ignore => None,
        }
    }
}

fn validate(text: &str, table: &Table<'_>, code_type: IntType, out: &mut Vec<Diagnostic>) -> Model {
    let Some(columns) = resolve_columns(text, table, out) else {
        return Model::default();
    };
    let mut model = Model {
        has_code: columns.code.is_some(),
        has_error: columns.error.is_some(),
        entries: Vec::with_capacity(table.rows.len()),
    };
    let mut rows = RowChecker {
        text,
        code_type,
        columns: &columns,
        header_cells: table.header.cells.len(),
        codes: HashMap::new(),
        errors: HashMap::new(),
        names: HashMap::new(),
        out,
    };
    if columns.code.is_some() {
        rows.check_code_range(table);
    }
    for row in &table.rows {
        if let Some(entry) = rows.check(row) {
            model.entries.push(entry);
        }
    }
    model
}

/// Reads the header's roles. `None` when the table cannot be read without them (no description
/// column, or neither a code nor an error column).
fn resolve_columns(text: &str, table: &Table<'_>, out: &mut Vec<Diagnostic>) -> Option<Columns> {
    let header = &table.header;
    let named: Vec<Named> = header
        .cells
        .iter()
        .map(|cell| roles::role_of(&cell.text))
        .collect();
    // No cell names a role, and none is a likely misspelling: the header was pasted as the
    // provider wrote it. One error, with the header rewritten.
    if named
        .iter()
        .all(|named| matches!(named, Named::Nothing { near: None }))
    {
        out.push(
            Diagnostic::new(
                header.span.clone(),
                format!(
                    "the header {} names no column roles",
                    quote(&text[header.span.clone()])
                ),
            )
            .note(None, ROLES_NOTE)
            .help(format!(
                "name each column's role in parentheses: `{}`",
                guess_header(table)
            )),
        );
        return None;
    }

    let reported = out.len();
    let mut columns = Columns::default();
    let mut first_cell: HashMap<&'static str, &Cell<'_>> = HashMap::new();
    for (index, (cell, named)) in header.cells.iter().zip(named).enumerate() {
        match named {
            Named::Role(role) => {
                let Some(slot) = columns.slot(role) else {
                    continue;
                };
                if let Some(first) = first_cell.get(role.keyword()) {
                    out.push(
                        Diagnostic::new(
                            cell.span.clone(),
                            format!(
                                "two columns have the role `{}`: {} and {}",
                                role.keyword(),
                                quote(&first.text),
                                quote(&cell.text)
                            ),
                        )
                        .note(
                            Some(first.span.clone()),
                            format!("the first column with the role `{}`", role.keyword()),
                        )
                        .help(format!(
                            "give the role `{}` to one column; name the other's role, \
                             or mark it `(ignore)`",
                            role.keyword()
                        )),
                    );
                } else {
                    *slot = Some(index);
                    first_cell.insert(role.keyword(), cell);
                }
            }
            Named::Nothing { near } => out.push(no_role(cell, index, near)),
            Named::Several(roles) => {
                let listed: Vec<String> = roles
                    .iter()
                    .map(|role| format!("`{}`", role.keyword()))
                    .collect();
                out.push(
                    Diagnostic::new(
                        cell.span.clone(),
                        format!(
                            "the header {} names several roles: {}",
                            quote(&cell.text),
                            listed.join(", ")
                        ),
                    )
                    .help("keep one role per column"),
                );
            }
        }
    }

    if out.len() > reported {
        // A header cell without a clear role may be the missing one: say nothing more.
        return None;
    }
    has_required_roles(&columns, header.span.clone(), out).then_some(columns)
}

/// Whether the columns have a description and a code or an error; reports what is missing.
fn has_required_roles(columns: &Columns, header: Range<usize>, out: &mut Vec<Diagnostic>) -> bool {
    let mut complete = true;
    if columns.description.is_none() {
        complete = false;
        out.push(
            Diagnostic::new(header.clone(), "the table has no `description` column").help(
                "name the column that explains each error `description`, \
                 e.g. `错误描述(description)`",
            ),
        );
    }
    if columns.code.is_none() && columns.error.is_none() {
        complete = false;
        out.push(
            Diagnostic::new(
                header,
                "the table has neither a `code` nor an `error` column",
            )
            .help(
                "name the column of integer codes `code` (e.g. `错误编号(code)`) \
                 or the column of string ids `error` (e.g. `错误码(error)`)",
            ),
        );
    }
    complete
}

const ROLES_NOTE: &str = "the roles are `name`, `error`, `code` (or `error_code`), \
                          `description` (or `error_description`), `note` and `ignore`";

fn no_role(cell: &Cell<'_>, index: usize, near: Option<(&'static str, String)>) -> Diagnostic {
    let diagnostic = if cell.text.is_empty() {
        Diagnostic::new(
            cell.span.clone(),
            format!("header cell {} is empty", index + 1),
        )
    } else {
        Diagnostic::new(
            cell.span.clone(),
            format!("the header {} names no column role", quote(&cell.text)),
        )
    };
    match near {
        Some((keyword, rewritten)) => diagnostic.help(format!(
            "did you mean `{keyword}`? write {}",
            quote(&rewritten)
        )),
        None => diagnostic.note(None, ROLES_NOTE).help(format!(
            "name its role in parentheses, such as {}, or write {} to leave the column out",
            quote(&format!("{}(note)", cell.text)),
            quote(&format!("{}(ignore)", cell.text))
        )),
    }
}

/// The header rewritten with the roles its columns most likely have: integers are codes, ASCII
/// ids are errors, the first other column is the description.
fn guess_header(table: &Table<'_>) -> String {
    let column = |index: usize| {
        table
            .rows
            .iter()
            .filter_map(move |row| row.cells.get(index))
            .map(|cell| cell.text.as_ref())
    };
    let mut taken: Vec<Role> = Vec::new();
    let mut header = String::from("|");
    for (index, cell) in table.header.cells.iter().enumerate() {
        let mut values = column(index).peekable();
        let role = if values.peek().is_none() {
            None
        } else if column(index).all(|value| parse_integer(value).is_some()) {
            Some(Role::Code)
        } else if column(index).all(|value| {
            value.bytes().any(|b| b.is_ascii_alphabetic())
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_-. ".contains(&b))
        }) {
            Some(Role::Error)
        } else {
            Some(Role::Description)
        };
        let role = match role {
            Some(role) if !taken.contains(&role) => role,
            _ => Role::Ignore,
        };
        taken.push(role);
        let _ = write!(
            header,
            " {}({}) |",
            diag::cut(&cell.text, QUOTE_WIDTH / 4),
            role.keyword()
        );
    }
    header
}

/// A decimal integer: optional `-`, then digits. `Err(())` for digits too many for any type.
fn parse_integer(text: &str) -> Option<Result<i128, ()>> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse::<i128>().map_err(drop))
}

/// Reads the data rows, remembering what they used so far to find duplicates.
struct RowChecker<'t, 'o> {
    text: &'t str,
    code_type: IntType,
    columns: &'t Columns,
    header_cells: usize,
    codes: HashMap<i128, Range<usize>>,
    errors: HashMap<String, Range<usize>>,
    names: HashMap<String, Range<usize>>,
    out: &'o mut Vec<Diagnostic>,
}

impl RowChecker<'_, '_> {
    /// Reads one row; `None` when it has a problem.
    fn check(&mut self, row: &Row<'_>) -> Option<Entry> {
        if row.cells.len() != self.header_cells {
            self.out.push(
                Diagnostic::new(
                    row.span.clone(),
                    format!(
                        "this row has {} {} but the header has {}",
                        row.cells.len(),
                        if row.cells.len() == 1 {
                            "cell"
                        } else {
                            "cells"
                        },
                        self.header_cells
                    ),
                )
                .help(format!(
                    "give every row {} cells separated by `|`; write a `|` inside a cell as `\\|`",
                    self.header_cells
                )),
            );
            return None;
        }
        let cell = |index: Option<usize>| index.map(|index| &row.cells[index]);
        let code = cell(self.columns.code).map(|cell| self.code(cell));
        let error = cell(self.columns.error).map(|cell| self.error(cell));
        let name = self.name(row, cell(self.columns.name), code, error.clone());

        let entry = Entry {
            name: name?,
            code: code.transpose().ok()?,
            error: error.transpose().ok()?,
            description: cell(self.columns.description)
                .map(|cell| cell.text.clone().into_owned())
                .unwrap_or_default(),
            note: cell(self.columns.note)
                .filter(|cell| !cell.text.is_empty())
                .map(|cell| cell.text.clone().into_owned()),
        };
        Some(entry)
    }

    /// Reports a character no one sees in a key cell (`what` names the cell, as "the code").
    /// `true` when there is one.
    fn hidden_character(&mut self, cell: &Cell<'_>, what: &str) -> bool {
        let Some((at, c)) = invisible::find(&self.text[cell.span.clone()]) else {
            return false;
        };
        let start = cell.span.start + at;
        let (kind, help) = if c.is_whitespace() {
            (
                "a space that is not a plain space",
                "write a plain space in its place, or delete it",
            )
        } else {
            ("an invisible character", "delete it")
        };
        self.out.push(
            Diagnostic::new(
                start..start + c.len_utf8(),
                format!(
                    "{what} {} holds {}, {kind}",
                    quote(&invisible::show(&cell.text)),
                    invisible::describe(c)
                ),
            )
            .note(
                None,
                "tables copied from web pages often carry such characters; \
                 what the provider sends does not, so a lookup would never find this row",
            )
            .help(help),
        );
        true
    }

    /// Reads a code cell. `Err(())` when it has a problem (already reported).
    fn code(&mut self, cell: &Cell<'_>) -> Result<i128, ()> {
        if self.hidden_character(cell, "the code") {
            return Err(());
        }
        let Some(parsed) = parse_integer(&cell.text) else {
            let message = if cell.text.is_empty() {
                "this row has an empty code".to_owned()
            } else {
                format!("the code {} is not an integer", quote(&cell.text))
            };
            self.out.push(
                Diagnostic::new(cell.span.clone(), message)
                    .help("write the code as a decimal integer, such as `21325` or `-1`"),
            );
            return Err(());
        };
        let code = match parsed {
            Ok(code) if self.code_type.contains(code) => code,
            _ => {
                // Range problems were reported for the whole table by `check_code_range`.
                return Err(());
            }
        };
        if let Some(first) = self.codes.get(&code) {
            self.out.push(duplicate(
                self.text,
                cell,
                first,
                &format!("the code {code} appears twice"),
                "give each row its own code: fix the code that is wrong, or remove one row",
            ));
            return Err(());
        }
        self.codes.insert(code, cell.span.clone());
        Ok(code)
    }

    /// Reports every code that does not fit the code type, with the type that would fit them all.
    fn check_code_range(&mut self, table: &Table<'_>) {
        let Some(index) = self.columns.code else {
            return;
        };
        let cells = || {
            table
                .rows
                .iter()
                .filter(|row| row.cells.len() == self.header_cells)
                .map(move |row| &row.cells[index])
        };
        // The type to suggest: the narrowest that holds every code some type can hold.
        let codes = || {
            cells()
                .filter_map(|cell| parse_integer(&cell.text)?.ok())
                .filter(|&code| IntType::narrowest_for(code, code).is_some())
        };
        let fits = match (codes().min(), codes().max()) {
            (Some(min), Some(max)) => IntType::narrowest_for(min, max),
            _ => None,
        };
        let (min, max) = self.code_type.range();
        for cell in cells() {
            let in_range = match parse_integer(&cell.text) {
                Some(Ok(code)) => self.code_type.contains(code),
                Some(Err(())) => false,
                None => true,
            };
            if in_range {
                continue;
            }
            let representable = parse_integer(&cell.text)
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
            self.out.push(
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

    /// Reads an error cell. `Err(())` when it has a problem (already reported).
    fn error(&mut self, cell: &Cell<'_>) -> Result<String, ()> {
        if self.hidden_character(cell, "the error id") {
            return Err(());
        }
        if cell.text.is_empty() {
            self.out.push(
                Diagnostic::new(cell.span.clone(), "this row has an empty error id")
                    .help("write the error id the provider sends, such as `invalid_grant`"),
            );
            return Err(());
        }
        if let Some(first) = self.errors.get(cell.text.as_ref()) {
            self.out.push(duplicate(
                self.text,
                cell,
                first,
                &format!("the error id {} appears twice", quote(&cell.text)),
                "give each row its own error id: fix the one that is wrong, or remove one row",
            ));
            return Err(());
        }
        self.errors
            .insert(cell.text.clone().into_owned(), cell.span.clone());
        Ok(cell.text.clone().into_owned())
    }

    /// The variant name of a row: its `name` cell, else derived from its error id, else from its
    /// code. `None` when there is a problem (reported, unless it was with the error or code).
    fn name(
        &mut self,
        row: &Row<'_>,
        name: Option<&Cell<'_>>,
        code: Option<Result<i128, ()>>,
        error: Option<Result<String, ()>>,
    ) -> Option<String> {
        let (name, span, origin) = match (name, error, code) {
            (Some(cell), _, _) if !cell.text.is_empty() => {
                if self.hidden_character(cell, "the name") {
                    return None;
                }
                if !names::is_variant_name(&cell.text) {
                    let help = name_help(&cell.text);
                    self.out.push(
                        Diagnostic::new(
                            cell.span.clone(),
                            format!("{} is not a valid variant name", quote(&cell.text)),
                        )
                        .help(help),
                    );
                    return None;
                }
                (cell.text.clone().into_owned(), cell.span.clone(), None)
            }
            (_, Some(Ok(error)), _) => {
                let cell = &row.cells[self.columns.error?];
                let Some(name) = names::upper_camel_case(&error) else {
                    self.out.push(underivable_name(cell, &error));
                    return None;
                };
                (
                    name,
                    cell.span.clone(),
                    Some(format!("the error id {}", quote(&error))),
                )
            }
            (_, None, Some(Ok(code))) => {
                let cell = &row.cells[self.columns.code?];
                (
                    names::from_code(code),
                    cell.span.clone(),
                    Some(format!("the code {code}")),
                )
            }
            // The error id or the code has a problem, reported already.
            _ => return None,
        };
        if let Some(what) = names::reserved(&name) {
            self.out.push(
                Diagnostic::new(
                    span,
                    format!("the variant name `{name}` is taken by the generated API: {what}"),
                )
                .help(format!(
                    "name the variant otherwise, such as `{}`",
                    names::upper_camel_case(&name).unwrap_or_default()
                )),
            );
            return None;
        }
        if let Some(first) = self.names.get(&name) {
            let message = match &origin {
                Some(origin) => {
                    format!("two rows make the variant name `{name}` (this one from {origin})")
                }
                None => format!("two rows make the variant name `{name}`"),
            };
            let cell = Cell {
                text: name.as_str().into(),
                span,
            };
            self.out.push(duplicate(
                self.text,
                &cell,
                first,
                &message,
                "give one of the rows another name in a `name` column",
            ));
            return None;
        }
        self.names.insert(name.clone(), span);
        Some(name)
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

/// The problem of an error id that no variant name can be made from.
fn underivable_name(cell: &Cell<'_>, error: &str) -> Diagnostic {
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
        cell.span.clone(),
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

/// A problem with a value that appeared before, pointing at both places.
fn duplicate(
    text: &str,
    cell: &Cell<'_>,
    first: &Range<usize>,
    message: &str,
    help: &str,
) -> Diagnostic {
    let first_row = &text[lines::line_at(text, first.start)];
    Diagnostic::new(cell.span.clone(), message)
        .note(
            Some(first.clone()),
            format!("first used in {}", quote(first_row.trim())),
        )
        .help(help)
}

// An explicit path, relative to this file, so that the benchmarks crate (which compiles this
// module from its own `#[path]`) and rustfmt find it too.
#[cfg(test)]
#[path = "model/tests.rs"]
pub(crate) mod tests;
