//! Column roles: what a header cell says its column holds, and which column holds which role.
//!
//! A header cell names its role by a keyword, either as the whole cell or inside ASCII or
//! full-width parentheses, in any case, with spaces or dashes for underscores: `code`,
//! `错误编号(error_code)`, `错误描述（description）`, `Error Description`. Besides the role
//! names, the field names providers use in their own documents and bodies are keywords of the
//! role they hold: `errcode`/`errmsg` (WeChat, WeCom, DingTalk), `ret`/`msg` (QQ), `error_msg`
//! (Baidu), `sub_code`/`sub_msg` (Alipay). [`resolve`] reads a whole header: every cell must
//! name a role (or `ignore`), no role twice, the table needs a description and a code or an
//! error column, and a `code` column must hold integers. Where a header names no role, the help
//! proposes roles from what the cells hold.

use crate::diag::{self, Diagnostic, Diagnostics, QUOTE_WIDTH, Reported, quote};
use crate::int;
use crate::model::Keys;
use crate::table::{Cell, Table};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The variant's identifier.
    Name,
    /// The string error id, such as `invalid_grant`: a lookup key.
    Error,
    /// The integer error code: a lookup key.
    Code,
    /// An integer that rows share, such as Alipay's public `code` beside its `sub_code`, or an
    /// HTTP status: an accessor, not a key.
    Category,
    /// The human-readable description.
    Description,
    /// The description in English, beside a description in another language.
    DescriptionEn,
    /// What an app should do about the error: a kind keyword.
    Kind,
    /// Extra documentation for the variant (where a row comes from, what it means).
    Note,
    /// A column the macro leaves out.
    Ignore,
}

/// Every keyword and the role it names: the role names, then providers' field names.
pub(crate) const KEYWORDS: [(&str, Role); 19] = [
    ("name", Role::Name),
    ("error", Role::Error),
    ("code", Role::Code),
    ("error_code", Role::Code),
    ("category", Role::Category),
    ("description", Role::Description),
    ("error_description", Role::Description),
    ("description_en", Role::DescriptionEn),
    ("kind", Role::Kind),
    ("note", Role::Note),
    ("ignore", Role::Ignore),
    ("errcode", Role::Code),
    ("ret", Role::Code),
    ("sub_code", Role::Error),
    ("errmsg", Role::Description),
    ("error_msg", Role::Description),
    ("msg", Role::Description),
    ("message", Role::Description),
    ("sub_msg", Role::Description),
];

impl Role {
    /// The keyword that names the role in messages.
    pub(crate) fn keyword(self) -> &'static str {
        match self {
            Role::Name => "name",
            Role::Error => "error",
            Role::Code => "code",
            Role::Category => "category",
            Role::Description => "description",
            Role::DescriptionEn => "description_en",
            Role::Kind => "kind",
            Role::Note => "note",
            Role::Ignore => "ignore",
        }
    }
}

/// What a header cell says about its column's role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Named {
    /// The cell names this role, by this keyword.
    Role(Role, &'static str),
    /// The cell names no role. `near` is a keyword the cell (or a word in its parentheses) is a
    /// likely misspelling of, and the cell with that word replaced by the keyword.
    Nothing {
        near: Option<(&'static str, String)>,
    },
    /// The cell names more than one role, such as `code (error)`.
    Several(Vec<Role>),
}

/// Reads the role a header cell names: by a keyword in parentheses, else by the whole cell
/// (`Error Code(error)` names `error`).
pub(crate) fn role_of(cell: &str) -> Named {
    let candidates = candidates(cell);
    let in_parentheses = candidates[1..]
        .iter()
        .any(|candidate| keyword(candidate).is_some());
    let mut found: Vec<(Role, &'static str)> = Vec::new();
    for candidate in &candidates[usize::from(in_parentheses)..] {
        if let Some((role, keyword)) = keyword(candidate)
            && !found.iter().any(|&(other, _)| other == role)
        {
            found.push((role, keyword));
        }
    }
    match found.as_slice() {
        [] => Named::Nothing {
            near: candidates.iter().find_map(|&candidate| {
                let keyword = near_keyword(candidate)?;
                Some((keyword, cell.trim().replacen(candidate, keyword, 1)))
            }),
        },
        [(role, keyword)] => Named::Role(*role, keyword),
        _ => Named::Several(found.iter().map(|&(role, _)| role).collect()),
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

/// The keyword `candidate` is, ignoring ASCII case, with spaces and dashes standing for
/// underscores.
fn keyword(candidate: &str) -> Option<(Role, &'static str)> {
    let normalized = normalize(candidate);
    KEYWORDS
        .iter()
        .find(|(keyword, _)| normalized == *keyword)
        .map(|&(keyword, role)| (role, keyword))
}

/// `candidate` in ASCII lowercase, spaces and dashes made underscores.
fn normalize(candidate: &str) -> String {
    candidate
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// A keyword that `candidate` is probably a misspelling of: at most two edits away (one for short
/// keywords), ignoring ASCII case, spaces and dashes standing for underscores.
fn near_keyword(candidate: &str) -> Option<&'static str> {
    let normalized = normalize(candidate);
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
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
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
    pub(crate) category: Option<usize>,
    pub(crate) description: usize,
    pub(crate) description_en: Option<usize>,
    pub(crate) kind: Option<usize>,
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
pub(crate) fn resolve(
    text: &str,
    table: &Table<'_>,
    cx: &Diagnostics,
) -> Result<Columns, Reported> {
    let header = &table.header;
    let mut named: Vec<Named> = header
        .cells
        .iter()
        .map(|cell| role_of(&cell.plain))
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
                "name each column's role in parentheses, as its cells suggest: `{}`",
                guess_header(table)
            )),
        ));
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
    let guesses = guess(table, &known);
    let (slots, unclear) = assign(table, named, &guesses, cx);
    if unclear {
        // A header cell without a clear role may be the missing one: say nothing more.
        return Err(Reported);
    }
    let columns = required_roles(&slots, header.span.clone(), cx)?;
    if let Some(code) = columns.keys.code() {
        integer_column(table, code, cx)?;
    }
    Ok(columns)
}

/// Gives each column the role its header names: the column of each role, and whether any header
/// cell was unclear (no role, several roles, a role twice), which is reported.
fn assign(
    table: &Table<'_>,
    named: Vec<Named>,
    guesses: &[Guess],
    cx: &Diagnostics,
) -> (Slots, bool) {
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
                cx.push(no_role(cell, index, near, &guesses[index]));
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
    let mut values = column(table, index).peekable();
    let letters = |value: &str| value.chars().filter(|c| c.is_alphabetic()).count();
    let digits = |value: &str| value.chars().filter(char::is_ascii_digit).count();
    if values.peek().is_none()
        || !column(table, index)
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
            quote(&with_role(&cell.plain, "error"))
        )),
    ))
}

/// The header cell `header` rewritten to name the role of `keyword`: the keyword in its
/// parentheses replaced (`错误编号(error_code)` → `错误编号(error)`), or added in parentheses
/// (`Error Code` → `Error Code(error)`).
fn with_role(header: &str, keyword: &str) -> String {
    let header = header.trim();
    match candidates(header)[1..]
        .iter()
        .find(|candidate| self::keyword(candidate).is_some())
    {
        Some(found) => header.replacen(found, keyword, 1),
        None => format!("{header}({keyword})"),
    }
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
        category: slots.category,
        description: description?,
        description_en: slots.description_en,
        kind: slots.kind,
        note: slots.note,
    })
}

const ROLES_NOTE: &str = "the roles are `name`, `error`, `code` (or `error_code`), `category`, \
                          `description` (or `error_description`), `description_en`, `kind`, \
                          `note` and `ignore`; providers' own field names name roles too: `errcode`, \
                          `ret`, `sub_code`, `errmsg`, `error_msg`, `msg`, `message`, `sub_msg`";

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
    match near {
        // A misspelt `code` over a column of ids: it is the error column.
        Some((keyword, _))
            if keyword_role(keyword) == Some(Role::Code) && guess.holds == Holds::Ids =>
        {
            diagnostic.help(format!(
                "its cells are error ids, not integer codes: write {}",
                quote(&with_role(header, "error"))
            ))
        }
        Some((keyword, rewritten)) => diagnostic.help(format!(
            "did you mean `{keyword}`? write {}",
            quote(&rewritten)
        )),
        None if guess.role == Role::Ignore => diagnostic.note(None, ROLES_NOTE).help(format!(
            "name its role in parentheses, or write {} to leave the column out",
            quote(&format!("{header}(ignore)"))
        )),
        None => diagnostic.note(None, ROLES_NOTE).help(format!(
            "name its role in parentheses, such as {} as its cells suggest, or write {} to \
             leave the column out",
            quote(&format!("{header}({})", guess.role.keyword())),
            quote(&format!("{header}(ignore)"))
        )),
    }
}

/// The role a keyword names.
fn keyword_role(keyword: &str) -> Option<Role> {
    KEYWORDS
        .iter()
        .find(|(found, _)| *found == keyword)
        .map(|&(_, role)| role)
}

/// The plain text of the non-empty cells of a column.
fn column<'t>(table: &'t Table<'_>, index: usize) -> impl Iterator<Item = &'t str> + 't {
    table
        .rows
        .iter()
        .filter_map(move |row| row.cells.get(index))
        .map(|cell| cell.plain.as_str())
        .filter(|value| !value.is_empty())
}

/// What a column's cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holds {
    /// No cell has text.
    Nothing,
    /// Every cell is a decimal integer.
    Integers,
    /// Every cell is an id: ASCII letters, digits and `_.-:`, with a letter, no space.
    Ids,
    /// Anything else.
    Text,
}

/// The role a column most likely has, from what it holds and what its header says.
#[derive(Debug)]
struct Guess {
    holds: Holds,
    role: Role,
}

/// The role of each column, as its cells and header suggest, for the columns whose role
/// `known` does not give: a column of unique integers is the code; of unique ids, the error; of
/// integers that repeat beside a code or an error, the category; the column whose header says
/// so (`描述`, `说明`, `含义`, `信息`, `message`, …), else the longest text, is the description;
/// a text column whose header suggests advice (`解决`, `建议`, `排查`, `备注`, …), and other text
/// columns, notes; the rest is ignored. A role a header names is not guessed for another
/// column.
fn guess(table: &Table<'_>, known: &[Option<Role>]) -> Vec<Guess> {
    let count = table.header.cells.len();
    let mut guesses: Vec<Guess> = (0..count)
        .map(|index| Guess {
            holds: holds(table, index),
            role: known.get(index).copied().flatten().unwrap_or(Role::Ignore),
        })
        .collect();
    let named = |role: Role| known.contains(&Some(role));
    let unique = |index: usize| {
        let values: Vec<&str> = column(table, index).collect();
        values.iter().collect::<HashSet<_>>().len() == values.len()
    };
    let hint = |index: usize| hint(&table.header.cells[index].plain);
    let mut taken: Vec<bool> = (0..count)
        .map(|index| known.get(index).copied().flatten().is_some())
        .collect();
    let mut take = |role: Role, pick: &dyn Fn(usize) -> bool, guesses: &mut Vec<Guess>| {
        if named(role) {
            return true;
        }
        let found = (0..count)
            .filter(|&index| {
                !taken[index] && pick(index) && hint(index).is_none_or(|hinted| hinted == role)
            })
            .min_by_key(|&index| (hint(index) != Some(role), index));
        if let Some(index) = found {
            taken[index] = true;
            guesses[index].role = role;
        }
        found.is_some()
    };
    let holds_of = |index: usize| holds(table, index);
    let code = take(
        Role::Code,
        &|index| holds_of(index) == Holds::Integers && unique(index),
        &mut guesses,
    );
    let error = take(
        Role::Error,
        &|index| holds_of(index) == Holds::Ids && unique(index),
        &mut guesses,
    );
    if code || error {
        take(
            Role::Category,
            &|index| holds_of(index) == Holds::Integers,
            &mut guesses,
        );
    }
    // The description: a text column whose header says so, else the longest text.
    let texts: Vec<usize> = (0..count)
        .filter(|&index| !taken[index] && matches!(holds_of(index), Holds::Text | Holds::Ids))
        .collect();
    let description = texts
        .iter()
        .copied()
        .find(|&index| hint(index) == Some(Role::Description))
        .or_else(|| {
            texts
                .iter()
                .copied()
                .filter(|&index| hint(index) != Some(Role::Note))
                .max_by_key(|&index| average_length(table, index))
        })
        .or_else(|| texts.first().copied());
    if let Some(index) = description.filter(|_| !named(Role::Description)) {
        taken[index] = true;
        guesses[index].role = Role::Description;
    }
    for index in texts {
        if !taken[index] {
            guesses[index].role = Role::Note;
        }
    }
    guesses
}

/// What the cells of a column hold.
fn holds(table: &Table<'_>, index: usize) -> Holds {
    let mut values = column(table, index).peekable();
    if values.peek().is_none() {
        Holds::Nothing
    } else if column(table, index).all(|value| int::parse_integer(value).is_some()) {
        Holds::Integers
    } else if column(table, index).all(|value| {
        value.bytes().any(|b| b.is_ascii_alphabetic())
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.-:".contains(&b))
    }) {
        Holds::Ids
    } else {
        Holds::Text
    }
}

/// The average length of a column's cells, in characters.
fn average_length(table: &Table<'_>, index: usize) -> usize {
    let (total, count) = column(table, index).fold((0, 0), |(total, count), value| {
        (total + value.chars().count(), count + 1)
    });
    total / count.max(1)
}

/// The role a header's words suggest, in the words providers use.
fn hint(header: &str) -> Option<Role> {
    let lower = header.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    if any(&[
        "解决", "建议", "排查", "备注", "方案", "处理", "action", "solution", "remark",
    ]) {
        Some(Role::Note)
    } else if any(&["状态码", "http", "status"]) {
        Some(Role::Category)
    } else if any(&[
        "描述",
        "说明",
        "含义",
        "信息",
        "原因",
        "message",
        "description",
        "msg",
    ]) {
        Some(Role::Description)
    } else if any(&["错误码", "返回码", "编号", "代码", "code"]) {
        Some(Role::Code)
    } else {
        None
    }
}

/// The header rewritten with the roles its columns most likely have (see [`guess`]).
fn guess_header(table: &Table<'_>) -> String {
    let mut header = String::from("|");
    for (cell, guess) in table.header.cells.iter().zip(guess(table, &[])) {
        let _ = write!(
            header,
            " {}({}) |",
            diag::cut(cell.plain.trim(), QUOTE_WIDTH / 4),
            guess.role.keyword()
        );
    }
    header
}

#[cfg(test)]
mod tests {
    use super::{Named, Role, edit_distance, role_of};

    #[test]
    fn the_seed_weibo_header_names_its_roles() {
        assert_eq!(role_of("错误码(error)"), Named::Role(Role::Error, "error"));
        assert_eq!(
            role_of("错误编号(error_code)"),
            Named::Role(Role::Code, "error_code")
        );
        assert_eq!(
            role_of("错误描述(error_description)"),
            Named::Role(Role::Description, "error_description")
        );
    }

    #[test]
    fn keywords_as_whole_cells_in_any_case_and_full_width_parentheses() {
        assert_eq!(role_of("Code"), Named::Role(Role::Code, "code"));
        assert_eq!(
            role_of("DESCRIPTION"),
            Named::Role(Role::Description, "description")
        );
        assert_eq!(role_of("名称（name）"), Named::Role(Role::Name, "name"));
        assert_eq!(role_of("说明 ( note )"), Named::Role(Role::Note, "note"));
        assert_eq!(role_of("备注(ignore)"), Named::Role(Role::Ignore, "ignore"));
        // The same role twice is still one role.
        assert_eq!(role_of("code (code)"), Named::Role(Role::Code, "code"));
    }

    #[test]
    fn spaces_and_dashes_stand_for_underscores_and_field_names_are_keywords() {
        assert_eq!(role_of("Error Code"), Named::Role(Role::Code, "error_code"));
        assert_eq!(
            role_of("error-description"),
            Named::Role(Role::Description, "error_description")
        );
        assert_eq!(role_of("errcode"), Named::Role(Role::Code, "errcode"));
        assert_eq!(role_of("ErrMsg"), Named::Role(Role::Description, "errmsg"));
        assert_eq!(role_of("返回码(ret)"), Named::Role(Role::Code, "ret"));
        assert_eq!(role_of("sub_code"), Named::Role(Role::Error, "sub_code"));
        assert_eq!(
            role_of("英文(description_en)"),
            Named::Role(Role::DescriptionEn, "description_en")
        );
        assert_eq!(
            role_of("状态码(category)"),
            Named::Role(Role::Category, "category")
        );
    }

    #[test]
    fn cells_without_a_role() {
        assert_eq!(role_of("错误码"), Named::Nothing { near: None });
        assert_eq!(role_of(""), Named::Nothing { near: None });
        assert_eq!(
            role_of("error cod"),
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
        assert_eq!(role_of("code (error)"), Named::Role(Role::Error, "error"));
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
