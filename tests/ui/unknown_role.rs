// A header cell that names no role, among cells that do.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 错误码(code) | 错误描述(description) | 备注 |
        | --- | --- | --- |
        | 1 | one | x |
        "
    }
}

fn main() {}
