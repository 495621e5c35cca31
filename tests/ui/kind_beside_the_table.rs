// Rows given kinds beside the table: each entry must name one row of the table, once.
oauth_errors::oauth_error_table! {
    #[oauth_errors(kind(
        retry = [1, 99, "nope", 2],
        denied = [1],
        reauthorize = [1.5],
    ))]
    pub enum Codes {
        r"
        | code | kind | description |
        | --- | --- | --- |
        | 1 | | one |
        | 2 | misconfigured | two |
        "
    }
}

oauth_errors::oauth_error_table! {
    #[oauth_errors(kind(retry = [21331]))]
    pub enum Ids {
        r"
        | error | description |
        | --- | --- |
        | temporarily_unavailable | 服务暂时无法访问 |
        "
    }
}

fn main() {}
