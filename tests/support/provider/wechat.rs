//! The fake WeChat: `/connect/qrconnect`, `/sns/oauth2/access_token` and
//! `/sns/oauth2/refresh_token` (`GET`s), `/sns/userinfo`.

use super::{Answer, PLAIN, Received, answer, authorize, exactly};

/// WeChat's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/connect/qrconnect" => authorize(
            request,
            "appid",
            &["appid", "redirect_uri", "response_type", "scope", "state"],
        ),
        "/sns/oauth2/access_token" => token(request),
        "/sns/oauth2/refresh_token" => refresh(request),
        "/sns/userinfo" => answer(200, PLAIN, r#"{"errcode":40003,"errmsg":"invalid openid"}"#),
        _ => return None,
    })
}

/// WeChat's token endpoint: a `GET` whose query has `appid`, `secret`, `code` and `grant_type`.
fn token(request: &Received) -> Answer {
    if let Err(problem) = checked(request, &["appid", "secret", "code", "grant_type"]) {
        return problem;
    }
    match request.query("code") {
        Some("good") => answer(
            200,
            PLAIN,
            r#"{"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN","openid":"OPENID","scope":"snsapi_login","unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL"}"#,
        ),
        Some("used") => answer(
            200,
            PLAIN,
            r#"{"errcode":40163,"errmsg":"code been used, rid: 62bae58d-5bf58b34-5f8e035e"}"#,
        ),
        _ => answer(
            200,
            PLAIN,
            r#"{"errcode":40029,"errmsg":"invalid code, rid: 63106779-282330ba-5d5deaf3"}"#,
        ),
    }
}

/// WeChat's refresh endpoint: a `GET` whose query has `appid`, `grant_type` and
/// `refresh_token`.
fn refresh(request: &Received) -> Answer {
    if let Err(problem) = checked(request, &["appid", "grant_type", "refresh_token"]) {
        return problem;
    }
    match request.query("refresh_token") {
        Some("REFRESH_TOKEN") => answer(
            200,
            PLAIN,
            r#"{"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN","openid":"OPENID","scope":"SCOPE"}"#,
        ),
        _ => answer(
            200,
            PLAIN,
            r#"{"errcode":40030,"errmsg":"invalid refresh_token"}"#,
        ),
    }
}

fn checked(request: &Received, expected: &[&str]) -> Result<(), Answer> {
    let placed =
        request.method == "GET" && request.form.is_empty() && request.authorization.is_none();
    exactly(
        &request.query,
        expected,
        placed,
        "expected a GET with the parameters in its query only",
    )
    .map_err(|problem| {
        answer(
            200,
            PLAIN,
            format!(
                r#"{{"errcode":40035,"errmsg":{}}}"#,
                serde_json::to_string(&problem).expect("a string")
            ),
        )
    })
}
