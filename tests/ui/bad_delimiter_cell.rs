// A malformed delimiter cell.
oauth_errors::oauth_error_table! {
    pub enum Malformed {
        r"
        | code | description |
        | --- | :-:-: |
        | 1 | one |
        "
    }
}

fn main() {}
