//! Taobao end to end, blocking and async, against the fake Taobao
//! (`tests/support/provider/taobao.rs`): the authorization URL with `view=web`, the code, the
//! token with the user in it, and a used code.

use oauth_errors::{Kind, TaobaoError, taobao};
use oauth_errors_tests::provider::{
    FakeProviders, answered, code_and_state, get_request, pointed, ureq_client,
};
use oauth2::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RequestTokenError,
    TokenResponse,
};
use std::time::Duration;

fn client(providers: &FakeProviders) -> taobao::ReadyClient {
    pointed(
        taobao::client(
            ClientId::new("12345678".to_owned()),
            ClientSecret::new("taobao secret".to_owned()),
            RedirectUrl::new("https://app.example/login/taobao".to_owned()).unwrap(),
        ),
        providers.base(),
        "/taobao/authorize",
        "/taobao/token",
    )
}

/// The login, written once for a blocking and an async HTTP client.
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let client = client(&providers);
            let (url, state) = taobao::authorize_url(client.authorize_url(CsrfToken::new_random));
            assert_eq!(url.query_pairs().last().unwrap(), ("view".into(), "web".into()));
            let (status, location, _) =
                answered(&$call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer"));
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());
            let adapter = taobao::HttpClient::new(http.clone());
            let token = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(15_552_000)));
            assert_eq!(token.extra_fields().user_id(), Some("2207644947909"));
            assert_eq!(token.extra_fields().user_nick().as_deref(), Some("mday旗舰店"));
            assert_eq!(token.extra_fields().open_uid(), Some("AAHa7xgfANpuroaKi4u7Muqf"));
            let sent = providers.last("/taobao/token");
            assert_eq!(sent.method, "POST");
            assert_eq!(sent.form("client_secret"), Some("taobao secret"));
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(TaobaoError::InvalidClient));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected Taobao's error, got {other:?}"),
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flow!(taobao_flow, request, SyncHttpClient::call, [SyncHttpClient]);

    #[test]
    fn taobao() {
        taobao_flow(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;

    flow!(
        taobao_flow, request_async, AsyncHttpClient::call,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn taobao() {
        crate::run(taobao_flow);
    }
}
