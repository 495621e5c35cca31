//! Role guessing, which feeds only the help text: when a header names no roles, or a cell names
//! none, the roles that what the columns hold suggests, and the header rewritten with them.
//!
//! What a column's cells hold decides; its header's words only break ties, and where they say
//! otherwise (a `错误码`, "error code", over error ids) the help says which won and why. A
//! proposal for a whole header is complete (a code or an error column, and a description) or
//! there is none, and it is written in the table's own format, its cells as written (escapes
//! kept), so that pasted back it reads as proposed.

use crate::int;
use crate::keywords;
use crate::kind::Kind;
use crate::names;
use crate::report;
use crate::table::{Format, Table};
use crate::vocabulary::Role;
use std::collections::HashSet;

/// The header cell `header` rewritten to name the role of `keyword`: the keyword in its
/// parentheses replaced (`错误编号(error_code)` → `错误编号(error)`), or added in parentheses
/// (`Error Code` → `Error Code(error)`).
pub(crate) fn with_role(header: &str, keyword: &str) -> String {
    let header = header.trim();
    match keywords::candidates(header)
        .inside
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
    /// Every cell is a kind's keyword or name.
    Kinds,
    /// Every cell is a variant name in `UpperCamelCase`, with a lowercase letter
    /// (`AccessTokenExpired`, not `AADSTS50058`).
    Names,
    /// Every cell is an id: ASCII, with a letter, at most half of them with a space
    /// (`invalid_grant`, `isv.code-invalid`, and Weibo's `appkey permission denied` among them).
    Ids,
    /// Anything else.
    Text,
}

impl Holds {
    /// What the cells are, in a sentence about them: "are error ids, such as …".
    fn said(self, example: &str) -> String {
        let example = report::quote(example);
        match self {
            Holds::Nothing => "are empty".to_owned(),
            Holds::Integers => format!("are integers, such as {example}"),
            Holds::Kinds => format!("are kinds, such as {example}"),
            Holds::Names => format!("are variant names, such as {example}"),
            Holds::Ids => format!("are error ids, such as {example}"),
            Holds::Text => format!("are text, such as {example}"),
        }
    }
}

/// What the cells of one column hold.
#[derive(Debug)]
pub(crate) struct Facts<'t> {
    pub(crate) holds: Holds,
    /// How many cells have text, and how many different texts.
    filled: usize,
    distinct: usize,
    /// Whether every cell is ASCII.
    ascii: bool,
    /// The average length of a cell, in characters.
    average: usize,
    /// The first cell with text.
    example: &'t str,
    /// The role the header's words suggest.
    hint: Option<Role>,
}

impl Facts<'_> {
    /// Whether most cells differ (more than half of them are distinct), as keys do.
    fn mostly_distinct(&self) -> bool {
        self.filled > 0 && self.distinct * 2 > self.filled
    }
}

/// What the cells of the column `index` hold.
fn facts<'t>(table: &'t Table<'_>, index: usize) -> Facts<'t> {
    let values: Vec<&str> = table.column(index).collect();
    let distinct = values.iter().collect::<HashSet<_>>().len();
    let integers = values
        .iter()
        .all(|value| int::parse_integer(value).is_some());
    let kinds = values.iter().all(|value| Kind::parse(value).is_ok());
    let names = values.iter().all(|value| {
        names::is_variant_name(value) && value.bytes().any(|b| b.is_ascii_lowercase())
    });
    // Ids with spaces (Weibo's `appkey permission denied`) are ids where at most half the cells
    // have one, unless the header says the column describes.
    let hint = hint(&table.header.cells[index].plain);
    let spaced = values.iter().filter(|value| value.contains(' ')).count();
    let describes = matches!(hint, Some(Role::Description | Role::Note));
    let ids = values.iter().all(|value| is_id(value))
        && (spaced == 0 || (spaced * 2 <= values.len() && !describes));
    let holds = if values.is_empty() {
        Holds::Nothing
    } else if integers {
        Holds::Integers
    } else if kinds {
        Holds::Kinds
    } else if names {
        Holds::Names
    } else if ids {
        Holds::Ids
    } else {
        Holds::Text
    };
    let characters: usize = values.iter().map(|value| value.chars().count()).sum();
    Facts {
        holds,
        filled: values.len(),
        distinct,
        ascii: values.iter().all(|value| value.is_ascii()),
        average: characters / values.len().max(1),
        // A cell that shows what the column holds: the first that is no integer in a column of
        // ids or text, the first that is no id in a column of text.
        example: values
            .iter()
            .find(|value| match holds {
                Holds::Ids | Holds::Names => int::parse_integer(value).is_none(),
                Holds::Text => int::parse_integer(value).is_none() && !is_id(value),
                _ => true,
            })
            .or(values.first())
            .copied()
            .unwrap_or_default(),
        hint,
    }
}

/// Whether `value` may be an error id: ASCII, with a letter, not long.
fn is_id(value: &str) -> bool {
    value.is_ascii() && value.bytes().any(|b| b.is_ascii_alphabetic()) && value.len() <= 64
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
    } else if any(&["标识", "错误"]) {
        Some(Role::Error)
    } else {
        None
    }
}

/// The role of each column, as its cells suggest, for the columns whose role `known` does not
/// give (a role the header names is not guessed for another column); and for each column whose
/// header's words suggest another role than its cells, why the cells won.
#[derive(Debug)]
pub(crate) struct Guess {
    /// Each column's role (`Ignore` where nothing fits).
    pub(crate) roles: Vec<Role>,
    /// What each column's cells hold.
    pub(crate) holds: Vec<Holds>,
    /// Why a column is proposed a role its header's words do not suggest: the column, and the
    /// reason.
    pub(crate) overruled: Vec<(usize, String)>,
}

/// Guesses the roles of the columns that `known` leaves open:
///
/// - the code: the column of integers whose values differ most (most of them distinct); the
///   error: the column of ids whose values differ most (of variant names, where there is no
///   code);
/// - beside a code or an error, the category: the column of integers whose values repeat most;
/// - the kind: a column of kinds, the token kind: a second one; the name: a column of distinct
///   variant names;
/// - the description: the text whose header says so (`描述`, `说明`, `信息`, `message`, …,
///   written in another language than English where two say so), else the longest text; the
///   English description: text in English beside a description in another language;
/// - the note: the text whose header suggests advice (`解决`, `建议`, `排查`, `备注`, …), else
///   the first text left;
/// - the rest is ignored.
pub(crate) fn guess(table: &Table<'_>, known: &[Option<Role>]) -> Guess {
    let count = table.header.cells.len();
    let facts: Vec<Facts<'_>> = (0..count).map(|index| facts(table, index)).collect();
    let mut roles: Vec<Option<Role>> = (0..count)
        .map(|index| known.get(index).copied().flatten())
        .collect();
    let named = |roles: &[Option<Role>], role: Role| roles.contains(&Some(role));
    // The first open column of those `fits` allows, by `rank` (lowest first).
    let pick = |roles: &[Option<Role>],
                fits: &dyn Fn(&Facts<'_>) -> bool,
                rank: &dyn Fn(&Facts<'_>) -> (usize, usize)|
     -> Option<usize> {
        (0..count)
            .filter(|&index| roles[index].is_none() && fits(&facts[index]))
            .min_by_key(|&index| (rank(&facts[index]), index))
    };
    let hinted = |facts: &Facts<'_>, role: Role| usize::from(facts.hint != Some(role));
    let take = |roles: &mut Vec<Option<Role>>, role: Role, found: Option<usize>| {
        if let Some(index) = found.filter(|_| !named(roles, role)) {
            roles[index] = Some(role);
        }
    };
    let keys_named = named(&roles, Role::Code) || named(&roles, Role::Error);
    if !keys_named {
        let code = pick(
            &roles,
            &|facts| facts.holds == Holds::Integers && facts.mostly_distinct(),
            &|facts| (usize::MAX - facts.distinct, hinted(facts, Role::Code)),
        );
        take(&mut roles, Role::Code, code);
        // Variant names are the key only where there is no other.
        let coded = code.is_some();
        let error = pick(
            &roles,
            &|facts| {
                (facts.holds == Holds::Ids || (facts.holds == Holds::Names && !coded))
                    && facts.mostly_distinct()
            },
            &|facts| {
                let hinted = usize::from(!matches!(facts.hint, Some(Role::Code | Role::Error)));
                (usize::MAX - facts.distinct, hinted)
            },
        );
        take(&mut roles, Role::Error, error);
    }
    if named(&roles, Role::Code) || named(&roles, Role::Error) {
        let category = pick(&roles, &|facts| facts.holds == Holds::Integers, &|facts| {
            (facts.distinct, hinted(facts, Role::Category))
        });
        take(&mut roles, Role::Category, category);
    }
    let kind = pick(&roles, &|facts| facts.holds == Holds::Kinds, &|_| (0, 0));
    take(&mut roles, Role::Kind, kind);
    let token_kind = pick(&roles, &|facts| facts.holds == Holds::Kinds, &|_| (0, 0));
    take(&mut roles, Role::TokenKind, token_kind);
    let name = pick(
        &roles,
        &|facts| facts.holds == Holds::Names && facts.distinct == facts.filled,
        &|_| (0, 0),
    );
    take(&mut roles, Role::Name, name);
    describe(&facts, &mut roles);
    // A description before a second key: ids beside codes describe the rows when nothing else
    // can (`| 1 | x |`).
    let code = roles.iter().position(|role| *role == Some(Role::Code));
    let error = roles.iter().position(|role| *role == Some(Role::Error));
    if !roles.contains(&Some(Role::Description))
        && let (Some(_), Some(error)) = (code, error)
        && known.get(error).copied().flatten().is_none()
    {
        roles[error] = Some(Role::Description);
    }
    let overruled = overruled(table, &facts, &roles, known);
    Guess {
        roles: roles
            .into_iter()
            .map(|role| role.unwrap_or(Role::Ignore))
            .collect(),
        holds: facts.iter().map(|facts| facts.holds).collect(),
        overruled,
    }
}

/// Guesses the description, the English description and the note among the open columns.
fn describe(facts: &[Facts<'_>], roles: &mut [Option<Role>]) {
    let open = |roles: &[Option<Role>], index: usize| roles[index].is_none();
    let text = |facts: &Facts<'_>| matches!(facts.holds, Holds::Text | Holds::Ids);
    let columns = 0..facts.len();
    if !roles.contains(&Some(Role::Description)) {
        let description = columns
            .clone()
            .filter(|&index| open(roles, index) && text(&facts[index]))
            .min_by_key(|&index| {
                let facts = &facts[index];
                (
                    usize::from(facts.hint != Some(Role::Description)),
                    usize::from(facts.hint == Some(Role::Note)),
                    usize::from(facts.ascii),
                    usize::MAX - facts.average,
                    index,
                )
            })
            // Without text, any column that holds something.
            .or_else(|| {
                columns
                    .clone()
                    .find(|&index| open(roles, index) && facts[index].holds != Holds::Nothing)
            });
        if let Some(index) = description {
            roles[index] = Some(Role::Description);
        }
    }
    let described_in_another_language = roles
        .iter()
        .position(|role| *role == Some(Role::Description))
        .is_some_and(|index| !facts[index].ascii);
    if described_in_another_language && !roles.contains(&Some(Role::DescriptionEn)) {
        let english = columns.clone().find(|&index| {
            open(roles, index)
                && facts[index].holds == Holds::Text
                && facts[index].ascii
                && facts[index].hint != Some(Role::Note)
        });
        if let Some(index) = english {
            roles[index] = Some(Role::DescriptionEn);
        }
    }
    if !roles.contains(&Some(Role::Note)) {
        let note = columns
            .filter(|&index| open(roles, index) && text(&facts[index]))
            .min_by_key(|&index| (usize::from(facts[index].hint != Some(Role::Note)), index));
        if let Some(index) = note {
            roles[index] = Some(Role::Note);
        }
    }
}

/// Why the cells won, for each open column whose header's words suggest a key, a category or a
/// note and whose cells are given another role.
fn overruled(
    table: &Table<'_>,
    facts: &[Facts<'_>],
    roles: &[Option<Role>],
    known: &[Option<Role>],
) -> Vec<(usize, String)> {
    let mut overruled = Vec::new();
    for (index, facts) in facts.iter().enumerate() {
        let Some(hinted) = facts.hint else { continue };
        let role = roles[index].unwrap_or(Role::Ignore);
        let weighed = matches!(
            hinted,
            Role::Code | Role::Error | Role::Category | Role::Note
        );
        if known.get(index).copied().flatten().is_some() || !weighed || hinted == role {
            continue;
        }
        let repeat = hinted == Role::Code && facts.holds == Holds::Integers;
        let held = if repeat {
            format!(
                "repeat ({} different values in {} rows)",
                facts.distinct, facts.filled
            )
        } else {
            facts.holds.said(facts.example)
        };
        overruled.push((
            index,
            format!(
                "{} reads like {} `{}` column, but its cells {held}: proposed `{}`",
                report::quote(table.header.cells[index].plain.trim()),
                if hinted.keyword().starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                },
                hinted.keyword(),
                role.keyword()
            ),
        ));
    }
    overruled
}

/// The roles proposed for a header that names none: a [`guess`] with a code or an error column
/// and a description; `None` when the cells allow none.
pub(crate) fn propose(table: &Table<'_>) -> Option<Guess> {
    let guess = guess(table, &[]);
    let has = |role: Role| guess.roles.contains(&role);
    ((has(Role::Code) || has(Role::Error)) && has(Role::Description)).then_some(guess)
}

/// How many characters of the help a proposed header may take: a longer header cell is cut (its
/// text is the user's; the role in parentheses is what counts).
const PROPOSAL_BUDGET: usize = 1_500;

/// The header of `table` (written in `text`) with each cell given its role in parentheses, in
/// the table's format: a Markdown header row of the cells as written (escapes kept), or cells
/// separated by tabs.
pub(crate) fn header(text: &str, table: &Table<'_>, roles: &[Role]) -> String {
    let cells = &table.header.cells;
    let width = (PROPOSAL_BUDGET / cells.len().max(1)).max(16);
    let written: Vec<String> = cells
        .iter()
        .zip(roles)
        .map(|(cell, role)| {
            let as_written = match table.format {
                Format::Markdown => &text[cell.span.clone()],
                Format::Tabs => cell.plain.as_str(),
            };
            format!("{}({})", report::cut(as_written, width), role.keyword())
        })
        .collect();
    match table.format {
        Format::Markdown => format!("| {} |", written.join(" | ")),
        Format::Tabs => written.join("\t"),
    }
}

#[cfg(test)]
pub(crate) mod tests;
