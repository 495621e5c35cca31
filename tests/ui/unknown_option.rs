// `#[oauth_errors(...)]` knows three options, `crate`, `kind` and `token_kind`; a misspelt one
// is named.
oauth_errors::oauth_error_table! {
    #[oauth_errors(krate = oauth_errors)]
    pub enum Provider {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    #[oauth_errors(token_knd(misconfigured = [1]))]
    pub enum Token {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_errors::oauth_error_table! {
    #[oauth_errors(retry = [1])]
    pub enum NotAnOption {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
