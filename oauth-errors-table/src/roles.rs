//! Header resolution: which column holds which role, once each header cell's keyword is read.
//!
//! [`resolve`] reads a whole header: every cell must name a role (or `ignore`), no role twice,
//! the table needs a description and a code or an error column, and a `code` column must hold
//! integers. Where a header names no role, the help proposes roles from what the cells hold
//! (`proposal`).

use crate::diag::{Diagnostic, Diagnostics, Reported};
use crate::inline;
use crate::int;
use crate::keywords::{self, Named};
use crate::model::Keys;
use crate::proposal::{self, Guess, Holds};
use crate::report::quote;
use crate::table::{Cell, Format, Table};
use crate::vocabulary::Role;
use std::collections::HashMap;
use std::ops::Range;

/// Which column holds which role, once the header is read.
#[derive(Debug)]
pub(crate) struct Columns {
    pub(crate) name: Option<usize>,
    pub(crate) keys: KeyColumns,
    pub(crate) category: Option<usize>,
    pub(crate) description: usize,
    pub(crate) description_en: Option<usize>,
    pub(crate) kind: Option<usize>,
    pub(crate) token_kind: Option<usize>,
    pub(crate) note: Option<usize>,
}

/// The columns of a table's lookup keys.
#[derive(Clone, Copy, Debug)]
pub(crate) enum KeyColumns {
    Code(usize),
    Error(usize),
    Both { code: usize, error: usize },
}

impl KeyColumns {
    /// Which keys the table has.
    pub(crate) fn keys(self) -> Keys {
        match self {
            KeyColumns::Code(_) => Keys::Code,
            KeyColumns::Error(_) => Keys::Error,
            KeyColumns::Both { .. } => Keys::Both,
        }
    }

    /// The code column, if there is one.
    pub(crate) fn code(self) -> Option<usize> {
        match self {
            KeyColumns::Code(code) | KeyColumns::Both { code, .. } => Some(code),
            KeyColumns::Error(_) => None,
        }
    }

    /// The error column, if there is one.
    pub(crate) fn error(self) -> Option<usize> {
        match self {
            KeyColumns::Error(error) | KeyColumns::Both { error, .. } => Some(error),
            KeyColumns::Code(_) => None,
        }
    }
}

/// The column of each role found so far, while the header is read.
#[derive(Default)]
struct Slots {
    name: Option<usize>,
    error: Option<usize>,
    code: Option<usize>,
    category: Option<usize>,
    description: Option<usize>,
    description_en: Option<usize>,
    kind: Option<usize>,
    token_kind: Option<usize>,
    note: Option<usize>,
}

impl Slots {
    fn slot(&mut self, role: Role) -> Option<&mut Option<usize>> {
        match role {
            Role::Name => Some(&mut self.name),
            Role::Error => Some(&mut self.error),
            Role::Code => Some(&mut self.code),
            Role::Category => Some(&mut self.category),
            Role::Description => Some(&mut self.description),
            Role::DescriptionEn => Some(&mut self.description_en),
            Role::Kind => Some(&mut self.kind),
            Role::TokenKind => Some(&mut self.token_kind),
            Role::Note => Some(&mut self.note),
            Role::Ignore => None,
        }
    }
}

/// Reads the header's roles: which column holds which. `Err` when the table cannot be read
/// without them (a header cell without a clear role, no description column, neither a code nor
/// an error column, or a code column that holds no integers).
///
/// Alipay's tables name four columns `code`, `msg`, `sub_code` and `sub_msg`: a `sub_code`
/// column takes the error id, and a `code` column beside it is the category; a `sub_msg`
/// column takes the description, and a `msg` column beside it is a note.
pub(crate) fn resolve(text: &str, table: &Table<'_>, cx: &Diagnostics) -> Result<Header, Reported> {
    let header = &table.header;
    let mut named: Vec<Named> = header
        .cells
        .iter()
        .map(|cell| keywords::role_of(&cell.plain))
        .collect();
    // No cell names a role, and none is a likely misspelling: the header was pasted as the
    // provider wrote it. One error, with the header rewritten; the rows are checked as proposed,
    // so that their problems (a code twice, say) come in the same compile.
    if named
        .iter()
        .all(|named| matches!(named, Named::Nothing { near: None }))
    {
        return propose(text, table, cx).map(Header::Proposed);
    }
    let has = |keyword: &str| {
        named
            .iter()
            .any(|named| matches!(named, Named::Role(_, found) if *found == keyword))
    };
    let (sub_code, sub_msg) = (has("sub_code"), has("sub_msg"));
    for named in &mut named {
        match named {
            Named::Role(role, "code") if sub_code => *role = Role::Category,
            Named::Role(role, "msg") if sub_msg => *role = Role::Note,
            _ => {}
        }
    }

    let known: Vec<Option<Role>> = named
        .iter()
        .map(|named| match named {
            Named::Role(role, _) => Some(*role),
            _ => None,
        })
        .collect();
    let (slots, unclear) = assign(table, named, &known, cx);
    if unclear {
        // A header cell without a clear role may be the missing one: say nothing more.
        return Err(Reported);
    }
    let columns = required_roles(&slots, header.span.clone(), cx)?;
    if let Some(code) = columns.keys.code() {
        integer_column(table, code, cx)?;
    }
    Ok(Header::Named(columns))
}

/// What the header says about the columns.
#[derive(Debug)]
pub(crate) enum Header {
    /// It names their roles.
    Named(Columns),
    /// It names none: these are the roles proposed (and reported) from what the cells hold.
    Proposed(Columns),
}

/// Reports a header that names no roles, with the roles the cells suggest as a header to paste
/// back: the columns as proposed, or `Err` when the cells suggest no complete header.
fn propose(text: &str, table: &Table<'_>, cx: &Diagnostics) -> Result<Columns, Reported> {
    let header = &table.header;
    let diagnostic = Diagnostic::new(
        header.span.clone(),
        format!(
            "the header {} names no column roles",
            quote(&text[header.span.clone()])
        ),
    );
    let Some(guess) = proposal::propose(table) else {
        let missing = if table.header.cells.len() < 2 {
            "a table has a column of codes or error ids and one of descriptions"
        } else {
            "no column holds integer codes or error ids that differ from row to row, with \
             text left to describe them"
        };
        return Err(cx.push(diagnostic.note(None, roles_note()).help(format!(
            "{missing}: name each column's role in parentheses, such as `错误码(code)` and \
             `说明(description)`"
        ))));
    };
    let mut diagnostic = diagnostic;
    for (index, why) in &guess.overruled {
        diagnostic = diagnostic.note(Some(header.cells[*index].span.clone()), why);
    }
    let separated = match table.format {
        Format::Markdown => "",
        Format::Tabs => ", its cells separated by tabs as the rows' are",
    };
    cx.push(diagnostic.note(None, roles_note()).help(format!(
        "name each column's role in parentheses, as its cells suggest{separated}: {}",
        inline::code_span(&proposal::header(text, table, &guess.roles))
    )));
    let mut slots = Slots::default();
    for (index, role) in guess.roles.iter().enumerate() {
        if let Some(slot) = slots.slot(*role) {
            slot.get_or_insert(index);
        }
    }
    required_roles(&slots, header.span.clone(), cx)
}

/// Gives each column the role its header names: the column of each role, and whether any header
/// cell was unclear (no role, several roles, a role twice), which is reported.
fn assign(
    table: &Table<'_>,
    named: Vec<Named>,
    known: &[Option<Role>],
    cx: &Diagnostics,
) -> (Slots, bool) {
    // What the columns' cells suggest, for the help of a cell that names no role: read only then.
    let mut guess: Option<Guess> = None;
    let header = &table.header;
    let mut unclear = false;
    let mut slots = Slots::default();
    let mut first_cell: HashMap<&'static str, &Cell<'_>> = HashMap::new();
    for (index, (cell, named)) in header.cells.iter().zip(named).enumerate() {
        match named {
            Named::Role(role, _) => {
                let Some(slot) = slots.slot(role) else {
                    continue;
                };
                if let Some(first) = first_cell.get(role.keyword()) {
                    unclear = true;
                    cx.push(
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
            Named::Nothing { near } => {
                unclear = true;
                let guess = guess.get_or_insert_with(|| proposal::guess(table, known));
                cx.push(no_role(cell, index, near, guess));
            }
            Named::Several(roles) => {
                unclear = true;
                let listed: Vec<String> = roles
                    .iter()
                    .map(|role| format!("`{}`", role.keyword()))
                    .collect();
                cx.push(
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

    (slots, unclear)
}

/// Reports a `code` column of ids: none of its cells is an integer, and each has more letters
/// than digits (`invalid_request`, `AADSTS50058`, not a mistyped `21325x`). Naming it `code` was
/// the mistake: one error, not one a row.
fn integer_column(table: &Table<'_>, index: usize, cx: &Diagnostics) -> Result<(), Reported> {
    let mut values = table.column(index).peekable();
    let letters = |value: &str| value.chars().filter(|c| c.is_alphabetic()).count();
    let digits = |value: &str| value.chars().filter(char::is_ascii_digit).count();
    if values.peek().is_none()
        || !table
            .column(index)
            .all(|value| int::parse_integer(value).is_none() && letters(value) > digits(value))
    {
        return Ok(());
    }
    let cell = &table.header.cells[index];
    let example = values.next().unwrap_or_default();
    Err(cx.push(
        Diagnostic::new(
            cell.span.clone(),
            format!(
                "the column {} has the role `code`, but it holds error ids such as {}, not \
                 integers",
                quote(&cell.text),
                quote(example)
            ),
        )
        .help(format!(
            "name its role `error`: write {}",
            quote(&proposal::with_role(&cell.plain, "error"))
        )),
    ))
}
/// The columns, when there are a description and a code or an error; reports what is missing.
fn required_roles(
    slots: &Slots,
    header: Range<usize>,
    cx: &Diagnostics,
) -> Result<Columns, Reported> {
    // The roles a table needs, as the vocabulary names them.
    let (described, code, error) = (
        Role::Description.keyword(),
        Role::Code.keyword(),
        Role::Error.keyword(),
    );
    let description = slots.description.ok_or_else(|| {
        cx.push(
            Diagnostic::new(
                header.clone(),
                format!("the table has no `{described}` column"),
            )
            .help(format!(
                "name the column that explains each error `{described}`, \
                 e.g. `错误描述({described})`"
            )),
        )
    });
    let keys = match (slots.code, slots.error) {
        (Some(code), Some(error)) => Ok(KeyColumns::Both { code, error }),
        (Some(code), None) => Ok(KeyColumns::Code(code)),
        (None, Some(error)) => Ok(KeyColumns::Error(error)),
        (None, None) => Err(cx.push(
            Diagnostic::new(
                header,
                format!("the table has neither a `{code}` nor an `{error}` column"),
            )
            .help(format!(
                "name the column of integer codes `{code}` (e.g. `错误编号({code})`) \
                 or the column of string ids `{error}` (e.g. `错误码({error})`)"
            )),
        )),
    };
    Ok(Columns {
        name: slots.name,
        keys: keys?,
        category: slots.category,
        description: description?,
        description_en: slots.description_en,
        kind: slots.kind,
        token_kind: slots.token_kind,
        note: slots.note,
    })
}

/// The note that lists the roles and their keywords, from the [vocabulary](crate::vocabulary):
/// `` the roles are `name`, …, `code` (or `error_code`), … and `ignore`; providers' own field
/// names name roles too: `errcode`, … ``.
fn roles_note() -> String {
    let roles: Vec<String> = Role::ALL
        .iter()
        .map(|role| {
            let aliases: Vec<String> = role
                .aliases()
                .iter()
                .map(|alias| format!("`{alias}`"))
                .collect();
            if aliases.is_empty() {
                format!("`{}`", role.keyword())
            } else {
                format!("`{}` (or {})", role.keyword(), aliases.join(", "))
            }
        })
        .collect();
    let fields: Vec<String> = Role::ALL
        .iter()
        .flat_map(|role| role.field_names())
        .map(|field| format!("`{field}`"))
        .collect();
    format!(
        "the roles are {}; providers' own field names name roles too: {}",
        list(&roles, "and"),
        fields.join(", ")
    )
}

/// `items` as a list in prose: `a, b and c`.
fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

fn no_role(
    cell: &Cell<'_>,
    index: usize,
    near: Option<(&'static str, String)>,
    guess: &Guess,
) -> Diagnostic {
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
    let header = cell.plain.trim();
    let (role, holds) = (guess.roles[index], guess.holds[index]);
    match near {
        // A misspelt `code` over a column of ids: it is the error column.
        Some((keyword, _))
            if Role::of_keyword(keyword) == Some(Role::Code) && holds == Holds::Ids =>
        {
            diagnostic.help(format!(
                "its cells are error ids, not integer codes: write {}",
                quote(&proposal::with_role(header, "error"))
            ))
        }
        Some((keyword, rewritten)) => diagnostic.help(format!(
            "did you mean `{keyword}`? write {}",
            quote(&rewritten)
        )),
        None if role == Role::Ignore => diagnostic.note(None, roles_note()).help(format!(
            "name its role in parentheses, or write {} to leave the column out",
            quote(&format!("{header}(ignore)"))
        )),
        None => diagnostic.note(None, roles_note()).help(format!(
            "name its role in parentheses, such as {} as its cells suggest, or write {} to \
             leave the column out",
            quote(&format!("{header}({})", role.keyword())),
            quote(&format!("{header}(ignore)"))
        )),
    }
}
