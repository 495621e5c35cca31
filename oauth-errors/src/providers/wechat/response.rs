//! WeChat's error response body, as it comes off the wire: [`Wechat`]'s [`ErrorResponse`].

use super::Wechat;

/// An error response of WeChat's APIs, parsed from the body as it arrived: [`crate::ProviderErrorResponse`]
/// of [`Wechat`]. The request id that ends `errmsg` is split off.
///
/// ```
/// use oauth_errors::{ParseError, wechat::{ErrorResponse, WechatError}};
///
/// let response = ErrorResponse::parse(r#"{"errcode":40163,"errmsg":"code been used, rid: 62bae58d-5bf58b34-5f8e035e"}"#)?;
/// assert_eq!(response.known(), Some(WechatError::OauthCodeAlreadyUsed));
/// assert_eq!(response.message(), Some("code been used"));
/// assert_eq!(response.request_id(), Some("62bae58d-5bf58b34-5f8e035e"));
/// assert_eq!(
///     response.to_string(),
///     "WeChat error 40163: oauth_code已使用 (code been used) [request id 62bae58d-5bf58b34-5f8e035e]"
/// );
///
/// // `-1` is a code like any other.
/// let response = ErrorResponse::parse(r#"{"errcode":-1,"errmsg":"system error"}"#)?;
/// assert_eq!(response.known(), Some(WechatError::SystemBusy));
///
/// // `errcode` 0 and a token are successes.
/// assert!(matches!(
///     ErrorResponse::parse(r#"{"errcode":0,"errmsg":"ok"}"#),
///     Err(ParseError::Success { field: "errcode", .. })
/// ));
/// # Ok::<(), ParseError>(())
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Wechat>;
