//! Typed OAuth 2.0 errors of Chinese providers, and the macro that makes them.
//!
//! Weibo, QQ, WeChat and similar providers answer a failed login with magic numbers and strings
//! (`{"error":"invalid_grant","error_code":21325,...}`, `callback( {"error":100020,...} );`) and
//! document them as Markdown tables. This crate ships those tables as enums ([`WeiboError`],
//! [`QqError`], [`WechatError`], and for the providers' API calls [`WeiboApiError`],
//! [`QqApiError`]), each row with a [`Kind`] that says what to do, and
//! [`oauth_error_table!`] turns any such table, pasted into a string literal, into an enum of
//! your own.
//!
//! ```
//! use oauth_errors::{QqError, WeiboError};
//!
//! // Weibo sends a string id and a numeric code; either finds the error.
//! let error: WeiboError = "invalid_grant".parse()?;
//! assert_eq!(error.code(), 21325);
//! assert_eq!(WeiboError::from_code(21325), Some(error));
//! assert_eq!(error.to_string(), "invalid_grant (21325): 提供的Access Grant是无效的、过期的或已撤销的");
//!
//! // QQ sends a numeric code.
//! let error = QqError::try_from(100014)?;
//! assert_eq!(error, QqError::AccessTokenExpired);
//! assert!(error.description().starts_with("access token过期。"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Features
//!
//! The enums and the macro need nothing: with `default-features = false` the crate is
//! `#![no_std]`, allocates nothing and has no runtime dependency.
//!
//! | feature | default | what it adds | dependencies |
//! | --- | --- | --- | --- |
//! | `std` | yes | nothing on its own; `response` and `Code` need it | |
//! | `response` | yes | `ErrorResponse<P>` (`weibo::ErrorResponse`, …), `qq::Me`, `ParseError` | `serde_json`, `form_urlencoded` |
//! | `serde` | no | `Serialize` and `Deserialize` for every generated enum and the response types; `Code<E>` (with `std`) | `serde` |
//! | `oauth2` | no | the ready clients, `Client<P>`, the HTTP client adapter, token fields, `authorize_url` | `oauth2` (5.x) |
//!
//! # Your own table
//!
//! ```
//! oauth_errors::oauth_error_table! {
//!     /// Baidu's OAuth 2.0 errors (two rows of its table), pasted as published.
//!     pub enum BaiduError {
//!         r#"
//!         | **错误码**(error) | **错误信息**(description_en) | **详细描述**(description) |
//!         | :--- | :--- | :--- |
//!         | invalid\_client | unknown client id | “client\_id”、“client\_secret”参数无效。 |
//!         | invalid\_grant | The provided authorization grant is revoked | 提供的Access Grant是无效的、过期的或已撤销的，例如，Authorization Code无效\(一个授权码只能使用一次\)、Refresh Token无效、redirect\_uri与获取Authorization Code时提供的不一致、Devie Code无效\(一个设备授权码只能使用一次\)等。 |
//!         "#
//!     }
//! }
//!
//! assert_eq!(BaiduError::from_error("invalid_grant"), Some(BaiduError::InvalidGrant));
//! assert_eq!(BaiduError::InvalidClient.description(), "“client_id”、“client_secret”参数无效。");
//! assert_eq!(BaiduError::InvalidClient.description_en(), Some("unknown client id"));
//! ```
//!
//! See [`oauth_error_table!`] for the input format, the column roles and everything the macro
//! generates.
//!
//! # From a response body to a typed error
//!
//! ```
//! # #[cfg(feature = "response")]
//! # fn main() -> Result<(), oauth_errors::ParseError> {
//! use oauth_errors::{QqApiError, QqError, WeiboError, qq, weibo};
//!
//! let body = r#"{"error":"invalid_grant","error_code":21325,"error_description":"invalid authorization code:abc"}"#;
//! let response = weibo::ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(WeiboError::InvalidGrant));
//!
//! let body = "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n";
//! let response = qq::ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(QqError::CodeReused));
//! assert_eq!(response.message(), Some("code is reused error"));
//!
//! // OpenAPI calls answer codes of their own: `api()` looks them up.
//! let response = qq::ErrorResponse::parse(r#"{"ret":-6,"msg":"rate limited"}"#)?;
//! assert_eq!(response.api(), Some(QqApiError::RateLimitExceeded));
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "response"))]
//! # fn main() {}
//! ```
//!
//! # Logging in, and providers of your own
//!
//! With the `oauth2` feature, `weibo::client`, `qq::client` and `wechat::client` are
//! ready `oauth2` clients, and their `HttpClient`s send the token requests as each provider
//! documents them and make its answers standard (status-200 errors, JSONP, tokens without
//! `token_type`). Each provider is declared with the public [`Provider`] trait and its
//! `WireFormat`; declare yours the same way and `ErrorResponse<P>`,
//! `Client<P>` and `HttpClient<C, P>` work for it.
//!
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(any(feature = "response", feature = "std"))]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// The macro's expansion names this crate as `::oauth_errors`, here as everywhere else.
extern crate self as oauth_errors;

#[doc(hidden)]
pub mod __private;

/// The code blocks of this crate's `README.md`, its crates.io page, run as doctests.
#[cfg(all(doctest, feature = "oauth2"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
#[cfg(feature = "std")]
mod error_value;
mod kind;
#[cfg(feature = "oauth2")]
mod login;
mod one_of;
mod provider;
mod providers;
#[cfg(feature = "response")]
mod response;
mod unknown;

#[cfg(feature = "std")]
pub use error_value::ErrorValue;
pub use kind::{Endpoint, Kind, ProviderError, UnknownKind};
#[cfg(feature = "oauth2")]
pub use login::{
    AdapterError, AdapterFuture, CallError, HttpClient, ProviderClient, ReadyClient, SignError,
    Signer, Token, TokenFields, TransportError, Unsigned, authorize_url,
};
pub use one_of::OneOf;
#[cfg(feature = "oauth2")]
pub use provider::{
    AuthorizeRequest, Login, Parameter, Parameters, Rename, TimeFormat, TokenAnswer, TokenRequest,
};
pub use provider::{Provider, WireFormat};
#[cfg(feature = "alipay")]
pub use providers::alipay::{self, AlipayApiError, AlipayError, AlipayGatewayError};
#[cfg(feature = "baidu")]
pub use providers::baidu::{self, BaiduApiError, BaiduError};
#[cfg(feature = "douyin")]
pub use providers::douyin::{self, DouyinApiError, DouyinError};
#[cfg(feature = "qq")]
pub use providers::qq::{self, QqApiError, QqError};
#[cfg(feature = "taobao")]
pub use providers::taobao::{self, TaobaoApiError, TaobaoError};
#[cfg(feature = "wechat")]
pub use providers::wechat::{self, WechatError};
#[cfg(feature = "weibo")]
pub use providers::weibo::{self, WeiboApiError, WeiboError};
#[cfg(feature = "response")]
pub use response::{MAX_BODY_LEN, ParseError, ProviderErrorResponse};
pub use unknown::{UnknownCode, UnknownErrorId};

#[doc = include_str!("docs/oauth_error_table.md")]
pub use oauth_errors_macros::oauth_error_table;
