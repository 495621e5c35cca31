//! DingTalk's error response body, as it comes off the wire: [`Dingtalk`]'s [`ErrorResponse`].

use super::Dingtalk;

/// An error response of DingTalk's current or old API, parsed from the body as it arrived:
/// [`crate::ProviderErrorResponse`] of [`Dingtalk`].
///
/// The current API (`api.dingtalk.com`) answers an error status and a string `code`; these
/// bodies are DingTalk's own, as quoted where the module documentation says:
///
/// ```
/// use oauth_errors::{Kind, dingtalk::{DingtalkError, ErrorResponse}};
///
/// // `oauth2/userAccessToken`, a code that is not valid (developer.aliyun.com/ask/657105).
/// let body = r#"{"code":"invalidParameter.authCode.notFound","requestid":"41F9E66B-D90D-7BC8-B310-F623AD572894","message":"不合法的临时授权码"}"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(DingtalkError::AuthCodeNotFound));
/// assert_eq!(response.error(), Some("invalidParameter.authCode.notFound"));
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.request_id(), Some("41F9E66B-D90D-7BC8-B310-F623AD572894"));
///
/// // `contact/users/me` without the permission (HTTP 403; casdoor/casdoor#4469).
/// let body = r#"{
///     "code": "Forbidden.AccessDenied.AccessTokenPermissionDenied",
///     "requestid": "MASK",
///     "message": "没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp-server/add-api-permission",
///     "accessdenieddetail": {
///         "requiredScopes": [
///             "Contact.User.Read"
///         ]
///     }
/// }"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(DingtalkError::AccessTokenPermissionDenied));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// assert_eq!(response.code(), None);
///
/// // A wrong URL or method (HTTP 404; aliyun/alibabacloud-go-sdk#5).
/// let body = r#"{"code":"InvalidAction.NotFound","message":"Specified api is not found, please check your url and method.","requestid":"8B9F5AF0-DFF6-770C-A128-19AB40A58118"}"#;
/// assert_eq!(ErrorResponse::parse(body)?.known(), Some(DingtalkError::ActionNotFound));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// The old API (`oapi.dingtalk.com`) answers HTTP 200 and an `errcode`, which
/// [`api`](crate::ProviderErrorResponse::api) looks up; an authentication failure is errcode
/// 88 with the real code in `sub_code`, which is the one looked up:
///
/// ```
/// use oauth_errors::{Kind, dingtalk::{DingtalkApiError, ErrorResponse}};
///
/// let response = ErrorResponse::parse(r#"{ "errcode": 40078, "errmsg": "不存在的临时授权码" }"#)?;
/// assert_eq!(response.api(), Some(DingtalkApiError::TempAuthCodeNotFound));
/// assert_eq!(response.code(), Some(40078));
/// assert_eq!(response.kind(), Kind::Reauthorize);
///
/// let body = r#"{ "errcode": 88, "sub_code": "60011", "sub_msg": "没有调用该接口的权限", "errmsg": "ding talk error[subcode=60011,submsg=没有调用该接口的权限]", "request_id": "5imjny7u9xwa" }"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.api(), Some(DingtalkApiError::AdminPermissionInsufficient));
/// assert_eq!(response.code(), Some(60011));
/// assert_eq!(response.field("errcode"), Some("88"));
/// assert_eq!(response.message(), Some("没有调用该接口的权限"));
/// assert_eq!(response.request_id(), Some("5imjny7u9xwa"));
/// assert_eq!(response.kind(), Kind::Misconfigured);
///
/// // A probe's answer (an invalid token at `topapi/v2/user/get`).
/// let response = ErrorResponse::parse(r#"{"errcode":88,"sub_code":"40014","sub_msg":"不合法的access_token"}"#)?;
/// assert_eq!(response.api(), Some(DingtalkApiError::InvalidAccessToken));
/// assert_eq!(response.kind(), Kind::Refresh);
///
/// // With an empty `sub_code` (the authentication service timed out, DingTalk says), 88 is all
/// // there is: a body written for the example by that rule.
/// let response = ErrorResponse::parse(r#"{"errcode":88,"sub_code":"","errmsg":"鉴权异常"}"#)?;
/// assert_eq!(response.api(), Some(DingtalkApiError::AuthenticationException));
/// assert_eq!(response.kind(), Kind::Unknown);
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// Successes are not errors: a token, the user, `errcode` 0.
///
/// ```
/// use oauth_errors::{ParseError, dingtalk::ErrorResponse};
///
/// let token = r#"{
///   "accessToken" : "abcd",
///   "refreshToken" : "abcd",
///   "expireIn" : 7200,
///   "corpId" : "corpxxxx"
/// }"#;
/// assert!(matches!(ErrorResponse::parse(token), Err(ParseError::Success { field: "accessToken", .. })));
/// let me = r#"{"nick":"zhangsan","openId":"123","unionId":"z21HjQliSzpw0Yxxxx"}"#;
/// assert!(matches!(ErrorResponse::parse(me), Err(ParseError::Success { field: "unionId", .. })));
/// let ok = r#"{"errcode":0,"errmsg":"ok","access_token":"fw8ef8we8f76e6f7s8dxxxx","expires_in":7200}"#;
/// assert!(matches!(ErrorResponse::parse(ok), Err(ParseError::Success { field: "errcode", .. })));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Dingtalk>;
