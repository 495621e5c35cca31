// A code that no code type holds.
oauth_errors::oauth_error_table! {
    #[repr(u64)]
    pub enum Huge {
        r"
        | code | description |
        | --- | --- |
        | 18446744073709551616 | one more than u64::MAX |
        "
    }
}

fn main() {}
