//! The fake WeChat mini-program login: `/sns/jscode2session` (a `GET`), answering with the
//! bodies of `tests/data/wechat-miniprogram/wire.md`.

use super::{Answer, PLAIN, Received, answer, exactly};

/// WeChat's answer to `request`, when it is for the mini-program login.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    (request.path == "/sns/jscode2session").then(|| code_to_session(request))
}

/// code2Session: a `GET` whose query has `appid`, `secret`, `js_code` and
/// `grant_type=authorization_code`, and nothing else.
fn code_to_session(request: &Received) -> Answer {
    let placed = request.method == "GET"
        && request.form.is_empty()
        && request.json.is_empty()
        && request.authorization.is_none()
        && request.query("grant_type") == Some("authorization_code");
    if let Err(problem) = exactly(
        &request.query,
        &["appid", "secret", "js_code", "grant_type"],
        placed,
        "expected a GET with the parameters in its query only",
    ) {
        return answer(
            200,
            PLAIN,
            format!(
                r#"{{"errcode":40035,"errmsg":{}}}"#,
                serde_json::to_string(&problem).expect("a string")
            ),
        );
    }
    let body = match request.query("js_code") {
        // The 第三方平台 page's example success (the code2Session page's has `xxxxx` values).
        Some("good") => {
            r#"{"openid": "OPENID", "session_key": "SESSIONKEY", "unionid":"oHAUs6LSuwgHq-mlnFrffKXw3QYM"}"#
        }
        // Bodies WeChat sent (开放社区 posts).
        Some("used") => {
            r#"{"errcode":40163,"errmsg":"code been used, rid: 6166f719-6cb5d09c-633ab469"}"#
        }
        Some("blocked") => {
            r#"{"errcode":40226,"errmsg":"code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]"}"#
        }
        _ => r#"{"errcode":40029,"errmsg":"invalid code, rid: 652d44d0-1d0af18b-5b069232"}"#,
    };
    answer(200, PLAIN, body)
}
