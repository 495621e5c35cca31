//! The fake WeCom, at its hosts (see `Routed`): the web login page
//! `/login.work.weixin.qq.com/wwlogin/sso/login`, the in-client authorization page
//! `/open.weixin.qq.com/connect/oauth2/authorize`, `/qyapi.weixin.qq.com/cgi-bin/gettoken` and
//! `/qyapi.weixin.qq.com/cgi-bin/auth/getuserinfo` (`GET`s). Every body it answers is one
//! WeCom's pages or a report quote (`tests/data/wecom/wire.md`).

use super::{Answer, JSON, Received, answer, authorize, exactly};

/// The app token the fake WeCom issues (its docs' example value).
const ACCESS_TOKEN: &str = "accesstoken000001";

/// WeCom's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/login.work.weixin.qq.com/wwlogin/sso/login" => {
            if request.query("login_type") != Some("CorpApp") {
                return Some(answer(400, JSON, refused("expected login_type=CorpApp")));
            }
            authorize(
                request,
                "appid",
                &["login_type", "appid", "agentid", "redirect_uri", "state"],
            )
        }
        "/open.weixin.qq.com/connect/oauth2/authorize" => {
            let fixed = request.query("response_type") == Some("code")
                && request.query("scope") == Some("snsapi_base");
            if !fixed {
                return Some(answer(
                    400,
                    JSON,
                    refused("expected response_type=code and scope=snsapi_base"),
                ));
            }
            authorize(
                request,
                "appid",
                &[
                    "appid",
                    "redirect_uri",
                    "response_type",
                    "scope",
                    "state",
                    "agentid",
                ],
            )
        }
        "/qyapi.weixin.qq.com/cgi-bin/gettoken" => gettoken(request),
        "/qyapi.weixin.qq.com/cgi-bin/auth/getuserinfo" => getuserinfo(request),
        _ => return None,
    })
}

/// Whether `request` is a `GET` with exactly `expected` in its query (and no body).
fn checked(request: &Received, expected: &[&str]) -> Result<(), String> {
    exactly(
        &request.query,
        expected,
        request.method == "GET" && request.form.is_empty() && request.json.is_empty(),
        "expected a GET with the parameters in its query",
    )
}

/// `gettoken`: `corpid` and `corpsecret` in the query.
fn gettoken(request: &Received) -> Answer {
    if let Err(problem) = checked(request, &["corpid", "corpsecret"]) {
        return answer(200, JSON, refused(&problem));
    }
    match (request.query("corpid"), request.query("corpsecret")) {
        (Some("WWCorpId"), Some("wecom secret")) => answer(
            200,
            JSON,
            format!(
                r#"{{
 "errcode": 0,
 "errmsg": "ok",
 "access_token": "{ACCESS_TOKEN}",
 "expires_in": 7200
}}"#
            ),
        ),
        // Any other credentials: as from a server WeCom does not trust.
        _ => answer(
            200,
            JSON,
            r#"{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1709402398118372241469842], from ip: 117.152.88.49, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}"#,
        ),
    }
}

/// `auth/getuserinfo`: `access_token` and `code` in the query.
fn getuserinfo(request: &Received) -> Answer {
    if let Err(problem) = checked(request, &["access_token", "code"]) {
        return answer(200, JSON, refused(&problem));
    }
    if request.query("access_token") != Some(ACCESS_TOKEN) {
        return answer(
            200,
            JSON,
            r#"{
"ip_list":[],
"errcode":42001,
"errmsg":"access_token expired, hint: [1576065934_28_e0fae07666aa64636023c1fa7e8f49a4], from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=42001"
}"#,
        );
    }
    match request.query("code") {
        Some("good") => answer(
            200,
            JSON,
            r#"{
 "errcode": 0,
 "errmsg": "ok",
 "userid":"USERID",
 "user_ticket": "USER_TICKET"
}"#,
        ),
        Some("outsider") => answer(
            200,
            JSON,
            r#"{
 "errcode": 0,
 "errmsg": "ok",
 "openid":"OPENID",
 "external_userid":"EXTERNAL_USERID"
}"#,
        ),
        _ => answer(200, JSON, r#"{"errcode": 40029, "errmsg": "invalid code"}"#),
    }
}

/// The fake's answer to a request WeCom would not take, saying why (WeCom's pages give no body
/// for it: the fake's own `errcode`, which no table has).
fn refused(problem: &str) -> String {
    serde_json::json!({ "errcode": -999_999, "errmsg": problem }).to_string()
}
