//! The fake Douyin: `/platform/oauth/connect/`, `/oauth/access_token/` and
//! `/oauth/refresh_token/` (form `POST`s), `/oauth/userinfo/` (a JSON `POST`), answering with
//! the examples of Douyin's pages (`tests/data/douyin/wire.md`).

use super::{Answer, JSON, Received, TEXT, answer, authorize, exactly};

/// The access token of the access-token page's example answer.
pub const DOUYIN_TOKEN: &str = "act.f7094fbffab2ecbfc45e9af9c32bc241oYdckvBKe82BPx8T******";

/// The refresh token of the access-token page's example answer.
pub const DOUYIN_REFRESH_TOKEN: &str = "rft.713900b74edde9f30ec4e246b706da30t******";

/// Douyin's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/platform/oauth/connect/" => {
            // Scopes are separated by commas (“多个授权作用域以英文逗号(,)分隔”).
            if request
                .query("scope")
                .is_none_or(|scope| scope.contains(' '))
            {
                return Some(answer(400, TEXT, "expected a comma-separated scope"));
            }
            authorize(
                request,
                "client_key",
                &[
                    "client_key",
                    "response_type",
                    "scope",
                    "redirect_uri",
                    "state",
                ],
            )
        }
        "/oauth/access_token/" => token(request),
        "/oauth/refresh_token/" => refresh(request),
        "/oauth/userinfo/" => user_info(request),
        _ => return None,
    })
}

/// The access-token endpoint: a form `POST` of `client_key`, `client_secret`, `code` and
/// `grant_type=authorization_code`.
fn token(request: &Received) -> Answer {
    if let Err(problem) = form(
        request,
        &["client_key", "client_secret", "code", "grant_type"],
        "authorization_code",
    ) {
        return problem;
    }
    match request.form("code") {
        // The access-token page's example (its Apifox mirror has it whole).
        Some("good") => answer(
            200,
            JSON,
            r#"{
"data": {
"access_token": "act.f7094fbffab2ecbfc45e9af9c32bc241oYdckvBKe82BPx8T******",
"captcha": "",
"desc_url": "",
"description": "",
"error_code": 0,
"expires_in": 1296000,
"log_id": "20230525105733ED3ED7AC56A******",
"open_id": "b9b71865-7fea-44cc-******",
"refresh_expires_in": 2592000,
"refresh_token": "rft.713900b74edde9f30ec4e246b706da30t******",
"scope": "user_info"
},
"message": "success"
}"#,
        ),
        // A code is good once, for ten minutes: 10007 授权码过期.
        Some("used") => douyin_error(10007, "授权码过期"),
        // The error example of the older access-token page.
        _ => answer(
            200,
            JSON,
            r#"{
  "data": {
    "description": "Parameter error",
    "error_code": 2100005
  },
  "extra": {
    "logid": "2020070614111601022506808001045D59",
    "now": 1594015876138
  }
}"#,
        ),
    }
}

/// The refresh endpoint: a form `POST` of `client_key`, `grant_type=refresh_token` and
/// `refresh_token`, without the secret.
fn refresh(request: &Received) -> Answer {
    if let Err(problem) = form(
        request,
        &["client_key", "grant_type", "refresh_token"],
        "refresh_token",
    ) {
        return problem;
    }
    match request.form("refresh_token") {
        // The refresh page's example, its numbers as strings.
        Some(DOUYIN_REFRESH_TOKEN) => answer(
            200,
            JSON,
            r#"{ "data": { "access_token": "access_token", "description": "", "error_code": 0, "expires_in": "86400", "open_id": "SuQB*******KN5f", "refresh_expires_in": "86400", "refresh_token": "refresh_token", "scope": "user_info" }, "message": "success" }"#,
        ),
        _ => douyin_error(10010, "refresh_token 过期"),
    }
}

/// The user-info endpoint: a `POST` of the JSON `access_token` and `open_id`.
fn user_info(request: &Received) -> Answer {
    let placed = request.method == "POST"
        && request
            .content_type
            .as_deref()
            .is_some_and(|content_type| content_type.starts_with("application/json"))
        && request.query.is_empty()
        && request.form.is_empty()
        && request.authorization.is_none()
        && request
            .json("open_id")
            .is_some_and(|open_id| !open_id.is_empty());
    if let Err(problem) = exactly(
        &request.json,
        &["access_token", "open_id"],
        placed,
        "expected a POST of JSON with `access_token` and `open_id`",
    ) {
        return answer(
            200,
            JSON,
            format!(
                r#"{{"err_no":28001007,"err_msg":{},"data":{{}}}}"#,
                serde_json::to_string(&format!("参数不合法: {problem}")).expect("a string")
            ),
        );
    }
    match request.json("access_token") {
        // The user-info page's example (another user than the token page's example).
        Some(DOUYIN_TOKEN) => answer(
            200,
            JSON,
            r#"{ "err_msg": "", "log_id": "2025032716200991A1xxxxx30A01C4DF", "data": { "open_id": "qYm3LVbtDQ", "nickname": "李伟", "description": "", "e_account_role": "", "error_code": "0", "avatar": "https://xxx.com/xxx.jpeg", "client_key": "XQSXAWkY9f", "log_id": "2025032716200991A181xxxxx0A01C4DF", "union_id": "eVBXUMlnek" }, "err_no": 0 }"#,
        ),
        // The page's envelope, with a row of its table.
        _ => answer(
            200,
            JSON,
            r#"{"err_no":28001008,"err_msg":"access_token过期,请刷新或重新授权","log_id":"2025032716200991A1xxxxx30A01C4DF","data":{}}"#,
        ),
    }
}

/// Whether `request` is a form `POST` of exactly `expected`, with `grant_type`; an answer
/// that says what is wrong if not (10005 缺少参数).
fn form(request: &Received, expected: &[&str], grant_type: &str) -> Result<(), Answer> {
    let placed = request.method == "POST"
        && request.content_type.as_deref().is_some_and(|content_type| {
            content_type.starts_with("application/x-www-form-urlencoded")
        })
        && request.query.is_empty()
        && request.json.is_empty()
        && request.authorization.is_none()
        && request.form("grant_type") == Some(grant_type)
        && request
            .form("client_key")
            .is_some_and(|client_key| !client_key.is_empty());
    exactly(
        &request.form,
        expected,
        placed,
        "expected a POST of a form with the client key and the grant type",
    )
    .map_err(|problem| douyin_error(10005, &problem))
}

/// An error of Douyin's OAuth endpoints: `data` with `error_code` and `description`, and
/// `"message":"error"`.
fn douyin_error(code: u32, description: &str) -> Answer {
    let description = serde_json::to_string(description).expect("a string");
    answer(
        200,
        JSON,
        format!(
            r#"{{"data":{{"error_code":{code},"description":{description}}},"message":"error"}}"#
        ),
    )
}
