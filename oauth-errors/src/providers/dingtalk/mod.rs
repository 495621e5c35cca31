//! DingTalk (钉钉) errors and login: the string `code`s of its current API ([`DingtalkError`]),
//! the numeric `errcode`s of its server API ([`DingtalkApiError`]), and the [`Dingtalk`]
//! provider, declared with the same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! | endpoint | error body | codes |
//! | --- | --- | --- |
//! | the current API on `api.dingtalk.com` (`/v1.0/oauth2/userAccessToken`, `/v1.0/contact/users/me`, …) | HTTP 4xx or 5xx, `{"code":"invalidParameter.authCode.notFound","requestid":"41F9E66B-…","message":"不合法的临时授权码"}`: `code` is a string id | [`DingtalkError`] |
//! | the old server API on `oapi.dingtalk.com` | HTTP 200, `{"errcode":40078,"errmsg":"不存在的临时授权码"}`; an authentication failure as `{"errcode":88,"sub_code":"60011","sub_msg":"…","errmsg":"…","request_id":"5imjny7u9xwa"}` | [`DingtalkApiError`] |
//!
//! `ErrorResponse::known` looks the current API's `code` up in [`DingtalkError`];
//! `ErrorResponse::api` looks the old API's code up in [`DingtalkApiError`]: the `sub_code`
//! when there is one (errcode 88 says only "鉴权异常", authentication failed, and DingTalk's
//! table says to read `sub_code` and `sub_msg`), else the `errcode`. The `errcode` stays
//! readable as `field("errcode")`. The request id is `requestid` (the current API) or
//! `request_id` (the old one).
//!
//! ```
//! use oauth_errors::{Kind, dingtalk::{DingtalkApiError, DingtalkError}};
//!
//! let error: DingtalkError = "invalidParameter.authCode.notFound".parse()?;
//! assert_eq!(error, DingtalkError::AuthCodeNotFound);
//! assert_eq!(error.description(), "不合法的临时授权码");
//! assert_eq!(error.kind(), Kind::Reauthorize);
//!
//! let error = DingtalkApiError::try_from(40078)?;
//! assert_eq!(error, DingtalkApiError::TempAuthCodeNotFound);
//! assert_eq!(error.description(), "不存在的临时授权码");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Logging in
//!
//! | step | request |
//! | --- | --- |
//! | authorize | [`AUTHORIZE_URL`]`?redirect_uri=…&response_type=code&client_id=…&scope=openid&state=…&prompt=consent` |
//! | callback | `redirect_uri?authCode=…&state=…` (the code is in **`authCode`**, not `code`) |
//! | token | `POST` [`TOKEN_URL`], JSON `{"clientId","clientSecret","code","grantType":"authorization_code"}`, answered `{"accessToken","refreshToken","expireIn","corpId"}` |
//! | refresh | the same, `{"clientId","clientSecret","refreshToken","grantType":"refresh_token"}` |
//! | the user | `GET` [`ME_URL`] with the header `x-acs-dingtalk-access-token` |
//!
//! `client`, `HttpClient` and `authorize_url` do the first four (with the `oauth2` feature);
//! `me` is the last.
//!
//! # Where the tables come from
//!
//! [`DingtalkError`] is 23 rows of the string codes of DingTalk's current 全局错误码 page
//! (`open.dingtalk.com/document/development/server-api-error-codes-1`, as crawled in
//! `apolloyyu/kb-dingtalk-open-platform`, 2026) chosen for the login endpoints (credentials, the
//! authorization code, the grant type, the access token, API permission, IP whitelist, rate
//! limits, unknown errors), plus two codes from bodies DingTalk sent that the page lacks
//! (`invalidParameter.authCode.notFound`, quoted at developer.aliyun.com/ask/657105, and
//! `InvalidAction.NotFound`, quoted in aliyun/alibabacloud-go-sdk#5). DingTalk publishes no list
//! of the errors of `oauth2/userAccessToken`: which of these it answers there is known only for
//! those two observed bodies. Where the page lists an id more than once (with other HTTP statuses
//! and messages), the first row is the text and the others are in the variant's documentation.
//!
//! [`DingtalkApiError`] is the old server API's global return-code table, in two parts: the 274
//! codes of 附录一 全局返回码说明 as DingTalk published it in 2016 (`ddtalk/dingTalkDoc`,
//! `source/includes/_server.md`; `60107`, published twice, once), then the 122 codes of the
//! current 全局错误码 page that the 2016 table lacks (among them `88` 鉴权异常 and `40102`
//! 过期的临时授权码), each saying so. The 2016 text is kept where the current page words a code
//! differently; the variant's documentation quotes the current wording where it differs in more
//! than punctuation. The two parts are one enum because `ErrorResponse::api` looks a code up in
//! one table.
//!
//! No English text is published for either table except the English `message`s of some string
//! codes (`description_en`). The English variant names are ours; the descriptions are
//! DingTalk's.
//!
//! # Gaps
//!
//! - What `oauth2/userAccessToken` answers for a wrong, used or expired `refreshToken` is not
//!   documented, nor the values of the callback's `error` parameter.
//! - 90018 and 90020 (old API), `Forbidden.AccessDenied.ApiCountLimitForOrg` (current API) are
//!   named by DingTalk's rate-limit page without a text of their own; they are not in the
//!   tables.
//! - The IP throttle's answer (`{"status":1111,"wait":5,"source":"x5","punish":"deny",…}`, or
//!   an HTML page) carries no code and is not an error body this module reads; DingTalk does not
//!   say in what unit `wait` is.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "oauth2")]
mod me;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
pub use login::{
    Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client, me, me_async,
};
#[cfg(feature = "oauth2")]
pub use me::Me;
#[cfg(feature = "response")]
pub use response::ErrorResponse;

use crate::{Provider, WireFormat};

/// DingTalk's authorization endpoint (`oauth2/auth`), as DingTalk's 获取登录用户的访问凭证 page
/// gives it.
pub const AUTHORIZE_URL: &str = "https://login.dingtalk.com/oauth2/auth";

/// DingTalk's user token endpoint (`POST`, a JSON body; the same URL refreshes a token), as
/// DingTalk's 获取用户token page gives it.
pub const TOKEN_URL: &str = "https://api.dingtalk.com/v1.0/oauth2/userAccessToken";

/// DingTalk's endpoint for the user who authorized the token (`contact/users/{unionId}` with
/// `me`), as DingTalk's 获取用户通讯录个人信息 page gives it: `dingtalk::me` calls it.
pub const ME_URL: &str = "https://api.dingtalk.com/v1.0/contact/users/me";

/// DingTalk as a [`Provider`]: the current API answers an error status and a string `code` of
/// [`DingtalkError`] with a `message` and a `requestid`; the old API answers HTTP 200 and an
/// `errcode` of [`DingtalkApiError`] (the `sub_code` of an `errcode` 88) with an `errmsg`;
/// `errcode` 0, an `accessToken` or a `unionId` is a success. The token request is a JSON
/// `POST` with camelCase names and no `redirect_uri`, and so is its answer; the authorization
/// URL asks for `scope=openid` and `prompt=consent` unless told otherwise.
///
/// ```
/// use oauth_errors::{Provider, dingtalk::Dingtalk};
///
/// assert_eq!(Dingtalk::NAME, "DingTalk");
/// assert_eq!(Dingtalk::FORMAT.get_error(), ["code"]);
/// assert_eq!(Dingtalk::FORMAT.get_code(), ["sub_code", "errcode"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dingtalk {}

impl Provider for Dingtalk {
    const NAME: &'static str = "DingTalk";
    type Error = DingtalkError;
    type ApiError = DingtalkApiError;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["code"])
        .code(&["sub_code", "errcode"])
        .api_code(&["sub_code", "errcode"])
        .message(&["message", "sub_msg", "errmsg"])
        .request_id(&["requestid", "request_id"])
        .success(&["accessToken", "unionId"])
        .success_code(0);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(
            crate::TokenRequest::new()
                .parameters(crate::Parameters::Json)
                .rename(&[
                    crate::Rename {
                        standard: "client_id",
                        provider: "clientId",
                    },
                    crate::Rename {
                        standard: "client_secret",
                        provider: "clientSecret",
                    },
                    crate::Rename {
                        standard: "grant_type",
                        provider: "grantType",
                    },
                    crate::Rename {
                        standard: "refresh_token",
                        provider: "refreshToken",
                    },
                ])
                .omit(&["redirect_uri"]),
        )
        .token_answer(crate::TokenAnswer::new().rename(&[
            crate::Rename {
                standard: "access_token",
                provider: "accessToken",
            },
            crate::Rename {
                standard: "refresh_token",
                provider: "refreshToken",
            },
            crate::Rename {
                standard: "expires_in",
                provider: "expireIn",
            },
        ]))
        .authorize_request(
            crate::AuthorizeRequest::new()
                .defaults(&[
                    crate::Parameter {
                        name: "scope",
                        value: "openid",
                    },
                    crate::Parameter {
                        name: "prompt",
                        value: "consent",
                    },
                ])
                .order(&[
                    "redirect_uri",
                    "response_type",
                    "client_id",
                    "scope",
                    "state",
                    "prompt",
                ]),
        );
}

crate::oauth_error_table! {
    /// An error of DingTalk's current API (`api.dingtalk.com`): the string `code` of its error
    /// bodies, for the login endpoints and the user's contact information.
    ///
    /// [`description`](Self::description) is DingTalk's Chinese text (the `message` it sends,
    /// or the table's 说明 where the message is English) and `Display` writes it;
    /// [`description_en`](Self::description_en) is the English `message` where DingTalk sends
    /// one. Each variant's documentation gives the HTTP status the table lists and, where the
    /// table lists an id more than once, the other rows. DingTalk adds codes over time, so the
    /// enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, DingtalkError};
    ///
    /// let error: DingtalkError = "Forbidden.AccessDenied.AccessTokenPermissionDenied".parse()?;
    /// assert_eq!(error, DingtalkError::AccessTokenPermissionDenied);
    /// assert_eq!(error.kind(), Kind::Misconfigured);
    /// assert_eq!(DingtalkError::from_error("invalidCode"), Some(DingtalkError::InvalidCode));
    /// assert_eq!(DingtalkError::RequestOverlimit.description_en(), Some("You have sent too many requests."));
    /// # Ok::<(), oauth_errors::UnknownErrorId>(())
    /// ```
    #[non_exhaustive]
    pub enum DingtalkError {
        include_str!("oauth.md")
    }
}

crate::oauth_error_table! {
    /// An error code of DingTalk's old server API (`errcode`, or the `sub_code` of errcode 88):
    /// its global return-code table, the 2016 附录一 and the codes the current 全局错误码 page
    /// adds.
    ///
    /// [`description`](Self::description) is DingTalk's text and `Display` writes it. Each
    /// variant's documentation gives its code, text and, where it is not obvious, why it has its
    /// kind; the rows of the current page say so. `Success` (code `0`) is part of the table and
    /// kept. DingTalk adds codes over time, so the enum is `#[non_exhaustive]`: match it with a
    /// wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{DingtalkApiError, Endpoint, Kind};
    ///
    /// assert_eq!(DingtalkApiError::from_code(42001), Some(DingtalkApiError::AccessTokenExpired));
    /// assert_eq!(DingtalkApiError::AccessTokenExpired.kind(), Kind::Refresh);
    /// assert_eq!(DingtalkApiError::AccessTokenExpired.to_string(), "42001: access_token超时");
    /// assert_eq!(DingtalkApiError::from_code(40102), Some(DingtalkApiError::ExpiredTempAuthCode));
    ///
    /// // 40001 is a wrong Secret at the token endpoint (gettoken), an invalid access token
    /// // from an API call.
    /// assert_eq!(DingtalkApiError::InvalidCredential.kind_at(Endpoint::Token), Kind::Misconfigured);
    /// assert_eq!(DingtalkApiError::InvalidCredential.kind_at(Endpoint::Api), Kind::Refresh);
    /// ```
    #[non_exhaustive]
    #[oauth_errors(token_kind(misconfigured = [40001]))]
    pub enum DingtalkApiError {
        include_str!("global.md")
    }
}
