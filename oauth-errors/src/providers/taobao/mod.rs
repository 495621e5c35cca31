//! Taobao (淘宝开放平台, TOP) errors and login: [`TaobaoError`], the error ids of its OAuth token
//! endpoint; [`TaobaoApiError`], TOP's platform error codes; [`TaobaoApiSubError`], the
//! platform `sub_code`s a copy of the table lists; and the [`Taobao`] provider.
//!
//! # Which endpoint sends which codes
//!
//! | endpoint | error body | codes |
//! | --- | --- | --- |
//! | the token endpoint ([`TOKEN_URL`]) | `{"error":"invalid_client","error_description":"authorize code … invalidate,please authorize again."}` | [`TaobaoError`] |
//! | TOP API calls (with the access token as `session`) | `{"error_response":{"code":27,"msg":"Invalid session","sub_code":"session-is-blank","sub_msg":"session-is-blank","request_id":"16nqyqgiyh3oa"}}` | `code`: [`TaobaoApiError`]; `sub_code`: [`TaobaoApiSubError`] |
//!
//! A TOP answer's `msg` is sentence case on the wire (`Invalid session`) where the table writes
//! `Invalid Session`: the code, not the message, says which error it is.
//!
//! ```
//! use oauth_errors::{Kind, OneOf, taobao::{ErrorResponse, TaobaoApiError, TaobaoError}};
//!
//! let body = r#"{"error":"invalid_client","error_description":"authorize code qexkqiJRNXJXEPTjPTWYYsK5486529 invalidate,please authorize again."}"#;
//! let response = ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(TaobaoError::InvalidClient));
//! assert_eq!(response.kind(), Kind::Reauthorize);
//!
//! let body = r#"{"error_response":{"code":27,"msg":"Invalid session","sub_code":"session-is-blank","sub_msg":"session-is-blank","request_id":"16nqyqgiyh3oa"}}"#;
//! let response = ErrorResponse::parse(body)?;
//! assert_eq!(response.api(), Some(OneOf::Second(TaobaoApiError::InvalidSession)));
//! assert_eq!(response.request_id(), Some("16nqyqgiyh3oa"));
//! # Ok::<(), oauth_errors::ParseError>(())
//! ```
//!
//! # Logging in
//!
//! The authorization page ([`AUTHORIZE_URL`]) takes RFC 6749's parameters and `view=web`
//! (`authorize_url` adds it); the token endpoint takes RFC 6749's `POST` and answers a token
//! with the user in it (`taobao_user_id`, `taobao_user_nick` URL-encoded, `taobao_open_uid`).
//! No copy read documents a refresh for Taobao's web login.
//!
//! # Where the tables come from
//!
//! [`TaobaoApiError`] is TOP's platform error-code page (错误码, codes below 100) as its 2013
//! version reads (a blog's copy of the page), completed by the 2011 and 2009 versions and a Go
//! copy for the rows the 2013 excerpt does not reach; every row says which. [`TaobaoApiSubError`]
//! is the five `sub_code`s the 2013 page lists under code 11; the generic `isv.*`/`isp.*`
//! table was not found. [`TaobaoError`] has the one id the copies read attest (the 授权 FAQ's
//! `invalid_client`): no table of the token endpoint's error ids was found. The English
//! variant names are ours; the texts are Taobao's.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
pub use login::{Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client};
#[cfg(feature = "response")]
pub use response::ErrorResponse;

use crate::{OneOf, Provider, WireFormat};

/// Taobao's authorization page, as TOP's 用户授权介绍 gives it.
pub const AUTHORIZE_URL: &str = "https://oauth.taobao.com/authorize";

/// Taobao's token endpoint (a `POST` with `grant_type`, `code`, `redirect_uri`, `client_id`
/// and `client_secret`), as TOP's 用户授权介绍 gives it.
pub const TOKEN_URL: &str = "https://oauth.taobao.com/token";

/// Taobao as a [`Provider`]: the token endpoint's errors are RFC 6749's (`error`,
/// `error_description`), TOP's are nested in `error_response` (`code`, `msg`, `sub_code`,
/// `sub_msg`, `request_id`); a token is a success.
///
/// ```
/// use oauth_errors::{Provider, taobao::Taobao};
///
/// assert_eq!(Taobao::NAME, "Taobao");
/// assert_eq!(Taobao::FORMAT.get_error(), ["error", "sub_code"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Taobao {}

impl Provider for Taobao {
    const NAME: &'static str = "Taobao";
    type Error = TaobaoError;
    type ApiError = OneOf<TaobaoApiSubError, TaobaoApiError>;
    const FORMAT: WireFormat = WireFormat::new()
        .nested_in(&["error_response"])
        .error(&["error", "sub_code"])
        .code(&["code"])
        .api_code(&["code"])
        .message(&["error_description", "sub_msg", "msg"])
        .request_id(&["request_id"])
        .success(&["access_token"]);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = login::LOGIN;
}

crate::oauth_error_table! {
    /// An error id of Taobao's OAuth token endpoint (`error`). Only one id is attested by the
    /// copies read; its description is the message TOP's FAQ quotes for it. Taobao adds codes
    /// over time, so the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, TaobaoError};
    ///
    /// assert_eq!("invalid_client".parse(), Ok(TaobaoError::InvalidClient));
    /// assert_eq!(TaobaoError::InvalidClient.kind(), Kind::Reauthorize);
    /// ```
    #[non_exhaustive]
    pub enum TaobaoError {
        include_str!("oauth.md")
    }
}

crate::oauth_error_table! {
    /// A platform error code of TOP's API calls (`code` of `error_response`, below 100), Chinese
    /// and English as published. Taobao adds codes over time, so the enum is
    /// `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, TaobaoApiError};
    ///
    /// let error = TaobaoApiError::try_from(7)?;
    /// assert_eq!(error.description_en(), Some("App Call Limited"));
    /// assert_eq!(error.kind(), Kind::RateLimited);
    /// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
    /// ```
    #[non_exhaustive]
    pub enum TaobaoApiError {
        include_str!("platform.md")
    }
}

crate::oauth_error_table! {
    /// A platform `sub_code` of TOP's API calls, with the code it is answered under as its
    /// category: the five the published table lists under code 11 (Insufficient ISV
    /// Permissions).
    #[non_exhaustive]
    pub enum TaobaoApiSubError {
        include_str!("platform_sub_codes.md")
    }
}
