//! Baidu's `/rest/2.0/passport/users/getInfo` answer: the user's `openid` and public profile.

use super::Baidu;
use crate::login::call::read_text;
use crate::response::Fields;
use crate::{CallError, ParseError};
use alloc::string::String;

/// Baidu's answer to [`USER_INFO_URL`](super::USER_INFO_URL) (获取授权用户信息): the user's
/// `openid` (unique to your developer account and app), `unionid` (unique to your developer
/// account; asked for with `get_unionid=1`), the old `userid` (which Baidu says it will stop
/// sending), the masked `username` and the `portrait` id. `baidu::user_info` asks for it;
/// [`parse`](Self::parse) reads a body you fetched yourself.
///
/// ```
/// use oauth_errors::{CallError, baidu::{BaiduApiError, UserInfo}};
///
/// // The user-info section's example.
/// let user = UserInfo::parse(r#"{
///      "openid": "oPXyY4O0ZTmUqSX4MRxYDDCccT6Kc9E",
///      "unionid": "uA91qQ6gAISTuy0mMqoeh7lZ0w6x478",
///      "userid": "2097322476",
///      "username": "u***9",
///      "userdetail": "喜欢自由",
///      "birthday": "1987-01-01",
///      "marriage": "0",
///      "sex": "1",
///      "blood": "3",
///      "is_bind_mobile": "1",
///      "is_realname": "1"
/// }"#)?;
/// assert_eq!(user.openid(), "oPXyY4O0ZTmUqSX4MRxYDDCccT6Kc9E");
/// assert_eq!(user.unionid(), Some("uA91qQ6gAISTuy0mMqoeh7lZ0w6x478"));
/// assert_eq!(user.userid(), Some("2097322476"));
/// assert_eq!(user.username(), Some("u***9"));
/// assert_eq!(user.portrait(), None);
///
/// // Its error example.
/// match UserInfo::parse(r#"{"error_code": "100", "error_msg": "Invalid parameter"}"#) {
///     Err(CallError::Provider(error)) => assert_eq!(error.api(), Some(BaiduApiError::InvalidParameter)),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), CallError<oauth_errors::baidu::Baidu>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UserInfo {
    openid: String,
    unionid: Option<String>,
    userid: Option<String>,
    username: Option<String>,
    portrait: Option<String>,
}

impl UserInfo {
    /// Parses the answer: JSON with an `openid` (a string that is not blank).
    ///
    /// # Errors
    ///
    /// [`CallError::Provider`] when Baidu answered an error, [`CallError::Answer`] when the
    /// body is neither the user's information nor an error.
    pub fn parse(body: &str) -> Result<UserInfo, CallError<Baidu>> {
        UserInfo::from_fields(&read_text(body)?)
    }

    /// The answer in the fields of a success.
    pub(crate) fn from_fields<E>(fields: &Fields) -> Result<UserInfo, CallError<Baidu, E>> {
        let user = UserInfo {
            openid: fields.id("openid").ok_or_else(|| {
                CallError::Answer(ParseError::NotAnError {
                    found: alloc::format!("{}, without an `openid`", fields.describe()),
                })
            })?,
            unionid: fields.id("unionid"),
            userid: fields.id("userid"),
            username: fields.text("username"),
            portrait: fields.text("portrait"),
        };
        Ok(user)
    }

    /// The user's id for your developer account and app, `openid`.
    #[must_use]
    pub fn openid(&self) -> &str {
        &self.openid
    }

    /// The user's id for your developer account, `unionid`.
    #[must_use]
    pub fn unionid(&self) -> Option<&str> {
        self.unionid.as_deref()
    }

    /// The old user id, `userid` (as sent: Baidu types it a number and sends a string), which
    /// Baidu says it will stop sending.
    #[must_use]
    pub fn userid(&self) -> Option<&str> {
        self.userid.as_deref()
    }

    /// The user's display name, masked with `*` (`u***9`).
    #[must_use]
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The id of the user's avatar: its image is
    /// `https://himg.bdimg.com/sys/portrait/item/{portrait}`.
    #[must_use]
    pub fn portrait(&self) -> Option<&str> {
        self.portrait.as_deref()
    }
}
