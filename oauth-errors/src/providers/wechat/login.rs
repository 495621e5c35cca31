//! Logging in with WeChat (网站应用微信登录) through the `oauth2` crate: the ready [`client`],
//! the authorization URL, the token and the HTTP client adapter.

use super::{AUTHORIZE_URL, TOKEN_URL, Wechat};
use oauth2::{ClientId, ClientSecret, RedirectUrl};

crate::login::kit::login_kit!(
    Wechat,
    "WeChat",
    "sends the token and refresh requests as the `GET`s WeChat documents (`appid`, `secret`; the refresh to [`REFRESH_URL`](super::REFRESH_URL), without the secret), and makes WeChat's answers standard (errors with status 200, `text/plain` JSON, tokens without `token_type`, a comma-separated `scope`)"
);

/// WeChat's token answer adds the user's `openid` and, when the app has the user's
/// `snsapi_userinfo` authorization, the `unionid`.
impl crate::TokenFields<Wechat> {
    /// The user's id for this app, `openid`.
    #[must_use]
    pub fn openid(&self) -> Option<&str> {
        self.field("openid")
    }

    /// The user's id across the apps of one WeChat Open Platform account, `unionid`.
    #[must_use]
    pub fn unionid(&self) -> Option<&str> {
        self.field("unionid")
    }
}

/// A WeChat `oauth2` client for your website app: WeChat's endpoints ([`AUTHORIZE_URL`],
/// [`TOKEN_URL`]), the app id and secret sent as the token request's parameters, and the
/// redirect URI. Use it with [`HttpClient`], and [`authorize_url`] for the first step (it adds
/// `scope=snsapi_login` when you give no scope).
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
/// let (url, state) = wechat::authorize_url(
///     client.authorize_url(|| CsrfToken::new("3d6be0a4035d839573b04816624a415e".into())),
/// );
/// // WeChat's own example URL.
/// assert_eq!(
///     url.as_str(),
///     "https://open.weixin.qq.com/connect/qrconnect?appid=wxbdc5610cc59c1631&redirect_uri=https%3A%2F%2Fpassport.yhd.com%2Fwechat%2Fcallback.do&response_type=code&scope=snsapi_login&state=3d6be0a4035d839573b04816624a415e#wechat_redirect"
/// );
///
/// // WeChat redirects back with `code` and `state`: check the state you kept, then exchange.
/// fn openid(
///     client: &wechat::ReadyClient,
///     http: impl SyncHttpClient,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     if returned != *kept.secret() {
///         return None;
///     }
///     let token = client.exchange_code(code).request(&wechat::HttpClient::new(http)).ok()?;
///     token.extra_fields().openid().map(str::to_owned)
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(appid: ClientId, app_secret: ClientSecret, redirect_uri: RedirectUrl) -> ReadyClient {
    crate::login::ready_client(
        appid,
        Some(app_secret),
        redirect_uri,
        AUTHORIZE_URL,
        TOKEN_URL,
    )
}
