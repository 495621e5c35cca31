//! The fake Feishu: `/feishu/open-apis/authen/v1/authorize`,
//! `/feishu/open-apis/authen/v2/oauth/token` (a `POST` of JSON).

use super::{Answer, JSON, Received, answer, authorize, exactly, parameters};

/// Feishu's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/feishu/open-apis/authen/v1/authorize" => authorize(
            request,
            "client_id",
            &["response_type", "client_id", "redirect_uri", "state"],
        ),
        "/feishu/open-apis/authen/v2/oauth/token" => token(request),
        _ => return None,
    })
}

/// Feishu's token endpoint: a `POST` of a JSON body with `grant_type`, `client_id`,
/// `client_secret`, `code` and `redirect_uri` (or `refresh_token`).
fn token(request: &Received) -> Answer {
    const REFRESH: &str = "eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA";
    let refresh = request.json("grant_type") == Some("refresh_token");
    let expected = parameters(refresh);
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
        // As a JSON string: the problem quotes the parameters' names.
        let problem = serde_json::to_string(&problem).expect("a string");
        return answer(
            400,
            JSON,
            format!(r#"{{"code":20063,"error":"invalid_request","error_description":{problem}}}"#),
        );
    }
    match (request.json("code"), request.json("refresh_token")) {
        (Some("good"), _) | (_, Some(REFRESH)) => answer(
            200,
            JSON,
            r#"{"code":0,"access_token":"eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg","expires_in":7200,"refresh_token":"eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA","refresh_token_expires_in":604800,"scope":"auth:user.id:read offline_access task:task:read user_profile","token_type":"Bearer"}"#,
        ),
        (Some("used"), _) => answer(
            400,
            JSON,
            r#"{"code":20065,"error":"invalid_grant","error_description":"The authorization code has been used."}"#,
        ),
        _ => answer(
            500,
            JSON,
            r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#,
        ),
    }
}
