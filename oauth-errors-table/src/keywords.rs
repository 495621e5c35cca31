//! Keyword recognition: the role a header cell names, read from its words.
//!
//! A header cell names its role by a keyword of the [vocabulary](crate::vocabulary), inside ASCII
//! or full-width parentheses, as the whole cell, or before parentheses (the field first, as
//! Alipay writes `code(返回码)`), in any case, with spaces or dashes for underscores: `code`,
//! `错误编号(error_code)`, `错误描述（description）`, `Error Description`, `sub_msg(明细返回码描述)`.
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

/// Reads the role a header cell names: by a keyword in parentheses, else by the whole cell, else
/// by the word before its parentheses (`Error Code(error)` names `error`, `errcode` names `code`,
/// and Alipay's `sub_code(明细返回码)`, the field first, names `error`).
pub(crate) fn role_of(cell: &str) -> Named {
    let Candidates {
        whole,
        before,
        inside,
    } = candidates(cell);
    let mut found: Vec<(Role, &'static str)> = Vec::new();
    for candidate in &inside {
        if let Some((role, keyword)) = keyword(candidate)
            && !found.iter().any(|&(other, _)| other == role)
        {
            found.push((role, keyword));
        }
    }
    if found.is_empty() {
        found.extend(keyword(whole).or_else(|| before.and_then(keyword)));
    }
    match found.as_slice() {
        [] => Named::Nothing {
            near: std::iter::once(whole)
                .chain(before)
                .chain(inside.iter().copied())
                .find_map(|candidate| {
                    let keyword = near_keyword(candidate)?;
                    Some((keyword, cell.trim().replacen(candidate, keyword, 1)))
                }),
        },
        [(role, keyword)] => Named::Role(*role, keyword),
        _ => Named::Several(found.iter().map(|&(role, _)| role).collect()),
    }
}

/// The pieces of a header cell that may be a keyword.
pub(crate) struct Candidates<'c> {
    /// The whole cell, trimmed.
    pub(crate) whole: &'c str,
    /// What stands before the first parenthesis, when the cell has parentheses.
    pub(crate) before: Option<&'c str>,
    /// What stands inside each pair of parentheses (ASCII or full-width) that holds no other:
    /// `错误(码(code)` holds `code`, and its unclosed `(` is text.
    pub(crate) inside: Vec<&'c str>,
}

/// The pieces of a header cell that may be a keyword.
pub(crate) fn candidates(cell: &str) -> Candidates<'_> {
    let whole = cell.trim();
    let mut inside = Vec::new();
    let mut open: Option<usize> = None;
    let mut first_open = None;
    for (at, c) in whole.char_indices() {
        match c {
            '(' | '（' => {
                first_open.get_or_insert(at);
                open = Some(at + c.len_utf8());
            }
            ')' | '）' => {
                if let Some(start) = open.take() {
                    inside.push(whole[start..at].trim());
                }
            }
            _ => {}
        }
    }
    let before = first_open
        .map(|at| whole[..at].trim())
        .filter(|before| !before.is_empty());
    Candidates {
        whole,
        before,
        inside,
    }
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
        // An unclosed parenthesis is just text, and a pair after it still counts.
        assert_eq!(role_of("错误(code"), Named::Nothing { near: None });
        assert_eq!(role_of("错误(码(code)"), Named::Role(Role::Code, "code"));
        assert_eq!(role_of("(a)code(b"), Named::Nothing { near: None });
    }

    #[test]
    fn field_names_first_as_alipay_writes_them() {
        assert_eq!(role_of("code(返回码)"), Named::Role(Role::Code, "code"));
        assert_eq!(
            role_of("msg(返回码描述)"),
            Named::Role(Role::Description, "msg")
        );
        assert_eq!(
            role_of("sub_code（明细返回码）"),
            Named::Role(Role::Error, "sub_code")
        );
        // A keyword in parentheses wins over the word before them.
        assert_eq!(
            role_of("code(返回码)(error)"),
            Named::Role(Role::Error, "error")
        );
        // A misspelt field first is a misspelling too.
        assert_eq!(
            role_of("sub_cod(明细返回码)"),
            Named::Nothing {
                near: Some(("sub_code", "sub_code(明细返回码)".to_owned()))
            }
        );
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
