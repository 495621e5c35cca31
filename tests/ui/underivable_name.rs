// Error ids from which no variant name can be made, in a table without a name column.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | error | description |
        | --- | --- |
        | 404_not_found | 未找到 |
        | 参数错误 | 参数错误 |
        "
    }
}

fn main() {}
