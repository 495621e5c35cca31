// Many problems in one table: all are reported in one compile, in row order, and the code that
// uses the enum compiles against the valid rows, adding no errors of its own.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码(code) | 名称(name) | 含义说明(description) |
        | --- | --- | --- |
        | 100014 | AccessTokenExpired | access token过期。 |
        | 100015 | access_token_revoked | access token废除。 |
        | 100016x | AccessTokenVerificationFailed | access token验证失败。 |
        | 100020 | CodeReused |
        | 100014 | AccessTokenExpiredAgain | access token过期。 |
        | 110506 | GetAppInfoFailed | 获取APP info信息失败 |
        "
    }
}

fn main() {
    let error = QqError::from_code(100_014);
    let _ = (error, QqError::ALL, QqError::AccessTokenExpired.description());
}
