// A body that is a number, or enum variants, instead of the table.
oauth_errors::oauth_error_table! {
    pub enum Number {
        42
    }
}

oauth_errors::oauth_error_table! {
    pub enum Variants {
        One = 1,
    }
}

fn main() {}
