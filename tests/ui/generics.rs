// An error table enum cannot be generic.
oauth_errors::oauth_error_table! {
    pub enum Provider<T> {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
