//! QQ (QQ互联, QQ Connect) OAuth 2.0 errors.
//!
//! QQ's token and `/oauth2.0/me` endpoints answer an error with HTTP 200 and a JSONP body whose
//! `error` is a number:
//!
//! ```text
//! callback( {"error":100020,"error_description":"code is reused error"} );
//! ```
//!
//! and its OpenAPI calls (`get_user_info`, …) answer `{"ret": 100030, "msg": "..."}` with the
//! same codes. [`QqError`] is that table: look a response up by its code.
//!
//! ```
//! use oauth_errors::qq::QqError;
//!
//! let error = QqError::try_from(100020)?;
//! assert_eq!(error, QqError::CodeReused);
//! assert_eq!(error.description(), "code被重复使用。");
//! assert_eq!(error.to_string(), "100020: code被重复使用。");
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Where the table comes from
//!
//! The rows are QQ's "QQ Login OAuth2.0" error table, text as published (the source copy is
//! `tests/data/seed.txt` in the repository), with three transcription defects of that copy
//! mended as the QQ互联 wiki and independent copies of the page have them (each mended variant
//! says so in its documentation):
//!
//! - the source copy's row `100001` holds two rows, `100001` and `100002`;
//! - the source copy's row `100010` holds two rows, `100010` and `100011`;
//! - the source copy's second `110506` is `110507`.
//!
//! Codes `100052` to `100068` are not in the source copy: newer copies of the wiki page list
//! them, and each says so in its documentation. Codes `100047` and `100064` do not exist in any
//! copy.
//! The English variant names are ours; the descriptions are QQ's.

#[cfg(feature = "response")]
mod response;
#[cfg(feature = "response")]
pub use response::ErrorResponse;

#[cfg(feature = "oauth2")]
crate::http_client::provider_aliases!("QQ");

crate::oauth_error_table! {
    /// An error code of QQ's OAuth 2.0 and OpenAPI endpoints (`error` of the token endpoint,
    /// `ret` of OpenAPI calls).
    ///
    /// Each variant's documentation gives its code and QQ's description. `Success` (code `0`) is
    /// part of QQ's table and kept: an OpenAPI answer `{"ret":0,...}` looks up to it. QQ adds
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
| 100000 | InvalidResponseType | invalid_request | 缺少参数response_type或response_type非法。 | |
| 100001 | MissingClientId | invalid_request | 缺少参数client_id。 | Mended: the source copy merges this row and 100002 into one (`缺少参数client_id。100002缺少参数client_secret。`); split as the QQ互联 wiki has them. |
| 100002 | MissingClientSecret | invalid_request | 缺少参数client_secret。 | Mended: split out of the source copy's 100001 row. |
| 100003 | MissingAuthorizationHeader | invalid_request | http head中缺少Authorization。 | |
| 100004 | InvalidGrantType | invalid_request | 缺少参数grant_type或grant_type非法。 | |
| 100005 | MissingCode | invalid_request | 缺少参数code。 | |
| 100006 | MissingRefreshToken | invalid_request | 缺少refresh token。 | |
| 100007 | MissingAccessToken | invalid_request | 缺少access token。 | |
| 100008 | AppIdNotFound | misconfigured | 该appid不存在。 | |
| 100009 | InvalidClientSecret | misconfigured | client_secret（即appkey）非法。 | |
| 100010 | InvalidRedirectUri | misconfigured | 回调地址不合法，常见原因请见：回调地址常见问题及修改方法 | Mended: the source copy merges this row and 100011 into one (`…修改方法100011APP不处于上线状态。`); split as the QQ互联 wiki has them. |
| 100011 | AppNotOnline | misconfigured | APP不处于上线状态。 | Mended: split out of the source copy's 100010 row. |
| 100012 | NotPostRequest | invalid_request | HTTP请求非post方式。 | |
| 100013 | InvalidAccessToken | reauthorize | access token非法。 | |
| 100014 | AccessTokenExpired | reauthorize | access token过期。 token过期时间为3个月。如果存储的access token过期，请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | |
| 100015 | AccessTokenRevoked | reauthorize | access token废除。 token被回收，或者被用户删除。请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | |
| 100016 | AccessTokenVerificationFailed | reauthorize | access token验证失败。 | |
| 100017 | GetAppIdFailed | retry | 获取appid失败。 | Kind `retry`: a failure of QQ's own to look the appid up (a missing or unknown appid has codes of its own, `100001` and `100008`). |
| 100018 | GetCodeValueFailed | retry | 获取code值失败。 | Kind `retry`: a failure of QQ's own to issue the code. |
| 100019 | CodeExchangeFailed | reauthorize | 用code换取access token值失败。 | Kind `reauthorize`: QQ answers it when the code cannot be exchanged, most often because the code is no longer valid; a new login gives a new code. |
| 100020 | CodeReused | reauthorize | code被重复使用。 | |
| 100021 | GetAccessTokenFailed | retry | 获取access token值失败。 | Kind `retry`: a failure of QQ's own to issue the token. |
| 100022 | GetRefreshTokenFailed | retry | 获取refresh token值失败。 | Kind `retry`: a failure of QQ's own to issue the refresh token. |
| 100023 | GetAppPermissionsFailed | retry | 获取app具有的权限列表失败。 | |
| 100024 | GetUserAppPermissionsFailed | retry | 获取某OpenID对某appid的权限列表失败。 | |
| 100025 | GetAllApiInfoFailed | retry | 获取全量api信息、全量分组信息。 | |
| 100026 | SetUserApiAuthorizationFailed | retry | 设置用户对某app授权api列表失败。 | |
| 100027 | SetUserAuthorizationTimeFailed | retry | 设置用户对某app授权时间失败。 | |
| 100028 | MissingWhich | invalid_request | 缺少参数which。 | |
| 100029 | BadHttpRequest | invalid_request | 错误的http请求。 | |
| 100030 | ApiNotAuthorizedByUser | reauthorize | 用户没有对该api进行授权，或用户在腾讯侧删除了该api的权限。请用户重新走登录、授权流程，对该api进行授权。 | Kind `reauthorize`: the user has to authorize the API, which a new login asks for. |
| 100031 | AppLacksApiPermission | misconfigured | 第三方应用没有对该api操作的权限。请发送邮件进行OpenAPI权限申请。 | |
| 100032 | Overloaded | retry | 过载，一开始未细分时可以用。 | Kind `retry`: QQ is overloaded; the request may succeed later. |
| 100033 | MissingUin | invalid_request | 缺少UIN参数。 | |
| 100034 | MissingSkey | invalid_request | 缺少skey参数 | |
| 100035 | UserNotLoggedIn | reauthorize | 用户未登陆。 | |
| 100036 | RefreshTokenInvalid | reauthorize | RefreshToken失效。 | |
| 100037 | RefreshTokenExpired | reauthorize | RefreshToken已过期 | |
| 100038 | RefreshTokenRevoked | reauthorize | RefreshToken已废除 | |
| 100039 | RefreshTokenLimitReached | reauthorize | RefreshToken到达调用上限。 | Kind `reauthorize`: the refresh token has been used up; a new login gives a new one. |
| 100040 | RefreshTokenInvalidAppKey | misconfigured | RefreshToken的AppKey非法。 | |
| 100041 | RefreshTokenInvalidAppId | misconfigured | RefreshToken,AppID非法。 | Kind `misconfigured`: the refresh token does not belong to the app that sends it. |
| 100042 | InvalidRefreshToken | reauthorize | RefreshToken非法。 | |
| 100043 | AppSuspended | misconfigured | APP处于暂停状态。 | |
| 100044 | InvalidSignature | misconfigured | 错误的sign，Md5校验失败，请求签名与官网填写的签名不一致。 | |
| 100045 | TokenInvalidatedByPasswordChange | reauthorize | 用户改密token失效。 | |
| 100046 | GtkVerificationFailed | invalid_request | g_tk校验失败。 | |
| 100048 | CompanyIdNotSet | misconfigured | 没有设置companyID。 | |
| 100049 | UnionIdNotPermitted | misconfigured | APPID没有权限(get_unionid)。 | |
| 100050 | OpenIdDecryptionFailed | invalid_request | OPENID解密失败，一般是openid和appid不匹配。 | Kind `invalid_request`: an openid sent with an appid it does not belong to. |
| 100051 | DebugModeNotPermitted | misconfigured | 调试模式无权限。 | |
| 100052 | PayTokenNotPermitted | misconfigured | APPID没有权限获取paytoken和openid | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100053 | IpNotPermittedForLoginInfo | misconfigured | ip没有权限获取用户登录信息 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100054 | LoginRecordMissingUin | invalid_request | 查询用户近期登录记录时缺少uin参数 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
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
| 110401 | RequestedAppNotFound | misconfigured | 请求的应用不存在。 | |
| 110404 | MissingAppId | invalid_request | 请求参数缺少appid。 | |
| 110405 | LoginRateLimited | rate_limited | 登录请求被限制，请稍后在登录。 | Kind `rate_limited`: login requests are restricted for a while (请稍后在登录, log in later). |
| 110406 | AppNotApproved | misconfigured | 应用没有通过审核。 | |
| 110500 | GetUserAuthorizationFailed | retry | 获取用户授权信息失败。 | |
| 110501 | GetAppAuthorizationFailed | retry | 获取应用的授权信息失败 | |
| 110502 | SetUserAuthorizationFailed | retry | 设置用户授权失败 | |
| 110503 | GetTokenFailed | retry | 获取token失败 | |
| 110504 | InternalError | retry | 系统内部错误 | |
| 110505 | InvalidParameter | invalid_request | 参数错误 | |
| 110506 | GetAppInfoFailed | retry | 获取APP info信息失败 | |
| 110507 | AppInfoSignatureInvalid | misconfigured | 校验APP info 签名信息失败 | Mended: the source copy gives this row the code 110506 a second time; it is 110507 in the QQ互联 wiki and in other copies of the table. Kind `misconfigured`: the app info's signature does not verify, which the app's registration decides. |
| 110508 | GetCodeFailed | retry | 获取code失败 | |
| 110509 | SkeyVerificationFailed | reauthorize | SKEY校验失败 | Kind `reauthorize`: the skey is the user's login session. |
| 110510 | Disabled | denied | Disable | As the source copy has it: the text is complete as written. Kind `denied`: the table gives only `Disable`; what is disabled is not the app's request to fix. |
"
    }
}
