// Rows with too few and too many cells: each is reported, with the header's count.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | --- | --- |
        |invalid_grant|21325
        |expired_token|21327|token过期|extra
        |invalid_client|21324|client_id或client_secret参数无效
        "
    }
}

fn main() {}
