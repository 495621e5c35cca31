//! Logging in with Feishu (and Lark) end to end, against the fake Feishu on loopback
//! (`tests/support/provider/feishu.rs`), blocking (`ureq`) and async (`reqwest` on `tokio`):
//! the authorization URL as Feishu's 获取授权码 page writes it, the redirect back with the code
//! and the state, the token (a JSON `POST`), a refresh and a used refresh token, a used code and
//! a server error with `x-tt-logid`, the user from `user_info` and its errors, the rate limit
//! with `x-ogw-ratelimit-reset`. Each request goes to the documented URL of the host, sent to
//! the fake by `Routed`.

use oauth_errors::feishu::{self, FeishuApiError, FeishuError, Host};
use oauth_errors::{CallError, Endpoint, Kind};
use oauth_errors_tests::provider::{
    FakeProviders, Routed, answered, code_and_state, get_request, ureq_client,
};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RefreshToken,
    RequestTokenError, Scope, TokenResponse,
};
use std::time::Duration;

const REDIRECT: &str = "https://example.com/api/oauth/callback";
const ACCESS_TOKEN: &str = "eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg";
const REFRESH_TOKEN: &str = "eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA";

fn client(host: Host) -> feishu::ReadyClient {
    feishu::client(
        host,
        ClientId::new("cli_a5d611352af9d00b".to_owned()),
        ClientSecret::new("feishu secret".to_owned()),
        RedirectUrl::new(REDIRECT.to_owned()).unwrap(),
    )
}

macro_rules! flow {
    ($name:ident, $request:ident, $call:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $name<C: Clone + $($bound)*>(http: C, host: Host) {
            let providers = FakeProviders::start();
            let http = Routed::new(http, providers.base());
            let client = client(host);
            let (accounts, open) = match host {
                Host::Feishu => ("accounts.feishu.cn", "open.feishu.cn"),
                _ => ("accounts.larksuite.com", "open.larksuite.com"),
            };

            // 1. The authorization URL, as Feishu documents it.
            let (url, state) = feishu::authorize_url(
                client
                    .authorize_url(CsrfToken::new_random)
                    .add_scope(Scope::new("offline_access".to_owned())),
            );
            assert_eq!(
                url.as_str(),
                format!(
                    "https://{accounts}/open-apis/authen/v1/authorize?client_id=cli_a5d611352af9d00b&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fapi%2Foauth%2Fcallback&scope=offline_access&state={}",
                    state.secret()
                )
            );
            let response = $call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer");
            let (status, location, _) = answered(&response);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            // 2. The code for a token: a JSON POST with RFC 6749's names.
            let adapter = feishu::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), ACCESS_TOKEN);
            assert_eq!(token.refresh_token().unwrap().secret(), REFRESH_TOKEN);
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
            assert_eq!(token.scopes().unwrap().len(), 4);
            assert_eq!(
                token.extra_fields().refresh_token_expires_in(),
                Some(Duration::from_secs(604_800))
            );
            let path = format!("/{open}/open-apis/authen/v2/oauth/token");
            let sent = providers.last(&path);
            assert_eq!(sent.method, "POST");
            assert!(sent.content_type.as_deref().unwrap().starts_with("application/json"));
            assert_eq!(
                sent.json_keys(),
                ["client_id", "client_secret", "code", "grant_type", "redirect_uri"]
            );
            assert_eq!(sent.json("client_id"), Some("cli_a5d611352af9d00b"));
            assert_eq!(sent.json("client_secret"), Some("feishu secret"));
            assert_eq!(sent.json("grant_type"), Some("authorization_code"));
            assert_eq!(sent.json("redirect_uri"), Some(REDIRECT));
            assert!(sent.query.is_empty() && sent.form.is_empty());
            assert_eq!(sent.authorization, None);

            // 3. A refresh gives a new refresh token; a used one is refused.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(
                refreshed.refresh_token().unwrap().secret(),
                "eyJhbGciOiJFUzI1NiIs**********VXOYOZYZmfgIYHWM0ZJA"
            );
            let sent = providers.last(&path);
            assert_eq!(
                sent.json_keys(),
                ["client_id", "client_secret", "grant_type", "refresh_token"]
            );
            assert_eq!(sent.json("grant_type"), Some("refresh_token"));
            match client
                .exchange_refresh_token(&RefreshToken::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(FeishuError::RefreshTokenUsed));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Feishu's error, got {other:?}"),
            }

            // 4. Token errors: a code used twice, a server error; each with `x-tt-logid`.
            for (sent, expected, kind) in [
                ("used", FeishuError::AuthorizationCodeUsed, Kind::Reauthorize),
                ("other", FeishuError::ServerError, Kind::Retry),
            ] {
                match client
                    .exchange_code(AuthorizationCode::new(sent.to_owned()))
                    .$request(&adapter)$(.$await)?
                {
                    Err(RequestTokenError::ServerResponse(error)) => {
                        assert_eq!(error.known(), Some(expected), "{sent}");
                        assert_eq!(error.kind(), kind, "{sent}");
                        assert_eq!(error.endpoint(), Some(Endpoint::Token));
                        assert_eq!(error.request_id(), Some("fake-log-id-0001"));
                    }
                    other => panic!("expected Feishu's error for {sent}, got {other:?}"),
                }
            }

            // 5. The user, with the token as a bearer.
            let user = user_info!(http, client, token.access_token() $(, $await)?).expect("the user");
            assert_eq!(user.open_id(), "ou-caecc734c2e3328a62489fe0648c4b98779515d3");
            assert_eq!(user.union_id(), Some("on-d89jhsdhjsajkda7828enjdj328ydhhw3u43yjhdj"));
            assert_eq!(user.user_id(), Some("5d9bdxxx"));
            assert_eq!(user.tenant_key(), Some("736588c92lxf175d"));
            assert_eq!(user.name(), Some("zhangsan"));
            assert_eq!(user.en_name(), Some("zhangsan"));
            assert_eq!(user.avatar_url(), Some("www.feishu.cn/avatar/icon"));
            assert_eq!(user.email(), Some("zhangsan@feishu.cn"));
            assert_eq!(user.enterprise_email(), Some("demo@mail.com"));
            assert_eq!(user.mobile(), Some("+86130002883xx"));
            assert_eq!(user.employee_no(), Some("111222333"));
            let sent = providers.last(&format!("/{open}/open-apis/authen/v1/user_info"));
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.authorization.as_deref(), Some(format!("Bearer {ACCESS_TOKEN}").as_str()));
            assert!(sent.query.is_empty());

            // … and its errors: a token that is not valid (HTTP 200), the rate limit.
            let other = AccessToken::new("other".to_owned());
            match user_info!(http, client, &other $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.api(), Some(FeishuApiError::InvalidAccessToken));
                    assert_eq!(error.kind(), Kind::Refresh);
                    assert_eq!(error.endpoint(), Some(Endpoint::Api));
                    assert_eq!(error.request_id(), Some("fake-log-id-0001"));
                }
                other => panic!("expected Feishu's error, got {other:?}"),
            }
            let limited = AccessToken::new("limited".to_owned());
            match user_info!(http, client, &limited $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.api(), Some(FeishuApiError::RequestTriggerFrequencyLimit));
                    assert_eq!(error.kind(), Kind::RateLimited);
                    assert_eq!(error.retry_after(), Some(Duration::from_secs(52)));
                }
                other => panic!("expected Feishu's error, got {other:?}"),
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    macro_rules! user_info {
        ($http:expr, $client:expr, $token:expr) => {
            feishu::user_info(&$http, &$client, $token)
        };
    }

    flow!(login, request, SyncHttpClient::call, [SyncHttpClient]);

    #[test]
    fn feishu() {
        login(ureq_client(), Host::Feishu);
    }

    #[test]
    fn lark() {
        login(ureq_client(), Host::Lark);
    }
}

mod asynchronous {
    use super::*;
    use crate::run;
    use oauth2::AsyncHttpClient;

    macro_rules! user_info {
        ($http:expr, $client:expr, $token:expr, $await:tt) => {
            feishu::user_info_async(&$http, &$client, $token).$await
        };
    }

    flow!(
        login, request_async, AsyncHttpClient::call, [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn feishu() {
        run(|http| login(http, Host::Feishu));
    }

    #[test]
    fn lark() {
        run(|http| login(http, Host::Lark));
    }
}

#[test]
fn secrets_stay_out_of_errors() {
    use crate::security::{
        ACCESS, CODE, REFRESH, SECRET, assert_no_secret, leaky, leaky_async, shown,
    };
    let client = feishu::client(
        Host::Feishu,
        ClientId::new("cli_a5d611352af9d00b".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        RedirectUrl::new(REDIRECT.to_owned()).unwrap(),
    );
    let http = feishu::HttpClient::new(leaky);
    let error = client
        .exchange_code(AuthorizationCode::new(CODE.to_owned()))
        .request(&http)
        .unwrap_err();
    assert_no_secret(&shown(&error));
    let error = client
        .exchange_refresh_token(&RefreshToken::new(REFRESH.to_owned()))
        .request(&http)
        .unwrap_err();
    assert_no_secret(&shown(&error));
    // The access token as a bearer.
    let token = AccessToken::new(ACCESS.to_owned());
    assert_no_secret(&shown(
        &feishu::user_info(&leaky, &self::client(Host::Lark), &token).unwrap_err(),
    ));
    let error =
        crate::block_on(feishu::user_info_async(&leaky_async, &client, &token)).unwrap_err();
    assert_no_secret(&shown(&error));
}

#[test]
fn answers_that_are_not_the_user() {
    let token = AccessToken::new(ACCESS_TOKEN.to_owned());
    let client = client(Host::Feishu);
    let error = feishu::user_info(
        &crate::answering(200, r#"{"code":0,"msg":"success"}"#),
        &client,
        &token,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("without a `data` object"),
        "{error}"
    );
    let error = feishu::user_info(
        &crate::answering(
            200,
            r#"{"code":0,"msg":"success","data":{"name":"zhangsan"}}"#,
        ),
        &client,
        &token,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("without an `open_id`"),
        "{error}"
    );
    // The request id of a body comes before the header's.
    let answer = oauth2::http::Response::builder()
        .status(400)
        .header("x-tt-logid", "from-the-header")
        .body(
            br#"{"code":99991679,"error":{"log_id":"202407260711088FB107A76E0100002087"},"msg":"Unauthorized."}"#
                .to_vec(),
        )
        .unwrap();
    let error = feishu::ErrorResponse::from_http(&answer, Endpoint::Api).unwrap();
    assert_eq!(
        error.request_id(),
        Some("202407260711088FB107A76E0100002087")
    );
    // The header's request id survives the trip through `oauth2` (Serialize, Deserialize).
    let answer = oauth2::http::Response::builder()
        .status(400)
        .header("x-tt-logid", "from-the-header")
        .body(
            br#"{"code":20003,"error_description":"The authorization code is not found."}"#
                .to_vec(),
        )
        .unwrap();
    let error = feishu::ErrorResponse::from_http(&answer, Endpoint::Token).unwrap();
    assert_eq!(error.request_id(), Some("from-the-header"));
    let json = serde_json::to_string(&error).unwrap();
    let back: feishu::ErrorResponse = serde_json::from_str(&json).unwrap();
    assert_eq!(back, error);
    assert_eq!(back.request_id(), Some("from-the-header"));
    assert_eq!(back.known(), Some(FeishuError::AuthorizationCodeNotFound));
}

#[test]
fn user_info_goes_beside_the_clients_token_endpoint() {
    use std::sync::Mutex;
    let asked = Mutex::new(Vec::new());
    let http = |request: oauth2::HttpRequest| -> Result<oauth2::HttpResponse, std::io::Error> {
        asked.lock().unwrap().push(request.uri().to_string());
        crate::answering(200, r#"{"code":20005,"msg":"invalid"}"#)(request)
    };
    let token = AccessToken::new("t".to_owned());
    for (token_url, expected) in [
        (
            "https://open.larksuite.com/open-apis/authen/v2/oauth/token",
            "https://open.larksuite.com/open-apis/authen/v1/user_info",
        ),
        // A client pointed at a proxy: the user-info call goes there too.
        (
            "http://127.0.0.1:9/feishu/open-apis/authen/v2/oauth/token?x=1",
            "http://127.0.0.1:9/feishu/open-apis/authen/v1/user_info",
        ),
        // A token URL of another shape: the documented path, on its host.
        (
            "https://proxy.example/token",
            "https://proxy.example/open-apis/authen/v1/user_info",
        ),
    ] {
        let client = client(Host::Feishu)
            .set_token_uri(oauth2::TokenUrl::new(token_url.to_owned()).unwrap());
        let _ = feishu::user_info(&http, &client, &token).unwrap_err();
        assert_eq!(asked.lock().unwrap().pop().as_deref(), Some(expected));
    }
}
