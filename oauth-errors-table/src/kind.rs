//! Kinds: what an app should do about an error, as a table classifies its rows, in a `kind`
//! column or beside the table in `#[oauth_errors(kind(…))]`.
//!
//! The kinds are those of `oauth_errors::Kind`, which the expansion names; that crate's tests
//! check that the two lists agree. `validate` gives the rows their kinds (`validate::classify`).

use crate::spelling;

/// What an app should do about an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A transient failure on the provider's side: the same request may succeed later.
    Retry,
    /// A frequency or quota limit.
    RateLimited,
    /// The access token has expired or is no longer valid, and the app can renew it without
    /// the user.
    Refresh,
    /// The user must log in again.
    Reauthorize,
    /// The user refused, or may not do this.
    Denied,
    /// The app's registration or credentials are wrong.
    Misconfigured,
    /// The request the app sent is malformed.
    InvalidRequest,
    /// Not an error: the success code some tables list.
    Success,
    /// Not classified.
    Unknown,
}

impl Kind {
    /// Every kind, in the order of `oauth_errors::Kind`.
    pub const ALL: [Kind; 9] = [
        Kind::Retry,
        Kind::RateLimited,
        Kind::Refresh,
        Kind::Reauthorize,
        Kind::Denied,
        Kind::Misconfigured,
        Kind::InvalidRequest,
        Kind::Success,
        Kind::Unknown,
    ];

    /// The kind's keyword, in `snake_case`.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Retry => "retry",
            Kind::RateLimited => "rate_limited",
            Kind::Refresh => "refresh",
            Kind::Reauthorize => "reauthorize",
            Kind::Denied => "denied",
            Kind::Misconfigured => "misconfigured",
            Kind::InvalidRequest => "invalid_request",
            Kind::Success => "success",
            Kind::Unknown => "unknown",
        }
    }

    /// The name of the kind's variant in `oauth_errors::Kind`.
    #[must_use]
    pub fn variant(self) -> &'static str {
        match self {
            Kind::Retry => "Retry",
            Kind::RateLimited => "RateLimited",
            Kind::Refresh => "Refresh",
            Kind::Reauthorize => "Reauthorize",
            Kind::Denied => "Denied",
            Kind::Misconfigured => "Misconfigured",
            Kind::InvalidRequest => "InvalidRequest",
            Kind::Success => "Success",
            Kind::Unknown => "Unknown",
        }
    }

    /// The kind a word names: its keyword or its variant's name, in any case (`rate_limited`,
    /// `RateLimited`, `RATE_LIMITED`). Else the kind it is a likely misspelling of, if any.
    ///
    /// # Errors
    ///
    /// When the word names no kind: the keyword it is close to, if any.
    pub fn parse(word: &str) -> Result<Kind, Option<&'static str>> {
        let squashed: String = word
            .trim()
            .chars()
            .filter(|&c| c != '_' && c != '-' && c != ' ')
            .flat_map(char::to_lowercase)
            .collect();
        let keywords = Kind::ALL.map(|kind| (kind.keyword().replace('_', ""), kind));
        let found = keywords
            .iter()
            .find(|(keyword, _)| *keyword == squashed)
            .map(|&(_, kind)| kind);
        found.ok_or_else(|| {
            let near = keywords
                .iter()
                .map(|(keyword, kind)| (keyword.as_str(), kind.keyword()));
            spelling::nearest(&squashed, near)
        })
    }
}

/// The keywords, listed for messages.
pub(crate) fn keywords() -> String {
    let keywords: Vec<String> = Kind::ALL
        .iter()
        .map(|kind| format!("`{}`", kind.keyword()))
        .collect();
    keywords.join(", ")
}

/// The help for a word that names no kind, given the kind it is close to.
#[must_use]
pub fn unknown_help(near: Option<&str>) -> String {
    match near {
        Some(keyword) => format!("did you mean `{keyword}`? the kinds are {}", keywords()),
        None => format!("write one of the kinds: {}", keywords()),
    }
}

/// A row a classification beside the table names: by its code, or by its error id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    /// The row with this code.
    Code(i128),
    /// The row with this error id.
    Error(String),
}

/// The kinds given beside the table: `#[oauth_errors(kind(retry = [21331], …), token_kind(…))]`.
/// Each entry is a kind and the row it is for, in the order written; a problem with an entry is
/// reported [`At::Kind`](crate::diag::At::Kind) or [`At::TokenKind`](crate::diag::At::TokenKind)
/// with its index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Classification {
    /// `kind(…)`: the kind of each row named, wherever it is answered.
    pub kinds: Vec<(Kind, Row)>,
    /// `token_kind(…)`: the kind of each row named when the token endpoint answers it.
    pub token_kinds: Vec<(Kind, Row)>,
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn keywords_and_names_in_any_case() {
        assert_eq!(Kind::parse("retry"), Ok(Kind::Retry));
        assert_eq!(Kind::parse("RateLimited"), Ok(Kind::RateLimited));
        assert_eq!(Kind::parse("RATE_LIMITED"), Ok(Kind::RateLimited));
        assert_eq!(Kind::parse(" invalid-request "), Ok(Kind::InvalidRequest));
        assert_eq!(Kind::parse("reauthorise"), Err(Some("reauthorize")));
        assert_eq!(Kind::parse("misconfigure"), Err(Some("misconfigured")));
        assert_eq!(Kind::parse("transient"), Err(None));
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.keyword()), Ok(kind));
            assert_eq!(Kind::parse(kind.variant()), Ok(kind));
        }
    }
}
