// A suffix on the table literal.
oauth_errors::oauth_error_table! {
    pub enum Suffixed {
        "| code | description |\n| --- | --- |\n| 1 | one |"suffix
    }
}

fn main() {}
