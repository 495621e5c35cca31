// A header and a delimiter row, but no rows.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码(code) | 含义说明(description) |
        | --- | --- |
        "
    }
}

fn main() {}
