//! Declaring a provider the crate does not ship: Feishu's `user_access_token` errors, its table
//! as published (kept in a file), each row's kind given beside it, and its wire format; then
//! Feishu's error bodies read into typed errors.
//!
//! ```text
//! cargo run --example custom_provider
//! ```

use oauth_errors::{Kind, Provider, ProviderErrorResponse, WireFormat};

oauth_errors::oauth_error_table! {
    /// Feishu's errors of `user_access_token` (获取 `user_access_token` 错误码), as published.
    #[oauth_errors(kind(
        retry = [20050, 20072],
        reauthorize = [20003, 20004, 20065],
        misconfigured = [20002, 20048, 20069],
        denied = [20008, 20009, 20010, 20066],
        invalid_request = [20001, 20024, 20036, 20049, 20063, 20067, 20068, 20070, 20071],
    ))]
    pub enum FeishuError {
        include_str!("../tests/tables/providers/feishu-oauth-mended.md")
    }
}

/// Feishu (飞书): `{"code":20050,"error":"server_error","error_description":"…"}`, and a token
/// request that is a `POST` of JSON.
pub enum Feishu {}

impl Provider for Feishu {
    const NAME: &'static str = "Feishu";
    type Error = FeishuError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new()
        .code(&["code"])
        .error(&["error"])
        .message(&["error_description"])
        .success(&["access_token"])
        .success_code(0);
}

/// What a caller does, by kind: the same policy for every provider.
fn advice(kind: Kind) -> &'static str {
    match kind {
        Kind::Retry | Kind::RateLimited => "retry later",
        Kind::Reauthorize => "send the user through login again",
        Kind::Denied => "tell the user",
        Kind::Misconfigured | Kind::InvalidRequest => "fix the app",
        _ => "log it",
    }
}

fn main() {
    for body in [
        r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#,
        r#"{"code":20065,"error":"invalid_grant","error_description":"The authorization code has been used."}"#,
        r#"{"code":20099,"error":"unknown","error_description":"?"}"#,
        r#"{"code":0,"access_token":"eyJhbGciOiJFUzI1NiIs","token_type":"Bearer"}"#,
    ] {
        match ProviderErrorResponse::<Feishu>::parse(body) {
            Ok(response) => println!("{response}\n    -> {}", advice(response.kind())),
            Err(not_an_error) => println!("{not_an_error}"),
        }
    }

    println!("\nThe whole table (HTTP status, code, kind, description):");
    for error in FeishuError::ALL {
        println!(
            "  {} {}  {:<15} {}",
            error.category(),
            error.code(),
            error.kind(),
            error.description()
        );
    }
    assert_eq!(FeishuError::ALL.len(), 21);
}
