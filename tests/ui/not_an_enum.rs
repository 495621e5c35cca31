// Something other than an enum.
oauth_errors::oauth_error_table! {
    pub struct NotAnEnum {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
