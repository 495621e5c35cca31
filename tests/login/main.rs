//! Logging in through the `oauth2` crate with the shipped providers, against fake providers on
//! loopback (`tests/support/provider.rs`) that check each request: whole logins blocking and
//! async (`flows`, and one module per provider added since: `alipay`, `taobao`, `dingtalk`,
//! `wecom`, `feishu`), the adapter on its own (`adapter`), and what it keeps out of errors and
//! refuses (`security`). One test binary, so that the login dependencies link once.

#[macro_use]
mod common;

mod adapter;
mod alipay;
mod baidu;
mod dingtalk;
mod douyin;
mod feishu;
mod flows;
mod globs;
mod miniprogram;
mod security;
mod taobao;
mod wecom;

/// Runs an async login `flow` with `reqwest` without redirects, as `oauth2` needs, on a
/// `tokio` current-thread runtime.
fn run<F: Future<Output = ()>>(flow: impl FnOnce(oauth2::reqwest::Client) -> F) {
    block_on(flow(reqwest_client()));
}

/// `reqwest` as the docs build it: without redirects, as `oauth2` needs.
fn reqwest_client() -> oauth2::reqwest::Client {
    oauth2::reqwest::Client::builder()
        .redirect(oauth2::reqwest::redirect::Policy::none())
        .build()
        .expect("a client")
}

/// `future`'s output, on a `tokio` current-thread runtime (with its timers).
fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(future)
}

/// An `oauth2` HTTP client that answers every request with `status` and `body`.
fn answering(
    status: u16,
    body: &'static str,
) -> impl Fn(oauth2::HttpRequest) -> Result<oauth2::HttpResponse, std::io::Error> {
    move |_| {
        Ok(oauth2::http::Response::builder()
            .status(status)
            .body(body.as_bytes().to_vec())
            .expect("a response"))
    }
}
