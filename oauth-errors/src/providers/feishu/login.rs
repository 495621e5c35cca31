//! Logging in with Feishu or Lark through the `oauth2` crate: the ready [`client`], the
//! authorization URL, the token and the HTTP client adapter, and [`user_info`], the user.

use super::{Feishu, Host, USER_INFO_URL, UserInfo};
use crate::login::call::{beside_token_url, get_request, read, send, send_async};
use crate::{CallError, Endpoint};
use core::time::Duration;
use oauth2::{AccessToken, AsyncHttpClient, ClientId, ClientSecret, RedirectUrl, SyncHttpClient};

crate::login::kit::login_kit!(
    Feishu,
    "Feishu",
    "sends the token and refresh requests as the JSON Feishu documents, and makes Feishu's errors (status 400, 500 or 503, with `code` and the `x-tt-logid` header) the client's"
);

/// Feishu's token answer adds `refresh_token_expires_in`, how long the refresh token lasts
/// (with the `offline_access` scope), and `code` (0). It carries no user id: the user's ids
/// come from [`user_info`].
impl crate::TokenFields<Feishu> {
    /// `refresh_token_expires_in`: how long the refresh token lasts, from when it was answered.
    #[must_use]
    pub fn refresh_token_expires_in(&self) -> Option<Duration> {
        self.field("refresh_token_expires_in")?
            .parse()
            .ok()
            .map(Duration::from_secs)
    }
}

/// A Feishu or Lark `oauth2` client for your app, on `host`: its endpoints
/// ([`Host::authorize_url`], [`Host::token_url`]), the App ID and App Secret sent in the
/// token request's JSON (`client_id`, `client_secret`; Feishu refuses HTTP Basic credentials
/// sent with them, error 20070), and the redirect URI, which must be in the app's list of
/// redirect URLs and is sent in both steps. Use it with [`HttpClient`], and [`authorize_url`]
/// for the first step; ask for the `offline_access` scope to get a refresh token.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, Scope, SyncHttpClient};
/// use oauth_errors::feishu::{self, Host};
///
/// let client = feishu::client(
///     Host::Feishu,
///     ClientId::new("cli_a5d611352af9d00b".into()),
///     ClientSecret::new("app secret".into()),
///     RedirectUrl::new("https://example.com/api/oauth/callback".into())?,
/// );
/// let (url, state) = feishu::authorize_url(
///     client
///         .authorize_url(|| CsrfToken::new("RANDOMSTRING".into()))
///         .add_scope(Scope::new("bitable:app:readonly".into()))
///         .add_scope(Scope::new("contact:contact".into())),
/// );
/// // Feishu's own example URL (which writes the space between the scopes `%20`).
/// assert_eq!(
///     url.as_str(),
///     "https://accounts.feishu.cn/open-apis/authen/v1/authorize?client_id=cli_a5d611352af9d00b&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fapi%2Foauth%2Fcallback&scope=bitable%3Aapp%3Areadonly+contact%3Acontact&state=RANDOMSTRING"
/// );
///
/// // Feishu redirects back with `code` and `state`: check the state you kept, exchange the
/// // code, then ask who the user is.
/// fn open_id<C: SyncHttpClient>(
///     client: &feishu::ReadyClient,
///     http: C,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     use oauth2::TokenResponse as _;
///     if returned != *kept.secret() {
///         return None;
///     }
///     let http = feishu::HttpClient::new(http);
///     let token = client.exchange_code(code).request(&http).ok()?;
///     let user = feishu::user_info(http.get_ref(), client, token.access_token()).ok()?;
///     Some(user.open_id().to_owned())
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(
    host: Host,
    app_id: ClientId,
    app_secret: ClientSecret,
    redirect_uri: RedirectUrl,
) -> ReadyClient {
    crate::login::ready_client(
        app_id,
        Some(app_secret),
        redirect_uri,
        host.authorize_url(),
        host.token_url(),
    )
}

/// The user `token` (a `user_access_token`) belongs to: a `GET` of the user-info endpoint on
/// the host of `client`'s token endpoint (`/open-apis/authen/v1/user_info` beside
/// `/open-apis/authen/v2/oauth/token`: [`USER_INFO_URL`](super::USER_INFO_URL) for a Feishu
/// client, [`LARK_USER_INFO_URL`](super::LARK_USER_INFO_URL) for a Lark one) through `http`
/// (built with redirects off), with `Authorization: Bearer <token>`. The access token is taken
/// out of any error `http` returns.
///
/// # Errors
///
/// [`CallError::Provider`] when Feishu answers an error (`20005`: the token is not valid,
/// `refresh`; `20021`, `20022`: the user has left or is frozen, `denied`; Feishu answers these
/// with HTTP 200), [`CallError::Answer`] when the answer has no user with an `open_id`,
/// [`CallError::Http`] when `http` fails or answers a redirect.
pub fn user_info<C: SyncHttpClient>(
    http: &C,
    client: &ReadyClient,
    token: &AccessToken,
) -> Result<UserInfo, CallError<Feishu, C::Error>> {
    let response = send(http, user_info_request(client, token))?;
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
) -> Result<UserInfo, CallError<Feishu, C::Error>> {
    let response = send_async(http, user_info_request(client, token)).await?;
    UserInfo::from_fields(&read(&response, Endpoint::Api)?)
}

/// The request of [`user_info`]: the user-info path on the host of `client`'s token endpoint.
fn user_info_request(client: &ReadyClient, token: &AccessToken) -> oauth2::HttpRequest {
    let url = beside_token_url(
        client,
        "authen/v2/oauth/token",
        "authen/v1/user_info",
        USER_INFO_URL,
    );
    let bearer = alloc::format!("Bearer {}", token.secret());
    get_request(&url, &[("authorization", &bearer)])
}
