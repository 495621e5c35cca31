// A table without a description column.
oauth_errors::oauth_error_table! {
    pub enum NoDescription {
        r"
        | 错误码(error) | 错误编号(error_code) |
        | --- | --- |
        | busy | 1 |
        "
    }
}

fn main() {}
