//! Column roles: what a header cell says its column holds.
//!
//! A header cell names its role by an English keyword, either as the whole cell or inside ASCII
//! or full-width parentheses, case-insensitively: `code`, `错误编号(error_code)`,
//! `错误描述（description）`.

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
