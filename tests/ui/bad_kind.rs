// Kind keywords that name no kind: in a `kind` or `token_kind` column, and beside the table.
oauth_errors::oauth_error_table! {
    pub enum InColumn {
        r"
        | code | kind | token_kind | description |
        | --- | --- | --- | --- |
        | 1 | reauthorise | | one |
        | 2 | transient | | two |
        | 3 | refresh | misconfiguerd | three |
        "
    }
}

oauth_errors::oauth_error_table! {
    #[oauth_errors(kind(retyr = [1]), token_kind(refrsh = [1]))]
    pub enum Beside {
        r"
        | code | description |
        | --- | --- |
        | 1 | one |
        "
    }
}

fn main() {}
