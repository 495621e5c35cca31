//! The shipped providers, each declared with the public mechanism ([`Provider`](crate::Provider))
//! and each behind its own cargo feature (all on by default).

#[cfg(feature = "alipay")]
pub mod alipay;
#[cfg(feature = "baidu")]
pub mod baidu;
#[cfg(feature = "douyin")]
pub mod douyin;
#[cfg(feature = "qq")]
pub mod qq;
#[cfg(feature = "taobao")]
pub mod taobao;
#[cfg(feature = "wechat")]
pub mod wechat;
#[cfg(feature = "weibo")]
pub mod weibo;
