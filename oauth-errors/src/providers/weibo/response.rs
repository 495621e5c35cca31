//! Weibo's error response body, as it comes off the wire: [`Weibo`]'s [`ErrorResponse`].

use super::Weibo;

/// An error response of Weibo's OAuth 2.0 endpoints or API calls, parsed from the body as it
/// arrived: [`crate::ProviderErrorResponse`] of [`Weibo`].
///
/// Weibo answers errors with JSON that carries a string id, a numeric code, and where the request
/// went:
///
/// ```
/// use oauth_errors::weibo::{ErrorResponse, WeiboError};
///
/// let body = r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token",
///     "error_uri":"/oauth2/access_token","error_description":"invalid authorization code:abc"}"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.known(), Some(WeiboError::InvalidGrant));
/// assert_eq!(response.code(), Some(21325));
/// assert_eq!(response.error(), Some("invalid_grant"));
/// assert_eq!(response.message(), Some("invalid authorization code:abc"));
/// assert_eq!(response.request(), Some("/oauth2/access_token"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// An API call's error (`/2/statuses/…`) carries a code of Weibo's `Error_code` table, which
/// [`api`](crate::ProviderErrorResponse::api) looks up, and an English message in `error`. What Weibo
/// sends is kept as it is: a code the tables do not list leaves
/// [`known`](crate::ProviderErrorResponse::known) and [`api`](crate::ProviderErrorResponse::api) `None` and the
/// raw fields as they came.
///
/// ```
/// use oauth_errors::{Kind, weibo::{ErrorResponse, WeiboApiError}};
///
/// // `error_code` sent as a string, and an `error` of free text.
/// let response = ErrorResponse::parse(r#"{"error":"User does not exists!","error_code":"20003"}"#)?;
/// assert_eq!(response.known(), None);
/// assert_eq!(response.api(), Some(WeiboApiError::UserNotFound));
/// assert_eq!(response.code(), Some(20003));
/// assert_eq!(response.error(), Some("User does not exists!"));
///
/// let body = r#"{"request":"/2/statuses/home_timeline.json","error_code":"10023","error":"User requests out of rate limit!"}"#;
/// let response = ErrorResponse::parse(body)?;
/// assert_eq!(response.api(), Some(WeiboApiError::UserRateLimited));
/// assert_eq!(response.kind(), Kind::RateLimited);
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// A token is a success, not an error:
///
/// ```
/// use oauth_errors::{ParseError, weibo::ErrorResponse};
///
/// let token = r#"{"access_token":"2.00abc","expires_in":157679999,"uid":"12341234"}"#;
/// assert!(matches!(
///     ErrorResponse::parse(token),
///     Err(ParseError::Success { field: "access_token", .. })
/// ));
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Weibo>;

impl crate::ProviderErrorResponse<Weibo> {
    /// The `request` the error is about, such as `/oauth2/access_token`.
    #[must_use]
    pub fn request(&self) -> Option<&str> {
        self.field("request")
    }

    /// The `error_uri` Weibo sends.
    #[must_use]
    pub fn error_uri(&self) -> Option<&str> {
        self.field("error_uri")
    }
}
