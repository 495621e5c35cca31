//! DingTalk's `/v1.0/contact/users/me` answer: the user who authorized a token.

use crate::response::Fields;
use alloc::string::String;

/// DingTalk's answer to [`ME_URL`](super::ME_URL): the contact information of the user who
/// authorized the token, as DingTalk's 获取用户通讯录个人信息 page lists it (every field a string).
/// `dingtalk::me` asks for it (with the `oauth2` feature); the app needs the
/// `Contact.User.Read` permission, else DingTalk answers
/// `Forbidden.AccessDenied.AccessTokenPermissionDenied`.
///
/// Key the user on [`union_id`](Self::union_id): the same person across the apps of one
/// developer. `mobile` needs the 个人手机号信息 permission; `email` is there only when the user
/// set a personal mailbox.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Me {
    union_id: String,
    open_id: Option<String>,
    nick: Option<String>,
    avatar_url: Option<String>,
    mobile: Option<String>,
    email: Option<String>,
    state_code: Option<String>,
}

impl Me {
    /// The answer in `fields`, when they have a `unionId`.
    pub(crate) fn from_fields<E>(
        fields: &Fields,
    ) -> Result<Me, crate::CallError<super::Dingtalk, E>> {
        Me::read(fields).ok_or_else(|| {
            crate::CallError::Answer(crate::ParseError::NotAnError {
                found: alloc::format!("{}, without a `unionId`", fields.describe()),
            })
        })
    }

    fn read(fields: &Fields) -> Option<Me> {
        Some(Me {
            union_id: fields.id("unionId")?,
            open_id: fields.id("openId"),
            nick: fields.text("nick"),
            avatar_url: fields.text("avatarUrl"),
            mobile: fields.text("mobile"),
            email: fields.text("email"),
            state_code: fields.text("stateCode"),
        })
    }

    /// `unionId`: the user's id across the apps of one developer.
    #[must_use]
    pub fn union_id(&self) -> &str {
        &self.union_id
    }

    /// `openId`: the user's id for this app.
    #[must_use]
    pub fn open_id(&self) -> Option<&str> {
        self.open_id.as_deref()
    }

    /// `nick`: the user's name.
    #[must_use]
    pub fn nick(&self) -> Option<&str> {
        self.nick.as_deref()
    }

    /// `avatarUrl`: the user's picture.
    #[must_use]
    pub fn avatar_url(&self) -> Option<&str> {
        self.avatar_url.as_deref()
    }

    /// `mobile`: the user's phone number (with the 个人手机号信息 permission; masked for
    /// third-party corp apps).
    #[must_use]
    pub fn mobile(&self) -> Option<&str> {
        self.mobile.as_deref()
    }

    /// `email`: the user's personal mailbox, when the user set one.
    #[must_use]
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// `stateCode`: the phone number's country code (`86`).
    #[must_use]
    pub fn state_code(&self) -> Option<&str> {
        self.state_code.as_deref()
    }
}
