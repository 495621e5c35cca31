// A long table split by the page that published it: the header row appears again.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 返回码(code) | 说明(description) |
        | --- | --- |
        | -1 | 系统繁忙 |
        | 返回码(code) | 说明(description) |
        | 40001 | 获取 access_token 时 AppSecret 错误 |
        "
    }
}

fn main() {
    // The rows around it are declared.
    let _ = (Provider::CodeMinus1, Provider::Code40001);
}
