// A table copied from a web page: tab-separated, cells of plain text. A row with a cell too
// many, and a line that lost its tabs.
oauth_errors::oauth_error_table! {
    pub enum Pasted {
        "返回码(code)\t说明(description)\n-1\t系统繁忙\n40001\tAppSecret 错误\t多余\n40002 不合法的凭证类型\n"
    }
}

fn main() {}
