//! What to do about an error: the kind of each error a provider answers, and the action an
//! app's policy takes for it.
//!
//! ```text
//! cargo run --example error_policy                 # a tour of Weibo and QQ answers
//! cargo run --example error_policy weibo '{"error":"expired_token","error_code":21327}'
//! cargo run --example error_policy qq 'callback( {"error":100062} );'
//! ```

use oauth_errors::{Kind, Provider, ProviderErrorResponse, baidu, douyin, qq, wechat, weibo};
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
        other => explain_more(other, body)?,
    };
    Ok(format!(
        "  error:  {error}\n  kind:   {kind} ({})\n  policy: {:?}",
        kind.action(),
        policy(kind)
    ))
}

/// The error in a body of Douyin, Baidu or WeChat's mini-program login, and its kind.
fn explain_more(provider: &str, body: &str) -> Result<(String, Kind), String> {
    fn parsed<P: Provider>(body: &str) -> Result<(String, Kind), String> {
        let response =
            ProviderErrorResponse::<P>::parse(body).map_err(|error| error.to_string())?;
        Ok((response.to_string(), response.kind()))
    }
    match provider {
        "douyin" => parsed::<douyin::Douyin>(body),
        "baidu" => parsed::<baidu::Baidu>(body),
        "wechat-mini-program" => parsed::<wechat::MiniProgram>(body),
        other => Err(format!(
            "unknown provider {other:?}: weibo, qq, douyin, baidu or wechat-mini-program"
        )),
    }
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
            ("qq", "callback( {\"error\":100062} );"),
            ("qq", r#"{"ret":-23,"msg":"token is invalid"}"#),
        ]
        .map(|(provider, body)| (provider.to_owned(), body.to_owned()))
        .into_iter()
        .chain(more_bodies())
        .collect(),
        [provider, body] => vec![(provider.clone(), body.clone())],
        _ => {
            eprintln!("usage: error_policy [weibo|qq|douyin|baidu|wechat-mini-program BODY]");
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
