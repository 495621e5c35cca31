//! Feishu (飞书) and Lark errors and login: the codes of the `user_access_token` endpoint
//! ([`FeishuError`]), the generic error codes of Feishu's server API ([`FeishuApiError`]),
//! and the [`Feishu`] provider, declared with the same public mechanism as any provider of
//! yours. Lark is the same platform on other hosts ([`Host::Lark`]), with the same codes.
//!
//! # Which endpoint sends which codes
//!
//! | endpoint | error body | codes |
//! | --- | --- | --- |
//! | `authen/v2/oauth/token` (a code exchanged, a token refreshed) | HTTP 400, 500 or 503, `{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}` | [`FeishuError`]: 20001–20074 |
//! | `authen/v1/user_info` and the other server APIs | HTTP 400 or 500 series (`user_info`: 200 for most), `{"code":99991679,"error":{"log_id":"…",…},"msg":"…"}` | [`FeishuApiError`] |
//!
//! The token endpoint's codes are looked up in [`FeishuError`] (`ErrorResponse::known`), the
//! others in [`FeishuApiError`] (`ErrorResponse::api`); where the two tables share a code
//! (20001–20024) their kinds agree. The token endpoint's `error` is an RFC 6749 id (`server_error`),
//! the API's `error` an object with the request id (`log_id`, or `logid` as another page writes
//! it), which `ErrorResponse::request_id` reads; else the `x-tt-logid` header does, which
//! Feishu asks you to quote to its support. A rate limit (`99991400`, HTTP 429) comes with
//! `x-ogw-ratelimit-reset`, the seconds to wait, which `ErrorResponse::retry_after` reads.
//!
//! ```
//! use oauth_errors::{Kind, feishu::{FeishuApiError, FeishuError}};
//!
//! let error = FeishuError::try_from(20065)?;
//! assert_eq!(error, FeishuError::AuthorizationCodeUsed);
//! assert_eq!(error.description_en(), Some("The authorization code has been used. Please note that an authorization code can only be used once."));
//! assert_eq!(error.kind(), Kind::Reauthorize);
//! assert_eq!(error.category(), 400);
//!
//! let error = FeishuApiError::try_from(99991677)?;
//! assert_eq!(error, FeishuApiError::TokenExpire);
//! assert_eq!(error.kind(), Kind::Refresh);
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Logging in
//!
//! | step | request |
//! | --- | --- |
//! | authorize | [`AUTHORIZE_URL`]`?client_id=…&response_type=code&redirect_uri=…&scope=…&state=…` (`scope` with `offline_access` for a refresh token) |
//! | callback | `redirect_uri?code=…&state=…`, or `?error=access_denied&state=…` |
//! | token | `POST` [`TOKEN_URL`], JSON `{"grant_type":"authorization_code","client_id","client_secret","code","redirect_uri"}` (and `code_verifier` with PKCE) |
//! | refresh | the same URL, `{"grant_type":"refresh_token","client_id","client_secret","refresh_token"}` (a refresh token is good once) |
//! | the user | `GET` [`USER_INFO_URL`] with `Authorization: Bearer <user_access_token>`, the user in `data` |
//!
//! `client`, `HttpClient` and `authorize_url` do the first four (with the `oauth2` feature);
//! `user_info` is the last. The token answer has no user id: `user_info` gives `open_id` and
//! `union_id`. On Lark the same requests go to [`Host::Lark`]'s URLs.
//!
//! # Where the tables come from
//!
//! [`FeishuError`] is the union of the error tables of Feishu's 获取 `user_access_token` and
//! 刷新 `user_access_token` pages (21 codes each, 26 in all; `wxkingstar/doc-hub-mcp`'s copies of
//! `open.feishu.cn`, pages of 2025-12-22 and 2025-06-25), in the order of their codes: the
//! HTTP status as the category, the Chinese advice (排查建议) as the description, and the
//! English description, which is the `error_description` Feishu sends, as `description_en`
//! (the same in the English Lark pages). A code on both pages has the get page's advice; the
//! refresh page's, where it differs, is in the variant's documentation.
//!
//! [`FeishuApiError`] is Feishu's generic error-code table (通用错误码, page of 2025-08-20,
//! the same copy), 549 codes in the page's order: the advice as the description, the `msg`
//! text as `description_en`. The page lists 40001, 40003, 40008 and 99992364 twice; the first
//! row is kept and the variant's documentation quotes the second.
//!
//! The English variant names are ours; the texts are Feishu's.
//!
//! # Gaps
//!
//! - Neither table gives the token endpoint's `error` id per code: the docs show only
//!   `server_error` (with 20050). `ErrorResponse::error` gives what was sent.
//! - 20027, which the authorization page shows the user when the app asks for a scope it has
//!   not applied for, has no row in any table.
//! - The codes of the older v1 token endpoints (`authen/v1/access_token`) were not read.
//! - Lark's user-info URL is not in the Lark pages read: it is Feishu's path on Lark's API host,
//!   as Lark's token URL is, and as Lark clients call it (see [`Host::user_info_url`]).
//! - Errors print as Feishu's (`Feishu error 20050 …`) on Lark too: the provider is one.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
mod user_info;
#[cfg(feature = "oauth2")]
pub use login::{
    Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client, user_info,
    user_info_async,
};
#[cfg(feature = "response")]
pub use response::ErrorResponse;
#[cfg(feature = "oauth2")]
pub use user_info::UserInfo;

use crate::{Provider, WireFormat};

/// Feishu's authorization page (获取授权码), as Feishu's docs give it.
pub const AUTHORIZE_URL: &str = "https://accounts.feishu.cn/open-apis/authen/v1/authorize";

/// Feishu's `user_access_token` endpoint (`POST`, a JSON body; the same URL refreshes a token),
/// as Feishu's 获取 `user_access_token` page gives it.
pub const TOKEN_URL: &str = "https://open.feishu.cn/open-apis/authen/v2/oauth/token";

/// Feishu's endpoint for the user a `user_access_token` belongs to (获取用户信息), as Feishu's
/// docs give it: `feishu::user_info` calls it.
pub const USER_INFO_URL: &str = "https://open.feishu.cn/open-apis/authen/v1/user_info";

/// Lark's authorization page, as Lark's English docs give it (the example URL of 刷新
/// `user_access_token`'s English page, and the sample code of the get page).
pub const LARK_AUTHORIZE_URL: &str = "https://accounts.larksuite.com/open-apis/authen/v1/authorize";

/// Lark's `user_access_token` endpoint, as Lark's English docs give it.
pub const LARK_TOKEN_URL: &str = "https://open.larksuite.com/open-apis/authen/v2/oauth/token";

/// Lark's endpoint for the user a `user_access_token` belongs to: Feishu's path on Lark's API
/// host. The Lark pages read link its documentation
/// (`open.larksuite.com/document/…/reference/authen-v1/user_info/get`) without giving the URL;
/// Lark clients call this one (for instance a `next-auth` Lark provider).
pub const LARK_USER_INFO_URL: &str = "https://open.larksuite.com/open-apis/authen/v1/user_info";

/// Which platform: Feishu (China, `feishu.cn`) or Lark (international, `larksuite.com`). The
/// API, the tables and the apps' credentials work the same way on both; an app is registered on
/// one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Host {
    /// Feishu: `accounts.feishu.cn` and `open.feishu.cn`.
    Feishu,
    /// Lark: `accounts.larksuite.com` and `open.larksuite.com`.
    Lark,
}

impl Host {
    /// The authorization page: [`AUTHORIZE_URL`] or [`LARK_AUTHORIZE_URL`].
    #[must_use]
    pub const fn authorize_url(self) -> &'static str {
        match self {
            Host::Feishu => AUTHORIZE_URL,
            Host::Lark => LARK_AUTHORIZE_URL,
        }
    }

    /// The token endpoint: [`TOKEN_URL`] or [`LARK_TOKEN_URL`].
    #[must_use]
    pub const fn token_url(self) -> &'static str {
        match self {
            Host::Feishu => TOKEN_URL,
            Host::Lark => LARK_TOKEN_URL,
        }
    }

    /// The user-info endpoint: [`USER_INFO_URL`] or [`LARK_USER_INFO_URL`].
    #[must_use]
    pub const fn user_info_url(self) -> &'static str {
        match self {
            Host::Feishu => USER_INFO_URL,
            Host::Lark => LARK_USER_INFO_URL,
        }
    }
}

/// Feishu (and Lark) as a [`Provider`]: errors are JSON with a numeric `code` of
/// [`FeishuError`] (the token endpoint, with an `error` id and an `error_description`) or
/// [`FeishuApiError`] (the API, with a `msg` and the request id in `error.log_id`), with an error
/// status; `code` 0 or an `access_token` is a success. The token request is a JSON `POST`
/// with RFC 6749's names; its answer is RFC 6749's. The request id may also come in the
/// `x-tt-logid` header, the time to wait in `x-ogw-ratelimit-reset`.
///
/// ```
/// use oauth_errors::{Provider, feishu::Feishu};
///
/// assert_eq!(Feishu::NAME, "Feishu");
/// assert_eq!(Feishu::FORMAT.get_code(), ["code"]);
/// assert_eq!(Feishu::FORMAT.get_request_id_header(), ["x-tt-logid"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feishu {}

impl Provider for Feishu {
    const NAME: &'static str = "Feishu";
    type Error = FeishuError;
    type ApiError = FeishuApiError;
    const FORMAT: WireFormat = WireFormat::new()
        .code(&["code"])
        .api_code(&["code"])
        .error(&["error"])
        .message(&["error_description", "msg"])
        .request_id(&["log_id", "logid"])
        .request_id_nested_in(&["error"])
        .request_id_header(&["x-tt-logid"])
        .retry_after_header(&["x-ogw-ratelimit-reset"])
        .success(&["access_token"])
        .success_code(0);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(crate::TokenRequest::new().parameters(crate::Parameters::Json))
        .authorize_request(crate::AuthorizeRequest::new().order(&[
            "client_id",
            "response_type",
            "redirect_uri",
            "scope",
            "state",
        ]));
}

crate::oauth_error_table! {
    /// An error of Feishu's `user_access_token` endpoint (`authen/v2/oauth/token`: a code
    /// exchanged or a token refreshed), by its `code`.
    ///
    /// [`description`](Self::description) is Feishu's Chinese advice (排查建议) and `Display`
    /// writes it; [`description_en`](Self::description_en) is the English description, the
    /// `error_description` Feishu sends; [`category`](Self::category) is the HTTP status the
    /// tables give. Each variant's documentation says on which page it is when only one has it.
    /// Feishu adds codes over time, so the enum is `#[non_exhaustive]`: match it with a wildcard
    /// arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, FeishuError};
    ///
    /// assert_eq!(FeishuError::from_code(20037), Some(FeishuError::RefreshTokenExpired));
    /// assert_eq!(FeishuError::RefreshTokenExpired.kind(), Kind::Reauthorize);
    /// assert_eq!(FeishuError::ServerError.category(), 500);
    /// assert_eq!(FeishuError::ALL.len(), 26);
    /// ```
    #[non_exhaustive]
    pub enum FeishuError {
        include_str!("oauth.md")
    }
}

crate::oauth_error_table! {
    /// An error of Feishu's server API, by its `code`: Feishu's generic error-code table
    /// (通用错误码).
    ///
    /// [`description`](Self::description) is Feishu's Chinese advice (排查建议) and `Display`
    /// writes it; [`description_en`](Self::description_en) is the table's 说明, the `msg` Feishu
    /// sends (English for all but a few codes). Each variant's documentation says why it has its
    /// kind where that is not obvious; fourteen rows whose text does not say enough are
    /// `unknown`, each saying why. Feishu adds codes over time, so the enum is
    /// `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, FeishuApiError};
    ///
    /// let error = FeishuApiError::from_code(99991400).unwrap();
    /// assert_eq!(error, FeishuApiError::RequestTriggerFrequencyLimit);
    /// assert_eq!(error.description_en(), Some("request trigger frequency limit"));
    /// assert_eq!(error.kind(), Kind::RateLimited);
    /// ```
    #[non_exhaustive]
    pub enum FeishuApiError {
        include_str!("generic.md")
    }
}
