//! The `oauth2` crate end to end: the real `oauth2` client and a real HTTP client (ureq) exchange
//! authorization codes with fake Weibo and QQ token endpoints served on loopback (`tiny_http`), and
//! get the typed error, or the token.

use oauth_errors::{QqError, WeiboError, qq, weibo};
use oauth_errors_tests::provider::{FakeProviders, qq_client, ureq_client, weibo_client};
use oauth2::{AuthorizationCode, RequestTokenError, TokenResponse};
use std::time::Duration;

fn code(code: &str) -> AuthorizationCode {
    AuthorizationCode::new(code.to_owned())
}

#[test]
fn weibo_errors_are_typed() {
    let providers = FakeProviders::start();
    let client = weibo_client(providers.base());
    let http = weibo::HttpClient::new(ureq_client());
    match client.exchange_code(code("used")).request(&http) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(WeiboError::InvalidGrant));
            assert_eq!(error.code(), Some(21325));
            assert_eq!(error.description(), Some("invalid authorization code:used"));
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
fn weibo_errors_need_no_adapter() {
    // Weibo answers errors with status 400 and JSON: `weibo::ErrorResponse` alone is enough.
    let providers = FakeProviders::start();
    let client = weibo_client(providers.base());
    match client.exchange_code(code("used")).request(&ureq_client()) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(WeiboError::InvalidGrant));
        }
        other => panic!("expected Weibo's error, got {other:?}"),
    }
}

#[test]
fn weibo_tokens() {
    let providers = FakeProviders::start();
    let client = weibo_client(providers.base());
    let token = client
        .exchange_code(code("good"))
        .request(&weibo::HttpClient::new(ureq_client()))
        .expect("a token");
    assert_eq!(token.access_token().secret(), "2.00Jx8WDC0abc");
    assert_eq!(token.expires_in(), Some(Duration::from_secs(157_679_999)));
    // Weibo sends no `token_type`; without the adapter, `oauth2` cannot read the token.
    assert!(matches!(
        client.exchange_code(code("good")).request(&ureq_client()),
        Err(RequestTokenError::Parse(..))
    ));
}

#[test]
fn qq_errors_are_typed_in_every_shape() {
    let providers = FakeProviders::start();
    let client = qq_client(providers.base());
    let http = qq::HttpClient::new(ureq_client());
    for (sent, expected, description) in [
        ("used", QqError::CodeReused, "code is reused error"),
        (
            "bad",
            QqError::CodeExchangeFailed,
            "code to access token error",
        ),
        (
            "other",
            QqError::InvalidAccessToken,
            "access token is illegal",
        ),
    ] {
        match client.exchange_code(code(sent)).request(&http) {
            Err(RequestTokenError::ServerResponse(error)) => {
                assert_eq!(error.known(), Some(expected), "{sent}");
                assert_eq!(error.code(), Some(i64::from(expected.code())));
                assert_eq!(error.description(), Some(description));
            }
            other => panic!("expected QQ's error for {sent}, got {other:?}"),
        }
    }
}

#[test]
fn qq_without_the_adapter_is_what_oauth2_users_get_today() {
    // QQ answers errors with status 200 and JSONP: `oauth2` alone reads it as a bad token.
    let providers = FakeProviders::start();
    let client = qq_client(providers.base());
    match client.exchange_code(code("used")).request(&ureq_client()) {
        Err(RequestTokenError::Other(message)) => {
            assert!(
                message.contains("unexpected response Content-Type"),
                "{message}"
            );
        }
        other => panic!("expected oauth2 to fail on QQ's JSONP, got {other:?}"),
    }
}

#[test]
fn qq_tokens() {
    let providers = FakeProviders::start();
    let client = qq_client(providers.base());
    let token = client
        .exchange_code(code("good"))
        .request(&qq::HttpClient::new(ureq_client()))
        .expect("a token");
    assert_eq!(token.access_token().secret(), "FE04CCE2A3B7A7C1");
    assert_eq!(token.refresh_token().unwrap().secret(), "88E4BE14D3F8A9C6");
    assert_eq!(token.expires_in(), Some(Duration::from_secs(7_776_000)));
}

#[test]
fn the_adapter_works_for_async_clients_too() {
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// Runs a future that needs no I/O to finish (the HTTP call inside is blocking).
    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = pin!(future);
        let mut context = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
                return output;
            }
        }
    }

    let providers = FakeProviders::start();
    let client = qq_client(providers.base());
    let blocking = ureq_client();
    let http = qq::HttpClient::new(move |request| {
        let response = blocking(request);
        async move { response }
    });
    match block_on(client.exchange_code(code("used")).request_async(&http)) {
        Err(RequestTokenError::ServerResponse(error)) => {
            assert_eq!(error.known(), Some(QqError::CodeReused));
        }
        other => panic!("expected QQ's error, got {other:?}"),
    }
    let token = block_on(client.exchange_code(code("good")).request_async(&http)).unwrap();
    assert_eq!(token.access_token().secret(), "FE04CCE2A3B7A7C1");
}

#[test]
fn the_async_future_is_send_when_the_wrapped_one_is() {
    fn is_send<T: Send>() {}
    is_send::<
        oauth_errors::Standardized<
            std::future::Ready<Result<oauth2::HttpResponse, std::io::Error>>,
            qq::ErrorResponse,
        >,
    >();
}
