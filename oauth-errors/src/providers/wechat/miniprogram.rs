//! WeChat's mini-program login (小程序登录): the [`MiniProgram`] provider, the codes of
//! `sns/jscode2session` ([`MiniProgramError`]) and [`MiniProgramErrorResponse`].

use super::WechatError;
use crate::{Provider, WireFormat};

/// WeChat's mini-program login endpoint (code2Session, `sns/jscode2session`: a `GET` with
/// `appid`, `secret`, `js_code` and `grant_type=authorization_code` in the query), as the
/// code2Session page gives it: what `code_to_session` calls.
pub const JSCODE2SESSION_URL: &str = "https://api.weixin.qq.com/sns/jscode2session";

/// WeChat's mini-program login as a [`Provider`]: its errors are typed by code2Session's own
/// table ([`MiniProgramError`], `known()`) and by WeChat's global table ([`WechatError`],
/// `api()`), which has the codes of the app's credentials (`40013` invalid appid, `40125`
/// invalid appsecret, `40164` IP not in the whitelist, `40243` frozen secret) that the call
/// may answer too, since it sends them.
///
/// The login is no `oauth2` code exchange: the mini-program calls `wx.login()` on the device
/// and gets a `code` (good once, for five minutes); your server exchanges it with
/// `code_to_session` for the user's `openid`, `unionid` and `session_key`. There is no access
/// token and no refresh. Errors come with HTTP 200 as WeChat's others do:
/// `{"errcode":40029,"errmsg":"invalid code, rid: 652d44d0-1d0af18b-5b069232"}`, the request
/// id at the end of `errmsg`; an `errcode` of 0, an `openid` or a `session_key` is a success.
///
/// Where the table comes from: code2Session's 错误码 table (-1, 40029, 40226, 45011) as a
/// scrape of the current page has it (`Marco9442/wx-miniprogram-doc`,
/// `开发/服务端/小程序登录/小程序登录凭证校验.md`), its Chinese in `description` and its English
/// (where it gives one) in `description_en`; then `0` from the page's older revision and
/// `40163`, which WeChat answers when a code is sent twice (开放社区 posts) and which no
/// revision of the page lists. Gaps: no English for `0`; 40029's English is that of the
/// 第三方平台 page, this page giving none; whether 45011's limit counts per user (as the older
/// page says) or per app was not found.
///
/// ```
/// use oauth_errors::{Kind, Provider, WechatError};
/// use oauth_errors::wechat::{MiniProgram, MiniProgramError};
///
/// assert_eq!(MiniProgram::NAME, "WeChat mini-program");
/// assert_eq!(MiniProgramError::try_from(40163)?, MiniProgramError::CodeAlreadyUsed);
/// assert_eq!(MiniProgramError::CodeAlreadyUsed.kind(), Kind::Reauthorize);
/// assert_eq!(MiniProgramError::from_code(40125), None); // a global code
/// assert_eq!(WechatError::from_code(40125), Some(WechatError::InvalidAppSecret));
/// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MiniProgram {}

impl Provider for MiniProgram {
    const NAME: &'static str = "WeChat mini-program";
    type Error = MiniProgramError;
    type ApiError = WechatError;
    const FORMAT: WireFormat = WireFormat::new()
        .code(&["errcode"])
        .api_code(&["errcode"])
        .message(&["errmsg"])
        .request_id(&["reqid"])
        .request_id_in_message()
        .success(&["openid", "session_key"])
        .success_code(0);
}

crate::oauth_error_table! {
    /// A return code of WeChat's mini-program login (`errcode` of `sns/jscode2session`):
    /// code2Session's 错误码 table, with `0` from the page's older revision and `40163`.
    ///
    /// [`description`](Self::description) is the Chinese text and `Display` writes it;
    /// [`description_en`](Self::description_en) is the `errmsg` WeChat sends for the code
    /// (without the request id), where a copy gives it. Codes of the app's credentials
    /// (`40013`, `40125`, `40164`, …) are [`WechatError`]'s. WeChat adds codes over time, so
    /// the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, wechat::MiniProgramError};
    ///
    /// assert_eq!(MiniProgramError::from_code(40029), Some(MiniProgramError::InvalidCode));
    /// assert_eq!(MiniProgramError::InvalidCode.to_string(), "40029: code 无效");
    /// assert_eq!(MiniProgramError::CodeBlocked.description_en(), Some("code blocked"));
    /// assert_eq!(MiniProgramError::CodeBlocked.kind(), Kind::Denied);
    /// ```
    #[non_exhaustive]
    pub enum MiniProgramError {
        include_str!("miniprogram.md")
    }
}

/// An error response of WeChat's mini-program login, parsed from the body as it arrived:
/// [`crate::ProviderErrorResponse`] of [`MiniProgram`]. The request id that ends `errmsg` is
/// split off.
///
/// Bodies WeChat sent (开放社区 posts), and the 第三方平台 page's example, whose code is a
/// string:
///
/// ```
/// use oauth_errors::{Kind, ParseError};
/// use oauth_errors::wechat::{MiniProgramError, MiniProgramErrorResponse as ErrorResponse};
///
/// let response = ErrorResponse::parse(r#"{"errcode":40029,"errmsg":"invalid code, rid: 652d44d0-1d0af18b-5b069232"}"#)?;
/// assert_eq!(response.known(), Some(MiniProgramError::InvalidCode));
/// assert_eq!(response.kind(), Kind::Reauthorize);
/// assert_eq!(response.message(), Some("invalid code"));
/// assert_eq!(response.request_id(), Some("652d44d0-1d0af18b-5b069232"));
/// assert_eq!(
///     response.to_string(),
///     "WeChat mini-program error 40029: code 无效 (invalid code) [request id 652d44d0-1d0af18b-5b069232]"
/// );
///
/// let response = ErrorResponse::parse(r#"{"errcode":40163,"errmsg":"code been used, rid: 6166f719-6cb5d09c-633ab469"}"#)?;
/// assert_eq!(response.known(), Some(MiniProgramError::CodeAlreadyUsed));
///
/// let response = ErrorResponse::parse(r#"{"errcode":40226,"errmsg":"code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]"}"#)?;
/// assert_eq!(response.known(), Some(MiniProgramError::CodeBlocked));
/// assert_eq!(response.request_id(), Some("qEjdmsNre-EYNDhA"));
/// assert_eq!(response.kind(), Kind::Denied);
///
/// let response = ErrorResponse::parse(r#"{"errcode": "40029", "errmsg": "invalid code"}"#)?;
/// assert_eq!(response.code(), Some(40029));
///
/// // The page's success example, and the 第三方平台 page's, without `errcode`.
/// assert!(matches!(
///     ErrorResponse::parse(r#"{
///   "openid": "xxxxxx",
///   "session_key": "xxxxx",
///   "unionid": "xxxxx",
///   "errcode": 0,
///   "errmsg": "xxxxx"
/// }"#),
///     Err(ParseError::Success { field: "errcode", .. })
/// ));
/// assert!(matches!(
///     ErrorResponse::parse(r#"{"openid": "OPENID", "session_key": "SESSIONKEY", "unionid":"oHAUs6LSuwgHq-mlnFrffKXw3QYM"}"#),
///     Err(ParseError::Success { field: "openid", .. })
/// ));
/// # Ok::<(), ParseError>(())
/// ```
///
/// A code of the app's credentials is WeChat's global table's, [`api`](crate::ProviderErrorResponse::api)
/// (a body built from a row of the getStableAccessToken page's table):
///
/// ```
/// use oauth_errors::{Kind, WechatError, wechat::MiniProgramErrorResponse as ErrorResponse};
///
/// let response = ErrorResponse::parse(r#"{"errcode":40125,"errmsg":"invalid appsecret"}"#)?;
/// assert_eq!(response.known(), None);
/// assert_eq!(response.api(), Some(WechatError::InvalidAppSecret));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// # Ok::<(), oauth_errors::ParseError>(())
/// ```
#[cfg(feature = "response")]
pub type MiniProgramErrorResponse = crate::ProviderErrorResponse<MiniProgram>;
