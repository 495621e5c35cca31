//! Alipay (支付宝) errors and login: [`AlipayError`], the errors of its token API
//! (`alipay.system.oauth.token`); [`AlipayApiError`], the gateway's public `sub_code`s;
//! [`AlipayGatewayError`], the gateway's `code`s; and the [`Alipay`] provider, declared with the
//! same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! Every call goes to the gateway ([`GATEWAY_URL`]), signed with the app's private key (RSA2);
//! it answers HTTP 200 with JSON, its result in an object named after the method and a `sign`
//! over that object's text:
//!
//! | answer | body | codes |
//! | --- | --- | --- |
//! | a token (`alipay.system.oauth.token`) | `{"alipay_system_oauth_token_response":{"user_id":"2088…","access_token":"…","expires_in":"3600","refresh_token":"…","re_expires_in":"3600"},"sign":"…"}` | |
//! | an error of the token API | `{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"},"sign":"…"}` | `sub_code`: [`AlipayError`], else [`AlipayApiError`]; `code`: [`AlipayGatewayError`] |
//! | an error of another API (`alipay.user.info.share`) | `{"alipay_user_info_share_response":{"code":"20001","msg":"Insufficient Token Permissions","sub_code":"aop.invalid-auth-token","sub_msg":"无效的访问令牌"},"sign":"…"}` | the same |
//!
//! `ErrorResponse` reads the `sub_code` as the error id and the `code` as the code; `known()`
//! looks the id up in the token API's table, `api()` in the public `sub_code`s and then, for a
//! `sub_code` neither lists (an API's own), the gateway's `code` ([`OneOf`](crate::OneOf)).
//!
//! ```
//! use oauth_errors::{Kind, OneOf, alipay::{AlipayApiError, AlipayError, ErrorResponse}};
//!
//! let body = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"},"sign":"SSkae7…KGew=="}"#;
//! let response = ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(AlipayError::CodeInvalid));
//! assert_eq!(response.kind(), Kind::Reauthorize); // the code is used or expired: log in again
//! assert_eq!(response.code(), Some(40002));
//! assert_eq!(response.error(), Some("isv.code-invalid"));
//!
//! let body = r#"{"alipay_user_info_share_response":{"code":"20001","msg":"Insufficient Token Permissions","sub_code":"aop.auth-token-time-out","sub_msg":"访问令牌已过期"},"sign":"…"}"#;
//! let response = ErrorResponse::parse(body)?;
//! assert_eq!(response.api(), Some(OneOf::First(AlipayApiError::AuthTokenExpired)));
//! assert_eq!(response.kind(), Kind::Refresh);
//! # Ok::<(), oauth_errors::ParseError>(())
//! ```
//!
//! # Logging in
//!
//! Website login (网页授权) sends the user to [`AUTHORIZE_URL`] (`app_id`, `scope=auth_user`,
//! `redirect_uri`, `state`; no `response_type`), and Alipay redirects back with `auth_code`
//! (not `code`) and the state: pass the `auth_code` to `exchange_code`. The token request is
//! `alipay.system.oauth.token`, its protocol parameters (`app_id`, `method`, `format`,
//! `charset`, `sign_type`, `timestamp`, `version`, `sign`) in the query of a `POST` and its own
//! (`grant_type`, `code` or `refresh_token`) in the body, as Alipay's SDKs send them, signed
//! RSA2 with the app's private key; the answer's signature is verified with Alipay's public
//! key. With the `alipay-rsa2` feature, `Rsa2Signer` does both, `HttpClient` uses it and
//! `user_info` asks for the user's profile; without it, sign with a `Signer` of your own (with
//! the `oauth2` feature).
//!
//! # Where the tables come from
//!
//! [`AlipayApiError`] is Alipay's public error-code page (公共错误码) as its 2017 version
//! reads, from a copy of the page kept in the `maczam/nutz-pay` SDK's Javadoc, checked against
//! Alibaba-hosted and blog copies of the page; the two `40005` rows are from later copies. Ids
//! are Alipay's, misspellings included (`isp.unknow-error`). [`AlipayGatewayError`] is the same
//! page's gateway `code`s with the English `msg` the gateway answers. [`AlipayError`] is the
//! 业务错误码 table of `alipay.system.oauth.token` (its v2 page, as two developers' copies give
//! it, and `isv.unmatched-app-id` of its v3 page). No copy of a table of
//! `alipay.user.info.share`'s own codes was found: its answers carry the gateway's codes. Newer
//! public `sub_code`s (`isv.invalid-token`, `isv.ip-forbidden`, …) were seen only in excerpts
//! and are not in the tables. The English variant names are ours; the texts are Alipay's.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "alipay-rsa2")]
mod rsa2;
#[cfg(feature = "oauth2")]
pub use login::{Client, ReadyClient, Token, TokenFields, authorize_url, client};
#[cfg(feature = "alipay-rsa2")]
pub use login::{HttpClient, UserInfo, user_info, user_info_async};
#[cfg(feature = "response")]
pub use response::ErrorResponse;
#[cfg(feature = "alipay-rsa2")]
pub use rsa2::Rsa2Signer;

use crate::{OneOf, Provider, WireFormat};

/// Alipay's authorization page for website login (网页授权), as Alipay's docs give it.
pub const AUTHORIZE_URL: &str = "https://openauth.alipay.com/oauth2/publicAppAuthorize.htm";

/// Alipay's gateway, where every API is called (`alipay.system.oauth.token` among them), as
/// Alipay's docs give it.
pub const GATEWAY_URL: &str = "https://openapi.alipay.com/gateway.do";

/// Alipay as a [`Provider`]: errors are JSON with HTTP 200, in `error_response` or in the
/// method's `…_response` object, with a `code` (`10000` is a success), a `msg`, a `sub_code`
/// (the error id) and a `sub_msg`; a token or a `code` of `10000` is a success. Its token
/// request is signed and its token answer nested (see the module's docs).
///
/// ```
/// use oauth_errors::{Provider, alipay::Alipay};
///
/// assert_eq!(Alipay::NAME, "Alipay");
/// assert_eq!(Alipay::FORMAT.get_error(), ["sub_code"]);
/// assert_eq!(Alipay::FORMAT.get_success_code(), Some(10000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alipay {}

impl Provider for Alipay {
    const NAME: &'static str = "Alipay";
    type Error = AlipayError;
    type ApiError = OneOf<AlipayApiError, AlipayGatewayError>;
    const FORMAT: WireFormat = WireFormat::new()
        .nested_in(&["error_response", "*_response"])
        .code(&["code"])
        .api_code(&["code"])
        .error(&["sub_code"])
        .message(&["sub_msg", "msg"])
        .success(&["access_token"])
        .success_code(10_000);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = login::LOGIN;
}

crate::oauth_error_table! {
    /// An error of Alipay's token API, `alipay.system.oauth.token` (`sub_code` of its
    /// `error_response`): the API's 业务错误码 table, with the gateway `code` its rows are
    /// answered under as their category. Each variant's documentation gives its id, text,
    /// Alipay's solution and where the row comes from. Alipay adds codes over time, so the enum
    /// is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{AlipayError, Kind};
    ///
    /// let error: AlipayError = "isv.code-invalid".parse()?;
    /// assert_eq!(error, AlipayError::CodeInvalid);
    /// assert_eq!(error.kind(), Kind::Reauthorize);
    /// assert_eq!(AlipayError::RefreshedTokenInvalid.kind(), Kind::Reauthorize);
    /// # Ok::<(), oauth_errors::UnknownErrorId>(())
    /// ```
    #[non_exhaustive]
    pub enum AlipayError {
        include_str!("oauth_token.md")
    }
}

crate::oauth_error_table! {
    /// A public error of Alipay's gateway (公共错误码, the `sub_code` any API may answer), with
    /// the gateway `code` it is answered under as its category. Alipay adds codes over time, so
    /// the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{AlipayApiError, Kind};
    ///
    /// let error: AlipayApiError = "isv.invalid-signature".parse()?;
    /// assert_eq!(error.category(), 40002);
    /// assert_eq!(error.description(), "无效签名");
    /// assert_eq!(error.kind(), Kind::Misconfigured); // the keys are not a pair
    /// # Ok::<(), oauth_errors::UnknownErrorId>(())
    /// ```
    #[non_exhaustive]
    pub enum AlipayApiError {
        include_str!("public.md")
    }
}

crate::oauth_error_table! {
    /// A `code` of Alipay's gateway: what an answer says when its `sub_code` is one no table
    /// here lists (an API's own business error), with the English `msg` the gateway sends.
    /// `Success` (`10000`) is part of the table and kept.
    ///
    /// ```
    /// use oauth_errors::{AlipayGatewayError, Kind};
    ///
    /// let error = AlipayGatewayError::try_from(40004)?;
    /// assert_eq!(error.description_en(), Some("Business Failed"));
    /// assert_eq!(error.kind(), Kind::Unknown); // the API's own sub_code says what happened
    /// assert_eq!(AlipayGatewayError::try_from(40005)?.kind(), Kind::RateLimited);
    /// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
    /// ```
    #[non_exhaustive]
    pub enum AlipayGatewayError {
        include_str!("public_codes.md")
    }
}
