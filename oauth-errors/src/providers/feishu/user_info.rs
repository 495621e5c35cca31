//! Feishu's `authen/v1/user_info` answer: the user a `user_access_token` belongs to.

use super::Feishu;
use crate::response::Fields;
use crate::{CallError, ParseError};
use alloc::string::String;

/// Feishu's answer to [`USER_INFO_URL`](super::USER_INFO_URL) (the `data` of
/// `{"code":0,"msg":"success","data":{…}}`): the user a `user_access_token` belongs to, as
/// Feishu's 获取用户信息 page lists it. `feishu::user_info` asks for it.
///
/// Key the user on [`open_id`](Self::open_id) (the user in this app) or
/// [`union_id`](Self::union_id) (the user across one developer's apps). Feishu warns that
/// `email`, `enterprise_email` and `mobile` are imported by administrators and not verified:
/// do not log a user in by them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UserInfo {
    open_id: String,
    union_id: Option<String>,
    user_id: Option<String>,
    tenant_key: Option<String>,
    name: Option<String>,
    en_name: Option<String>,
    avatar_url: Option<String>,
    email: Option<String>,
    enterprise_email: Option<String>,
    mobile: Option<String>,
    employee_no: Option<String>,
}

impl UserInfo {
    /// The user in the `data` of a success, when it has an `open_id`.
    pub(crate) fn from_fields<E>(fields: &Fields) -> Result<UserInfo, CallError<Feishu, E>> {
        let data = fields.object("data");
        data.as_ref().and_then(UserInfo::read).ok_or_else(|| {
            let found = match &data {
                Some(data) => {
                    alloc::format!("a `data` that is {}, without an `open_id`", data.describe())
                }
                None => alloc::format!("{}, without a `data` object", fields.describe()),
            };
            CallError::Answer(ParseError::NotAnError { found })
        })
    }

    fn read(data: &Fields) -> Option<UserInfo> {
        Some(UserInfo {
            open_id: data.id("open_id")?,
            union_id: data.id("union_id"),
            user_id: data.id("user_id"),
            tenant_key: data.id("tenant_key"),
            name: data.text("name"),
            en_name: data.text("en_name"),
            avatar_url: data.text("avatar_url"),
            email: data.text("email"),
            enterprise_email: data.text("enterprise_email"),
            mobile: data.text("mobile"),
            employee_no: data.text("employee_no"),
        })
    }

    /// `open_id`: the user's id in this app.
    #[must_use]
    pub fn open_id(&self) -> &str {
        &self.open_id
    }

    /// `union_id`: the user's id across the apps of one developer.
    #[must_use]
    pub fn union_id(&self) -> Option<&str> {
        self.union_id.as_deref()
    }

    /// `user_id`: the user's id in the tenant (with the `contact:user.employee_id:readonly`
    /// scope).
    #[must_use]
    pub fn user_id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    /// `tenant_key`: the user's organisation.
    #[must_use]
    pub fn tenant_key(&self) -> Option<&str> {
        self.tenant_key.as_deref()
    }

    /// `name`: the user's name.
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// `en_name`: the user's English name.
    #[must_use]
    pub fn en_name(&self) -> Option<&str> {
        self.en_name.as_deref()
    }

    /// `avatar_url`: the user's picture.
    #[must_use]
    pub fn avatar_url(&self) -> Option<&str> {
        self.avatar_url.as_deref()
    }

    /// `email`: not verified by Feishu.
    #[must_use]
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// `enterprise_email`: the user's business mailbox.
    #[must_use]
    pub fn enterprise_email(&self) -> Option<&str> {
        self.enterprise_email.as_deref()
    }

    /// `mobile`: not verified by Feishu.
    #[must_use]
    pub fn mobile(&self) -> Option<&str> {
        self.mobile.as_deref()
    }

    /// `employee_no`: the user's employee number.
    #[must_use]
    pub fn employee_no(&self) -> Option<&str> {
        self.employee_no.as_deref()
    }
}
