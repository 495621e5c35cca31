// A misspelt role keyword: the error suggests the keyword.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 错误码(code) | 错误描述(descripton) |
        | --- | --- |
        | 1 | one |
        "
    }
}

fn main() {}
