//! Logging in with Douyin end to end, against the fake Douyin (`tests/support/provider/
//! douyin.rs`), blocking and async: the authorization URL as Douyin documents it, the code and
//! state, the token read out of `data` with the user's `open_id`, the user-info call with the
//! `union_id`, a refresh without the secret, and Douyin's errors with their kinds. The clients
//! keep Douyin's own URLs; the HTTP client sends them to the fake.

use super::common::reqwest_rerouted;
use crate::block_on;
use oauth_errors::douyin::{self, DouyinApiError, DouyinError};
use oauth_errors::{CallError, Kind};
use oauth_errors_tests::provider::{
    DOUYIN_REFRESH_TOKEN, DOUYIN_TOKEN, FakeProviders, code_and_state, rerouted_ureq_client,
};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RefreshToken,
    RequestTokenError, Scope, TokenResponse,
};
use std::time::Duration;

/// The login, written once for a blocking and an async HTTP client: `$request` is `request`
/// or `request_async`, `$call` the client's `call`, `$user_info` `douyin::user_info` or
/// `douyin::user_info_async`, `$bound` what the client is, and `async .await` make it async.
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, $user_info:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C, providers: &FakeProviders) {
            let redirect = "https://app.example/login/douyin";
            let client = douyin::client(
                ClientId::new("tt10abc".to_owned()),
                ClientSecret::new("douyin secret".to_owned()),
                RedirectUrl::new(redirect.to_owned()).unwrap(),
            );

            // The authorization URL: `client_key`, the scopes separated by a comma.
            let (url, state) = douyin::authorize_url(
                client
                    .authorize_url(CsrfToken::new_random)
                    .add_scope(Scope::new("user_info".to_owned()))
                    .add_scope(Scope::new("friend_relation".to_owned())),
            );
            assert!(url.as_str().starts_with("https://open.douyin.com/platform/oauth/connect/?"));
            let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
            let names: Vec<&str> = pairs.iter().map(|(name, _)| name.as_str()).collect();
            assert_eq!(names, ["client_key", "response_type", "scope", "redirect_uri", "state"]);
            assert_eq!(pairs[0].1, "tt10abc");
            assert_eq!(pairs[1].1, "code");
            assert_eq!(pairs[2].1, "user_info,friend_relation");
            assert_eq!(pairs[3].1, redirect);
            // No scope given: `user_info`, which the user-info call needs.
            let (bare, _) = douyin::authorize_url(client.authorize_url(CsrfToken::new_random));
            assert!(bare.query_pairs().any(|(name, value)| name == "scope" && value == "user_info"));

            let (status, location, _) = fetch!($call, &http, url $(, $await)?);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            // The token, out of `data`, with the user's `open_id`.
            let adapter = douyin::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), DOUYIN_TOKEN);
            assert_eq!(token.refresh_token().unwrap().secret(), DOUYIN_REFRESH_TOKEN);
            assert_eq!(token.expires_in(), Some(Duration::from_secs(1_296_000)));
            assert_eq!(token.scopes().unwrap()[0].as_str(), "user_info");
            assert_eq!(token.extra_fields().open_id(), Some("b9b71865-7fea-44cc-******"));
            assert_eq!(token.extra_fields().refresh_expires_in(), Some("2592000"));
            let sent = providers.last("/oauth/access_token/");
            assert_eq!(sent.method, "POST");
            assert!(sent.content_type.as_deref().unwrap().starts_with("application/x-www-form-urlencoded"));
            assert_eq!(sent.form_keys(), ["client_key", "client_secret", "code", "grant_type"]);
            assert_eq!(sent.form("client_key"), Some("tt10abc"));
            assert_eq!(sent.form("client_secret"), Some("douyin secret"));
            assert_eq!(sent.form("grant_type"), Some("authorization_code"));
            assert!(sent.query.is_empty());
            assert_eq!(sent.authorization, None);

            // The user's `union_id`, from the user-info call (the page's example user).
            let open_id = token.extra_fields().open_id().unwrap();
            let user = $user_info(&http, &client, token.access_token(), open_id)$(.$await)?
                .expect("the user");
            assert_eq!(user.open_id(), "qYm3LVbtDQ");
            assert_eq!(user.union_id(), Some("eVBXUMlnek"));
            assert_eq!(user.nickname(), Some("李伟"));
            assert_eq!(user.client_key(), Some("XQSXAWkY9f"));
            let sent = providers.last("/oauth/userinfo/");
            assert_eq!(sent.method, "POST");
            assert!(sent.content_type.as_deref().unwrap().starts_with("application/json"));
            assert_eq!(sent.json_keys(), ["access_token", "open_id"]);
            assert_eq!(sent.json("access_token"), Some(DOUYIN_TOKEN));
            assert_eq!(sent.json("open_id"), Some(open_id));
            assert!(sent.query.is_empty());

            // An expired token at the user-info call: `err_no` beside `data`.
            let expired = AccessToken::new("act.expired".to_owned());
            match $user_info(&http, &client, &expired, open_id)$(.$await)? {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.code(), Some(28_001_008));
                    assert_eq!(error.known(), None);
                    assert_eq!(error.api(), Some(DouyinApiError::AccessTokenExpired));
                    assert_eq!(error.kind(), Kind::Refresh);
                    assert_eq!(error.request_id(), Some("2025032716200991A1xxxxx30A01C4DF"));
                    assert!(!format!("{error:?}").contains("act.expired"));
                }
                other => panic!("expected Douyin's error, got {other:?}"),
            }

            // A refresh: to `/oauth/refresh_token/`, without the secret.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(refreshed.access_token().secret(), "access_token");
            assert_eq!(refreshed.expires_in(), Some(Duration::from_secs(86_400)));
            assert_eq!(refreshed.extra_fields().open_id(), Some("SuQB*******KN5f"));
            let sent = providers.last("/oauth/refresh_token/");
            assert_eq!(sent.method, "POST");
            assert_eq!(sent.form_keys(), ["client_key", "grant_type", "refresh_token"]);
            assert_eq!(sent.form("grant_type"), Some("refresh_token"));
            assert_eq!(sent.form("refresh_token"), Some(DOUYIN_REFRESH_TOKEN));
            match client
                .exchange_refresh_token(&RefreshToken::new("rft.expired".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(DouyinError::RefreshTokenInvalidOrExpired));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Douyin's error, got {other:?}"),
            }

            // A code used twice, and the older page's error example (an OpenAPI status code).
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(DouyinError::AuthorizationCodeExpired));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                    assert_eq!(error.message(), Some("授权码过期"));
                }
                other => panic!("expected Douyin's error, got {other:?}"),
            }
            match client
                .exchange_code(AuthorizationCode::new("other".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.api(), Some(DouyinApiError::LegacyInvalidParameter));
                    assert_eq!(error.kind(), Kind::InvalidRequest);
                    assert_eq!(error.message(), Some("Parameter error"));
                }
                other => panic!("expected Douyin's error, got {other:?}"),
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flow!(
        login,
        request,
        SyncHttpClient::call,
        douyin::user_info,
        [SyncHttpClient]
    );

    #[test]
    fn douyin() {
        let providers = FakeProviders::start();
        login(rerouted_ureq_client(providers.base()), &providers);
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;

    flow!(
        login, request_async, AsyncHttpClient::call, douyin::user_info_async,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn douyin() {
        let providers = FakeProviders::start();
        block_on(login(reqwest_rerouted(providers.base()), &providers));
    }
}

#[test]
fn the_fake_refuses_what_douyin_would_not_take() {
    use oauth2::SyncHttpClient;
    let providers = FakeProviders::start();
    let http = rerouted_ureq_client(providers.base());
    let post = |body: &str, content_type: &str| {
        let request = oauth2::http::Request::post(douyin::TOKEN_URL)
            .header("Content-Type", content_type)
            .body(body.as_bytes().to_vec())
            .unwrap();
        douyin::ErrorResponse::parse(
            &String::from_utf8(SyncHttpClient::call(&http, request).unwrap().into_body()).unwrap(),
        )
        .map(|error| error.known())
    };
    // RFC 6749's names, and the right names as JSON: 10005 缺少参数.
    let form = "application/x-www-form-urlencoded";
    let standard = "client_id=tt10abc&client_secret=s&code=good&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fa.example";
    assert_eq!(
        post(standard, form),
        Ok(Some(DouyinError::MissingParameter))
    );
    let json = r#"{"client_key":"tt10abc","client_secret":"s","code":"good","grant_type":"authorization_code"}"#;
    assert_eq!(
        post(json, "application/json"),
        Ok(Some(DouyinError::MissingParameter))
    );
    let right = "client_key=tt10abc&client_secret=s&code=used&grant_type=authorization_code";
    assert_eq!(
        post(right, form),
        Ok(Some(DouyinError::AuthorizationCodeExpired))
    );
}
