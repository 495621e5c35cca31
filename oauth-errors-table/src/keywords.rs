//! Keyword recognition: the role a header cell names, read from its words.
//!
//! A header cell names its role by a keyword of the [vocabulary](crate::vocabulary), either as
//! the whole cell or inside ASCII or full-width parentheses, in any case, with spaces or dashes
//! for underscores: `code`, `错误编号(error_code)`, `错误描述（description）`, `Error Description`.
//! A cell that names none may be a misspelling of one (`descripton`).

use crate::spelling;
use crate::vocabulary::Role;

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
pub(crate) fn candidates(cell: &str) -> Vec<&str> {
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
pub(crate) fn keyword(candidate: &str) -> Option<(Role, &'static str)> {
    let normalized = normalize(candidate);
    Role::ALL.into_iter().find_map(|role| {
        role.keywords()
            .find(|keyword| normalized == *keyword)
            .map(|keyword| (role, keyword))
    })
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

/// A keyword that `candidate` is probably a misspelling of, ignoring ASCII case, spaces and
/// dashes standing for underscores.
fn near_keyword(candidate: &str) -> Option<&'static str> {
    let keywords = Role::ALL
        .into_iter()
        .flat_map(Role::keywords)
        .map(|keyword| (keyword, keyword));
    spelling::nearest(&normalize(candidate), keywords)
}

#[cfg(test)]
mod tests {
    use super::{Named, role_of};
    use crate::vocabulary::Role;

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
}
