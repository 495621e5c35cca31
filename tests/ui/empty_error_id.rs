// A row without an error id.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | error | description |
        | --- | --- |
        | busy | 系统繁忙 |
        | | 空 |
        "
    }
}

fn main() {}
