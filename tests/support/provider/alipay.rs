//! The fake Alipay: `/alipay/oauth2/publicAppAuthorize.htm` and `/alipay/gateway.do`, whose
//! `alipay.system.oauth.token` and `alipay.user.info.share` check every parameter and where it
//! is (the protocol parameters in the query, the API's in the form body), verify the app's RSA2
//! signature with the app's public key, and answer as Alipay does (`*_response` objects signed
//! with the fake Alipay's key; `error_response`). The RSA work is `ring`'s, called here
//! directly: the facade's signer is not used to check itself.

use super::{Answer, Received, TEXT, answer, exactly};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ring::signature::{
    RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair, UnparsedPublicKey,
};

/// The app's public key (SubjectPublicKeyInfo), to verify requests with.
const APP_PUBLIC: &str = include_str!("../../data/alipay/test-keys/app-public.pem");
/// The fake Alipay's private key (PKCS #8), to sign answers with.
const ALIPAY_PRIVATE: &str = include_str!("../../data/alipay/test-keys/alipay-private-pkcs8.pem");
/// The app's private key: answers signed with it are forgeries.
const APP_PRIVATE: &str = include_str!("../../data/alipay/test-keys/app-private-pkcs8.pem");

/// The app id the fake knows.
pub const APP_ID: &str = "2014072300007148";
/// The access token the fake issues.
pub const ACCESS_TOKEN: &str = "kuaijieBef6ba64353b6478aa85733b303d5aB40";

/// The protocol parameters, in the query of every gateway call.
const PROTOCOL: [&str; 8] = [
    "app_id",
    "charset",
    "format",
    "method",
    "sign",
    "sign_type",
    "timestamp",
    "version",
];

/// Alipay's answer to `request`, when it is for one of its paths.
pub(super) fn respond(request: &Received) -> Option<Answer> {
    Some(match request.path.as_str() {
        "/alipay/oauth2/publicAppAuthorize.htm" => authorize(request),
        "/alipay/gateway.do" => gateway(request),
        _ => return None,
    })
}

/// The authorization page: `app_id`, `scope`, `redirect_uri`, `state` and nothing else; back to
/// the redirect URI with `auth_code` (not `code`), as Alipay does.
fn authorize(request: &Received) -> Answer {
    let checked = exactly(
        &request.query,
        &["app_id", "scope", "redirect_uri", "state"],
        request.method == "GET" && request.query("app_id") == Some(APP_ID),
        "expected a GET with the app's app_id",
    );
    match checked {
        Ok(()) => {
            let redirect = request.query("redirect_uri").unwrap_or_default();
            let state = request.query("state").unwrap_or_default();
            let scope = request.query("scope").unwrap_or_default();
            Answer {
                location: Some(format!(
                    "{redirect}?app_id={APP_ID}&source=alipay_wallet&scope={scope}&auth_code=good&state={state}"
                )),
                ..answer(302, TEXT, "")
            }
        }
        Err(problem) => answer(400, TEXT, problem),
    }
}

/// The gateway: a `POST`, the protocol parameters in the query, the API's in the form, signed.
fn gateway(request: &Received) -> Answer {
    let method = request.query("method").unwrap_or_default();
    let api: &[&str] = match (method, request.form("grant_type")) {
        ("alipay.system.oauth.token", Some("refresh_token")) => &["grant_type", "refresh_token"],
        ("alipay.system.oauth.token", _) => &["grant_type", "code"],
        ("alipay.user.info.share", _) => &[],
        _ => {
            return error(
                "40002",
                "Invalid Arguments",
                "isv.invalid-method",
                "不存在的方法名",
            );
        }
    };
    let mut protocol = PROTOCOL.to_vec();
    if method == "alipay.user.info.share" {
        protocol.push("auth_token");
    }
    let form = request
        .content_type
        .as_deref()
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    let placed = request.method == "POST" && form && request.authorization.is_none();
    if let Err(problem) = exactly(&request.query, &protocol, placed, "expected a form POST")
        .and_then(|()| exactly(&request.form, api, true, ""))
    {
        return error(
            "40001",
            "Missing Required Arguments",
            "isv.missing-parameter",
            &problem,
        );
    }
    let fixed = [
        ("app_id", APP_ID),
        ("charset", "utf-8"),
        ("format", "JSON"),
        ("sign_type", "RSA2"),
        ("version", "1.0"),
    ];
    if fixed
        .iter()
        .any(|&(name, value)| request.query(name) != Some(value))
    {
        return error(
            "40002",
            "Invalid Arguments",
            "isv.invalid-parameter",
            "参数无效",
        );
    }
    if !beijing_time(request.query("timestamp").unwrap_or_default()) {
        return error(
            "40002",
            "Invalid Arguments",
            "isv.invalid-timestamp",
            "非法的时间戳参数",
        );
    }
    if !signed(request) {
        return error(
            "40002",
            "Invalid Arguments",
            "isv.invalid-signature",
            "验签出错",
        );
    }
    match method {
        "alipay.user.info.share" => match request.query("auth_token") {
            Some(ACCESS_TOKEN) => signed_answer(
                "alipay_user_info_share_response",
                r#"{"code":"10000","msg":"Success","avatar":"https://tfs.alipayobjects.com/images/partner/T1YjdoXo0eXXXXXXXX","city":"无锡市","nick_name":"黎大海","user_id":"2088702746395409"}"#,
                ALIPAY_PRIVATE,
            ),
            _ => signed_answer(
                "alipay_user_info_share_response",
                r#"{"code":"20001","msg":"Insufficient Token Permissions","sub_code":"aop.invalid-auth-token","sub_msg":"无效的访问令牌"}"#,
                ALIPAY_PRIVATE,
            ),
        },
        _ => token(request),
    }
}

/// `alipay.system.oauth.token`'s answers.
fn token(request: &Received) -> Answer {
    let token = |refresh: &str, key: &str| {
        signed_answer(
            "alipay_system_oauth_token_response",
            &format!(
                r#"{{"access_token":"{ACCESS_TOKEN}","alipay_user_id":"20880050551716885137578560816740","expires_in":1209600,"re_expires_in":15552000,"refresh_token":"{refresh}","user_id":"2088702746395409"}}"#
            ),
            key,
        )
    };
    match (request.form("code"), request.form("refresh_token")) {
        (Some("good"), _) => token("kuaijieBd091e2198f1744f38d55100dc5d69F40", ALIPAY_PRIVATE),
        (_, Some("kuaijieBd091e2198f1744f38d55100dc5d69F40")) => token("R2", ALIPAY_PRIVATE),
        // An answer signed with another key than Alipay's: a forgery.
        (Some("forged"), _) => token("R", APP_PRIVATE),
        // A success without a signature.
        (Some("unsigned"), _) => answer(
            200,
            TEXT,
            format!(
                r#"{{"alipay_system_oauth_token_response":{{"access_token":"{ACCESS_TOKEN}","expires_in":"3600","user_id":"2088702746395409"}}}}"#
            ),
        ),
        (_, Some(_)) => error(
            "40002",
            "Invalid Arguments",
            "isv.refresh-token-invalid",
            "刷新令牌无效",
        ),
        _ => error(
            "40002",
            "Invalid Arguments",
            "isv.code-invalid",
            "授权码code无效",
        ),
    }
}

/// A signed `error_response`.
fn error(code: &str, msg: &str, sub_code: &str, sub_msg: &str) -> Answer {
    let node =
        serde_json::json!({"code": code, "msg": msg, "sub_code": sub_code, "sub_msg": sub_msg});
    signed_answer("error_response", &node.to_string(), ALIPAY_PRIVATE)
}

/// The RSA2 signature (SHA256withRSA, Base64) of `text` with the app's private key: what a
/// signer that holds the app's key pair as Alipay's verifies.
#[must_use]
pub fn signed_by_the_app(text: &str) -> String {
    signature(text, APP_PRIVATE)
}

/// The RSA2 signature (SHA256withRSA, Base64) of `text` with the PKCS #8 `key`.
fn signature(text: &str, key: &str) -> String {
    let pair = RsaKeyPair::from_pkcs8(&der(key)).expect("a PKCS #8 key");
    let mut signature = vec![0; pair.public().modulus_len()];
    pair.sign(
        &RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        text.as_bytes(),
        &mut signature,
    )
    .expect("a signature");
    BASE64.encode(signature)
}

/// `{"<node>":<object>,"sign":"…"}`, the object's exact text signed with `key`.
fn signed_answer(node: &str, object: &str, key: &str) -> Answer {
    let sign = signature(object, key);
    answer(
        200,
        TEXT,
        format!(r#"{{"{node}":{object},"sign":"{sign}"}}"#),
    )
}

/// Whether the request's `sign` is the app's RSA2 signature of its other parameters, sorted by
/// name, empty ones left out, as Alipay's docs define it.
fn signed(request: &Received) -> bool {
    let mut pairs: Vec<&(String, String)> = request
        .query
        .iter()
        .chain(&request.form)
        .filter(|(name, value)| name != "sign" && !value.is_empty())
        .collect();
    pairs.sort();
    let content = pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&");
    let Some(signature) = request
        .query("sign")
        .and_then(|sign| BASE64.decode(sign).ok())
    else {
        return false;
    };
    // The SubjectPublicKeyInfo's key: the last 270 bytes of a 2048-bit key's SPKI are its
    // RSAPublicKey (a header of 24 bytes comes first).
    let spki = der(APP_PUBLIC);
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, &spki[24..])
        .verify(content.as_bytes(), &signature)
        .is_ok()
}

/// Whether `timestamp` is `yyyy-MM-dd HH:mm:ss` in Beijing within a minute of now.
fn beijing_time(timestamp: &str) -> bool {
    let shaped = timestamp.len() == 19
        && timestamp.char_indices().all(|(at, c)| match at {
            4 | 7 => c == '-',
            10 => c == ' ',
            13 | 16 => c == ':',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return false;
    }
    let field = |range: std::ops::Range<usize>| timestamp[range].parse::<i64>().unwrap_or(-1);
    let (year, month, day) = (field(0..4), field(5..7), field(8..10));
    let seconds = field(11..13) * 3600 + field(14..16) * 60 + field(17..19);
    // Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let then = days * 86_400 + seconds - 8 * 3600;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
        .cast_signed();
    (now - then).abs() <= 60
}

/// The DER bytes of a PEM key.
fn der(pem: &str) -> Vec<u8> {
    let base64: String = pem
        .lines()
        .filter(|line| !line.starts_with("-----"))
        .collect();
    BASE64.decode(base64).expect("Base64")
}
