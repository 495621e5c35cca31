//! Logging in with WeCom end to end, against the fake WeCom on loopback
//! (`tests/support/provider/wecom.rs`), blocking (`ureq`) and async (`reqwest` on `tokio`):
//! both authorization URLs as WeCom's pages write them, the redirect back with the code and the
//! state, the app's token from `gettoken`, the member and the non-member from
//! `auth/getuserinfo`, a used code, an expired token, an untrusted IP. Each request goes to
//! WeCom's documented URL, sent to the fake by `Routed`.

use oauth_errors::wecom::{self, WecomError};
use oauth_errors::{CallError, Endpoint, Kind};
use oauth_errors_tests::provider::{
    FakeProviders, Routed, answered, code_and_state, get_request, ureq_client,
};
use oauth2::{AccessToken, AuthorizationCode, ClientSecret, RedirectUrl};
use std::time::Duration;

const REDIRECT: &str = "https://app.example/login/wecom";

fn code(code: &str) -> AuthorizationCode {
    AuthorizationCode::new(code.to_owned())
}

macro_rules! flow {
    ($name:ident, $call:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        // One login, step by step, in order: longer than a function usually is.
        #[allow(clippy::too_many_lines)]
        $($asyncness)? fn $name<C: $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let http = Routed::new(http, providers.base());
            let redirect = RedirectUrl::new(REDIRECT.to_owned()).unwrap();

            // 1. Both authorization URLs, exactly as WeCom documents them; each brings the
            // code back with the state, which must be the one kept.
            let (url, state) = wecom::web_login_url("WWCorpId", "1000000", &redirect);
            assert_eq!(
                url.as_str(),
                format!(
                    "https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid=WWCorpId&agentid=1000000&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fwecom&state={}",
                    state.secret()
                )
            );
            let response = $call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer");
            let (status, location, _) = answered(&response);
            assert_eq!(status, 302);
            let location = location.unwrap();
            assert!(location.starts_with(&format!("{REDIRECT}?")));
            let (web_code, returned) = code_and_state(&location);
            assert_eq!(&returned, state.secret());

            let (url, state) = wecom::in_app_url("WWCorpId", "1000000", &redirect);
            assert_eq!(
                url.as_str(),
                format!(
                    "https://open.weixin.qq.com/connect/oauth2/authorize?appid=WWCorpId&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fwecom&response_type=code&scope=snsapi_base&state={}&agentid=1000000#wechat_redirect",
                    state.secret()
                )
            );
            assert!(state.secret().bytes().all(|b| b.is_ascii_alphanumeric()));
            let response = $call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer");
            let (status, location, _) = answered(&response);
            assert_eq!(status, 302);
            let (in_app_code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());
            assert_eq!(in_app_code, web_code);

            // 2. The app's token.
            let secret = ClientSecret::new("wecom secret".to_owned());
            let token = access_token!(http, "WWCorpId", &secret $(, $await)?).expect("a token");
            assert_eq!(token.access_token().secret(), "accesstoken000001");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
            let sent = providers.last("/qyapi.weixin.qq.com/cgi-bin/gettoken");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.query_keys(), ["corpid", "corpsecret"]);
            assert_eq!(sent.query("corpid"), Some("WWCorpId"));
            assert_eq!(sent.query("corpsecret"), Some("wecom secret"));
            assert!(sent.form.is_empty() && sent.json.is_empty());

            // 3. Who the code belongs to: a member …
            let user = user!(http, token.access_token(), &code(&web_code) $(, $await)?).expect("a user");
            let member = user.member().expect("a member");
            assert_eq!(member.userid(), "USERID");
            assert_eq!(member.user_ticket(), Some("USER_TICKET"));
            assert!(!format!("{user:?}").contains("USER_TICKET"));
            let sent = providers.last("/qyapi.weixin.qq.com/cgi-bin/auth/getuserinfo");
            assert_eq!(sent.method, "GET");
            assert_eq!(sent.query_keys(), ["access_token", "code"]);
            assert_eq!(sent.query("access_token"), Some("accesstoken000001"));
            assert_eq!(sent.query("code"), Some("good"));

            // … or not.
            match user!(http, token.access_token(), &code("outsider") $(, $await)?).expect("a user") {
                wecom::User::NonMember(outsider) => {
                    assert_eq!(outsider.openid(), "OPENID");
                    assert_eq!(outsider.external_userid(), Some("EXTERNAL_USERID"));
                }
                other => panic!("expected a non-member, got {other:?}"),
            }

            // 4. A code used twice (or expired, or another app's).
            match user!(http, token.access_token(), &code("used") $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(WecomError::InvalidOauthCode));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                    assert_eq!(error.endpoint(), Some(Endpoint::Api));
                    assert_eq!(error.message(), Some("invalid code"));
                }
                other => panic!("expected WeCom's error, got {other:?}"),
            }

            // 5. An expired app token: fetch a new one.
            let expired = AccessToken::new("expired".to_owned());
            match user!(http, &expired, &code("good") $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(WecomError::AccessTokenExpired));
                    assert_eq!(error.kind(), Kind::Refresh);
                    assert_eq!(
                        error.request_id(),
                        Some("1576065934_28_e0fae07666aa64636023c1fa7e8f49a4")
                    );
                }
                other => panic!("expected WeCom's error, got {other:?}"),
            }

            // 6. `gettoken` from a server WeCom does not trust.
            let other = ClientSecret::new("other secret".to_owned());
            match access_token!(http, "WWCorpId", &other $(, $await)?) {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.known(), Some(WecomError::IpNotAllowed));
                    assert_eq!(error.kind(), Kind::Misconfigured);
                    assert_eq!(error.endpoint(), Some(Endpoint::Token));
                    assert_eq!(error.request_id(), Some("1709402398118372241469842"));
                }
                other => panic!("expected WeCom's error, got {other:?}"),
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    macro_rules! access_token {
        ($http:expr, $corp:expr, $secret:expr) => {
            wecom::access_token(&$http, $corp, $secret)
        };
    }

    macro_rules! user {
        ($http:expr, $token:expr, $code:expr) => {
            wecom::user(&$http, $token, $code)
        };
    }

    flow!(login, SyncHttpClient::call, [SyncHttpClient]);

    #[test]
    fn wecom() {
        login(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use crate::run;
    use oauth2::AsyncHttpClient;

    macro_rules! access_token {
        ($http:expr, $corp:expr, $secret:expr, $await:tt) => {
            wecom::access_token_async(&$http, $corp, $secret).$await
        };
    }

    macro_rules! user {
        ($http:expr, $token:expr, $code:expr, $await:tt) => {
            wecom::user_async(&$http, $token, $code).$await
        };
    }

    flow!(login, AsyncHttpClient::call, [for<'c> AsyncHttpClient<'c>], async await);

    #[test]
    fn wecom() {
        run(login);
    }
}

#[test]
fn secrets_stay_out_of_errors() {
    use crate::security::{ACCESS, CODE, SECRET, assert_no_secret, leaky, leaky_async, shown};
    let secret = ClientSecret::new(SECRET.to_owned());
    let token = AccessToken::new(ACCESS.to_owned());
    let error = wecom::access_token(&leaky, "WWCorpId", &secret).unwrap_err();
    assert_no_secret(&shown(&error));
    let error = wecom::user(&leaky, &token, &AuthorizationCode::new(CODE.to_owned())).unwrap_err();
    assert_no_secret(&shown(&error));
    let error =
        crate::block_on(wecom::access_token_async(&leaky_async, "WWCorpId", &secret)).unwrap_err();
    assert_no_secret(&shown(&error));
    let error = crate::block_on(wecom::user_async(
        &leaky_async,
        &token,
        &AuthorizationCode::new(CODE.to_owned()),
    ))
    .unwrap_err();
    assert_no_secret(&shown(&error));
    // What is returned does not show the token either.
    let http = crate::answering(
        200,
        r#"{"errcode":0,"errmsg":"ok","access_token":"ACCESS-FE04CCE2","expires_in":7200}"#,
    );
    let token = wecom::access_token(&http, "WWCorpId", &secret).unwrap();
    assert_no_secret(&format!("{token:?}"));
}

#[test]
fn answers_that_are_not_what_was_asked_for() {
    let secret = ClientSecret::new("wecom secret".to_owned());
    // A success without a token, or without a user.
    let error = wecom::access_token(
        &crate::answering(200, r#"{"errcode":0,"errmsg":"ok"}"#),
        "WWCorpId",
        &secret,
    )
    .unwrap_err();
    assert!(matches!(error, CallError::Answer(_)), "{error:?}");
    assert!(
        error.to_string().contains("without an `access_token`"),
        "{error}"
    );
    let token = AccessToken::new("accesstoken000001".to_owned());
    let error = wecom::user(
        &crate::answering(200, r#"{"errcode":0,"errmsg":"ok"}"#),
        &token,
        &code("good"),
    )
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("without a `userid` or an `openid`"),
        "{error}"
    );
    // The older endpoint's capitalised `UserId` is not the documented `userid`.
    let error = wecom::user(
        &crate::answering(200, r#"{"errcode":0,"errmsg":"ok","UserId":"USERID"}"#),
        &token,
        &code("good"),
    )
    .unwrap_err();
    assert!(matches!(error, CallError::Answer(_)), "{error:?}");
    // A redirect is refused.
    let error = wecom::access_token(&crate::answering(302, ""), "WWCorpId", &secret).unwrap_err();
    assert!(
        matches!(
            error,
            CallError::Http(oauth_errors::AdapterError::Redirect { status: 302, .. })
        ),
        "{error:?}"
    );
}
