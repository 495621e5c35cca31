//! The fake Baidu: `/oauth/2.0/authorize`, `/oauth/2.0/token` (`GET`s, for the code and the
//! refresh), `/rest/2.0/passport/users/getInfo`, answering with the examples of Baidu's OAuth
//! page (`tests/data/baidu/wire.md`).

use super::{Answer, JSON, Received, answer, authorize, exactly, parameters};

/// The access token of Baidu's example token answer.
pub const BAIDU_TOKEN: &str = "1.a6b7dbd428f731035f771b8d15063f61.86400.1292922000-2346678-124328";

/// The refresh token of Baidu's example token answer (good once).
pub const BAIDU_REFRESH_TOKEN: &str =
    "2.385d55f8615fdfd9edb7c4b5ebdc3e39.604800.1293440400-2346678-124328";

/// Baidu's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/oauth/2.0/authorize" => authorize(
            request,
            "client_id",
            &["response_type", "client_id", "redirect_uri", "state"],
        ),
        "/oauth/2.0/token" => token(request),
        "/rest/2.0/passport/users/getInfo" => user_info(request),
        _ => return None,
    })
}

/// The token endpoint: a `GET` whose query has RFC 6749's parameters (`grant_type`, `code`,
/// `client_id`, `client_secret`, `redirect_uri`; for a refresh `refresh_token` and no
/// `code` or `redirect_uri`).
fn token(request: &Received) -> Answer {
    let refresh = request.query("grant_type") == Some("refresh_token");
    let placed = request.method == "GET"
        && request.form.is_empty()
        && request.json.is_empty()
        && request.authorization.is_none();
    if let Err(problem) = exactly(
        &request.query,
        parameters(refresh),
        placed,
        "expected a GET with the parameters in its query",
    ) {
        let problem = serde_json::to_string(&problem).expect("a string");
        return answer(
            400,
            JSON,
            format!(r#"{{"error":"invalid_request","error_description":{problem}}}"#),
        );
    }
    let token = |refresh_token: &str| {
        answer(
            200,
            JSON,
            format!(
                r#"{{
     "access_token":  "1.a6b7dbd428f731035f771b8d15063f61.86400.1292922000-2346678-124328",
     "expires_in":  86400,
     "refresh_token":  "{refresh_token}",
     "scope":  "basic  email",
     "session_key":  "ANXxSNjwQDugf8615OnqeikRMu2bKaXCdlLxn",
     "session_secret":  "248APxvxjCZ0VEC43EYrvxqaK4oZExMB"
}}"#
            ),
        )
    };
    if refresh {
        // The refresh section's example: a new refresh token; the one used is spent.
        return match request.query("refresh_token") {
            Some(BAIDU_REFRESH_TOKEN) => {
                token("2.af3d55f8615fdfd9edb7c4b5ebdc3e32.604800.1293440400-2346678-124328")
            }
            _ => answer(
                400,
                JSON,
                r#"{
     "error": "expired_token",
     "error_description": "refresh token has been used"
}"#,
            ),
        };
    }
    match request.query("code") {
        Some("good") => token(BAIDU_REFRESH_TOKEN),
        // The old wiki page's example (the copies cut its closing brace).
        _ => answer(
            400,
            JSON,
            r#"{
   "error": "invalid_grant",
   "error_description": "Invalid authorization code: ANXxSNjwQDugOnqeikRMu2bKaXCdlLxn"
}"#,
        ),
    }
}

/// The user-info endpoint: a `GET` with `access_token` and `get_unionid=1`.
fn user_info(request: &Received) -> Answer {
    let placed = request.method == "GET"
        && request.form.is_empty()
        && request.json.is_empty()
        && request.authorization.is_none()
        && request.query("get_unionid") == Some("1");
    if exactly(&request.query, &["access_token", "get_unionid"], placed, "").is_err() {
        // The user-info section's error example.
        return answer(
            200,
            JSON,
            r#"{
     "error_code": "100",
     "error_msg": "Invalid parameter"
}"#,
        );
    }
    match request.query("access_token") {
        // The user-info section's example.
        Some(BAIDU_TOKEN) => answer(
            200,
            JSON,
            r#"{
     "openid": "oPXyY4O0ZTmUqSX4MRxYDDCccT6Kc9E",
     "unionid": "uA91qQ6gAISTuy0mMqoeh7lZ0w6x478",
     "userid": "2097322476",
     "username": "u***9",
     "userdetail": "喜欢自由",
     "birthday": "1987-01-01",
     "marriage": "0",
     "sex": "1",
     "blood": "3",
     "is_bind_mobile": "1",
     "is_realname": "1"
}"#,
        ),
        // A row of the OpenAPI table, in the section's error shape.
        _ => answer(
            200,
            JSON,
            r#"{"error_code":111,"error_msg":"Access token expired"}"#,
        ),
    }
}
