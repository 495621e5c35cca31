// A header cell that names two roles.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 标识(code)(error) | 错误描述(description) |
        | --- | --- |
        | 1 | one |
        "
    }
}

fn main() {}
