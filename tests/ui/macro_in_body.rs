// A macro other than `include_str!` in place of the table: it is not expanded.
oauth_errors::oauth_error_table! {
    pub enum Concat {
        concat!("| code | description |\n", "| --- | --- |\n| 1 | one |")
    }
}

fn main() {}
