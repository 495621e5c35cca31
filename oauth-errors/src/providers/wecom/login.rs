//! Logging in with WeCom: the app's access token ([`access_token`]) and the user a login code
//! belongs to ([`user`]), through any `oauth2` HTTP client.

use super::{TOKEN_URL, USER_URL, Wecom};
use crate::login::call::{get_request, read, send, send_async};
use crate::response::Fields;
use crate::{CallError, Endpoint, ParseError};
use alloc::string::String;
use core::fmt;
use core::time::Duration;
use oauth2::url::Url;
use oauth2::{AccessToken, AsyncHttpClient, AuthorizationCode, ClientSecret, SyncHttpClient};

/// The app's access token from `gettoken`, and how long it lasts. WeCom's token is the app's,
/// not a user's: keep it and use it for every call until it expires (or WeCom answers 40014 or
/// 42001), then fetch a new one; there is no refresh token. `Debug` does not show the token.
#[derive(Clone, Debug)]
pub struct AppToken {
    access_token: AccessToken,
    expires_in: Option<Duration>,
}

impl AppToken {
    /// The answer in `fields`, when they have an access token.
    fn from_fields<E>(fields: &Fields) -> Result<AppToken, CallError<Wecom, E>> {
        let access_token = fields
            .id("access_token")
            .ok_or_else(|| missing(fields, "an `access_token`"))?;
        let expires_in = fields
            .integer("expires_in")
            .and_then(|seconds| u64::try_from(seconds).ok())
            .map(Duration::from_secs);
        Ok(AppToken {
            access_token: AccessToken::new(access_token),
            expires_in,
        })
    }

    /// `access_token`: the app's token, for WeCom's API calls (`wecom::user`).
    #[must_use]
    pub fn access_token(&self) -> &AccessToken {
        &self.access_token
    }

    /// `expires_in`: how long the token lasts from when it was answered (7200 seconds as a
    /// rule, WeCom says; it may end it earlier).
    #[must_use]
    pub fn expires_in(&self) -> Option<Duration> {
        self.expires_in
    }
}

/// Who a login code belongs to: a member of the corp, or someone who is not.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum User {
    /// A member of the corp (`userid`).
    Member(Member),
    /// Someone who is not a member (`openid`).
    NonMember(NonMember),
}

impl User {
    /// The answer in `fields`: a `userid`, else an `openid`.
    fn from_fields<E>(fields: &Fields) -> Result<User, CallError<Wecom, E>> {
        if let Some(userid) = fields.id("userid") {
            return Ok(User::Member(Member {
                userid,
                user_ticket: fields.id("user_ticket"),
            }));
        }
        if let Some(openid) = fields.id("openid") {
            return Ok(User::NonMember(NonMember {
                openid,
                external_userid: fields.id("external_userid"),
            }));
        }
        Err(missing(fields, "a `userid` or an `openid`"))
    }

    /// The member, when the user is one.
    #[must_use]
    pub fn member(&self) -> Option<&Member> {
        match self {
            User::Member(member) => Some(member),
            User::NonMember(_) => None,
        }
    }
}

/// A member of the corp, as `auth/getuserinfo` answers one. `Debug` does not show the
/// `user_ticket`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Member {
    userid: String,
    user_ticket: Option<String>,
}

impl Member {
    /// `userid`: the member's id in the corp (`CorpId/userid` for a member of a linked corp).
    #[must_use]
    pub fn userid(&self) -> &str {
        &self.userid
    }

    /// `user_ticket`: a ticket for the member's details (`auth/getuserdetail`), valid for 1800
    /// seconds; only with `scope=snsapi_privateinfo` and a member in the app's visible range.
    #[must_use]
    pub fn user_ticket(&self) -> Option<&str> {
        self.user_ticket.as_deref()
    }
}

/// The `userid`, and whether there is a `user_ticket` (not the ticket).
impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Member")
            .field("userid", &self.userid)
            .field(
                "user_ticket",
                &self.user_ticket.as_ref().map(|_| crate::login::REDACTED),
            )
            .finish()
    }
}

/// Someone who is not a member of the corp, as `auth/getuserinfo` answers one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NonMember {
    openid: String,
    external_userid: Option<String>,
}

impl NonMember {
    /// `openid`: the user's id for this corp.
    #[must_use]
    pub fn openid(&self) -> &str {
        &self.openid
    }

    /// `external_userid`: the user's id as a customer of the corp, when the user is one and
    /// the member who follows them is in the app's visible range.
    #[must_use]
    pub fn external_userid(&self) -> Option<&str> {
        self.external_userid.as_deref()
    }
}

/// An answer without what was asked for.
fn missing<E>(fields: &Fields, what: &str) -> CallError<Wecom, E> {
    CallError::Answer(ParseError::NotAnError {
        found: alloc::format!("{}, without {what}", fields.describe()),
    })
}

/// The app's access token: a `GET` of [`TOKEN_URL`] with `corpid` and `corpsecret` in the
/// query (as WeCom's `获取access_token` page says), through `http` (built with redirects off).
/// The secret is taken out of any error `http` returns.
///
/// `corp_secret` is the secret of one app (each app has its own), so the token is that app's.
///
/// ```no_run
/// use oauth2::{AuthorizationCode, ClientSecret};
/// use oauth_errors::{Kind, wecom};
///
/// # fn run(http: impl oauth2::SyncHttpClient<Error = std::io::Error>) -> Result<(), Box<dyn std::error::Error>> {
/// let token = wecom::access_token(&http, "WWCorpId", &ClientSecret::new("app secret".into()))?;
/// // WeCom redirected back with `code` (and the state you compared with the one you kept).
/// match wecom::user(&http, token.access_token(), &AuthorizationCode::new("CODE".into())) {
///     Ok(wecom::User::Member(member)) => println!("member {}", member.userid()),
///     Ok(user) => println!("not a member: {user:?}"),
///     Err(error) if error.provider().is_some_and(|error| error.kind() == Kind::Reauthorize) => {
///         println!("send the user through login again: {error}");
///     }
///     Err(error) => return Err(error.into()),
/// }
/// # Ok(())
/// # }
/// ```
///
/// # Errors
///
/// [`CallError::Provider`] when WeCom answers an error (40013: the corp id is wrong; 40001:
/// the secret is wrong or the app is disabled; 60020: the server's IP is not trusted),
/// [`CallError::Answer`] when the answer has no access token, [`CallError::Http`] when `http`
/// fails or answers a redirect.
pub fn access_token<C: SyncHttpClient>(
    http: &C,
    corp_id: &str,
    corp_secret: &ClientSecret,
) -> Result<AppToken, CallError<Wecom, C::Error>> {
    let response = send(http, get_request(&token_url(corp_id, corp_secret), &[]))?;
    AppToken::from_fields(&read(&response, Endpoint::Token)?)
}

/// [`access_token`], with an async `oauth2` HTTP client.
///
/// # Errors
///
/// As [`access_token`].
pub async fn access_token_async<'c, C: AsyncHttpClient<'c>>(
    http: &'c C,
    corp_id: &str,
    corp_secret: &ClientSecret,
) -> Result<AppToken, CallError<Wecom, C::Error>> {
    let response = send_async(http, get_request(&token_url(corp_id, corp_secret), &[])).await?;
    AppToken::from_fields(&read(&response, Endpoint::Token)?)
}

/// The user a login `code` belongs to: a `GET` of [`USER_URL`] with the app's `access_token`
/// and the `code` in the query, through `http` (built with redirects off). The token and the
/// code are taken out of any error `http` returns.
///
/// # Errors
///
/// [`CallError::Provider`] when WeCom answers an error (40029, 42003, 42022: the code is not
/// valid, has expired or was used, `reauthorize`; 40014, 42001: the app's token is not valid
/// or has expired, `refresh`), [`CallError::Answer`] when the answer has neither a `userid` nor
/// an `openid`, [`CallError::Http`] when `http` fails or answers a redirect.
pub fn user<C: SyncHttpClient>(
    http: &C,
    token: &AccessToken,
    code: &AuthorizationCode,
) -> Result<User, CallError<Wecom, C::Error>> {
    let response = send(http, get_request(&user_url(token, code), &[]))?;
    User::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`user`], with an async `oauth2` HTTP client.
///
/// # Errors
///
/// As [`user`].
pub async fn user_async<'c, C: AsyncHttpClient<'c>>(
    http: &'c C,
    token: &AccessToken,
    code: &AuthorizationCode,
) -> Result<User, CallError<Wecom, C::Error>> {
    let response = send_async(http, get_request(&user_url(token, code), &[])).await?;
    User::from_fields(&read(&response, Endpoint::Api)?)
}

/// [`TOKEN_URL`] with the corp's id and the app's secret.
fn token_url(corp_id: &str, corp_secret: &ClientSecret) -> Url {
    let mut url = Url::parse(TOKEN_URL).expect("a valid URL");
    url.query_pairs_mut()
        .append_pair("corpid", corp_id)
        .append_pair("corpsecret", corp_secret.secret());
    url
}

/// [`USER_URL`] with the app's token and the login code.
fn user_url(token: &AccessToken, code: &AuthorizationCode) -> Url {
    let mut url = Url::parse(USER_URL).expect("a valid URL");
    url.query_pairs_mut()
        .append_pair("access_token", token.secret())
        .append_pair("code", code.secret());
    url
}
