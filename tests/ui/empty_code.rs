// A row without a code.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | --- | --- |
        |invalid_client||client_id或client_secret参数无效
        "
    }
}

fn main() {}
