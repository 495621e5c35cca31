//! Alipay's error answer, as it comes off the wire: [`Alipay`]'s [`ErrorResponse`].

use super::Alipay;

/// An error answer of Alipay's gateway, parsed from the body as it arrived:
/// [`crate::ProviderErrorResponse`] of [`Alipay`]. The fields are read from `error_response`
/// or from the method's `…_response` object.
///
/// ```
/// use oauth_errors::{Kind, OneOf, ParseError};
/// use oauth_errors::alipay::{AlipayApiError, AlipayGatewayError, ErrorResponse};
///
/// // The gateway's own error: the request's signature did not verify (a developer's log).
/// let response = ErrorResponse::parse(r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"验签出错,建议检查签名字符串或签名私钥与应用公钥是否匹配"}}"#)?;
/// assert_eq!(response.known(), None); // not the token API's table
/// assert_eq!(response.api(), Some(OneOf::First(AlipayApiError::InvalidSignature)));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// assert_eq!(
///     response.to_string(),
///     "Alipay error 40002 isv.invalid-signature: 无效签名 (验签出错,建议检查签名字符串或签名私钥与应用公钥是否匹配)"
/// );
///
/// // An API's own business error: its `sub_code` is in no table here, its `code` is.
/// let response = ErrorResponse::parse(r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"},"sign":"…"}"#)?;
/// assert_eq!(response.api(), Some(OneOf::Second(AlipayGatewayError::BusinessFailed)));
/// assert_eq!(response.error(), Some("ACQ.TRADE_NOT_EXIST"));
///
/// // A token, or a `code` of `10000`, is a success.
/// let token = r#"{"alipay_system_oauth_token_response":{"user_id":"2088102150477652","access_token":"20120823ac6ffaa4d2d84e7384bf983531473993","expires_in":"3600","refresh_token":"20120823ac6ffdsdf2d84e7384bf983531473993","re_expires_in":"3600"},"sign":"…"}"#;
/// assert_eq!(ErrorResponse::parse(token), Err(ParseError::Success { field: "access_token" }));
/// let info = r#"{"alipay_user_info_share_response":{"code":"10000","msg":"Success","user_id":"2088102104794936"},"sign":"…"}"#;
/// assert_eq!(ErrorResponse::parse(info), Err(ParseError::Success { field: "code" }));
/// # Ok::<(), ParseError>(())
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Alipay>;
