// A table with neither a code nor an error column.
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
