//! Douyin's `/oauth/userinfo/` answer: the user's public information, with the `union_id`.

use super::Douyin;
use crate::CallError;
use crate::ParseError;
use crate::login::call::read_text;
use crate::response::Fields;
use alloc::string::String;

/// Douyin's answer to [`USER_INFO_URL`](super::USER_INFO_URL) (获取用户公开信息): the user's
/// `open_id` (the user's id for your app), `union_id` (the user's id across the apps of one
/// developer account; none when the app is bound to no developer account), nickname and
/// avatar, and the `client_key` of the app the token was issued to. `douyin::user_info` asks
/// for it; [`parse`](Self::parse) reads a body you fetched yourself.
///
/// ```
/// use oauth_errors::{CallError, douyin::{DouyinApiError, UserInfo}};
///
/// // The user-info page's example.
/// let user = UserInfo::parse(r#"{ "err_msg": "", "log_id": "2025032716200991A1xxxxx30A01C4DF", "data": { "open_id": "qYm3LVbtDQ", "nickname": "李伟", "description": "", "e_account_role": "", "error_code": "0", "avatar": "https://xxx.com/xxx.jpeg", "client_key": "XQSXAWkY9f", "log_id": "2025032716200991A181xxxxx0A01C4DF", "union_id": "eVBXUMlnek" }, "err_no": 0 }"#)?;
/// assert_eq!(user.open_id(), "qYm3LVbtDQ");
/// assert_eq!(user.union_id(), Some("eVBXUMlnek"));
/// assert_eq!(user.nickname(), Some("李伟"));
/// assert_eq!(user.avatar(), Some("https://xxx.com/xxx.jpeg"));
/// assert_eq!(user.client_key(), Some("XQSXAWkY9f"));
///
/// // An error: the page's envelope with a code and text of its table (the page's own error
/// // example is not in the copy read).
/// match UserInfo::parse(r#"{"err_no":28001008,"err_msg":"access_token过期,请刷新或重新授权","log_id":"2025032716200991A1xxxxx30A01C4DF"}"#) {
///     Err(CallError::Provider(error)) => {
///         assert_eq!(error.api(), Some(DouyinApiError::AccessTokenExpired));
///         assert_eq!(error.request_id(), Some("2025032716200991A1xxxxx30A01C4DF"));
///     }
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), CallError<oauth_errors::douyin::Douyin>>(())
/// ```
///
/// **Compare [`client_key`](Self::client_key) with your client key** whenever the access
/// token did not come from your own server's code exchange: a token issued to another app must
/// not log anyone in to yours.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UserInfo {
    open_id: String,
    union_id: Option<String>,
    nickname: Option<String>,
    avatar: Option<String>,
    client_key: Option<String>,
}

impl UserInfo {
    /// Parses the answer: JSON whose `data` has an `open_id` (a string that is not blank).
    ///
    /// # Errors
    ///
    /// [`CallError::Provider`] when Douyin answered an error, [`CallError::Answer`] when the
    /// body is neither the user's information nor an error.
    pub fn parse(body: &str) -> Result<UserInfo, CallError<Douyin>> {
        UserInfo::from_fields(&read_text(body)?)
    }

    /// The answer in the fields of a success.
    pub(crate) fn from_fields<E>(fields: &Fields) -> Result<UserInfo, CallError<Douyin, E>> {
        let data = fields.object("data");
        let read = |data: &Fields| {
            Some(UserInfo {
                open_id: data.id("open_id")?,
                union_id: data.id("union_id"),
                nickname: data.text("nickname"),
                avatar: data.text("avatar"),
                client_key: data.id("client_key"),
            })
        };
        data.as_ref().and_then(read).ok_or_else(|| {
            CallError::Answer(ParseError::NotAnError {
                found: alloc::format!(
                    "{}, without a `data` object with an `open_id`",
                    fields.describe()
                ),
            })
        })
    }

    /// The user's id for this app, `open_id`.
    #[must_use]
    pub fn open_id(&self) -> &str {
        &self.open_id
    }

    /// The user's id across the apps of your developer account, `union_id`; `None` when the
    /// app is bound to no developer account.
    #[must_use]
    pub fn union_id(&self) -> Option<&str> {
        self.union_id.as_deref()
    }

    /// The user's nickname.
    #[must_use]
    pub fn nickname(&self) -> Option<&str> {
        self.nickname.as_deref()
    }

    /// The URL of the user's avatar.
    #[must_use]
    pub fn avatar(&self) -> Option<&str> {
        self.avatar.as_deref()
    }

    /// The client key of the app the token was issued to.
    #[must_use]
    pub fn client_key(&self) -> Option<&str> {
        self.client_key.as_deref()
    }
}
