//! Feishu's error response body, as it comes off the wire: [`Feishu`]'s [`ErrorResponse`].

use super::Feishu;

/// An error response of Feishu's (or Lark's) token endpoint or server API, parsed from the
/// body as it arrived: [`crate::ProviderErrorResponse`] of [`Feishu`].
///
/// The token endpoint answers a `code`, an RFC 6749 `error` id and an English
/// `error_description` (Feishu's example body):
///
/// ```
/// use oauth_errors::{Kind, feishu::{ErrorResponse, FeishuError}};
///
/// let body = r#"{
///     "code": 20050,
///     "error": "server_error",
///     "error_description": "An unexpected server error occurred. Please retry your request."
/// }"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(FeishuError::ServerError));
/// assert_eq!(response.error(), Some("server_error"));
/// assert_eq!(response.kind(), Kind::Retry);
/// // The English pages write the code as a string.
/// let response = ErrorResponse::parse(r#"{"code":"20050","error":"server_error"}"#)?;
/// assert_eq!(response.code(), Some(20050));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// The server API answers a `code`, a `msg` and an `error` object with the request id (Feishu's
/// example bodies; the request id is `log_id` in one page and `logid` in another):
///
/// ```
/// use oauth_errors::{Kind, feishu::{ErrorResponse, FeishuApiError}};
///
/// let body = r#"{
///   "code": 99991679,
///   "error": {
///     "log_id": "202407260711088FB107A76E0100002087",
///     "permission_violations": [
///       {
///         "subject": "task:task:read",
///         "type": "action_privilege_required"
///       },
///       {
///         "subject": "task:task:write",
///         "type": "action_privilege_required"
///       }
///     ]
///   },
///   "msg": "Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again. required one of these privileges: [task:task:read, task:task:write]"
/// }"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.api(), Some(FeishuApiError::UserAuthorizationRequired));
/// assert_eq!(response.known(), None);
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.request_id(), Some("202407260711088FB107A76E0100002087"));
/// assert_eq!(response.error(), None); // an object, not an id
///
/// // The structure of the 调用 API page, its lists left out.
/// let body = r#"{"code":44004,"msg":"{error msg}, {help}, {url}.","error":{"message":"Refer to the documentation to fix the error: https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-obtain-openid","logid":"xxx"}}"#;
/// assert_eq!(ErrorResponse::parse(body)?.request_id(), Some("xxx"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// A whole HTTP answer also gives the request id of `x-tt-logid` and the seconds to wait of
/// `x-ogw-ratelimit-reset` (Feishu's rate-limit answer; the request id is made up for the
/// example):
///
/// ```
/// # #[cfg(feature = "oauth2")]
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use core::time::Duration;
/// use oauth2::http::Response;
/// use oauth_errors::{Endpoint, Kind, feishu::{ErrorResponse, FeishuApiError}};
///
/// let answer = Response::builder()
///     .status(429)
///     .header("x-ogw-ratelimit-limit", "100")
///     .header("x-ogw-ratelimit-reset", "52")
///     .header("x-tt-logid", "example-log-id")
///     .body(br#"{"code": 99991400, "msg": "request trigger frequency limit"}"#.to_vec())?;
/// let error = ErrorResponse::from_http(&answer, Endpoint::Api)?;
/// assert_eq!(error.api(), Some(FeishuApiError::RequestTriggerFrequencyLimit));
/// assert_eq!(error.kind(), Kind::RateLimited);
/// assert_eq!(error.retry_after(), Some(Duration::from_secs(52)));
/// assert_eq!(error.request_id(), Some("example-log-id"));
/// # Ok(())
/// # }
/// # #[cfg(not(feature = "oauth2"))]
/// # fn main() {}
/// ```
///
/// Successes are not errors: `code` 0, or a token.
///
/// ```
/// use oauth_errors::{ParseError, feishu::ErrorResponse};
///
/// let token = r#"{"code":0,"access_token":"eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg","expires_in":7200,"token_type":"Bearer"}"#;
/// assert!(matches!(ErrorResponse::parse(token), Err(ParseError::Success { field: "code", .. })));
/// let user = r#"{"code":0,"msg":"success","data":{"open_id":"ou-caecc734c2e3328a62489fe0648c4b98779515d3"}}"#;
/// assert!(matches!(ErrorResponse::parse(user), Err(ParseError::Success { .. })));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Feishu>;
