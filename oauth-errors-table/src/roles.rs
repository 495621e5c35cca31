//! Column roles: what a header cell says its column holds.
//!
//! A header cell names its role by an English keyword, either as the whole cell or inside ASCII
//! or full-width parentheses, case-insensitively: `code`, `错误编号(error_code)`,
//! `错误描述（description）`. [`resolve`] reads a whole header: every cell must name a role (or
//! `ignore`), no role twice, and the table needs a description and a code or an error column.

use crate::diag::{self, Diagnostic, Diagnostics, QUOTE_WIDTH, Reported, quote};
use crate::int;
use crate::model::Keys;
use crate::table::{Cell, Table};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The variant's identifier.
    Name,
    /// The string error id, such as `invalid_grant`.
    Error,
    /// The integer error code.
    Code,
    /// The human-readable description.
    Description,
    /// Extra documentation for the variant (where a row comes from, what it means).
    Note,
    /// A column the macro leaves out.
    Ignore,
}

/// Every keyword and the role it names.
pub(crate) const KEYWORDS: [(&str, Role); 8] = [
    ("name", Role::Name),
    ("error", Role::Error),
    ("code", Role::Code),
    ("error_code", Role::Code),
    ("description", Role::Description),
    ("error_description", Role::Description),
    ("note", Role::Note),
    ("ignore", Role::Ignore),
];

impl Role {
    /// The keyword that names the role in messages.
    pub(crate) fn keyword(self) -> &'static str {
        match self {
            Role::Name => "name",
            Role::Error => "error",
            Role::Code => "code",
            Role::Description => "description",
            Role::Note => "note",
            Role::Ignore => "ignore",
        }
    }
}

/// What a header cell says about its column's role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Named {
    /// The cell names this role.
    Role(Role),
    /// The cell names no role. `near` is a keyword the cell (or a word in its parentheses) is a
    /// likely misspelling of, and the cell with that word replaced by the keyword.
    Nothing {
        near: Option<(&'static str, String)>,
    },
    /// The cell names more than one role, such as `code (error)`.
    Several(Vec<Role>),
}

/// Reads the role a header cell names.
pub(crate) fn role_of(cell: &str) -> Named {
    let candidates = candidates(cell);
    let mut roles: Vec<Role> = Vec::new();
    for candidate in &candidates {
        if let Some(role) = keyword(candidate)
            && !roles.contains(&role)
        {
            roles.push(role);
        }
    }
    match roles.as_slice() {
        [] => Named::Nothing {
            near: candidates.iter().find_map(|&candidate| {
                let keyword = near_keyword(candidate)?;
                Some((keyword, cell.trim().replacen(candidate, keyword, 1)))
            }),
        },
        [role] => Named::Role(*role),
        _ => Named::Several(roles),
    }
}

/// The pieces of a header cell that may be a keyword: the whole cell, and the inside of each
/// pair of ASCII or full-width parentheses.
fn candidates(cell: &str) -> Vec<&str> {
    let mut found = vec![cell.trim()];
    let mut rest = cell;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find([')', '）']) else {
            break;
        };
        found.push(after[..close].trim());
        rest = &after[close..];
    }
    found
}

fn keyword(candidate: &str) -> Option<Role> {
    KEYWORDS
        .iter()
        .find(|(keyword, _)| candidate.eq_ignore_ascii_case(keyword))
        .map(|&(_, role)| role)
}

/// A keyword that `candidate` is probably a misspelling of: at most two edits away (one for short
/// keywords), ignoring ASCII case, spaces and dashes standing for underscores.
fn near_keyword(candidate: &str) -> Option<&'static str> {
    let normalized: String = candidate
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if normalized.is_empty() || !normalized.is_ascii() {
        return None;
    }
    KEYWORDS
        .iter()
        .map(|&(keyword, _)| (edit_distance(&normalized, keyword), keyword))
        .filter(|&(distance, keyword)| distance <= if keyword.len() <= 5 { 1 } else { 2 })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, keyword)| keyword)
}

/// Levenshtein distance between two ASCII strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, &y) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(x != y);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Which column holds which role, once the header is read.
#[derive(Debug)]
pub(crate) struct Columns {
    pub(crate) name: Option<usize>,
    pub(crate) keys: KeyColumns,
    pub(crate) description: usize,
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
    description: Option<usize>,
    note: Option<usize>,
}

impl Slots {
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

/// Reads the header's roles: which column holds which. `Err` when the table cannot be read
/// without them (a header cell without a clear role, no description column, or neither a code
/// nor an error column).
pub(crate) fn resolve(
    text: &str,
    table: &Table<'_>,
    cx: &Diagnostics,
) -> Result<Columns, Reported> {
    let header = &table.header;
    let named: Vec<Named> = header
        .cells
        .iter()
        .map(|cell| role_of(&cell.text))
        .collect();
    // No cell names a role, and none is a likely misspelling: the header was pasted as the
    // provider wrote it. One error, with the header rewritten.
    if named
        .iter()
        .all(|named| matches!(named, Named::Nothing { near: None }))
    {
        return Err(cx.push(
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
        ));
    }

    let mut unclear = false;
    let mut slots = Slots::default();
    let mut first_cell: HashMap<&'static str, &Cell<'_>> = HashMap::new();
    for (index, (cell, named)) in header.cells.iter().zip(named).enumerate() {
        match named {
            Named::Role(role) => {
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
                cx.push(no_role(cell, index, near));
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

    if unclear {
        // A header cell without a clear role may be the missing one: say nothing more.
        return Err(Reported);
    }
    required_roles(&slots, header.span.clone(), cx)
}

/// The columns, when there are a description and a code or an error; reports what is missing.
fn required_roles(
    slots: &Slots,
    header: Range<usize>,
    cx: &Diagnostics,
) -> Result<Columns, Reported> {
    let description = slots.description.ok_or_else(|| {
        cx.push(
            Diagnostic::new(header.clone(), "the table has no `description` column").help(
                "name the column that explains each error `description`, \
                 e.g. `错误描述(description)`",
            ),
        )
    });
    let keys = match (slots.code, slots.error) {
        (Some(code), Some(error)) => Ok(KeyColumns::Both { code, error }),
        (Some(code), None) => Ok(KeyColumns::Code(code)),
        (None, Some(error)) => Ok(KeyColumns::Error(error)),
        (None, None) => Err(cx.push(
            Diagnostic::new(
                header,
                "the table has neither a `code` nor an `error` column",
            )
            .help(
                "name the column of integer codes `code` (e.g. `错误编号(code)`) \
                 or the column of string ids `error` (e.g. `错误码(error)`)",
            ),
        )),
    };
    Ok(Columns {
        name: slots.name,
        keys: keys?,
        description: description?,
        note: slots.note,
    })
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
        } else if column(index).all(|value| int::parse_integer(value).is_some()) {
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

#[cfg(test)]
mod tests {
    use super::{Named, Role, edit_distance, role_of};

    #[test]
    fn the_seed_weibo_header_names_its_roles() {
        assert_eq!(role_of("错误码(error)"), Named::Role(Role::Error));
        assert_eq!(role_of("错误编号(error_code)"), Named::Role(Role::Code));
        assert_eq!(
            role_of("错误描述(error_description)"),
            Named::Role(Role::Description)
        );
    }

    #[test]
    fn keywords_as_whole_cells_in_any_case_and_full_width_parentheses() {
        assert_eq!(role_of("Code"), Named::Role(Role::Code));
        assert_eq!(role_of("DESCRIPTION"), Named::Role(Role::Description));
        assert_eq!(role_of("名称（name）"), Named::Role(Role::Name));
        assert_eq!(role_of("说明 ( note )"), Named::Role(Role::Note));
        assert_eq!(role_of("备注(ignore)"), Named::Role(Role::Ignore));
        // The same role twice is still one role.
        assert_eq!(role_of("code (code)"), Named::Role(Role::Code));
    }

    #[test]
    fn cells_without_a_role() {
        assert_eq!(role_of("错误码"), Named::Nothing { near: None });
        assert_eq!(role_of(""), Named::Nothing { near: None });
        assert_eq!(
            role_of("error code"),
            Named::Nothing {
                near: Some(("error_code", "error_code".to_owned()))
            }
        );
        assert_eq!(
            role_of("错误描述(descripton)"),
            Named::Nothing {
                near: Some(("description", "错误描述(description)".to_owned()))
            }
        );
        assert_eq!(
            role_of(" (cod) "),
            Named::Nothing {
                near: Some(("code", "(code)".to_owned()))
            }
        );
        assert_eq!(role_of("含义说明"), Named::Nothing { near: None });
        // An unclosed parenthesis is just text.
        assert_eq!(role_of("错误(code"), Named::Nothing { near: None });
    }

    #[test]
    fn several_roles_in_one_cell() {
        assert_eq!(
            role_of("编号(code)(error)"),
            Named::Several(vec![Role::Code, Role::Error])
        );
        // Outside parentheses only a whole cell is a keyword.
        assert_eq!(role_of("code (error)"), Named::Role(Role::Error));
        assert_eq!(
            role_of("x(name)(description)"),
            Named::Several(vec![Role::Name, Role::Description])
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("descripton", "description"), 1);
        assert_eq!(edit_distance("code", "code"), 0);
        assert_eq!(edit_distance("", "name"), 4);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
