//! Alipay end to end, blocking and async, against the fake Alipay
//! (`tests/support/provider/alipay.rs`), which checks where every parameter is, verifies the
//! app's RSA2 signature with the app's public key and signs its answers with its own key:
//! the authorization URL as Alipay's docs write it, the `auth_code` that comes back, the signed
//! token request and the verified token with the user's id, a refresh, the user's profile, a
//! used code, and answers whose signature is forged or missing.

use oauth_errors::alipay::{self, AlipayError, Rsa2Signer};
use oauth_errors::{AdapterError, CallError, Kind, OneOf, alipay::AlipayApiError};
use oauth_errors_tests::provider::alipay::{ACCESS_TOKEN, APP_ID};
use oauth_errors_tests::provider::{FakeProviders, answered, get_request, pointed, ureq_client};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, CsrfToken, RedirectUrl, RequestTokenError,
    TokenResponse,
};
use std::time::Duration;

const APP_PRIVATE: &str = include_str!("../data/alipay/test-keys/app-private-pkcs1.pem");
const ALIPAY_PUBLIC: &str = include_str!("../data/alipay/test-keys/alipay-public.pem");

fn signer() -> Rsa2Signer {
    Rsa2Signer::new(APP_PRIVATE, ALIPAY_PUBLIC).expect("the test keys")
}

fn client(providers: &FakeProviders) -> alipay::ReadyClient {
    pointed(
        alipay::client(
            ClientId::new(APP_ID.to_owned()),
            RedirectUrl::new("https://app.example/login/alipay".to_owned()).unwrap(),
        ),
        providers.base(),
        "/alipay/oauth2/publicAppAuthorize.htm",
        "/alipay/gateway.do",
    )
}

/// The pairs of the redirect back to the app.
fn redirected(location: &str) -> Vec<(String, String)> {
    let query = location.split_once('?').expect("a query").1;
    oauth2::url::form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find_map(|(seen, value)| (seen == name).then_some(value.as_str()))
}

/// The login, written once for a blocking and an async HTTP client.
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, $user_info:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let client = client(&providers);
            // 1. The authorization page, as Alipay's docs write its URL.
            let (url, state) = alipay::authorize_url(client.authorize_url(CsrfToken::new_random));
            let names: Vec<String> = url.query_pairs().map(|(name, _)| name.into_owned()).collect();
            assert_eq!(names, ["app_id", "scope", "redirect_uri", "state"]);
            assert_eq!(url.query_pairs().nth(1).unwrap().1, "auth_user");
            let (status, location, _) =
                answered(&$call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer"));
            assert_eq!(status, 302);
            // 2. Back with `auth_code` and the state: the state checked, the code exchanged.
            let back = redirected(&location.unwrap());
            assert_eq!(value(&back, "state"), Some(state.secret().as_str()));
            let auth_code = value(&back, "auth_code").expect("an auth_code").to_owned();
            let adapter = alipay::HttpClient::signed(http.clone(), signer());
            let token = client
                .exchange_code(AuthorizationCode::new(auth_code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), ACCESS_TOKEN);
            assert_eq!(token.expires_in(), Some(Duration::from_secs(1_209_600)));
            assert_eq!(token.extra_fields().user_id(), Some("2088702746395409"));
            assert_eq!(token.extra_fields().re_expires_in(), Some("15552000"));
            let sent = providers.last("/alipay/gateway.do");
            assert_eq!(sent.method, "POST");
            assert_eq!(
                sent.query_keys(),
                ["app_id", "charset", "format", "method", "sign", "sign_type", "timestamp", "version"]
            );
            assert_eq!(sent.form_keys(), ["code", "grant_type"]);
            assert_eq!(sent.query("method"), Some("alipay.system.oauth.token"));
            // 3. A refresh, signed the same way.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a refreshed token");
            assert_eq!(refreshed.refresh_token().unwrap().secret(), "R2");
            assert_eq!(
                providers.last("/alipay/gateway.do").form_keys(),
                ["grant_type", "refresh_token"]
            );
            // 4. The user's profile.
            let info = $user_info(&adapter, &client, token.access_token())$(.$await)?
                .expect("a profile");
            assert_eq!(info.user_id(), "2088702746395409");
            assert_eq!(info.nick_name(), Some("黎大海"));
            match $user_info(&adapter, &client, &AccessToken::new("expired".to_owned()))$(.$await)? {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.api(), Some(OneOf::First(AlipayApiError::InvalidAuthToken)));
                    assert_eq!(error.kind(), Kind::Refresh);
                }
                other => panic!("expected Alipay's error, got {other:?}"),
            }
            // 5. A code used already: Alipay's error, signed and verified.
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(AlipayError::CodeInvalid));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                    assert_eq!(error.message(), Some("授权码code无效"));
                }
                other => panic!("expected Alipay's error, got {other:?}"),
            }
            // 6. A token signed with another key, or not signed: no login.
            for (code, problem) in [
                ("forged", "Alipay's answer's signature does not verify with Alipay's public key"),
                ("unsigned", "Alipay's answer is not signed"),
            ] {
                match client
                    .exchange_code(AuthorizationCode::new(code.to_owned()))
                    .$request(&adapter)$(.$await)?
                {
                    Err(RequestTokenError::Request(AdapterError::Signature(error))) => {
                        assert_eq!(error.message(), problem);
                    }
                    other => panic!("expected no token for {code}, got {other:?}"),
                }
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flow!(
        alipay_flow,
        request,
        SyncHttpClient::call,
        alipay::user_info,
        [SyncHttpClient]
    );

    #[test]
    fn alipay() {
        alipay_flow(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;
    use oauth2::reqwest;

    flow!(
        alipay_flow, request_async, AsyncHttpClient::call, alipay::user_info_async,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn alipay() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        runtime.block_on(alipay_flow(client));
    }
}
