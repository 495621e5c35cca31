//! From a response body to a typed error: the shapes Weibo and QQ really send, what is not an
//! error response, and property tests that nothing panics on any body.

use oauth_errors::{
    MAX_BODY_LEN, ParseError, QqApiError, QqError, WeiboApiError, WeiboError, qq, wechat, weibo,
};
use proptest::prelude::*;

#[test]
fn weibo_json_with_every_field() {
    let body = r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"invalid authorization code:8dd1b1e9f6c2e9a3"}"#;
    let response = weibo::ErrorResponse::parse(body).unwrap();
    assert_eq!(response.known(), Some(WeiboError::InvalidGrant));
    assert_eq!(response.code(), Some(21325));
    assert_eq!(response.error(), Some("invalid_grant"));
    assert_eq!(
        response.message(),
        Some("invalid authorization code:8dd1b1e9f6c2e9a3")
    );
    assert_eq!(response.request(), Some("/oauth2/access_token"));
    assert_eq!(response.error_uri(), Some("/oauth2/access_token"));
    assert_eq!(
        response.to_string(),
        "Weibo error 21325 invalid_grant: 提供的Access Grant是无效的、过期的或已撤销的 \
         (invalid authorization code:8dd1b1e9f6c2e9a3)"
    );
}

#[test]
fn weibo_without_a_description_and_with_a_string_code() {
    let response =
        weibo::ErrorResponse::parse(r#"{"error":"expired_token","error_code":21327}"#).unwrap();
    assert_eq!(response.known(), Some(WeiboError::ExpiredToken));
    assert_eq!(response.message(), None);
    assert_eq!(response.request(), None);

    let response = weibo::ErrorResponse::parse(
        r#"{"request":"/2/users/show.json","error_code":"20502","error":"Need you follow uid."}"#,
    )
    .unwrap();
    assert_eq!(response.code(), Some(20502));
    assert_eq!(response.error(), Some("Need you follow uid."));
    // 20502 is an API error, not in the OAuth table: not known, but an API error; the code
    // and message stay as sent.
    assert_eq!(response.known(), None);
    assert_eq!(response.api(), Some(WeiboApiError::TargetUserRequired));

    let response = weibo::ErrorResponse::parse(r#"{"error_code":"10025","error":"?"}"#).unwrap();
    assert_eq!((response.known(), response.api()), (None, None));
    assert_eq!(response.to_string(), "Weibo error 10025: ?");
}

#[test]
fn weibo_known_by_error_id_alone_and_free_text_kept() {
    let response = weibo::ErrorResponse::parse(r#"{"error":"access_denied"}"#).unwrap();
    assert_eq!(response.known(), Some(WeiboError::AccessDenied));
    assert_eq!(response.code(), None);

    let response = weibo::ErrorResponse::parse(
        r#"{"error":"redirect_uri_mismatch: http://example.com is not bound","error_code":21322}"#,
    )
    .unwrap();
    // The code names the error even when `error` is free text.
    assert_eq!(response.known(), Some(WeiboError::RedirectUriMismatch));
    assert_eq!(
        response.error(),
        Some("redirect_uri_mismatch: http://example.com is not bound")
    );
}

#[test]
fn qq_every_shape() {
    let shapes = [
        "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );",
        "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
        r#"{"error":100020,"error_description":"code is reused error"}"#,
        "error=100020&error_description=code+is+reused+error",
        "error=100020&error_description=code%20is%20reused%20error\n",
    ];
    for body in shapes {
        let response = qq::ErrorResponse::parse(body).unwrap_or_else(|e| panic!("{body:?}: {e}"));
        assert_eq!(response.known(), Some(QqError::CodeReused), "{body:?}");
        assert_eq!(response.code(), Some(100_020));
        assert_eq!(response.error(), Some("100020"));
        assert_eq!(response.message(), Some("code is reused error"));
        assert_eq!(
            response.to_string(),
            "QQ error 100020: code被重复使用。 (code is reused error)"
        );
    }
    let response =
        qq::ErrorResponse::parse("error=100019&error_description=%E7%94%A8code%E6%8D%A2%E5%8F%96")
            .unwrap();
    assert_eq!(response.known(), Some(QqError::CodeExchangeFailed));
    assert_eq!(response.message(), Some("用code换取"));
}

#[test]
fn qq_openapi_answers() {
    let response = qq::ErrorResponse::parse(
        r#"{"ret":100030,"msg":"用户没有对该api进行授权，或用户在腾讯侧删除了该api的权限"}"#,
    )
    .unwrap();
    assert_eq!(response.known(), Some(QqError::ApiNotAuthorizedByUser));
    assert_eq!(response.code(), Some(100_030));
    assert_eq!(response.error(), None);
    assert!(response.message().unwrap().starts_with("用户没有"));

    // OpenAPI's own `ret` space.
    let response = qq::ErrorResponse::parse(r#"{"ret":-23,"msg":"token is invalid"}"#).unwrap();
    assert_eq!(response.known(), None);
    assert_eq!(response.api(), Some(QqApiError::InvalidOpenKey));
    assert_eq!(response.code(), Some(-23));
    assert_eq!(
        response.to_string(),
        "QQ error -23: openkey不合法。注意校验规则详见概念和术语#2.2 OpenKey。 (token is invalid)"
    );

    // An unknown code is kept.
    let response = qq::ErrorResponse::parse(r#"{"ret":-13,"msg":"?"}"#).unwrap();
    assert_eq!((response.known(), response.api()), (None, None));
    assert_eq!(response.code(), Some(-13));
    assert_eq!(response.to_string(), "QQ error -13: ?");
}

#[test]
fn weibo_api_answers() {
    // The example body of Weibo's `Error_code` page: `error` is an English message, and
    // `error_code` a string.
    let body = r#"{"request":"/statuses/home_timeline.json","error_code":"20502","error":"Need you follow uid."}"#;
    let response = weibo::ErrorResponse::parse(body).unwrap();
    assert_eq!(response.known(), None);
    assert_eq!(response.api(), Some(WeiboApiError::TargetUserRequired));
    assert_eq!(response.request(), Some("/statuses/home_timeline.json"));
    assert_eq!(
        response.to_string(),
        "Weibo error 20502: 必须输入目标用户id或者screen_name (Need you follow uid.)"
    );
    // An OAuth error of an API call: both tables know 21327; the OAuth one is shown.
    let body = r#"{"error":"expired_token","error_code":21327,"request":"/2/users/show.json"}"#;
    let response = weibo::ErrorResponse::parse(body).unwrap();
    assert_eq!(response.known(), Some(WeiboError::ExpiredToken));
    assert_eq!(response.api(), Some(WeiboApiError::AccessTokenExpired));
    assert_eq!(
        response.to_string(),
        "Weibo error 21327 expired_token: token过期"
    );
    // 21332, which the published OAuth table lacks.
    let body =
        r#"{"error":"invalid_access_token","error_code":21332,"request":"/2/users/show.json"}"#;
    let response = weibo::ErrorResponse::parse(body).unwrap();
    assert_eq!(response.known(), Some(WeiboError::InvalidAccessToken));
    assert_eq!(response.api(), None);
}

/// Whether `result` is the success of `field`.
fn success<T>(result: &Result<T, ParseError>, field: &str) -> bool {
    matches!(result, Err(ParseError::Success { field: found }) if *found == field)
}

#[test]
fn success_bodies_are_not_errors() {
    assert!(success(
        &weibo::ErrorResponse::parse(
            r#"{"access_token":"2.00Jx","remind_in":"798114","expires_in":157679999,"uid":"1234"}"#
        ),
        "access_token"
    ));
    assert!(success(
        &qq::ErrorResponse::parse(
            "access_token=FE04CCE2&expires_in=7776000&refresh_token=88E4BE14"
        ),
        "access_token"
    ));
    assert!(success(
        &qq::ErrorResponse::parse(
            "callback( {\"client_id\":\"YOUR_APPID\",\"openid\":\"YOUR_OPENID\"} );\n"
        ),
        "openid"
    ));
    assert!(success(
        &qq::ErrorResponse::parse(r#"{"ret":0,"msg":"","nickname":"Peter"}"#),
        "ret"
    ));
    assert_eq!(
        qq::ErrorResponse::parse(r#"{"ret":0}"#)
            .unwrap_err()
            .to_string(),
        "the body is a success response (by its `ret`), not an error"
    );
}

#[test]
fn garbage_says_what_it_is_without_quoting_it() {
    let error =
        weibo::ErrorResponse::parse("<html><body>502 Bad Gateway</body></html>").unwrap_err();
    assert_eq!(
        error.to_string(),
        "the body is not an error response: not JSON, JSONP or url-encoded: 41 bytes, starting \
         with `<`"
    );
    let error = qq::ErrorResponse::parse(r#"{"id":1,"name":"x"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the body has no error fields: it is an object with the keys `id`, `name`"
    );
    let error = weibo::ErrorResponse::parse(r#"{"error":"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the body is not an error response: the JSON ends early (at line 1, column 9)"
    );
    assert_eq!(qq::ErrorResponse::parse(""), Err(ParseError::Empty));
    // A field that is `null` is not there.
    assert!(success(
        &weibo::ErrorResponse::parse(r#"{"error":null,"error_code":null,"access_token":"x"}"#),
        "access_token"
    ));
    // A token in a body that is not the provider's: its value is not quoted.
    let error = weibo::ErrorResponse::parse("access_token=AT-SECRET-0123456789 x").unwrap_err();
    assert!(!error.to_string().contains("AT-SECRET"), "{error}");
    assert!(!format!("{error:?}").contains("AT-SECRET"), "{error:?}");
    let error = weibo::ErrorResponse::parse(r#"{"error_code":"SECRET-CODE"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the body has no error fields: it is an object whose `error_code` is a string of 11 \
         characters that is no code"
    );
}

#[test]
fn an_error_wins_over_a_token_and_the_success_code_over_everything() {
    // A blank error is no error: a token.
    let token = r#"{"access_token":"x","expires_in":7776000,"error":""}"#;
    assert!(success(&weibo::ErrorResponse::parse(token), "access_token"));
    assert!(success(&qq::ErrorResponse::parse(token), "access_token"));
    // QQ's `error` 0 (成功) is its success code.
    assert!(success(
        &qq::ErrorResponse::parse("access_token=FE04&expires_in=7776000&error=0"),
        "error"
    ));
    assert!(success(
        &qq::ErrorResponse::parse("callback( {\"error\":0} );"),
        "error"
    ));
    // An error beside a token is an error: a body is read closed, never as a login.
    let response = qq::ErrorResponse::parse(r#"{"openid":"4F2C","error":100020}"#).unwrap();
    assert_eq!(response.known(), Some(QqError::CodeReused));
    let response = wechat::ErrorResponse::parse(
        r#"{"errcode":40029,"errmsg":"invalid code","access_token":""}"#,
    )
    .unwrap();
    assert_eq!(response.code(), Some(40029));
    let response = wechat::ErrorResponse::parse(
        r#"{"errcode":40029,"errmsg":"invalid code","access_token":"AT"}"#,
    )
    .unwrap();
    assert_eq!(response.code(), Some(40029));
    // Weibo lists no success code: its `error_code` 0 is a code like any other.
    let response =
        weibo::ErrorResponse::parse(r#"{"access_token":"2.00Jx","error_code":0}"#).unwrap();
    assert_eq!(response.code(), Some(0));
    // The success code as a number or a string of one, `-0` included; a number that is not an
    // integer is no code.
    for body in [
        r#"{"ret":0}"#,
        r#"{"ret":-0}"#,
        r#"{"ret":"0"}"#,
        r#"{"ret":" 0 "}"#,
    ] {
        assert!(success(&qq::ErrorResponse::parse(body), "ret"), "{body}");
    }
    for body in [r#"{"ret":0.0}"#, r#"{"ret":0e2}"#] {
        assert!(
            matches!(
                qq::ErrorResponse::parse(body),
                Err(ParseError::NotAnError { .. })
            ),
            "{body}"
        );
    }
}

#[test]
fn an_error_needs_a_usable_error_field() {
    let cases: [(&str, &str); 6] = [
        (r#"{"error":{}}"#, "an object whose `error` is an object"),
        (
            r#"{"error":""}"#,
            "an object whose `error` is a blank string",
        ),
        (r#"{"error":false}"#, "an object whose `error` is a boolean"),
        (
            "error_code=",
            "an object whose `error_code` is a blank string",
        ),
        (
            r#"{"error_code":"abc"}"#,
            "an object whose `error_code` is a string of 3 characters that is no code",
        ),
        (
            r#"{"error_code":21325.5}"#,
            "an object whose `error_code` is a number that is not an integer",
        ),
    ];
    for (body, found) in cases {
        assert_eq!(
            weibo::ErrorResponse::parse(body),
            Err(ParseError::NotAnError {
                found: found.to_owned()
            }),
            "{body}"
        );
    }
    assert_eq!(
        qq::ErrorResponse::parse(r#"{"error":[],"ret":"x"}"#),
        Err(ParseError::NotAnError {
            found: "an object whose `error` is an array".to_owned()
        })
    );
    // One usable field is enough; the others are left out.
    let response = weibo::ErrorResponse::parse(r#"{"error":{},"error_code":"21327"}"#).unwrap();
    assert_eq!(response.known(), Some(WeiboError::ExpiredToken));
    assert_eq!(response.error(), None);
    let response = qq::ErrorResponse::parse(r#"{"error":"","ret":-23}"#).unwrap();
    assert_eq!(response.code(), Some(-23));
}

#[test]
fn bodies_over_the_limit_are_refused_unread() {
    let padding = " ".repeat(MAX_BODY_LEN);
    let body = format!("{{\"error\":100020}}{padding}");
    assert_eq!(
        qq::ErrorResponse::parse(&body),
        Err(ParseError::TooLarge { len: body.len() })
    );
    // At the limit, it is read.
    let body = format!("{{\"error\":100020}}{}", &padding[..MAX_BODY_LEN - 16]);
    assert_eq!(body.len(), MAX_BODY_LEN);
    assert!(qq::ErrorResponse::parse(&body).is_ok());
}

/// Bodies made of the pieces real responses are made of, in any order.
fn body_like() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "callback(",
        ");",
        "(",
        ")",
        "error",
        "error_code",
        "ret",
        "msg",
        "=",
        "&",
        "%",
        "%E7",
        "100020",
        "-1",
        "21325",
        "\"20502\"",
        " ",
        "\n",
        "null",
        "true",
        "1e400",
        "\\u0000",
        "\\",
        "成",
        "access_token",
        "openid",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// A valid body of either provider, then cut, doubled or spliced.
fn mutated() -> impl Strategy<Value = String> {
    let bodies = prop::sample::select(vec![
        r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"x"}"#,
        "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n",
        "error=100019&error_description=%E7%94%A8code",
        r#"{"ret":100030,"msg":"no"}"#,
    ]);
    (bodies, 0usize..200, 0usize..200, body_like()).prop_map(|(body, a, b, insert)| {
        let cut = |at: usize| {
            let mut at = at.min(body.len());
            while !body.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let (a, b) = (cut(a), cut(b));
        format!("{}{insert}{}", &body[..a.min(b)], &body[a.max(b)..])
    })
}

/// Every body a parser accepts serializes to a body that parses back to the same response.
fn round_trips(body: &str) {
    if let Ok(response) = weibo::ErrorResponse::parse(body) {
        let json = serde_json::to_string(&response).unwrap();
        assert_eq!(
            serde_json::from_str::<weibo::ErrorResponse>(&json).ok(),
            Some(response.clone()),
            "{body} → {json}"
        );
        assert_eq!(
            weibo::ErrorResponse::parse(&json),
            Ok(response),
            "{body} → {json}"
        );
    }
    if let Ok(response) = qq::ErrorResponse::parse(body) {
        let json = serde_json::to_string(&response).unwrap();
        assert_eq!(
            qq::ErrorResponse::parse(&json),
            Ok(response),
            "{body} → {json}"
        );
    }
}

fn never_panics(body: &str) {
    round_trips(body);
    for result in [
        weibo::ErrorResponse::parse(body).map(|r| r.to_string()),
        qq::ErrorResponse::parse(body).map(|r| r.to_string()),
    ] {
        // One line, whatever the body holds: no control character reaches a log.
        let text = result.unwrap_or_else(|error| error.to_string());
        assert!(!text.is_empty());
        assert!(!text.chars().any(char::is_control), "{text:?}");
    }
}

/// A JSON object of the fields error bodies have, each with a value of any JSON type.
fn error_fields() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "error",
        "error_code",
        "error_description",
        "ret",
        "msg",
        "request",
        "error_uri",
    ]);
    let value = prop_oneof![
        any::<String>().prop_map(serde_json::Value::from),
        "[a-z_ ]{0,12}".prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(|integer| serde_json::Value::from(integer.to_string())),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        any::<bool>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
        Just(serde_json::json!({})),
    ];
    prop::collection::btree_map(key, value, 0..6)
        .prop_map(|fields| serde_json::to_string(&fields).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn accepted_bodies_round_trip(body in error_fields()) {
        round_trips(&body);
    }

    #[test]
    fn arbitrary_text(body in ".{0,400}") {
        never_panics(&body);
    }

    #[test]
    fn arbitrary_bytes_read_lossily(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        never_panics(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn response_like_text(body in body_like()) {
        never_panics(&body);
    }

    #[test]
    fn mutated_responses(body in mutated()) {
        never_panics(&body);
    }

    #[test]
    fn deep_nesting(depth in 1usize..20_000, jsonp in any::<bool>()) {
        let nested = format!("{{\"error\":{}1{}}}", "[".repeat(depth), "]".repeat(depth));
        let body = if jsonp { format!("callback( {nested} );") } else { nested };
        never_panics(&body);
    }

    #[test]
    fn huge_bodies(extra in 1usize..4_096, fill in prop::sample::select(vec![" ", "[", "a=b&"])) {
        let body = fill.repeat((MAX_BODY_LEN + extra).div_ceil(fill.len()));
        prop_assert_eq!(
            weibo::ErrorResponse::parse(&body),
            Err(ParseError::TooLarge { len: body.len() })
        );
    }
}

#[test]
fn each_field_is_written_once_as_it_came() {
    // QQ's `error` is both its code field and its id field: written once, as sent.
    for body in [
        r#"{"error":" 100020"}"#,
        r#"{"error":"+100020"}"#,
        r#"{"error":100020}"#,
    ] {
        let response = qq::ErrorResponse::parse(body).unwrap();
        assert_eq!(response.known(), Some(QqError::CodeReused), "{body}");
        let json = serde_json::to_string(&response).unwrap();
        assert_eq!(json, body, "{body}");
    }
    // Numbers as written, `-0` a code like `"-0"`.
    let response =
        weibo::ErrorResponse::parse(r#"{"error_code":21327,"error_description":1e3}"#).unwrap();
    assert_eq!(response.message(), Some("1e3"));
    assert_eq!(
        weibo::ErrorResponse::parse(r#"{"error_code":-0}"#)
            .unwrap()
            .code(),
        weibo::ErrorResponse::parse(r#"{"error_code":"-0"}"#)
            .unwrap()
            .code()
    );
}

oauth_errors::oauth_error_table! {
    /// Codes above `i64::MAX`.
    #[repr(u64)]
    pub enum Huge {
        r"
        | code | description |
        | --- | --- |
        | 18446744073709551615 | the largest |
        "
    }
}

/// A provider whose codes are `u64`s.
enum HugeProvider {}

impl oauth_errors::Provider for HugeProvider {
    const NAME: &'static str = "Huge";
    type Error = Huge;
    type ApiError = core::convert::Infallible;
    const FORMAT: oauth_errors::WireFormat = oauth_errors::WireFormat::new().code(&["code"]);
}

#[test]
fn codes_above_i64_max_are_found() {
    let response = oauth_errors::ProviderErrorResponse::<HugeProvider>::parse(
        r#"{"code":18446744073709551615}"#,
    )
    .unwrap();
    assert_eq!(response.known(), Some(Huge::Code18446744073709551615));
    assert_eq!(response.code(), Some(i128::from(u64::MAX)));
}

/// In generic code, a table's description is `P::description`, without ambiguity.
fn description_of<P: oauth_errors::ProviderError>(error: P) -> &'static str {
    P::description(error)
}

#[test]
fn a_tables_methods_are_not_ambiguous_in_generic_code() {
    assert_eq!(description_of(QqError::CodeReused), "code被重复使用。");
}
