// The seed's QQ header names no roles: the help rewrites it with the roles the data suggests.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码 | 含义说明|
        | --- | ---- |
        |0|成功。
        |100020|code被重复使用。
        "
    }
}

fn main() {}
