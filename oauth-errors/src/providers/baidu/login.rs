//! Logging in with Baidu through the `oauth2` crate: the ready [`client`], the authorization
//! URL, the token, the HTTP client adapter, and [`user_info`], the user's `openid`.

use super::{AUTHORIZE_URL, Baidu, TOKEN_URL, USER_INFO_URL, UserInfo};
use crate::login::call::{beside_token, get_request, read, send, send_async};
use crate::{CallError, Endpoint};
use oauth2::url::Url;
use oauth2::{AccessToken, AsyncHttpClient, ClientId, ClientSecret, RedirectUrl, SyncHttpClient};

crate::login::kit::login_kit!(
    Baidu,
    "Baidu",
    "sends the token and refresh requests as the `GET`s Baidu documents, and makes Baidu's answers standard (tokens without `token_type`)"
);

/// Baidu's token answer adds `session_key` and `session_secret` (the key that signs Open API
/// calls), both secrets: `Debug` does not show them, [`field`](Self::field) does. It has no
/// user id: the user's `openid` comes from [`user_info`]. The refresh token lives ten years;
/// a refresh answers a new one, and the one used is spent (`expired_token`).
impl crate::TokenFields<Baidu> {}

/// A Baidu `oauth2` client for your app: Baidu's endpoints ([`AUTHORIZE_URL`], [`TOKEN_URL`]),
/// the API Key and Secret Key sent as the token request's `client_id` and `client_secret`, and
/// the redirect URI, which Baidu wants in both steps. Use it with [`HttpClient`], and
/// [`authorize_url`] for the first step.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, Scope, SyncHttpClient};
/// use oauth2::TokenResponse as _;
/// use oauth_errors::baidu;
///
/// let client = baidu::client(
///     ClientId::new("API_KEY".into()),
///     ClientSecret::new("SECRET_KEY".into()),
///     RedirectUrl::new("https://app.example/login/baidu".into())?,
/// );
/// let (url, state) = baidu::authorize_url(
///     client
///         .authorize_url(|| CsrfToken::new("STATE".into()))
///         .add_scope(Scope::new("basic".into())),
/// );
/// assert_eq!(
///     url.as_str(),
///     "https://openapi.baidu.com/oauth/2.0/authorize?response_type=code&client_id=API_KEY&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fbaidu&scope=basic&state=STATE"
/// );
///
/// // Baidu redirects back with `code` and `state`: check the state you kept, exchange the
/// // code, then ask for the user's `openid`.
/// fn openid<C: SyncHttpClient>(
///     client: &baidu::ReadyClient,
///     http: C,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     if returned != *kept.secret() {
///         return None;
///     }
///     let http = baidu::HttpClient::new(http);
///     let token = client.exchange_code(code).request(&http).ok()?;
///     let user = baidu::user_info(http.get_ref(), client, token.access_token()).ok()?;
///     Some(user.openid().to_owned())
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(
    api_key: ClientId,
    secret_key: ClientSecret,
    redirect_uri: RedirectUrl,
) -> ReadyClient {
    crate::login::ready_client(
        api_key,
        Some(secret_key),
        redirect_uri,
        AUTHORIZE_URL,
        TOKEN_URL,
    )
}

/// The user's `openid`, `unionid` and public profile for `token`: a `GET` of
/// [`USER_INFO_URL`] (on the host of `client`'s token endpoint, in place of `/oauth/2.0/token`)
/// with `access_token` and `get_unionid=1`, through `http` (built with redirects off). The
/// access token is taken out of any error `http` returns.
///
/// # Errors
///
/// [`CallError::Provider`] when Baidu answers an error (`111`: the token has expired, refresh
/// it), [`CallError::Answer`] when the answer has no `openid`, [`CallError::Http`] when `http`
/// fails or answers a redirect.
pub fn user_info<C: SyncHttpClient>(
    http: &C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<UserInfo, CallError<Baidu, C::Error>> {
    let response = send(http, get_request(&user_info_url(client, token), &[]))?;
    UserInfo::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`user_info`], with an async `oauth2` HTTP client.
///
/// # Errors
///
/// As [`user_info`].
pub async fn user_info_async<'c, C: AsyncHttpClient<'c>>(
    http: &'c C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<UserInfo, CallError<Baidu, C::Error>> {
    let request = get_request(&user_info_url(client, token), &[]);
    let response = send_async(http, request).await?;
    UserInfo::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`USER_INFO_URL`] beside `client`'s token endpoint, with the access token and
/// `get_unionid=1`.
fn user_info_url(client: &ReadyClient, token: &AccessToken) -> Url {
    let mut url = beside_token(
        client.token_uri().url(),
        "/oauth/2.0/token",
        "/rest/2.0/passport/users/getInfo",
        USER_INFO_URL,
    );
    url.query_pairs_mut()
        .append_pair("access_token", token.secret())
        .append_pair("get_unionid", "1");
    url
}
