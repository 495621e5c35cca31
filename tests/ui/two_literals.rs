// Two string literals: the table is one literal.
oauth_errors::oauth_error_table! {
    pub enum Two {
        "| code | description |\n| --- | --- |\n" "| 1 | one |"
    }
}

fn main() {}
