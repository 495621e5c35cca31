// Two tables pasted as one: a second header and delimiter row among the rows.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | code | description |
        | --- | --- |
        | 1 | one |
        | 错误码(code) | 说明(description) | 解决方案(note) |
        | --- | --- | --- |
        | 2 | two | retry |
        "
    }
}

fn main() {}
