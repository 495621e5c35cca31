// Two `#[repr]`s.
oauth_errors::oauth_error_table! {
    #[repr(u8)]
    #[repr(u16)]
    pub enum Twice {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
