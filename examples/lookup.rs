//! A tour of the Weibo and QQ tables: look errors up by code and by error id.
//!
//! ```text
//! cargo run --example lookup                        # the tour
//! cargo run --example lookup qq 100014              # one QQ code
//! cargo run --example lookup weibo invalid_grant    # one Weibo error id …
//! cargo run --example lookup weibo 21325            # … or code
//! cargo run --example lookup weibo 20003            # a Weibo API code
//! cargo run --example lookup qq -23                 # a QQ OpenAPI `ret`
//! cargo run --example lookup dingtalk invalidCode   # a DingTalk id …
//! cargo run --example lookup dingtalk 40078         # … or errcode
//! cargo run --example lookup wecom 40029            # a WeCom errcode
//! cargo run --example lookup feishu 20065           # a Feishu code (token endpoint, API)
//! cargo run --example lookup douyin 28001008        # a Douyin code (OAuth or OpenAPI)
//! cargo run --example lookup baidu invalid_grant    # a Baidu error id, or an Open API code
//! cargo run --example lookup wechat-mini-program 40029
//! ```
//!
//! A code is looked up in both of a provider's tables (the OAuth one and the API one) and every
//! match is printed. An unknown code or id prints why and exits with status 1; wrong arguments
//! exit with 2.

use oauth_errors::wechat::MiniProgramError;
use oauth_errors::{
    BaiduApiError, BaiduError, DouyinApiError, DouyinError, Kind, ProviderError, QqApiError,
    QqError, WechatError, WeiboApiError, WeiboError,
};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            tour();
            ExitCode::SUCCESS
        }
        [provider, key] => match lookup(provider, key) {
            Ok(found) => {
                println!("{found}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        _ => {
            eprintln!(
                "usage: lookup [weibo|qq|dingtalk|wecom|feishu|douyin|baidu|wechat-mini-program CODE_OR_ERROR_ID]"
            );
            ExitCode::from(2)
        }
    }
}

/// Looks `key` up in the tables of `provider`: a code (in both tables), or (for Weibo) an error
/// id.
fn lookup(provider: &str, key: &str) -> Result<String, String> {
    let code = key.parse::<i32>();
    let found: Vec<String> = match (provider, code) {
        ("weibo", Ok(code)) => both(
            WeiboError::try_from(code).map(describe_weibo),
            WeiboApiError::try_from(code).map(describe_weibo_api),
        )?,
        ("weibo", Err(_)) => vec![describe_weibo(
            key.parse::<WeiboError>().map_err(|e| e.to_string())?,
        )],
        ("qq", Ok(code)) => both(
            QqError::try_from(code).map(describe_qq),
            QqApiError::try_from(code).map(describe_qq_api),
        )?,
        ("qq", Err(_)) => {
            return Err(format!(
                "QQ errors are looked up by code; {key:?} is not a number"
            ));
        }
        (other, _) => match enterprise(other, key) {
            Some(found) => return found,
            None => lookup_more(other, key)?,
        },
    };
    Ok(found.join("\n\n"))
}

/// Looks `key` up in the tables of Douyin, Baidu or WeChat's mini-program login: a code in
/// both of the provider's tables, or (for Baidu) an error id.
fn lookup_more(provider: &str, key: &str) -> Result<Vec<String>, String> {
    let code = key.parse::<i32>();
    match (provider, code) {
        ("douyin", Ok(code)) => both(
            DouyinError::try_from(code).map(describe),
            DouyinApiError::try_from(code).map(describe),
        ),
        ("baidu", Ok(code)) => Ok(vec![describe(
            BaiduApiError::try_from(code).map_err(|e| e.to_string())?,
        )]),
        ("baidu", Err(_)) => Ok(vec![describe(
            key.parse::<BaiduError>().map_err(|e| e.to_string())?,
        )]),
        ("wechat-mini-program", Ok(code)) => both(
            MiniProgramError::try_from(code).map(describe),
            WechatError::try_from(code).map(describe),
        ),
        (other, _) => Err(format!(
            "unknown provider {other:?}: use `weibo`, `qq`, `douyin`, `baidu` or `wechat-mini-program`"
        )),
    }
}

/// Any table's error, described through `ProviderError`.
fn describe<E: ProviderError>(error: E) -> String {
    format!(
        "{}::{error:?}\n  code:        {}\n  error id:    {}\n  description: {}\n  kind:        {}",
        E::name(),
        error
            .code()
            .map_or("(none)".to_owned(), |code| code.to_string()),
        error.error().unwrap_or("(none)"),
        error.description(),
        describe_kind(error.kind()),
    )
}

/// What the OAuth and the API table say about a code: either or both, or why neither.
fn both<E: std::fmt::Display>(
    oauth: Result<String, E>,
    api: Result<String, E>,
) -> Result<Vec<String>, String> {
    match (oauth, api) {
        (Err(oauth), Err(api)) => Err(format!("{oauth}; {api}")),
        (oauth, api) => Ok(oauth.into_iter().chain(api).collect()),
    }
}

fn describe_weibo(error: WeiboError) -> String {
    format!(
        "WeiboError::{error:?}\n  error id:    {}\n  code:        {}\n  description: {}\n  kind:        {}",
        error.error(),
        error.code(),
        error.description(),
        describe_kind(error.kind()),
    )
}

fn describe_weibo_api(error: WeiboApiError) -> String {
    format!(
        "WeiboApiError::{error:?}\n  code:        {}\n  description: {}\n  in English:  {}\n  kind:        {}",
        error.code(),
        error.description(),
        error.description_en().unwrap_or("(none)"),
        describe_kind(error.kind()),
    )
}

fn describe_qq(error: QqError) -> String {
    format!(
        "QqError::{error:?}\n  code:        {}\n  description: {}\n  kind:        {}",
        error.code(),
        error.description(),
        describe_kind(error.kind()),
    )
}

fn describe_qq_api(error: QqApiError) -> String {
    format!(
        "QqApiError::{error:?}\n  ret:         {}\n  description: {}\n  kind:        {}",
        error.code(),
        error.description(),
        describe_kind(error.kind()),
    )
}

fn describe_kind(kind: Kind) -> String {
    format!("{kind} ({})", kind.action())
}

fn tour() {
    println!("oauth-errors: typed OAuth errors of Weibo and QQ\n");

    println!("Weibo answers {{\"error\":\"invalid_grant\",\"error_code\":21325,...}}.");
    println!("Look it up by the error id:  \"invalid_grant\".parse::<WeiboError>()");
    let by_id: WeiboError = "invalid_grant".parse().expect("a Weibo error id");
    println!("{}\n", describe_weibo(by_id));

    println!("or by the code:              WeiboError::try_from(21325)");
    let by_code = WeiboError::try_from(21325).expect("a Weibo code");
    println!("  same variant: {}\n", by_code == by_id);

    println!("QQ answers callback( {{\"error\":100014,\"error_description\":...}} );");
    println!("Look it up by the code:      QqError::try_from(100014)");
    let expired = QqError::try_from(100_014).expect("a QQ code");
    println!("{}\n", describe_qq(expired));

    println!("Display shows the code (and the id) with the description:");
    println!("  {}", WeiboError::ExpiredToken);
    println!("  {}\n", QqError::CodeReused);

    println!("Codes a table does not list are errors that name the code:");
    if let Err(unknown) = QqError::try_from(100_064) {
        println!("  {unknown}");
    }
    if let Err(unknown) = "invalid_scope".parse::<WeiboError>() {
        println!("  {unknown}\n");
    }

    println!("API calls answer codes of their own, with tables of their own:");
    println!(
        "Weibo {{\"error_code\":\"20003\",\"error\":\"User does not exists!\"}}: WeiboApiError::try_from(20003)"
    );
    let api = WeiboApiError::try_from(20003).expect("a Weibo API code");
    println!("{}\n", describe_weibo_api(api));
    println!("QQ {{\"ret\":-23,\"msg\":...}}: QqApiError::try_from(-23)");
    let api = QqApiError::try_from(-23).expect("a QQ OpenAPI code");
    println!("{}\n", describe_qq_api(api));

    println!(
        "Every variant, in table order: WeiboError::ALL ({}), WeiboApiError::ALL ({}), QqError::ALL ({}), QqApiError::ALL ({}).",
        WeiboError::ALL.len(),
        WeiboApiError::ALL.len(),
        QqError::ALL.len(),
        QqApiError::ALL.len(),
    );
    println!("\nTry: cargo run --example lookup qq 100020");
}

/// Looks `key` up in DingTalk's, WeCom's or Feishu's tables: a code in both of a provider's
/// tables, or (DingTalk) a string id; `None` for another provider.
fn enterprise(provider: &str, key: &str) -> Option<Result<String, String>> {
    use oauth_errors::{
        DingtalkApiError, DingtalkError, FeishuApiError, FeishuError, ProviderError, WecomError,
    };
    /// What a table says about `error`.
    fn describe<E: ProviderError>(error: E) -> String {
        let id = error
            .error()
            .map_or(String::new(), |id| format!("\n  error id:    {id}"));
        let code = error
            .code()
            .map_or(String::new(), |code| format!("\n  code:        {code}"));
        format!(
            "{}::{error:?}{id}{code}\n  description: {}\n  kind:        {}",
            E::name(),
            error.description(),
            describe_kind(error.kind())
        )
    }
    /// `key` in the tables `E` and `A`, by code, else by error id.
    fn find<E: ProviderError, A: ProviderError>(key: &str) -> Result<String, String> {
        let found: Vec<String> = match key.parse::<i128>() {
            Ok(code) => E::from_code(code)
                .map(describe)
                .into_iter()
                .chain(A::from_code(code).map(describe))
                .collect(),
            Err(_) => E::from_error(key).map(describe).into_iter().collect(),
        };
        if found.is_empty() {
            Err(format!("no {} or {} for {key:?}", E::name(), A::name()))
        } else {
            Ok(found.join("\n\n"))
        }
    }
    Some(match provider {
        "dingtalk" => find::<DingtalkError, DingtalkApiError>(key),
        "wecom" => find::<WecomError, std::convert::Infallible>(key),
        "feishu" => find::<FeishuError, FeishuApiError>(key),
        _ => return None,
    })
}
