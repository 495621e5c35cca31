// A `#[repr]` with more than the code type.
oauth_errors::oauth_error_table! {
    #[repr(u8, C)]
    pub enum Two {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
