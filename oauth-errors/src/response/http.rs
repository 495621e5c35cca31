//! Reading an error answer from a whole HTTP response (`oauth2`'s `HttpResponse`): its body,
//! and the headers that say when to come back.

use super::error_response::ProviderErrorResponse;
use super::parse_error::{MAX_BODY_LEN, ParseError};
use crate::{Endpoint, Provider};
use ::oauth2::HttpResponse;
use ::oauth2::http::HeaderMap;
use ::oauth2::http::header::RETRY_AFTER;
use alloc::borrow::ToOwned;
use alloc::string::String;
use core::time::Duration;

impl<P: Provider> ProviderErrorResponse<P> {
    /// Reads the error answer of a whole HTTP response that `endpoint` gave: its body, as
    /// [`parse`](Self::parse) reads it; how long to wait before coming back from an HTTP
    /// `Retry-After` header (a number of seconds) or a header the provider's
    /// [`WireFormat::retry_after_header`](crate::WireFormat::retry_after_header) names; and the
    /// request id of a header its
    /// [`WireFormat::request_id_header`](crate::WireFormat::request_id_header) names. For the
    /// answers of the provider's API calls made with the same `oauth2` HTTP client.
    ///
    /// ```
    /// use core::time::Duration;
    /// use oauth2::http::Response;
    /// use oauth_errors::{Endpoint, Kind, weibo};
    ///
    /// let answer = Response::builder()
    ///     .status(403)
    ///     .header("Retry-After", "120")
    ///     .body(br#"{"request":"/2/statuses/update.json","error_code":"10023","error":"User requests out of rate limit!"}"#.to_vec())?;
    /// let error = weibo::ErrorResponse::from_http(&answer, Endpoint::Api)?;
    /// assert_eq!(error.kind(), Kind::RateLimited);
    /// assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse); a body that is not UTF-8 is
    /// [`ParseError::Malformed`].
    pub fn from_http(
        response: &HttpResponse,
        endpoint: Endpoint,
    ) -> Result<ProviderErrorResponse<P>, ParseError> {
        let body = response.body();
        if body.len() > MAX_BODY_LEN {
            return Err(ParseError::TooLarge { len: body.len() });
        }
        let text = core::str::from_utf8(body).map_err(|_| ParseError::Malformed {
            detail: "the body is not UTF-8".into(),
        })?;
        Ok(with_headers(
            ProviderErrorResponse::parse(text)?.at(endpoint),
            response.headers(),
        ))
    }
}

/// `error` with what the answer's `headers` say: when to come back, and a request id.
pub(crate) fn with_headers<P: Provider>(
    mut error: ProviderErrorResponse<P>,
    headers: &HeaderMap,
) -> ProviderErrorResponse<P> {
    if let Some(after) = retry_after::<P>(headers) {
        error = error.with_retry_after(after);
    }
    if let Some(id) = request_id::<P>(headers) {
        error = error.with_request_id(id);
    }
    error
}

/// The request id of the first header that `P`'s format names and the answer has (not blank).
fn request_id<P: Provider>(headers: &HeaderMap) -> Option<String> {
    P::FORMAT.request_id_header.iter().find_map(|name| {
        let value = headers.get(*name)?.to_str().ok()?.trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// How long to wait before coming back, by the headers: `Retry-After`, else one that `P`'s
/// format names, as a number of seconds.
fn retry_after<P: Provider>(headers: &HeaderMap) -> Option<Duration> {
    core::iter::once(RETRY_AFTER.as_str())
        .chain(P::FORMAT.retry_after_header.iter().copied())
        .find_map(|name| {
            let value = headers.get(name)?.to_str().ok()?;
            value.trim().parse::<u64>().ok().map(Duration::from_secs)
        })
}
