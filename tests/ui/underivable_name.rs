// Error ids from which no variant name can be made, without a name column, and an empty id.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | error | description |
        | --- | --- |
        | 404_not_found | 未找到 |
        | 参数错误 | 参数错误 |
        | | 空 |
        "
    }
}

fn main() {}
