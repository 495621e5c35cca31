oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码(code) | 含义说明(description) |
        | --- | --- |
        |110505|参数错误
        |110506|获取APP info信息失败
        |110506|校验APP info 签名信息失败
        "
    }
}

fn main() {}
