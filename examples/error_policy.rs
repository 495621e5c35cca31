//! What to do about an error: one `match` on `Kind` for every provider — retry with backoff,
//! wait as long as the provider says, renew the token and replay the call once, send the user
//! to log in again, tell the user, alert an operator — applied with a retry crate (`backon`).
//!
//! ```text
//! cargo run --example error_policy                 # a tour of the providers' answers
//! cargo run --example error_policy weibo '{"error":"expired_token","error_code":21327}'
//! cargo run --example error_policy qq 'callback( {"error":100062} );'
//! cargo run --example error_policy wecom '{"errcode":42001,"errmsg":"access_token expired"}'
//! ```

use backon::{BlockingRetryable, ConstantBuilder, ExponentialBuilder};
use oauth_errors::{Endpoint, Kind, alipay, baidu, douyin, qq, taobao, wechat, weibo};
use std::cell::Cell;
use std::process::ExitCode;
use std::time::Duration;

/// What the app does: one policy for every provider, by kind.
#[derive(Debug, PartialEq)]
enum Action {
    /// Try the same request again, backing off as `Kind`'s documentation says.
    Retry,
    /// Wait (as long as the provider says, else minutes), then try again.
    WaitAndRetry,
    /// Renew the access token without the user and replay the call once.
    RefreshAndReplay,
    /// Send the user through login again.
    LogInAgain,
    /// Tell the user they cannot do this.
    TellUser,
    /// Page whoever runs the app: its registration or its code is wrong.
    Alert(&'static str),
    /// Nothing to do.
    Nothing,
    /// Log it and give up.
    LogAndGiveUp,
}

fn policy(kind: Kind) -> Action {
    match kind {
        Kind::Retry => Action::Retry,
        Kind::RateLimited => Action::WaitAndRetry,
        Kind::Refresh => Action::RefreshAndReplay,
        Kind::Reauthorize => Action::LogInAgain,
        Kind::Denied => Action::TellUser,
        Kind::Misconfigured => Action::Alert("fix the app's registration or credentials"),
        Kind::InvalidRequest => Action::Alert("a bug in the calling code"),
        Kind::Success => Action::Nothing,
        // `Kind` is non-exhaustive: kinds a later version adds are handled as unknown.
        _ => Action::LogAndGiveUp,
    }
}

/// The backoff of a retryable kind after its first wait (1 s for a transient failure, a minute
/// for a rate limit, unless the provider says how long): 2 s, 4 s with jitter, or 2 min, 4 min;
/// three retries in all.
fn backoff(kind: Kind) -> ExponentialBuilder {
    let second = match kind {
        Kind::RateLimited => Duration::from_secs(120),
        _ => Duration::from_secs(2),
    };
    ExponentialBuilder::default()
        .with_min_delay(second)
        .with_factor(2.0)
        .with_max_times(2)
        .with_jitter()
}

/// The error in `body` of `provider`, its kind and the policy's action, or why the body is no
/// error.
fn explain(provider: &str, body: &str) -> Result<String, String> {
    let (error, kind) = match provider {
        "weibo" => describe(weibo::ErrorResponse::parse(body))?,
        "qq" => describe(qq::ErrorResponse::parse(body))?,
        "wechat" => describe(wechat::ErrorResponse::parse(body))?,
        "alipay" => describe(alipay::ErrorResponse::parse(body))?,
        "taobao" => describe(taobao::ErrorResponse::parse(body))?,
        "douyin" => describe(douyin::ErrorResponse::parse(body))?,
        "baidu" => describe(baidu::ErrorResponse::parse(body))?,
        "wechat-mini-program" => describe(wechat::MiniProgramErrorResponse::parse(body))?,
        other => enterprise(other, body).ok_or_else(|| {
            format!(
                "unknown provider {other:?}: weibo, qq, wechat, alipay, taobao, dingtalk, wecom, feishu, douyin, baidu or wechat-mini-program"
            )
        })??,
    };
    Ok(format!(
        "  error:  {error}\n  kind:   {kind} ({})\n  policy: {:?}",
        kind.action(),
        policy(kind)
    ))
}

fn describe<P: oauth_errors::Provider>(
    response: Result<oauth_errors::ProviderErrorResponse<P>, oauth_errors::ParseError>,
) -> Result<(String, Kind), String> {
    let response = response.map_err(|error| error.to_string())?;
    Ok((response.to_string(), response.kind()))
}

/// A faked answer of a WeChat API call: the `Retry-After` header, if any, and the body.
type Answer = (Option<&'static str>, &'static str);

/// A WeChat API call, faked: it answers what `answers` says, one answer per call, read from
/// the whole HTTP answer (`from_http` reads `Retry-After`).
fn fake_call(
    calls: &Cell<usize>,
    answers: &[Answer],
) -> Result<&'static str, wechat::ErrorResponse> {
    let call = calls.get();
    calls.set(call + 1);
    let Some(&(retry_after, body)) = answers.get(call) else {
        return Ok("the user's profile");
    };
    let mut answer = oauth2::http::Response::builder().status(200);
    if let Some(seconds) = retry_after {
        answer = answer.header("Retry-After", seconds);
    }
    let answer = answer.body(body.as_bytes().to_vec()).expect("an answer");
    Err(wechat::ErrorResponse::from_http(&answer, Endpoint::Api).expect("a WeChat error"))
}

/// The policy applied to a call that fails, then succeeds: retries with `backon` for retryable
/// kinds (here without sleeping, so that the tour runs at once), a renewed token and
/// one replay for `Refresh`, nothing more for the others.
fn apply(answers: &[Answer]) -> Result<&'static str, String> {
    // The tour does not sleep: it says how long it would wait. An app sleeps here
    // (`std::thread::sleep`, or `tokio::time::sleep` with backon's async `Retryable`).
    fn sleep(_: Duration) {}
    let calls = Cell::new(0);
    let result = match fake_call(&calls, answers) {
        Ok(answer) => Ok(answer),
        Err(first) if first.kind().is_retryable() => {
            let call = || fake_call(&calls, answers);
            let notify = |error: &wechat::ErrorResponse, wait: Duration| {
                println!("    {}: wait {wait:.1?}, then retry", error.kind());
            };
            let wait = first.retry_after().unwrap_or(match first.kind() {
                Kind::RateLimited => Duration::from_secs(60),
                _ => Duration::from_secs(1),
            });
            println!("    {}: wait {wait:.1?}, then retry", first.kind());
            sleep(wait);
            match first.retry_after() {
                // As long as the provider says, each time.
                Some(after) => call
                    .retry(
                        ConstantBuilder::default()
                            .with_delay(after)
                            .with_max_times(2),
                    )
                    .sleep(sleep)
                    .when(|error| error.kind().is_retryable())
                    .notify(notify)
                    .call(),
                None => call
                    .retry(backoff(first.kind()))
                    .sleep(sleep)
                    .when(|error| error.kind().is_retryable())
                    .notify(notify)
                    .call(),
            }
        }
        Err(error) => Err(error),
    };
    let result = match result {
        Err(error) if error.kind() == Kind::Refresh => {
            println!("    renew the access token, then replay the call once");
            fake_call(&calls, answers)
        }
        other => other,
    };
    result.map_err(|error| format!("{error} → {:?}", policy(error.kind())))
}

/// Bodies of Douyin, Baidu and WeChat's mini-program login, as their pages give them or as
/// they were sent.
fn more_bodies() -> Vec<(String, String)> {
    [
        ("douyin", r#"{"data":{"description":"Parameter error","error_code":2100005},"extra":{"logid":"2020070614111601022506808001045D59","now":1594015876138}}"#),
        ("baidu", r#"{"error":"invalid_grant","error_description":"Invalid authorization code: ANXxSNjwQDugOnqeikRMu2bKaXCdlLxn"}"#),
        ("baidu", r#"{"error_code":"100","error_msg":"Invalid parameter"}"#),
        ("wechat-mini-program", r#"{"errcode":40226,"errmsg":"code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]"}"#),
    ]
    .map(|(provider, body)| (provider.to_owned(), body.to_owned()))
    .to_vec()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bodies: Vec<(String, String)> = match args.as_slice() {
        [] => [
            ("weibo", r#"{"error":"invalid_grant","error_code":21325,"error_description":"invalid authorization code:4f2c"}"#),
            ("weibo", r#"{"error":"temporarily_unavailable","error_code":21331}"#),
            ("weibo", r#"{"error":"redirect_uri_mismatch","error_code":21322}"#),
            ("weibo", r#"{"request":"/statuses/home_timeline.json","error_code":"20502","error":"Need you follow uid."}"#),
            ("weibo", r#"{"request":"/2/statuses/update.json","error_code":"10023","error":"User requests out of rate limit!"}"#),
            ("qq", "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );"),
            ("qq", "callback( {\"error\":100014,\"error_description\":\"access token is expired\"} );"),
            ("qq", r#"{"ret":-23,"msg":"token is invalid"}"#),
            ("wechat", r#"{"errcode":42001,"errmsg":"access_token expired, rid: 6310677e-2bd3d6d2-09c8d8b6"}"#),
            ("wechat", r#"{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}"#),
            ("alipay", r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"},"sign":"…"}"#),
            ("taobao", r#"{"error_response":{"code":7,"msg":"App Call Limited","request_id":"16nqyqgiyh3oa"}}"#),
        ]
        .into_iter()
        .chain(enterprise_bodies())
        .map(|(provider, body)| (provider.to_owned(), body.to_owned()))
        .chain(more_bodies())
        .collect(),
        [provider, body] => vec![(provider.clone(), body.clone())],
        _ => {
            eprintln!(
                "usage: error_policy [weibo|qq|wechat|alipay|taobao|dingtalk|wecom|feishu|douyin|baidu|wechat-mini-program BODY]"
            );
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for (provider, body) in &bodies {
        println!("{provider}: {body}");
        match explain(provider, body) {
            Ok(explained) => println!("{explained}"),
            Err(error) => {
                println!("  not an error response: {error}");
                failed = true;
            }
        }
    }
    if args.is_empty() {
        // WeChat's 40001 at the token endpoint, where the app sends its secret.
        let body = r#"{"errcode":40001,"errmsg":"invalid credential"}"#;
        let at_token = wechat::ErrorResponse::parse(body).map(|error| error.at(Endpoint::Token));
        if let Ok(error) = at_token {
            println!(
                "wechat, at the token endpoint: {body}\n  kind:   {}",
                error.kind()
            );
        }
        println!("\nThe policy, applied (a WeChat API call that fails, then succeeds):");
        let busy: Answer = (None, r#"{"errcode":-1,"errmsg":"system error"}"#);
        let limited: Answer = (
            Some("30"),
            r#"{"errcode":45011,"errmsg":"api minute-quota reach limit"}"#,
        );
        let expired: Answer = (None, r#"{"errcode":42001,"errmsg":"access_token expired"}"#);
        let used: Answer = (None, r#"{"errcode":40163,"errmsg":"code been used"}"#);
        for (what, answers) in [
            ("busy, three times", &[busy; 3][..]),
            ("rate limited, come back in 30 s", &[limited, limited][..]),
            ("an expired token", &[expired][..]),
            ("a used code", &[used][..]),
        ] {
            println!("  {what}:");
            match apply(answers) {
                Ok(answer) => println!("    got {answer}"),
                Err(error) => println!("    gave up: {error}"),
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// DingTalk's, WeCom's and Feishu's answers (bodies their pages and reports quote), for the
/// tour.
fn enterprise_bodies() -> [(&'static str, &'static str); 5] {
    [
        (
            "dingtalk",
            r#"{"code":"invalidParameter.authCode.notFound","requestid":"41F9E66B-D90D-7BC8-B310-F623AD572894","message":"不合法的临时授权码"}"#,
        ),
        (
            "dingtalk",
            r#"{"errcode":88,"sub_code":"40014","sub_msg":"不合法的access_token"}"#,
        ),
        (
            "wecom",
            r#"{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1709402398118372241469842], from ip: 117.152.88.49, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}"#,
        ),
        (
            "feishu",
            r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred. Please retry your request."}"#,
        ),
        (
            "feishu",
            r#"{"code":99991400,"msg":"request trigger frequency limit"}"#,
        ),
    ]
}

/// The error in a body of DingTalk, WeCom or Feishu, and its kind; `None` for another provider.
fn enterprise(provider: &str, body: &str) -> Option<Result<(String, Kind), String>> {
    use oauth_errors::{dingtalk, feishu, wecom};
    Some(match provider {
        "dingtalk" => describe(dingtalk::ErrorResponse::parse(body)),
        "wecom" => describe(wecom::ErrorResponse::parse(body)),
        "feishu" => describe(feishu::ErrorResponse::parse(body)),
        _ => return None,
    })
}
