// Bodies that are not one string literal.
oauth_errors::oauth_error_table! {
    pub enum Number {
        42
    }
}

oauth_errors::oauth_error_table! {
    pub enum Nothing {}
}

oauth_errors::oauth_error_table! {
    pub enum Bytes {
        b"| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    pub enum Concat {
        concat!("| code | description |\n", "| --- | --- |\n| 1 | one |")
    }
}

oauth_errors::oauth_error_table! {
    pub enum Two {
        "| code | description |\n| --- | --- |\n" "| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    pub enum Variants {
        One = 1,
    }
}

fn main() {}
