//! Logging in with QQ through the `oauth2` crate: the ready [`client`], its token, the HTTP
//! client adapter, and [`me`], the user's openid.

use super::{AUTHORIZE_URL, ME_URL, Me, Qq, TOKEN_URL};
use crate::login::call::{get_request, read, send, send_async};
use crate::{CallError, Endpoint};
use oauth2::url::Url;
use oauth2::{AccessToken, AsyncHttpClient, ClientId, ClientSecret, RedirectUrl, SyncHttpClient};

crate::login::kit::login_kit!(
    Qq,
    "QQ",
    "sends the token request as the `GET` QQ documents, and makes QQ's answers standard (errors with status 200 as JSONP or url-encoded pairs, url-encoded tokens without `token_type`)"
);

/// QQ's token answer has no fields besides RFC 6749's: the user's openid comes from [`me`].
/// QQ's refresh token is good for one refresh: each refresh answers a new one.
impl crate::TokenFields<Qq> {}

/// A QQ `oauth2` client for your app: QQ's endpoints ([`AUTHORIZE_URL`], [`TOKEN_URL`]), the
/// appid and appkey sent as the token request's parameters (`client_id`, `client_secret`) and
/// the redirect URI, which QQ wants in both steps and which must be the one registered for the
/// app. Use it with [`HttpClient`]; the user's openid comes from [`me`].
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
/// let (url, state) = qq::authorize_url(
///     client
///         .authorize_url(CsrfToken::new_random)
///         .add_scope(Scope::new("get_user_info".into())),
/// );
/// assert!(url.as_str().starts_with("https://graph.qq.com/oauth2.0/authorize?response_type=code&client_id=101234567&state="));
///
/// // QQ redirects back with `code` and `state`: check the state you kept, exchange the code,
/// // then ask for the user's openid.
/// fn openid<C: SyncHttpClient>(
///     client: &qq::ReadyClient,
///     http: C,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     if returned != *kept.secret() {
///         return None;
///     }
///     let http = qq::HttpClient::new(http);
///     let token = client.exchange_code(code).request(&http).ok()?;
///     let me = qq::me(http.get_ref(), client, token.access_token()).ok()?;
///     Some(me.openid().to_owned())
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(appid: ClientId, appkey: ClientSecret, redirect_uri: RedirectUrl) -> ReadyClient {
    crate::login::ready_client(appid, Some(appkey), redirect_uri, AUTHORIZE_URL, TOKEN_URL)
}

/// The user's openid (and the app the token was issued to) for `token`: a `GET` of
/// [`ME_URL`] (on the host of `client`'s token endpoint: `/oauth2.0/me` beside
/// `/oauth2.0/token`) through `http` (built with redirects off), its answer read as
/// [`Me::parse`] reads it. The access token is taken out of any error `http` returns.
///
/// # Errors
///
/// [`CallError::Provider`] when QQ answers an error (`100016`: the token is not valid),
/// [`CallError::Answer`] when the answer has no openid, [`CallError::Http`] when `http` fails
/// or answers a redirect.
pub fn me<C: SyncHttpClient>(
    http: &C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<Me, CallError<Qq, C::Error>> {
    let response = send(http, get_request(&me_url(client, token), &[]))?;
    Me::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`me`], with an async `oauth2` HTTP client.
///
/// # Errors
///
/// As [`me`].
pub async fn me_async<'c, C: AsyncHttpClient<'c>>(
    http: &'c C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<Me, CallError<Qq, C::Error>> {
    let response = send_async(http, get_request(&me_url(client, token), &[])).await?;
    Me::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`ME_URL`] on the host of `client`'s token endpoint, with the access token and `fmt=json`.
fn me_url(client: &ReadyClient, token: &AccessToken) -> Url {
    let mut url = client.token_uri().url().clone();
    let path = url
        .path()
        .strip_suffix("token")
        .map(|base| alloc::format!("{base}me"));
    match path {
        Some(path) => url.set_path(&path),
        None => url = Url::parse(ME_URL).expect("a valid URL"),
    }
    url.set_query(None);
    url.query_pairs_mut()
        .append_pair("access_token", token.secret())
        .append_pair("fmt", "json");
    url
}
