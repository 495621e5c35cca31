//! The `oauth2` crate's side: [`HttpClient`], the adapter that speaks a [`Provider`]'s dialect
//! (what it rewrites is said there); [`Client`], a provider's `oauth2` client; the token fields
//! providers add; the authorization URL as a provider wants it.

use crate::response::{Fields, MAX_BODY_LEN, ParseError, fields};
use crate::{ErrorResponse, Provider};
use ::oauth2::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use ::oauth2::http::{Method, Request, Response, StatusCode, Uri};
use ::oauth2::url::Url;
use ::oauth2::{AsyncHttpClient, HttpRequest, HttpResponse, SyncHttpClient};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use serde_json::Value;

/// An `oauth2` HTTP client that speaks provider `P`'s dialect; [`weibo::HttpClient`](crate::weibo::HttpClient),
/// [`qq::HttpClient`](crate::qq::HttpClient) and [`wechat::HttpClient`](crate::wechat::HttpClient)
/// name the provider.
///
/// It wraps any client `C` that `oauth2` accepts (blocking or async: a function, a closure, a
/// `reqwest` or `ureq` client). `oauth2` sends a token request as a `POST` of form parameters,
/// reads an error from a response with a status other than 200 and a JSON body, and a token
/// from a 200 response with a JSON body that has a `token_type`. Providers differ: QQ and
/// WeChat take the token request as a `GET`, WeChat names the credentials `appid` and `secret`;
/// QQ and WeChat answer errors with 200, QQ as JSONP or url-encoded pairs, WeChat with
/// `Content-Type: text/plain`; their tokens have no `token_type`, QQ's are url-encoded. By the
/// provider's [`WireFormat`](crate::WireFormat), the adapter rewrites the token and refresh
/// requests on their way out (see [`TokenRequest`](crate::TokenRequest)) and what comes back:
/// an error becomes status 400 (unless it already is an error status) with the provider's
/// error response as JSON; a token becomes JSON, with `"token_type":"bearer"` when there is
/// none, `expires_in` as a number and a comma-separated `scope` as a space-separated one.
/// Anything else passes through as it came.
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
        self.inner
            .call(token_request::<P>(request))
            .map(standardize::<P>)
    }
}

impl<'c, C: AsyncHttpClient<'c>, P: Provider> AsyncHttpClient<'c> for HttpClient<C, P> {
    type Error = C::Error;
    type Future = Standardized<C::Future, P>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Standardized {
            inner: Box::pin(self.inner.call(token_request::<P>(request))),
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
            .map(|result| result.map(standardize::<P>))
    }
}

/// The `oauth2` client of provider `P`: token errors are [`ErrorResponse<P>`], tokens
/// `TR` (by default a standard token with the provider's other fields in [`TokenFields`]);
/// otherwise `oauth2::basic::BasicClient`. Use it with [`HttpClient`]; the shipped providers'
/// ready clients (`weibo::client`, `qq::client`, `wechat::client`) are set up with their
/// endpoints and credentials as each provider wants them.
pub type Client<
    P,
    TR = ::oauth2::StandardTokenResponse<TokenFields, ::oauth2::basic::BasicTokenType>,
    HasAuthUrl = ::oauth2::EndpointNotSet,
    HasDeviceAuthUrl = ::oauth2::EndpointNotSet,
    HasIntrospectionUrl = ::oauth2::EndpointNotSet,
    HasRevocationUrl = ::oauth2::EndpointNotSet,
    HasTokenUrl = ::oauth2::EndpointNotSet,
> = ::oauth2::Client<
    ErrorResponse<P>,
    TR,
    ::oauth2::basic::BasicTokenIntrospectionResponse,
    ::oauth2::StandardRevocableToken,
    ::oauth2::basic::BasicRevocationErrorResponse,
    HasAuthUrl,
    HasDeviceAuthUrl,
    HasIntrospectionUrl,
    HasRevocationUrl,
    HasTokenUrl,
>;

/// A client with an authorization and a token endpoint: what the ready clients return.
pub type ReadyClient<P, TR> = Client<
    P,
    TR,
    ::oauth2::EndpointSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointSet,
>;

/// The `oauth2` client of provider `P` with its endpoints, its credentials sent as parameters
/// (`AuthType::RequestBody`, as Weibo, QQ and WeChat take them) and the redirect URI: what the
/// ready clients are made with.
pub(crate) fn ready_client<P: Provider, TR: ::oauth2::TokenResponse>(
    client_id: ::oauth2::ClientId,
    client_secret: ::oauth2::ClientSecret,
    redirect_uri: ::oauth2::RedirectUrl,
    authorize: &'static str,
    token: &'static str,
) -> ReadyClient<P, TR> {
    // The URLs are the providers' documented constants; a test parses each.
    let auth_url = ::oauth2::AuthUrl::new(authorize.to_owned()).expect("a valid URL");
    let token_url = ::oauth2::TokenUrl::new(token.to_owned()).expect("a valid URL");
    ::oauth2::Client::new(client_id)
        .set_client_secret(client_secret)
        .set_auth_type(::oauth2::AuthType::RequestBody)
        .set_auth_uri(auth_url)
        .set_token_uri(token_url)
        .set_redirect_uri(redirect_uri)
}

/// The authorization URL as provider `P` wants it: the URL the `oauth2` client builds, with
/// the parameters renamed and ordered and the fragment added as its
/// [`AuthorizeRequest`](crate::AuthorizeRequest) says (a standard one is returned unchanged).
///
/// ```
/// use oauth2::url::Url;
/// use oauth_errors::wechat::Wechat;
///
/// let built = Url::parse("https://open.weixin.qq.com/connect/qrconnect?response_type=code&client_id=wx1&state=s1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&scope=snsapi_login")?;
/// assert_eq!(
///     oauth_errors::authorize_url::<Wechat>(&built).as_str(),
///     "https://open.weixin.qq.com/connect/qrconnect?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_login&state=s1#wechat_redirect"
/// );
/// # Ok::<(), oauth2::url::ParseError>(())
/// ```
#[must_use]
pub fn authorize_url<P: Provider>(url: &Url) -> Url {
    let request = P::FORMAT.authorize;
    if request.is_standard() {
        return url.clone();
    }
    let mut pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| (renamed(request.rename, &name), value.into_owned()))
        .collect();
    // A stable sort: the ordered parameters first, the others as they came.
    pairs.sort_by_key(|(name, _)| {
        request
            .order
            .iter()
            .position(|ordered| ordered == name)
            .unwrap_or(request.order.len())
    });
    let mut url = url.clone();
    url.query_pairs_mut().clear().extend_pairs(&pairs);
    if let Some(fragment) = request.fragment {
        url.set_fragment(Some(fragment));
    }
    url
}

/// `name`, renamed as `rename` says.
fn renamed(rename: &[(&str, &str)], name: &str) -> String {
    rename
        .iter()
        .find(|(from, _)| *from == name)
        .map_or(name, |(_, to)| to)
        .to_owned()
}

/// The token request as provider `P` takes it: a token or refresh request (a form with a
/// `grant_type`) rewritten as its [`TokenRequest`](crate::TokenRequest) says; any other request
/// as it is.
fn token_request<P: Provider>(request: HttpRequest) -> HttpRequest {
    let format = P::FORMAT.token;
    if format.is_standard() || request.method() != Method::POST {
        return request;
    }
    let form = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    if !form {
        return request;
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(request.body())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let Some(grant_type) = pairs
        .iter()
        .find_map(|(name, value)| (name == "grant_type").then(|| value.clone()))
    else {
        return request;
    };
    let refresh = grant_type == "refresh_token";
    let pairs: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(name, _)| {
            let name = name.as_str();
            let omitted =
                format.omit.contains(&name) || (refresh && format.omit_on_refresh.contains(&name));
            !omitted
        })
        .map(|(name, value)| (renamed(format.rename, &name), value))
        .collect();
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&pairs)
        .finish();
    let (mut parts, _) = request.into_parts();
    if refresh && let Some(path) = format.refresh_path {
        let mut uri = parts.uri.clone().into_parts();
        let query = uri.path_and_query.as_ref().and_then(|path| path.query());
        let path = match query {
            Some(query) => alloc::format!("{path}?{query}"),
            None => path.to_owned(),
        };
        if let Ok(path) = path.parse() {
            uri.path_and_query = Some(path);
            if let Ok(uri) = Uri::from_parts(uri) {
                parts.uri = uri;
            }
        }
    }
    if format.json {
        let object: serde_json::Map<String, Value> = pairs
            .into_iter()
            .map(|(name, value)| (name, Value::String(value)))
            .collect();
        parts.headers.remove(CONTENT_LENGTH);
        parts.headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        let body = serde_json::to_vec(&object).unwrap_or_default();
        return Request::from_parts(parts, body);
    }
    if !format.get {
        parts.headers.remove(CONTENT_LENGTH);
        return Request::from_parts(parts, encoded.into_bytes());
    }
    let uri = parts.uri.to_string();
    let separator = if parts.uri.query().is_some() {
        '&'
    } else {
        '?'
    };
    let Ok(uri) = alloc::format!("{uri}{separator}{encoded}").parse::<Uri>() else {
        return Request::from_parts(parts, Vec::new());
    };
    parts.method = Method::GET;
    parts.uri = uri;
    parts.headers.remove(CONTENT_TYPE);
    parts.headers.remove(CONTENT_LENGTH);
    // Credentials in the query, not in a header too.
    if format.rename.iter().any(|(from, _)| *from == "client_id") {
        parts.headers.remove(AUTHORIZATION);
    }
    Request::from_parts(parts, Vec::new())
}

/// Rewrites an error or a token as `oauth2` expects them; returns anything else as it is.
fn standardize<P: Provider>(response: HttpResponse) -> HttpResponse {
    let body = response.body();
    if body.len() > MAX_BODY_LEN {
        return response;
    }
    let Ok(text) = core::str::from_utf8(body) else {
        return response;
    };
    let format = P::FORMAT;
    let Ok(fields) = fields(text, format.jsonp, format.form_urlencoded) else {
        return response;
    };
    let (status, json) = match ErrorResponse::<P>::from_fields(&fields) {
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
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    Response::from_parts(parts, json)
}

/// A token response as JSON, with a `token_type`, a numeric `expires_in` and a space-separated
/// `scope`.
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
    if let Some(Value::String(scope)) = object.get_mut("scope") {
        *scope = scope
            .split([',', ' '])
            .filter(|scope| !scope.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    Value::Object(object)
}

/// The fields a provider's token response has besides RFC 6749's, as they were sent: Weibo's
/// `uid`, WeChat's `openid` and `unionid`. Numbers and booleans are kept as written, objects and
/// arrays as JSON text.
///
/// The `oauth2` token type's extra fields: see [`Client`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TokenFields(BTreeMap<String, String>);

impl TokenFields {
    /// The field `name`, as it was sent.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Every field, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }
}

impl ::oauth2::ExtraTokenFields for TokenFields {}

/// As a map of strings.
impl serde::Serialize for TokenFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(&self.0)
    }
}

/// From a map (the fields `oauth2`'s token type leaves over).
impl<'de> serde::Deserialize<'de> for TokenFields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = <BTreeMap<String, Value> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(TokenFields(
            map.into_iter()
                .filter_map(|(name, value)| {
                    let text = match value {
                        Value::Null => return None,
                        Value::String(text) => text,
                        other => other.to_string(),
                    };
                    Some((name, text))
                })
                .collect(),
        ))
    }
}

/// A provider's token fields with named accessors: a newtype of [`TokenFields`] that is the
/// `oauth2` token type's extra fields.
macro_rules! token_fields {
    (
        $(#[$attr:meta])*
        pub struct $name:ident { $( $(#[$field_doc:meta])* $field:ident ),* $(,)? }
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(crate::TokenFields);

        impl $name {
            $(
                $(#[$field_doc])*
                #[must_use]
                pub fn $field(&self) -> Option<&str> {
                    self.0.field(stringify!($field))
                }
            )*

            /// Any field, as it was sent.
            #[must_use]
            pub fn field(&self, name: &str) -> Option<&str> {
                self.0.field(name)
            }
        }

        impl ::oauth2::ExtraTokenFields for $name {}

        /// As a map of strings.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(serializer)
            }
        }

        /// From a map (the fields `oauth2`'s token type leaves over).
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::TokenFields::deserialize(deserializer).map($name)
            }
        }
    };
}

pub(crate) use token_fields;

/// The `oauth2` types of a shipped provider's module: `Client` (with its endpoint states),
/// `ReadyClient` and `HttpClient`, for provider `$provider` named `$name`, whose tokens are the
/// module's `TokenResponse`; `$adapter` says what its `HttpClient` does.
macro_rules! login_types {
    ($provider:ident, $name:literal, $adapter:literal) => {
        #[doc = concat!(
            "The `oauth2` client of ", $name, ": its token errors are \
             [`ErrorResponse`](super::ErrorResponse), its tokens [`TokenResponse`]. [`client`] \
             makes one ready to use."
        )]
        pub type Client<
            HasAuthUrl = oauth2::EndpointNotSet,
            HasDeviceAuthUrl = oauth2::EndpointNotSet,
            HasIntrospectionUrl = oauth2::EndpointNotSet,
            HasRevocationUrl = oauth2::EndpointNotSet,
            HasTokenUrl = oauth2::EndpointNotSet,
        > = crate::Client<
            $provider,
            TokenResponse,
            HasAuthUrl,
            HasDeviceAuthUrl,
            HasIntrospectionUrl,
            HasRevocationUrl,
            HasTokenUrl,
        >;

        #[doc = concat!(
            "The client [`client`] returns: ", $name, "'s, with its authorization and token \
             endpoints set."
        )]
        pub type ReadyClient = crate::ReadyClient<$provider, TokenResponse>;

        #[doc = concat!(
            "An `oauth2` HTTP client adapter for ", $name, ": wraps any `oauth2` HTTP client ",
            $adapter, " (see [`crate::HttpClient`])."
        )]
        pub type HttpClient<C> = crate::HttpClient<C, $provider>;
    };
}

pub(crate) use login_types;

#[cfg(test)]
mod tests {
    use super::{standardize, token_request};
    use crate::{qq::Qq, wechat::Wechat, weibo::Weibo};
    use ::oauth2::HttpResponse;
    use ::oauth2::http::header::CONTENT_TYPE;
    use ::oauth2::http::{Request, Response};
    use alloc::string::ToString;
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
        let standard = standardize::<Qq>(response(200, body));
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
        let standard = standardize::<Weibo>(response(500, b"{\"error_code\":21331}"));
        assert_eq!(standard.status(), 500);
        assert_eq!(json(&standard), serde_json::json!({"error_code": 21331}));
        // WeChat: status 200, text/plain.
        let body = br#"{"errcode":40029,"errmsg":"invalid code, rid: 63106779-282330ba-5d5deaf3"}"#;
        let standard = standardize::<Wechat>(response(200, body));
        assert_eq!(standard.status(), 400);
        assert_eq!(
            json(&standard),
            serde_json::json!({"errcode": 40029, "errmsg": "invalid code, rid: 63106779-282330ba-5d5deaf3"})
        );
    }

    #[test]
    fn tokens_get_a_token_type_a_numeric_expiry_and_spaced_scopes() {
        let body = b"access_token=A&expires_in=7776000&refresh_token=R";
        let standard = standardize::<Qq>(response(200, body));
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
        let standard = standardize::<Weibo>(response(200, body));
        assert_eq!(json(&standard)["token_type"], "mac");
        let body = br#"{"access_token":"A","scope":"snsapi_base,snsapi_userinfo","openid":"o"}"#;
        let standard = standardize::<Wechat>(response(200, body));
        assert_eq!(json(&standard)["scope"], "snsapi_base snsapi_userinfo");
    }

    #[test]
    fn anything_else_passes_through() {
        for body in [
            &b"<html>502</html>"[..],
            b"\xff\xfe not UTF-8",
            b"callback( {\"client_id\":\"1\",\"openid\":\"2\"} );",
            b"",
        ] {
            let standard = standardize::<Qq>(response(200, body));
            assert_eq!(standard.status(), 200);
            assert_eq!(standard.headers()[CONTENT_TYPE], "text/html");
            assert_eq!(standard.body(), body);
        }
        let huge: Vec<u8> = b"error=1&".repeat(crate::MAX_BODY_LEN);
        let standard = standardize::<Qq>(response(200, &huge));
        assert_eq!(standard.status(), 200);
        assert_eq!(standard.body().len(), huge.len());
    }

    fn form(uri: &str, body: &str) -> oauth2::HttpRequest {
        Request::post(uri)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body.as_bytes().to_vec())
            .unwrap()
    }

    #[test]
    fn token_requests_as_the_providers_take_them() {
        let body = "grant_type=authorization_code&code=C&redirect_uri=https%3A%2F%2Fa.example%2Fcb&client_id=wx1&client_secret=S";
        // WeChat: a GET with `appid` and `secret`, no redirect URI.
        let request = token_request::<Wechat>(form(
            "https://api.weixin.qq.com/sns/oauth2/access_token",
            body,
        ));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            request.uri().to_string(),
            "https://api.weixin.qq.com/sns/oauth2/access_token?grant_type=authorization_code&code=C&appid=wx1&secret=S"
        );
        assert!(request.body().is_empty());
        assert!(request.headers().get(CONTENT_TYPE).is_none());
        // WeChat's refresh takes no secret.
        let refresh = "grant_type=refresh_token&refresh_token=R&client_id=wx1&client_secret=S";
        let request = token_request::<Wechat>(form(
            "https://api.weixin.qq.com/sns/oauth2/access_token",
            refresh,
        ));
        assert_eq!(
            request.uri().to_string(),
            "https://api.weixin.qq.com/sns/oauth2/refresh_token?grant_type=refresh_token&refresh_token=R&appid=wx1"
        );
        // QQ: a GET with the parameters as they are.
        let request = token_request::<Qq>(form("https://graph.qq.com/oauth2.0/token", body));
        assert_eq!(request.method(), "GET");
        assert_eq!(request.uri().query(), Some(body));
        // Weibo: RFC 6749's POST, unchanged.
        let request =
            token_request::<Weibo>(form("https://api.weibo.com/oauth2/access_token", body));
        assert_eq!(request.method(), "POST");
        assert_eq!(request.body(), body.as_bytes());
        // A request that is not a token request passes through.
        let request = token_request::<Wechat>(form("https://a.example/revoke", "token=T"));
        assert_eq!(request.method(), "POST");
        assert_eq!(request.body(), b"token=T");
    }
}
