//! Logging in with Baidu end to end, against the fake Baidu (`tests/support/provider/
//! baidu.rs`), blocking and async: the authorization URL in the order of Baidu's example, the
//! code and state, the token (a `GET` with the parameters in the query), the user-info call
//! with the `openid` and `unionid`, a refresh that spends the refresh token, and Baidu's
//! errors with their kinds. The clients keep Baidu's own URLs; the HTTP client sends them to
//! the fake.

use super::common::reqwest_rerouted;
use crate::block_on;
use oauth_errors::baidu::{self, BaiduApiError, BaiduError};
use oauth_errors::{CallError, Kind};
use oauth_errors_tests::provider::{
    BAIDU_REFRESH_TOKEN, BAIDU_TOKEN, FakeProviders, code_and_state, rerouted_ureq_client,
};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl,
    RequestTokenError, Scope, TokenResponse,
};
use std::time::Duration;

/// The login, written once for a blocking and an async HTTP client (see `douyin.rs`).
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, $user_info:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C, providers: &FakeProviders) {
            let redirect = "https://app.example/login/baidu";
            let client = baidu::client(
                ClientId::new("API_KEY".to_owned()),
                ClientSecret::new("SECRET_KEY".to_owned()),
                RedirectUrl::new(redirect.to_owned()).unwrap(),
            );

            // The authorization URL, its parameters in the order of Baidu's example.
            let (url, state) = baidu::authorize_url(
                client
                    .authorize_url(CsrfToken::new_random)
                    .add_scope(Scope::new("basic".to_owned())),
            );
            assert!(url.as_str().starts_with(
                "https://openapi.baidu.com/oauth/2.0/authorize?response_type=code&client_id=API_KEY&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fbaidu&scope=basic&state="
            ));
            let (status, location, _) = fetch!($call, &http, url $(, $await)?);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            // The token: a `GET` with RFC 6749's parameters in the query.
            let adapter = baidu::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), BAIDU_TOKEN);
            assert_eq!(token.refresh_token().unwrap().secret(), BAIDU_REFRESH_TOKEN);
            assert_eq!(token.expires_in(), Some(Duration::from_secs(86_400)));
            let scopes: Vec<&str> = token.scopes().unwrap().iter().map(|scope| scope.as_str()).collect();
            assert_eq!(scopes, ["basic", "email"]);
            assert_eq!(
                token.extra_fields().field("session_secret"),
                Some("248APxvxjCZ0VEC43EYrvxqaK4oZExMB")
            );
            assert!(!format!("{token:?}").contains("248APxvxjCZ0VEC43EYrvxqaK4oZExMB"));
            let sent = providers.last("/oauth/2.0/token");
            assert_eq!(sent.method, "GET");
            assert_eq!(
                sent.query_keys(),
                ["client_id", "client_secret", "code", "grant_type", "redirect_uri"]
            );
            assert_eq!(sent.query("client_id"), Some("API_KEY"));
            assert_eq!(sent.query("client_secret"), Some("SECRET_KEY"));
            assert_eq!(sent.query("redirect_uri"), Some(redirect));
            assert_eq!(sent.query("grant_type"), Some("authorization_code"));
            assert!(sent.form.is_empty());
            assert_eq!(sent.authorization, None);

            // The user's `openid` and `unionid`.
            let user = $user_info(&http, &client, token.access_token())$(.$await)?.expect("the user");
            assert_eq!(user.openid(), "oPXyY4O0ZTmUqSX4MRxYDDCccT6Kc9E");
            assert_eq!(user.unionid(), Some("uA91qQ6gAISTuy0mMqoeh7lZ0w6x478"));
            assert_eq!(user.username(), Some("u***9"));
            let sent = providers.last("/rest/2.0/passport/users/getInfo");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.query_keys(), ["access_token", "get_unionid"]);
            assert_eq!(sent.query("access_token"), Some(BAIDU_TOKEN));
            assert_eq!(sent.query("get_unionid"), Some("1"));

            // An Open API error: an expired token.
            let expired = AccessToken::new("1.expired".to_owned());
            match $user_info(&http, &client, &expired)$(.$await)? {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.api(), Some(BaiduApiError::AccessTokenExpired));
                    assert_eq!(error.kind(), Kind::Refresh);
                    assert!(!format!("{error:?}").contains("1.expired"));
                }
                other => panic!("expected Baidu's error, got {other:?}"),
            }

            // A refresh answers a new refresh token; the one used is spent.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(
                refreshed.refresh_token().unwrap().secret(),
                "2.af3d55f8615fdfd9edb7c4b5ebdc3e32.604800.1293440400-2346678-124328"
            );
            let sent = providers.last("/oauth/2.0/token");
            assert_eq!(sent.method, "GET");
            assert_eq!(
                sent.query_keys(),
                ["client_id", "client_secret", "grant_type", "refresh_token"]
            );
            match client
                .exchange_refresh_token(refreshed.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(BaiduError::ExpiredToken));
                    assert_eq!(error.message(), Some("refresh token has been used"));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Baidu's error, got {other:?}"),
            }

            // A code used twice: HTTP 400, `invalid_grant`.
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(BaiduError::InvalidGrant));
                    assert_eq!(error.error(), Some("invalid_grant"));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Baidu's error, got {other:?}"),
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
        baidu::user_info,
        [SyncHttpClient]
    );

    #[test]
    fn baidu() {
        let providers = FakeProviders::start();
        login(rerouted_ureq_client(providers.base()), &providers);
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;

    flow!(
        login, request_async, AsyncHttpClient::call, baidu::user_info_async,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn baidu() {
        let providers = FakeProviders::start();
        block_on(login(reqwest_rerouted(providers.base()), &providers));
    }
}

#[test]
fn the_fake_refuses_what_baidu_would_not_take() {
    use oauth2::SyncHttpClient;
    let providers = FakeProviders::start();
    let http = rerouted_ureq_client(providers.base());
    // RFC 6749's form `POST`, which Baidu's page does not document: `invalid_request`.
    let request = oauth2::http::Request::post(baidu::TOKEN_URL)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(
            b"grant_type=authorization_code&code=good&client_id=API_KEY&client_secret=S&redirect_uri=https%3A%2F%2Fa.example"
                .to_vec(),
        )
        .unwrap();
    let answer = SyncHttpClient::call(&http, request).unwrap();
    assert_eq!(answer.status(), 400);
    let error =
        baidu::ErrorResponse::parse(&String::from_utf8(answer.into_body()).unwrap()).unwrap();
    assert_eq!(error.known(), Some(BaiduError::MalformedRequest));
}
