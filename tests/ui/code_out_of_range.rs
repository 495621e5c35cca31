// Codes that do not fit the code type: the help names the narrowest type that fits them all.
oauth_errors::oauth_error_table! {
    #[repr(u8)]
    pub enum Small {
        r"
        | code | description |
        | --- | --- |
        | 255 | fits |
        | 300 | too big |
        | -1 | negative |
        "
    }
}

// Without a `#[repr]`, codes are `i32`.
oauth_errors::oauth_error_table! {
    pub enum Default {
        r"
        | code | description |
        | --- | --- |
        | 4294967295 | too big for i32 |
        "
    }
}

fn main() {}
