//! The fake DingTalk, at its hosts (see `Routed`): `/login.dingtalk.com/oauth2/auth`,
//! `/api.dingtalk.com/v1.0/oauth2/userAccessToken` (a `POST` of JSON),
//! `/api.dingtalk.com/v1.0/contact/users/me`, `/oapi.dingtalk.com/topapi/v2/user/get`. Every
//! body it answers is one DingTalk's pages or a report quote (`tests/data/dingtalk/wire.md`).

use super::{Answer, JSON, Received, answer, authorize_as, exactly};

/// The user token the fake DingTalk issues (its docs' example value).
const ACCESS_TOKEN: &str = "abcd";
/// A user token without the `Contact.User.Read` permission.
const TOKEN_WITHOUT_PERMISSION: &str = "no-contact-permission";
/// The refresh token the fake DingTalk issues.
const REFRESH_TOKEN: &str = "refresh-abcd";

/// DingTalk's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/login.dingtalk.com/oauth2/auth" => authorize(request),
        "/api.dingtalk.com/v1.0/oauth2/userAccessToken" => token(request),
        "/api.dingtalk.com/v1.0/contact/users/me" => me(request),
        "/oapi.dingtalk.com/topapi/v2/user/get" => answer(
            200,
            JSON,
            r#"{"errcode":88,"sub_code":"40014","sub_msg":"不合法的access_token"}"#,
        ),
        _ => return None,
    })
}

/// The authorization page: a `GET` with `redirect_uri`, `response_type=code`, `client_id`,
/// `scope`, `state` and `prompt=consent`, redirected back with `authCode` and the state.
fn authorize(request: &Received) -> Answer {
    let fixed = request.query("response_type") == Some("code")
        && request.query("prompt") == Some("consent");
    if !fixed {
        return answer(
            400,
            JSON,
            refused("expected response_type=code and prompt=consent"),
        );
    }
    authorize_as(
        request,
        "client_id",
        &[
            "redirect_uri",
            "response_type",
            "client_id",
            "scope",
            "state",
            "prompt",
        ],
        "authCode",
    )
}

/// The token endpoint: a `POST` of a JSON body (`Content-Type: application/json`, nothing in
/// the query, no `Authorization`) with `clientId`, `clientSecret`, `grantType` and `code` (or
/// `refreshToken`).
fn token(request: &Received) -> Answer {
    let refresh = request.json("grantType") == Some("refresh_token");
    let expected: &[&str] = if refresh {
        &["clientId", "clientSecret", "grantType", "refreshToken"]
    } else {
        &["clientId", "clientSecret", "code", "grantType"]
    };
    let json = request
        .content_type
        .as_deref()
        .is_some_and(|value| value.starts_with("application/json"));
    let grant = matches!(
        request.json("grantType"),
        Some("authorization_code" | "refresh_token")
    );
    let checked = exactly(
        &request.json,
        expected,
        request.method == "POST"
            && json
            && grant
            && request.query.is_empty()
            && request.authorization.is_none(),
        "expected a POST of a JSON body with a grantType, and no Authorization",
    );
    if let Err(problem) = checked {
        return answer(400, JSON, refused(&problem));
    }
    let token = |refresh_token: &str| {
        answer(
            200,
            JSON,
            format!(
                r#"{{
  "accessToken" : "{ACCESS_TOKEN}",
  "refreshToken" : "{refresh_token}",
  "expireIn" : 7200,
  "corpId" : "corpxxxx"
}}"#
            ),
        )
    };
    match (request.json("code"), request.json("refreshToken")) {
        (Some("good"), _) => token(REFRESH_TOKEN),
        (_, Some(REFRESH_TOKEN)) => token("refresh-abcd-2"),
        // What DingTalk answers for another refresh token is not documented: the fake refuses
        // it as it refuses a malformed request.
        (_, Some(_)) => answer(400, JSON, refused("an unknown refresh token")),
        _ => answer(
            400,
            JSON,
            r#"{"code":"invalidParameter.authCode.notFound",
"requestid":"41F9E66B-D90D-7BC8-B310-F623AD572894",
"message":"不合法的临时授权码"}"#,
        ),
    }
}

/// `contact/users/me`: a `GET` with the token in `x-acs-dingtalk-access-token` only.
fn me(request: &Received) -> Answer {
    if !(request.method == "GET" && request.query.is_empty() && request.authorization.is_none()) {
        return answer(
            400,
            JSON,
            refused("expected a GET with the token in its header only"),
        );
    }
    match request.header("x-acs-dingtalk-access-token") {
        None => answer(
            400,
            JSON,
            r#"{"code":"AuthenticationFailed.MissingParameter","message":"缺少参数：x-acs-dingtalk-access-token"}"#,
        ),
        Some(ACCESS_TOKEN) => answer(
            200,
            JSON,
            r#"{
  "nick" : "zhangsan",
  "avatarUrl" : "https://xxx",
  "mobile" : "150xxxx9144",
  "openId" : "123",
  "unionId" : "z21HjQliSzpw0Yxxxx",
  "email" : "zhangsan@alibaba-inc.com",
  "stateCode" : "86"
}"#,
        ),
        Some(TOKEN_WITHOUT_PERMISSION) => answer(
            403,
            "application/json;charset=utf-8",
            r#"{
	"code": "Forbidden.AccessDenied.AccessTokenPermissionDenied",
	"requestid": "MASK",
	"message": "没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp-server/add-api-permission",
	"accessdenieddetail": {
		"requiredScopes": [
			"Contact.User.Read"
		]
	}
}"#,
        ),
        Some(_) => answer(
            400,
            JSON,
            r#"{"code":"InvalidAuthentication","message":"不合法的access_token"}"#,
        ),
    }
}

/// The fake's answer to a request DingTalk would not take, saying why (DingTalk's pages give
/// no body for it: the fake's own `code`).
fn refused(problem: &str) -> String {
    serde_json::json!({ "code": "fake.requestRefused", "message": problem }).to_string()
}
