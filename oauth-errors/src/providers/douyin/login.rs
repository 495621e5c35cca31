//! Logging in with Douyin through the `oauth2` crate: the ready [`client`], the authorization
//! URL, the token, the HTTP client adapter, and [`user_info`], the user's `union_id`.

use super::{AUTHORIZE_URL, Douyin, TOKEN_URL, USER_INFO_URL, UserInfo};
use crate::login::call::{beside_token, post_json_request, read, send, send_async};
use crate::{CallError, Endpoint};
use oauth2::{AccessToken, AsyncHttpClient, ClientId, ClientSecret, RedirectUrl, SyncHttpClient};

crate::login::kit::login_kit!(
    Douyin,
    "Douyin",
    "sends the token request as the form Douyin documents (`client_key`, no `redirect_uri`; a refresh to [`REFRESH_URL`](super::REFRESH_URL), without the secret), and makes Douyin's answers standard (errors with status 200 in `data`, the token's fields in `data`, `expires_in` as a string, a comma-separated `scope`)"
);

/// Douyin's token answer adds the user's `open_id` (the user's id for this app) and the
/// refresh token's lifetime; the `union_id` comes from [`user_info`].
impl crate::TokenFields<Douyin> {
    /// The user's id for this app, `open_id`.
    #[must_use]
    pub fn open_id(&self) -> Option<&str> {
        self.field("open_id")
    }

    /// `refresh_expires_in`, the refresh token's lifetime in seconds, as sent (a number or a
    /// string of one).
    #[must_use]
    pub fn refresh_expires_in(&self) -> Option<&str> {
        self.field("refresh_expires_in")
    }
}

/// A Douyin `oauth2` client for your app: Douyin's endpoints ([`AUTHORIZE_URL`],
/// [`TOKEN_URL`]), the client key and secret sent as the token request's parameters and the
/// redirect URI, which must be under the app's registered 授权回调域. Use it with
/// [`HttpClient`], and [`authorize_url`] for the first step (it names the app `client_key`,
/// separates scopes with commas and asks for `user_info` when you give no scope).
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, Scope, SyncHttpClient};
/// use oauth2::TokenResponse as _;
/// use oauth_errors::douyin;
///
/// let client = douyin::client(
///     ClientId::new("tt10abc".into()),
///     ClientSecret::new("client secret".into()),
///     RedirectUrl::new("https://app.example/login/douyin".into())?,
/// );
/// let (url, state) = douyin::authorize_url(
///     client
///         .authorize_url(|| CsrfToken::new("s1".into()))
///         .add_scope(Scope::new("user_info".into()))
///         .add_scope(Scope::new("friend_relation".into())),
/// );
/// assert_eq!(
///     url.as_str(),
///     "https://open.douyin.com/platform/oauth/connect/?client_key=tt10abc&response_type=code&scope=user_info%2Cfriend_relation&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fdouyin&state=s1"
/// );
///
/// // Douyin redirects back with `code` and `state`: check the state you kept, exchange the
/// // code, then ask for the user's `union_id`.
/// fn union_id<C: SyncHttpClient>(
///     client: &douyin::ReadyClient,
///     http: C,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     if returned != *kept.secret() {
///         return None;
///     }
///     let http = douyin::HttpClient::new(http);
///     let token = client.exchange_code(code).request(&http).ok()?;
///     let open_id = token.extra_fields().open_id()?;
///     let user = douyin::user_info(http.get_ref(), client, token.access_token(), open_id).ok()?;
///     user.union_id().map(str::to_owned)
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(
    client_key: ClientId,
    client_secret: ClientSecret,
    redirect_uri: RedirectUrl,
) -> ReadyClient {
    crate::login::ready_client(
        client_key,
        Some(client_secret),
        redirect_uri,
        AUTHORIZE_URL,
        TOKEN_URL,
    )
}

/// The user's public information (`open_id`, `union_id`, nickname, avatar) for `token` and
/// the user's `open_id`: a `POST` of [`USER_INFO_URL`] (on the host of `client`'s token
/// endpoint: `/oauth/userinfo/` beside `/oauth/access_token/`) with `access_token` and
/// `open_id` as JSON, through `http` (built with redirects off; the token needs the
/// `user_info` scope). The access token is taken out of any error `http` returns.
///
/// Douyin's page gives the body as JSON (`content-type` “固定值 application/json”), while its
/// own `curl` example sends a form: the table is followed.
///
/// # Errors
///
/// [`CallError::Provider`] when Douyin answers an error (`28001008`: the token has expired,
/// refresh it), [`CallError::Answer`] when the answer has no `open_id`, [`CallError::Http`]
/// when `http` fails or answers a redirect.
pub fn user_info<C: SyncHttpClient>(
    http: &C,
    client: &ReadyClient,
    token: &AccessToken,
    open_id: &str,
) -> Result<UserInfo, CallError<Douyin, C::Error>> {
    let response = send(http, user_info_request(client, token, open_id))?;
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
    open_id: &str,
) -> Result<UserInfo, CallError<Douyin, C::Error>> {
    let response = send_async(http, user_info_request(client, token, open_id)).await?;
    UserInfo::from_fields(&read(&response, Endpoint::Api)?)
}

/// The `POST` of [`USER_INFO_URL`] (beside `client`'s token endpoint) with the JSON
/// `access_token` and `open_id`.
fn user_info_request(
    client: &ReadyClient,
    token: &AccessToken,
    open_id: &str,
) -> oauth2::HttpRequest {
    let url = beside_token(
        client.token_uri().url(),
        "/oauth/access_token/",
        "/oauth/userinfo/",
        USER_INFO_URL,
    );
    post_json_request(
        &url,
        &[("access_token", token.secret()), ("open_id", open_id)],
    )
}
