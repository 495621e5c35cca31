//! The ready calls of the shipped providers' modules (QQ's `/oauth2.0/me`, WeCom's login,
//! WeChat's mini-program login, …): a request through the app's `oauth2` HTTP client, with
//! the adapter's protections, and its answer read as the provider's success or error.
//! [`CallError`] is why one has no answer.

// The shipped providers' ready calls use it; a build may leave all of them out (each is behind
// its provider's feature).
#![allow(
    dead_code,
    reason = "used by the ready calls of the providers a build enables"
)]

use super::error::{AdapterError, TransportError};
use super::redact::Secrets;
use crate::response::{Fields, MAX_BODY_LEN, ParseError, fields, with_headers};
use crate::{Endpoint, Provider, ProviderErrorResponse};
use ::oauth2::http::header::{ACCEPT, CONTENT_TYPE};
use ::oauth2::http::{HeaderValue, Method, Request};
use ::oauth2::url::Url;
use ::oauth2::{AsyncHttpClient, HttpRequest, HttpResponse, SyncHttpClient};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::convert::Infallible;
use core::fmt;

/// Why a ready call of a provider's module (such as [`qq::me`](crate::qq::me)) has no answer.
/// It shows what went wrong as the error it wraps does (`Display` and `source()` are the
/// wrapped error's), and no secret: the request's are taken out of the HTTP client's errors.
#[non_exhaustive]
pub enum CallError<P: Provider, E = Infallible> {
    /// The provider answered an error.
    Provider(Box<ProviderErrorResponse<P>>),
    /// The answer is neither what was asked for nor an error of the provider.
    Answer(ParseError),
    /// The HTTP client failed, or the answer was a redirect.
    Http(AdapterError<E>),
}

impl<P: Provider, E> CallError<P, E> {
    /// The provider's error, when it answered one.
    #[must_use]
    pub fn provider(&self) -> Option<&ProviderErrorResponse<P>> {
        match self {
            CallError::Provider(error) => Some(error),
            _ => None,
        }
    }
}

impl<P: Provider, E> fmt::Display for CallError<P, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => fmt::Display::fmt(error, f),
            CallError::Answer(error) => fmt::Display::fmt(error, f),
            CallError::Http(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl<P: Provider, E: fmt::Debug> fmt::Debug for CallError<P, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => f.debug_tuple("Provider").field(error).finish(),
            CallError::Answer(error) => f.debug_tuple("Answer").field(error).finish(),
            CallError::Http(error) => f.debug_tuple("Http").field(error).finish(),
        }
    }
}

impl<P: Provider, E: fmt::Debug> core::error::Error for CallError<P, E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            CallError::Http(error) => core::error::Error::source(error),
            CallError::Provider(_) | CallError::Answer(_) => None,
        }
    }
}

/// The URL of a ready call beside `client`'s token endpoint: its URL with the end of its path
/// `token_path` replaced by `path` (a client pointed elsewhere, at a proxy or a test server,
/// calls there too); its path replaced by `documented`'s when it does not end so; no query.
pub(crate) fn beside_token_url<P: Provider>(
    client: &super::ReadyClient<P>,
    token_path: &str,
    path: &str,
    documented: &str,
) -> Url {
    let mut url = client.token_uri().url().clone();
    let beside = url
        .path()
        .strip_suffix(token_path)
        .map(|base| alloc::format!("{base}{path}"));
    if let Some(beside) = beside {
        url.set_path(&beside);
    } else {
        url.set_path(Url::parse(documented).expect("a valid URL").path());
    }
    url.set_query(None);
    url
}

/// A `GET` of `url`, asking for JSON, with `headers`.
pub(crate) fn get_request(url: &Url, headers: &[(&'static str, &str)]) -> HttpRequest {
    let mut request = Request::new(Vec::new());
    *request.method_mut() = Method::GET;
    *request.uri_mut() = url.as_str().parse().unwrap_or_default();
    request
        .headers_mut()
        .insert(ACCEPT, HeaderValue::from_static("application/json"));
    for &(name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value) {
            request.headers_mut().insert(name, value);
        }
    }
    request
}

/// `path` beside a client's token endpoint `token`: its URL with `suffix` (the end of the
/// token endpoint's path) replaced by `path`, without a query, so that a ready call goes where
/// the client was pointed (Douyin's `/oauth/access_token/` → `/oauth/userinfo/`); `default`
/// (the documented URL) when the token endpoint's path does not end with `suffix`.
#[cfg_attr(not(any(feature = "douyin", feature = "baidu")), allow(dead_code))]
pub(crate) fn beside_token(token: &Url, suffix: &str, path: &str, default: &str) -> Url {
    let mut url = token.clone();
    match url.path().strip_suffix(suffix) {
        Some(base) => {
            let path = alloc::format!("{base}{path}");
            url.set_path(&path);
            url.set_query(None);
            url.set_fragment(None);
            url
        }
        None => Url::parse(default).expect("a valid URL"),
    }
}

/// A `POST` of `url` with `fields` as a JSON object of strings, asking for JSON.
#[cfg_attr(not(feature = "douyin"), allow(dead_code))]
pub(crate) fn post_json_request(url: &Url, fields: &[(&str, &str)]) -> HttpRequest {
    let object: serde_json::Map<alloc::string::String, serde_json::Value> = fields
        .iter()
        .map(|&(name, value)| (name.into(), serde_json::Value::String(value.into())))
        .collect();
    // A map of strings is always JSON.
    let body = serde_json::to_vec(&object).unwrap_or_default();
    let mut request = get_request(url, &[]);
    *request.method_mut() = Method::POST;
    request.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    *request.body_mut() = body;
    request
}

/// Sends `request` with `http`; its errors without the request's secrets, a redirect refused.
pub(crate) fn send<P: Provider, C: SyncHttpClient>(
    http: &C,
    request: HttpRequest,
) -> Result<HttpResponse, CallError<P, C::Error>> {
    let secrets = Secrets::of(&request);
    let response = http.call(request).map_err(|error| {
        CallError::Http(AdapterError::Transport(TransportError::new(
            error, &secrets,
        )))
    })?;
    refuse_redirects(response)
}

/// Sends `request` with the async `http`, as [`send`] does.
pub(crate) async fn send_async<'c, P: Provider, C: AsyncHttpClient<'c>>(
    http: &'c C,
    request: HttpRequest,
) -> Result<HttpResponse, CallError<P, C::Error>> {
    let secrets = Secrets::of(&request);
    let response = http.call(request).await.map_err(|error| {
        CallError::Http(AdapterError::Transport(TransportError::new(
            error, &secrets,
        )))
    })?;
    refuse_redirects(response)
}

fn refuse_redirects<P: Provider, E>(
    response: HttpResponse,
) -> Result<HttpResponse, CallError<P, E>> {
    let status = response.status();
    if status.is_redirection() {
        return Err(CallError::Http(AdapterError::Redirect {
            status: status.as_u16(),
        }));
    }
    Ok(response)
}

/// The fields of an answer that `endpoint` gave: its success's, or the provider's error.
pub(crate) fn read<P: Provider, E>(
    response: &HttpResponse,
    endpoint: Endpoint,
) -> Result<Fields, CallError<P, E>> {
    let body = response.body();
    if body.len() > MAX_BODY_LEN {
        return Err(CallError::Answer(ParseError::TooLarge { len: body.len() }));
    }
    let text = core::str::from_utf8(body).map_err(|_| {
        CallError::Answer(ParseError::Malformed {
            detail: "the body is not UTF-8".into(),
        })
    })?;
    read_text(text).map_err(|error| match error {
        CallError::Provider(error) => CallError::Provider(Box::new(with_headers(
            error.at(endpoint),
            response.headers(),
        ))),
        other => other,
    })
}

/// The fields of an answer's body `text`: its success's, or the provider's error (answered
/// where is not known). What a ready call's answer type parses a body with.
pub(crate) fn read_text<P: Provider, E>(text: &str) -> Result<Fields, CallError<P, E>> {
    let answer =
        fields(text, P::FORMAT.jsonp, P::FORMAT.form_urlencoded).map_err(CallError::Answer)?;
    match ProviderErrorResponse::<P>::from_fields(&answer) {
        Ok(error) => Err(CallError::Provider(Box::new(error))),
        Err(_) => Ok(answer),
    }
}

#[cfg(test)]
mod tests {
    use super::beside_token;
    use ::oauth2::url::Url;
    use alloc::borrow::ToOwned;

    #[test]
    fn ready_calls_go_beside_the_token_endpoint() {
        let beside = |token: &str| {
            let token = Url::parse(token).unwrap();
            beside_token(
                &token,
                "/oauth/access_token/",
                "/oauth/userinfo/",
                "https://open.douyin.com/oauth/userinfo/",
            )
            .as_str()
            .to_owned()
        };
        assert_eq!(
            beside("https://open.douyin.com/oauth/access_token/"),
            "https://open.douyin.com/oauth/userinfo/"
        );
        // A client pointed at another host, under a path of its own.
        assert_eq!(
            beside("http://127.0.0.1:8080/douyin/oauth/access_token/?x=1"),
            "http://127.0.0.1:8080/douyin/oauth/userinfo/"
        );
        // A token endpoint of another shape: the documented URL.
        assert_eq!(
            beside("https://proxy.example/token"),
            "https://open.douyin.com/oauth/userinfo/"
        );
    }
}
