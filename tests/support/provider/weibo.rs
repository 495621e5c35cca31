//! The fake Weibo: `/weibo/oauth2/authorize`, `/weibo/oauth2/access_token` (a `POST` of a
//! form), `/weibo/2/users/show.json`.

use super::{Answer, GOOD_TOKEN, JSON, Received, answer, authorize, exactly, parameters};

/// Weibo's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/weibo/oauth2/authorize" => authorize(
            request,
            "client_id",
            &["response_type", "client_id", "redirect_uri", "state"],
        ),
        "/weibo/oauth2/access_token" => token(request),
        "/weibo/2/users/show.json" => match request.query("access_token") {
            Some(GOOD_TOKEN) => answer(200, JSON, r#"{"id":6972314674,"idstr":"6972314674"}"#),
            _ => answer(
                401,
                JSON,
                r#"{"error":"expired_token","error_code":21327,"request":"/2/users/show.json"}"#,
            ),
        },
        _ => return None,
    })
}

/// Weibo's token endpoint: a `POST` whose form has `client_id`, `client_secret`, `grant_type`,
/// `code` and `redirect_uri`.
fn token(request: &Received) -> Answer {
    let placed =
        request.method == "POST" && request.query.is_empty() && request.authorization.is_none();
    let checked = exactly(
        &request.form,
        parameters(false),
        placed,
        "expected a POST with the parameters in its form only",
    );
    if let Err(problem) = checked {
        // As a JSON string: the problem quotes the parameters' names.
        let problem = serde_json::to_string(&problem).expect("a string");
        return answer(
            400,
            JSON,
            format!(
                r#"{{"error":"invalid_request","error_code":21323,"request":"/oauth2/access_token","error_description":{problem}}}"#
            ),
        );
    }
    match request.form("code") {
        Some("good") => answer(
            200,
            JSON,
            format!(
                r#"{{"access_token":"{GOOD_TOKEN}","remind_in":"157679999","expires_in":157679999,"uid":"6972314674","scope":"follow_app_official_microblog","isRealName":"true"}}"#
            ),
        ),
        Some("used") => answer(
            400,
            JSON,
            r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"invalid authorization code:used"}"#,
        ),
        _ => answer(
            400,
            JSON,
            r#"{"error":"miss client id or secret","error_code":21301,"request":"/oauth2/access_token"}"#,
        ),
    }
}
