//! Taobao's error answer, as it comes off the wire: [`Taobao`]'s [`ErrorResponse`].

use super::Taobao;

/// An error answer of Taobao's token endpoint or of a TOP API call, parsed from the body as it
/// arrived: [`crate::ProviderErrorResponse`] of [`Taobao`].
///
/// ```
/// use oauth_errors::{Kind, OneOf, ParseError};
/// use oauth_errors::taobao::{ErrorResponse, TaobaoApiError, TaobaoApiSubError};
///
/// // A TOP answer (a test fixture's): `code` a number, the `sub_code` listed under it.
/// let response = ErrorResponse::parse(r#"{"error_response":{"code":11,"msg":"Insufficient ISV Permissions","sub_code":"isv.permission-api-package-empty","sub_msg":"权限不足"}}"#)?;
/// assert_eq!(response.api(), Some(OneOf::First(TaobaoApiSubError::ApiPackageEmpty)));
/// assert_eq!(response.kind(), Kind::Misconfigured);
/// assert_eq!(response.code(), Some(11));
///
/// // A token is a success.
/// let token = r#"{"access_token":"62008075ad4f736ZZf6ffa49ff975b2b7d6a9e4ef8f29ba2207644947909","token_type":"Bearer","expires_in":15552000,"taobao_user_id":"2207644947909"}"#;
/// assert_eq!(ErrorResponse::parse(token), Err(ParseError::Success { field: "access_token" }));
/// # Ok::<(), ParseError>(())
/// ```
pub type ErrorResponse = crate::ProviderErrorResponse<Taobao>;
