//! The `oauth2` adapter on its own: what `oauth2` makes of Weibo's and QQ's answers with and
//! without it (the ready clients against the fake providers on loopback; `tests/login.rs` runs
//! whole logins).

use oauth_errors::{QqError, WeiboError, qq, weibo};
use oauth_errors_tests::provider::{FakeProviders, pointed, ureq_client};
use oauth2::{AuthorizationCode, ClientId, ClientSecret, RedirectUrl, RequestTokenError};

fn code(code: &str) -> AuthorizationCode {
    AuthorizationCode::new(code.to_owned())
}

fn weibo_client(providers: &FakeProviders) -> weibo::ReadyClient {
    let client = weibo::client(
        ClientId::new("3127453".to_owned()),
        ClientSecret::new("secret".to_owned()),
        RedirectUrl::new("https://app.example/cb".to_owned()).unwrap(),
    );
    pointed(
        client,
        providers.base(),
        "/weibo/oauth2/authorize",
        "/weibo/oauth2/access_token",
    )
}

fn qq_client(providers: &FakeProviders) -> qq::ReadyClient {
    let client = qq::client(
        ClientId::new("101234567".to_owned()),
        ClientSecret::new("secret".to_owned()),
        RedirectUrl::new("https://app.example/cb".to_owned()).unwrap(),
    );
    pointed(
        client,
        providers.base(),
        "/qq/oauth2.0/authorize",
        "/qq/oauth2.0/token",
    )
}

#[test]
fn weibo_errors_are_typed() {
    let providers = FakeProviders::start();
    let client = weibo_client(&providers);
    let http = weibo::HttpClient::new(ureq_client());
    match client.exchange_code(code("used")).request(&http) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(WeiboError::InvalidGrant));
            assert_eq!(error.code(), Some(21325));
            assert_eq!(error.message(), Some("invalid authorization code:used"));
            assert_eq!(error.request(), Some("/oauth2/access_token"));
        }
        other => panic!("expected Weibo's error, got {other:?}"),
    }
    // A code Weibo's OAuth table does not list is kept as sent.
    match client.exchange_code(code("unknown")).request(&http) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), None);
            assert_eq!(error.code(), Some(21301));
            assert_eq!(error.error(), Some("miss client id or secret"));
        }
        other => panic!("expected Weibo's error, got {other:?}"),
    }
}

#[test]
fn weibo_errors_need_no_adapter_but_its_tokens_do() {
    // Weibo answers errors with status 400 and JSON: `weibo::ErrorResponse` alone is enough.
    let providers = FakeProviders::start();
    let client = weibo_client(&providers);
    match client.exchange_code(code("used")).request(&ureq_client()) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(WeiboError::InvalidGrant));
        }
        other => panic!("expected Weibo's error, got {other:?}"),
    }
    // Weibo sends no `token_type`; without the adapter, `oauth2` cannot read the token.
    assert!(matches!(
        client.exchange_code(code("good")).request(&ureq_client()),
        Err(RequestTokenError::Parse(..))
    ));
}

#[test]
fn qq_without_the_adapter_is_what_oauth2_users_get_today() {
    // QQ takes the token request as a GET and answers errors with status 200 and JSONP:
    // `oauth2` alone sends a POST and reads the answer as a bad token.
    let providers = FakeProviders::start();
    let client = qq_client(&providers);
    match client.exchange_code(code("used")).request(&ureq_client()) {
        Err(RequestTokenError::Other(message)) => {
            assert!(
                message.contains("unexpected response Content-Type"),
                "{message}"
            );
        }
        other => panic!("expected oauth2 to fail on QQ's JSONP, got {other:?}"),
    }
    assert_eq!(providers.last("/qq/oauth2.0/token").method, "POST");
    // With the adapter: a GET, and the typed error.
    match client
        .exchange_code(code("used"))
        .request(&qq::HttpClient::new(ureq_client()))
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(QqError::CodeReused));
        }
        other => panic!("expected QQ's error, got {other:?}"),
    }
    assert_eq!(providers.last("/qq/oauth2.0/token").method, "GET");
}

#[test]
fn the_async_future_is_send_when_the_wrapped_one_is() {
    fn is_send<T: Send>() {}
    is_send::<
        oauth_errors::AdapterFuture<
            'static,
            std::future::Ready<Result<oauth2::HttpResponse, std::io::Error>>,
            qq::Qq,
            oauth_errors::Unsigned,
        >,
    >();
}

#[test]
fn errors_stay_small_in_a_result() {
    // clippy's `result_large_err` warns above 128 bytes: users return these in `Result`s.
    assert_eq!(size_of::<weibo::ErrorResponse>(), size_of::<usize>());
    let adapter = size_of::<oauth_errors::AdapterError<std::io::Error>>();
    assert!(adapter <= 40, "{adapter}");
}
