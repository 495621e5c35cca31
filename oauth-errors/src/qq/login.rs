//! Logging in with QQ through the `oauth2` crate: the ready [`client`], its token type and the
//! HTTP client adapter.

use super::{AUTHORIZE_URL, Qq, TOKEN_URL};
use oauth2::basic::BasicTokenType;
use oauth2::{ClientId, ClientSecret, RedirectUrl, StandardTokenResponse};

/// QQ's token response: `access_token`, `expires_in` and `refresh_token` as QQ sends them (its
/// url-encoded answer made JSON by [`HttpClient`]), other fields in
/// [`TokenFields`](crate::TokenFields). QQ's refresh token is good for one refresh: each
/// refresh answers a new one.
pub type TokenResponse = StandardTokenResponse<crate::TokenFields, BasicTokenType>;

crate::http_client::login_types!(
    Qq,
    "QQ",
    "sends the token request as the `GET` QQ documents, and makes QQ's answers standard (errors with status 200 as JSONP or url-encoded pairs, url-encoded tokens without `token_type`)"
);

/// A QQ `oauth2` client for your app: QQ's endpoints ([`AUTHORIZE_URL`], [`TOKEN_URL`]), the
/// appid and appkey sent as the token request's parameters (`client_id`, `client_secret`) and
/// the redirect URI, which QQ wants in both steps and which must be the one registered for the
/// app. Use it with [`HttpClient`]; the user's openid comes from [`ME_URL`](super::ME_URL),
/// read with [`Me`](super::Me).
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, Scope, SyncHttpClient};
/// use oauth2::TokenResponse as _;
/// use oauth_errors::qq;
///
/// let client = qq::client(
///     ClientId::new("101234567".into()),
///     ClientSecret::new("app key".into()),
///     RedirectUrl::new("https://example.com/login/qq".into())?,
/// );
/// let (url, state) = client
///     .authorize_url(CsrfToken::new_random)
///     .add_scope(Scope::new("get_user_info".into()))
///     .url();
/// assert!(url.as_str().starts_with("https://graph.qq.com/oauth2.0/authorize?response_type=code&client_id=101234567&state="));
///
/// fn refresh_token(client: &qq::ReadyClient, http: impl SyncHttpClient, code: AuthorizationCode) -> Option<String> {
///     let token = client.exchange_code(code).request(&qq::HttpClient::new(http)).ok()?;
///     token.refresh_token().map(|token| token.secret().clone())
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(appid: ClientId, appkey: ClientSecret, redirect_uri: RedirectUrl) -> ReadyClient {
    crate::http_client::ready_client(appid, appkey, redirect_uri, AUTHORIZE_URL, TOKEN_URL)
}
