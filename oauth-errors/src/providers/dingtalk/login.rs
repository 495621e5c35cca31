//! Logging in with DingTalk through the `oauth2` crate: the ready [`client`], the
//! authorization URL, the token and the HTTP client adapter, and [`me`], the user.

use super::{AUTHORIZE_URL, Dingtalk, ME_URL, Me, TOKEN_URL};
use crate::login::call::{beside_token_url, get_request, read, send, send_async};
use crate::{CallError, Endpoint};
use oauth2::{AccessToken, AsyncHttpClient, ClientId, ClientSecret, RedirectUrl, SyncHttpClient};

crate::login::kit::login_kit!(
    Dingtalk,
    "DingTalk",
    "sends the token and refresh requests as the JSON DingTalk documents (`clientId`, `clientSecret`, `code` or `refreshToken`, `grantType`; no `redirect_uri`), and makes DingTalk's answers standard (the camelCase token `accessToken`, `refreshToken`, `expireIn`, without `token_type`)"
);

/// DingTalk's token answer adds `corpId`, the organisation the user chose, when the
/// authorization asked for the `corpid` scope (`openid corpid`). The user's ids come from
/// [`me`]. The refresh token lives 30 days.
impl crate::TokenFields<Dingtalk> {
    /// `corpId`: the organisation the user chose, with the `corpid` scope.
    #[must_use]
    pub fn corp_id(&self) -> Option<&str> {
        self.field("corpId")
    }
}

/// A DingTalk `oauth2` client for your app: DingTalk's endpoints ([`AUTHORIZE_URL`],
/// [`TOKEN_URL`]), the app's `clientId` (the `AppKey` of an internal app, the `SuiteKey` of a
/// third-party corp app) and `clientSecret` sent in the token request's JSON, and the redirect
/// URI, which must be on the domain registered for the app (DingTalk's token request does not
/// take it). Use it with [`HttpClient`], and [`authorize_url`] for the first step: it adds
/// `scope=openid` when you give no scope (add `openid` and `corpid` for the `corpId`) and
/// `prompt=consent`.
///
/// **DingTalk's redirect carries the code in `authCode`, not `code`**
/// (`redirect_uri?authCode=…&state=…`): read that parameter and exchange it as the
/// authorization code.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, SyncHttpClient};
/// use oauth_errors::dingtalk;
///
/// let client = dingtalk::client(
///     ClientId::new("dingbbbbbbb".into()),
///     ClientSecret::new("app secret".into()),
///     RedirectUrl::new("https://www.aaaaa.com/a/b".into())?,
/// );
/// let (url, state) =
///     dingtalk::authorize_url(client.authorize_url(|| CsrfToken::new("dddd".into())));
/// // DingTalk's own example URL, with `scope=openid`.
/// assert_eq!(
///     url.as_str(),
///     "https://login.dingtalk.com/oauth2/auth?redirect_uri=https%3A%2F%2Fwww.aaaaa.com%2Fa%2Fb&response_type=code&client_id=dingbbbbbbb&scope=openid&state=dddd&prompt=consent"
/// );
///
/// // DingTalk redirects back with `authCode` and `state`: check the state you kept, exchange
/// // the code, then ask who the user is.
/// fn union_id<C: SyncHttpClient>(
///     client: &dingtalk::ReadyClient,
///     http: C,
///     kept: &CsrfToken,
///     (auth_code, returned): (String, String),
/// ) -> Option<String> {
///     use oauth2::TokenResponse as _;
///     if returned != *kept.secret() {
///         return None;
///     }
///     let http = dingtalk::HttpClient::new(http);
///     let token = client
///         .exchange_code(AuthorizationCode::new(auth_code))
///         .request(&http)
///         .ok()?;
///     let me = dingtalk::me(http.get_ref(), client, token.access_token()).ok()?;
///     Some(me.union_id().to_owned())
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(
    client_id: ClientId,
    client_secret: ClientSecret,
    redirect_uri: RedirectUrl,
) -> ReadyClient {
    crate::login::ready_client(
        client_id,
        Some(client_secret),
        redirect_uri,
        AUTHORIZE_URL,
        TOKEN_URL,
    )
}

/// The user who authorized `token` (a user access token from the code exchange): a `GET` of
/// [`ME_URL`] (on the host of `client`'s token endpoint: `/v1.0/contact/users/me` beside
/// `/v1.0/oauth2/userAccessToken`) through `http` (built with redirects off), with the token in
/// the header `x-acs-dingtalk-access-token` (DingTalk takes it nowhere else). The access token
/// is taken out of any error `http` returns.
///
/// # Errors
///
/// [`CallError::Provider`] when DingTalk answers an error
/// (`Forbidden.AccessDenied.AccessTokenPermissionDenied`: the app lacks `Contact.User.Read`;
/// `InvalidAuthentication`: the token is not valid), [`CallError::Answer`] when the answer has
/// no `unionId`, [`CallError::Http`] when `http` fails or answers a redirect.
pub fn me<C: SyncHttpClient>(
    http: &C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<Me, CallError<Dingtalk, C::Error>> {
    let response = send(http, me_request(client, token))?;
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
) -> Result<Me, CallError<Dingtalk, C::Error>> {
    let response = send_async(http, me_request(client, token)).await?;
    Me::from_fields(&read(&response, Endpoint::Api)?)
}

/// The request of [`me`]: [`ME_URL`]'s path on the host of `client`'s token endpoint.
fn me_request(client: &ReadyClient, token: &AccessToken) -> oauth2::HttpRequest {
    let url = beside_token_url(client, "oauth2/userAccessToken", "contact/users/me", ME_URL);
    get_request(&url, &[("x-acs-dingtalk-access-token", token.secret())])
}
