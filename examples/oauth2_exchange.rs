//! Weibo and QQ with the `oauth2` crate: exchange authorization codes for tokens, and get a typed
//! error when the provider refuses. It runs against fake token endpoints served in-process on
//! loopback, so no account is needed:
//!
//! ```text
//! cargo run --example oauth2_exchange
//! ```
//!
//! In your project, enable the feature and use your HTTP client of choice:
//!
//! ```toml
//! oauth-errors = { version = "0.1", features = ["oauth2"] }
//! oauth2 = "5"
//! ```

use oauth_errors::{QqError, WeiboError, qq, weibo};
use oauth_errors_tests::provider::{FakeProviders, qq_client, ureq_client, weibo_client};
use oauth2::{AuthorizationCode, RequestTokenError, TokenResponse};

fn main() {
    let providers = FakeProviders::start();
    println!(
        "fake Weibo and QQ token endpoints at {}\n",
        providers.base()
    );

    // Weibo: `weibo::Client` is an `oauth2::Client` whose errors are `weibo::ErrorResponse`;
    // `weibo::HttpClient` adds the `token_type` Weibo leaves out of its tokens.
    let weibo = weibo_client(providers.base());
    let http = weibo::HttpClient::new(ureq_client());
    for sent in ["good", "used"] {
        let code = AuthorizationCode::new(sent.to_owned());
        match weibo.exchange_code(code).request(&http) {
            Ok(token) => println!(
                "Weibo, code {sent:?}: token {}",
                token.access_token().secret()
            ),
            Err(RequestTokenError::ServerResponse(error)) => {
                println!("Weibo, code {sent:?}: {error}");
                if error.known() == Some(WeiboError::InvalidGrant) {
                    println!("  -> the code was used or expired: send the user to log in again");
                }
            }
            Err(other) => println!("Weibo, code {sent:?}: request failed: {other}"),
        }
    }

    // QQ answers everything with HTTP 200, errors as JSONP or url-encoded pairs:
    // `qq::HttpClient` turns them into what `oauth2` expects.
    let qq = qq_client(providers.base());
    let http = qq::HttpClient::new(ureq_client());
    for sent in ["good", "used", "bad"] {
        let code = AuthorizationCode::new(sent.to_owned());
        match qq.exchange_code(code).request(&http) {
            Ok(token) => println!(
                "QQ, code {sent:?}: token {}, expires in {:?}",
                token.access_token().secret(),
                token.expires_in()
            ),
            Err(RequestTokenError::ServerResponse(error)) => {
                println!("QQ, code {sent:?}: {error}");
                match error.known() {
                    Some(QqError::CodeReused) => println!("  -> never exchange a code twice"),
                    Some(other) => println!("  -> {other:?}"),
                    None => println!("  -> a code QQ's table does not list: {:?}", error.code()),
                }
            }
            Err(other) => println!("QQ, code {sent:?}: request failed: {other}"),
        }
    }
}
