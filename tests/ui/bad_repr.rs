// `#[repr]`s that do not name one supported integer type, and two `#[repr]`s.
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

oauth_errors::oauth_error_table! {
    #[repr(u8, C)]
    pub enum Two {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    #[repr(u8)]
    #[repr(u16)]
    pub enum Twice {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
