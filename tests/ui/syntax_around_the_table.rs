// Mistakes in the Rust syntax around the table: a suffixed literal, tokens after the body, and
// something other than an enum.
oauth_errors::oauth_error_table! {
    pub enum Suffixed {
        "| code | description |\n| --- | --- |\n| 1 | one |"suffix
    }
}

oauth_errors::oauth_error_table! {
    pub enum Trailing {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    };
}

oauth_errors::oauth_error_table! {
    pub struct NotAnEnum {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
