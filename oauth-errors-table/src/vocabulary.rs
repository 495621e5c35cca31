//! The vocabulary of column roles: what a table's columns can hold, the keywords that name each
//! role in a header, and how many columns of each a table has.
//!
//! It is the one source of that vocabulary. The header is read with it (`keywords`), the
//! messages about headers are written from it (`roles`), and the macro's reference (the
//! documentation of `oauth_errors::oauth_error_table!`) is tested against it.

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
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
    /// What an app should do about the error when the token endpoint answers it, where that
    /// differs from [`Role::Kind`].
    TokenKind,
    /// Extra documentation for the variant (where a row comes from, what it means).
    Note,
    /// A column the macro leaves out.
    Ignore,
}

/// How many columns of a role a table has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Exactly one.
    One,
    /// None or one.
    Optional,
    /// A lookup key: a table has a `code` column, an `error` column, or both.
    Key,
    /// Any number.
    Any,
}

impl Role {
    /// Every role, in the order the reference lists them.
    pub const ALL: [Role; 10] = [
        Role::Name,
        Role::Error,
        Role::Code,
        Role::Category,
        Role::Description,
        Role::DescriptionEn,
        Role::Kind,
        Role::TokenKind,
        Role::Note,
        Role::Ignore,
    ];

    /// The role's name: the keyword that messages name it by.
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Role::Name => "name",
            Role::Error => "error",
            Role::Code => "code",
            Role::Category => "category",
            Role::Description => "description",
            Role::DescriptionEn => "description_en",
            Role::Kind => "kind",
            Role::TokenKind => "token_kind",
            Role::Note => "note",
            Role::Ignore => "ignore",
        }
    }

    /// Other keywords that name the role, in OAuth's own words (`error_code`, as Weibo's table
    /// and OAuth 2.0's `error_description` write them).
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static str] {
        match self {
            Role::Code => &["error_code"],
            Role::Description => &["error_description"],
            _ => &[],
        }
    }

    /// The field names that providers give the role in their own documents and bodies, which
    /// name the role in a header too: WeChat's, WeCom's and DingTalk's `errcode` and `errmsg`,
    /// QQ's `ret` and `msg`, Baidu's `error_msg`, Alipay's `sub_code` and `sub_msg`.
    #[must_use]
    pub const fn field_names(self) -> &'static [&'static str] {
        match self {
            Role::Code => &["errcode", "ret"],
            Role::Error => &["sub_code"],
            Role::Description => &["errmsg", "error_msg", "msg", "message", "sub_msg"],
            _ => &[],
        }
    }

    /// Every keyword that names the role: its name, its aliases, its field names.
    pub fn keywords(self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.keyword())
            .chain(self.aliases().iter().copied())
            .chain(self.field_names().iter().copied())
    }

    /// What a column of the role holds, as the reference says it (Markdown).
    #[must_use]
    pub const fn holds(self) -> &'static str {
        match self {
            Role::Name => {
                "the variant's name (UpperCamelCase); an empty cell keeps the derived name"
            }
            Role::Error => {
                "the string error id the provider sends, such as `invalid_grant`; unique"
            }
            Role::Code => "the integer code the provider sends, such as `21325`; unique",
            Role::Category => {
                "an integer that rows share: Alipay's public `code` beside its `sub_code`, an \
                 HTTP status"
            }
            Role::Description => "what the error means",
            Role::DescriptionEn => "what the error means, in English (a cell may be empty)",
            Role::Kind => {
                "what an app should do: a `Kind`'s keyword or name, in any case (`retry`, \
                 `RateLimited`); an empty cell is `unknown`"
            }
            Role::TokenKind => {
                "what an app should do when the token endpoint answers the error, where that \
                 differs from `kind` (WeChat's `40001`: `misconfigured` there, `refresh` from an \
                 API call); an empty cell is the row's `kind`"
            }
            Role::Note => {
                "more documentation for the variant (where the row comes from, …): Markdown in a \
                 Markdown table, plain text in a tab-separated one"
            }
            Role::Ignore => "anything: the macro leaves the column out",
        }
    }

    /// How many columns of the role a table has.
    #[must_use]
    pub const fn count(self) -> Count {
        match self {
            Role::Error | Role::Code => Count::Key,
            Role::Description => Count::One,
            Role::Ignore => Count::Any,
            _ => Count::Optional,
        }
    }

    /// The role a keyword names, exactly as [`keywords`](Role::keywords) write it.
    #[must_use]
    pub fn of_keyword(keyword: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.keywords().any(|known| known == keyword))
    }
}

#[cfg(test)]
mod tests {
    use super::Role;
    use std::collections::HashSet;

    #[test]
    fn every_keyword_names_one_role() {
        let mut seen = HashSet::new();
        for role in Role::ALL {
            for keyword in role.keywords() {
                assert!(seen.insert(keyword), "{keyword} twice");
                assert_eq!(Role::of_keyword(keyword), Some(role));
                assert!(
                    keyword.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                    "{keyword}"
                );
            }
        }
        assert_eq!(seen.len(), 20);
        assert_eq!(Role::of_keyword("Code"), None);
    }
}
