// Two different error ids that make the same variant name, and a name cell that repeats one.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | name | error | description |
        | --- | --- | --- |
        | | invalid_grant | 无效的授权 |
        | | invalid-grant | 无效的授权（旧） |
        | InvalidGrant | INVALID_GRANT | 无效的授权（大写） |
        "
    }
}

fn main() {}
