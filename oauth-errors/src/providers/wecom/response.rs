//! WeCom's error response body, as it comes off the wire: [`Wecom`]'s [`ErrorResponse`].

use super::Wecom;

/// An error response of WeCom's APIs, parsed from the body as it arrived:
/// [`crate::ProviderErrorResponse`] of [`Wecom`].
///
/// WeCom answers `errcode` and `errmsg`; the `errmsg` often holds a hint for WeCom's support
/// (the request id), the caller's IP as WeCom saw it and a link. These bodies are WeCom's, as
/// its pages and reports quote them:
///
/// ```
/// use oauth_errors::{Kind, wecom::{ErrorResponse, WecomError}};
///
/// // `auth/getuserinfo` with a used or expired code (WeCom's 获取访问用户身份 page).
/// let response = ErrorResponse::parse(r#"{"errcode": 40029, "errmsg": "invalid code"}"#)?;
/// assert_eq!(response.known(), Some(WecomError::InvalidOauthCode));
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.message(), Some("invalid code"));
///
/// // A token that has expired: fetch a new one with `gettoken`.
/// let body = r#"{
/// "ip_list":[],
/// "errcode":42001,
/// "errmsg":"access_token expired, hint: [1576065934_28_e0fae07666aa64636023c1fa7e8f49a4], from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=42001"
/// }"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(WecomError::AccessTokenExpired));
/// assert_eq!(response.kind(), Kind::Refresh);
/// assert_eq!(response.request_id(), Some("1576065934_28_e0fae07666aa64636023c1fa7e8f49a4"));
/// assert!(response.message().unwrap().ends_with("from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=42001"));
///
/// // A server whose IP is not trusted.
/// let body = r#"{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1709402398118372241469842], from ip: 117.152.88.49, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(WecomError::IpNotAllowed));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// assert_eq!(response.request_id(), Some("1709402398118372241469842"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// Successes are not errors: `errcode` 0, whatever else the body holds.
///
/// ```
/// use oauth_errors::{ParseError, wecom::ErrorResponse};
///
/// let token = r#"{
///  "errcode": 0,
///  "errmsg": "ok",
///  "access_token": "accesstoken000001",
///  "expires_in": 7200
/// }"#;
/// assert!(matches!(ErrorResponse::parse(token), Err(ParseError::Success { field: "errcode", .. })));
/// // The answer for a member, its `errcode` and `errmsg` left out.
/// let user = r#"{"userid":"USERID","user_ticket":"USER_TICKET"}"#;
/// assert!(matches!(ErrorResponse::parse(user), Err(ParseError::Success { field: "userid", .. })));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Wecom>;
