// A blank line inside the table.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | ---- | ---- |
        |redirect_uri_mismatch|21322|重定向地址不匹配

        |invalid_request|21323|请求不合法
        "
    }
}

fn main() {}
