//! Baidu's error response body, as it comes off the wire: [`Baidu`]'s [`ErrorResponse`].

use super::Baidu;

/// An error response of Baidu's token endpoint or Open API, parsed from the body as it
/// arrived: [`crate::ProviderErrorResponse`] of [`Baidu`].
///
/// The token endpoint answers RFC 6749's errors with HTTP 400, and its `error_description` is
/// free text (not the table's English): the id is what to match on. The examples of Baidu's
/// pages (the old wiki page's body, which the copies cut before its closing brace, and the
/// refresh section's):
///
/// ```
/// use oauth_errors::{Kind, baidu::{BaiduError, ErrorResponse}};
///
/// let response = ErrorResponse::parse(
///     r#"{
///    "error": "invalid_grant",
///    "error_description": "Invalid authorization code: ANXxSNjwQDugOnqeikRMu2bKaXCdlLxn"
/// }"#,
/// )?;
/// assert_eq!(response.known(), Some(BaiduError::InvalidGrant));
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.message(), Some("Invalid authorization code: ANXxSNjwQDugOnqeikRMu2bKaXCdlLxn"));
///
/// let response = ErrorResponse::parse(
///     r#"{
///      "error": "expired_token",
///      "error_description": "refresh token has been used"
/// }"#,
/// )?;
/// assert_eq!(response.known(), Some(BaiduError::ExpiredToken));
/// assert_eq!(
///     response.to_string(),
///     "Baidu error expired_token: 提供的Refresh Token已过期 (refresh token has been used)"
/// );
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// Open API calls answer an `error_code`, which the user-info section's example writes as a
/// string:
///
/// ```
/// use oauth_errors::{Kind, baidu::{BaiduApiError, ErrorResponse}};
///
/// let response = ErrorResponse::parse(
///     r#"{
///      "error_code": "100",
///      "error_msg": "Invalid parameter"
/// }"#,
/// )?;
/// assert_eq!(response.code(), Some(100));
/// assert_eq!(response.known(), None); // not an OAuth id: see `api`
/// assert_eq!(response.api(), Some(BaiduApiError::InvalidParameter));
/// assert_eq!(response.kind(), Kind::InvalidRequest);
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// A token (the token section's example) and the user's information are successes:
///
/// ```
/// use oauth_errors::{ParseError, baidu::ErrorResponse};
///
/// let token = r#"{
///      "access_token":  "1.a6b7dbd428f731035f771b8d15063f61.86400.1292922000-2346678-124328",
///      "expires_in":  86400,
///      "refresh_token":  "2.385d55f8615fdfd9edb7c4b5ebdc3e39.604800.1293440400-2346678-124328",
///      "scope":  "basic  email",
///      "session_key":  "ANXxSNjwQDugf8615OnqeikRMu2bKaXCdlLxn",
///      "session_secret":  "248APxvxjCZ0VEC43EYrvxqaK4oZExMB"
/// }"#;
/// assert!(matches!(ErrorResponse::parse(token), Err(ParseError::Success { field: "access_token", .. })));
/// let user = r#"{"openid": "oPXyY4O0ZTmUqSX4MRxYDDCccT6Kc9E", "unionid": "uA91qQ6gAISTuy0mMqoeh7lZ0w6x478", "userid": "2097322476", "username": "u***9"}"#;
/// assert!(matches!(ErrorResponse::parse(user), Err(ParseError::Success { field: "openid", .. })));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Baidu>;
