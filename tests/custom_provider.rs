//! A provider the crate does not ship, declared as a user's crate declares one (this crate is not
//! the facade): a table of its errors, how its answers look and how its login is called — a JSON
//! token request with camelCase names, a camelCase answer, an authorization URL with a parameter
//! of its own — and a whole login through the `oauth2` crate, blocking and async, against a fake
//! on loopback that checks the request (`tests/support/provider/camel.rs`), with no HTTP or JSON
//! code here: the declarations and the app's credentials are all.

use core::convert::Infallible;
use oauth_errors::{
    AuthorizeRequest, HttpClient, Kind, Login, Parameter, Parameters, ParseError, Provider,
    ProviderClient, ProviderErrorResponse, ReadyClient, Rename, Token, TokenAnswer, TokenRequest,
    WireFormat, oauth_error_table,
};
use oauth_errors_tests::provider::{
    FakeProviders, answered, code_and_state, get_request, ureq_client,
};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl,
    RequestTokenError, TokenResponse, TokenUrl,
};
use std::time::Duration;

oauth_error_table! {
    /// The token endpoint's errors (two rows of a table shaped like DingTalk's).
    pub enum CamelError {
        r"
        | code(error) | message(description) | kind |
        | --- | --- | --- |
        | invalidParameter.authCode.notFound | 授权码不存在 | reauthorize |
        | Forbidden.AccessDenied.AccessTokenPermissionDenied | 没有调用该接口的权限 | misconfigured |
        "
    }
}

/// The provider.
pub enum Camel {}

impl Provider for Camel {
    const NAME: &'static str = "Camel";
    type Error = CamelError;
    type ApiError = Infallible;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["code"])
        .message(&["message"])
        .request_id(&["requestid"])
        .success(&["accessToken"]);
    const LOGIN: Login = Login::new()
        .token_request(
            TokenRequest::new()
                .parameters(Parameters::Json)
                .rename(&[
                    Rename {
                        standard: "client_id",
                        provider: "clientId",
                    },
                    Rename {
                        standard: "client_secret",
                        provider: "clientSecret",
                    },
                    Rename {
                        standard: "grant_type",
                        provider: "grantType",
                    },
                    Rename {
                        standard: "refresh_token",
                        provider: "refreshToken",
                    },
                ])
                .omit(&["redirect_uri"]),
        )
        .token_answer(TokenAnswer::new().rename(&[
            Rename {
                standard: "access_token",
                provider: "accessToken",
            },
            Rename {
                standard: "refresh_token",
                provider: "refreshToken",
            },
            Rename {
                standard: "expires_in",
                provider: "expireIn",
            },
        ]))
        .authorize_request(AuthorizeRequest::new().defaults(&[Parameter {
            name: "prompt",
            value: "consent",
        }]));
}

/// The app's client: the provider's endpoints (here the fake's) and the app's credentials.
fn client(base: &str) -> ReadyClient<Camel> {
    let client: ProviderClient<Camel> = oauth2::Client::new(ClientId::new("ding1".to_owned()));
    client
        .set_client_secret(ClientSecret::new("camel secret".to_owned()))
        .set_auth_type(AuthType::RequestBody)
        .set_auth_uri(AuthUrl::new(format!("{base}/camel/auth")).unwrap())
        .set_token_uri(TokenUrl::new(format!("{base}/camel/token")).unwrap())
        .set_redirect_uri(RedirectUrl::new("https://app.example/login/camel".to_owned()).unwrap())
}

#[test]
fn its_errors_read_as_the_shipped_providers_do() {
    let response = ProviderErrorResponse::<Camel>::parse(
        r#"{"code":"invalidParameter.authCode.notFound","message":"不合法的临时授权码","requestid":"4AC0D68A"}"#,
    )
    .unwrap();
    assert_eq!(
        response.known(),
        Some(CamelError::InvalidParameterAuthCodeNotFound)
    );
    assert_eq!(response.kind(), Kind::Reauthorize);
    assert_eq!(response.request_id(), Some("4AC0D68A"));
    assert_eq!(
        response.to_string(),
        "Camel error invalidParameter.authCode.notFound: 授权码不存在 (不合法的临时授权码) [request id 4AC0D68A]"
    );
    let json = serde_json::to_string(&response).unwrap();
    assert_eq!(
        serde_json::from_str::<ProviderErrorResponse<Camel>>(&json).unwrap(),
        response
    );
    assert_eq!(
        ProviderErrorResponse::<Camel>::parse(r#"{"accessToken":"AT","expireIn":7200}"#),
        Err(ParseError::Success {
            field: "accessToken"
        })
    );
}

/// The login, written once for a blocking and an async HTTP client.
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let client = client(providers.base());
            let (url, state) =
                oauth_errors::authorize_url::<Camel>(client.authorize_url(CsrfToken::new_random));
            assert_eq!(url.query_pairs().last().unwrap(), ("prompt".into(), "consent".into()));
            let (status, location, _) =
                answered(&$call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer"));
            assert_eq!(status, 302);
            let (code, returned) = code_and_state(&location.unwrap());
            assert_eq!(&returned, state.secret());
            let adapter: HttpClient<_, Camel> = HttpClient::new(http.clone());
            let token: Token<Camel> = client
                .exchange_code(AuthorizationCode::new(code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), "AT-CAMEL");
            assert_eq!(token.expires_in(), Some(Duration::from_secs(7200)));
            assert_eq!(token.extra_fields().field("corpId"), Some("ding1234"));
            let sent = providers.last("/camel/token");
            assert_eq!(sent.json_keys(), ["clientId", "clientSecret", "code", "grantType"]);
            assert_eq!(sent.json("grantType"), Some("authorization_code"));
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a refreshed token");
            assert_eq!(refreshed.refresh_token().unwrap().secret(), "RT2");
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(CamelError::InvalidParameterAuthCodeNotFound));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                }
                other => panic!("expected the provider's error, got {other:?}"),
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flow!(camel_flow, request, SyncHttpClient::call, [SyncHttpClient]);

    #[test]
    fn a_login() {
        camel_flow(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;
    use oauth2::reqwest;

    flow!(
        camel_flow, request_async, AsyncHttpClient::call,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn a_login() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        runtime.block_on(camel_flow(client));
    }
}
