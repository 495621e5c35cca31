// Characters no one sees, in the cells a lookup compares: pasted from a web page, they would
// make `from_error` and `from_code` miss. Around a cell, white space of any kind is trimmed.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        "| code | name | error | description |\n\
         | --- | --- | --- | --- |\n\
         | 21325\u{A0} | | invalid_grant\u{A0} | trimmed: no error |\n\
         | 21327 | | expired\u{200B}_token | a zero-width space |\n\
         | 21330 | | access\u{A0}denied | a no-break space inside |\n\
         | 2133\u{FEFF}1 | | temporarily_unavailable | a byte order mark |\n\
         | 21337 | Appkey\u{200F}Denied | appkey permission denied | a right-to-left mark |\n"
    }
}

fn main() {
    assert_eq!(Provider::from_error("invalid_grant"), Some(Provider::InvalidGrant));
    assert_eq!(Provider::from_code(21325), Some(Provider::InvalidGrant));
}
