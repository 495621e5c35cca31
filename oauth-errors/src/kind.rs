//! What to do about an error: [`Kind`], and [`ProviderError`], which every generated enum
//! implements.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

/// What an app should do about an error: the action its code asks for, whatever the provider.
///
/// Every generated enum has `const fn kind(self) -> Kind`, as its table classifies its rows
/// (a `kind` column, or `#[oauth_errors(kind(…))]` beside the table; see
/// [`oauth_error_table!`](crate::oauth_error_table)); the response types have `kind()` too.
/// The shipped tables classify every row.
///
/// A suggested policy:
///
/// | kind | what happened | what to do |
/// | --- | --- | --- |
/// | [`Retry`](Kind::Retry) | a transient failure on the provider's side | retry the same request with exponential backoff (say 1 s, 2 s, 4 s), then give up and report |
/// | [`RateLimited`](Kind::RateLimited) | a frequency or quota limit | back off longer (minutes), send fewer requests; alert if it persists |
/// | [`Reauthorize`](Kind::Reauthorize) | the user's code, token or grant is no longer usable | refresh the token if you hold a refresh token, else send the user through login again |
/// | [`Denied`](Kind::Denied) | the user refused, or the user or account may not do this | tell the user; do not retry |
/// | [`Misconfigured`](Kind::Misconfigured) | the app's registration or credentials are wrong | alert an operator; no user action helps, retrying neither |
/// | [`InvalidRequest`](Kind::InvalidRequest) | the request the app sent is malformed | log it as a bug in the calling code; do not retry it as it is |
/// | [`Success`](Kind::Success) | not an error: the success code some tables list | nothing |
/// | [`Unknown`](Kind::Unknown) | an unknown code, or a table without kinds | log it; treat it as not retryable |
///
/// ```
/// use oauth_errors::{Kind, QqError};
///
/// let kind = QqError::CodeReused.kind();
/// assert_eq!(kind, Kind::Reauthorize);
/// assert!(!kind.is_retryable());
/// assert_eq!(kind.to_string(), "reauthorize");
/// assert_eq!("rate_limited".parse(), Ok(Kind::RateLimited));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A transient failure on the provider's side (busy, a timeout, an internal error): the
    /// same request may succeed later. Retry with backoff.
    Retry,
    /// A frequency or quota limit: the request may succeed later, at a lower rate. Back off
    /// longer than for [`Retry`](Kind::Retry), and alert if it persists.
    RateLimited,
    /// The user's code, token or grant is no longer usable (expired, used, revoked, invalid):
    /// refresh the token where a refresh token can, else send the user through login again.
    Reauthorize,
    /// The user refused, or the user or account may not do this: tell the user; retrying does
    /// not help.
    Denied,
    /// The app's registration or credentials are wrong (client id or secret, redirect URI, app
    /// not approved or blocked, an API permission not granted to the app): an operator must fix
    /// the configuration; no user action helps.
    Misconfigured,
    /// The request the app sent is malformed (a missing or bad parameter, a bad signature): a
    /// bug in the calling code.
    InvalidRequest,
    /// Not an error: the success code some tables list (QQ's `0`).
    Success,
    /// Not classified: a code the table does not list, or a table without kinds.
    Unknown,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 8] = [
        Kind::Retry,
        Kind::RateLimited,
        Kind::Reauthorize,
        Kind::Denied,
        Kind::Misconfigured,
        Kind::InvalidRequest,
        Kind::Success,
        Kind::Unknown,
    ];

    /// The kind's keyword: `retry`, `rate_limited`, `reauthorize`, `denied`, `misconfigured`,
    /// `invalid_request`, `success`, `unknown` (what a table's `kind` column holds, and what
    /// `Display` and serde write).
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Kind::Retry => "retry",
            Kind::RateLimited => "rate_limited",
            Kind::Reauthorize => "reauthorize",
            Kind::Denied => "denied",
            Kind::Misconfigured => "misconfigured",
            Kind::InvalidRequest => "invalid_request",
            Kind::Success => "success",
            Kind::Unknown => "unknown",
        }
    }

    /// Whether the same request may succeed later: [`Retry`](Kind::Retry) and
    /// [`RateLimited`](Kind::RateLimited).
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Kind::Retry | Kind::RateLimited)
    }

    /// Whether the user has to act: log in again ([`Reauthorize`](Kind::Reauthorize)) or be
    /// told no ([`Denied`](Kind::Denied)).
    #[must_use]
    pub const fn needs_user(self) -> bool {
        matches!(self, Kind::Reauthorize | Kind::Denied)
    }

    /// Whether a developer or operator has to act: the app is
    /// [`Misconfigured`](Kind::Misconfigured), or sent an
    /// [`InvalidRequest`](Kind::InvalidRequest).
    #[must_use]
    pub const fn needs_developer(self) -> bool {
        matches!(self, Kind::Misconfigured | Kind::InvalidRequest)
    }

    /// The suggested action, in a few words (see the policy table above).
    #[must_use]
    pub const fn action(self) -> &'static str {
        match self {
            Kind::Retry => "retry with backoff",
            Kind::RateLimited => "back off longer, then retry; alert if it persists",
            Kind::Reauthorize => "refresh the token, or send the user through login again",
            Kind::Denied => "tell the user; do not retry",
            Kind::Misconfigured => "alert an operator: fix the app's configuration",
            Kind::InvalidRequest => "fix the calling code; do not retry as it is",
            Kind::Success => "nothing: not an error",
            Kind::Unknown => "log it; do not retry",
        }
    }
}

/// The keyword (`rate_limited`).
impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.keyword())
    }
}

/// A word that names no kind: the error of [`Kind`]'s `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownKind;

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a kind: the kinds are retry, rate_limited, reauthorize, denied, misconfigured, invalid_request, success and unknown")
    }
}

impl core::error::Error for UnknownKind {}

/// From the keyword, exactly (`rate_limited`).
impl FromStr for Kind {
    type Err = UnknownKind;

    fn from_str(keyword: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .into_iter()
            .find(|kind| kind.keyword() == keyword)
            .ok_or(UnknownKind)
    }
}

/// As its keyword.
#[cfg(feature = "serde")]
impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.keyword())
    }
}

/// From its keyword.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keyword;

        impl serde::de::Visitor<'_> for Keyword {
            type Value = Kind;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a kind: retry, rate_limited, reauthorize, denied, misconfigured, invalid_request, success or unknown")
            }

            fn visit_str<E: serde::de::Error>(self, keyword: &str) -> Result<Kind, E> {
                keyword
                    .parse()
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(keyword), &self))
            }
        }

        deserializer.deserialize_str(Keyword)
    }
}

/// An error enum of any provider's table: what one function needs to handle errors of every
/// provider. Every enum [`oauth_error_table!`](crate::oauth_error_table) declares implements it,
/// from its inherent API (whose methods of the same names give the table's own types).
///
/// ```
/// use oauth_errors::{Kind, ProviderError, QqError, WeiboError};
///
/// fn log_line<E: ProviderError>(error: E) -> String {
///     let code = error.code().map_or(String::new(), |code| format!(" {code}"));
///     let id = error.error().map_or(String::new(), |id| format!(" {id}"));
///     format!("{}{code}{id}: {} ({})", E::name(), error.description(), error.kind())
/// }
///
/// assert_eq!(
///     log_line(WeiboError::ExpiredToken),
///     "WeiboError 21327 expired_token: token过期 (reauthorize)"
/// );
/// assert_eq!(QqError::from_code(100_020), <QqError as ProviderError>::from_code(100_020));
/// assert_eq!(<WeiboError as ProviderError>::from_code(i128::from(u64::MAX)), None);
/// assert!(WeiboError::all().iter().all(|error| error.kind() != Kind::Unknown));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error table",
    label = "not a table of `oauth_error_table!`",
    note = "a provider's `Error` and `ApiError` are enums declared with `oauth_errors::oauth_error_table!`, or `oauth_errors::NoTable`"
)]
pub trait ProviderError:
    Copy + Eq + Hash + fmt::Debug + fmt::Display + core::error::Error + Send + Sync + 'static
{
    /// The enum's name, such as `"WeiboError"`.
    fn name() -> &'static str;

    /// Every variant, in the order of the table.
    fn all() -> &'static [Self];

    /// What an app should do about the error.
    fn kind(self) -> Kind;

    /// The description of the error, as the table gives it.
    fn description(self) -> &'static str;

    /// The error's code, when the table has a code column (as `i128`, which holds every code
    /// type).
    fn code(self) -> Option<i128>;

    /// The error id, when the table has an error column.
    fn error(self) -> Option<&'static str>;

    /// The variant with this code; `None` when the table has no such code (or no code column).
    fn from_code(code: i128) -> Option<Self>;

    /// The variant with this error id; `None` when the table has no such id (or no error
    /// column).
    fn from_error(error: &str) -> Option<Self>;
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::Kind;
    use std::format;

    /// The macro's pipeline has its own list of the kinds, whose variant names the expansion
    /// writes: the same list, in the same order.
    #[test]
    fn the_pipelines_kinds_are_these() {
        let pipeline = oauth_errors_table::kind::Kind::ALL;
        assert_eq!(Kind::ALL.len(), pipeline.len());
        for (kind, theirs) in Kind::ALL.into_iter().zip(pipeline) {
            assert_eq!(kind.keyword(), theirs.keyword());
            assert_eq!(format!("{kind:?}"), theirs.variant());
        }
    }
}
