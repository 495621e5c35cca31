// An error id whose variant name would be a keyword.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | error | description |
        | --- | --- |
        | self | the user themself |
        "
    }
}

fn main() {}
