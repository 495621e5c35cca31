//! Declaring a provider the crate does not ship: Microsoft Entra's OAuth errors, its table as
//! published (kept in a file), each row's kind given beside it, and how its answers look; then
//! Entra's error bodies read into typed errors, and one policy for them.
//!
//! ```text
//! cargo run --example custom_provider
//! ```

use core::convert::Infallible;
use oauth_errors::{Kind, Provider, ProviderErrorResponse, WireFormat};

oauth_errors::oauth_error_table! {
    /// Microsoft Entra's OAuth 2.0 errors (the `error` of its token endpoint), as published.
    #[oauth_errors(kind(
        retry = ["temporarily_unavailable"],
        reauthorize = ["invalid_grant", "interaction_required"],
        misconfigured = ["unauthorized_client", "invalid_client", "invalid_resource"],
        invalid_request = ["invalid_request", "unsupported_grant_type"],
    ))]
    pub enum EntraError {
        include_str!("../tests/tables/providers/entra-errors.md")
    }
}

/// Microsoft Entra: RFC 6749's errors, with a `trace_id` for its support:
/// `{"error":"invalid_grant","error_description":"AADSTS70000: …","trace_id":"…"}`.
pub enum Entra {}

impl Provider for Entra {
    const NAME: &'static str = "Entra";
    type Error = EntraError;
    type ApiError = Infallible;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["error"])
        .message(&["error_description"])
        .request_id(&["trace_id"])
        .success(&["access_token"]);
}

/// What a caller does, by kind: the same policy for every provider.
fn advice(kind: Kind) -> &'static str {
    match kind {
        Kind::Retry | Kind::RateLimited => "retry later",
        Kind::Refresh => "renew the token, replay once",
        Kind::Reauthorize => "send the user through login again",
        Kind::Denied => "tell the user",
        Kind::Misconfigured | Kind::InvalidRequest => "fix the app",
        _ => "log it",
    }
}

fn main() {
    // Bodies in the shape of Entra's error answers; their texts from its published tables (and
    // RFC 6749's for `invalid_scope`, which Entra's table of OAuth errors does not list).
    for body in [
        r#"{"error":"invalid_grant","error_description":"AADSTS50058: UserInformationNotProvided - Session information isn't sufficient for single-sign-on.","error_codes":[50058],"trace_id":"0000aaaa-11bb-cccc-dd22-eeeeee333333"}"#,
        r#"{"error":"temporarily_unavailable","error_description":"The server is temporarily too busy to handle the request."}"#,
        r#"{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed."}"#,
        r#"{"access_token":"eyJ0eXAi","token_type":"Bearer","expires_in":3599}"#,
    ] {
        match ProviderErrorResponse::<Entra>::parse(body) {
            Ok(response) => println!("{response}\n    -> {}", advice(response.kind())),
            Err(not_an_error) => println!("{not_an_error}"),
        }
    }

    println!("\nThe whole table (error, kind, description):");
    for error in EntraError::ALL {
        println!(
            "  {:<24} {:<15} {}",
            error.error(),
            error.kind(),
            error.description()
        );
    }
    assert_eq!(EntraError::ALL.len(), 8);
}
