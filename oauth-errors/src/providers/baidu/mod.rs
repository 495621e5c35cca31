//! Baidu (百度帐号网页授权, Baidu OAuth 2.0) errors and login: the OAuth 2.0 error ids
//! ([`BaiduError`]), the Open API codes ([`BaiduApiError`]) and the [`Baidu`] provider,
//! declared with the same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! | endpoint | error answer | codes |
//! | --- | --- | --- |
//! | authorize ([`AUTHORIZE_URL`]) | a page in the browser (no redirect) for a bad `redirect_uri` or scope; a redirect with `error=access_denied` when the user cancels | [`BaiduError`]: `access_denied` |
//! | token ([`TOKEN_URL`]: the code exchange and the refresh, `GET`s with the parameters in the query) | HTTP 400, `{"error":"invalid_grant","error_description":"Invalid authorization code: …"}` (RFC 6749's) | [`BaiduError`]: `invalid_request` … `invalid_referer` |
//! | Open API calls (`/rest/2.0/…`, the user info [`USER_INFO_URL`] among them) | `{"error_code":"100","error_msg":"Invalid parameter"}` (the code a number or a string) | [`BaiduApiError`]: 0–953 |
//!
//! `client` and `HttpClient` send the token and refresh requests so; `user_info` asks for
//! the user's `openid` (and `unionid`), which the token answer does not carry; `authorize_url`
//! writes the authorization URL with the parameters in the order of Baidu's example.
//!
//! ```
//! use oauth_errors::{Kind, baidu::{BaiduApiError, BaiduError}};
//!
//! let error: BaiduError = "invalid_grant".parse()?;
//! assert_eq!(error, BaiduError::InvalidGrant);
//! assert_eq!(error.description_en(), Some("The provided authorization grant is revoked"));
//! assert_eq!(error.kind(), Kind::Reauthorize);
//!
//! let error = BaiduApiError::try_from(111)?;
//! assert_eq!(error, BaiduApiError::AccessTokenExpired);
//! assert_eq!(error.description(), "token已过期");
//! assert_eq!(error.kind(), Kind::Refresh);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Where the tables come from
//!
//! [`BaiduError`] is the OAuth2.0错误码列表 of the appendix (附录Ⅰ) of Baidu's OAuth page
//! (`https://openauth.baidu.com/doc/doc.html`), as a Markdown export of the page has it, in
//! the page's order, with its English (错误信息) and Chinese (详细描述) texts; then
//! `access_denied`, which no table lists but the page's `redirect_uri` parameter names (the
//! redirect after the user cancels; no text is published for it).
//!
//! [`BaiduApiError`] is the `OpenAPI错误码列表` of the same appendix (13 rows, in its order),
//! then the codes of the older 百度Open API错误码定义 page (developer.baidu.com wiki, as copies
//! of it give it) that the current table lacks (0, 7, 101–109, 112, 114, 210–212, 800–805,
//! 900, 950–953). Where the two pages word a shared code otherwise, the current text is used
//! and the row's documentation quotes the older one.
//!
//! Gaps: no copy lists codes 8–16 or 20–99; the appendix section (5.4) that the user-info
//! section cites for its codes was not found; Baidu documents no HTTP status for Open API
//! errors and no request id.
//!
//! The English variant names are ours; the descriptions are Baidu's.

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

/// Baidu's authorization endpoint, as Baidu's OAuth page (section 2) gives it.
pub const AUTHORIZE_URL: &str = "https://openapi.baidu.com/oauth/2.0/authorize";

/// Baidu's token endpoint, for the code exchange and the refresh (`GET`s with the parameters
/// in the query), as Baidu's OAuth page (sections 3 and 4) gives it.
pub const TOKEN_URL: &str = "https://openapi.baidu.com/oauth/2.0/token";

/// Baidu's user-info endpoint (`?access_token=…`, and `&get_unionid=1` for the `unionid`), as
/// Baidu's OAuth page (section 5) gives it: what `user_info` calls.
pub const USER_INFO_URL: &str = "https://openapi.baidu.com/rest/2.0/passport/users/getInfo";

/// Baidu as a [`Provider`]: the token endpoint answers RFC 6749's errors (HTTP 400, an
/// `error` id of [`BaiduError`], an `error_description`), Open API calls an `error_code` of
/// [`BaiduApiError`] and an `error_msg`; an access token, an `openid` or an `error_code` of 0
/// is a success. The token and refresh requests are `GET`s with the parameters in the query,
/// under RFC 6749's names; the authorization URL is RFC 6749's, its parameters in the order of
/// Baidu's example.
///
/// Baidu's page writes the token request as a `GET`; `JustAuth` sends a `POST` with the same
/// parameters in the query and no body, which shows the endpoint reads the query of a `POST`
/// too, and an old wiki page recommends `POST`. No copy documents a form body (RFC 6749's),
/// so the `GET` of the current page is sent.
///
/// ```
/// use oauth_errors::{Provider, baidu::Baidu};
///
/// assert_eq!(Baidu::NAME, "Baidu");
/// assert_eq!(Baidu::FORMAT.get_error(), ["error"]);
/// assert_eq!(Baidu::FORMAT.get_code(), ["error_code"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Baidu {}

impl Provider for Baidu {
    const NAME: &'static str = "Baidu";
    type Error = BaiduError;
    type ApiError = BaiduApiError;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["error"])
        .code(&["error_code"])
        .api_code(&["error_code"])
        .message(&["error_description", "error_msg"])
        .success(&["access_token", "openid"])
        .success_code(0);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(crate::TokenRequest::new().parameters(crate::Parameters::Query))
        .authorize_request(crate::AuthorizeRequest::new().order(&[
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
        ]));
}

crate::oauth_error_table! {
    /// An error id of Baidu's OAuth 2.0 endpoints (`error`): the OAuth2.0错误码列表 of Baidu's
    /// OAuth page, with its English and Chinese texts, and `access_denied`.
    ///
    /// [`description`](Self::description) is the table's Chinese text (详细描述) and `Display`
    /// writes it; [`description_en`](Self::description_en) is its English (错误信息), which is
    /// Baidu's sample `error_description`, not what every answer sends (match on the id). Baidu
    /// may add ids, so the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{BaiduError, Kind};
    ///
    /// assert_eq!(BaiduError::from_error("expired_token"), Some(BaiduError::ExpiredToken));
    /// assert_eq!(BaiduError::ExpiredToken.description(), "提供的Refresh Token已过期");
    /// assert_eq!(BaiduError::ExpiredToken.description_en(), Some("refresh token has been used"));
    /// assert_eq!(BaiduError::AccessDenied.kind(), Kind::Denied);
    /// ```
    #[non_exhaustive]
    pub enum BaiduError {
        include_str!("oauth.md")
    }
}

crate::oauth_error_table! {
    /// An error code of Baidu's Open API (`error_code`): the `OpenAPI错误码列表` of Baidu's OAuth
    /// page, then the codes of the older 百度Open API错误码定义 page it lacks.
    ///
    /// [`description`](Self::description) is the Chinese text and `Display` writes it;
    /// [`description_en`](Self::description_en) is the English `error_msg`. `Success` (code
    /// `0`, from the older page) is kept. Baidu may add codes, so the enum is
    /// `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{BaiduApiError, Kind};
    ///
    /// assert_eq!(BaiduApiError::from_code(110), Some(BaiduApiError::AccessTokenInvalid));
    /// assert_eq!(BaiduApiError::AccessTokenInvalid.description_en(), Some("Access token invalid or no longer valid"));
    /// assert_eq!(BaiduApiError::QpsRequestLimitReached.kind(), Kind::RateLimited);
    /// assert_eq!(BaiduApiError::from_code(8), None); // in no copy read
    /// ```
    #[non_exhaustive]
    pub enum BaiduApiError {
        include_str!("openapi.md")
    }
}
