//! What to do about an error: [`Kind`], and [`ProviderError`], which every generated enum
//! implements.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

/// What an app should do about an error: the action its code asks for, whatever the provider.
///
/// Every generated enum has `const fn kind(self) -> Kind`, as its table classifies its rows
/// (a `kind` column, or `#[oauth_errors(kind(…))]` beside the table; see
/// [`oauth_error_table!`](crate::oauth_error_table)), and `kind_at`, for a code whose meaning
/// depends on the [`Endpoint`] that answered it; the response types have `kind()` too. The
/// shipped tables classify every row.
///
/// # The kinds, and what to do
///
/// | kind | what happened | default policy |
/// | --- | --- | --- |
/// | [`Retry`](Kind::Retry) | a failure on the provider's side that says nothing about the request: busy, an internal error, a timeout | retry the same request after 1 s, 2 s, 4 s (exponential backoff with jitter, at most 4 tries in all), then give up and report |
/// | [`RateLimited`](Kind::RateLimited) | a limit on how often or how much, that resets with time: a frequency, a daily quota | wait as long as the provider says (`retry_after`), else back off from 1 min, doubling, at most 3 tries; send fewer requests; alert if it persists |
/// | [`Refresh`](Kind::Refresh) | the access token the call carried has expired or is no longer valid, and the app can renew it without the user | renew the token (its refresh token, or a new app token from the app's credentials) and replay the call once; if the replay fails the same way, handle it as `Reauthorize` |
/// | [`Reauthorize`](Kind::Reauthorize) | the user must log in again: the code is used, expired or wrong; the refresh token expired; the user revoked the grant | send the user through login again; never retry |
/// | [`Denied`](Kind::Denied) | the user refused, or the user or the app's account may not do this | tell the user (the operator, for a sanction of the app); never retry |
/// | [`Misconfigured`](Kind::Misconfigured) | the app's registration, credentials or setup are wrong | alert an operator; neither retrying nor the user helps |
/// | [`InvalidRequest`](Kind::InvalidRequest) | the request the app sent is malformed | a bug in the calling code: log it; never retry it unchanged |
/// | [`Success`](Kind::Success) | not an error: the success code some tables list | nothing |
/// | [`Unknown`](Kind::Unknown) | a code the table does not list, or a table without kinds | log it; do not retry |
///
/// # How rows are classified
///
/// Every shipped row has the kind these rules give its text (a test checks the rules a text
/// lets a program check: a row whose text speaks of frequency is `RateLimited`, of an expired
/// access token `Refresh`, of a used code `Reauthorize`, …, so that a row added later cannot
/// disagree silently). A row the rules leave open says why in its documentation.
///
/// | situation | kind |
/// | --- | --- |
/// | the provider failed and says nothing of the request: busy, an internal or unknown error, a timeout, a backend down (Alipay's and Taobao's `isp.*`) | `Retry` |
/// | a limit on how often or how much that resets with time: a frequency, a per-day or per-month quota | `RateLimited` |
/// | the access token the call carried expired or is no longer valid, and the provider issues a refresh token (QQ, WeChat, Alipay) or the token is the app's own (WeChat's and WeCom's app tokens) | `Refresh` |
/// | the user must act: the code is wrong, used or expired; the refresh token expired or is invalid; the user revoked the grant or changed the password; the user's token expired where the provider issues no refresh token (Weibo) | `Reauthorize` |
/// | the user refused; the user or the app's account may not do this (no permission for this user, a sanction or a ban); a cap on what the account owns (its groups, menus, accounts); content the provider refuses | `Denied` |
/// | the app's registration or setup: its id or secret, the redirect URI, the app not approved or offline, an API or scope not granted, the server's IP not allowed (every provider's IP limits, Weibo `10004` as QQ `-4` and WeChat `40164`), a signature that does not verify (the keys are not the registered ones) | `Misconfigured` |
/// | the request itself: a missing or bad parameter, a wrong method, a request larger than allowed (too many items in one request, a text too long) | `InvalidRequest` |
/// | the success code a table lists (`0`, Alipay's `10000`) | `Success` |
///
/// A code whose text names two causes is classified where it is answered: WeChat's `40001`
/// (`AppSecret 错误，或者 access_token 无效`) is `Refresh` at an API call and `Misconfigured` at the
/// token endpoint, where the app sends its secret ([`Endpoint`], `kind_at`). A `Refresh` that
/// fails again the same way after the renewal is to be handled as `Reauthorize`: a token can be
/// invalid for a reason no renewal fixes.
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
    /// A limit on how often or how much, that resets with time (a frequency, a quota): the
    /// request may succeed later, at a lower rate. Wait as long as the provider says, else back
    /// off longer than for [`Retry`](Kind::Retry); alert if it persists.
    RateLimited,
    /// The access token the call carried has expired or is no longer valid, and the app can get
    /// a new one without the user: with the refresh token (a user's token), or from the app's
    /// credentials (an app token). Renew it and replay the call once; if the replay fails the
    /// same way, handle it as [`Reauthorize`](Kind::Reauthorize).
    Refresh,
    /// The user must log in again: the authorization code is used, expired or wrong, the
    /// refresh token expired, the user revoked the grant, or the user's token expired where the
    /// provider issues no refresh token. Never retry.
    Reauthorize,
    /// The user refused, or the user or the app's account may not do this (no permission, a
    /// sanction, a cap that time does not lift): tell the user; retrying does not help.
    Denied,
    /// The app's registration or credentials are wrong (client id or secret, redirect URI, app
    /// not approved or blocked, an API permission not granted to the app, the server's IP not
    /// allowed, a signing key that does not match): an operator must fix the configuration;
    /// no user action helps.
    Misconfigured,
    /// The request the app sent is malformed (a missing or bad parameter, a request larger than
    /// allowed): a bug in the calling code.
    InvalidRequest,
    /// Not an error: the success code some tables list (QQ's `0`).
    Success,
    /// Not classified: a code the table does not list, or a table without kinds.
    Unknown,
}

impl Kind {
    /// Every kind, in the order of the declaration. A slice, so that a kind added later does
    /// not change its type.
    pub const ALL: &'static [Kind] = &[
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

    /// The kind's keyword: `retry`, `rate_limited`, `refresh`, `reauthorize`, `denied`,
    /// `misconfigured`, `invalid_request`, `success`, `unknown` (what a table's `kind` column
    /// holds, and what `Display` and serde write).
    #[must_use]
    pub const fn keyword(self) -> &'static str {
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

    /// Whether the same request may succeed later, unchanged: [`Retry`](Kind::Retry) and
    /// [`RateLimited`](Kind::RateLimited). ([`Refresh`](Kind::Refresh) replays the call once,
    /// with a new token.)
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

    /// The default policy, in a few words (see the table above).
    #[must_use]
    pub const fn action(self) -> &'static str {
        match self {
            Kind::Retry => "retry with backoff: 1 s, 2 s, 4 s, then give up",
            Kind::RateLimited => {
                "wait as long as the provider says, else back off from 1 min; alert if it persists"
            }
            Kind::Refresh => "renew the token without the user and replay the call once",
            Kind::Reauthorize => "send the user through login again; never retry",
            Kind::Denied => "tell the user; never retry",
            Kind::Misconfigured => "alert an operator: fix the app's configuration",
            Kind::InvalidRequest => "fix the calling code; never retry it unchanged",
            Kind::Success => "nothing: not an error",
            Kind::Unknown => "log it; do not retry",
        }
    }
}

/// Where an error was answered, for a code whose meaning depends on it: WeChat's `40001`
/// answered by the token endpoint (where the app sends its secret) means a wrong secret
/// ([`Kind::Misconfigured`]), answered by an API call it means an access token that is no
/// longer valid ([`Kind::Refresh`]).
///
/// A table says so beside its rows (`#[oauth_errors(token_kind(…))]`, see
/// [`oauth_error_table!`](crate::oauth_error_table)); `kind_at` reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Endpoint {
    /// The token endpoint: a code exchanged for a token, a token refreshed, an app token
    /// fetched with the app's credentials.
    Token,
    /// An API call made with an access token.
    Api,
}

/// The keyword (`rate_limited`).
impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.keyword())
    }
}

/// A word that names no kind: the error of [`Kind`]'s `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownKind;

/// The keywords of [`Kind::ALL`], as a list: `retry, rate_limited, …, success or unknown`.
fn keywords(f: &mut fmt::Formatter<'_>, last: &str) -> fmt::Result {
    for (at, kind) in Kind::ALL.iter().enumerate() {
        let separator = match at {
            0 => "",
            _ if at + 1 == Kind::ALL.len() => last,
            _ => ", ",
        };
        write!(f, "{separator}{}", kind.keyword())?;
    }
    Ok(())
}

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a kind: the kinds are ")?;
        keywords(f, " and ")
    }
}

impl core::error::Error for UnknownKind {}

/// From the keyword, exactly (`rate_limited`).
impl FromStr for Kind {
    type Err = UnknownKind;

    fn from_str(keyword: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .iter()
            .copied()
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
                f.write_str("a kind: ")?;
                keywords(f, " or ")
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
/// from its inherent API (whose methods of the same names give the table's own types), and so
/// does [`Infallible`](core::convert::Infallible), the table of a provider that has none.
///
/// The trait is sealed: only the macro implements it, so that methods can be added to it
/// without breaking your code. Declare a table with the macro to get it.
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
    note = "a provider's `Error` and `ApiError` are enums declared with `oauth_errors::oauth_error_table!`, or `core::convert::Infallible`"
)]
pub trait ProviderError:
    crate::__private::Sealed + Copy + Eq + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The enum's name, such as `"WeiboError"`.
    fn name() -> &'static str;

    /// Every variant, in the order of the table.
    fn all() -> &'static [Self];

    /// What an app should do about the error, wherever it was answered (the kind of an API
    /// call's answer, when the table tells the two apart).
    fn kind(self) -> Kind;

    /// What an app should do about the error when `endpoint` answered it: the table's kind for
    /// that endpoint when it gives one (`#[oauth_errors(token_kind(…))]`), else
    /// [`kind`](Self::kind).
    fn kind_at(self, endpoint: Endpoint) -> Kind {
        let _ = endpoint;
        self.kind()
    }

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

/// The table of a provider that has none: [`Provider::ApiError`](crate::Provider::ApiError) of a
/// provider whose API errors share the OAuth table's codes. It has no variants, so every lookup
/// in it is `None`.
impl crate::__private::Sealed for core::convert::Infallible {}

impl ProviderError for core::convert::Infallible {
    fn name() -> &'static str {
        "Infallible"
    }

    fn all() -> &'static [Self] {
        &[]
    }

    fn kind(self) -> Kind {
        match self {}
    }

    fn description(self) -> &'static str {
        match self {}
    }

    fn code(self) -> Option<i128> {
        match self {}
    }

    fn error(self) -> Option<&'static str> {
        match self {}
    }

    fn from_code(_: i128) -> Option<Self> {
        None
    }

    fn from_error(_: &str) -> Option<Self> {
        None
    }
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
        for (kind, theirs) in Kind::ALL.iter().zip(pipeline) {
            assert_eq!(kind.keyword(), theirs.keyword());
            assert_eq!(format!("{kind:?}"), theirs.variant());
        }
    }
}
