// Tokens after the enum's body.
oauth_errors::oauth_error_table! {
    pub enum Trailing {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    };
}

fn main() {}
