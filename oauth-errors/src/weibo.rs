//! Weibo (新浪微博) OAuth 2.0 errors.
//!
//! Weibo's token endpoint answers an error with a JSON body that carries both a string id and a
//! numeric code:
//!
//! ```json
//! {"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token",
//!  "error_uri":"/oauth2/access_token","error_description":"invalid authorization code:..."}
//! ```
//!
//! [`WeiboError`] is that table: look a response up by either field.
//!
//! ```
//! use oauth_errors::weibo::WeiboError;
//!
//! let by_id: WeiboError = "invalid_grant".parse()?;
//! let by_code = WeiboError::try_from(21325)?;
//! assert_eq!(by_id, by_code);
//! assert_eq!(by_id, WeiboError::InvalidGrant);
//! assert_eq!(by_id.description(), "提供的Access Grant是无效的、过期的或已撤销的");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "response")]
mod response;
#[cfg(feature = "response")]
pub use response::ErrorResponse;

#[cfg(feature = "oauth2")]
crate::http_client::provider_aliases!("Weibo");

crate::oauth_error_table! {
    /// An error of Weibo's OAuth 2.0 endpoints (`error` and `error_code` of the response).
    ///
    /// The table is Weibo's "Weibo Login OAuth2.0" error table exactly as published (header and
    /// rows as written, no trailing pipes; our source copy is `tests/data/seed.txt` in the
    /// repository); each variant's documentation gives its error id, code and description.
    /// The table has no kinds, so they are given beside it: `redirect_uri_mismatch`,
    /// `invalid_client`, `unauthorized_client` and `appkey permission denied` are the app's
    /// registration (`misconfigured`); `invalid_grant` and `expired_token` the user's grant
    /// (`reauthorize`); the `unsupported_…` ids and `invalid_request` the request
    /// (`invalid_request`); `access_denied` the user (`denied`); `temporarily_unavailable`
    /// Weibo (`retry`).
    /// Weibo adds codes over time, so the enum is `#[non_exhaustive]`: match it with a wildcard
    /// arm.
    ///
    /// ```
    /// use oauth_errors::WeiboError;
    ///
    /// fn should_reauthorize(error: WeiboError) -> bool {
    ///     match error {
    ///         WeiboError::InvalidGrant | WeiboError::ExpiredToken => true,
    ///         _ => false,
    ///     }
    /// }
    ///
    /// assert!(should_reauthorize("expired_token".parse()?));
    /// assert!(!should_reauthorize(WeiboError::try_from(21330)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[non_exhaustive]
    #[oauth_errors(kind(
        reauthorize = ["invalid_grant", "expired_token"],
        denied = ["access_denied"],
        misconfigured = [
            "redirect_uri_mismatch",
            "invalid_client",
            "unauthorized_client",
            "appkey permission denied",
        ],
        invalid_request = ["invalid_request", "unsupported_grant_type", "unsupported_response_type"],
        retry = ["temporarily_unavailable"],
    ))]
    pub enum WeiboError {
        r"
| 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
| --- | ---- | ---- |
|redirect_uri_mismatch|21322|重定向地址不匹配 
|invalid_request|21323|请求不合法 
|invalid_client|21324|client_id或client_secret参数无效
|invalid_grant|21325|提供的Access Grant是无效的、过期的或已撤销的
|unauthorized_client|21326|客户端没有权限
|expired_token|21327|token过期
|unsupported_grant_type|21328|不支持的 GrantType
|unsupported_response_type|21329|不支持的 ResponseType
|access_denied|21330|用户或授权服务器拒绝授予数据访问权限
|temporarily_unavailable|21331|服务暂时无法访问
|appkey permission denied|21337|应用权限不足
"
    }
}
