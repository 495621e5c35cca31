//! Typed errors and logins of Chinese OAuth providers, and the macro that makes their tables
//! enums.
//!
//! Weibo, QQ, WeChat, Alipay, Taobao, DingTalk, WeCom and Feishu (Lark) answer a failed login or
//! API call with magic numbers and strings (`{"error":"invalid_grant","error_code":21325,...}`,
//! `callback( {"error":100020,...} );`, `{"errcode":40029,...}` with HTTP 200) and document them
//! as tables.
//! This crate ships those tables as enums, each row with the provider's text and a [`Kind`] that
//! says what to do; reads the providers' real answers ([`ProviderErrorResponse`], each module's
//! `ErrorResponse`); logs in with each provider through the `oauth2` crate (feature `oauth2`);
//! and [`oauth_error_table!`] turns any provider's pasted table into an enum of your own.
//!
//! ```
//! # #[cfg(all(feature = "weibo", feature = "qq", feature = "response"))]
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use oauth_errors::{Kind, QqError, WeiboError, qq};
//!
//! let error: WeiboError = "invalid_grant".parse()?;
//! assert_eq!(error.code(), 21325);
//! assert_eq!(WeiboError::from_code(21325), Some(error));
//! assert_eq!(error.kind(), Kind::Reauthorize);
//!
//! let body = "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );";
//! let response = qq::ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(QqError::CodeReused));
//! assert_eq!(response.message(), Some("code is reused error"));
//! # Ok(())
//! # }
//! # #[cfg(not(all(feature = "weibo", feature = "qq", feature = "response")))]
//! # fn main() {}
//! ```
//!
//! # Guides
//!
//! - [Logging in](guide::login) with a shipped provider, blocking or async, and what the
//!   adapter does for you;
//! - [errors](guide::errors): reading an answer, a code inside your own struct, and what to do
//!   about an error;
//! - [another provider](guide::providers): declaring one, from a JSON login with camelCase
//!   answers to a signed gateway;
//! - the tables: [`oauth_error_table!`] is the reference of the macro, and each provider's
//!   module says where its tables come from.
//!
//! # The providers
//!
//! | provider | module | tables | login |
//! | --- | --- | --- | --- |
//! | Weibo (新浪微博) | `weibo` | `WeiboError`, `WeiboApiError` | `oauth2` |
//! | QQ (QQ互联) | `qq` | `QqError`, `QqApiError` | `oauth2`, `qq::me` |
//! | WeChat (微信) | `wechat` | `WechatError`, `wechat::MiniProgramError` | `oauth2` (website), `wechat::code_to_session` (mini-program) |
//! | Alipay (支付宝) | `alipay` | `AlipayError`, `AlipayApiError`, `AlipayGatewayError` | `oauth2`, signed (`alipay-rsa2`) |
//! | Taobao (淘宝开放平台) | `taobao` | `TaobaoError`, `TaobaoApiError`, `TaobaoApiSubError` | `oauth2` |
//! | DingTalk (钉钉) | `dingtalk` | `DingtalkError`, `DingtalkApiError` | `oauth2`, `dingtalk::me` |
//! | WeCom (企业微信) | `wecom` | `WecomError` | `wecom::access_token`, `wecom::user` (no code exchange) |
//! | Feishu and Lark (飞书) | `feishu` | `FeishuError`, `FeishuApiError` | `oauth2`, `feishu::user_info` |
//! | Douyin (抖音开放平台) | `douyin` | `DouyinError`, `DouyinApiError` | `oauth2`, `douyin::user_info` |
//! | Baidu (百度帐号) | `baidu` | `BaiduError`, `BaiduApiError` | `oauth2`, `baidu::user_info` |
//!
//! Each is declared with the public mechanism a provider of yours uses: [`Provider`],
//! [`WireFormat`] and, with `oauth2`, `Login`.
//!
//! # Features
//!
//! | feature | default | what it adds | dependencies |
//! | --- | --- | --- | --- |
//! | `std` | yes | [`ErrorValue`] (with `alloc`); needed by `response` | |
//! | `response` | yes | `ProviderErrorResponse`, `ParseError` | `serde`, `serde_json`, `form_urlencoded` |
//! | `weibo`, `qq`, `wechat`, `alipay`, `taobao`, `dingtalk`, `wecom`, `feishu`, `douyin`, `baidu` | yes | the provider's module and tables | |
//! | `serde` | no | `Serialize` and `Deserialize` for every enum and answer | `serde` |
//! | `oauth2` | no | ready clients and calls, `HttpClient`, `ProviderClient`, `Token`, `authorize_url`, `Signer` | `oauth2` (5.x) |
//! | `alipay-rsa2` | no | `alipay::Rsa2Signer`, `alipay::HttpClient`, `alipay::user_info` | `ring`, `base64`, `spki` |
//!
//! With `default-features = false` the crate is `#![no_std]`, allocates nothing and has no
//! runtime dependency: the enums and the macro need nothing.

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
#[cfg(feature = "dingtalk")]
pub use providers::dingtalk::{self, DingtalkApiError, DingtalkError};
#[cfg(feature = "douyin")]
pub use providers::douyin::{self, DouyinApiError, DouyinError};
#[cfg(feature = "feishu")]
pub use providers::feishu::{self, FeishuApiError, FeishuError};
#[cfg(feature = "qq")]
pub use providers::qq::{self, QqApiError, QqError};
#[cfg(feature = "taobao")]
pub use providers::taobao::{self, TaobaoApiError, TaobaoError};
#[cfg(feature = "wechat")]
pub use providers::wechat::{self, WechatError};
#[cfg(feature = "wecom")]
pub use providers::wecom::{self, WecomError};
#[cfg(feature = "weibo")]
pub use providers::weibo::{self, WeiboApiError, WeiboError};
#[cfg(feature = "response")]
pub use response::{MAX_BODY_LEN, ParseError, ProviderErrorResponse};
pub use unknown::{UnknownCode, UnknownErrorId};

/// The guides: how to log in, read errors and act on them, and declare a provider of your own.
pub mod guide {
    /// Logging in with a shipped provider.
    #[doc = include_str!("docs/guide/login.md")]
    pub mod login {}

    /// Errors, and what to do about them.
    #[doc = include_str!("docs/guide/errors.md")]
    pub mod errors {}

    /// Another provider, declared.
    #[doc = include_str!("docs/guide/providers.md")]
    pub mod providers {}
}

#[doc = include_str!("docs/oauth_error_table.md")]
pub use oauth_errors_macros::oauth_error_table;
