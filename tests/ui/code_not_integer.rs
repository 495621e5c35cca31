// Codes that are not decimal integers.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | --- | --- |
        |invalid_grant|21325x|提供的Access Grant是无效的、过期的或已撤销的
        |expired_token|0x5361|token过期
        "
    }
}

fn main() {}
