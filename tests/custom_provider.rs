//! A provider the crate does not ship, declared as a user's crate declares one (this crate is
//! not the facade): Feishu's `user_access_token` errors, its table as published, its wire
//! format, and a whole login through the `oauth2` crate against a fake Feishu on loopback, with
//! the same `ErrorResponse`, `HttpClient` and `Client` the shipped providers have.

use oauth_errors::{
    HttpClient, Kind, Login, Parameters, ParseError, Provider, ProviderClient,
    ProviderErrorResponse as ErrorResponse, ReadyClient, Token, TokenRequest, WireFormat,
    oauth_error_table,
};
use oauth_errors_tests::provider::{FakeProviders, code_and_state, get, ureq_client};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl,
    RequestTokenError, TokenResponse, TokenUrl,
};
use std::time::Duration;

oauth_error_table! {
    /// Feishu's errors of `user_access_token` (获取 `user_access_token` 错误码), as published.
    #[oauth_errors(kind(
        retry = [20050, 20072],
        reauthorize = [20003, 20004, 20065],
        misconfigured = [20002, 20048, 20069],
        denied = [20008, 20009, 20010, 20066],
        invalid_request = [20001, 20024, 20036, 20049, 20063, 20067, 20068, 20070, 20071],
    ))]
    pub enum FeishuError {
        include_str!("tables/providers/feishu-oauth-mended.md")
    }
}

/// Feishu: `{"code":20050,"error":"server_error","error_description":"…"}`, the token request
/// a `POST` of JSON.
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
    const LOGIN: Login =
        Login::new().token_request(TokenRequest::new().parameters(Parameters::Json));
}

type FeishuToken = Token<Feishu>;

fn client(base: &str) -> ReadyClient<Feishu, FeishuToken> {
    let client: ProviderClient<Feishu, FeishuToken> =
        oauth2::Client::new(ClientId::new("cli_a5ca35a685b0x26e".to_owned()));
    client
        .set_client_secret(ClientSecret::new("feishu secret".to_owned()))
        .set_auth_type(AuthType::RequestBody)
        .set_auth_uri(AuthUrl::new(format!("{base}/feishu/open-apis/authen/v1/authorize")).unwrap())
        .set_token_uri(
            TokenUrl::new(format!("{base}/feishu/open-apis/authen/v2/oauth/token")).unwrap(),
        )
        .set_redirect_uri(RedirectUrl::new("https://app.example/login/feishu".to_owned()).unwrap())
}

#[test]
fn the_table_as_published_with_kinds() {
    assert_eq!(FeishuError::ALL.len(), 21);
    assert_eq!(FeishuError::Code20050.category(), 500);
    assert_eq!(FeishuError::Code20050.kind(), Kind::Retry);
    assert_eq!(FeishuError::Code20065.kind(), Kind::Reauthorize);
    assert!(
        FeishuError::ALL
            .iter()
            .all(|error| error.kind() != Kind::Unknown)
    );
}

#[test]
fn feishu_error_bodies() {
    let response = ErrorResponse::<Feishu>::parse(
        r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#,
    )
    .unwrap();
    assert_eq!(response.known(), Some(FeishuError::Code20050));
    assert_eq!(response.error(), Some("server_error"));
    assert_eq!(response.kind(), Kind::Retry);
    assert_eq!(response.api(), None);
    assert_eq!(response.provider(), "Feishu");
    assert!(
        response
            .to_string()
            .starts_with("Feishu error 20050 server_error: An unexpected server error occurred.")
    );
    // Serialized as sent, read back the same.
    let json = serde_json::to_string(&response).unwrap();
    assert_eq!(
        serde_json::from_str::<ErrorResponse<Feishu>>(&json).unwrap(),
        response
    );
    // A token, and `code` 0, are successes.
    assert_eq!(
        ErrorResponse::<Feishu>::parse(r#"{"code":0,"access_token":"a","token_type":"Bearer"}"#),
        Err(ParseError::Success { field: "code" })
    );
    assert_eq!(
        ErrorResponse::<Feishu>::parse(r#"{"code":0}"#),
        Err(ParseError::Success { field: "code" })
    );
    // Feishu answers JSON only.
    assert!(matches!(
        ErrorResponse::<Feishu>::parse("code=20050"),
        Err(ParseError::Malformed { .. })
    ));
}

#[test]
fn feishu_login_through_oauth2() {
    let providers = FakeProviders::start();
    let client = client(providers.base());
    let http = ureq_client();
    let (url, state) = client.authorize_url(CsrfToken::new_random).url();
    let (status, location, _) = get(&http, url.as_str());
    assert_eq!(status, 302);
    let (code, returned) = code_and_state(&location.unwrap());
    assert_eq!(&returned, state.secret());

    let adapter: HttpClient<_, Feishu> = HttpClient::new(http);
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)
        .expect("a token");
    assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
    assert_eq!(
        token.extra_fields().field("refresh_token_expires_in"),
        Some("604800")
    );
    assert_eq!(token.scopes().unwrap().len(), 4);
    let sent = providers.last("/feishu/open-apis/authen/v2/oauth/token");
    assert_eq!(sent.method, "POST");
    assert_eq!(
        sent.json_keys(),
        [
            "client_id",
            "client_secret",
            "code",
            "grant_type",
            "redirect_uri"
        ]
    );
    assert_eq!(sent.json("client_id"), Some("cli_a5ca35a685b0x26e"));
    assert!(sent.form.is_empty());

    let token = client
        .exchange_refresh_token(token.refresh_token().unwrap())
        .request(&adapter)
        .expect("a refreshed token");
    assert!(token.refresh_token().is_some());

    for (sent, expected, kind) in [
        ("used", FeishuError::Code20065, Kind::Reauthorize),
        ("other", FeishuError::Code20050, Kind::Retry),
    ] {
        match client
            .exchange_code(AuthorizationCode::new(sent.to_owned()))
            .request(&adapter)
        {
            Err(RequestTokenError::ServerResponse(error)) => {
                assert_eq!(error.known(), Some(expected));
                assert_eq!(error.kind(), kind);
            }
            other => panic!("expected Feishu's error, got {other:?}"),
        }
    }
}
