//! The fake Taobao: `/taobao/authorize` (RFC 6749's parameters and `view=web`) and
//! `/taobao/token` (RFC 6749's form `POST`), answering as TOP's docs quote it.

use super::{Answer, JSON, Received, answer, authorize, exactly, parameters};

/// Taobao's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/taobao/authorize" => authorize(
            request,
            "client_id",
            &[
                "response_type",
                "client_id",
                "redirect_uri",
                "state",
                "view",
            ],
        ),
        "/taobao/token" => token(request),
        _ => return None,
    })
}

/// The token endpoint: a `POST` of RFC 6749's form. The answer is T1 of the wire notes (a
/// token TOP answered in 2021); a used code gets the FAQ's `invalid_client` (its HTTP status is
/// not documented: 400 here).
fn token(request: &Received) -> Answer {
    let placed = request.method == "POST" && request.query.is_empty();
    if let Err(problem) = exactly(
        &request.form,
        parameters(false),
        placed,
        "expected a form POST",
    ) {
        return answer(
            400,
            JSON,
            format!(r#"{{"error":"invalid_request","error_description":"{problem}"}}"#),
        );
    }
    match request.form("code") {
        Some("good") => answer(
            200,
            JSON,
            r#"{"w1_expires_in":15552000,"refresh_token_valid_time":1629099007907,"taobao_user_nick":"mday%E6%97%97%E8%88%B0%E5%BA%97","re_expires_in":0,"expire_time":1644651007907,"token_type":"Bearer","access_token":"62008075ad4f736ZZf6ffa49ff975b2b7d6a9e4ef8f29ba2207644947909","taobao_open_uid":"AAHa7xgfANpuroaKi4u7Muqf","w1_valid":1644651007907,"refresh_token":"6200407c3401a24ZZ0afd07ca8d389eb506eeb51d62f0a82207644947909","w2_expires_in":15552000,"w2_valid":1644651007907,"r1_expires_in":15552000,"r2_expires_in":15552000,"r2_valid":1644651007907,"r1_valid":1644651007907,"taobao_user_id":"2207644947909","expires_in":15552000}"#,
        ),
        _ => answer(
            400,
            JSON,
            r#"{"error":"invalid_client","error_description":"authorize code qexkqiJRNXJXEPTjPTWYYsK5486529 invalidate,please authorize again."}"#,
        ),
    }
}
