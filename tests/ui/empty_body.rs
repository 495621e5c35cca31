// An empty body: the table is missing.
oauth_errors::oauth_error_table! {
    pub enum Nothing {}
}

fn main() {}
