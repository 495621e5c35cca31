// Rows given kinds beside the table, and token kinds (the kind when the token endpoint answers):
// each entry must name one row of the table, once, that the table's column does not give one; a
// token kind that is the row's kind changes nothing. All reported at once, each at its entry or
// its cell.
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

oauth_errors::oauth_error_table! {
    #[oauth_errors(
        kind(refresh = [40001, 42001], retry = [-1]),
        token_kind(misconfigured = [40001, 40099, 40164], denied = [40001], refresh = [42001]),
    )]
    pub enum Wechat {
        r"
        | code | token_kind | description |
        | --- | --- | --- |
        | -1 | retry | 系统繁忙 |
        | 40001 | | 获取 access_token 时 AppSecret 错误，或者 access_token 无效 |
        | 42001 | | access_token 超时 |
        | 40164 | denied | 调用接口的IP地址不在白名单中 |
        "
    }
}

fn main() {}
