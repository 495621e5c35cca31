//! The `oauth2` crate's side: an HTTP client adapter that turns Weibo's and QQ's answers into the
//! standard ones `oauth2` expects.
//!
//! `oauth2` reads an error from a response with a status other than 200 and a JSON body, and a
//! token from a 200 response with a JSON body that has a `token_type`. QQ answers everything with
//! 200, errors as JSONP or url-encoded pairs, tokens url-encoded and without a `token_type`;
//! Weibo's tokens have no `token_type` either. [`HttpClient`] wraps any `oauth2` HTTP client and
//! rewrites what comes back: an error becomes status 400 (unless it already is an error status)
//! with the provider's error response as JSON; a token becomes JSON, with `"token_type":"bearer"`
//! when there is none and `expires_in` as a number. Anything else passes through as it came.

use crate::response::{Fields, MAX_BODY_LEN, ParseError, fields};
use crate::{qq, weibo};
use ::oauth2::http::header::{CONTENT_TYPE, HeaderValue};
use ::oauth2::http::{Response, StatusCode};
use ::oauth2::{AsyncHttpClient, HttpRequest, HttpResponse, SyncHttpClient};
use alloc::boxed::Box;
use alloc::string::String;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use serde_json::Value;

/// An `oauth2` HTTP client that makes a provider's answers standard: see [`weibo::HttpClient`]
/// and [`qq::HttpClient`], which name the provider.
///
/// It wraps any client `C` that `oauth2` accepts (blocking or async: a function, a closure, a
/// `reqwest` or `ureq` client) and passes requests through unchanged.
pub struct HttpClient<C, P> {
    inner: C,
    provider: PhantomData<fn() -> P>,
}

impl<C, P: Provider> HttpClient<C, P> {
    /// Wraps `inner`.
    pub const fn new(inner: C) -> Self {
        HttpClient {
            inner,
            provider: PhantomData,
        }
    }

    /// The wrapped client.
    pub const fn get_ref(&self) -> &C {
        &self.inner
    }

    /// Unwraps the client.
    pub fn into_inner(self) -> C {
        self.inner
    }
}

impl<C: Clone, P> Clone for HttpClient<C, P> {
    fn clone(&self) -> Self {
        HttpClient {
            inner: self.inner.clone(),
            provider: PhantomData,
        }
    }
}

impl<C: core::fmt::Debug, P: Provider> core::fmt::Debug for HttpClient<C, P> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HttpClient")
            .field("provider", &P::NAME)
            .field("inner", &self.inner)
            .finish()
    }
}

impl<C: SyncHttpClient, P: Provider> SyncHttpClient for HttpClient<C, P> {
    type Error = C::Error;

    fn call(&self, request: HttpRequest) -> Result<HttpResponse, Self::Error> {
        self.inner.call(request).map(P::standardize)
    }
}

impl<'c, C: AsyncHttpClient<'c>, P: Provider + 'c> AsyncHttpClient<'c> for HttpClient<C, P> {
    type Error = C::Error;
    type Future = Standardized<C::Future, P>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Standardized {
            inner: Box::pin(self.inner.call(request)),
            provider: PhantomData,
        }
    }
}

/// The future of an async [`HttpClient`] call: the wrapped client's, with its response made
/// standard. `Send` when the wrapped client's future is.
pub struct Standardized<F, P> {
    inner: Pin<Box<F>>,
    provider: PhantomData<fn() -> P>,
}

impl<F, P> core::fmt::Debug for Standardized<F, P> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Standardized").finish_non_exhaustive()
    }
}

impl<F, E, P> Future for Standardized<F, P>
where
    F: Future<Output = Result<HttpResponse, E>>,
    P: Provider,
{
    type Output = Result<HttpResponse, E>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.inner
            .as_mut()
            .poll(cx)
            .map(|result| result.map(P::standardize))
    }
}

/// `HttpClient` and `Client`, the `oauth2` types of the provider module it is called in (where
/// `ErrorResponse` is the provider's error response).
macro_rules! provider_aliases {
    ($provider:literal) => {
        #[doc = concat!(
            "An `oauth2` HTTP client adapter for ", $provider, ": wraps any `oauth2` HTTP client \
             and makes ", $provider, "'s answers standard (see [`crate::HttpClient`])."
        )]
        pub type HttpClient<C> = crate::HttpClient<C, ErrorResponse>;

        #[doc = concat!(
            "An `oauth2` client whose token errors are ", $provider, "'s [`ErrorResponse`]; \
             otherwise `oauth2::basic::BasicClient`. Use it with [`HttpClient`]."
        )]
        pub type Client<
            HasAuthUrl = ::oauth2::EndpointNotSet,
            HasDeviceAuthUrl = ::oauth2::EndpointNotSet,
            HasIntrospectionUrl = ::oauth2::EndpointNotSet,
            HasRevocationUrl = ::oauth2::EndpointNotSet,
            HasTokenUrl = ::oauth2::EndpointNotSet,
        > = ::oauth2::Client<
            ErrorResponse,
            ::oauth2::basic::BasicTokenResponse,
            ::oauth2::basic::BasicTokenIntrospectionResponse,
            ::oauth2::StandardRevocableToken,
            ::oauth2::basic::BasicRevocationErrorResponse,
            HasAuthUrl,
            HasDeviceAuthUrl,
            HasIntrospectionUrl,
            HasRevocationUrl,
            HasTokenUrl,
        >;
    };
}

pub(crate) use provider_aliases;

/// A provider whose answers [`HttpClient`] makes standard: Weibo or QQ, named by its error
/// response type.
pub trait Provider: sealed::Sealed {
    /// The provider's name, for `Debug`.
    const NAME: &'static str;

    /// The response, made standard for `oauth2`.
    #[doc(hidden)]
    fn standardize(response: HttpResponse) -> HttpResponse;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::weibo::ErrorResponse {}
    impl Sealed for crate::qq::ErrorResponse {}
}

impl Provider for weibo::ErrorResponse {
    const NAME: &'static str = "Weibo";

    fn standardize(response: HttpResponse) -> HttpResponse {
        standardize(response, weibo::ErrorResponse::from_fields)
    }
}

impl Provider for qq::ErrorResponse {
    const NAME: &'static str = "QQ";

    fn standardize(response: HttpResponse) -> HttpResponse {
        standardize(response, qq::ErrorResponse::from_fields)
    }
}

/// Rewrites an error or a token as `oauth2` expects them; returns anything else as it is.
fn standardize<E: serde::Serialize>(
    response: HttpResponse,
    read_error: fn(&Fields) -> Result<E, ParseError>,
) -> HttpResponse {
    let body = response.body();
    if body.len() > MAX_BODY_LEN {
        return response;
    }
    let Ok(text) = core::str::from_utf8(body) else {
        return response;
    };
    let Ok(fields) = fields(text) else {
        return response;
    };
    let (status, json) = match read_error(&fields) {
        Ok(error) => {
            let status = if response.status().is_success() {
                StatusCode::BAD_REQUEST
            } else {
                response.status()
            };
            (status, serde_json::to_vec(&error))
        }
        Err(ParseError::Success { .. }) if fields.has("access_token") => {
            (response.status(), serde_json::to_vec(&token(fields)))
        }
        Err(_) => return response,
    };
    let Ok(json) = json else {
        return response;
    };
    let (mut parts, _) = response.into_parts();
    parts.status = status;
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    Response::from_parts(parts, json)
}

/// A token response as JSON, with a `token_type` and a numeric `expires_in`.
fn token(fields: Fields) -> Value {
    let mut object = fields.into_object();
    object
        .entry("token_type")
        .or_insert_with(|| Value::String(String::from("bearer")));
    if let Some(Value::String(seconds)) = object.get("expires_in")
        && let Ok(seconds) = seconds.trim().parse::<u64>()
    {
        object.insert(String::from("expires_in"), Value::from(seconds));
    }
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::Provider;
    use crate::{qq, weibo};
    use ::oauth2::HttpResponse;
    use ::oauth2::http::Response;
    use ::oauth2::http::header::CONTENT_TYPE;
    use alloc::vec::Vec;

    fn response(status: u16, body: &[u8]) -> HttpResponse {
        Response::builder()
            .status(status)
            .header(CONTENT_TYPE, "text/html")
            .body(body.to_vec())
            .unwrap()
    }

    fn json(response: &HttpResponse) -> serde_json::Value {
        serde_json::from_slice(response.body()).unwrap()
    }

    #[test]
    fn errors_become_status_400_with_json() {
        let body =
            b"callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );";
        let standard = qq::ErrorResponse::standardize(response(200, body));
        assert_eq!(standard.status(), 400);
        assert_eq!(
            standard.headers()[CONTENT_TYPE],
            "application/json;charset=UTF-8"
        );
        assert_eq!(
            json(&standard),
            serde_json::json!({"error": 100_020, "error_description": "code is reused error"})
        );
        // An error status stays.
        let standard = weibo::ErrorResponse::standardize(response(500, b"{\"error_code\":21331}"));
        assert_eq!(standard.status(), 500);
        assert_eq!(json(&standard), serde_json::json!({"error_code": 21331}));
    }

    #[test]
    fn tokens_get_a_token_type_and_a_numeric_expiry() {
        let body = b"access_token=A&expires_in=7776000&refresh_token=R";
        let standard = qq::ErrorResponse::standardize(response(200, body));
        assert_eq!(standard.status(), 200);
        assert_eq!(
            json(&standard),
            serde_json::json!({
                "access_token": "A",
                "expires_in": 7_776_000,
                "refresh_token": "R",
                "token_type": "bearer",
            })
        );
        // A `token_type` that is there stays.
        let body = br#"{"access_token":"A","token_type":"mac"}"#;
        let standard = weibo::ErrorResponse::standardize(response(200, body));
        assert_eq!(json(&standard)["token_type"], "mac");
    }

    #[test]
    fn anything_else_passes_through() {
        for body in [
            &b"<html>502</html>"[..],
            b"\xff\xfe not UTF-8",
            b"callback( {\"client_id\":\"1\",\"openid\":\"2\"} );",
            b"",
        ] {
            let standard = qq::ErrorResponse::standardize(response(200, body));
            assert_eq!(standard.status(), 200);
            assert_eq!(standard.headers()[CONTENT_TYPE], "text/html");
            assert_eq!(standard.body(), body);
        }
        let huge: Vec<u8> = b"error=1&".repeat(crate::MAX_BODY_LEN);
        let standard = qq::ErrorResponse::standardize(response(200, &huge));
        assert_eq!(standard.status(), 200);
        assert_eq!(standard.body().len(), huge.len());
    }
}
