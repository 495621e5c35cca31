//! QQ's error response body, as it comes off the wire: [`Qq`]'s [`ErrorResponse`].

use super::Qq;

/// An error response of QQ's OAuth 2.0 or OpenAPI endpoints, parsed from the body as it arrived:
/// [`crate::ProviderErrorResponse`] of [`Qq`].
///
/// QQ answers with HTTP 200 in several shapes; each parses to the same response:
///
/// ```
/// use oauth_errors::qq::{ErrorResponse, QqError};
///
/// for body in [
///     // The token endpoint, as JSONP (with or without a trailing newline) …
///     "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
///     // … as plain JSON (`fmt=json`) …
///     r#"{"error":100020,"error_description":"code is reused error"}"#,
///     // … or as url-encoded pairs.
///     "error=100020&error_description=code%20is%20reused%20error",
/// ] {
///     let response = ErrorResponse::parse(body)?;
///     assert_eq!(response.known(), Some(QqError::CodeReused));
///     assert_eq!(response.code(), Some(100020));
///     assert_eq!(response.error(), Some("100020"));
///     assert_eq!(response.message(), Some("code is reused error"));
/// }
///
/// // OpenAPI calls answer `ret` and `msg`.
/// let response = ErrorResponse::parse(r#"{"ret":100030,"msg":"no permission"}"#)?;
/// assert_eq!(response.known(), Some(QqError::ApiNotAuthorizedByUser));
/// assert_eq!(response.error(), None);
/// assert_eq!(response.message(), Some("no permission"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// An OpenAPI `ret` of OpenAPI's own table is [`api`](crate::ProviderErrorResponse::api); the token
/// endpoint's `error` never is, whatever its number. A code the tables do not list leaves
/// [`known`](crate::ProviderErrorResponse::known) and [`api`](crate::ProviderErrorResponse::api) `None` and
/// keeps the code.
///
/// ```
/// use oauth_errors::{Kind, qq::{ErrorResponse, QqApiError}};
///
/// let response = ErrorResponse::parse(r#"{"ret":-23,"msg":"openkey is invalid"}"#)?;
/// assert_eq!(response.api(), Some(QqApiError::InvalidOpenKey));
/// assert_eq!(response.known(), None);
/// assert_eq!(response.kind(), Kind::Refresh); // the openkey is the access token: refresh it
///
/// let response = ErrorResponse::parse(r#"{"ret":100030,"msg":"no permission"}"#)?;
/// assert_eq!(response.api(), None); // an OAuth code: see `known`
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// A success field makes a success, whatever else the body holds: an access token, an openid,
/// `ret` or `error` 0 (however the zero is written).
///
/// ```
/// use oauth_errors::{ParseError, qq::ErrorResponse};
///
/// let me = "callback( {\"client_id\":\"101234\",\"openid\":\"4F2C…\"} );";
/// assert!(matches!(ErrorResponse::parse(me), Err(ParseError::Success { field: "openid", .. })));
/// let token = "access_token=FE04…&expires_in=7776000&refresh_token=88E4…";
/// assert!(matches!(
///     ErrorResponse::parse(token),
///     Err(ParseError::Success { field: "access_token", .. })
/// ));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Qq>;
