//! The shipped providers, each declared with the public mechanism ([`Provider`](crate::Provider))
//! and each behind its own cargo feature (all on by default).

#[cfg(feature = "alipay")]
pub mod alipay;
#[cfg(feature = "baidu")]
pub mod baidu;
#[cfg(feature = "dingtalk")]
pub mod dingtalk;
#[cfg(feature = "douyin")]
pub mod douyin;
#[cfg(feature = "feishu")]
pub mod feishu;
#[cfg(feature = "qq")]
pub mod qq;
#[cfg(feature = "taobao")]
pub mod taobao;
#[cfg(feature = "wechat")]
pub mod wechat;
#[cfg(feature = "wecom")]
pub mod wecom;
#[cfg(feature = "weibo")]
pub mod weibo;
