//! What the `oauth2` adapter keeps out of what it returns, and what it refuses: each point a
//! reproduction of what a review found (the app's secret, the user's code and tokens in the
//! HTTP client's errors; a redirect that logged a user in with another origin's token; a blank
//! token taken for a login; other grants rewritten into a `GET`; bodies quoted in errors; limits
//! that held on one path only), blocking and async where it applies.

use crate::reqwest_client;
use oauth_errors::{AdapterError, Kind, ParseError, qq, wechat, weibo};
use oauth_errors_tests::provider::{FakeProviders, canned_url, pointed, ureq_client};
use oauth2::basic::BasicClient;
use oauth2::{
    AccessToken, AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, HttpRequest,
    HttpResponse, RedirectUrl, RefreshToken, RequestTokenError, ResourceOwnerPassword,
    ResourceOwnerUsername, TokenResponse, TokenUrl,
};
use std::error::Error;
use std::fmt::{self, Write as _};

pub(super) const SECRET: &str = "TOP-SECRET-VALUE";
pub(super) const CODE: &str = "CODE-4F2C9A1B";
pub(super) const REFRESH: &str = "REFRESH-88E4BE14";
pub(super) const ACCESS: &str = "ACCESS-FE04CCE2";
const PASSWORD: &str = "USER-PASSWORD-hunter2";

/// Everything an error shows: its `Display` and `Debug`, and those of every source.
pub(super) fn shown(error: &(dyn Error + 'static)) -> String {
    let mut shown = format!("{error}\n{error:?}\n{error:#?}");
    let mut next = error.source();
    while let Some(source) = next {
        let _ = write!(shown, "\n{source}\n{source:?}");
        next = source.source();
    }
    shown
}

/// That `text` holds none of the secrets, in any encoding a URL or a form gives them.
#[track_caller]
pub(super) fn assert_no_secret(text: &str) {
    for secret in [SECRET, CODE, REFRESH, ACCESS, PASSWORD] {
        let encoded: String =
            oauth2::url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        assert!(
            !text.contains(secret) && !text.contains(&encoded),
            "{secret} shown in:\n{text}"
        );
    }
}

/// An HTTP client's error that shows everything it was given, as a careless client's would:
/// the URL, the headers and the body, in its message and its source's.
#[derive(Debug)]
pub(super) struct Leaky {
    message: String,
    source: Option<Box<Leaky>>,
}

impl fmt::Display for Leaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error for Leaky {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|source| source as _)
    }
}

/// A blocking HTTP client that always fails with a [`Leaky`] error.
#[allow(clippy::needless_pass_by_value)] // the signature of an `oauth2` HTTP client
pub(super) fn leaky(request: HttpRequest) -> Result<HttpResponse, Leaky> {
    let sent = format!(
        "error sending request for url ({}): headers {:?}, body {:?}",
        request.uri(),
        request.headers(),
        String::from_utf8_lossy(request.body())
    );
    Err(Leaky {
        message: sent.clone(),
        source: Some(Box::new(Leaky {
            message: format!("connection refused while sending {sent}"),
            source: None,
        })),
    })
}

/// The async twin of [`leaky`].
pub(super) fn leaky_async(request: HttpRequest) -> std::future::Ready<Result<HttpResponse, Leaky>> {
    std::future::ready(leaky(request))
}

fn redirect() -> RedirectUrl {
    RedirectUrl::new("https://app.example/login".to_owned()).unwrap()
}

fn wechat_client(base: &str, token: &str) -> wechat::ReadyClient {
    let client = wechat::client(
        ClientId::new("wxAPPID".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        redirect(),
    );
    pointed(client, base, "/connect/qrconnect", token)
}

fn qq_client(base: &str, token: &str) -> qq::ReadyClient {
    let client = qq::client(
        ClientId::new("101234567".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        redirect(),
    );
    pointed(client, base, "/qq/oauth2.0/authorize", token)
}

fn weibo_client(base: &str, token: &str) -> weibo::ReadyClient {
    let client = weibo::client(
        ClientId::new("3127453".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        redirect(),
    );
    pointed(client, base, "/weibo/oauth2/authorize", token)
}

fn code() -> AuthorizationCode {
    AuthorizationCode::new(CODE.to_owned())
}

fn refresh_token() -> RefreshToken {
    RefreshToken::new(REFRESH.to_owned())
}

/// The error of a token request that failed, as `oauth2` returns it.
fn failed<T: fmt::Debug, R: Error + 'static, E: oauth2::ErrorResponse + 'static>(
    result: Result<T, RequestTokenError<R, E>>,
) -> RequestTokenError<R, E> {
    result.expect_err("the request fails")
}

#[test]
fn the_http_clients_errors_show_no_secret() {
    let base = "http://127.0.0.1:1";
    let http = wechat::HttpClient::new(leaky);
    // WeChat's code exchange: a `GET` with the secret and the code in the query.
    let client = wechat_client(base, "/sns/oauth2/access_token");
    assert_no_secret(&shown(&failed(client.exchange_code(code()).request(&http))));
    // WeChat's refresh: the refresh token in the query.
    assert_no_secret(&shown(&failed(
        client
            .exchange_refresh_token(&refresh_token())
            .request(&http),
    )));
    // QQ's refresh: the secret and the refresh token in the query.
    let client = qq_client(base, "/qq/oauth2.0/token");
    assert_no_secret(&shown(&failed(
        client
            .exchange_refresh_token(&refresh_token())
            .request(&qq::HttpClient::new(leaky)),
    )));
    // Weibo: the secret and the code in a form.
    let client = weibo_client(base, "/weibo/oauth2/access_token");
    assert_no_secret(&shown(&failed(
        client
            .exchange_code(code())
            .request(&weibo::HttpClient::new(leaky)),
    )));
    // HTTP Basic credentials, for a client set up so.
    let client =
        weibo_client(base, "/weibo/oauth2/access_token").set_auth_type(AuthType::BasicAuth);
    let error = failed(
        client
            .exchange_code(code())
            .request(&weibo::HttpClient::new(leaky)),
    );
    assert!(
        !shown(&error).contains("VE9QLVNFQ1JFVC1WQUxVRQ"),
        "{error:?}"
    );
    assert_no_secret(&shown(&error));
    // QQ's `/oauth2.0/me`: the access token in the query.
    let error = qq::me(
        &leaky,
        &qq_client(base, "/qq/oauth2.0/token"),
        &AccessToken::new(ACCESS.to_owned()),
    )
    .unwrap_err();
    assert_no_secret(&shown(&error));
    // What is left is still useful: where the request went, and what failed.
    let error = failed(
        wechat_client(base, "/sns/oauth2/access_token")
            .exchange_code(code())
            .request(&http),
    );
    let RequestTokenError::Request(AdapterError::Transport(transport)) = &error else {
        panic!("{error:?}");
    };
    assert!(
        transport.to_string().starts_with(
            "error sending request for url (http://127.0.0.1:1/sns/oauth2/access_token?[redacted])"
        ),
        "{transport}"
    );
    assert!(
        transport.inner().message.contains(SECRET),
        "the client's own error is kept"
    );
}

#[test]
fn a_closed_port_shows_no_secret_blocking_or_async() {
    // The README's recipes as a user copies them, against a port nothing listens on.
    let client = wechat_client("http://127.0.0.1:1", "/sns/oauth2/access_token");
    let error = failed(
        client
            .exchange_code(code())
            .request(&wechat::HttpClient::new(ureq_client())),
    );
    assert!(matches!(
        error,
        RequestTokenError::Request(AdapterError::Transport(_))
    ));
    assert_no_secret(&shown(&error));

    let runtime = runtime();
    let http = wechat::HttpClient::new(reqwest_client());
    let error = failed(runtime.block_on(client.exchange_code(code()).request_async(&http)));
    assert!(matches!(
        error,
        RequestTokenError::Request(AdapterError::Transport(_))
    ));
    assert_no_secret(&shown(&error));
    let error = failed(
        runtime.block_on(
            client
                .exchange_refresh_token(&refresh_token())
                .request_async(&http),
        ),
    );
    assert_no_secret(&shown(&error));
    let error = runtime
        .block_on(qq::me_async(
            http.get_ref(),
            &qq_client("http://127.0.0.1:1", "/qq/oauth2.0/token"),
            &AccessToken::new(ACCESS.to_owned()),
        ))
        .unwrap_err();
    assert_no_secret(&shown(&error));
    // A careless async client, too.
    let http = wechat::HttpClient::new(leaky_async);
    let error = failed(runtime.block_on(client.exchange_code(code()).request_async(&http)));
    assert_no_secret(&shown(&error));
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

#[test]
fn a_redirecting_token_endpoint_logs_no_one_in() {
    let ours = FakeProviders::start();
    let theirs = FakeProviders::start();
    let to: String =
        oauth2::url::form_urlencoded::byte_serialize(theirs.base().as_bytes()).collect();
    // WeChat: the token endpoint answers 302 to another origin, which would answer a token.
    let client = wechat_client(
        ours.base(),
        &format!("/redirect/sns/oauth2/access_token?to={to}"),
    );
    let error = failed(
        client
            .exchange_code(AuthorizationCode::new("good".to_owned()))
            .request(&wechat::HttpClient::new(ureq_client())),
    );
    assert!(
        matches!(
            error,
            RequestTokenError::Request(AdapterError::Redirect { status: 302, .. })
        ),
        "{error:?}"
    );
    assert_eq!(
        error.source().unwrap().to_string(),
        "the endpoint answered a redirect (HTTP 302), which is not followed: build the HTTP client with redirects off"
    );
    // Weibo: a 307, which would send the `POST` with the secret again.
    let client = weibo_client(
        ours.base(),
        &format!("/redirect/weibo/oauth2/access_token?to={to}&status=307"),
    );
    let error = failed(
        client
            .exchange_code(AuthorizationCode::new("good".to_owned()))
            .request(&weibo::HttpClient::new(ureq_client())),
    );
    assert!(matches!(
        error,
        RequestTokenError::Request(AdapterError::Redirect { status: 307, .. })
    ));
    // Async, with reqwest as the docs build it.
    let error = failed(
        runtime().block_on(
            client
                .exchange_code(AuthorizationCode::new("good".to_owned()))
                .request_async(&weibo::HttpClient::new(reqwest_client())),
        ),
    );
    assert!(matches!(
        error,
        RequestTokenError::Request(AdapterError::Redirect { status: 307, .. })
    ));
    // The other origin saw nothing: no secret, no code, no login.
    assert!(theirs.received().is_empty(), "{:?}", theirs.received());
    assert_eq!(ours.received().len(), 3);
}

/// The token endpoint of `provider` pointed at a canned answer.
fn canned_token(base: &str, status: u16, body: &str) -> String {
    canned_url(base, status, body)
        .strip_prefix(base)
        .unwrap()
        .to_owned()
}

#[test]
fn only_a_token_that_is_there_logs_in() {
    let providers = FakeProviders::start();
    let base = providers.base();
    let exchange_wechat = |body: &str| {
        wechat_client(base, &canned_token(base, 200, body))
            .exchange_code(code())
            .request(&wechat::HttpClient::new(ureq_client()))
    };
    // An error beside a token, blank or not, is the error.
    for body in [
        r#"{"errcode":40029,"errmsg":"invalid code","access_token":""}"#,
        r#"{"errcode":40029,"errmsg":"invalid code","access_token":"AT"}"#,
    ] {
        match exchange_wechat(body) {
            Err(RequestTokenError::ServerResponse(error)) => assert_eq!(error.code(), Some(40029)),
            other => panic!("{body}: {other:?}"),
        }
    }
    // A blank token is no token, in JSON, JSONP or url-encoded pairs.
    for body in [
        r#"{"access_token":"","expires_in":7200}"#,
        r#"{"access_token":"  "}"#,
    ] {
        let error = failed(exchange_wechat(body));
        assert_eq!(
            error.source().map(ToString::to_string).as_deref(),
            Some("the token endpoint's answer (HTTP 200) has a blank access token"),
            "{body}"
        );
    }
    for body in [
        "access_token=&expires_in=7776000&refresh_token=R",
        "callback( {\"access_token\":\"\"} );",
    ] {
        let error = failed(
            qq_client(base, &canned_token(base, 200, body))
                .exchange_code(code())
                .request(&qq::HttpClient::new(ureq_client())),
        );
        assert!(
            matches!(
                error,
                RequestTokenError::Request(AdapterError::Answer { status: 200, .. })
            ),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn other_grants_are_not_rewritten() {
    let providers = FakeProviders::start();
    // QQ's token request is a `GET`: a password is not put in a URL.
    let client = qq_client(providers.base(), "/qq/oauth2.0/token");
    let error = failed(
        client
            .exchange_password(
                &ResourceOwnerUsername::new("alice".to_owned()),
                &ResourceOwnerPassword::new(PASSWORD.to_owned()),
            )
            .request(&qq::HttpClient::new(ureq_client())),
    );
    assert!(matches!(
        &error,
        RequestTokenError::Request(AdapterError::Grant { grant_type, .. }) if grant_type == "password"
    ));
    assert_no_secret(&shown(&error));
    let error = failed(
        client
            .exchange_client_credentials()
            .request(&qq::HttpClient::new(ureq_client())),
    );
    assert!(matches!(
        &error,
        RequestTokenError::Request(AdapterError::Grant { grant_type, .. }) if grant_type == "client_credentials"
    ));
    assert!(providers.received().is_empty());
    // Weibo takes RFC 6749's requests: another grant passes as `oauth2` wrote it, a `POST`.
    let client = weibo_client(providers.base(), "/weibo/oauth2/access_token");
    let _ = client
        .exchange_password(
            &ResourceOwnerUsername::new("alice".to_owned()),
            &ResourceOwnerPassword::new(PASSWORD.to_owned()),
        )
        .request(&weibo::HttpClient::new(ureq_client()));
    let sent = providers.last("/weibo/oauth2/access_token");
    assert_eq!(
        (sent.method.as_str(), sent.form("grant_type")),
        ("POST", Some("password"))
    );
    assert!(sent.query.is_empty());
}

#[test]
fn what_is_printed_shows_no_secret_and_no_control_character() {
    let providers = FakeProviders::start();
    let base = providers.base();
    let exchange = |status: u16, body: &str| {
        weibo_client(base, &canned_token(base, status, body))
            .exchange_code(code())
            .request(&weibo::HttpClient::new(ureq_client()))
    };
    // A token's secret fields are redacted in `Debug`; the others shown.
    let body = format!(
        r#"{{"access_token":"{ACCESS}","expires_in":7200,"uid":"6972314674","id_token":"{SECRET}","session_key":"{REFRESH}"}}"#
    );
    let token = exchange(200, &body).expect("a token");
    assert_eq!(token.extra_fields().field("session_key"), Some(REFRESH));
    let debug = format!("{token:?}");
    assert_no_secret(&debug);
    assert!(debug.contains("6972314674"), "{debug}");
    // A token with an error status, or with an expiry that is no number: an error that quotes
    // nothing of the body (`oauth2` would quote all of it).
    for (status, body, problem) in [
        (
            500,
            format!(r#"{{"access_token":"{ACCESS}","refresh_token":"{REFRESH}"}}"#),
            "is not an error of the provider, and a token is not taken with an error status",
        ),
        (
            200,
            format!(r#"{{"access_token":"{ACCESS}","expires_in":"soon"}}"#),
            "has an `expires_in` that is not a number of seconds",
        ),
    ] {
        let error = failed(exchange(status, &body));
        assert!(
            matches!(&error, RequestTokenError::Request(AdapterError::Answer { problem: p, .. }) if p == problem),
            "{error:?}"
        );
        assert_no_secret(&shown(&error));
    }
    // A blank expiry is no expiry.
    let token = exchange(
        200,
        &format!(r#"{{"access_token":"{ACCESS}","expires_in":""}}"#),
    )
    .expect("a token");
    assert_eq!(token.expires_in(), None);
    // A provider's text that would break a log line (Weibo echoes the code it was sent).
    let body = r#"{"error":"invalid_grant","error_code":21325,"error_description":"invalid authorization code:x\r\n2026-12-07 INFO admin logged in\u001b[0m"}"#;
    let RequestTokenError::ServerResponse(error) = failed(exchange(400, body)) else {
        panic!("expected Weibo's error");
    };
    assert_eq!(error.kind(), Kind::Reauthorize);
    assert_eq!(
        error.to_string(),
        "Weibo error 21325 invalid_grant: 提供的Access Grant是无效的、过期的或已撤销的 (invalid \
         authorization code:x\\r\\n2026-12-07 INFO admin logged in\\u{1b}[0m)"
    );
}

#[test]
fn limits_hold_on_every_path() {
    // `Deserialize`, which `oauth2` uses on error statuses: the 64 KiB limit, too.
    let message = "m".repeat(5_000_000);
    let body = format!(
        r#"{{"error":"invalid_grant","error_code":21325,"error_description":"{message}"}}"#
    );
    let error = serde_json::from_str::<weibo::ErrorResponse>(&body).unwrap_err();
    assert!(
        error.to_string().starts_with("the body is too large"),
        "{error}"
    );
    assert_eq!(
        weibo::ErrorResponse::parse(&body),
        Err(ParseError::TooLarge { len: body.len() })
    );
    let providers = FakeProviders::start();
    let base = providers.base();
    // A code too long for a URL is an error, not an empty request without credentials.
    let long = AuthorizationCode::new("c".repeat(70_000));
    let error = failed(
        qq_client(base, "/qq/oauth2.0/token")
            .exchange_code(long)
            .request(&qq::HttpClient::new(ureq_client())),
    );
    assert!(
        matches!(
            error,
            RequestTokenError::Request(AdapterError::Request { .. })
        ),
        "{error:?}"
    );
    assert!(providers.received().is_empty());
    // An error answered with status 200 and over 64 KiB: the adapter says so.
    let body = format!(r#"{{"errcode":40029,"errmsg":"{}"}}"#, "x".repeat(70_000));
    let error = failed(
        wechat_client(base, "/canned")
            .exchange_code(code())
            .request(&wechat::HttpClient::new(|request: HttpRequest| {
                let _ = request;
                Ok::<_, std::io::Error>(
                    oauth2::http::Response::builder()
                        .status(200)
                        .body(body.clone().into_bytes())
                        .unwrap(),
                )
            })),
    );
    assert!(
        error
            .source()
            .unwrap()
            .to_string()
            .starts_with("the token endpoint's answer (HTTP 200) is too large to read"),
        "{error:?}"
    );
}

#[test]
fn a_standard_client_is_not_rewritten() {
    // `BasicClient` through the adapter of a provider with a standard token request: the
    // request as `oauth2` wrote it.
    let providers = FakeProviders::start();
    let client = BasicClient::new(ClientId::new("3127453".to_owned()))
        .set_client_secret(ClientSecret::new(SECRET.to_owned()))
        .set_auth_type(AuthType::RequestBody)
        .set_auth_uri(AuthUrl::new(format!("{}/weibo/oauth2/authorize", providers.base())).unwrap())
        .set_token_uri(
            TokenUrl::new(format!("{}/weibo/oauth2/access_token", providers.base())).unwrap(),
        )
        .set_redirect_uri(redirect());
    let _ = client
        .exchange_code(AuthorizationCode::new("good".to_owned()))
        .request(&weibo::HttpClient::new(ureq_client()));
    let sent = providers.last("/weibo/oauth2/access_token");
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.form("client_secret"), Some(SECRET));
}

#[test]
fn douyin_baidu_and_mini_program_requests_show_no_secret() {
    use oauth_errors::{baidu, douyin};
    let access = AccessToken::new(ACCESS.to_owned());
    // Douyin: the secret and the code in a form, the refresh token in a form, the access token
    // in the user-info call's JSON.
    let douyin_client = douyin::client(
        ClientId::new("tt10abc".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        redirect(),
    );
    let http = douyin::HttpClient::new(leaky);
    assert_no_secret(&shown(&failed(
        douyin_client.exchange_code(code()).request(&http),
    )));
    assert_no_secret(&shown(&failed(
        douyin_client
            .exchange_refresh_token(&refresh_token())
            .request(&http),
    )));
    let error = douyin::user_info(&leaky, &douyin_client, &access, "open-id").unwrap_err();
    assert_no_secret(&shown(&error));
    // Baidu: the secret and the code in the query, the access token in the user-info query.
    let baidu_client = baidu::client(
        ClientId::new("API_KEY".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        redirect(),
    );
    let http = baidu::HttpClient::new(leaky);
    assert_no_secret(&shown(&failed(
        baidu_client.exchange_code(code()).request(&http),
    )));
    assert_no_secret(&shown(&failed(
        baidu_client
            .exchange_refresh_token(&refresh_token())
            .request(&http),
    )));
    assert_no_secret(&shown(
        &baidu::user_info(&leaky, &baidu_client, &access).unwrap_err(),
    ));
    // WeChat's mini-program login: the secret and the code in the query.
    let (appid, secret) = (
        ClientId::new("wxAPPID".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
    );
    let error = wechat::code_to_session(&leaky, &appid, &secret, &code()).unwrap_err();
    assert_no_secret(&shown(&error));
    // The async calls, with a careless async client.
    let runtime = runtime();
    let error = runtime
        .block_on(douyin::user_info_async(
            &leaky_async,
            &douyin_client,
            &access,
            "open-id",
        ))
        .unwrap_err();
    assert_no_secret(&shown(&error));
    let error = runtime
        .block_on(baidu::user_info_async(&leaky_async, &baidu_client, &access))
        .unwrap_err();
    assert_no_secret(&shown(&error));
    let error = runtime
        .block_on(wechat::code_to_session_async(
            &leaky_async,
            &appid,
            &secret,
            &code(),
        ))
        .unwrap_err();
    assert_no_secret(&shown(&error));
}
