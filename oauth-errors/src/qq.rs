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
| 错误码(code) | 名称(name) | 含义说明(description) | 出处(note) |
| --- | --- | --- | --- |
| 0 | Success | 成功。 | |
| 100000 | InvalidResponseType | 缺少参数response_type或response_type非法。 | |
| 100001 | MissingClientId | 缺少参数client_id。 | Mended: the source copy merges this row and 100002 into one (`缺少参数client_id。100002缺少参数client_secret。`); split as the QQ互联 wiki has them. |
| 100002 | MissingClientSecret | 缺少参数client_secret。 | Mended: split out of the source copy's 100001 row. |
| 100003 | MissingAuthorizationHeader | http head中缺少Authorization。 | |
| 100004 | InvalidGrantType | 缺少参数grant_type或grant_type非法。 | |
| 100005 | MissingCode | 缺少参数code。 | |
| 100006 | MissingRefreshToken | 缺少refresh token。 | |
| 100007 | MissingAccessToken | 缺少access token。 | |
| 100008 | AppIdNotFound | 该appid不存在。 | |
| 100009 | InvalidClientSecret | client_secret（即appkey）非法。 | |
| 100010 | InvalidRedirectUri | 回调地址不合法，常见原因请见：回调地址常见问题及修改方法 | Mended: the source copy merges this row and 100011 into one (`…修改方法100011APP不处于上线状态。`); split as the QQ互联 wiki has them. |
| 100011 | AppNotOnline | APP不处于上线状态。 | Mended: split out of the source copy's 100010 row. |
| 100012 | NotPostRequest | HTTP请求非post方式。 | |
| 100013 | InvalidAccessToken | access token非法。 | |
| 100014 | AccessTokenExpired | access token过期。 token过期时间为3个月。如果存储的access token过期，请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | |
| 100015 | AccessTokenRevoked | access token废除。 token被回收，或者被用户删除。请重新走登录流程，根据使用Authorization_Code获取Access_Token或使用Implicit_Grant方式获取Access_Token获取新的access token值。 | |
| 100016 | AccessTokenVerificationFailed | access token验证失败。 | |
| 100017 | GetAppIdFailed | 获取appid失败。 | |
| 100018 | GetCodeValueFailed | 获取code值失败。 | |
| 100019 | CodeExchangeFailed | 用code换取access token值失败。 | |
| 100020 | CodeReused | code被重复使用。 | |
| 100021 | GetAccessTokenFailed | 获取access token值失败。 | |
| 100022 | GetRefreshTokenFailed | 获取refresh token值失败。 | |
| 100023 | GetAppPermissionsFailed | 获取app具有的权限列表失败。 | |
| 100024 | GetUserAppPermissionsFailed | 获取某OpenID对某appid的权限列表失败。 | |
| 100025 | GetAllApiInfoFailed | 获取全量api信息、全量分组信息。 | |
| 100026 | SetUserApiAuthorizationFailed | 设置用户对某app授权api列表失败。 | |
| 100027 | SetUserAuthorizationTimeFailed | 设置用户对某app授权时间失败。 | |
| 100028 | MissingWhich | 缺少参数which。 | |
| 100029 | BadHttpRequest | 错误的http请求。 | |
| 100030 | ApiNotAuthorizedByUser | 用户没有对该api进行授权，或用户在腾讯侧删除了该api的权限。请用户重新走登录、授权流程，对该api进行授权。 | |
| 100031 | AppLacksApiPermission | 第三方应用没有对该api操作的权限。请发送邮件进行OpenAPI权限申请。 | |
| 100032 | Overloaded | 过载，一开始未细分时可以用。 | |
| 100033 | MissingUin | 缺少UIN参数。 | |
| 100034 | MissingSkey | 缺少skey参数 | |
| 100035 | UserNotLoggedIn | 用户未登陆。 | |
| 100036 | RefreshTokenInvalid | RefreshToken失效。 | |
| 100037 | RefreshTokenExpired | RefreshToken已过期 | |
| 100038 | RefreshTokenRevoked | RefreshToken已废除 | |
| 100039 | RefreshTokenLimitReached | RefreshToken到达调用上限。 | |
| 100040 | RefreshTokenInvalidAppKey | RefreshToken的AppKey非法。 | |
| 100041 | RefreshTokenInvalidAppId | RefreshToken,AppID非法。 | |
| 100042 | InvalidRefreshToken | RefreshToken非法。 | |
| 100043 | AppSuspended | APP处于暂停状态。 | |
| 100044 | InvalidSignature | 错误的sign，Md5校验失败，请求签名与官网填写的签名不一致。 | |
| 100045 | TokenInvalidatedByPasswordChange | 用户改密token失效。 | |
| 100046 | GtkVerificationFailed | g_tk校验失败。 | |
| 100048 | CompanyIdNotSet | 没有设置companyID。 | |
| 100049 | UnionIdNotPermitted | APPID没有权限(get_unionid)。 | |
| 100050 | OpenIdDecryptionFailed | OPENID解密失败，一般是openid和appid不匹配。 | |
| 100051 | DebugModeNotPermitted | 调试模式无权限。 | |
| 100052 | PayTokenNotPermitted | APPID没有权限获取paytoken和openid | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100053 | IpNotPermittedForLoginInfo | ip没有权限获取用户登录信息 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100054 | LoginRecordMissingUin | 查询用户近期登录记录时缺少uin参数 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100055 | QueryUserAuthorizationFailed | 查询用户授权信息失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100056 | NoRecentAuthorization | 该用户近期没有授权记录 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100057 | SkeyExchangeNotPermitted | APPID没有使用skey换code或token的权限 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100058 | InvalidOpenId | openid非法 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100059 | IpNotPermitted | ip没有权限使用接口 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100060 | LoginForbidden | 禁止登录 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100061 | InvalidAppToken | 非法apptoken | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100062 | AppRateLimited | 应用频率限制 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100063 | GetOpenIdFailed | 获取openid失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100065 | GetDelegateTokenFailed | 获取delegatetoken失败 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100066 | DelegateTokenNotPermitted | 没有权限获取delegatetoken | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100067 | CodeExpired | code过期 | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 100068 | InvalidCode | 非法code | Not in the source copy: listed by newer copies of the QQ互联 wiki page (【QQ登录】接入规范). |
| 110401 | RequestedAppNotFound | 请求的应用不存在。 | |
| 110404 | MissingAppId | 请求参数缺少appid。 | |
| 110405 | LoginRateLimited | 登录请求被限制，请稍后在登录。 | |
| 110406 | AppNotApproved | 应用没有通过审核。 | |
| 110500 | GetUserAuthorizationFailed | 获取用户授权信息失败。 | |
| 110501 | GetAppAuthorizationFailed | 获取应用的授权信息失败 | |
| 110502 | SetUserAuthorizationFailed | 设置用户授权失败 | |
| 110503 | GetTokenFailed | 获取token失败 | |
| 110504 | InternalError | 系统内部错误 | |
| 110505 | InvalidParameter | 参数错误 | |
| 110506 | GetAppInfoFailed | 获取APP info信息失败 | |
| 110507 | AppInfoSignatureInvalid | 校验APP info 签名信息失败 | Mended: the source copy gives this row the code 110506 a second time; it is 110507 in the QQ互联 wiki and in other copies of the table. |
| 110508 | GetCodeFailed | 获取code失败 | |
| 110509 | SkeyVerificationFailed | SKEY校验失败 | |
| 110510 | Disabled | Disable | As the source copy has it: the text is complete as written. |
"
    }
}
