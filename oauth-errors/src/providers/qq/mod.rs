//! QQ (QQ互联, QQ Connect) errors: the OAuth 2.0 codes ([`QqError`]) and the OpenAPI `ret`
//! codes ([`QqApiError`]).
//!
//! # Which endpoint sends which codes
//!
//! | endpoint | error body | codes |
//! | --- | --- | --- |
//! | `/oauth2.0/token`, `/oauth2.0/me` | HTTP 200, JSONP `callback( {"error":100020,"error_description":"code is reused error"} );`, JSON with `fmt=json`, or url-encoded pairs | [`QqError`]: 0, 100000–100068, 110401–110510 |
//! | OpenAPI calls (`/user/get_user_info`, …) | `{"ret":-23,"msg":"…"}` | [`QqApiError`]: 0, 1, 2, 1000–1300, −1…−73 |
//! | the mobile SDK's login callback (Android and iOS `TencentOAuth`) | a return code | [`QqError`]: its 12 codes are 100044, 110201, 110401–110407 and 110500–110504 |
//!
//! The two code spaces do not overlap (both have `0`, success). QQ's tables do not say which
//! OAuth codes an OpenAPI call may answer in `ret` as well (a token that is no longer valid
//! is one), so a response looks its code up in both:
//! `ErrorResponse::known` in the OAuth table, `ErrorResponse::api` in the OpenAPI table.
//!
//! ```
//! use oauth_errors::qq::{QqApiError, QqError};
//!
//! let error = QqError::try_from(100020)?;
//! assert_eq!(error, QqError::CodeReused);
//! assert_eq!(error.description(), "code被重复使用。");
//! assert_eq!(error.to_string(), "100020: code被重复使用。");
//!
//! let error = QqApiError::try_from(-23)?;
//! assert_eq!(error, QqApiError::InvalidOpenKey);
//! assert_eq!(error.description(), "openkey不合法。注意校验规则详见概念和术语#2.2 OpenKey。");
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Where the tables come from
//!
//! [`QqError`] is QQ's "QQ Login OAuth2.0" error table, text as published (the source copy is
//! `tests/data/seed.txt` in the repository), with three transcription defects of that copy
//! mended as the QQ互联 wiki and independent copies of the page have them (each mended variant
//! says so in its documentation):
//!
//! - the source copy's row `100001` holds two rows, `100001` and `100002`;
//! - the source copy's row `100010` holds two rows, `100010` and `100011`;
//! - the source copy's second `110506` is `110507`.
//!
//! Codes `100052` to `100068` are not in the source copy: newer copies of the wiki page list
//! them. Codes `110201` and `110407` are not in the OAuth table at all: the mobile SDK's list of
//! return codes has them. Each of these says so in its documentation, and so does each row
//! whose wording differs in newer copies of the wiki page (the description stays the text as
//! published). Codes `100047` and `100064` are in no copy.
//!
//! [`QqApiError`] is the OpenAPI return-code table (公共返回码说明, OpenAPI V3.0 返回码),
//! assembled from these public copies (rows from elsewhere than the first say which): a copy
//! of the QQ登录 version of the table (1, 2, 1000–1006, 1300, −1…−9, −12, −20…−24, −58); copies
//! of the 腾讯开放平台 version (1100–1102) and two 2012 SDKs that keep that table (0, −64, −65,
//! and the texts of 1, 2, 1003–1006, 1100–1102, 1300 and −1…−9); Tencent's MSDK documentation
//! (−10, −11, −25, −26, −70…−73), and one of those SDKs alone (1059, 1099). Where the two versions word 1000–1002 differently, the QQ登录 text is used and
//! the other is quoted in the row's documentation. No copy read gives −13…−19, −27…−57, −59,
//! −61…−63 or −66…−68; −60 (whose text the one copy that has it cuts short), −69 (named only
//! in a FAQ sentence) and the payment code 1060 (the one 2012 SDK that has it gives it two
//! texts, 订单已回滚 and 订单已确认) are left out for the same reason: a code without a text of
//! its own is not made up. The payment codes 1059 and 1099 are from that SDK alone (a C++
//! `open_qq_define.h`), and say so. The 2012 SDKs' copies say that a `ret` below −50 is an
//! internal error of QQ's.
//!
//! The English variant names are ours; the descriptions are QQ's.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod me;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
pub use login::{
    Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client, me, me_async,
};
#[cfg(feature = "response")]
pub use me::{Me, MeError};
#[cfg(feature = "response")]
pub use response::ErrorResponse;

use crate::{Provider, WireFormat};

/// QQ's authorization endpoint, as the QQ互联 wiki gives it.
pub const AUTHORIZE_URL: &str = "https://graph.qq.com/oauth2.0/authorize";

/// QQ's token endpoint (a `GET` with `grant_type`, `client_id`, `client_secret`, `code` and
/// `redirect_uri`; the same URL refreshes a token), as the QQ互联 wiki gives it.
pub const TOKEN_URL: &str = "https://graph.qq.com/oauth2.0/token";

/// QQ's endpoint that answers the user's `openid` for an access token
/// (`?access_token=…`, plus `&unionid=1` for the `unionid`): read its answer with `Me`.
pub const ME_URL: &str = "https://graph.qq.com/oauth2.0/me";

/// QQ as a [`Provider`]: errors come with HTTP 200, as JSONP, JSON or url-encoded pairs, with
/// the code in `error` (the token endpoint; [`QqError`]) or `ret` (OpenAPI calls;
/// [`QqApiError`] or [`QqError`]) and the message in `error_description` or `msg`; an access
/// token, an openid, or a `ret` or `error` of 0 is a success. The token request is a `GET`.
///
/// ```
/// use oauth_errors::{Provider, qq::Qq};
///
/// assert_eq!(Qq::NAME, "QQ");
/// assert_eq!(Qq::FORMAT.get_code(), ["error", "ret"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qq {}

impl Provider for Qq {
    const NAME: &'static str = "QQ";
    type Error = QqError;
    type ApiError = QqApiError;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["error"])
        .code(&["error", "ret"])
        .api_code(&["ret"])
        .message(&["error_description", "msg"])
        .success(&["access_token", "openid"])
        .success_code(0)
        .jsonp()
        .form_urlencoded();
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(crate::TokenRequest::new().parameters(crate::Parameters::Query));
}

crate::oauth_error_table! {
    /// An error code of QQ's OAuth 2.0 endpoints (`error` of the token and `/oauth2.0/me`
    /// endpoints) and of its mobile SDK's login.
    ///
    /// Each variant's documentation gives its code and QQ's description. `Success` (code `0`) is
    /// part of QQ's table and kept. QQ adds
    /// codes over time, so the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::QqError;
    ///
    /// fn should_reauthorize(error: QqError) -> bool {
    ///     matches!(
    ///         error,
    ///         QqError::AccessTokenExpired | QqError::AccessTokenRevoked | QqError::CodeReused
    ///     )
    /// }
    ///
    /// assert!(should_reauthorize(QqError::try_from(100015)?));
    /// assert_eq!(QqError::from_code(0), Some(QqError::Success));
    /// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
    /// ```
    #[non_exhaustive]
    pub enum QqError {
        r"
| 错误码(code) | 名称(name) | 类别(kind) | 含义说明(description) | 出处(note) |
| --- | --- | --- | --- | --- |
| 0 | Success | success | 成功。 | |
| 100000 | MissingOrInvalidResponseType | invalid_request | 缺少参数response_type或response_type非法。 | |
| 100001 | MissingClientId | invalid_request | 缺少参数client_id。 | Mended: the source copy merges this row and 100002 into one (`缺少参数client_id。100002缺少参数client_secret。`); split as the QQ互联 wiki has them. |
| 100002 | MissingClientSecret | invalid_request | 缺少参数client_secret。 | Mended: split out of the source copy's 100001 row. |
| 100003 | MissingAuthorizationHeader | invalid_request | http head中缺少Authorization。 | |
| 100004 | MissingOrInvalidGrantType | invalid_request | 缺少参数grant_type或grant_type非法。 | |
| 100005 | MissingCode | invalid_request | 缺少参数code。 | |
| 100006 | MissingRefreshToken | invalid_request | 缺少refresh token。 | |
| 100007 | MissingAccessToken | invalid_request | 缺少access token。 | |
| 100008 | AppIdNotFound | misconfigured | 该appid不存在。 | |
| 100009 | InvalidClientSecret | misconfigured | client_secret（即appkey）非法。 | |
| 100010 | InvalidRedirectUri | misconfigured | 回调地址不合法，常见原因请见：回调地址常见问题及修改方法 | Mended: the source copy merges this row and 100011 into one (`…修改方法100011APP不处于上线状态。`); split as the QQ互联 wiki has them. |
| 100011 | AppNotOnline | misconfigured | APP不处于上线状态。 | Mended: split out of the source copy's 100010 row. |
| 100012 | NotPostRequest | invalid_request | HTTP请求非post方式。 | |
| 100013 | InvalidAccessToken | refresh | access token非法。 | Newer copies of the QQ互联 wiki page word it “access token失效（用户取消授权或过期被回收）。” (no longer valid: the user cancelled the authorization, or it expired and was reclaimed). Kind `refresh`: the access token is not (or no longer) valid; refresh it with the refresh token and replay once, then send the user through login if that fails too. |
| 100014 | AccessTokenExpired | refresh | access token过期。 token过期时间为3个月。如果存储的access token过期，请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | The expiry differs between copies: 3个月 (3 months) here and in the 2012 copies, 60天 (60 days) in an excerpt of the live QQ互联 wiki page, 30天 (30 days) in a newer copy of the wiki page. Kind `refresh`: QQ issues a refresh token with every access token; renew it without the user. |
| 100015 | AccessTokenRevoked | reauthorize | access token废除。 token被回收，或者被用户删除。请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | The `error_description` QQ sends with it: `access token is revoked` (quoted in Tencent's MSDK FAQ). Kind `reauthorize`: the user withdrew the authorization (用户删除), which no refresh restores. |
| 100016 | AccessTokenVerificationFailed | refresh | access token验证失败。 | The `error_description` QQ sends with it: `access token check failed` (the QQ互联 wiki's unionid section, which explains it as 用户凭据过期或者不正确, the user's credential expired or is wrong). Kind `refresh`: the access token did not verify; refresh it and replay once, then send the user through login. |
| 100017 | GetAppIdFailed | retry | 获取appid失败。 | Kind `retry`: a failure of QQ's own to look the appid up (a missing or unknown appid has codes of its own, `100001` and `100008`). |
| 100018 | GetCodeValueFailed | retry | 获取code值失败。 | Kind `retry`: a failure of QQ's own to issue the code. |
| 100019 | CodeExchangeFailed | reauthorize | 用code换取access token值失败。 | Kind `reauthorize`: QQ answers it when the code cannot be exchanged, most often because the code is no longer valid; a new login gives a new code. |
| 100020 | CodeReused | reauthorize | code被重复使用。 | The `error_description` QQ sends with it: `code is reused error`. Newer copies of the QQ互联 wiki page add “code是一次性有效的，开发者此时应该引导用户重新登录授权，重新获取code，而不是重试token接口” (a code is good once: send the user through login again for a new code, do not retry the token call). |
| 100021 | GetAccessTokenFailed | retry | 获取access token值失败。 | Newer copies of the QQ互联 wiki page add “注：refresh_token仅一次有效，每次续票成功，都会返回最新的refrush_token” (a refresh token is good once; each refresh returns a new one): refreshing with a refresh token used before fails, and retrying it does not help. Kind `retry`: like the other “获取…失败” rows (100017, 100018, 100022), a lookup on QQ's side failed; a retry that is answered 100020 (the code is spent) takes that row's kind. |
| 100022 | GetRefreshTokenFailed | retry | 获取refresh token值失败。 | Kind `retry`: a failure of QQ's own to issue the refresh token. |
| 100023 | GetAppPermissionsFailed | retry | 获取app具有的权限列表失败。 | |
| 100024 | GetUserAppPermissionsFailed | retry | 获取某OpenID对某appid的权限列表失败。 | |
| 100025 | GetAllApiAndGroupInfo | retry | 获取全量api信息、全量分组信息。 | Kind `retry`: it sits among the lookups that failed on QQ's side (100023–100027), though its text names only what was looked up. |
| 100026 | SetUserApiAuthorizationFailed | retry | 设置用户对某app授权api列表失败。 | |
| 100027 | SetUserAuthorizationTimeFailed | retry | 设置用户对某app授权时间失败。 | |
| 100028 | MissingWhich | invalid_request | 缺少参数which。 | |
| 100029 | BadHttpRequest | invalid_request | 错误的http请求。 | |
| 100030 | ApiNotAuthorizedByUser | reauthorize | 用户没有对该api进行授权，或用户在腾讯侧删除了该api的权限。请用户重新走登录、授权流程，对该api进行授权。 | Kind `reauthorize`: the user has to authorize the API, which a new login asks for. |
| 100031 | ApiNotPermitted | misconfigured | 第三方应用没有对该api操作的权限。请发送邮件进行OpenAPI权限申请。 | |
| 100032 | Overloaded | retry | 过载，一开始未细分时可以用。 | Kind `retry`: QQ is overloaded; the request may succeed later. |
| 100033 | MissingUin | invalid_request | 缺少UIN参数。 | |
| 100034 | MissingSkey | invalid_request | 缺少skey参数 | Every other copy read (the QQ互联 wiki page, the Java SDK howe/qq-lite) ends the text with “。”; the source copy does not. |
| 100035 | UserNotLoggedIn | reauthorize | 用户未登陆。 | |
| 100036 | RefreshTokenInvalidated | reauthorize | RefreshToken失效。 | |
| 100037 | RefreshTokenExpired | reauthorize | RefreshToken已过期 | |
| 100038 | RefreshTokenRevoked | reauthorize | RefreshToken已废除 | |
| 100039 | RefreshTokenCallLimitReached | reauthorize | RefreshToken到达调用上限。 | Kind `reauthorize`: the refresh token has been used up; a new login gives a new one. |
| 100040 | RefreshTokenInvalidAppKey | misconfigured | RefreshToken的AppKey非法。 | |
| 100041 | RefreshTokenInvalidAppId | misconfigured | RefreshToken,AppID非法。 | Kind `misconfigured`: the refresh token does not belong to the app that sends it. |
| 100042 | InvalidRefreshToken | reauthorize | RefreshToken非法。 | |
| 100043 | AppSuspended | misconfigured | APP处于暂停状态。 | |
| 100044 | AppSignatureMismatch | misconfigured | 错误的sign，Md5校验失败，请求签名与官网填写的签名不一致。 | The mobile SDK's list of codes gives the short form “错误的sign”. |
| 100045 | TokenInvalidatedByPasswordChange | reauthorize | 用户改密token失效。 | |
| 100046 | GtkVerificationFailed | reauthorize | g_tk校验失败。 | Kind `reauthorize`: g_tk is derived from the user's skey (as 110509 checks it): the user's login state is no longer valid. |
| 100048 | CompanyIdNotSet | misconfigured | 没有设置companyID。 | The `error_description` QQ sends with it: `companyid not set` (the QQ互联 wiki's unionid section). |
| 100049 | GetUnionIdNotPermitted | misconfigured | APPID没有权限(get_unionid)。 | |
| 100050 | OpenIdDecryptionFailed | invalid_request | OPENID解密失败，一般是openid和appid不匹配。 | Kind `invalid_request`: an openid sent with an appid it does not belong to. |
| 100051 | NotPermittedInDebugMode | misconfigured | 调试模式无权限。 | |
| 100052 | PayTokenAndOpenIdNotPermitted | misconfigured | APPID没有权限获取paytoken和openid | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100053 | IpNotPermittedForLoginInfo | misconfigured | ip没有权限获取用户登录信息 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100054 | MissingUinForLoginRecord | invalid_request | 查询用户近期登录记录时缺少uin参数 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100055 | QueryUserAuthorizationFailed | retry | 查询用户授权信息失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100056 | NoRecentAuthorization | reauthorize | 该用户近期没有授权记录 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). Kind `reauthorize`: without a recent authorization there is nothing to use; a new login makes one. |
| 100057 | SkeyExchangeNotPermitted | misconfigured | APPID没有使用skey换code或token的权限 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100058 | InvalidOpenId | invalid_request | openid非法 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100059 | IpNotPermitted | misconfigured | ip没有权限使用接口 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100060 | LoginForbidden | denied | 禁止登录 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100061 | InvalidAppToken | invalid_request | 非法apptoken | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). Kind `invalid_request`: the apptoken is a value the app sends, not the user's token. |
| 100062 | AppRateLimited | rate_limited | 应用频率限制 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100063 | GetOpenIdFailed | retry | 获取openid失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100065 | GetDelegateTokenFailed | retry | 获取delegatetoken失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100066 | DelegateTokenNotPermitted | misconfigured | 没有权限获取delegatetoken | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100067 | CodeExpired | reauthorize | code过期 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100068 | InvalidCode | reauthorize | 非法code | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 110201 | SdkUserNotLoggedIn | reauthorize | 未登陆 | From the mobile SDK's list of return codes (Android and iOS `TencentOAuth`), not from the OAuth table; the QQ互联 OAuth table's `100035` says the same (用户未登陆). |
| 110401 | RequestedAppNotFound | misconfigured | 请求的应用不存在。 | |
| 110404 | MissingAppId | invalid_request | 请求参数缺少appid。 | |
| 110405 | LoginRestricted | rate_limited | 登录请求被限制，请稍后在登录。 | Kind `rate_limited`: login requests are restricted for a while (请稍后在登录, log in later). |
| 110406 | AppNotApproved | misconfigured | 应用没有通过审核。 | |
| 110407 | AppDelisted | misconfigured | 应用已经下架 | From the mobile SDK's list of return codes (Android and iOS `TencentOAuth`), not from the OAuth table; the app has been taken off the shelf (下架). |
| 110500 | GetUserAuthorizationFailed | retry | 获取用户授权信息失败。 | |
| 110501 | GetAppAuthorizationFailed | retry | 获取应用的授权信息失败 | |
| 110502 | SetUserAuthorizationFailed | retry | 设置用户授权失败 | |
| 110503 | GetTokenFailed | retry | 获取token失败 | |
| 110504 | InternalError | retry | 系统内部错误 | |
| 110505 | InvalidParameter | invalid_request | 参数错误 | |
| 110506 | GetAppInfoFailed | retry | 获取APP info信息失败 | |
| 110507 | AppInfoSignatureVerificationFailed | misconfigured | 校验APP info 签名信息失败 | Mended: the source copy gives this row the code 110506 a second time; it is 110507 in the QQ互联 wiki and in other copies of the table. Kind `misconfigured`: the app info's signature does not verify, which the app's registration decides. |
| 110508 | GetCodeFailed | retry | 获取code失败 | |
| 110509 | SkeyVerificationFailed | reauthorize | SKEY校验失败 | Kind `reauthorize`: the skey is the user's login session. |
| 110510 | Disabled | unknown | Disable | As the source copy has it: the text is complete as written. Kind `unknown`: the text, “Disable”, does not say what is disabled or what to do. |
"
    }
}

crate::oauth_error_table! {
    /// A return code (`ret`) of QQ's OpenAPI calls, such as `/user/get_user_info`.
    ///
    /// Each variant's documentation gives its code, QQ's description and where the row comes
    /// from. `Success` (code `0`) is part of the table and kept. QQ adds codes over time, so the
    /// enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, qq::QqApiError};
    ///
    /// let error = QqApiError::try_from(-6)?;
    /// assert_eq!(error, QqApiError::RateLimitExceeded);
    /// assert_eq!(error.description(), "访问频率超限");
    /// assert_eq!(error.kind(), Kind::RateLimited);
    /// assert_eq!(QqApiError::from_code(-13), None); // in no copy of the table
    /// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
    /// ```
    #[non_exhaustive]
    pub enum QqApiError {
        r"
| 返回码(ret) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |
| --- | --- | --- | --- | --- |
| 0 | Success | success | 正确返回 | Not an error: `ret` 0. From the two 2012 SDK copies of the table (`ret = 0: 正确返回`). |
| 1 | BadParameters | invalid_request | 请求参数错误 | |
| 2 | PlatformNotOpened | denied | 用户没有开通对应的平台（朋友、空间、微博...） | Kind `denied`: the user has no account on the platform (朋友, 空间, 微博); only the user can open one. |
| 1000 | BadPrivateParameters | invalid_request | 调用该OpenAPI时私有参数错误。<br>请根据【QQ登录】API文档中的接口输入参数说明来检查调用这个接口时传入的参数名及参数值是否正确。 | The QQ登录 table's text; the 开放平台 table gives 1000 as 非法操作 (illegal operation). |
| 1001 | ServiceBusy | retry | 该OpenAPI服务繁忙 | The QQ登录 table's text; the 开放平台 table says 服务器繁忙，通常是后台出错 (server busy). |
| 1002 | NoLoginState | reauthorize | 没有登录态 | The QQ登录 table's text; the 开放平台 table says 用户没有登录态，需要提示前端重新登录 (ask the user to log in again). |
| 1003 | AccountFrozen | denied | 账户被冻结 | |
| 1004 | InsufficientBalance | denied | 账户余额不足 | |
| 1005 | PengyouNotOpened | denied | 用户没有开通腾讯朋友，请先到http://www.pengyou.com/ 开通腾讯朋友 | The QQ登录 and 开放平台 copies read leave this row's text empty; the text is from the two 2012 SDK copies of the table. |
| 1006 | QzoneNotOpened | denied | 用户没有开通QQ空间，请先到http://qzone.qq.com/ 开通QQ空间 | |
| 1059 | PaymentTokenTimedOut | unknown | TOKEN超时 | Only in one 2012 SDK's copy of the 腾讯开放平台 table (a C++ `open_qq_define.h`), in its payment section (交易). Kind `unknown`: a payment token (交易 token) timed out; what the app does depends on its payment flow, which the table does not describe. |
| 1099 | PaymentSystemBusy | retry | 系统繁忙 | Only in one 2012 SDK's copy of the 腾讯开放平台 table (a C++ `open_qq_define.h`), in its payment section (交易). |
| 1100 | CdkeyNotFound | invalid_request | cdkey不存在 | One of the payment codes (1100–1200, 支付相关错误). |
| 1101 | CdkeyNotBoundOrGiftsGone | denied | 用户和cdkey不存在绑定关系，或礼品赠送完毕 | One of the payment codes (1100–1200, 支付相关错误). |
| 1102 | ActivityRestricted | denied | 参加活动受限 | One of the payment codes (1100–1200, 支付相关错误). |
| 1300 | MultiZoneLoginVerificationFailed | reauthorize | 多区选服页面登录验证失败，原因：用户登录记录不存在，或登录已超时 | Kind `reauthorize`: the user's login record is missing or timed out. |
| -1 | InvalidParameters | invalid_request | 请求参数无效 | The QQ登录 copy adds: 错误消息里会给出具体哪个参数不合法 (the message names the parameter). |
| -2 | AppIdNotFound | misconfigured | 请求中的appid不存在 | |
| -3 | ApiNotPermitted | misconfigured | 无API访问权限 | |
| -4 | IpNotPermitted | misconfigured | IP没有权限 | |
| -5 | SignatureVerificationFailed | misconfigured | 签名参数sig校验失败 | The signature `sig` of the request. Kind `misconfigured`: a sig that does not verify is signed with another key than the app's appkey (the rule for signatures: Alipay's `isv.invalid-signature` too). |
| -6 | RateLimitExceeded | rate_limited | 访问频率超限 | |
| -7 | HttpsRequired | invalid_request | 协议不合法（要求必须为https协议的地方，使用了http协议） | |
| -8 | RequestRestricted | misconfigured | 请求受限，通常是安全审计没通过 | Kind `misconfigured`: usually the app has not passed its security audit (安全审计). |
| -9 | ApiNotFound | invalid_request | API不存在 | |
| -10 | IntranetIpNotAllowed | misconfigured | 请求中的app 内网ip不允许 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -11 | ExternalIpNotAllowed | misconfigured | 请求中的app 外网ip不允许 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -12 | NotADebugAccount | misconfigured | 在测试环境中进行OpenAPI调试时,传入的是非调试者QQ号对应的OpenID ,将会返回本返回码,详见: 应用测试环境说明#3.2 测试OpenAPI。 | Kind `misconfigured`: in the test environment only the debug accounts the app registered may call OpenAPI. Punctuation as in the copy read, a web page that shows ASCII `,` `:` `(` where QQ's tables use full-width punctuation. |
| -20 | ApiNotAuthorizedByUser | reauthorize | 应用调用的OpenAPI未经用户授权。 | Kind `reauthorize`: the user has to authorize the API, which a new login asks for. |
| -21 | AccessTokenRevoked | reauthorize | access_token已废除,请重新获取access_token。 | Punctuation as in the copy read, a web page that shows ASCII `,` `:` `(` where QQ's tables use full-width punctuation. |
| -22 | InvalidOpenId | invalid_request | openid不合法。注意校验规则详见概念和术语#2.1 OpenID。 | |
| -23 | InvalidOpenKey | refresh | openkey不合法。注意校验规则详见概念和术语#2.2 OpenKey。 | Kind `refresh`: the openkey is the access token; refresh it and replay once, then send the user through login. |
| -24 | OpenIdOrOpenKeyVerificationFailed | refresh | openid或者openkey验证失败。注意校验规则详见概念和术语#2.1 OpenID。 | Kind `refresh`: the openkey is the access token; refresh it and replay once, then send the user through login. |
| -25 | TimestampOutOfRange | invalid_request | 0x71f 0x5b:timestamp与系统当前时间相差超过10分钟 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -26 | NonceReused | invalid_request | 0x71f 0x5a: 重复的nonce | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -58 | TransientSystemError | retry | OpenAPI的系统容错率为0.1%,如果应用后台调用OpenAPI报-58的频率占调用OpenAPI总次数的0.1%以下,是正常情况,请合理设置应用的容错与重试机制。<br>如果某个OpenAPI报错几率大于0.1%,请通过企业QQ联系技术支持,调查问题原因并获得解决方案。 | Kind `retry`: QQ counts a -58 rate below 0.1 % of calls as normal and asks apps to retry. Punctuation as in the copy read, a web page that shows ASCII `,` `:` `(` where QQ's tables use full-width punctuation. |
| -64 | InvalidOpenIdOrOpenKey | refresh | openid或者openkey不合法 | From copies of the 腾讯开放平台 OpenAPI V3 table kept in two 2012 SDKs (a Java `ErrorCode` class and a C++ `open_qq_define.h`). Kind `refresh`: the openkey is the access token; refresh it and replay once, then send the user through login. |
| -65 | BusyTimeout | retry | 系统繁忙导致的连接超时 | From copies of the 腾讯开放平台 OpenAPI V3 table kept in two 2012 SDKs (a Java `ErrorCode` class and a C++ `open_qq_define.h`). The C++ copy adds 概率低 (rarely). |
| -70 | InvalidAppIdForOpenKey | misconfigured | 登录验证返回，验证openkey时appid非法 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -71 | OpenIdOpenKeyMismatch | invalid_request | openid和openkey不匹配 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -72 | AppKeyPermissionMismatch | misconfigured | appkey和权限tmem中的appkey不一致 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. |
| -73 | TokenInvalidatedByPasswordChange | reauthorize | 0x47 access token改密失效 | From Tencent's MSDK documentation (the 手Q API gateway's codes); the QQ登录 and 开放平台 copies read stop before or do not list it. Its FAQ: “-73，internal error”表示用户修改了密码，导致token失效引起的 (the user changed the password). |
"
    }
}
