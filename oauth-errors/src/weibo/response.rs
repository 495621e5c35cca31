//! Weibo's error response body, as it comes off the wire.

use super::{WeiboApiError, WeiboError};
use crate::Kind;
use crate::response::{Fields, ParseError, fields};
use alloc::string::String;

/// An error response of Weibo's OAuth 2.0 endpoints or API calls, parsed from the body as it
/// arrived.
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
/// assert_eq!(response.description(), Some("invalid authorization code:abc"));
/// assert_eq!(response.request(), Some("/oauth2/access_token"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// An API call's error (`/2/statuses/…`) carries a code of Weibo's `Error_code` table, which
/// [`api`](Self::api) looks up, and an English message in `error`. What Weibo sends is kept as it
/// is: a code the tables do not list leaves [`known`](Self::known) and [`api`](Self::api) `None`
/// and the raw fields as they came.
///
/// ```
/// use oauth_errors::weibo::{ErrorResponse, WeiboApiError};
///
/// // `error_code` sent as a string, and an `error` of free text.
/// let response = ErrorResponse::parse(r#"{"error":"User does not exists!","error_code":"20003"}"#)?;
/// assert_eq!(response.known(), None);
/// assert_eq!(response.api(), Some(WeiboApiError::UserNotFound));
/// assert_eq!(response.code(), Some(20003));
/// assert_eq!(response.error(), Some("User does not exists!"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ErrorResponse {
    error: Option<String>,
    code: Option<i64>,
    description: Option<String>,
    request: Option<String>,
    error_uri: Option<String>,
}

impl ErrorResponse {
    /// Parses a response body: Weibo's JSON (or url-encoded pairs) with an `error` id (a string
    /// that is not blank) or an integer `error_code` (a number, or a string of one). White space
    /// and a byte order mark around the body are ignored.
    ///
    /// # Errors
    ///
    /// When the body is a success response (it holds an `access_token`, whatever else it holds),
    /// has no usable error field, is not JSON, or is longer than
    /// [`MAX_BODY_LEN`](crate::MAX_BODY_LEN); the error says what the body is instead.
    ///
    /// ```
    /// use oauth_errors::{ParseError, weibo::ErrorResponse};
    ///
    /// let token = r#"{"access_token":"2.00abc","expires_in":157679999,"uid":"12341234"}"#;
    /// assert_eq!(
    ///     ErrorResponse::parse(token),
    ///     Err(ParseError::Success { found: "an access token" })
    /// );
    /// ```
    pub fn parse(body: &str) -> Result<ErrorResponse, ParseError> {
        ErrorResponse::from_fields(&fields(body)?)
    }

    pub(crate) fn from_fields(fields: &Fields) -> Result<ErrorResponse, ParseError> {
        // A token is a success, whatever else the body holds.
        if fields.has("access_token") {
            return Err(ParseError::Success {
                found: "an access token",
            });
        }
        let error = fields.id("error");
        let code = fields.integer("error_code");
        if error.is_none() && code.is_none() {
            return Err(ParseError::NotAnError {
                found: fields.describe_error_fields(&["error", "error_code"]),
            });
        }
        Ok(ErrorResponse {
            error,
            code,
            description: fields.text("error_description"),
            request: fields.text("request"),
            error_uri: fields.text("error_uri"),
        })
    }

    /// The error, when Weibo's OAuth 2.0 table ([`WeiboError`]) lists it: by `error_code`, else
    /// by the `error` id.
    #[must_use]
    pub fn known(&self) -> Option<WeiboError> {
        let by_code = self
            .code
            .and_then(|code| i32::try_from(code).ok())
            .and_then(WeiboError::from_code);
        by_code.or_else(|| self.error.as_deref().and_then(WeiboError::from_error))
    }

    /// The API error, when Weibo's `Error_code` table ([`WeiboApiError`]) lists the
    /// `error_code`. Only the code is looked up: an API error's `error` is an English message
    /// (with its placeholders filled in), not an id.
    ///
    /// ```
    /// use oauth_errors::{Kind, weibo::{ErrorResponse, WeiboApiError}};
    ///
    /// let body = r#"{"request":"/2/statuses/home_timeline.json","error_code":"10023","error":"User requests out of rate limit!"}"#;
    /// let response = ErrorResponse::parse(body)?;
    /// assert_eq!(response.api(), Some(WeiboApiError::UserRateLimited));
    /// assert_eq!(response.known(), None);
    /// assert_eq!(response.kind(), Kind::RateLimited);
    /// # Ok::<(), oauth_errors::ParseError>(())
    /// ```
    #[must_use]
    pub fn api(&self) -> Option<WeiboApiError> {
        self.code
            .and_then(|code| i32::try_from(code).ok())
            .and_then(WeiboApiError::from_code)
    }

    /// What an app should do about the error: the kind of the [`known`](Self::known) or the
    /// [`api`](Self::api) error, or [`Kind::Unknown`] for a code neither table lists.
    #[must_use]
    pub fn kind(&self) -> Kind {
        match (self.known(), self.api()) {
            (Some(known), _) => known.kind(),
            (None, Some(api)) => api.kind(),
            (None, None) => Kind::Unknown,
        }
    }

    /// The `error_code` as sent (a number, or a string of one).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// The `error` as sent: an id such as `invalid_grant`, or free text.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Weibo's own `error_description`.
    #[must_use]
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The `request` the error is about, such as `/oauth2/access_token`.
    #[must_use]
    pub fn request(&self) -> Option<&str> {
        self.request.as_deref()
    }

    /// The `error_uri` Weibo sends.
    #[must_use]
    pub fn error_uri(&self) -> Option<&str> {
        self.error_uri.as_deref()
    }
}

crate::response::response_impls!("Weibo", ErrorResponse);

/// The fields that were sent, under Weibo's names.
#[cfg(feature = "serde")]
impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        if let Some(error) = &self.error {
            map.serialize_entry("error", error)?;
        }
        if let Some(code) = self.code {
            map.serialize_entry("error_code", &code)?;
        }
        if let Some(request) = &self.request {
            map.serialize_entry("request", request)?;
        }
        if let Some(error_uri) = &self.error_uri {
            map.serialize_entry("error_uri", error_uri)?;
        }
        if let Some(description) = &self.description {
            map.serialize_entry("error_description", description)?;
        }
        map.end()
    }
}
