//! WeChat's mini-program login end to end, against the fake (`tests/support/provider/
//! miniprogram.rs`), blocking and async: `code_to_session` sends exactly the query code2Session
//! documents, reads the session (its key kept out of `Debug`), and types WeChat's errors with
//! their kinds and request ids. The call keeps WeChat's own URL; the HTTP client sends it to
//! the fake.

use super::common::reqwest_rerouted;
use crate::block_on;
use oauth_errors::wechat::{self, MiniProgramError};
use oauth_errors::{CallError, Kind};
use oauth_errors_tests::provider::{FakeProviders, rerouted_ureq_client};
use oauth2::{AuthorizationCode, ClientId, ClientSecret};

/// The login, written once for a blocking and an async HTTP client: `$code_to_session` is
/// `wechat::code_to_session` or `wechat::code_to_session_async`.
macro_rules! flow {
    ($flow:ident, $code_to_session:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        $($asyncness)? fn $flow<C: $($bound)*>(http: C, providers: &FakeProviders) {
            let appid = ClientId::new("wxbdc5610cc59c1631".to_owned());
            let secret = ClientSecret::new("mini-program secret".to_owned());
            let code = |code: &str| AuthorizationCode::new(code.to_owned());

            let session = $code_to_session(&http, &appid, &secret, &code("good"))$(.$await)?
                .expect("a session");
            assert_eq!(session.openid(), "OPENID");
            assert_eq!(session.unionid(), Some("oHAUs6LSuwgHq-mlnFrffKXw3QYM"));
            assert_eq!(session.session_key().secret(), "SESSIONKEY");
            assert!(!format!("{session:?}").contains("SESSIONKEY"));
            let sent = providers.last("/sns/jscode2session");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.query_keys(), ["appid", "grant_type", "js_code", "secret"]);
            let names: Vec<&str> = sent.query.iter().map(|(name, _)| name.as_str()).collect();
            assert_eq!(names, ["appid", "secret", "js_code", "grant_type"], "the page's order");
            assert_eq!(sent.query("appid"), Some("wxbdc5610cc59c1631"));
            assert_eq!(sent.query("secret"), Some("mini-program secret"));
            assert_eq!(sent.query("js_code"), Some("good"));
            assert_eq!(sent.query("grant_type"), Some("authorization_code"));
            assert!(sent.form.is_empty() && sent.json.is_empty());
            assert_eq!(sent.authorization, None);

            for (sent, expected, kind, request_id) in [
                ("used", MiniProgramError::CodeAlreadyUsed, Kind::Reauthorize, "6166f719-6cb5d09c-633ab469"),
                ("blocked", MiniProgramError::CodeBlocked, Kind::Denied, "qEjdmsNre-EYNDhA"),
                ("other", MiniProgramError::InvalidCode, Kind::Reauthorize, "652d44d0-1d0af18b-5b069232"),
            ] {
                match $code_to_session(&http, &appid, &secret, &code(sent))$(.$await)? {
                    Err(CallError::Provider(error)) => {
                        assert_eq!(error.known(), Some(expected), "{sent}");
                        assert_eq!(error.kind(), kind, "{sent}");
                        assert_eq!(error.request_id(), Some(request_id), "{sent}");
                        assert_eq!(error.endpoint(), Some(oauth_errors::Endpoint::Token));
                        let shown = format!("{error} {error:?}");
                        assert!(!shown.contains("mini-program secret"), "{shown}");
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

    flow!(login, wechat::code_to_session, [SyncHttpClient]);

    #[test]
    fn mini_program() {
        let providers = FakeProviders::start();
        login(rerouted_ureq_client(providers.base()), &providers);
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;

    flow!(login, wechat::code_to_session_async, [for<'c> AsyncHttpClient<'c>], async await);

    #[test]
    fn mini_program() {
        let providers = FakeProviders::start();
        block_on(login(reqwest_rerouted(providers.base()), &providers));
    }
}

#[test]
fn the_fake_refuses_what_wechat_would_not_take() {
    use oauth2::SyncHttpClient;
    let providers = FakeProviders::start();
    let http = rerouted_ureq_client(providers.base());
    // RFC 6749's names in the query: not code2Session's.
    let url = format!(
        "{}?client_id=wx1&client_secret=s&code=good&grant_type=authorization_code",
        wechat::JSCODE2SESSION_URL
    );
    let request = oauth_errors_tests::provider::get_request(&url);
    let body =
        String::from_utf8(SyncHttpClient::call(&http, request).unwrap().into_body()).unwrap();
    let error = wechat::MiniProgramErrorResponse::parse(&body).unwrap();
    assert_eq!(error.code(), Some(40035));
    assert_eq!(
        error.api(),
        Some(oauth_errors::WechatError::InvalidParameter)
    );
}
