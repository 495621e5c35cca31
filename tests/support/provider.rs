//! Fake Weibo, QQ, WeChat and Feishu on loopback: a real HTTP server (`tiny_http`) that answers the
//! login endpoints as the providers do, checks that each request carries the parameters the
//! provider documents where it documents them, and records every request for the tests to
//! assert; and a real blocking HTTP client (`ureq`) for the `oauth2` crate.
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
//! | `/feishu/open-apis/authen/v1/authorize` | 302, as above |
//! | `/feishu/open-apis/authen/v2/oauth/token` (`POST`, JSON) | `code=good` or the refresh token: Feishu's example token; `used`: 400 20065; other: 500 20050 |
//!
//! WeChat is served at its own paths (its refresh endpoint is a path of the token endpoint's
//! host). A request without the documented parameters, or with others, is answered with an error
//! of the provider that says so (and is recorded like any other).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

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
}

fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find_map(|(name, value)| (name == key).then_some(value.as_str()))
}

fn keys(pairs: &[(String, String)]) -> Vec<&str> {
    let keys: BTreeSet<&str> = pairs.iter().map(|(name, _)| name.as_str()).collect();
    keys.into_iter().collect()
}

/// An answer: status, `Content-Type`, body, and a `Location` for redirects.
struct Answer {
    status: u16,
    content_type: &'static str,
    body: String,
    location: Option<String>,
}

const JSON: &str = "application/json;charset=UTF-8";
const TEXT: &str = "text/html;charset=utf-8";
const PLAIN: &str = "text/plain";

fn answer(status: u16, content_type: &'static str, body: impl Into<String>) -> Answer {
    Answer {
        status,
        content_type,
        body: body.into(),
        location: None,
    }
}

/// Whether `pairs` are exactly the parameters `expected`, sent as the provider wants them
/// (`placed`), and what is wrong if not (`otherwise`, when they are misplaced).
fn exactly(
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

/// What a fake provider answers `request`.
fn respond(request: &Received) -> Answer {
    match request.path.as_str() {
        "/feishu/open-apis/authen/v2/oauth/token" => feishu_token(request),
        "/weibo/oauth2/authorize"
        | "/qq/oauth2.0/authorize"
        | "/feishu/open-apis/authen/v1/authorize" => authorize(
            request,
            "client_id",
            &["response_type", "client_id", "redirect_uri", "state"],
        ),
        "/connect/qrconnect" => authorize(
            request,
            "appid",
            &["appid", "redirect_uri", "response_type", "scope", "state"],
        ),
        "/weibo/oauth2/access_token" => weibo_token(request),
        "/weibo/2/users/show.json" => match request.query("access_token") {
            Some(GOOD_TOKEN) => answer(200, JSON, r#"{"id":6972314674,"idstr":"6972314674"}"#),
            _ => answer(
                401,
                JSON,
                r#"{"error":"expired_token","error_code":21327,"request":"/2/users/show.json"}"#,
            ),
        },
        "/qq/oauth2.0/token" => qq_token(request),
        "/qq/oauth2.0/me" => match request.query("access_token") {
            Some(GOOD_TOKEN) if request.query("unionid") == Some("1") => answer(
                200,
                TEXT,
                "callback( {\"client_id\":\"101234567\",\"openid\":\"4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C\",\"unionid\":\"UID_4F2C9A1B\"} );\n",
            ),
            Some(GOOD_TOKEN) => answer(
                200,
                TEXT,
                "callback( {\"client_id\":\"101234567\",\"openid\":\"4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C\"} );\n",
            ),
            _ => answer(
                200,
                TEXT,
                "callback( {\"error\":100016,\"error_description\":\"access token check failed\"} );\n",
            ),
        },
        "/qq/user/get_user_info" => answer(
            200,
            JSON,
            r#"{"ret":100030,"msg":"用户没有对该api进行授权"}"#,
        ),
        "/sns/oauth2/access_token" => wechat_token(request),
        "/sns/oauth2/refresh_token" => wechat_refresh(request),
        "/sns/userinfo" => answer(200, PLAIN, r#"{"errcode":40003,"errmsg":"invalid openid"}"#),
        _ => answer(404, TEXT, "not found"),
    }
}

/// An authorization endpoint: a `GET` with `expected` in the query, answered with a redirect
/// to the redirect URI with `code=good` and the state.
fn authorize(request: &Received, client: &str, expected: &[&str]) -> Answer {
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
            let location = format!("{redirect}?code=good&state={state}");
            Answer {
                location: Some(location),
                ..answer(302, TEXT, "")
            }
        }
        Err(problem) => answer(400, TEXT, problem),
    }
}

/// Weibo's token endpoint: a `POST` whose form has `client_id`, `client_secret`, `grant_type`,
/// `code` and `redirect_uri`.
fn weibo_token(request: &Received) -> Answer {
    let placed =
        request.method == "POST" && request.query.is_empty() && request.authorization.is_none();
    let checked = exactly(
        &request.form,
        parameters(false),
        placed,
        "expected a POST with the parameters in its form only",
    );
    if let Err(problem) = checked {
        return answer(
            400,
            JSON,
            format!(
                r#"{{"error":"invalid_request","error_code":21323,"request":"/oauth2/access_token","error_description":"{problem}"}}"#
            ),
        );
    }
    match request.form("code") {
        Some("good") => answer(
            200,
            JSON,
            format!(
                r#"{{"access_token":"{GOOD_TOKEN}","remind_in":"157679999","expires_in":157679999,"uid":"6972314674","scope":"follow_app_official_microblog","isRealName":"true"}}"#
            ),
        ),
        Some("used") => answer(
            400,
            JSON,
            r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"invalid authorization code:used"}"#,
        ),
        _ => answer(
            400,
            JSON,
            r#"{"error":"miss client id or secret","error_code":21301,"request":"/oauth2/access_token"}"#,
        ),
    }
}

/// QQ's token endpoint: a `GET` whose query has `grant_type`, `client_id`, `client_secret` and
/// `code` and `redirect_uri` (or `refresh_token`), and may have `fmt`.
fn qq_token(request: &Received) -> Answer {
    let mut pairs = request.query.clone();
    pairs.retain(|(name, _)| name != "fmt");
    let refresh = request.query("grant_type") == Some("refresh_token");
    let expected = parameters(refresh);
    let checked = exactly(
        &pairs,
        expected,
        request.method == "GET" && request.form.is_empty(),
        "expected a GET with the parameters in its query",
    );
    if let Err(problem) = checked {
        return answer(
            200,
            TEXT,
            format!("callback( {{\"error\":100029,\"error_description\":\"{problem}\"}} );\n"),
        );
    }
    let json = request.query("fmt") == Some("json");
    let token = |refresh_token: &str| {
        if json {
            answer(
                200,
                JSON,
                format!(
                    r#"{{"access_token":"{GOOD_TOKEN}","expires_in":"7776000","refresh_token":"{refresh_token}"}}"#
                ),
            )
        } else {
            answer(
                200,
                TEXT,
                format!(
                    "access_token={GOOD_TOKEN}&expires_in=7776000&refresh_token={refresh_token}"
                ),
            )
        }
    };
    if refresh {
        return match request.query("refresh_token") {
            Some("R1") => token("R2"),
            _ => answer(
                200,
                TEXT,
                "callback( {\"error\":100042,\"error_description\":\"refresh token is illegal\"} );\n",
            ),
        };
    }
    match request.query("code") {
        Some("good") => token("R1"),
        Some("used") => answer(
            200,
            TEXT,
            "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
        ),
        Some("bad") => answer(
            200,
            TEXT,
            "error=100019&error_description=code%20to%20access%20token%20error",
        ),
        _ => answer(
            200,
            JSON,
            r#"{"error":100013,"error_description":"access token is illegal"}"#,
        ),
    }
}

/// The parameters of RFC 6749's token request, with the client's credentials: of a refresh,
/// or of an authorization code's exchange.
fn parameters(refresh: bool) -> &'static [&'static str] {
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

/// Feishu's token endpoint: a `POST` of a JSON body with `grant_type`, `client_id`,
/// `client_secret`, `code` and `redirect_uri` (or `refresh_token`).
fn feishu_token(request: &Received) -> Answer {
    const REFRESH: &str = "eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA";
    let refresh = request.json("grant_type") == Some("refresh_token");
    let expected = parameters(refresh);
    let json = request
        .content_type
        .as_deref()
        .is_some_and(|value| value.starts_with("application/json"));
    let checked = exactly(
        &request.json,
        expected,
        request.method == "POST" && json && request.query.is_empty(),
        "expected a POST of a JSON body",
    );
    if let Err(problem) = checked {
        return answer(
            400,
            JSON,
            format!(
                r#"{{"code":20063,"error":"invalid_request","error_description":"{problem}"}}"#
            ),
        );
    }
    match (request.json("code"), request.json("refresh_token")) {
        (Some("good"), _) | (_, Some(REFRESH)) => answer(
            200,
            JSON,
            r#"{"code":0,"access_token":"eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg","expires_in":7200,"refresh_token":"eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA","refresh_token_expires_in":604800,"scope":"auth:user.id:read offline_access task:task:read user_profile","token_type":"Bearer"}"#,
        ),
        (Some("used"), _) => answer(
            400,
            JSON,
            r#"{"code":20065,"error":"invalid_grant","error_description":"The authorization code has been used."}"#,
        ),
        _ => answer(
            500,
            JSON,
            r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#,
        ),
    }
}

/// WeChat's token endpoint: a `GET` whose query has `appid`, `secret`, `code` and `grant_type`.
fn wechat_token(request: &Received) -> Answer {
    if let Err(problem) = wechat_checked(request, &["appid", "secret", "code", "grant_type"]) {
        return problem;
    }
    match request.query("code") {
        Some("good") => answer(
            200,
            PLAIN,
            r#"{"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN","openid":"OPENID","scope":"snsapi_login","unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL"}"#,
        ),
        Some("used") => answer(
            200,
            PLAIN,
            r#"{"errcode":40163,"errmsg":"code been used, rid: 62bae58d-5bf58b34-5f8e035e"}"#,
        ),
        _ => answer(
            200,
            PLAIN,
            r#"{"errcode":40029,"errmsg":"invalid code, rid: 63106779-282330ba-5d5deaf3"}"#,
        ),
    }
}

/// WeChat's refresh endpoint: a `GET` whose query has `appid`, `grant_type` and
/// `refresh_token`.
fn wechat_refresh(request: &Received) -> Answer {
    if let Err(problem) = wechat_checked(request, &["appid", "grant_type", "refresh_token"]) {
        return problem;
    }
    match request.query("refresh_token") {
        Some("REFRESH_TOKEN") => answer(
            200,
            PLAIN,
            r#"{"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN","openid":"OPENID","scope":"SCOPE"}"#,
        ),
        _ => answer(
            200,
            PLAIN,
            r#"{"errcode":40030,"errmsg":"invalid refresh_token"}"#,
        ),
    }
}

fn wechat_checked(request: &Received, expected: &[&str]) -> Result<(), Answer> {
    let placed =
        request.method == "GET" && request.form.is_empty() && request.authorization.is_none();
    exactly(
        &request.query,
        expected,
        placed,
        "expected a GET with the parameters in its query only",
    )
    .map_err(|problem| {
        answer(
            200,
            PLAIN,
            format!(r#"{{"errcode":40035,"errmsg":"{problem}"}}"#),
        )
    })
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

/// The `code` and `state` of the redirect back to the app.
///
/// # Panics
///
/// When `location` has no query with both.
#[must_use]
pub fn code_and_state(location: &str) -> (String, String) {
    let query = location.split_once('?').expect("a query").1;
    let pairs = pairs(query);
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
