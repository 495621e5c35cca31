// Rows with too few and too many cells: each is reported, with the header's count.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | --- | --- |
        |invalid_grant|21325
        |expired_token|21327|token过期|extra
        |invalid_client|21324|client_id或client_secret参数无效
        "
    }
}

// Alipay's public error codes as the page writes its header (the field first, read as roles)
// and as a copy flattens its merged `code` and `msg` cells: the rows under each merged pair lack
// them, their cells shifted two to the left. Each run of such rows is one error.
oauth_errors::oauth_error_table! {
    pub enum AlipayPublic {
        r"
        | code(返回码) | msg(返回码描述) | sub_code(明细返回码) | sub_msg(明细返回码描述) | 解决方案(ignore) |
        | --- | --- | --- | --- | --- |
        | 20000 | Service Currently Unavailable | isp.unknow-error | 服务暂不可用（业务系统不可用） | 稍后重试 |
        | aop.unknow-error | 服务暂不可用（网关自身的未知错误） | 稍后重试 | | |
        | 20001 | Insufficient Token Permissions | aop.invalid-auth-token | 无效的访问令牌 | 请刷新授权令牌 |
        | aop.auth-token-time-out | 访问令牌已过期 | 请刷新授权令牌 | | |
        | aop.invalid-app-auth-token | 无效的应用授权令牌 | 请刷新授权令牌 |
        "
    }
}

fn main() {}
