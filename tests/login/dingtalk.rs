//! Logging in with DingTalk end to end, against the fake DingTalk on loopback
//! (`tests/support/provider/dingtalk.rs`), blocking (`ureq`) and async (`reqwest` on `tokio`):
//! the authorization URL as DingTalk's 获取登录用户的访问凭证 page writes it, the redirect back
//! with `authCode` and the state, the token (a camelCase JSON `POST`) with `corpId`, a refresh,
//! a used code, the user from `contact/users/me` and its errors, an old-API error. Each request
//! goes to DingTalk's documented URL, sent to the fake by `Routed`.

use oauth_errors::dingtalk::{self, DingtalkApiError, DingtalkError};
use oauth_errors::{CallError, Endpoint, Kind};
use oauth_errors_tests::provider::{
    FakeProviders, Routed, answered, get_request, redirected, ureq_client,
};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RefreshToken,
    RequestTokenError, TokenResponse,
};
use std::time::Duration;

const REDIRECT: &str = "https://www.aaaaa.com/a/b";

fn client() -> dingtalk::ReadyClient {
    dingtalk::client(
        ClientId::new("dingbbbbbbb".to_owned()),
        ClientSecret::new("dingtalk secret".to_owned()),
        RedirectUrl::new(REDIRECT.to_owned()).unwrap(),
    )
}

/// The `authCode` and `state` of DingTalk's redirect back.
fn auth_code_and_state(location: &str) -> (String, String) {
    assert_eq!(location.split_once('?').expect("a query").0, REDIRECT);
    let pairs = redirected(location);
    let names: Vec<&str> = pairs.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["authCode", "state"]);
    (pairs[0].1.clone(), pairs[1].1.clone())
}

macro_rules! flow {
    ($name:ident, $request:ident, $call:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $name<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let http = Routed::new(http, providers.base());
            let client = client();

            // 1. The authorization URL, exactly as DingTalk documents it.
            let (url, state) = dingtalk::authorize_url(client.authorize_url(CsrfToken::new_random));
            assert_eq!(
                url.as_str(),
                format!(
                    "https://login.dingtalk.com/oauth2/auth?redirect_uri=https%3A%2F%2Fwww.aaaaa.com%2Fa%2Fb&response_type=code&client_id=dingbbbbbbb&scope=openid&state={}&prompt=consent",
                    state.secret()
                )
            );
            let response = $call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer");
            let (status, location, _) = answered(&response);
            assert_eq!(status, 302);
            let (auth_code, returned) = auth_code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            // 2. The code for a token: a JSON POST with DingTalk's names.
            let adapter = dingtalk::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(auth_code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), "abcd");
            assert_eq!(token.refresh_token().unwrap().secret(), "refresh-abcd");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
            assert_eq!(token.extra_fields().corp_id(), Some("corpxxxx"));
            let sent = providers.last("/api.dingtalk.com/v1.0/oauth2/userAccessToken");
            assert_eq!(sent.method, "POST");
            assert!(sent.content_type.as_deref().unwrap().starts_with("application/json"));
            assert_eq!(sent.json_keys(), ["clientId", "clientSecret", "code", "grantType"]);
            assert_eq!(sent.json("clientId"), Some("dingbbbbbbb"));
            assert_eq!(sent.json("clientSecret"), Some("dingtalk secret"));
            assert_eq!(sent.json("code"), Some("good"));
            assert_eq!(sent.json("grantType"), Some("authorization_code"));
            assert!(sent.query.is_empty() && sent.form.is_empty());
            assert_eq!(sent.authorization, None);

            // 3. A refresh: the same endpoint, `refreshToken` and no code.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(refreshed.refresh_token().unwrap().secret(), "refresh-abcd-2");
            let sent = providers.last("/api.dingtalk.com/v1.0/oauth2/userAccessToken");
            assert_eq!(sent.json_keys(), ["clientId", "clientSecret", "grantType", "refreshToken"]);
            assert_eq!(sent.json("grantType"), Some("refresh_token"));
            assert_eq!(sent.json("refreshToken"), Some("refresh-abcd"));
            // What DingTalk answers for a refresh token it does not know is not documented:
            // the fake answers an error of its own, which is still the provider's error.
            match client
                .exchange_refresh_token(&RefreshToken::new("unknown".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), None);
                    assert_eq!(error.error(), Some("fake.requestRefused"));
                }
                other => panic!("expected DingTalk's error, got {other:?}"),
            }

            // 4. A code used twice (or wrong, or expired).
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(DingtalkError::AuthCodeNotFound));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                    assert_eq!(error.endpoint(), Some(Endpoint::Token));
                    assert_eq!(error.request_id(), Some("41F9E66B-D90D-7BC8-B310-F623AD572894"));
                    assert_eq!(error.message(), Some("不合法的临时授权码"));
                }
                other => panic!("expected DingTalk's error, got {other:?}"),
            }

            // 5. The user, with the token in DingTalk's header.
            let me = me!(http, client, token.access_token() $(, $await)?).expect("the user");
            assert_eq!(me.union_id(), "z21HjQliSzpw0Yxxxx");
            assert_eq!(me.open_id(), Some("123"));
            assert_eq!(me.nick(), Some("zhangsan"));
            assert_eq!(me.avatar_url(), Some("https://xxx"));
            assert_eq!(me.mobile(), Some("150xxxx9144"));
            assert_eq!(me.email(), Some("zhangsan@alibaba-inc.com"));
            assert_eq!(me.state_code(), Some("86"));
            let sent = providers.last("/api.dingtalk.com/v1.0/contact/users/me");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.header("x-acs-dingtalk-access-token"), Some("abcd"));
            assert!(sent.query.is_empty());
            assert_eq!(sent.authorization, None);

            // … and its errors: no permission, a token that is not valid.
            let token = AccessToken::new("no-contact-permission".to_owned());
            match me!(http, client, &token $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(DingtalkError::AccessTokenPermissionDenied));
                    assert_eq!(error.kind(), Kind::Misconfigured);
                    assert_eq!(error.endpoint(), Some(Endpoint::Api));
                    assert_eq!(error.request_id(), Some("MASK"));
                }
                other => panic!("expected DingTalk's error, got {other:?}"),
            }
            let token = AccessToken::new("expired".to_owned());
            match me!(http, client, &token $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(DingtalkError::InvalidAuthentication));
                    assert_eq!(error.kind(), Kind::Refresh);
                }
                other => panic!("expected DingTalk's error, got {other:?}"),
            }

            // 6. An old-API error: errcode 88 with the real code in `sub_code`.
            let url = "https://oapi.dingtalk.com/topapi/v2/user/get?access_token=test";
            let response = $call(&http, get_request(url))$(.$await)?.expect("an answer");
            let (status, _, body) = answered(&response);
            assert_eq!(status, 200);
            let error = dingtalk::ErrorResponse::parse(&body).unwrap();
            assert_eq!(error.api(), Some(DingtalkApiError::InvalidAccessToken));
            assert_eq!(error.code(), Some(40014));
            assert_eq!(error.field("errcode"), Some("88"));
            assert_eq!(error.kind(), Kind::Refresh);
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    macro_rules! me {
        ($http:expr, $client:expr, $token:expr) => {
            dingtalk::me(&$http, &$client, $token)
        };
    }

    flow!(login, request, SyncHttpClient::call, [SyncHttpClient]);

    #[test]
    fn dingtalk() {
        login(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use crate::run;
    use oauth2::AsyncHttpClient;

    macro_rules! me {
        ($http:expr, $client:expr, $token:expr, $await:tt) => {
            dingtalk::me_async(&$http, &$client, $token).$await
        };
    }

    flow!(
        login, request_async, AsyncHttpClient::call, [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn dingtalk() {
        run(login);
    }
}

#[test]
fn secrets_stay_out_of_errors() {
    use crate::security::{
        ACCESS, CODE, REFRESH, SECRET, assert_no_secret, leaky, leaky_async, shown,
    };
    let client = dingtalk::client(
        ClientId::new("dingbbbbbbb".to_owned()),
        ClientSecret::new(SECRET.to_owned()),
        RedirectUrl::new(REDIRECT.to_owned()).unwrap(),
    );
    let http = dingtalk::HttpClient::new(leaky);
    // The secret and the code in a JSON body.
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
    // The access token in DingTalk's header.
    let token = AccessToken::new(ACCESS.to_owned());
    assert_no_secret(&shown(&dingtalk::me(&leaky, &client, &token).unwrap_err()));
    let error = crate::block_on(dingtalk::me_async(&leaky_async, &client, &token)).unwrap_err();
    assert_no_secret(&shown(&error));
}

#[test]
fn answers_that_are_not_the_user() {
    let token = AccessToken::new("abcd".to_owned());
    let client = client();
    // A success without a `unionId`.
    let error = dingtalk::me(
        &crate::answering(200, r#"{"nick":"zhangsan"}"#),
        &client,
        &token,
    )
    .unwrap_err();
    assert!(matches!(error, CallError::Answer(_)), "{error:?}");
    assert!(error.to_string().contains("without a `unionId`"), "{error}");
    // A gateway's HTML page.
    let error = dingtalk::me(
        &crate::answering(502, "<html>Bad Gateway</html>"),
        &client,
        &token,
    )
    .unwrap_err();
    assert!(matches!(error, CallError::Answer(_)), "{error:?}");
    // A redirect is refused.
    let error = dingtalk::me(&crate::answering(302, ""), &client, &token).unwrap_err();
    assert!(
        matches!(
            error,
            CallError::Http(oauth_errors::AdapterError::Redirect { status: 302, .. })
        ),
        "{error:?}"
    );
}
