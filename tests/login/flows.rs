//! Logging in end to end, as the README tells a user to: the ready clients of Weibo, QQ and
//! WeChat against fake providers on loopback (`tests/support/provider.rs`), each step a real
//! HTTP request — the authorization URL, the redirect back with the code, the token, the user's
//! id, a refresh, an API error — once with a blocking client (`ureq`) and once with an async one
//! (`reqwest` on a `tokio` runtime). The fake providers check that each request carries the
//! parameters the provider documents where it documents them, and the tests assert what they
//! received.

use oauth_errors::{Kind, qq, wechat, weibo};
use oauth_errors_tests::provider::{
    FakeProviders, GOOD_TOKEN, answered, code_and_state, get_request, pointed, ureq_client,
};
use oauth2::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RefreshToken,
    RequestTokenError, Scope, TokenResponse,
};
use std::time::Duration;

/// `GET url`: the status, the `Location` header and the body, through `$call` (a blocking or
/// an async `oauth2` HTTP client's `call`).
macro_rules! get {
    ($call:path, $http:expr, $url:expr $(, $await:tt)?) => {{
        let request = get_request(AsRef::<str>::as_ref(&$url));
        answered(&$call($http, request)$(.$await)?.expect("an answer"))
    }};
}

/// The login flows, written once for a blocking and an async HTTP client: `$request` is
/// `request` or `request_async`, `$call` the client's `call`, `$bound` what the client is, and
/// `async .await` make the flows async.
macro_rules! flows {
    (
        $weibo:ident, $qq:ident, $wechat:ident, $request:ident, $call:path, $me:path, [$($bound:tt)*]
        $(, $asyncness:tt $await:tt)?
    ) => {
        /// Weibo: authorize, code, token with the user's `uid`, an API error, a token error.
        $($asyncness)? fn $weibo<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let redirect = "https://app.example/login/weibo";
            let client = pointed(
                weibo::client(
                    ClientId::new("3127453".to_owned()),
                    ClientSecret::new("weibo secret".to_owned()),
                    RedirectUrl::new(redirect.to_owned()).unwrap(),
                ),
                providers.base(),
                "/weibo/oauth2/authorize",
                "/weibo/oauth2/access_token",
            );
            let (url, state) = client.authorize_url(CsrfToken::new_random).url();
            let (status, location, _) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            let adapter = weibo::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), GOOD_TOKEN);
            assert_eq!(token.extra_fields().uid(), Some("6972314674"));
            assert_eq!(token.extra_fields().remind_in(), Some("157679999"));
            assert_eq!(token.expires_in(), Some(Duration::from_secs(157_679_999)));
            let sent = providers.last("/weibo/oauth2/access_token");
            assert_eq!(sent.method, "POST");
            assert_eq!(
                sent.form_keys(),
                ["client_id", "client_secret", "code", "grant_type", "redirect_uri"]
            );
            assert_eq!(sent.form("client_secret"), Some("weibo secret"));
            assert_eq!(sent.form("redirect_uri"), Some(redirect));
            assert_eq!(sent.authorization, None);

            // An API call with a token that has expired.
            let url = providers.url("/weibo/2/users/show.json?access_token=expired&uid=6972314674");
            let (status, _, body) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 401);
            let error = weibo::ErrorResponse::parse(&body).unwrap();
            assert_eq!(error.known(), Some(weibo::WeiboError::ExpiredToken));
            assert_eq!(error.api(), Some(weibo::WeiboApiError::AccessTokenExpired));
            assert_eq!(error.kind(), Kind::Reauthorize);

            // A code used twice.
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(weibo::WeiboError::InvalidGrant));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Weibo's error, got {other:?}"),
            }
        }

        /// QQ: authorize, code, token (url-encoded and JSON), openid, refresh, an OpenAPI
        /// error, token errors.
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $qq<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let redirect = "https://app.example/login/qq";
            let client = pointed(
                qq::client(
                    ClientId::new("101234567".to_owned()),
                    ClientSecret::new("qq appkey".to_owned()),
                    RedirectUrl::new(redirect.to_owned()).unwrap(),
                ),
                providers.base(),
                "/qq/oauth2.0/authorize",
                "/qq/oauth2.0/token",
            );
            let (url, state) = client
                .authorize_url(CsrfToken::new_random)
                .add_scope(Scope::new("get_user_info".to_owned()))
                .url();
            let (status, location, _) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            let adapter = qq::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code.clone()))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), GOOD_TOKEN);
            assert_eq!(token.refresh_token().unwrap().secret(), "R1");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7_776_000)));
            let sent = providers.last("/qq/oauth2.0/token");
            assert_eq!(sent.method, "GET");
            assert_eq!(
                sent.query_keys(),
                ["client_id", "client_secret", "code", "grant_type", "redirect_uri"]
            );
            assert_eq!(sent.query("client_secret"), Some("qq appkey"));
            assert_eq!(sent.query("redirect_uri"), Some(redirect));
            assert!(sent.form.is_empty());

            // The same, as JSON (`fmt=json`).
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .add_extra_param("fmt", "json")
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7_776_000)));
            assert_eq!(providers.last("/qq/oauth2.0/token").query("fmt"), Some("json"));

            // The user's openid.
            let url = providers.url(&format!("/qq/oauth2.0/me?access_token={GOOD_TOKEN}&unionid=1"));
            let (_, _, body) = get!($call, &http, url $(, $await)?);
            let me = qq::Me::parse(&body).unwrap();
            assert_eq!(me.openid(), "4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C");
            assert_eq!(me.client_id(), Some("101234567"));
            assert_eq!(me.unionid(), Some("UID_4F2C9A1B"));
            // The same with the ready call, which asks for JSON.
            let me = $me(&http, &client, &oauth2::AccessToken::new(GOOD_TOKEN.to_owned()))
                $(.$await)?.expect("the openid");
            assert_eq!(me.openid(), "4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C");
            let sent = providers.last("/qq/oauth2.0/me");
            assert_eq!(sent.query_keys(), ["access_token", "fmt"]);
            match $me(&http, &client, &oauth2::AccessToken::new("expired".to_owned()))$(.$await)? {
                Err(oauth_errors::CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(qq::QqError::AccessTokenVerificationFailed));
                    assert_eq!(error.kind(), Kind::Refresh);
                }
                other => panic!("expected QQ's error, got {other:?}"),
            }
            let url = providers.url("/qq/oauth2.0/me?access_token=expired");
            let (_, _, body) = get!($call, &http, url $(, $await)?);
            match qq::Me::parse(&body) {
                Err(qq::MeError::Provider(error)) => {
                    assert_eq!(error.known(), Some(qq::QqError::AccessTokenVerificationFailed));
                }
                other => panic!("expected QQ's error, got {other:?}"),
            }

            // A refresh: the refresh token is good once, and a new one comes back.
            let token = client
                .exchange_refresh_token(&RefreshToken::new("R1".to_owned()))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.refresh_token().unwrap().secret(), "R2");
            let sent = providers.last("/qq/oauth2.0/token");
            assert_eq!(
                sent.query_keys(),
                ["client_id", "client_secret", "grant_type", "refresh_token"]
            );
            match client
                .exchange_refresh_token(&RefreshToken::new("R1-again".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(qq::QqError::InvalidRefreshToken));
                }
                other => panic!("expected QQ's error, got {other:?}"),
            }

            // An OpenAPI call the user has not authorized.
            let url = providers.url(&format!(
                "/qq/user/get_user_info?access_token={GOOD_TOKEN}&oauth_consumer_key=101234567&openid=4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C"
            ));
            let (status, _, body) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 200);
            let error = qq::ErrorResponse::parse(&body).unwrap();
            assert_eq!(error.known(), Some(qq::QqError::ApiNotAuthorizedByUser));
            assert_eq!(error.kind(), Kind::Reauthorize);

            // Token errors, in each of QQ's shapes.
            for (sent, expected) in [
                ("used", qq::QqError::CodeReused),
                ("bad", qq::QqError::CodeExchangeFailed),
                ("other", qq::QqError::InvalidAccessToken),
            ] {
                match client
                    .exchange_code(AuthorizationCode::new(sent.to_owned()))
                    .$request(&adapter)$(.$await)?
                {
                    Err(RequestTokenError::ServerResponse(error)) => {
                        assert_eq!(error.known(), Some(expected), "{sent}");
                    }
                    other => panic!("expected QQ's error for {sent}, got {other:?}"),
                }
            }
        }

        /// WeChat: the QR-connect URL, code, token with `openid` and `unionid`, refresh, an API
        /// error, token errors with request ids.
        $($asyncness)? fn $wechat<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let redirect = "https://app.example/login/wechat";
            let client = pointed(
                wechat::client(
                    ClientId::new("wxbdc5610cc59c1631".to_owned()),
                    ClientSecret::new("wechat secret".to_owned()),
                    RedirectUrl::new(redirect.to_owned()).unwrap(),
                ),
                providers.base(),
                "/connect/qrconnect",
                "/sns/oauth2/access_token",
            );
            let (url, state) = wechat::authorize_url(client.authorize_url(CsrfToken::new_random));
            assert_eq!(url.fragment(), Some("wechat_redirect"));
            let names: Vec<String> = url.query_pairs().map(|(name, _)| name.into_owned()).collect();
            assert_eq!(names, ["appid", "redirect_uri", "response_type", "scope", "state"]);
            let (status, location, _) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());

            let adapter = wechat::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), "ACCESS_TOKEN");
            assert_eq!(token.extra_fields().openid(), Some("OPENID"));
            assert_eq!(token.extra_fields().unionid(), Some("o6_bmasdasdsad6_2sgVt7hMZOPfL"));
            assert_eq!(token.scopes().unwrap()[0].as_str(), "snsapi_login");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
            let sent = providers.last("/sns/oauth2/access_token");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.query_keys(), ["appid", "code", "grant_type", "secret"]);
            assert_eq!(sent.query("appid"), Some("wxbdc5610cc59c1631"));
            assert_eq!(sent.query("secret"), Some("wechat secret"));
            assert_eq!(sent.query("grant_type"), Some("authorization_code"));

            // A refresh goes to the refresh endpoint, without the secret.
            let token = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.extra_fields().openid(), Some("OPENID"));
            let sent = providers.last("/sns/oauth2/refresh_token");
            assert_eq!(sent.query_keys(), ["appid", "grant_type", "refresh_token"]);

            // An API call with the wrong openid.
            let url = providers.url("/sns/userinfo?access_token=ACCESS_TOKEN&openid=OTHER");
            let (status, _, body) = get!($call, &http, url $(, $await)?);
            assert_eq!(status, 200);
            let error = wechat::ErrorResponse::parse(&body).unwrap();
            assert_eq!(error.known(), Some(wechat::WechatError::InvalidOpenId));

            // Token errors, with WeChat's request ids.
            for (sent, expected, rid) in [
                ("used", wechat::WechatError::OauthCodeAlreadyUsed, "62bae58d-5bf58b34-5f8e035e"),
                ("other", wechat::WechatError::InvalidOauthCode, "63106779-282330ba-5d5deaf3"),
            ] {
                match client
                    .exchange_code(AuthorizationCode::new(sent.to_owned()))
                    .$request(&adapter)$(.$await)?
                {
                    Err(RequestTokenError::ServerResponse(error)) => {
                        assert_eq!(error.known(), Some(expected), "{sent}");
                        assert_eq!(error.request_id(), Some(rid));
                        assert_eq!(error.kind(), Kind::Reauthorize);
                    }
                    other => panic!("expected WeChat's error for {sent}, got {other:?}"),
                }
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flows!(
        weibo_flow,
        qq_flow,
        wechat_flow,
        request,
        SyncHttpClient::call,
        qq::me,
        [SyncHttpClient]
    );

    #[test]
    fn weibo() {
        weibo_flow(ureq_client());
    }

    #[test]
    fn qq() {
        qq_flow(ureq_client());
    }

    #[test]
    fn wechat() {
        wechat_flow(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;
    use oauth2::reqwest;

    flows!(
        weibo_flow, qq_flow, wechat_flow, request_async, AsyncHttpClient::call, qq::me_async,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn weibo() {
        crate::run(weibo_flow);
    }

    #[test]
    fn qq() {
        crate::run(qq_flow);
    }

    #[test]
    fn wechat() {
        crate::run(wechat_flow);
    }

    #[test]
    fn the_login_future_is_send() {
        fn is_send<T: Send>(_: &T) {}
        let client = wechat::client(
            ClientId::new("wx1".to_owned()),
            ClientSecret::new("s".to_owned()),
            RedirectUrl::new("https://app.example/cb".to_owned()).unwrap(),
        );
        let http = wechat::HttpClient::new(reqwest::Client::new());
        let future = client
            .exchange_code(AuthorizationCode::new("c".to_owned()))
            .request_async(&http);
        is_send(&future);
    }
}
