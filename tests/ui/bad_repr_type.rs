// `#[repr]`s that do not name a supported integer type.
oauth_errors::oauth_error_table! {
    #[repr(C)]
    pub enum C {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    #[repr(u128)]
    pub enum Wide {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
