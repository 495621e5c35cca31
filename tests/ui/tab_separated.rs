// Tables copied from a web page: tab-separated, cells of plain text. A row with a cell too
// many, and a line that lost its tabs; a header separated by tabs over rows separated by `|`; a
// Markdown delimiter row among tab-separated rows; a header whose tabs became spaces, but not as
// many cells as the rows.
oauth_errors::oauth_error_table! {
    pub enum Pasted {
        "返回码(code)\t说明(description)\n-1\t系统繁忙\n40001\tAppSecret 错误\t多余\n40002 不合法的凭证类型\n"
    }
}

oauth_errors::oauth_error_table! {
    pub enum TabsOverPipes {
        "code\tdescription\n| 1 | one |\n| 2 | two |\n"
    }
}

oauth_errors::oauth_error_table! {
    pub enum Delimited {
        "code\tdescription\n---\t---\n1\tone\n"
    }
}

oauth_errors::oauth_error_table! {
    pub enum Spaced {
        "code  HTTP  description\n1\tone\n"
    }
}

// Indented with tabs: the indentation is no cell (this one compiles).
oauth_errors::oauth_error_table! {
    pub enum Indented {
        "\t\tcode\tdescription\n\t\t1\tone\n"
    }
}

fn main() {
    let _ = Indented::Code1;
}
