//! Logging in with Taobao through the `oauth2` crate: the ready [`client`], its token and the
//! HTTP client adapter.

use super::{AUTHORIZE_URL, TOKEN_URL, Taobao};
use crate::{AuthorizeRequest, Login, Parameter};
use alloc::borrow::Cow;
use oauth2::{ClientId, ClientSecret, RedirectUrl};

/// How Taobao's login is called: RFC 6749's token request, and an authorization URL with
/// `view=web`.
pub(super) const LOGIN: Login =
    Login::new().authorize_request(AuthorizeRequest::new().defaults(&[Parameter {
        name: "view",
        value: "web",
    }]));

crate::login::kit::login_kit!(Taobao, "Taobao", "and makes Taobao's answers standard");

/// Taobao's token answer adds the user: `taobao_user_id`, `taobao_user_nick` (URL-encoded),
/// `taobao_open_uid`, and the expiry of each access level (`r1_expires_in`, `w1_expires_in`, …).
impl crate::TokenFields<Taobao> {
    /// The user's id, `taobao_user_id`.
    #[must_use]
    pub fn user_id(&self) -> Option<&str> {
        self.field("taobao_user_id")
    }

    /// The user's nickname, `taobao_user_nick`, URL-decoded (Taobao sends it URL-encoded).
    #[must_use]
    pub fn user_nick(&self) -> Option<Cow<'_, str>> {
        let nick = self.field("taobao_user_nick")?;
        Some(
            form_urlencoded::parse(alloc::format!("n={nick}").as_bytes())
                .next()?
                .1
                .into_owned()
                .into(),
        )
    }

    /// The user's id for this app, `taobao_open_uid`, where Taobao sends it.
    #[must_use]
    pub fn open_uid(&self) -> Option<&str> {
        self.field("taobao_open_uid")
    }
}

/// A Taobao `oauth2` client for your app: Taobao's endpoints ([`AUTHORIZE_URL`],
/// [`TOKEN_URL`]), the app key and secret sent as the token request's parameters and the
/// redirect URI (the app's registered callback).
///
/// ```
/// use oauth2::{ClientId, ClientSecret, CsrfToken, RedirectUrl};
/// use oauth_errors::taobao;
///
/// let client = taobao::client(
///     ClientId::new("12345678".into()),
///     ClientSecret::new("app secret".into()),
///     RedirectUrl::new("https://example.com/login/taobao".into())?,
/// );
/// let (url, state) = taobao::authorize_url(client.authorize_url(|| CsrfToken::new("s1".into())));
/// assert_eq!(
///     url.as_str(),
///     "https://oauth.taobao.com/authorize?response_type=code&client_id=12345678&state=s1&redirect_uri=https%3A%2F%2Fexample.com%2Flogin%2Ftaobao&view=web"
/// );
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
