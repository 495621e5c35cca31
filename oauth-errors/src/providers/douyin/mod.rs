//! Douyin (抖音开放平台) errors and login: the OAuth endpoints' codes ([`DouyinError`]), the
//! OpenAPI status codes ([`DouyinApiError`]) and the [`Douyin`] provider, declared with the
//! same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! Douyin answers every error with HTTP 200 and a JSON body whose code is `error_code` inside
//! `data` (the OAuth endpoints' envelope), or `err_no` beside `data` (the newer envelope of
//! the user-info call):
//!
//! | endpoint | answer | codes |
//! | --- | --- | --- |
//! | authorize ([`AUTHORIZE_URL`]) | a page (a QR code, or the app's consent page) that redirects to `redirect_uri` with the code | none documented |
//! | token ([`TOKEN_URL`], a form `POST` of `client_key`, `client_secret`, `code`, `grant_type`) and refresh ([`REFRESH_URL`], the same without `client_secret` and with `refresh_token`) | `{"data":{"access_token":"act.…","open_id":"…","error_code":0,…},"message":"success"}`; an error `{"data":{"description":"Parameter error","error_code":2100005},"extra":{"logid":"…","now":…}}` | [`DouyinError`]: 10001–10020; [`DouyinApiError`]: 2100005 and the like |
//! | user info ([`USER_INFO_URL`], a JSON `POST` of `access_token` and `open_id`) | `{"err_no":0,"err_msg":"","log_id":"…","data":{"open_id":"…","union_id":"…",…}}` | [`DouyinApiError`]: 28001003, 28001005, 28001008, 28001016 |
//!
//! `client` and `HttpClient` send the token and refresh requests so and read the token out
//! of `data`; `user_info` asks for the user's `union_id`; `authorize_url` writes the
//! authorization URL (`client_key`, scopes separated by commas, `scope=user_info` when you
//! give none).
//!
//! ```
//! use oauth_errors::{Kind, douyin::{DouyinApiError, DouyinError}};
//!
//! let error = DouyinError::try_from(10007)?;
//! assert_eq!(error, DouyinError::AuthorizationCodeExpired);
//! assert_eq!(error.description(), "授权码过期");
//! assert_eq!(error.kind(), Kind::Reauthorize);
//!
//! let error = DouyinApiError::try_from(28001008)?;
//! assert_eq!(error, DouyinApiError::AccessTokenExpired);
//! assert_eq!(error.kind(), Kind::Refresh);
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Where the tables come from
//!
//! Douyin publishes two tables, and they share only `0` (success):
//!
//! - [`DouyinError`] (the [`Provider::Error`] table): the codes of the OAuth endpoints
//!   (`/oauth/access_token/`, `/oauth/refresh_token/`, `/oauth/renew_refresh_token/`,
//!   `/oauth/client_token/`), the `Oauth2` rows of Douyin's older 错误码 page as a copy of it
//!   gives them (`gadfly3173/douyin-open-api-sdk`, `TtOpErrorMsgEnum.java`; other SDKs' copies
//!   agree), and `10001`, which the current access-token page adds (as
//!   `zhuovi/XiaoFeng.DouYin` copies that page's table). These are the codes a login answers:
//!   the login's table.
//! - [`DouyinApiError`] (the [`Provider::ApiError`] table): the OpenAPI's general status codes
//!   (状态码排查, 通用状态码 new and old) that API calls answer, the user-info call included,
//!   as the status-code page gives them, with `28001003` from the user-info page and the
//!   older page's `2190002`–`2190016` rows the status-code excerpt did not reach. Like
//!   Weibo's `Error_code` page and QQ's OpenAPI `ret` table, it is the API's table, apart
//!   from the login's.
//!
//! Where the current pages word a code otherwise, the row's documentation quotes them. Gaps:
//! `10009`, `10016`, `10018` and `10019` are in no copy read; the rest of the old status table
//! after `2190001`, and the current token and refresh pages' own error tables, were not
//! reached; Douyin publishes no English texts. The older error envelope's `extra.logid` (a
//! request id in a second object) is not read; `log_id` is.
//!
//! The English variant names are ours; the descriptions are Douyin's.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
mod user_info;
#[cfg(feature = "oauth2")]
pub use login::{
    Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client, user_info,
    user_info_async,
};
#[cfg(feature = "response")]
pub use response::ErrorResponse;
#[cfg(feature = "oauth2")]
pub use user_info::UserInfo;

use crate::{Provider, WireFormat};

/// Douyin's authorization page (`/platform/oauth/connect/`), as Douyin's 获取授权码 page gives
/// it.
pub const AUTHORIZE_URL: &str = "https://open.douyin.com/platform/oauth/connect/";

/// Douyin's token endpoint (`/oauth/access_token/`, a `POST` of the form `client_key`,
/// `client_secret`, `code`, `grant_type`), as Douyin's 获取 `access_token` page gives it.
pub const TOKEN_URL: &str = "https://open.douyin.com/oauth/access_token/";

/// Douyin's refresh endpoint (`/oauth/refresh_token/`, a `POST` of the form `client_key`,
/// `grant_type`, `refresh_token`, without the secret), as Douyin's 刷新 `access_token` page gives
/// it: where `HttpClient` sends a refresh (the path of [`TOKEN_URL`] replaced).
pub const REFRESH_URL: &str = "https://open.douyin.com/oauth/refresh_token/";

/// Douyin's user-info endpoint (`/oauth/userinfo/`, a `POST` of `access_token` and `open_id`,
/// scope `user_info`), as Douyin's 获取用户公开信息 page gives it: what `user_info` calls.
pub const USER_INFO_URL: &str = "https://open.douyin.com/oauth/userinfo/";

/// Douyin as a [`Provider`]: errors are JSON with HTTP 200, the code in `err_no` or in
/// `data.error_code` (a number or a string of one; [`DouyinError`] or [`DouyinApiError`]), the
/// text in `err_msg` or `data.description`, the request id in `log_id`; a code of 0, an access
/// token or an `open_id` is a success. The token request is a form `POST` with `client_key`
/// for `client_id` and no `redirect_uri`; a refresh goes to [`REFRESH_URL`] without the
/// secret; the token is read out of `data`. The authorization URL names the app `client_key`
/// and separates scopes with commas.
///
/// ```
/// use oauth_errors::{Provider, douyin::Douyin};
///
/// assert_eq!(Douyin::NAME, "Douyin");
/// assert_eq!(Douyin::FORMAT.get_nested_in(), ["data"]);
/// assert_eq!(Douyin::FORMAT.get_code(), ["err_no", "error_code"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Douyin {}

impl Provider for Douyin {
    const NAME: &'static str = "Douyin";
    type Error = DouyinError;
    type ApiError = DouyinApiError;
    // `err_no` first: the user-info answer's `data` holds an `error_code` of its own ("0")
    // beside the envelope's code.
    const FORMAT: WireFormat = WireFormat::new()
        .nested_in(&["data"])
        .code(&["err_no", "error_code"])
        .api_code(&["err_no", "error_code"])
        .message(&["err_msg", "description"])
        .request_id(&["log_id"])
        .success(&["access_token", "open_id"])
        .success_code(0);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(
            crate::TokenRequest::new()
                .rename(&[crate::Rename {
                    standard: "client_id",
                    provider: "client_key",
                }])
                .omit(&["redirect_uri"])
                .omit_on_refresh(&["client_secret"])
                .refresh_path("/oauth/refresh_token/"),
        )
        .token_answer(crate::TokenAnswer::new().nested_in(&["data"]))
        .authorize_request(
            crate::AuthorizeRequest::new()
                .rename(&[crate::Rename {
                    standard: "client_id",
                    provider: "client_key",
                }])
                .defaults(&[crate::Parameter {
                    name: "scope",
                    value: "user_info",
                }])
                .scope_separator(",")
                .order(&[
                    "client_key",
                    "response_type",
                    "scope",
                    "redirect_uri",
                    "state",
                ]),
        );
}

crate::oauth_error_table! {
    /// An error code of Douyin's OAuth endpoints (`data.error_code` of `/oauth/access_token/`,
    /// `/oauth/refresh_token/`, `/oauth/renew_refresh_token/` and `/oauth/client_token/`): the
    /// `Oauth2` rows of Douyin's older 错误码 page, and `10001` from the current access-token
    /// page.
    ///
    /// Each variant's documentation gives its code, Douyin's description and, where the
    /// current pages word it otherwise, their wording. `Success` (code `0`) is part of the
    /// table and kept. Douyin adds codes over time, so the enum is `#[non_exhaustive]`: match
    /// it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{DouyinError, Kind};
    ///
    /// assert_eq!(DouyinError::from_code(10010), Some(DouyinError::RefreshTokenInvalidOrExpired));
    /// assert_eq!(DouyinError::RefreshTokenInvalidOrExpired.to_string(), "10010: refresh_token 无效或过期");
    /// assert_eq!(DouyinError::AccessTokenInvalidOrExpired.kind(), Kind::Refresh);
    /// assert_eq!(DouyinError::from_code(10016), None); // in no copy read
    /// ```
    #[non_exhaustive]
    pub enum DouyinError {
        include_str!("oauth.md")
    }
}

crate::oauth_error_table! {
    /// A status code of Douyin's OpenAPI (`err_no`, or `data.error_code` of API calls): the
    /// status-code page's 通用状态码, new (`28001005`…) and old (`2100004`…, `2190001`…),
    /// with `28001003` from the user-info page.
    ///
    /// The old codes whose meaning a new code has are named `Legacy…` (`LegacySystemBusy`
    /// `2100004` beside `SystemBusy` `28001005`); no code has two meanings. Each variant's
    /// documentation gives its code, Douyin's description and the page's troubleshooting
    /// advice (排查建议). `Success` (code `0`) is part of the table and kept. Douyin adds codes
    /// over time, so the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{DouyinApiError, Kind};
    ///
    /// assert_eq!(DouyinApiError::from_code(28003018), Some(DouyinApiError::RequestFrequencyTooHigh));
    /// assert_eq!(DouyinApiError::RequestFrequencyTooHigh.kind(), Kind::RateLimited);
    /// assert_eq!(DouyinApiError::LegacyAccessTokenExpired.code(), 2190008);
    /// ```
    #[non_exhaustive]
    pub enum DouyinApiError {
        include_str!("status.md")
    }
}
