// Headers that name no roles, as providers publish them: the help proposes roles from what the
// cells hold, as a header to paste back, written as the table is written; where the header's
// words say otherwise, a note says why the cells won; the rows are read as proposed, so that a
// repeated code is reported in the same compile.

// The seed's QQ header.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | 错误码 | 含义说明|
        | --- | ---- |
        |0|成功。
        |100020|code被重复使用。
        "
    }
}

// Weibo's table: `错误码` (error code) holds error ids.
oauth_errors::oauth_error_table! {
    pub enum WeiboError {
        r"
        | 错误码 | 错误编号 | 错误描述 |
        | --- | ---- | ---- |
        |invalid_grant|21325|提供的Access Grant是无效的、过期的或已撤销的
        |appkey permission denied|21337|应用权限不足
        "
    }
}

// DingTalk's: `60107` listed twice.
oauth_errors::oauth_error_table! {
    pub enum DingTalk {
        r"
        参数 | 说明
        ---- | -----
        -1 | 系统繁忙
        60107 | 使用该手机登录钉钉的用户已经在企业中
        60107 | 使用该手机登录钉钉的用户已经在企业中
        "
    }
}

// A tab-separated paste, and a header cell with an escaped pipe.
oauth_errors::oauth_error_table! {
    pub enum Pasted {
        "返回码\t说明\n-1\t系统繁忙\n40001\tAppSecret 错误\n"
    }
}

oauth_errors::oauth_error_table! {
    pub enum Escaped {
        r"
        | 代码 a\|b | 说明 |
        | --- | --- |
        | 1 | 系统繁忙 |
        "
    }
}

fn main() {}
