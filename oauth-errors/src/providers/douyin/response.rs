//! Douyin's error response body, as it comes off the wire: [`Douyin`]'s [`ErrorResponse`].

use super::Douyin;

/// An error response of Douyin's OAuth endpoints or OpenAPI, parsed from the body as it
/// arrived: [`crate::ProviderErrorResponse`] of [`Douyin`]. Its fields are read in `data`, and
/// beside it for those `data` lacks.
///
/// The error example of Douyin's older access-token page, an OpenAPI status code in `data`:
///
/// ```
/// use oauth_errors::{Kind, douyin::{DouyinApiError, ErrorResponse}};
///
/// let response = ErrorResponse::parse(
///     r#"{
///   "data": {
///     "description": "Parameter error",
///     "error_code": 2100005
///   },
///   "extra": {
///     "logid": "2020070614111601022506808001045D59",
///     "now": 1594015876138
///   }
/// }"#,
/// )?;
/// assert_eq!(response.code(), Some(2100005));
/// assert_eq!(response.known(), None); // not an OAuth code: see `api`
/// assert_eq!(response.api(), Some(DouyinApiError::LegacyInvalidParameter));
/// assert_eq!(response.kind(), Kind::InvalidRequest);
/// assert_eq!(response.message(), Some("Parameter error"));
/// assert_eq!(
///     response.to_string(),
///     "Douyin error 2100005: 参数不合法 (Parameter error)"
/// );
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// The shape with `"message":"error"` beside `data`, as a third party's note writes it (its
/// text is `10013`'s, so it is not a capture):
///
/// ```
/// use oauth_errors::{Kind, douyin::{DouyinError, ErrorResponse}};
///
/// let response = ErrorResponse::parse(
///     r#"{"data":{"error_code":10003,"description":"client_key 或者 client_secret 报错"},"message":"error"}"#,
/// )?;
/// assert_eq!(response.known(), Some(DouyinError::InvalidClientKey));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// assert_eq!(response.message(), Some("client_key 或者 client_secret 报错"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// Successes, with the code as a number or a string, are not errors: the access-token page's
/// example, the refresh page's, and the user-info page's (whose `err_no` is beside `data`).
///
/// ```
/// use oauth_errors::{ParseError, douyin::ErrorResponse};
///
/// let token = r#"{
/// "data": {
/// "access_token": "act.f7094fbffab2ecbfc45e9af9c32bc241oYdckvBKe82BPx8T******",
/// "captcha": "",
/// "desc_url": "",
/// "description": "",
/// "error_code": 0,
/// "expires_in": 1296000,
/// "log_id": "20230525105733ED3ED7AC56A******",
/// "open_id": "b9b71865-7fea-44cc-******",
/// "refresh_expires_in": 2592000,
/// "refresh_token": "rft.713900b74edde9f30ec4e246b706da30t******",
/// "scope": "user_info"
/// },
/// "message": "success"
/// }"#;
/// let refreshed = r#"{ "data": { "access_token": "access_token", "description": "", "error_code": 0, "expires_in": "86400", "open_id": "SuQB*******KN5f", "refresh_expires_in": "86400", "refresh_token": "refresh_token", "scope": "user_info" }, "message": "success" }"#;
/// let user = r#"{ "err_msg": "", "log_id": "2025032716200991A1xxxxx30A01C4DF", "data": { "open_id": "qYm3LVbtDQ", "nickname": "李伟", "description": "", "e_account_role": "", "error_code": "0", "avatar": "https://xxx.com/xxx.jpeg", "client_key": "XQSXAWkY9f", "log_id": "2025032716200991A181xxxxx0A01C4DF", "union_id": "eVBXUMlnek" }, "err_no": 0 }"#;
/// for body in [token, refreshed, user] {
///     assert!(matches!(ErrorResponse::parse(body), Err(ParseError::Success { .. })));
/// }
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Douyin>;
