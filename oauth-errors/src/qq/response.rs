//! QQ's error response body, as it comes off the wire.

use super::{QqApiError, QqError};
use crate::Kind;
use crate::response::{Fields, ParseError, fields};
use alloc::string::String;

/// An error response of QQ's OAuth 2.0 or OpenAPI endpoints, parsed from the body as it arrived.
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
///     assert_eq!(response.description(), Some("code is reused error"));
/// }
///
/// // OpenAPI calls answer `ret` and `msg`.
/// let response = ErrorResponse::parse(r#"{"ret":100030,"msg":"no permission"}"#)?;
/// assert_eq!(response.known(), Some(QqError::ApiNotAuthorizedByUser));
/// assert_eq!(response.error(), None);
/// assert_eq!(response.description(), Some("no permission"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// A code the tables do not list leaves [`known`](Self::known) and [`api`](Self::api) `None`
/// and keeps the code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ErrorResponse {
    code: Option<i64>,
    error: Option<String>,
    description: Option<String>,
}

impl ErrorResponse {
    /// Parses a response body: JSONP, JSON or url-encoded pairs with an `error` (a number, or a
    /// string that is not blank), or an OpenAPI answer with an integer `ret` other than 0. White
    /// space and a byte order mark around the body are ignored.
    ///
    /// # Errors
    ///
    /// When the body is a success response (an access token or an openid, whatever else it
    /// holds; `ret` or `error` 0, however the zero is written), has no usable error field, is
    /// none of QQ's formats, or is longer than [`MAX_BODY_LEN`](crate::MAX_BODY_LEN); the error
    /// says what the body is instead.
    ///
    /// ```
    /// use oauth_errors::{ParseError, qq::ErrorResponse};
    ///
    /// let me = "callback( {\"client_id\":\"101234\",\"openid\":\"4F2C…\"} );";
    /// assert_eq!(ErrorResponse::parse(me), Err(ParseError::Success { found: "an openid" }));
    /// let token = "access_token=FE04…&expires_in=7776000&refresh_token=88E4…";
    /// assert_eq!(ErrorResponse::parse(token), Err(ParseError::Success { found: "an access token" }));
    /// ```
    pub fn parse(body: &str) -> Result<ErrorResponse, ParseError> {
        ErrorResponse::from_fields(&fields(body)?)
    }

    pub(crate) fn from_fields(fields: &Fields) -> Result<ErrorResponse, ParseError> {
        // A success field makes a success, whatever else the body holds.
        if fields.has("access_token") {
            return Err(ParseError::Success {
                found: "an access token",
            });
        }
        if fields.has("openid") {
            return Err(ParseError::Success { found: "an openid" });
        }
        if fields.is_zero("ret") {
            return Err(ParseError::Success {
                found: "an OpenAPI answer with `ret` 0",
            });
        }
        if fields.is_zero("error") {
            return Err(ParseError::Success {
                found: "an answer with `error` 0 (成功, success)",
            });
        }
        if let Some(error) = fields.id("error") {
            return Ok(ErrorResponse {
                code: fields.integer("error"),
                error: Some(error),
                description: fields.text("error_description"),
            });
        }
        match fields.integer("ret") {
            Some(ret) => Ok(ErrorResponse {
                code: Some(ret),
                error: None,
                description: fields.text("msg"),
            }),
            None => Err(ParseError::NotAnError {
                found: fields.describe_error_fields(&["error", "ret"]),
            }),
        }
    }

    /// The error, when QQ's OAuth table ([`QqError`]) lists its code: the `error` of the token
    /// endpoint, or a `ret` in the OAuth table's range.
    #[must_use]
    pub fn known(&self) -> Option<QqError> {
        self.code
            .and_then(|code| i32::try_from(code).ok())
            .and_then(QqError::from_code)
    }

    /// The OpenAPI error, when the code came in `ret` and QQ's OpenAPI table ([`QqApiError`])
    /// lists it. `None` for the token endpoint's `error`, whatever its number.
    ///
    /// ```
    /// use oauth_errors::{Kind, qq::{ErrorResponse, QqApiError}};
    ///
    /// let response = ErrorResponse::parse(r#"{"ret":-23,"msg":"openkey is invalid"}"#)?;
    /// assert_eq!(response.api(), Some(QqApiError::InvalidOpenKey));
    /// assert_eq!(response.known(), None);
    /// assert_eq!(response.kind(), Kind::Reauthorize);
    ///
    /// let response = ErrorResponse::parse(r#"{"ret":100030,"msg":"no permission"}"#)?;
    /// assert_eq!(response.api(), None); // an OAuth code: see `known`
    /// # Ok::<(), oauth_errors::ParseError>(())
    /// ```
    #[must_use]
    pub fn api(&self) -> Option<QqApiError> {
        if self.error.is_some() {
            return None;
        }
        self.code
            .and_then(|code| i32::try_from(code).ok())
            .and_then(QqApiError::from_code)
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

    /// The code as sent: the `error` of the token endpoint, the `ret` of OpenAPI calls.
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// The `error` as sent, as text (`"100020"`); `None` for OpenAPI answers, which send `ret`.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// QQ's own description: `error_description`, or the `msg` of OpenAPI answers.
    #[must_use]
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

crate::response::response_impls!("QQ", ErrorResponse);

/// The fields that were sent: `error` (a number when it is one) and `error_description`, or
/// OpenAPI's `ret` and `msg`.
#[cfg(feature = "serde")]
impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        match (&self.error, self.code) {
            (Some(error), Some(code)) if *error == alloc::format!("{code}") => {
                map.serialize_entry("error", &code)?;
            }
            (Some(error), _) => map.serialize_entry("error", error)?,
            (None, Some(code)) => map.serialize_entry("ret", &code)?,
            (None, None) => {}
        }
        if let Some(description) = &self.description {
            let key = if self.error.is_some() {
                "error_description"
            } else {
                "msg"
            };
            map.serialize_entry(key, description)?;
        }
        map.end()
    }
}
