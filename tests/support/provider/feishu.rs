//! The fake Feishu and Lark: at their hosts (see `Routed`),
//! `/accounts.feishu.cn/open-apis/authen/v1/authorize`,
//! `/open.feishu.cn/open-apis/authen/v2/oauth/token` (a `POST` of JSON),
//! `/open.feishu.cn/open-apis/authen/v1/user_info` and the same on `accounts.larksuite.com`
//! and `open.larksuite.com`. Its bodies are Feishu's example bodies
//! (`tests/data/feishu/wire.md`), or built from Feishu's tables (a code and its description):
//! the token endpoint's carry an `error` id only where Feishu's docs show one (`server_error`
//! with 20050), since no table gives the id of the others.

use super::{Answer, JSON, Received, answer, authorize, exactly, parameters};

/// The user access token of Feishu's example answers.
const ACCESS_TOKEN: &str = "eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg";
/// The refresh token of Feishu's example answer to a code.
const REFRESH_TOKEN: &str = "eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA";
/// The refresh token of Feishu's example answer to a refresh.
const REFRESHED_TOKEN: &str = "eyJhbGciOiJFUzI1NiIs**********VXOYOZYZmfgIYHWM0ZJA";
/// The `x-tt-logid` of the fake's error answers (made up: Feishu's pages show none).
pub(super) const LOG_ID: &str = "fake-log-id-0001";

/// Feishu's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    let path = [
        "/accounts.feishu.cn",
        "/open.feishu.cn",
        "/accounts.larksuite.com",
        "/open.larksuite.com",
    ]
    .iter()
    .find_map(|host| Some((*host, request.path.strip_prefix(host)?)));
    let (host, path) = path?;
    Some(match (host, path) {
        ("/accounts.feishu.cn" | "/accounts.larksuite.com", "/open-apis/authen/v1/authorize") => {
            authorize(
                request,
                "client_id",
                &["response_type", "client_id", "redirect_uri", "state"],
            )
        }
        ("/open.feishu.cn" | "/open.larksuite.com", "/open-apis/authen/v2/oauth/token") => {
            token(request)
        }
        ("/open.feishu.cn" | "/open.larksuite.com", "/open-apis/authen/v1/user_info") => {
            user_info(request)
        }
        _ => return None,
    })
}

/// Feishu's token endpoint: a `POST` of a JSON body (`Content-Type: application/json`, no
/// `Authorization`: Basic credentials with `client_secret` are Feishu's error 20070) with
/// `grant_type`, `client_id`, `client_secret`, `code` and `redirect_uri` (or `refresh_token`).
fn token(request: &Received) -> Answer {
    let refresh = request.json("grant_type") == Some("refresh_token");
    let expected = parameters(refresh);
    if request.authorization.is_some() {
        return error(
            400,
            r#"{"code":20070,"error_description":"Multiple authentication methods were provided. Please only use one to proceed."}"#,
        );
    }
    let json = request
        .content_type
        .as_deref()
        .is_some_and(|value| value.starts_with("application/json"));
    let checked = exactly(
        &request.json,
        expected,
        request.method == "POST" && json && request.query.is_empty(),
        "expected a POST of a JSON body",
    );
    if let Err(problem) = checked {
        return error(
            400,
            &serde_json::json!({
                "code": 20063,
                "error_description": problem,
            })
            .to_string(),
        );
    }
    let token = |refresh_token: &str| {
        answer(
            200,
            JSON,
            format!(
                r#"{{
    "code": 0,
    "access_token": "{ACCESS_TOKEN}",
    "expires_in": 7200,
    "refresh_token": "{refresh_token}",
    "refresh_token_expires_in": 604800,
    "scope": "auth:user.id:read offline_access task:task:read user_profile",
    "token_type": "Bearer"
}}"#
            ),
        )
    };
    match (request.json("code"), request.json("refresh_token")) {
        (Some("good"), _) => token(REFRESH_TOKEN),
        (_, Some(REFRESH_TOKEN)) => token(REFRESHED_TOKEN),
        (_, Some(_)) => error(
            400,
            r#"{"code":20073,"error_description":"The refresh token has been used. Please note that a refresh token can only be used once."}"#,
        ),
        (Some("used"), _) => error(
            400,
            r#"{"code":20065,"error_description":"The authorization code has been used. Please note that an authorization code can only be used once."}"#,
        ),
        _ => error(
            500,
            r#"{
    "code": 20050,
    "error": "server_error",
    "error_description": "An unexpected server error occurred. Please retry your request."
}"#,
        ),
    }
}

/// `authen/v1/user_info`: a `GET` with `Authorization: Bearer <user_access_token>`; the user,
/// or 20005 (with HTTP 200, as the page says) for another token, or the rate limit for the
/// token `limited`.
fn user_info(request: &Received) -> Answer {
    if !(request.method == "GET" && request.query.is_empty() && request.form.is_empty()) {
        return error(
            400,
            r#"{"code":20001,"msg":"Invalid request. Please check request param"}"#,
        );
    }
    match request.authorization.as_deref() {
        Some(bearer) if bearer == format!("Bearer {ACCESS_TOKEN}") => answer(
            200,
            JSON,
            r#"{
    "code": 0,
    "msg": "success",
    "data": {
        "name": "zhangsan",
        "en_name": "zhangsan",
        "avatar_url": "www.feishu.cn/avatar/icon",
        "avatar_thumb": "www.feishu.cn/avatar/icon_thumb",
        "avatar_middle": "www.feishu.cn/avatar/icon_middle",
        "avatar_big": "www.feishu.cn/avatar/icon_big",
        "open_id": "ou-caecc734c2e3328a62489fe0648c4b98779515d3",
        "union_id": "on-d89jhsdhjsajkda7828enjdj328ydhhw3u43yjhdj",
        "email": "zhangsan@feishu.cn",
        "enterprise_email": "demo@mail.com",
        "user_id": "5d9bdxxx",
        "mobile": "+86130002883xx",
        "tenant_key": "736588c92lxf175d",
		"employee_no": "111222333"
    }
}"#,
        ),
        Some("Bearer limited") => error(
            429,
            r#"{
    "code": 99991400,
    "msg": "request trigger frequency limit"
}"#,
        )
        .with_header("x-ogw-ratelimit-limit", "100")
        .with_header("x-ogw-ratelimit-reset", "52"),
        _ => error(
            200,
            r#"{"code":20005,"msg":"The user access token passed is invalid. Please check the value"}"#,
        ),
    }
}

/// An error answer, with the `x-tt-logid` Feishu sends for its support.
fn error(status: u16, body: &str) -> Answer {
    answer(status, JSON, body).with_header("x-tt-logid", LOG_ID)
}
