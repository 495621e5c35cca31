//! A fake Weibo and QQ on loopback: a real HTTP server (`tiny_http`) that answers the token
//! endpoints as the providers do, and a real HTTP client (`ureq`) for the `oauth2` crate.

use oauth_errors::{qq, weibo};
use std::thread::JoinHandle;

/// What the fake providers answer, by provider and the authorization code sent.
///
/// | path | `code` | answer |
/// | --- | --- | --- |
/// | `/weibo/token` | `good` | 200, a JSON token without `token_type` |
/// | `/weibo/token` | `used` | 400, JSON `invalid_grant` / 21325 |
/// | `/weibo/token` | other | 400, JSON with an `error_code` not in the table |
/// | `/qq/token` | `good` | 200, a url-encoded token |
/// | `/qq/token` | `used` | 200, JSONP error 100020 |
/// | `/qq/token` | `bad` | 200, url-encoded error 100019 |
/// | `/qq/token` | other | 200, JSON error 100013 |
#[must_use]
pub fn answer(path: &str, code: &str) -> (u16, &'static str, &'static str) {
    const JSON: &str = "application/json;charset=UTF-8";
    const TEXT: &str = "text/html;charset=utf-8";
    match (path, code) {
        ("/weibo/token", "good") => (
            200,
            JSON,
            r#"{"access_token":"2.00Jx8WDC0abc","remind_in":"157679999","expires_in":157679999,"uid":"1404376560"}"#,
        ),
        ("/weibo/token", "used") => (
            400,
            JSON,
            r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"invalid authorization code:used"}"#,
        ),
        ("/weibo/token", _) => (
            400,
            JSON,
            r#"{"error":"miss client id or secret","error_code":21301,"request":"/oauth2/access_token"}"#,
        ),
        ("/qq/token", "good") => (
            200,
            TEXT,
            "access_token=FE04CCE2A3B7A7C1&expires_in=7776000&refresh_token=88E4BE14D3F8A9C6",
        ),
        ("/qq/token", "used") => (
            200,
            TEXT,
            "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
        ),
        ("/qq/token", "bad") => (
            200,
            TEXT,
            "error=100019&error_description=code%20to%20access%20token%20error",
        ),
        ("/qq/token", _) => (
            200,
            JSON,
            r#"{"error":100013,"error_description":"access token is illegal"}"#,
        ),
        _ => (404, TEXT, "not found"),
    }
}

/// The fake providers, serving until dropped.
pub struct FakeProviders {
    server: std::sync::Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    base: String,
}

impl FakeProviders {
    /// Starts the server on a free loopback port.
    ///
    /// # Panics
    ///
    /// When no loopback port can be bound.
    #[must_use]
    pub fn start() -> FakeProviders {
        let server =
            std::sync::Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("a loopback port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let serving = std::sync::Arc::clone(&server);
        let thread = std::thread::spawn(move || {
            for mut request in serving.incoming_requests() {
                let mut body = String::new();
                let _ = request.as_reader().read_to_string(&mut body);
                let code = form_value(&body, "code").unwrap_or_default();
                let path = request
                    .url()
                    .split('?')
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let (status, content_type, answer) = answer(&path, &code);
                let header =
                    tiny_http::Header::from_bytes("Content-Type", content_type).expect("a header");
                let response = tiny_http::Response::from_string(answer)
                    .with_status_code(status)
                    .with_header(header);
                let _ = request.respond(response);
            }
        });
        FakeProviders {
            server,
            thread: Some(thread),
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// The server's address, such as `http://127.0.0.1:40123`.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }
}

impl Drop for FakeProviders {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The value of `key` in a url-encoded form body.
fn form_value(body: &str, key: &str) -> Option<String> {
    body.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (name == key).then(|| value.to_owned())
    })
}

/// A blocking HTTP client for the `oauth2` crate, on ureq: every status is a response, not an
/// error, as `oauth2` needs.
pub fn ureq_client()
-> impl Fn(oauth2::HttpRequest) -> Result<oauth2::HttpResponse, ureq::Error> + Clone {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    move |request: oauth2::HttpRequest| {
        let response = agent.run(request)?;
        let (parts, mut body) = response.into_parts();
        let body = body.read_to_vec()?;
        Ok(oauth2::http::Response::from_parts(parts, body))
    }
}

/// An `oauth2` client with a secret, an authorization and a token endpoint, whose token errors
/// are `TE`.
pub type Configured<TE> = oauth2::Client<
    TE,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

/// A client of the fake `provider` (`weibo`, `qq`) at `base`, with the app id `id`.
fn client<TE: oauth2::ErrorResponse + 'static>(
    base: &str,
    provider: &str,
    id: &str,
) -> Configured<TE> {
    oauth2::Client::new(oauth2::ClientId::new(id.to_owned()))
        .set_client_secret(oauth2::ClientSecret::new("secret".to_owned()))
        .set_auth_uri(oauth2::AuthUrl::new(format!("{base}/{provider}/authorize")).expect("a URL"))
        .set_token_uri(oauth2::TokenUrl::new(format!("{base}/{provider}/token")).expect("a URL"))
}

/// A Weibo `oauth2` client (`weibo::Client`) whose endpoints are the fake provider's.
#[must_use]
pub fn weibo_client(base: &str) -> Configured<weibo::ErrorResponse> {
    client(base, "weibo", "3127453")
}

/// A QQ `oauth2` client (`qq::Client`) whose endpoints are the fake provider's.
#[must_use]
pub fn qq_client(base: &str) -> Configured<qq::ErrorResponse> {
    client(base, "qq", "101234567")
}
