// An empty header cell.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 错误码(code) | | 错误描述(description) |
        | --- | --- | --- |
        | 1 | x | one |
        "
    }
}

fn main() {}
