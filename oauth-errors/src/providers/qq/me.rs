//! QQ's `/oauth2.0/me` answer: the user's openid for an access token.

use super::ErrorResponse;
use crate::ParseError;
use crate::response::{Fields, fields};
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

/// QQ's answer to [`ME_URL`](super::ME_URL): the user's `openid` (the id of the user for your
/// app), the `client_id` (the appid the token was issued to) and, when asked for with
/// `&unionid=1`, the `unionid`. `qq::me` asks for it (with the `oauth2` feature).
///
/// QQ answers `callback( {"client_id":"YOUR_APPID","openid":"YOUR_OPENID"} );` (JSONP), or JSON
/// with `&fmt=json`; an error like its token endpoint's, with HTTP 200.
///
/// **Compare [`client_id`](Self::client_id) with your appid** whenever the access token did
/// not come from your own server's code exchange (a token your mobile app or a browser sends
/// you): QQ answers the openid of any valid token, issued to any app, and a token issued to
/// another app must not log anyone in to yours.
///
/// ```
/// use oauth_errors::qq::{Me, MeError, QqError};
///
/// let me = Me::parse("callback( {\"client_id\":\"101234567\",\"openid\":\"4F2C9A1B\"} );\n")?;
/// assert_eq!(me.openid(), "4F2C9A1B");
/// assert_eq!(me.client_id(), Some("101234567"));
/// assert_eq!(me.unionid(), None);
///
/// let error = Me::parse("callback( {\"error\":100016,\"error_description\":\"access token check failed\"} );");
/// match error {
///     Err(MeError::Provider(error)) => assert_eq!(error.known(), Some(QqError::AccessTokenVerificationFailed)),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), MeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Me {
    openid: String,
    client_id: Option<String>,
    unionid: Option<String>,
}

impl Me {
    /// Parses the answer: JSONP, JSON or url-encoded pairs with an `openid` (a string that is not
    /// blank).
    ///
    /// # Errors
    ///
    /// [`MeError::Provider`] when QQ answered an error, [`MeError::Body`] when the body is
    /// neither an openid nor an error.
    pub fn parse(body: &str) -> Result<Me, MeError> {
        let fields = fields(body, true, true).map_err(MeError::Body)?;
        if let Some(me) = Me::read(&fields) {
            return Ok(me);
        }
        match ErrorResponse::from_fields(&fields) {
            Ok(error) => Err(MeError::Provider(Box::new(error))),
            Err(error) => Err(MeError::Body(error)),
        }
    }

    /// The answer in `fields`, when they have an openid.
    fn read(fields: &Fields) -> Option<Me> {
        Some(Me {
            openid: fields.id("openid")?,
            client_id: fields.id("client_id"),
            unionid: fields.id("unionid"),
        })
    }

    /// The answer in the fields of a success, for `qq::me`.
    #[cfg(feature = "oauth2")]
    pub(crate) fn from_fields<E>(fields: &Fields) -> Result<Me, crate::CallError<super::Qq, E>> {
        Me::read(fields).ok_or_else(|| {
            crate::CallError::Answer(ParseError::NotAnError {
                found: alloc::format!("{}, without an `openid`", fields.describe()),
            })
        })
    }

    /// The user's `openid`.
    #[must_use]
    pub fn openid(&self) -> &str {
        &self.openid
    }

    /// The `client_id`: the appid the token was issued to.
    #[must_use]
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }

    /// The `unionid`, when it was asked for (`&unionid=1`) and the app may have it.
    #[must_use]
    pub fn unionid(&self) -> Option<&str> {
        self.unionid.as_deref()
    }
}

/// Why an answer of `/oauth2.0/me` has no openid. It shows what went wrong as the error it
/// wraps does (`Display` is the wrapped error's).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MeError {
    /// QQ answered an error.
    Provider(Box<ErrorResponse>),
    /// The body is neither an openid nor an error.
    Body(ParseError),
}

impl fmt::Display for MeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MeError::Provider(error) => fmt::Display::fmt(error, f),
            MeError::Body(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl core::error::Error for MeError {}
