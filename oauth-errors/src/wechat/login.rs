//! Logging in with WeChat (网站应用微信登录) through the `oauth2` crate: the ready [`client`],
//! the authorization URL, the token type and the HTTP client adapter.

use super::{AUTHORIZE_URL, TOKEN_URL, Wechat};
use oauth2::basic::BasicTokenType;
use oauth2::url::Url;
use oauth2::{ClientId, ClientSecret, CsrfToken, RedirectUrl, Scope, StandardTokenResponse};

crate::http_client::token_fields! {
    /// What WeChat's token response adds to RFC 6749's fields: the user's `openid` and, when the
    /// app has the user's `snsapi_userinfo` authorization, the `unionid`, as sent.
    pub struct TokenFields {
        /// The user's id for this app, `openid`.
        openid,
        /// The user's id across the apps of one WeChat Open Platform account, `unionid`.
        unionid,
    }
}

/// WeChat's token response: `access_token`, `expires_in`, `refresh_token`, `scope` (made
/// space-separated by [`HttpClient`]) and [`TokenFields`] (`openid`, `unionid`).
pub type TokenResponse = StandardTokenResponse<TokenFields, BasicTokenType>;

crate::http_client::login_types!(
    Wechat,
    "WeChat",
    "sends the token and refresh requests as the `GET`s WeChat documents (`appid`, `secret`; the refresh to [`REFRESH_URL`](super::REFRESH_URL), without the secret), and makes WeChat's answers standard (errors with status 200, `text/plain` JSON, tokens without `token_type`, a comma-separated `scope`)"
);

/// A WeChat `oauth2` client for your website app: WeChat's endpoints ([`AUTHORIZE_URL`],
/// [`TOKEN_URL`]), the app id and secret sent as the token request's parameters, and the
/// redirect URI. Use it with [`HttpClient`], and [`authorize_url`] for the first step.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, SyncHttpClient};
/// use oauth_errors::wechat;
///
/// let client = wechat::client(
///     ClientId::new("wxbdc5610cc59c1631".into()),
///     ClientSecret::new("app secret".into()),
///     RedirectUrl::new("https://passport.yhd.com/wechat/callback.do".into())?,
/// );
/// let (url, state) = wechat::authorize_url(&client, || CsrfToken::new("3d6be0a4035d839573b04816624a415e".into()));
/// // WeChat's own example URL.
/// assert_eq!(
///     url.as_str(),
///     "https://open.weixin.qq.com/connect/qrconnect?appid=wxbdc5610cc59c1631&redirect_uri=https%3A%2F%2Fpassport.yhd.com%2Fwechat%2Fcallback.do&response_type=code&scope=snsapi_login&state=3d6be0a4035d839573b04816624a415e#wechat_redirect"
/// );
///
/// fn openid(client: &wechat::ReadyClient, http: impl SyncHttpClient, code: AuthorizationCode) -> Option<String> {
///     let token = client.exchange_code(code).request(&wechat::HttpClient::new(http)).ok()?;
///     token.extra_fields().openid().map(str::to_owned)
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(appid: ClientId, app_secret: ClientSecret, redirect_uri: RedirectUrl) -> ReadyClient {
    crate::http_client::ready_client(appid, app_secret, redirect_uri, AUTHORIZE_URL, TOKEN_URL)
}

/// The authorization URL of website login: `appid`, `redirect_uri`, `response_type=code`,
/// `scope=snsapi_login` and `state`, in the order of WeChat's guide, then `#wechat_redirect`;
/// and the state, to check against the one WeChat redirects back with.
pub fn authorize_url<S>(client: &ReadyClient, state: S) -> (Url, CsrfToken)
where
    S: FnOnce() -> CsrfToken,
{
    let (url, state) = client
        .authorize_url(state)
        .add_scope(Scope::new("snsapi_login".into()))
        .url();
    (crate::authorize_url::<Wechat>(&url), state)
}
