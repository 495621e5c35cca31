// A byte string instead of a string literal.
oauth_errors::oauth_error_table! {
    pub enum Bytes {
        b"| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
