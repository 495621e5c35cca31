// A heading pasted with the table.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        ## Weibo Login OAuth2.0 ##
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | ---- | ---- |
        |redirect_uri_mismatch|21322|重定向地址不匹配
        "
    }
}

fn main() {}
