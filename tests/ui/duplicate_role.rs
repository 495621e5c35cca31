// Two columns with the role `code` (`code` and `error_code` are the same role).
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(code) | 错误编号(error_code) | 错误描述(description) |
        | --- | --- | --- |
        |21325|21325|提供的Access Grant是无效的、过期的或已撤销的
        "
    }
}

fn main() {}
