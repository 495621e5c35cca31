//! A tour of the Weibo and QQ tables: look errors up by code and by error id.
//!
//! ```text
//! cargo run --example lookup                        # the tour
//! cargo run --example lookup qq 100014              # one QQ code
//! cargo run --example lookup weibo invalid_grant    # one Weibo error id …
//! cargo run --example lookup weibo 21325            # … or code
//! ```
//!
//! An unknown code or id prints why and exits with status 1; wrong arguments exit with 2.

use oauth_errors::{QqError, WeiboError};
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
            eprintln!("usage: lookup [weibo|qq CODE_OR_ERROR_ID]");
            ExitCode::from(2)
        }
    }
}

/// Looks `key` up in the table of `provider`: a code, or (for Weibo) an error id.
fn lookup(provider: &str, key: &str) -> Result<String, String> {
    match provider {
        "weibo" => {
            let found = match key.parse::<i32>() {
                Ok(code) => WeiboError::try_from(code).map_err(|e| e.to_string())?,
                Err(_) => key.parse::<WeiboError>().map_err(|e| e.to_string())?,
            };
            Ok(describe_weibo(found))
        }
        "qq" => {
            let code: i32 = key
                .parse()
                .map_err(|_| format!("QQ errors are looked up by code; {key:?} is not a number"))?;
            let found = QqError::try_from(code).map_err(|e| e.to_string())?;
            Ok(describe_qq(found))
        }
        other => Err(format!("unknown provider {other:?}: use `weibo` or `qq`")),
    }
}

fn describe_weibo(error: WeiboError) -> String {
    format!(
        "WeiboError::{error:?}\n  error id:    {}\n  code:        {}\n  description: {}",
        error.error(),
        error.code(),
        error.description()
    )
}

fn describe_qq(error: QqError) -> String {
    format!(
        "QqError::{error:?}\n  code:        {}\n  description: {}",
        error.code(),
        error.description()
    )
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

    println!(
        "Every variant, in table order: WeiboError::ALL ({} errors), QqError::ALL ({} errors).",
        WeiboError::ALL.len(),
        QqError::ALL.len()
    );
    println!("\nTry: cargo run --example lookup qq 100020");
}
