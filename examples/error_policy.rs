//! What to do about an error: the kind of each error a provider answers, and the action an
//! app's policy takes for it.
//!
//! ```text
//! cargo run --example error_policy                 # a tour of the providers' answers
//! cargo run --example error_policy weibo '{"error":"expired_token","error_code":21327}'
//! cargo run --example error_policy qq 'callback( {"error":100062} );'
//! cargo run --example error_policy wecom '{"errcode":42001,"errmsg":"access_token expired"}'
//! ```

use oauth_errors::{Kind, qq, weibo};
use std::process::ExitCode;
use std::time::Duration;

/// What the app does: one policy for every provider, by kind.
#[derive(Debug, PartialEq)]
enum Action {
    /// Try the same request again after this long (then back off further).
    RetryAfter(Duration),
    /// Send the user through login again (or refresh the token first, if there is one).
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
        Kind::Retry => Action::RetryAfter(Duration::from_secs(1)),
        Kind::RateLimited => Action::RetryAfter(Duration::from_secs(60)),
        Kind::Reauthorize => Action::LogInAgain,
        Kind::Denied => Action::TellUser,
        Kind::Misconfigured => Action::Alert("fix the app's registration or credentials"),
        Kind::InvalidRequest => Action::Alert("a bug in the calling code"),
        Kind::Success => Action::Nothing,
        // `Kind` is non-exhaustive: kinds a later version adds are handled as unknown.
        _ => Action::LogAndGiveUp,
    }
}

/// The error in a body, its kind and the action, or why the body is not an error.
fn explain(provider: &str, body: &str) -> Result<String, String> {
    let (error, kind) = match provider {
        "weibo" => {
            let response = weibo::ErrorResponse::parse(body).map_err(|error| error.to_string())?;
            (response.to_string(), response.kind())
        }
        "qq" => {
            let response = qq::ErrorResponse::parse(body).map_err(|error| error.to_string())?;
            (response.to_string(), response.kind())
        }
        other => enterprise(other, body).ok_or_else(|| {
            format!("unknown provider {other:?}: weibo, qq, dingtalk, wecom or feishu")
        })??,
    };
    Ok(format!(
        "  error:  {error}\n  kind:   {kind} ({})\n  policy: {:?}",
        kind.action(),
        policy(kind)
    ))
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
            ("qq", "callback( {\"error\":100062} );"),
            ("qq", r#"{"ret":-23,"msg":"token is invalid"}"#),
        ]
        .into_iter()
        .chain(enterprise_bodies())
        .map(|(provider, body)| (provider.to_owned(), body.to_owned()))
        .collect(),
        [provider, body] => vec![(provider.clone(), body.clone())],
        _ => {
            eprintln!("usage: error_policy [weibo|qq|dingtalk|wecom|feishu BODY]");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for (provider, body) in bodies {
        println!("{provider}: {body}");
        match explain(&provider, &body) {
            Ok(explained) => println!("{explained}"),
            Err(error) => {
                println!("  not an error response: {error}");
                failed = true;
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
    fn read<P: oauth_errors::Provider>(body: &str) -> Result<(String, Kind), String> {
        let response = oauth_errors::ProviderErrorResponse::<P>::parse(body)
            .map_err(|error| error.to_string())?;
        Ok((response.to_string(), response.kind()))
    }
    Some(match provider {
        "dingtalk" => read::<dingtalk::Dingtalk>(body),
        "wecom" => read::<wecom::Wecom>(body),
        "feishu" => read::<feishu::Feishu>(body),
        _ => return None,
    })
}
