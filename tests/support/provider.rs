//! Fake Weibo, QQ, WeChat, Alipay, Taobao, DingTalk, WeCom and Feishu (and Lark) on loopback: a real HTTP
//! server (`tiny_http`) that answers the login endpoints as the providers do, checks that each
//! request carries the parameters the provider documents where it documents them, and records
//! every request for the tests to assert; a real blocking HTTP client (`ureq`) for the `oauth2`
//! crate; and [`Routed`], which sends a client's `https://` requests to the fakes, the host as
//! the first segment of the path.
//!
//! | path | answers |
//! | --- | --- |
//! | `/weibo/oauth2/authorize`, `/qq/oauth2.0/authorize`, `/connect/qrconnect` | 302 to the redirect URI with `code=good` and the state |
//! | `/weibo/oauth2/access_token` (`POST`, form) | `code=good`: a JSON token with `uid`; `used`: 400 `invalid_grant` 21325; other: 400 21301 |
//! | `/weibo/2/users/show.json` | `access_token=expired`: 401 `expired_token` 21327; the good token: the user |
//! | `/qq/oauth2.0/token` (`GET`) | `code=good`: a url-encoded token (JSON with `fmt=json`); `used`: JSONP 100020; `bad`: url-encoded 100019; other: JSON 100013; `refresh_token=R1`: a new token |
//! | `/qq/oauth2.0/me` | the good token: JSONP `client_id` and `openid` (and `unionid` with `unionid=1`); other: JSONP 100016 |
//! | `/qq/user/get_user_info` | 200 `{"ret":100030,…}` |
//! | `/sns/oauth2/access_token` (`GET`) | `code=good`: a `text/plain` JSON token; `used`: 40163 with a `rid`; other: 40029 |
//! | `/sns/oauth2/refresh_token` (`GET`) | a token |
//! | `/sns/userinfo` | 40003 `invalid openid` |
//! | `/accounts.feishu.cn/open-apis/authen/v1/authorize` (and Lark's host) | 302, as above |
//! | `/open.feishu.cn/open-apis/authen/v2/oauth/token` (`POST`, JSON; and Lark's host) | `code=good` or the refresh token: Feishu's example token; another refresh token: 400 20073; `used`: 400 20065; other: 500 20050; errors with `x-tt-logid` |
//! | `/open.feishu.cn/open-apis/authen/v1/user_info` (and Lark's host) | `Bearer` the good token: the user in `data`; `Bearer limited`: 429 99991400 with `x-ogw-ratelimit-reset`; other: 200 20005 |
//! | `/login.dingtalk.com/oauth2/auth` | 302 to the redirect URI with `authCode=good` and the state |
//! | `/api.dingtalk.com/v1.0/oauth2/userAccessToken` (`POST`, JSON, camelCase) | `code=good` or the refresh token: DingTalk's example token; another refresh token: 400; other: 400 `invalidParameter.authCode.notFound` |
//! | `/api.dingtalk.com/v1.0/contact/users/me` | header `x-acs-dingtalk-access-token` `abcd`: the user; `no-contact-permission`: 403; none: 400 `AuthenticationFailed.MissingParameter`; other: 400 `InvalidAuthentication` |
//! | `/oapi.dingtalk.com/topapi/v2/user/get` | 200 errcode 88, `sub_code` 40014 |
//! | `/login.work.weixin.qq.com/wwlogin/sso/login`, `/open.weixin.qq.com/connect/oauth2/authorize` | 302, as above |
//! | `/qyapi.weixin.qq.com/cgi-bin/gettoken` (`GET`) | `WWCorpId` and `wecom secret`: WeCom's example token; other: 60020 |
//! | `/qyapi.weixin.qq.com/cgi-bin/auth/getuserinfo` (`GET`) | the good token and `code=good`: a member; `outsider`: a non-member; other code: 40029; other token: 42001 |
//! | `/platform/oauth/connect/` | Douyin's authorization: 302, as above |
//! | `/oauth/access_token/`, `/oauth/refresh_token/` (`POST`, form) | Douyin's example tokens in `data`; `used`: 10007; other: its error example 2100005; a bad refresh token: 10010 |
//! | `/oauth/userinfo/` (`POST`, JSON) | Douyin's example user for the example token; other: 28001008 |
//! | `/oauth/2.0/authorize` | Baidu's authorization: 302, as above |
//! | `/oauth/2.0/token` (`GET`) | Baidu's example tokens; `used`: 400 `invalid_grant`; a used refresh token: 400 `expired_token` |
//! | `/rest/2.0/passport/users/getInfo` | Baidu's example user for the example token; other: 111 |
//! | `/sns/jscode2session` (`GET`) | `js_code=good`: WeChat's example session; `used`: 40163; `blocked`: 40226; other: 40029 |
//!
//! WeChat, Douyin, Baidu and the mini-program login are served at their own paths (WeChat's and
//! Douyin's refresh endpoints are paths of the token endpoint's host; the ready calls' URLs are
//! the providers' own, which [`rerouted`] sends here). A request without the documented
//! parameters, or with others, is answered with an error of the provider that says so (and is
//! recorded like any other).

pub mod alipay;
mod baidu;
mod camel;
mod dingtalk;
mod douyin;
mod feishu;
mod miniprogram;
mod qq;
mod taobao;
mod wechat;
mod wecom;
mod weibo;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub use baidu::{BAIDU_REFRESH_TOKEN, BAIDU_TOKEN};
pub use douyin::{DOUYIN_REFRESH_TOKEN, DOUYIN_TOKEN};

/// The access token the fake providers issue.
pub const GOOD_TOKEN: &str = "2.00SYHrbHGD8YEEadf1c7b02cDjFsJE";

/// One request the fake providers received.
#[derive(Clone, Debug, Default)]
pub struct Received {
    /// `GET`, `POST`.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query's pairs, in order.
    pub query: Vec<(String, String)>,
    /// The url-encoded body's pairs, in order.
    pub form: Vec<(String, String)>,
    /// The JSON body's string fields, in order.
    pub json: Vec<(String, String)>,
    /// The `Authorization` header.
    pub authorization: Option<String>,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// Every header, names in lower case, in order.
    pub headers: Vec<(String, String)>,
}

impl Received {
    /// The query parameter `key`.
    #[must_use]
    pub fn query(&self, key: &str) -> Option<&str> {
        value(&self.query, key)
    }

    /// The form parameter `key`.
    #[must_use]
    pub fn form(&self, key: &str) -> Option<&str> {
        value(&self.form, key)
    }

    /// The names of the query parameters, sorted.
    #[must_use]
    pub fn query_keys(&self) -> Vec<&str> {
        keys(&self.query)
    }

    /// The JSON body's field `key`.
    #[must_use]
    pub fn json(&self, key: &str) -> Option<&str> {
        value(&self.json, key)
    }

    /// The names of the JSON body's fields, sorted.
    #[must_use]
    pub fn json_keys(&self) -> Vec<&str> {
        keys(&self.json)
    }

    /// The names of the form parameters, sorted.
    #[must_use]
    pub fn form_keys(&self) -> Vec<&str> {
        keys(&self.form)
    }

    /// The header `name` (in any case).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        value(&self.headers, &name.to_ascii_lowercase())
    }
}

/// The value of the first pair named `key`.
#[must_use]
pub fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find_map(|(name, value)| (name == key).then_some(value.as_str()))
}

fn keys(pairs: &[(String, String)]) -> Vec<&str> {
    let keys: BTreeSet<&str> = pairs.iter().map(|(name, _)| name.as_str()).collect();
    keys.into_iter().collect()
}

/// An answer: status, `Content-Type`, body, a `Location` for redirects, and other headers.
pub(super) struct Answer {
    status: u16,
    content_type: &'static str,
    body: String,
    location: Option<String>,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    /// The same answer, with the header `name`.
    pub(super) fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Answer {
        self.headers.push((name, value.into()));
        self
    }
}

pub(super) const JSON: &str = "application/json;charset=UTF-8";
pub(super) const TEXT: &str = "text/html;charset=utf-8";
pub(super) const PLAIN: &str = "text/plain";

pub(super) fn answer(status: u16, content_type: &'static str, body: impl Into<String>) -> Answer {
    Answer {
        status,
        content_type,
        body: body.into(),
        location: None,
        headers: Vec::new(),
    }
}

/// What a fake provider answers `request`: the first provider whose paths it is for, else 404.
fn respond(request: &Received) -> Answer {
    [
        alipay::respond,
        camel::respond,
        taobao::respond,
        weibo::respond,
        qq::respond,
        wechat::respond,
        feishu::respond,
        dingtalk::respond,
        wecom::respond,
        douyin::respond,
        baidu::respond,
        miniprogram::respond,
        redirect,
        canned,
    ]
    .iter()
    .find_map(|respond| respond(request))
    .unwrap_or_else(|| answer(404, TEXT, "not found"))
}

/// `/redirect?to=URL&status=307`: a redirect to `URL`, as a token endpoint that an attacker
/// controls (or that was misconfigured) may answer.
fn redirect(request: &Received) -> Option<Answer> {
    let path = request.path.strip_prefix("/redirect")?;
    let to = request.query("to")?;
    let status = request
        .query("status")
        .and_then(|status| status.parse().ok())
        .unwrap_or(302);
    Some(Answer {
        location: Some(format!("{to}{path}")),
        ..answer(status, TEXT, "")
    })
}

/// `/canned?status=200&type=json&body=…`: the answer the test asks for (`type` `json`,
/// `text` or `plain`; `status` 200 by default), whatever was sent, as a provider that answers
/// something unexpected (or an attacker's) does.
fn canned(request: &Received) -> Option<Answer> {
    if request.path != "/canned" {
        return None;
    }
    let status = request
        .query("status")
        .and_then(|status| status.parse().ok())
        .unwrap_or(200);
    let content_type = match request.query("type") {
        Some("text") => TEXT,
        Some("plain") => PLAIN,
        _ => JSON,
    };
    Some(answer(
        status,
        content_type,
        request.query("body").unwrap_or_default(),
    ))
}

/// The URL of `/canned` on `base`, answering `body` with `status`.
#[must_use]
pub fn canned_url(base: &str, status: u16, body: &str) -> String {
    let body: String = oauth2::url::form_urlencoded::byte_serialize(body.as_bytes()).collect();
    format!("{base}/canned?status={status}&body={body}")
}

/// Whether `pairs` are exactly the parameters `expected`, sent as the provider wants them
/// (`placed`), and what is wrong if not (`otherwise`, when they are misplaced).
pub(super) fn exactly(
    pairs: &[(String, String)],
    expected: &[&str],
    placed: bool,
    otherwise: &str,
) -> Result<(), String> {
    let got = keys(pairs);
    let mut want: Vec<&str> = expected.to_vec();
    want.sort_unstable();
    if got != want {
        return Err(format!("expected the parameters {want:?}, got {got:?}"));
    }
    if placed {
        Ok(())
    } else {
        Err(otherwise.to_owned())
    }
}

/// An authorization endpoint: a `GET` with `expected` in the query, answered with a redirect
/// to the redirect URI with `code=good` and the state.
pub(super) fn authorize(request: &Received, client: &str, expected: &[&str]) -> Answer {
    authorize_as(request, client, expected, "code")
}

/// [`authorize`], the code in the parameter `code` of the redirect (DingTalk's `authCode`).
pub(super) fn authorize_as(
    request: &Received,
    client: &str,
    expected: &[&str],
    code: &str,
) -> Answer {
    let mut expected = expected.to_vec();
    if request.query("scope").is_some() && !expected.contains(&"scope") {
        expected.push("scope");
    }
    let client = request.query(client).unwrap_or_default();
    let placed = request.method == "GET" && !client.is_empty();
    let checked = exactly(
        &request.query,
        &expected,
        placed,
        "expected a GET with the app's id",
    );
    match checked {
        Ok(()) => {
            let redirect = request.query("redirect_uri").unwrap_or_default();
            let state = request.query("state").unwrap_or_default();
            let location = format!("{redirect}?{code}=good&state={state}");
            Answer {
                location: Some(location),
                ..answer(302, TEXT, "")
            }
        }
        Err(problem) => answer(400, TEXT, problem),
    }
}

/// The parameters of RFC 6749's token request, with the client's credentials: of a refresh,
/// or of an authorization code's exchange.
pub(super) fn parameters(refresh: bool) -> &'static [&'static str] {
    if refresh {
        &["grant_type", "client_id", "client_secret", "refresh_token"]
    } else {
        &[
            "grant_type",
            "client_id",
            "client_secret",
            "code",
            "redirect_uri",
        ]
    }
}

/// The fake providers, serving until dropped.
pub struct FakeProviders {
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    base: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl FakeProviders {
    /// Starts the server on a free loopback port.
    ///
    /// # Panics
    ///
    /// When no loopback port can be bound.
    #[must_use]
    pub fn start() -> FakeProviders {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("a loopback port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let serving = Arc::clone(&server);
        let log = Arc::clone(&received);
        let thread = std::thread::spawn(move || {
            for mut request in serving.incoming_requests() {
                let mut body = String::new();
                let _ = request.as_reader().read_to_string(&mut body);
                let (path, query) = request.url().split_once('?').unwrap_or((request.url(), ""));
                let header = |name: &'static str| {
                    request
                        .headers()
                        .iter()
                        .find(|header| header.field.equiv(name))
                        .map(|header| header.value.as_str().to_owned())
                };
                let json_body = body.trim_start().starts_with('{');
                let got = Received {
                    method: request.method().as_str().to_owned(),
                    path: path.to_owned(),
                    query: pairs(query),
                    form: if json_body { Vec::new() } else { pairs(&body) },
                    json: if json_body {
                        json_strings(&body)
                    } else {
                        Vec::new()
                    },
                    authorization: header("Authorization"),
                    content_type: header("Content-Type"),
                    headers: request
                        .headers()
                        .iter()
                        .map(|header| {
                            (
                                header.field.as_str().as_str().to_ascii_lowercase(),
                                header.value.as_str().to_owned(),
                            )
                        })
                        .collect(),
                };
                let answer = respond(&got);
                log.lock().expect("the log").push(got);
                let header = tiny_http::Header::from_bytes("Content-Type", answer.content_type)
                    .expect("a header");
                let mut response = tiny_http::Response::from_string(answer.body)
                    .with_status_code(answer.status)
                    .with_header(header);
                if let Some(location) = answer.location {
                    response.add_header(
                        tiny_http::Header::from_bytes("Location", location).expect("a header"),
                    );
                }
                for (name, value) in answer.headers {
                    response
                        .add_header(tiny_http::Header::from_bytes(name, value).expect("a header"));
                }
                let _ = request.respond(response);
            }
        });
        FakeProviders {
            server,
            thread: Some(thread),
            base: format!("http://127.0.0.1:{port}"),
            received,
        }
    }

    /// The server's address, such as `http://127.0.0.1:40123`.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The URL of `path` on the server.
    #[must_use]
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Every request received so far, in order.
    ///
    /// # Panics
    ///
    /// When the server's thread panicked holding the log.
    #[must_use]
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("the log").clone()
    }

    /// The last request received on `path`.
    ///
    /// # Panics
    ///
    /// When there is none.
    #[must_use]
    pub fn last(&self, path: &str) -> Received {
        self.received()
            .into_iter()
            .rev()
            .find(|received| received.path == path)
            .unwrap_or_else(|| panic!("no request on {path}"))
    }
}

impl Drop for FakeProviders {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The string fields of a JSON object.
fn json_strings(body: &str) -> Vec<(String, String)> {
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(body) {
        Ok(object) => object
            .into_iter()
            .map(|(name, value)| match value {
                serde_json::Value::String(text) => (name, text),
                other => (name, other.to_string()),
            })
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The pairs of a url-encoded string.
fn pairs(encoded: &str) -> Vec<(String, String)> {
    oauth2::url::form_urlencoded::parse(encoded.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// A blocking HTTP client for the `oauth2` crate, on ureq: every status is a response, not an
/// error, and redirects are not followed, as `oauth2` needs.
pub fn ureq_client()
-> impl Fn(oauth2::HttpRequest) -> Result<oauth2::HttpResponse, ureq::Error> + Clone {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    move |request: oauth2::HttpRequest| {
        let response = agent.run(request)?;
        let (parts, mut body) = response.into_parts();
        let body = body.read_to_vec()?;
        Ok(oauth2::http::Response::from_parts(parts, body))
    }
}

/// `GET url` with `client`: the status, the `Location` header and the body.
///
/// # Panics
///
/// When the request fails or `url` is not a URL.
pub fn get(
    client: &impl oauth2::SyncHttpClient<Error = ureq::Error>,
    url: &str,
) -> (u16, Option<String>, String) {
    answered(&client.call(get_request(url)).expect("an answer"))
}

/// The request `GET url`, for any `oauth2` HTTP client.
///
/// # Panics
///
/// When `url` is not a URL.
#[must_use]
pub fn get_request(url: &str) -> oauth2::HttpRequest {
    oauth2::http::Request::get(url)
        .body(Vec::new())
        .expect("a request")
}

/// What a test reads of an answer: the status, the `Location` header and the body.
///
/// # Panics
///
/// When the header or the body is not UTF-8.
#[must_use]
pub fn answered(response: &oauth2::HttpResponse) -> (u16, Option<String>, String) {
    let location = response
        .headers()
        .get("Location")
        .map(|value| value.to_str().expect("a header").to_owned());
    let body = String::from_utf8(response.body().clone()).expect("UTF-8");
    (response.status().as_u16(), location, body)
}

/// `request`, sent to `base` (the fake providers' address) instead of its own origin, with its
/// path and query: how a test points the ready calls, whose URLs are the providers' own, at
/// the fake providers.
///
/// # Panics
///
/// When `base` and the request's path make no URI.
#[must_use]
pub fn rerouted(request: oauth2::HttpRequest, base: &str) -> oauth2::HttpRequest {
    let (mut parts, body) = request.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map_or("/", oauth2::http::uri::PathAndQuery::as_str);
    parts.uri = format!("{base}{path}").parse().expect("a URI");
    oauth2::http::Request::from_parts(parts, body)
}

/// [`ureq_client`], sending every request to `base` instead of its own origin ([`rerouted`]).
pub fn rerouted_ureq_client(
    base: &str,
) -> impl Fn(oauth2::HttpRequest) -> Result<oauth2::HttpResponse, ureq::Error> + Clone {
    let (client, base) = (ureq_client(), base.to_owned());
    move |request| client(rerouted(request, &base))
}

/// The pairs of the query of the redirect back to the app, in their order.
///
/// # Panics
///
/// When `location` has no query.
#[must_use]
pub fn redirected(location: &str) -> Vec<(String, String)> {
    pairs(location.split_once('?').expect("a query").1)
}

/// The `code` and `state` of the redirect back to the app.
///
/// # Panics
///
/// When `location` has no query with both.
#[must_use]
pub fn code_and_state(location: &str) -> (String, String) {
    let pairs = redirected(location);
    (
        value(&pairs, "code").expect("a code").to_owned(),
        value(&pairs, "state").expect("a state").to_owned(),
    )
}

/// An `oauth2` client of a fake provider: the ready client of the provider, its endpoints
/// pointed at the fake server (`authorize` and `token` paths on `base`).
///
/// # Panics
///
/// When `base` and the paths make no URL.
#[must_use]
pub fn pointed<P, TR>(
    client: oauth_errors::ReadyClient<P, TR>,
    base: &str,
    authorize: &str,
    token: &str,
) -> oauth_errors::ReadyClient<P, TR>
where
    P: oauth_errors::Provider,
    TR: oauth2::TokenResponse,
{
    client
        .set_auth_uri(oauth2::AuthUrl::new(format!("{base}{authorize}")).expect("a URL"))
        .set_token_uri(oauth2::TokenUrl::new(format!("{base}{token}")).expect("a URL"))
}

/// An `oauth2` HTTP client that sends every `https://` request to the fake providers instead,
/// the host as the first segment of the path: `https://api.dingtalk.com/v1.0/contact/users/me`
/// goes to `{base}/api.dingtalk.com/v1.0/contact/users/me`. The shipped providers' ready calls
/// and clients are used with their documented URLs, and the fakes see which host each request
/// was for.
#[derive(Clone, Debug)]
pub struct Routed<C> {
    inner: C,
    base: String,
}

impl<C> Routed<C> {
    /// Sends the `https://` requests of `inner` to `base`.
    #[must_use]
    pub fn new(inner: C, base: &str) -> Routed<C> {
        Routed {
            inner,
            base: base.to_owned(),
        }
    }

    /// The wrapped client.
    pub fn get_ref(&self) -> &C {
        &self.inner
    }

    fn route(&self, mut request: oauth2::HttpRequest) -> oauth2::HttpRequest {
        let uri = request.uri();
        if uri.scheme_str() == Some("https") {
            let host = uri.host().unwrap_or_default();
            let path = uri.path_and_query().map_or("/", |path| path.as_str());
            *request.uri_mut() = format!("{}/{host}{path}", self.base)
                .parse()
                .expect("a URI");
        }
        request
    }
}

impl<C: oauth2::SyncHttpClient> oauth2::SyncHttpClient for Routed<C> {
    type Error = C::Error;

    fn call(&self, request: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, C::Error> {
        self.inner.call(self.route(request))
    }
}

impl<'c, C: oauth2::AsyncHttpClient<'c>> oauth2::AsyncHttpClient<'c> for Routed<C> {
    type Error = C::Error;
    type Future = C::Future;

    fn call(&'c self, request: oauth2::HttpRequest) -> C::Future {
        self.inner.call(self.route(request))
    }
}
