//! Role guessing, which feeds only the help text: when a header names no roles, or a cell names
//! none, the roles that what the columns hold suggests, and the header rewritten with them.

use crate::int;
use crate::keywords;
use crate::report;
use crate::table::Table;
use crate::vocabulary::Role;
use std::collections::HashSet;
use std::fmt::Write as _;

/// The header cell `header` rewritten to name the role of `keyword`: the keyword in its
/// parentheses replaced (`错误编号(error_code)` → `错误编号(error)`), or added in parentheses
/// (`Error Code` → `Error Code(error)`).
pub(crate) fn with_role(header: &str, keyword: &str) -> String {
    let header = header.trim();
    match keywords::candidates(header)[1..]
        .iter()
        .find(|candidate| keywords::keyword(candidate).is_some())
    {
        Some(found) => header.replacen(found, keyword, 1),
        None => format!("{header}({keyword})"),
    }
}

/// What a column's cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holds {
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
pub(crate) struct Guess {
    pub(crate) holds: Holds,
    pub(crate) role: Role,
}

/// The role of each column, as its cells and header suggest, for the columns whose role
/// `known` does not give: a column of unique integers is the code; of unique ids, the error; of
/// integers that repeat beside a code or an error, the category; the column whose header says
/// so (`描述`, `说明`, `含义`, `信息`, `message`, …), else the longest text, is the description;
/// a text column whose header suggests advice (`解决`, `建议`, `排查`, `备注`, …), and other text
/// columns, notes; the rest is ignored. A role a header names is not guessed for another
/// column.
pub(crate) fn guess(table: &Table<'_>, known: &[Option<Role>]) -> Vec<Guess> {
    let count = table.header.cells.len();
    let mut guesses: Vec<Guess> = (0..count)
        .map(|index| Guess {
            holds: holds(table, index),
            role: known.get(index).copied().flatten().unwrap_or(Role::Ignore),
        })
        .collect();
    let named = |role: Role| known.contains(&Some(role));
    let unique = |index: usize| {
        let values: Vec<&str> = table.column(index).collect();
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
    let mut values = table.column(index).peekable();
    if values.peek().is_none() {
        Holds::Nothing
    } else if table
        .column(index)
        .all(|value| int::parse_integer(value).is_some())
    {
        Holds::Integers
    } else if table.column(index).all(|value| {
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
    let (total, count) = table.column(index).fold((0, 0), |(total, count), value| {
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
pub(crate) fn guess_header(table: &Table<'_>) -> String {
    let mut header = String::from("|");
    for (cell, guess) in table.header.cells.iter().zip(guess(table, &[])) {
        let _ = write!(
            header,
            " {}({}) |",
            report::cut(cell.plain.trim(), report::QUOTE_WIDTH / 4),
            guess.role.keyword()
        );
    }
    header
}
