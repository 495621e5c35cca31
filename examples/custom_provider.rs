//! Declaring the error table of a provider the crate does not ship: a WeChat-style table pasted
//! from the provider's documentation, with negative codes, an English name column and a column
//! the macro leaves out.
//!
//! ```text
//! cargo run --example custom_provider
//! ```

use oauth_errors::oauth_error_table;

oauth_error_table! {
    /// WeChat's global return codes (a few of them), as its documentation lists them.
    #[repr(i32)]
    #[non_exhaustive]
    pub enum WechatError {
        r#"
        | 返回码(code) | 名称(name) | 说明(description) | 备注(ignore) |
        | --- | --- | --- | --- |
        | -1 | SystemBusy | 系统繁忙，此时请开发者稍候再试 | retry later |
        | 0 | Ok | 请求成功 | |
        | 40001 | InvalidCredential | 获取 access_token 时 AppSecret 错误，或者 access_token 无效 | |
        | 40013 | InvalidAppId | 不合法的 AppID | |
        | 42001 | AccessTokenExpired | access_token 超时 | refresh it |
        "#
    }
}

/// What a caller does with each error: the point of having them typed.
fn advice(error: WechatError) -> &'static str {
    match error {
        WechatError::SystemBusy => "retry with backoff",
        WechatError::AccessTokenExpired => "refresh the access token and retry",
        WechatError::InvalidCredential | WechatError::InvalidAppId => "fix the app's configuration",
        _ => "log it",
    }
}

fn main() {
    // A response body such as {"errcode":42001,"errmsg":"access_token expired"}: take the code.
    for errcode in [42001, -1, 40013, 45009] {
        match WechatError::try_from(errcode) {
            Ok(error) => println!("{error}\n    -> {}", advice(error)),
            Err(unknown) => println!("{unknown}\n    -> log it; the table may be out of date"),
        }
    }

    println!("\nThe whole table:");
    for error in WechatError::ALL {
        let name = format!("{error:?}");
        println!("  {:>6}  {name:<20} {}", error.code(), error.description());
    }

    assert_eq!(WechatError::AccessTokenExpired.code(), 42001);
}
