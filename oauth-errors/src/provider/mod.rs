//! Declaring a provider: [`Provider`] names its tables, its [`WireFormat`] (how its error
//! answers look) and, with the `oauth2` feature, its [`Login`] (how its token endpoint and
//! authorization URL are used). Every shipped provider is declared with it; so is any provider
//! of yours.

mod format;
#[cfg(feature = "oauth2")]
mod login;

pub use format::WireFormat;
#[cfg(feature = "oauth2")]
pub use login::{
    AuthorizeRequest, Login, Parameter, Parameters, Rename, TimeFormat, TokenAnswer, TokenRequest,
};

use crate::ProviderError;

/// A provider: its name, the tables its errors come from, how its answers look and, with the
/// `oauth2` feature, how its login endpoints are called.
///
/// Declare one next to your tables, and `ProviderErrorResponse<P>` reads its error bodies (with
/// the `response` feature); `HttpClient<C, P>` speaks its dialect to the `oauth2` crate,
/// `ProviderClient<P>` is its `oauth2` client and `authorize_url` writes its authorization URL
/// (with the `oauth2` feature). The shipped providers are declared the same way, such as
/// [`weibo::Weibo`](crate::weibo::Weibo) and [`wechat::Wechat`](crate::wechat::Wechat).
///
/// ```
/// use core::convert::Infallible;
/// use oauth_errors::{Provider, WireFormat, oauth_error_table};
///
/// oauth_error_table! {
///     /// Errors of a provider's token endpoint (two rows of its table).
///     pub enum ExampleError {
///         r"
///         | 错误码(code) | name | 描述(description) | kind |
///         | --- | --- | --- | --- |
///         | 20003 | CodeNotFound | The authorization code is not found. Please note that an authorization code can only be used once. | reauthorize |
///         | 20050 | ServerError | An unexpected server error occurred. Please retry your request. | retry |
///         "
///     }
/// }
///
/// /// A provider that answers `{"code":20050,"error":"server_error","error_description":"…"}`.
/// pub enum Example {}
///
/// impl Provider for Example {
///     const NAME: &'static str = "Example";
///     type Error = ExampleError;
///     type ApiError = Infallible;
///     const FORMAT: WireFormat = WireFormat::new()
///         .code(&["code"])
///         .error(&["error"])
///         .message(&["error_description"])
///         .success(&["access_token"])
///         .success_code(0);
/// }
///
/// # #[cfg(feature = "response")]
/// # fn main() -> Result<(), oauth_errors::ParseError> {
/// let response = oauth_errors::ProviderErrorResponse::<Example>::parse(
///     r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred."}"#,
/// )?;
/// assert_eq!(response.known(), Some(ExampleError::ServerError));
/// assert_eq!(response.error(), Some("server_error"));
/// assert_eq!(response.kind(), oauth_errors::Kind::Retry);
/// # Ok(())
/// # }
/// # #[cfg(not(feature = "response"))]
/// # fn main() {}
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a provider",
    label = "`{Self}` does not implement `oauth_errors::Provider`",
    note = "declare it: `impl oauth_errors::Provider for {Self} {{ const NAME: &'static str = \"…\"; type Error = …; type ApiError = …; const FORMAT: WireFormat = …; }}`"
)]
pub trait Provider: 'static {
    /// The provider's name, as messages write it: `"Weibo"`, `"QQ"`.
    const NAME: &'static str;

    /// The table of the provider's login (OAuth 2.0) errors: what `known()` looks a response
    /// up in, by code and by error id.
    type Error: ProviderError;

    /// A second table, of the provider's API or platform errors when they are listed apart
    /// (Weibo's `Error_code` page, QQ's OpenAPI `ret`, Alipay's public gateway codes): what
    /// `api()` looks a response up in, by the codes of the [`WireFormat::api_code`] fields and
    /// by error id. [`Infallible`](core::convert::Infallible) when there is none.
    type ApiError: ProviderError;

    /// How the provider's answers look.
    const FORMAT: WireFormat;

    /// How the provider's token endpoint and authorization URL are used, when not as RFC 6749
    /// says: [`Login::new`], RFC 6749's, by default.
    #[cfg(feature = "oauth2")]
    const LOGIN: Login = Login::new();
}
