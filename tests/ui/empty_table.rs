// An empty literal, and one of white space only.
oauth_errors::oauth_error_table! {
    pub enum Empty {
        ""
    }
}

oauth_errors::oauth_error_table! {
    pub enum Blank {
        "

        "
    }
}

fn main() {}
