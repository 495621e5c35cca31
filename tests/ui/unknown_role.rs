// Header cells that name no role: a misspelt keyword gets a suggestion, the others the list.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | 错误码(code) | 错误描述(descripton) | 备注 | | 标识(code)(error) |
        | --- | --- | --- | --- | --- |
        | 1 | one | x | y | z |
        "
    }
}

fn main() {}
