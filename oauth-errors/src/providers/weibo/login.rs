//! Logging in with Weibo through the `oauth2` crate: the ready [`client`], its token and the
//! HTTP client adapter.

use super::{AUTHORIZE_URL, TOKEN_URL, Weibo};
use oauth2::{ClientId, ClientSecret, RedirectUrl};

crate::login::kit::login_kit!(
    Weibo,
    "Weibo",
    "and makes Weibo's answers standard (its tokens have no `token_type`)"
);

/// Weibo's token answer adds the user's `uid` and the deprecated `remind_in` (Weibo's docs:
/// use `expires_in`).
///
/// Weibo's docs say not to take `uid` as proof of the login on its own: the token's
/// `oauth2/get_token_info` tells which app it was issued to.
impl crate::TokenFields<Weibo> {
    /// The user's id, `uid`.
    #[must_use]
    pub fn uid(&self) -> Option<&str> {
        self.field("uid")
    }

    /// `remind_in`, the token's lifetime in seconds (deprecated by Weibo: use `expires_in`).
    #[must_use]
    pub fn remind_in(&self) -> Option<&str> {
        self.field("remind_in")
    }
}

/// A Weibo `oauth2` client for your app: Weibo's endpoints ([`AUTHORIZE_URL`], [`TOKEN_URL`]),
/// the app key and secret sent as the token request's parameters (`client_id`,
/// `client_secret`; Weibo does not read HTTP Basic credentials) and the redirect URI, which
/// Weibo wants in both steps and which must be the one registered for the app.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, SyncHttpClient};
/// use oauth_errors::weibo;
///
/// let client = weibo::client(
///     ClientId::new("3127453".into()),
///     ClientSecret::new("app secret".into()),
///     RedirectUrl::new("https://example.com/login/weibo".into())?,
/// );
/// // 1. Send the user to Weibo; keep `state` in the user's session.
/// let (url, state) = weibo::authorize_url(client.authorize_url(CsrfToken::new_random));
/// assert!(url.as_str().starts_with("https://api.weibo.com/oauth2/authorize?response_type=code&client_id=3127453&state="));
///
/// // 2. Weibo redirects back with `code` and `state`: check the state, then exchange the code
/// // for the token and the user's id, with any `oauth2` HTTP client built with redirects off.
/// fn uid(
///     client: &weibo::ReadyClient,
///     http: impl SyncHttpClient,
///     kept: &CsrfToken,
///     (code, returned): (AuthorizationCode, String),
/// ) -> Option<String> {
///     if returned != *kept.secret() {
///         return None; // not the login this user started: refuse it
///     }
///     let token = client.exchange_code(code).request(&weibo::HttpClient::new(http)).ok()?;
///     token.extra_fields().uid().map(str::to_owned)
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(
    app_key: ClientId,
    app_secret: ClientSecret,
    redirect_uri: RedirectUrl,
) -> ReadyClient {
    crate::login::ready_client(
        app_key,
        Some(app_secret),
        redirect_uri,
        AUTHORIZE_URL,
        TOKEN_URL,
    )
}
