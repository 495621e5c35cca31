//! [`ErrorResponse<P>`]: an error body of any [`Provider`], read by its [`WireFormat`].

use crate::response::{Fields, ParseError, fields};
use crate::{Kind, Provider, ProviderError, WireFormat};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

/// An error response of provider `P`, parsed from the body as it arrived: the fields its
/// [`WireFormat`] names, as they were sent, and lookups in its tables.
///
/// Each shipped provider names it: [`weibo::ErrorResponse`](crate::weibo::ErrorResponse),
/// [`qq::ErrorResponse`](crate::qq::ErrorResponse),
/// [`wechat::ErrorResponse`](crate::wechat::ErrorResponse); a provider of yours gets the same
/// (see [`Provider`]).
///
/// ```
/// use oauth_errors::{Kind, wechat::{ErrorResponse, WechatError}};
///
/// let response = ErrorResponse::parse(
///     r#"{"errcode":40029,"errmsg":"invalid code, rid: 63106779-282330ba-5d5deaf3"}"#,
/// )?;
/// assert_eq!(response.known(), Some(WechatError::InvalidOauthCode));
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.code(), Some(40029));
/// assert_eq!(response.description(), Some("invalid code"));
/// assert_eq!(response.request_id(), Some("63106779-282330ba-5d5deaf3"));
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
pub struct ErrorResponse<P: Provider> {
    code: Option<(&'static str, i64)>,
    error: Option<(&'static str, String)>,
    message: Option<(&'static str, String)>,
    /// Where the request id starts and ends in the message, when the message ends with one.
    message_request_id: Option<(usize, usize, usize)>,
    request_id: Option<(&'static str, String)>,
    kept: Vec<(&'static str, String)>,
    provider: PhantomData<fn() -> P>,
}

impl<P: Provider> ErrorResponse<P> {
    /// Parses a response body: JSON (and JSONP or url-encoded pairs, where the provider's
    /// [`WireFormat`] allows them) with an error id (a string that is not blank, or a number)
    /// or an integer code (a number, or a string of one). White space and a byte order mark
    /// around the body are ignored.
    ///
    /// # Errors
    ///
    /// When the body is a success response (it holds a field of
    /// [`WireFormat::success`], or a zero of [`WireFormat::success_when_zero`]), has no usable
    /// error field, is none of the provider's formats, or is longer than
    /// [`MAX_BODY_LEN`](crate::MAX_BODY_LEN); the error says what the body is instead.
    pub fn parse(body: &str) -> Result<ErrorResponse<P>, ParseError> {
        ErrorResponse::from_fields(&fields(body, P::FORMAT.jsonp, P::FORMAT.form_urlencoded)?)
    }

    pub(crate) fn from_fields(body: &Fields) -> Result<ErrorResponse<P>, ParseError> {
        const { P::FORMAT.validate() };
        let format: &WireFormat = &P::FORMAT;
        let nested = format.within.iter().find_map(|&key| body.object(key));
        let fields = nested.as_ref().unwrap_or(body);
        // A success field makes a success, whatever else the body holds.
        for &(key, found) in format.success {
            if fields.has(key) || body.has(key) {
                return Err(ParseError::Success { found });
            }
        }
        for &(key, found) in format.success_when_zero {
            if fields.is_zero(key) {
                return Err(ParseError::Success { found });
            }
        }
        let error = format
            .error
            .iter()
            .find_map(|&key| fields.id(key).map(|id| (key, id)));
        let code = format
            .code
            .iter()
            .find_map(|&key| fields.integer(key).map(|code| (key, code)));
        if error.is_none() && code.is_none() {
            let keys: Vec<&str> = format.error.iter().chain(format.code).copied().collect();
            return Err(ParseError::NotAnError {
                found: fields.describe_error_fields(&keys),
            });
        }
        let message = format
            .message
            .iter()
            .find_map(|&key| fields.text(key).map(|text| (key, text)));
        let message_request_id = match &message {
            Some((_, text)) if format.request_id_in_message => split_request_id(text),
            _ => None,
        };
        let request_id = format
            .request_id
            .iter()
            .find_map(|&key| fields.text(key).map(|text| (key, text)));
        let kept = format
            .keep
            .iter()
            .filter_map(|&key| fields.text(key).map(|text| (key, text)))
            .collect();
        Ok(ErrorResponse {
            code,
            error,
            message,
            message_request_id,
            request_id,
            kept,
            provider: PhantomData,
        })
    }

    /// The error, when the provider's OAuth table ([`Provider::Error`]) lists it: by code, else
    /// by error id.
    #[must_use]
    pub fn known(&self) -> Option<P::Error> {
        let by_code = self
            .code
            .and_then(|(_, code)| P::Error::from_code(i128::from(code)));
        by_code.or_else(|| {
            self.error
                .as_ref()
                .and_then(|(_, id)| P::Error::from_error(id))
        })
    }

    /// The API error, when the code came in one of the [`WireFormat::api_code`] fields and the
    /// provider's API table ([`Provider::ApiError`]) lists it.
    #[must_use]
    pub fn api(&self) -> Option<P::ApiError> {
        let (field, code) = self.code?;
        if !P::FORMAT.api_code.contains(&field) {
            return None;
        }
        P::ApiError::from_code(i128::from(code))
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

    /// The code as sent (a number, or a string of one).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.code.map(|(_, code)| code)
    }

    /// The error id as sent, as text: `invalid_grant`, or QQ's `"100020"`.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        self.error.as_ref().map(|(_, id)| id.as_str())
    }

    /// The provider's own message (`error_description`, `msg`, `errmsg`), without a request id
    /// that ends it (see [`WireFormat::request_id_in_message`]).
    #[must_use]
    pub fn description(&self) -> Option<&str> {
        let (_, message) = self.message.as_ref()?;
        Some(match self.message_request_id {
            Some((end, _, _)) => &message[..end],
            None => message,
        })
    }

    /// The request id the provider gave the failed request, for its support: from a
    /// [`WireFormat::request_id`] field, else from the end of the message.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        if let Some((_, id)) = &self.request_id {
            return Some(id);
        }
        let (_, message) = self.message.as_ref()?;
        let (_, start, end) = self.message_request_id?;
        (start < end).then(|| &message[start..end])
    }

    /// The field `name` as it was sent: the error id's, the message's or the request id's field,
    /// or one that [`WireFormat::keep`] keeps (Weibo's `request`); the code is
    /// [`code`](Self::code). A number in the error id's field is given as written (QQ's
    /// `error`).
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.error
            .iter()
            .chain(&self.message)
            .chain(&self.request_id)
            .chain(&self.kept)
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The provider's name: [`Provider::NAME`].
    #[must_use]
    pub fn provider(&self) -> &'static str {
        P::NAME
    }
}

/// Where the request id that ends a message starts and ends, and where the message before it
/// ends: `, rid: X`, ` rid: X`, `rid:X`, `, hints: [ req_id: X ]`, ` hint: [X]`, ` hints: [X]`.
fn split_request_id(message: &str) -> Option<(usize, usize, usize)> {
    let trimmed = message.trim_end();
    let (marker, id_start, id_end) =
        if let Some(open) = trimmed.ends_with(']').then(|| trimmed.rfind('[')).flatten() {
            let before = trimmed[..open].trim_end();
            let before = before.strip_suffix(':')?.trim_end();
            let marker = before
                .strip_suffix("hints")
                .or_else(|| before.strip_suffix("hint"))?
                .len();
            let inner = &trimmed[open + 1..trimmed.len() - 1];
            let (start, end) = match inner.trim_start().strip_prefix("req_id:") {
                Some(id) => {
                    let start = trimmed.len() - 1 - id.len();
                    (start, start + id.trim_end().len())
                }
                None => (open + 1, open + 1 + inner.trim_end().len()),
            };
            let leading = trimmed[start..end].len() - trimmed[start..end].trim_start().len();
            (marker, start + leading, end)
        } else {
            let marker = trimmed.rfind("rid:")?;
            let id = &trimmed[marker + "rid:".len()..];
            if id.trim().is_empty() || id.trim().contains(char::is_whitespace) {
                return None;
            }
            let start = trimmed.len() - id.trim_start().len();
            (marker, start, trimmed.len())
        };
    // The marker starts the message or follows a space or a comma.
    let before = &trimmed[..marker];
    if !(before.is_empty() || before.ends_with([' ', ','])) {
        return None;
    }
    let end = before.trim_end().trim_end_matches(',').trim_end().len();
    Some((end, id_start, id_end))
}

impl<P: Provider> fmt::Display for ErrorResponse<P> {
    /// The known error when there is one (`Weibo error invalid_grant (21325): …`), else the API
    /// error (`Weibo error 10023: …`), else the code and error as sent; the provider's own
    /// message and description follow in parentheses, and its request id in brackets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (known, api) = (self.known(), self.api());
        let table: Option<&dyn fmt::Display> = match (&known, &api) {
            (Some(known), _) => Some(known),
            (None, Some(api)) => Some(api),
            (None, None) => None,
        };
        crate::response::display(
            f,
            P::NAME,
            table,
            known.is_some(),
            self.code(),
            self.error(),
            self.description(),
        )?;
        match self.request_id() {
            Some(id) => write!(f, " [request id {id}]"),
            None => Ok(()),
        }
    }
}

/// The provider and the fields as sent (the request id's place in the message is derived from
/// it, and left out).
#[allow(clippy::missing_fields_in_debug)]
impl<P: Provider> fmt::Debug for ErrorResponse<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("ErrorResponse");
        debug.field("provider", &P::NAME);
        if let Some((key, code)) = &self.code {
            debug.field(key, code);
        }
        for (key, value) in self
            .error
            .iter()
            .chain(&self.message)
            .chain(&self.request_id)
            .chain(&self.kept)
        {
            if self.code.is_none_or(|(code_key, _)| code_key != *key) {
                debug.field(key, value);
            }
        }
        debug.finish()
    }
}

impl<P: Provider> core::error::Error for ErrorResponse<P> {}

impl<P: Provider> Clone for ErrorResponse<P> {
    fn clone(&self) -> Self {
        ErrorResponse {
            code: self.code,
            error: self.error.clone(),
            message: self.message.clone(),
            message_request_id: self.message_request_id,
            request_id: self.request_id.clone(),
            kept: self.kept.clone(),
            provider: PhantomData,
        }
    }
}

impl<P: Provider> PartialEq for ErrorResponse<P> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.error == other.error
            && self.message == other.message
            && self.request_id == other.request_id
            && self.kept == other.kept
    }
}

impl<P: Provider> Eq for ErrorResponse<P> {}

impl<P: Provider> Hash for ErrorResponse<P> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        self.error.hash(state);
        self.message.hash(state);
        self.request_id.hash(state);
        self.kept.hash(state);
    }
}

/// The fields that were sent, under the provider's names: the code (a number where the
/// provider sent its error id as one), the id, the message as sent (request id included), the
/// request id field and the kept fields. [`ErrorResponse::parse`] reads it back to the same
/// response.
#[cfg(feature = "serde")]
impl<P: Provider> serde::Serialize for ErrorResponse<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        let code_in_error = match (&self.error, self.code) {
            (Some((error_key, id)), Some((code_key, code))) => {
                *error_key == code_key && *id == alloc::format!("{code}")
            }
            _ => false,
        };
        if let Some((key, code)) = self.code {
            map.serialize_entry(key, &code)?;
        }
        if let Some((key, id)) = &self.error
            && !code_in_error
        {
            map.serialize_entry(key, id)?;
        }
        for (key, value) in self
            .message
            .iter()
            .chain(&self.request_id)
            .chain(&self.kept)
        {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// From the provider's JSON, as [`ErrorResponse::parse`] reads it.
#[cfg(feature = "serde")]
impl<'de, P: Provider> serde::Deserialize<'de> for ErrorResponse<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::response::deserialize_fields(deserializer, ErrorResponse::from_fields)
    }
}

/// The provider's error response as the error type of an `oauth2` client: [`Client<P>`](crate::Client).
#[cfg(feature = "oauth2")]
impl<P: Provider> ::oauth2::ErrorResponse for ErrorResponse<P> {}

#[cfg(test)]
mod tests {
    use super::{ErrorResponse, split_request_id};
    use crate::{Kind, ParseError, Provider, WireFormat};
    use alloc::string::ToString;

    /// Alipay's shape: the error fields nested in `error_response`.
    enum Alipay {}

    impl Provider for Alipay {
        const NAME: &'static str = "Alipay";
        type Error = core::convert::Infallible;
        type ApiError = core::convert::Infallible;
        const FORMAT: WireFormat = WireFormat::new()
            .code(&["code"])
            .error(&["sub_code"])
            .message(&["sub_msg", "msg"])
            .within(&["error_response"])
            .success(&[("access_token", "an access token")]);
    }

    #[test]
    fn fields_nested_in_an_object() {
        let body = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"},"sign":"x"}"#;
        let response = ErrorResponse::<Alipay>::parse(body).unwrap();
        assert_eq!(response.code(), Some(40002));
        assert_eq!(response.error(), Some("isv.invalid-app-id"));
        assert_eq!(response.description(), Some("Invalid Arguments"));
        assert_eq!(response.kind(), Kind::Unknown);
        assert_eq!(
            response.to_string(),
            "Alipay error 40002: isv.invalid-app-id (Invalid Arguments)"
        );
        // The same fields at the top level are read too, and a token anywhere is a success.
        let flat = r#"{"code":"40002","sub_code":"isv.invalid-app-id"}"#;
        assert_eq!(
            ErrorResponse::<Alipay>::parse(flat).unwrap().code(),
            Some(40002)
        );
        let token = r#"{"error_response":{"code":"40002"},"access_token":"a"}"#;
        assert_eq!(
            ErrorResponse::<Alipay>::parse(token),
            Err(ParseError::Success {
                found: "an access token"
            })
        );
    }

    fn split(message: &str) -> Option<(&str, &str)> {
        let (end, start, id_end) = split_request_id(message)?;
        Some((&message[..end], &message[start..id_end]))
    }

    #[test]
    fn request_ids_as_wechat_writes_them() {
        // Real messages, from WeChat's developer community and issue trackers.
        let cases = [
            (
                "invalid code, rid: 63106779-282330ba-5d5deaf3",
                ("invalid code", "63106779-282330ba-5d5deaf3"),
            ),
            (
                "invalid code rid: 605d8376-3b6b61e7-7f9d8783",
                ("invalid code", "605d8376-3b6b61e7-7f9d8783"),
            ),
            (
                "invalid appsecret rid:xxxxxx-xxxxxxx-xxxxxxx",
                ("invalid appsecret", "xxxxxx-xxxxxxx-xxxxxxx"),
            ),
            (
                "invalid code, hints: [ req_id: je7q.a0244th27 ]",
                ("invalid code", "je7q.a0244th27"),
            ),
            (
                "invalid credential, access_token is invalid or not latest hint: [FQ4hVA0505hka5!]",
                (
                    "invalid credential, access_token is invalid or not latest",
                    "FQ4hVA0505hka5!",
                ),
            ),
            (
                "invalid ip 117.136.86.87, not in whitelist hint:[UIluoA05892067]",
                (
                    "invalid ip 117.136.86.87, not in whitelist",
                    "UIluoA05892067",
                ),
            ),
            (
                "api unauthorized hints: [jHmbeZXMRa-Rkng4a!]",
                ("api unauthorized", "jHmbeZXMRa-Rkng4a!"),
            ),
            (
                "invalid ip, not in whitelist hint: []",
                ("invalid ip, not in whitelist", ""),
            ),
        ];
        for (message, expected) in cases {
            assert_eq!(split(message), Some(expected), "{message}");
        }
        for message in [
            "invalid code",
            "rid:",
            "the grid: 3",
            "invalid credential, access_token is invalid or not latest hint",
            "a [bracket]",
            "rid: two words",
        ] {
            assert_eq!(split(message), None, "{message}");
        }
    }
}
