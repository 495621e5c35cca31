// `#[oauth_errors(...)]` knows one option, `crate`.
oauth_errors::oauth_error_table! {
    #[oauth_errors(krate = oauth_errors)]
    pub enum Provider {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

fn main() {}
