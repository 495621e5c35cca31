// A table without a description column, and one with neither a code nor an error column.
oauth_errors::oauth_error_table! {
    pub enum NoDescription {
        r"
        | 错误码(error) | 错误编号(error_code) |
        | --- | --- |
        | busy | 1 |
        "
    }
}

oauth_errors::oauth_error_table! {
    pub enum NoKey {
        r"
        | 名称(name) | 说明(description) |
        | --- | --- |
        | Busy | 系统繁忙 |
        "
    }
}

fn main() {}
