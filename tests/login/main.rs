//! Logging in through the `oauth2` crate with the shipped providers, against fake providers on
//! loopback (`tests/support/provider.rs`) that check each request: whole logins blocking and
//! async (`flows`), the adapter on its own (`adapter`), and what it keeps out of errors and
//! refuses (`security`). One test binary, so that the login dependencies link once.

#[macro_use]
mod common;

mod adapter;
mod alipay;
mod baidu;
mod douyin;
mod flows;
mod miniprogram;
mod security;
mod taobao;
