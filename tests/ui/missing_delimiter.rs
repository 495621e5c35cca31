// No delimiter row under the header.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码(code) | 含义说明(description) |
        |100014|access token过期。
        |100015|access token废除。
        "
    }
}

fn main() {}
