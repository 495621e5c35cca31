//! WeCom (企业微信, WeChat Work) errors and login: [`WecomError`], WeCom's global error codes,
//! and the [`Wecom`] provider, declared with the same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! Every WeCom API answers an error as JSON with a numeric `errcode` (0 a success) and an
//! `errmsg`, which often carries a hint for WeCom's support, the caller's IP and a link:
//! `{"errcode":42001,"errmsg":"access_token expired, hint: [1576065934_28_e0fae07666aa64636023c1fa7e8f49a4], from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=42001"}`.
//! `ErrorResponse::request_id` is the hint. WeCom's pages do not state the HTTP status of an
//! error; every answer read carries it in a body with HTTP 200.
//!
//! | call | codes WeCom's pages name for it |
//! | --- | --- |
//! | `gettoken` (the app's token) | 40013 corp id, 40001 and 40091 secret, 41002 and 41004 missing, 45009 rate, 60020 IP |
//! | any call with the token | 40014 token not valid, 42001 token expired (fetch a new one: `refresh`), 41001 missing |
//! | `auth/getuserinfo` (the user for a code) | 40029 code not valid, 42003 code expired, 42022 code used (`reauthorize`), 41008 missing, 50001 redirect domain |
//!
//! ```
//! use oauth_errors::{Kind, wecom::WecomError};
//!
//! let error = WecomError::try_from(40029)?;
//! assert_eq!(error, WecomError::InvalidOauthCode);
//! assert_eq!(error.description(), "不合法的oauth_code");
//! assert_eq!(error.kind(), Kind::Reauthorize);
//! assert_eq!(WecomError::try_from(42001)?.kind(), Kind::Refresh);
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Logging in
//!
//! WeCom's login is not an OAuth 2.0 code exchange: there is no user token and no refresh
//! token. The app sends the user to WeCom, gets a `code` back, and asks who the user is with
//! the app's own access token:
//!
//! | step | request |
//! | --- | --- |
//! | authorize, in a browser (QR code or quick login) | [`WEB_LOGIN_URL`]`?login_type=CorpApp&appid=CORPID&agentid=AGENTID&redirect_uri=…&state=…` (`web_login_url`) |
//! | authorize, inside the WeCom client | [`AUTHORIZE_URL`]`?appid=CORPID&redirect_uri=…&response_type=code&scope=snsapi_base&state=…&agentid=AGENTID#wechat_redirect` (`in_app_url`) |
//! | callback | `redirect_uri?code=CODE&state=STATE` (the code is good once, for 5 minutes) |
//! | the app's token | `GET` [`TOKEN_URL`]`?corpid=…&corpsecret=…` (`access_token`, with the `oauth2` feature) |
//! | the user | `GET` [`USER_URL`]`?access_token=…&code=…` (`user`, with the `oauth2` feature) |
//!
//! The app's token lasts `expires_in` seconds (7200 as a rule): keep it and use it for every
//! user, and fetch a new one when it expires or WeCom answers 40014 or 42001 (WeCom may end it
//! early, and calling `gettoken` often is rate limited).
//!
//! # Where the table comes from
//!
//! [`WecomError`] is WeCom's 全局错误码 page (`developer.work.weixin.qq.com/document/path/90313`,
//! updated 2026-01-09), 1552 codes in the page's order, as a Markdown copy of it has them
//! (`wxkingstar/doc-hub-mcp`); checked against the copies in `xen0n/go-workwx` (2024) and
//! `WxJava`'s `WxCpErrorMsgEnum` (2022), whose older wordings the rows quote where they differ.
//! The page's 排查方法 (what to check) is in a row's documentation where it is short plain
//! text. WeCom publishes no English texts. The English variant names are ours; the descriptions
//! are WeCom's.
//!
//! # Gaps
//!
//! - 790000–790008 were on the page in 2024 (go-workwx's copy) and are not now: not in the
//!   table.
//! - The web login component reports its own negative codes (−31020 … −31040) to its
//!   JavaScript callback; they are not API codes and not in the table.
//! - No answer tells when to come back after 45009: WeCom blocks for 60 seconds, 60 minutes or
//!   the rest of the day, by which limit was hit (访问频率限制).

#[cfg(feature = "oauth2")]
mod authorize;
#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
pub use authorize::{in_app_url, web_login_url};
#[cfg(feature = "oauth2")]
pub use login::{
    AppToken, Member, NonMember, User, access_token, access_token_async, user, user_async,
};
#[cfg(feature = "response")]
pub use response::ErrorResponse;

use crate::{Provider, WireFormat};

/// WeCom's web login page (企业微信登录, in a browser: QR code or quick login), as WeCom's
/// Web登录组件 page gives it: `web_login_url` builds the URL (with the `oauth2` feature).
pub const WEB_LOGIN_URL: &str = "https://login.work.weixin.qq.com/wwlogin/sso/login";

/// WeCom's authorization page inside the WeCom client (网页授权登录), as WeCom's 构造网页授权链接
/// page gives it: `in_app_url` builds the URL (with the `oauth2` feature).
pub const AUTHORIZE_URL: &str = "https://open.weixin.qq.com/connect/oauth2/authorize";

/// WeCom's endpoint for the app's access token (`gettoken`, a `GET` with `corpid` and
/// `corpsecret`), as WeCom's `获取access_token` page gives it.
pub const TOKEN_URL: &str = "https://qyapi.weixin.qq.com/cgi-bin/gettoken";

/// WeCom's endpoint for the user a login code belongs to (`auth/getuserinfo`, a `GET` with
/// `access_token` and `code`), as WeCom's 获取访问用户身份 and 获取用户登录身份 pages give it.
pub const USER_URL: &str = "https://qyapi.weixin.qq.com/cgi-bin/auth/getuserinfo";

/// WeCom as a [`Provider`]: errors are JSON with an `errcode` of [`WecomError`] and an
/// `errmsg` whose `hint: […]` is the request id; an `errcode` of 0, an `access_token`, a
/// `userid` or an `openid` is a success. Its login has no `oauth2` code exchange (see the
/// [module documentation](self)).
///
/// ```
/// use oauth_errors::{Provider, wecom::Wecom};
///
/// assert_eq!(Wecom::NAME, "WeCom");
/// assert_eq!(Wecom::FORMAT.get_code(), ["errcode"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wecom {}

impl Provider for Wecom {
    const NAME: &'static str = "WeCom";
    type Error = WecomError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new()
        .code(&["errcode"])
        .message(&["errmsg"])
        .request_id_in_message()
        .success(&["access_token", "userid", "openid"])
        .success_code(0);
}

crate::oauth_error_table! {
    /// An error code of WeCom's APIs (`errcode`): WeCom's global error-code table (全局错误码).
    ///
    /// [`description`](Self::description) is the table's text (错误说明) and `Display` writes
    /// it. Each variant's documentation gives its code, text and, where short, what WeCom says
    /// to check (排查方法), and why it has its kind where that is not obvious. `Success` (code
    /// `0`) is part of the table and kept. WeCom adds codes over time, so the enum is
    /// `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, WecomError};
    ///
    /// assert_eq!(WecomError::from_code(60020), Some(WecomError::IpNotAllowed));
    /// assert_eq!(WecomError::IpNotAllowed.kind(), Kind::Misconfigured);
    /// assert_eq!(WecomError::IpNotAllowed.to_string(), "60020: 不安全的访问IP");
    /// assert_eq!(WecomError::ALL.len(), 1552);
    /// ```
    #[non_exhaustive]
    pub enum WecomError {
        include_str!("global.md")
    }
}
