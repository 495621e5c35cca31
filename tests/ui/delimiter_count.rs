// A delimiter row with fewer cells than the header.
oauth_errors::oauth_error_table! {
    pub enum Short {
        r"
        | code | error | description |
        | --- | --- |
        | 1 | one | 一 |
        "
    }
}

fn main() {}
