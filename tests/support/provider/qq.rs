//! The fake QQ: `/qq/oauth2.0/authorize`, `/qq/oauth2.0/token` (a `GET`), `/qq/oauth2.0/me`,
//! `/qq/user/get_user_info`.

use super::{Answer, GOOD_TOKEN, JSON, Received, TEXT, answer, authorize, exactly, parameters};

/// QQ's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/qq/oauth2.0/authorize" => authorize(
            request,
            "client_id",
            &["response_type", "client_id", "redirect_uri", "state"],
        ),
        "/qq/oauth2.0/token" => token(request),
        "/qq/oauth2.0/me" => me(request),
        "/qq/user/get_user_info" => answer(
            200,
            JSON,
            r#"{"ret":100030,"msg":"用户没有对该api进行授权"}"#,
        ),
        _ => return None,
    })
}

/// QQ's `/oauth2.0/me`: the good token's openid, as JSONP (JSON with `fmt=json`).
fn me(request: &Received) -> Answer {
    let json = request.query("fmt") == Some("json");
    let body = match request.query("access_token") {
        Some(GOOD_TOKEN) if request.query("unionid") == Some("1") => {
            r#"{"client_id":"101234567","openid":"4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C","unionid":"UID_4F2C9A1B"}"#
        }
        Some(GOOD_TOKEN) => {
            r#"{"client_id":"101234567","openid":"4F2C9A1B0D8E7F6A5B4C3D2E1F0A9B8C"}"#
        }
        _ => r#"{"error":100016,"error_description":"access token check failed"}"#,
    };
    if json {
        answer(200, JSON, body)
    } else {
        answer(200, TEXT, format!("callback( {body} );\n"))
    }
}

/// QQ's token endpoint: a `GET` whose query has `grant_type`, `client_id`, `client_secret` and
/// `code` and `redirect_uri` (or `refresh_token`), and may have `fmt`.
fn token(request: &Received) -> Answer {
    let mut pairs = request.query.clone();
    pairs.retain(|(name, _)| name != "fmt");
    let refresh = request.query("grant_type") == Some("refresh_token");
    let expected = parameters(refresh);
    let checked = exactly(
        &pairs,
        expected,
        request.method == "GET" && request.form.is_empty(),
        "expected a GET with the parameters in its query",
    );
    if let Err(problem) = checked {
        // As a JSON string: the problem quotes the parameters' names.
        let problem = serde_json::to_string(&problem).expect("a string");
        return answer(
            200,
            TEXT,
            format!("callback( {{\"error\":100029,\"error_description\":{problem}}} );\n"),
        );
    }
    let json = request.query("fmt") == Some("json");
    let token = |refresh_token: &str| {
        if json {
            answer(
                200,
                JSON,
                format!(
                    r#"{{"access_token":"{GOOD_TOKEN}","expires_in":"7776000","refresh_token":"{refresh_token}"}}"#
                ),
            )
        } else {
            answer(
                200,
                TEXT,
                format!(
                    "access_token={GOOD_TOKEN}&expires_in=7776000&refresh_token={refresh_token}"
                ),
            )
        }
    };
    if refresh {
        return match request.query("refresh_token") {
            Some("R1") => token("R2"),
            _ => answer(
                200,
                TEXT,
                "callback( {\"error\":100042,\"error_description\":\"refresh token is illegal\"} );\n",
            ),
        };
    }
    match request.query("code") {
        Some("good") => token("R1"),
        Some("used") => answer(
            200,
            TEXT,
            "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
        ),
        Some("bad") => answer(
            200,
            TEXT,
            "error=100019&error_description=code%20to%20access%20token%20error",
        ),
        _ => answer(
            200,
            JSON,
            r#"{"error":100013,"error_description":"access token is illegal"}"#,
        ),
    }
}
