//! [`ProviderErrorResponse<P>`]: an error answer of any [`Provider`], read by its
//! [`WireFormat`].

use super::body::{Fields, Value, fields};
use super::display::{Escaped, OneLine, looks_like_id};
use super::parse_error::ParseError;
use super::request_id::split_request_id;
use crate::{Endpoint, Kind, Provider, ProviderError, WireFormat};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::time::Duration;

/// The top-level field in which [`Serialize`](serde::Serialize) writes, and
/// [`parse`](ProviderErrorResponse::parse) reads, what was learned besides the body: where the
/// error was answered, when to come back.
pub(crate) const CONTEXT: &str = "$oauth_errors";

/// An error answer of provider `P`, parsed from the body as it arrived: the fields its
/// [`WireFormat`] names, as they were sent, and lookups in its tables.
///
/// Each shipped provider's module names it `ErrorResponse` (`weibo::ErrorResponse`,
/// `wechat::ErrorResponse`, …); a provider of yours gets the same (see [`Provider`]).
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
/// assert_eq!(response.message(), Some("invalid code"));
/// assert_eq!(response.request_id(), Some("63106779-282330ba-5d5deaf3"));
/// assert_eq!(
///     response.to_string(),
///     "WeChat error 40029: 不合法的 oauth_code (invalid code) [request id 63106779-282330ba-5d5deaf3]"
/// );
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
///
/// `Display` writes, in this order: the provider's name, the code, the error id, the table's
/// description (or, for an error the tables do not list, the provider's message), the
/// provider's own texts in parentheses, and the request id in brackets; every text the
/// provider sent with its control characters escaped, so that a body cannot break a log line.
pub struct ProviderErrorResponse<P: Provider> {
    /// Boxed: an error type stays small in a `Result`.
    inner: Box<Inner>,
    provider: PhantomData<fn() -> P>,
}

/// What a [`ProviderErrorResponse`] holds.
#[derive(Clone)]
struct Inner {
    /// The fields the format names, as they were sent (in the object they were nested in,
    /// if any).
    fields: Fields,
    /// The fields the format names that were read beside the object the others were nested
    /// in (Douyin's `err_no` beside `data`); empty when nothing was nested.
    outer: Fields,
    /// The same fields as text, for [`field`](ProviderErrorResponse::field).
    texts: alloc::vec::Vec<(String, String)>,
    /// The object they were nested in, if any.
    nested: Option<String>,
    code: Option<(&'static str, i128)>,
    error: Option<(&'static str, String)>,
    message: Option<(&'static str, String)>,
    /// Where the request id starts and ends in the message, when the message ends with one.
    message_request_id: Option<(usize, usize, usize)>,
    request_id: Option<(&'static str, String)>,
    /// The request id an HTTP header gave (`WireFormat::request_id_header`).
    header_request_id: Option<String>,
    retry_after: Option<Duration>,
    endpoint: Option<Endpoint>,
}

impl<P: Provider> ProviderErrorResponse<P> {
    /// Parses a response body: JSON (and JSONP or url-encoded pairs, where the provider's
    /// [`WireFormat`] allows them) with an error id (a string that is not blank, or an integer)
    /// or an integer code (a number, or a string of one). White space and a byte order mark
    /// around the body are ignored.
    ///
    /// Where it was answered is not known: [`kind`](Self::kind) is the kind at an API call
    /// unless [`at`](Self::at) says otherwise.
    ///
    /// # Errors
    ///
    /// When the body is a success response (its code is the
    /// [`success_code`](WireFormat::success_code), or it has no error but a field of
    /// [`WireFormat::success`]), has no usable error field, is none of the provider's formats,
    /// or is longer than [`MAX_BODY_LEN`](crate::MAX_BODY_LEN); the error says what the body
    /// is instead, without quoting it.
    pub fn parse(body: &str) -> Result<ProviderErrorResponse<P>, ParseError> {
        ProviderErrorResponse::from_fields(&fields(
            body,
            P::FORMAT.jsonp,
            P::FORMAT.form_urlencoded,
        )?)
    }

    pub(crate) fn from_fields(body: &Fields) -> Result<ProviderErrorResponse<P>, ParseError> {
        const { P::FORMAT.validate() };
        let format: &WireFormat = &P::FORMAT;
        let (nested, fields, inside) = merged(body, format.nested_in);
        let code = format
            .code
            .iter()
            .find_map(|&name| fields.integer(name).map(|code| (name, code)));
        if let (Some((name, code)), Some(success)) = (code, format.success_code)
            && code == success
        {
            return Err(ParseError::Success { field: name });
        }
        let error = format
            .error
            .iter()
            .find_map(|&name| fields.id(name).map(|id| (name, id)));
        if error.is_none() && code.is_none() {
            if let Some(&field) = format
                .success
                .iter()
                .find(|&&name| fields.has_text(name) || body.has_text(name))
            {
                return Err(ParseError::Success { field });
            }
            let names: alloc::vec::Vec<&str> =
                format.error.iter().chain(format.code).copied().collect();
            return Err(ParseError::NotAnError {
                found: fields.describe_error_fields(&names),
            });
        }
        let message = format
            .message
            .iter()
            .find_map(|&name| fields.text(name).map(|text| (name, text)));
        let message_request_id = match &message {
            Some((_, text)) if format.request_id_in_message => split_request_id(text),
            _ => None,
        };
        let request_id = request_id(format, &fields);
        let retry_after = format
            .retry_after
            .iter()
            .find_map(|&name| fields.integer(name))
            .and_then(seconds);
        let (mut kept, mut outer) = (Fields::default(), Fields::default());
        for (at, (name, value)) in fields.iter().enumerate() {
            let named = [
                format.code,
                format.error,
                format.message,
                format.request_id,
                format.keep,
                format.retry_after,
                format.request_id_nested_in,
            ]
            .iter()
            .any(|names| names.contains(&name));
            if named && at >= inside {
                outer.insert(name.to_owned(), value.clone());
            } else if named {
                kept.insert(name.to_owned(), value.clone());
            }
        }
        // In the order of their names: two answers with the same fields are the same answer.
        let (kept, outer) = (kept.sorted(), outer.sorted());
        let texts = kept
            .iter()
            .chain(outer.iter())
            .filter_map(|(name, value)| Some((name.to_owned(), value.text()?)))
            .collect();
        let mut response = ProviderErrorResponse {
            inner: Box::new(Inner {
                fields: kept,
                outer,
                texts,
                nested,
                code,
                error,
                message,
                message_request_id,
                request_id,
                header_request_id: None,
                retry_after,
                endpoint: None,
            }),
            provider: PhantomData,
        };
        if let Some(context) = body.object(CONTEXT) {
            response.read_context(&context);
        }
        Ok(response)
    }

    /// What `Serialize` wrote in [`CONTEXT`].
    fn read_context(&mut self, context: &Fields) {
        match context.text("endpoint").as_deref() {
            Some("token") => self.inner.endpoint = Some(Endpoint::Token),
            Some("api") => self.inner.endpoint = Some(Endpoint::Api),
            _ => {}
        }
        if let Some(after) = context.integer("retry_after").and_then(seconds) {
            self.inner.retry_after = Some(after);
        }
        if let Some(id) = context.text("request_id") {
            self.inner.header_request_id = Some(id);
        }
    }

    /// The same response, answered by `endpoint`: [`kind`](Self::kind) becomes the kind the
    /// tables give there. The `oauth2` adapter marks the errors of the token endpoint so.
    ///
    /// ```
    /// use oauth_errors::{Endpoint, Kind, wechat::ErrorResponse};
    ///
    /// // WeChat's 40001: an access token no longer valid from an API call, a wrong AppSecret
    /// // at the token endpoint.
    /// let body = r#"{"errcode":40001,"errmsg":"invalid credential"}"#;
    /// let from_an_api = ErrorResponse::parse(body)?;
    /// assert_eq!((from_an_api.endpoint(), from_an_api.kind()), (None, Kind::Refresh));
    /// let at_the_token_endpoint = ErrorResponse::parse(body)?.at(Endpoint::Token);
    /// assert_eq!(at_the_token_endpoint.endpoint(), Some(Endpoint::Token));
    /// assert_eq!(at_the_token_endpoint.kind(), Kind::Misconfigured);
    /// # Ok::<(), oauth_errors::ParseError>(())
    /// ```
    #[must_use]
    pub fn at(mut self, endpoint: Endpoint) -> ProviderErrorResponse<P> {
        self.inner.endpoint = Some(endpoint);
        self
    }

    /// The same response, with the time to wait before coming back that the answer's headers
    /// gave (`Retry-After`); a body's own [`WireFormat::retry_after`] field is read by `parse`.
    #[must_use]
    pub fn with_retry_after(mut self, after: Duration) -> ProviderErrorResponse<P> {
        self.inner.retry_after = Some(after);
        self
    }

    /// The same response, with the request id the answer's headers gave (a
    /// [`WireFormat::request_id_header`]); one the body gives comes first. `Serialize` keeps
    /// it (in `$oauth_errors`), so it survives the trip through `oauth2`.
    ///
    /// ```
    /// use oauth_errors::feishu::ErrorResponse;
    ///
    /// let body = r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#;
    /// let response = ErrorResponse::parse(body)?.with_request_id("from-x-tt-logid");
    /// assert_eq!(response.request_id(), Some("from-x-tt-logid"));
    /// assert!(response.to_string().ends_with("[request id from-x-tt-logid]"));
    /// # Ok::<(), oauth_errors::ParseError>(())
    /// ```
    #[must_use]
    pub fn with_request_id(mut self, id: impl Into<String>) -> ProviderErrorResponse<P> {
        self.inner.header_request_id = Some(id.into());
        self
    }

    /// The error, when the provider's login table ([`Provider::Error`]) lists it: by error
    /// id, else by code.
    #[must_use]
    pub fn known(&self) -> Option<P::Error> {
        let by_id = self
            .inner
            .error
            .as_ref()
            .and_then(|(_, id)| P::Error::from_error(id));
        by_id.or_else(|| {
            self.inner
                .code
                .and_then(|(_, code)| P::Error::from_code(code))
        })
    }

    /// The error, when the provider's API table ([`Provider::ApiError`]) lists it: by error
    /// id, else by the code of a [`WireFormat::api_code`] field.
    #[must_use]
    pub fn api(&self) -> Option<P::ApiError> {
        let by_id = self
            .inner
            .error
            .as_ref()
            .and_then(|(_, id)| P::ApiError::from_error(id));
        by_id.or_else(|| {
            self.inner
                .code
                .filter(|(field, _)| P::FORMAT.api_code.contains(field))
                .and_then(|(_, code)| P::ApiError::from_code(code))
        })
    }

    /// What an app should do about the error: the kind of the [`known`](Self::known), else
    /// the [`api`](Self::api) error, where it was answered ([`endpoint`](Self::endpoint); an
    /// API call when that is not known), or [`Kind::Unknown`] for an error neither table lists.
    #[must_use]
    pub fn kind(&self) -> Kind {
        let at = self.inner.endpoint.unwrap_or(Endpoint::Api);
        match (self.known(), self.api()) {
            (Some(known), _) => known.kind_at(at),
            (None, Some(api)) => api.kind_at(at),
            (None, None) => Kind::Unknown,
        }
    }

    /// Where the error was answered, when that is known: the token endpoint for the errors
    /// the `oauth2` adapter reads, else what [`at`](Self::at) said.
    #[must_use]
    pub fn endpoint(&self) -> Option<Endpoint> {
        self.inner.endpoint
    }

    /// How long to wait before coming back, when the provider said: an HTTP `Retry-After`
    /// header or one the [`WireFormat`] names (read by the `oauth2` adapter and
    /// `from_http`), else a [`WireFormat::retry_after`] field of the body.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// The code as sent (a number, or a string of one).
    #[must_use]
    pub fn code(&self) -> Option<i128> {
        self.inner.code.map(|(_, code)| code)
    }

    /// The error id as sent, as text: `invalid_grant`, or QQ's `"100020"`.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        self.inner.error.as_ref().map(|(_, id)| id.as_str())
    }

    /// The provider's own message (`error_description`, `msg`, `errmsg`), without a request id
    /// that ends it (see [`WireFormat::request_id_in_message`]).
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        let (_, message) = self.inner.message.as_ref()?;
        Some(match self.inner.message_request_id {
            Some((end, _, _)) => &message[..end],
            None => message,
        })
    }

    /// The request id the provider gave the failed request, for its support: from a
    /// [`WireFormat::request_id`] field (of the body, else of an object
    /// [`WireFormat::request_id_nested_in`] names), else from a
    /// [`WireFormat::request_id_header`] (see [`with_request_id`](Self::with_request_id)),
    /// else from the message.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        if let Some((_, id)) = &self.inner.request_id {
            return Some(id);
        }
        if let Some(id) = &self.inner.header_request_id {
            return Some(id);
        }
        let (_, message) = self.inner.message.as_ref()?;
        let (_, start, end) = self.inner.message_request_id?;
        (start < end).then(|| &message[start..end])
    }

    /// The field `name` as it was sent, as text: one the [`WireFormat`] names (the code's, the
    /// error id's, the message's, the request id's) or keeps ([`WireFormat::keep`], Weibo's
    /// `request`). A number is given as written.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.inner
            .texts
            .iter()
            .find(|(seen, _)| seen == name)
            .map(|(_, text)| text.as_str())
    }

    /// The provider's name: [`Provider::NAME`].
    #[must_use]
    pub fn provider(&self) -> &'static str {
        P::NAME
    }

    /// The fields as sent, for `Serialize`: the object they were nested in, the fields, and
    /// those read beside the object.
    #[cfg(feature = "serde")]
    pub(crate) fn sent(&self) -> (Option<&str>, &Fields, &Fields) {
        (
            self.inner.nested.as_deref(),
            &self.inner.fields,
            &self.inner.outer,
        )
    }

    /// What `Serialize` writes in [`CONTEXT`]: where it was answered, when to come back, the
    /// request id a header gave.
    #[cfg(feature = "serde")]
    pub(crate) fn context(&self) -> (Option<Endpoint>, Option<Duration>, Option<&str>) {
        (
            self.inner.endpoint,
            self.inner.retry_after,
            self.inner.header_request_id.as_deref(),
        )
    }
}

/// The request id of `fields`, by `format`: a request id field of theirs, else of an object of
/// theirs that [`WireFormat::request_id_nested_in`] names.
fn request_id(format: &WireFormat, fields: &Fields) -> Option<(&'static str, String)> {
    let find = |fields: &Fields| {
        format
            .request_id
            .iter()
            .find_map(|&name| fields.text(name).map(|text| (name, text)))
    };
    find(fields).or_else(|| {
        format
            .request_id_nested_in
            .iter()
            .find_map(|&object| find(&fields.object(object)?))
    })
}

/// The fields of `body` to read: those of the first object of `nested_in` it holds, then the
/// body's own that the object lacks (Douyin's `err_no` and `log_id` beside `data`); the name of
/// that object and how many of the fields are its own. Without one, the body's own fields.
fn merged(body: &Fields, nested_in: &[&str]) -> (Option<String>, Fields, usize) {
    let Some((name, mut fields)) = body.nested(nested_in) else {
        return (None, body.clone(), usize::MAX);
    };
    let inside = fields.len();
    for (field, value) in body.iter() {
        if field != name && field != CONTEXT && !fields.iter().any(|(seen, _)| seen == field) {
            fields.insert(field.to_owned(), value.clone());
        }
    }
    (Some(name), fields, inside)
}

/// A number of seconds as a duration; `None` for a negative or absurd number.
fn seconds(seconds: i128) -> Option<Duration> {
    u64::try_from(seconds).ok().map(Duration::from_secs)
}

impl<P: Provider> fmt::Display for ProviderErrorResponse<P> {
    /// `Weibo error 21325 invalid_grant: 提供的… (invalid authorization code:abc)`: see the
    /// type's documentation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (known, api) = (self.known(), self.api());
        let row: Option<(Option<i128>, Option<&'static str>, &'static str)> = match (known, api) {
            (Some(known), _) => Some((known.code(), known.error(), known.description())),
            (None, Some(api)) => Some((api.code(), api.error(), api.description())),
            (None, None) => None,
        };
        let code = self.code().or_else(|| row.and_then(|(code, _, _)| code));
        let code_text = code.map(|code| alloc::format!("{code}"));
        // The id: the table's, else what was sent when it reads as one (not the code written
        // out, not a message).
        let id = row.and_then(|(_, id, _)| id).or_else(|| {
            self.error()
                .filter(|&error| Some(error) != code_text.as_deref() && looks_like_id(error))
        });
        write!(f, "{} error", P::NAME)?;
        if let Some(code) = &code_text {
            write!(f, " {code}")?;
        }
        if let Some(id) = id {
            write!(f, " {}", Escaped(id))?;
        }
        let sent_error = self
            .error()
            .filter(|&error| Some(error) != id && Some(error) != code_text.as_deref());
        let mut texts = sent_error.into_iter().chain(self.message());
        // The table's description, else (for an error it does not list, or a row that has no
        // text of its own) what the provider sent.
        let text = match row {
            Some((_, _, description)) if !description.is_empty() => {
                write!(f, ": {}", OneLine(description))?;
                Some(description)
            }
            _ => {
                let sent = texts.next();
                if let Some(sent) = sent {
                    write!(f, ": {}", Escaped(sent))?;
                }
                sent
            }
        };
        for extra in texts.filter(|&extra| Some(extra) != text) {
            write!(f, " ({})", Escaped(extra))?;
        }
        match self.request_id() {
            Some(id) => write!(f, " [request id {}]", Escaped(id)),
            None => Ok(()),
        }
    }
}

/// The provider and the fields as sent.
#[allow(clippy::missing_fields_in_debug)]
impl<P: Provider> fmt::Debug for ProviderErrorResponse<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("ProviderErrorResponse");
        debug.field("provider", &P::NAME);
        if let Some(nested) = &self.inner.nested {
            debug.field("nested_in", nested);
        }
        for (name, value) in self.inner.fields.iter().chain(self.inner.outer.iter()) {
            match value {
                Value::Json(json) => debug.field(name, &json.get()),
                Value::String(text) => debug.field(name, text),
            };
        }
        if let Some(endpoint) = self.inner.endpoint {
            debug.field("endpoint", &endpoint);
        }
        if let Some(after) = self.inner.retry_after {
            debug.field("retry_after", &after);
        }
        if let Some(id) = &self.inner.header_request_id {
            debug.field("header_request_id", id);
        }
        debug.finish()
    }
}

impl<P: Provider> core::error::Error for ProviderErrorResponse<P> {}

impl<P: Provider> Clone for ProviderErrorResponse<P> {
    fn clone(&self) -> Self {
        ProviderErrorResponse {
            inner: self.inner.clone(),
            provider: PhantomData,
        }
    }
}

/// Equal when the same fields were sent, in the same object, with the same context.
impl<P: Provider> PartialEq for ProviderErrorResponse<P> {
    fn eq(&self, other: &Self) -> bool {
        self.inner.fields == other.inner.fields
            && self.inner.outer == other.inner.outer
            && self.inner.nested == other.inner.nested
            && self.inner.retry_after == other.inner.retry_after
            && self.inner.endpoint == other.inner.endpoint
            && self.inner.header_request_id == other.inner.header_request_id
    }
}

impl<P: Provider> Eq for ProviderErrorResponse<P> {}

impl<P: Provider> Hash for ProviderErrorResponse<P> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.fields.hash(state);
        self.inner.outer.hash(state);
        self.inner.nested.hash(state);
        self.inner.retry_after.hash(state);
        self.inner.endpoint.hash(state);
        self.inner.header_request_id.hash(state);
    }
}

/// The provider's error answer as the error type of an `oauth2` client
/// ([`ProviderClient<P>`](crate::ProviderClient)).
#[cfg(feature = "oauth2")]
impl<P: Provider> ::oauth2::ErrorResponse for ProviderErrorResponse<P> {}

#[cfg(test)]
mod tests {
    use super::ProviderErrorResponse;
    use crate::{ParseError, Provider, WireFormat};
    use core::convert::Infallible;

    /// A provider whose fields are nested in `data`, with a code and request id beside it
    /// (Douyin's two envelopes).
    enum Nested {}

    impl Provider for Nested {
        const NAME: &'static str = "Nested";
        type Error = Infallible;
        type ApiError = Infallible;
        const FORMAT: WireFormat = WireFormat::new()
            .nested_in(&["data"])
            .code(&["err_no", "error_code"])
            .message(&["err_msg", "description"])
            .request_id(&["log_id"])
            .success(&["access_token"])
            .success_code(0);
    }

    #[test]
    fn nested_fields_first_then_the_bodys_own() {
        // The code in the object.
        let error = ProviderErrorResponse::<Nested>::parse(
            r#"{"data":{"error_code":10008,"description":"access_token 无效或过期"},"message":"error"}"#,
        )
        .unwrap();
        assert_eq!(error.code(), Some(10008));
        assert_eq!(error.message(), Some("access_token 无效或过期"));
        assert_eq!(error.field("message"), None, "not named by the format");
        // The code beside the object, which lacks it, and the request id beside it.
        let error = ProviderErrorResponse::<Nested>::parse(
            r#"{"err_no":28001003,"err_msg":"access_token无效","log_id":"L1","data":{}}"#,
        )
        .unwrap();
        assert_eq!(error.code(), Some(28_001_003));
        assert_eq!(error.message(), Some("access_token无效"));
        assert_eq!(error.request_id(), Some("L1"));
        // A field of the object wins over the same field beside it.
        let error = ProviderErrorResponse::<Nested>::parse(
            r#"{"log_id":"outside","data":{"error_code":10008,"log_id":"inside"}}"#,
        )
        .unwrap();
        assert_eq!(error.request_id(), Some("inside"));
        // The first code field is tried in the object, then beside it, before the second.
        assert_eq!(
            ProviderErrorResponse::<Nested>::parse(
                r#"{"err_no":0,"data":{"error_code":"0","open_id":"o"}}"#
            ),
            Err(ParseError::Success { field: "err_no" })
        );
        let error = ProviderErrorResponse::<Nested>::parse(
            r#"{"err_no":28001008,"data":{"error_code":"0"}}"#,
        )
        .unwrap();
        assert_eq!(error.code(), Some(28_001_008));
    }

    #[cfg(feature = "wechat")]
    #[test]
    fn a_row_without_a_description_shows_what_was_sent() {
        use alloc::string::ToString;
        // WeChat's -2 has no Chinese text: its `errmsg` stands in its place.
        let error = ProviderErrorResponse::<crate::wechat::Wechat>::parse(
            r#"{ "errcode": -2, "errmsg": "invalid scope or bad scope", "reqid": "WfH3Pa0624bak1" }"#,
        )
        .unwrap();
        assert_eq!(
            error.to_string(),
            "WeChat error -2: invalid scope or bad scope [request id WfH3Pa0624bak1]"
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn fields_beside_the_object_are_written_beside_it() {
        let body = r#"{"err_no":28001003,"err_msg":"access_token无效","log_id":"L1","data":{"description":"d"}}"#;
        let error = ProviderErrorResponse::<Nested>::parse(body).unwrap();
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(
            json,
            r#"{"data":{"description":"d"},"err_msg":"access_token无效","err_no":28001003,"log_id":"L1"}"#
        );
        assert_eq!(
            ProviderErrorResponse::<Nested>::parse(&json).unwrap(),
            error
        );
    }
}
