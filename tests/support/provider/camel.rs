//! A fake provider the crate does not ship, for `tests/custom_provider.rs`: its token endpoint
//! (`/camel/token`) takes a `POST` of a JSON body with camelCase names and answers camelCase,
//! as DingTalk's does; its errors are `{"code":"…","message":"…","requestid":"…"}` with 400.

use super::{Answer, JSON, Received, answer, authorize, exactly};

/// The camel provider's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/camel/auth" => authorize(
            request,
            "client_id",
            &[
                "response_type",
                "client_id",
                "redirect_uri",
                "state",
                "prompt",
            ],
        ),
        "/camel/token" => token(request),
        _ => return None,
    })
}

/// The token endpoint: `clientId`, `clientSecret`, `grantType` and `code` or `refreshToken`,
/// in a JSON body.
fn token(request: &Received) -> Answer {
    let refresh = request.json("grantType") == Some("refresh_token");
    let expected: &[&str] = if refresh {
        &["clientId", "clientSecret", "grantType", "refreshToken"]
    } else {
        &["clientId", "clientSecret", "grantType", "code"]
    };
    let json = request
        .content_type
        .as_deref()
        .is_some_and(|value| value.starts_with("application/json"));
    let placed =
        request.method == "POST" && json && request.query.is_empty() && request.form.is_empty();
    if let Err(problem) = exactly(
        &request.json,
        expected,
        placed,
        "expected a POST of a JSON body",
    ) {
        let body =
            serde_json::json!({"code": "invalidParameter", "message": problem, "requestid": "R0"});
        return answer(400, JSON, body.to_string());
    }
    let token = |refresh: &str| {
        answer(
            200,
            JSON,
            format!(
                r#"{{"accessToken":"AT-CAMEL","refreshToken":"{refresh}","expireIn":7200,"corpId":"ding1234"}}"#
            ),
        )
    };
    match (request.json("code"), request.json("refreshToken")) {
        (Some("good"), _) => token("RT1"),
        (_, Some("RT1")) => token("RT2"),
        _ => answer(
            400,
            JSON,
            r#"{"code":"invalidParameter.authCode.notFound","message":"不合法的临时授权码","requestid":"4AC0D68A"}"#,
        ),
    }
}
