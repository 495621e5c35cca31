//! WeChat's mini-program login as a ready call: [`code_to_session`] exchanges the code of
//! `wx.login()` for a [`Session`], whose [`SessionKey`] is a secret.

use super::miniprogram::{JSCODE2SESSION_URL, MiniProgram};
use crate::login::call::{get_request, read, read_text, send, send_async};
use crate::response::Fields;
use crate::{CallError, Endpoint, ParseError};
use alloc::string::String;
use core::fmt;
use oauth2::url::Url;
use oauth2::{AsyncHttpClient, AuthorizationCode, ClientId, ClientSecret, SyncHttpClient};

/// The user's session key (`session_key`, 会话密钥): the key that decrypts the user's data the
/// mini-program sends (`wx.getUserInfo`'s `encryptedData`) and signs `checksession` and
/// `resetusersessionkey` calls. A secret: its `Debug` does not show it, as `oauth2`'s secret
/// types do not; [`secret`](Self::secret) does.
///
/// ```
/// use oauth_errors::wechat::SessionKey;
///
/// let key = SessionKey::new("tiihtNczf5v6AKRyjwEUhQ==".into());
/// assert_eq!(format!("{key:?}"), "SessionKey([redacted])");
/// assert_eq!(key.secret(), "tiihtNczf5v6AKRyjwEUhQ==");
/// ```
#[derive(Clone)]
pub struct SessionKey(String);

impl SessionKey {
    /// A session key.
    #[must_use]
    pub fn new(key: String) -> SessionKey {
        SessionKey(key)
    }

    /// The key. Do not log it.
    #[must_use]
    pub fn secret(&self) -> &String {
        &self.0
    }

    /// The key, taken. Do not log it.
    #[must_use]
    pub fn into_secret(self) -> String {
        self.0
    }
}

impl fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionKey([redacted])")
    }
}

/// WeChat's answer to a mini-program login ([`JSCODE2SESSION_URL`]): the user's `openid` (the
/// user's id for this mini-program), `unionid` (the user's id across the apps of one WeChat
/// Open Platform account, when the mini-program is bound to one) and `session_key`.
/// [`code_to_session`] asks for it; [`parse`](Self::parse) reads a body you fetched yourself.
/// `Debug` does not show the session key.
///
/// ```
/// use oauth_errors::{CallError, wechat::{MiniProgramError, Session}};
///
/// // The 第三方平台 page's example (the code2Session page's writes `xxxxx` for each value).
/// let session = Session::parse(r#"{"openid": "OPENID", "session_key": "SESSIONKEY", "unionid":"oHAUs6LSuwgHq-mlnFrffKXw3QYM"}"#)?;
/// assert_eq!(session.openid(), "OPENID");
/// assert_eq!(session.unionid(), Some("oHAUs6LSuwgHq-mlnFrffKXw3QYM"));
/// assert_eq!(session.session_key().secret(), "SESSIONKEY");
/// assert!(!format!("{session:?}").contains("SESSIONKEY"));
///
/// match Session::parse(r#"{"errcode":40163,"errmsg":"code been used, rid: 6166f719-6cb5d09c-633ab469"}"#) {
///     Err(CallError::Provider(error)) => assert_eq!(error.known(), Some(MiniProgramError::CodeAlreadyUsed)),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), CallError<oauth_errors::wechat::MiniProgram>>(())
/// ```
#[derive(Clone)]
pub struct Session {
    openid: String,
    unionid: Option<String>,
    key: SessionKey,
}

impl Session {
    /// Parses the answer: JSON with an `openid` and a `session_key` (strings that are not
    /// blank).
    ///
    /// # Errors
    ///
    /// [`CallError::Provider`] when WeChat answered an error, [`CallError::Answer`] when the
    /// body is neither a session nor an error.
    pub fn parse(body: &str) -> Result<Session, CallError<MiniProgram>> {
        Session::from_fields(&read_text(body)?)
    }

    /// The answer in the fields of a success.
    fn from_fields<E>(fields: &Fields) -> Result<Session, CallError<MiniProgram, E>> {
        let read = || {
            Some(Session {
                openid: fields.id("openid")?,
                unionid: fields.id("unionid"),
                key: SessionKey(fields.id("session_key")?),
            })
        };
        read().ok_or_else(|| {
            CallError::Answer(ParseError::NotAnError {
                found: alloc::format!(
                    "{}, without an `openid` and a `session_key`",
                    fields.describe()
                ),
            })
        })
    }

    /// The user's id for this mini-program, `openid`.
    #[must_use]
    pub fn openid(&self) -> &str {
        &self.openid
    }

    /// The user's id across the apps of one WeChat Open Platform account, `unionid`; `None`
    /// when the mini-program is bound to none.
    #[must_use]
    pub fn unionid(&self) -> Option<&str> {
        self.unionid.as_deref()
    }

    /// The user's session key, a secret.
    #[must_use]
    pub fn session_key(&self) -> &SessionKey {
        &self.key
    }
}

/// The ids, and the session key redacted.
impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("openid", &self.openid)
            .field("unionid", &self.unionid)
            .field("session_key", &self.key)
            .finish()
    }
}

/// Logs a mini-program's user in: exchanges `js_code`, the code the mini-program got from
/// `wx.login()` (good once, for five minutes), for the user's [`Session`]: a `GET` of
/// [`JSCODE2SESSION_URL`] with `appid`, `secret`, `js_code` and
/// `grant_type=authorization_code` in the query, through `http` (built with redirects off).
/// The secret and the code are taken out of any error `http` returns; errors are marked as
/// answered by a token endpoint ([`Endpoint::Token`]): the call exchanges a code with the
/// app's credentials.
///
/// ```
/// use oauth2::{AuthorizationCode, ClientId, ClientSecret, SyncHttpClient};
/// use oauth_errors::{CallError, Kind, wechat};
///
/// // The mini-program sent `code` from `wx.login()` to your server.
/// fn log_in<C: SyncHttpClient>(http: &C, code: String) -> Result<String, CallError<wechat::MiniProgram, C::Error>> {
///     let session = wechat::code_to_session(
///         http,
///         &ClientId::new("wx_appid".into()),
///         &ClientSecret::new("app secret".into()),
///         &AuthorizationCode::new(code),
///     )?;
///     // Keep `session.session_key()` on the server, with the user's session.
///     Ok(session.openid().to_owned())
/// }
/// ```
///
/// # Errors
///
/// [`CallError::Provider`] when WeChat answers an error (`40029` or `40163`: ask the
/// mini-program for a new code; `40226`: WeChat blocks this user), [`CallError::Answer`] when
/// the answer is no session, [`CallError::Http`] when `http` fails or answers a redirect.
pub fn code_to_session<C: SyncHttpClient>(
    http: &C,
    appid: &ClientId,
    secret: &ClientSecret,
    js_code: &AuthorizationCode,
) -> Result<Session, CallError<MiniProgram, C::Error>> {
    let request = get_request(&url(appid, secret, js_code), &[]);
    let response = send(http, request)?;
    Session::from_fields(&read(&response, Endpoint::Token)?)
}

/// [`code_to_session`], with an async `oauth2` HTTP client.
///
/// # Errors
///
/// As [`code_to_session`].
pub async fn code_to_session_async<'c, C: AsyncHttpClient<'c>>(
    http: &'c C,
    appid: &ClientId,
    secret: &ClientSecret,
    js_code: &AuthorizationCode,
) -> Result<Session, CallError<MiniProgram, C::Error>> {
    let request = get_request(&url(appid, secret, js_code), &[]);
    let response = send_async(http, request).await?;
    Session::from_fields(&read(&response, Endpoint::Token)?)
}

/// [`JSCODE2SESSION_URL`] with the query the page documents, in its order.
fn url(appid: &ClientId, secret: &ClientSecret, js_code: &AuthorizationCode) -> Url {
    let mut url = Url::parse(JSCODE2SESSION_URL).expect("a valid URL");
    url.query_pairs_mut()
        .append_pair("appid", appid)
        .append_pair("secret", secret.secret())
        .append_pair("js_code", js_code.secret())
        .append_pair("grant_type", "authorization_code");
    url
}
