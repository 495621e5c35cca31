//! The facade's tables against the seed document itself (`tests/data/seed.txt`, byte-identical
//! to the seed our user gave), read by an independent parser (`tests/support`).
//!
//! The only differences allowed are the QQ rows mended as `tests/data/qq-codes-provenance.md`
//! documents, listed below, and the newer QQ codes that the same notes list.

use oauth_errors::{QqError, UnknownCode, WeiboError};
use oauth_errors_tests::{SEED, newer_qq_codes, seed_table, source_row};
use std::collections::{BTreeSet, HashSet};

const WEIBO_SOURCE: &str = include_str!("../oauth-errors/src/providers/weibo/mod.rs");
const QQ_SOURCE: &str = include_str!("../oauth-errors/src/providers/qq/mod.rs");

#[test]
fn the_seed_copy_is_the_seed() {
    // `tests/data/seed.txt` must stay byte-identical to the seed: check its size, line count and
    // FNV-1a hash (taken of the original), and where the original is at hand (a developer's
    // machine), compare with it.
    assert_eq!(SEED.len(), 3937);
    assert_eq!(SEED.lines().count(), 82);
    let fnv1a = SEED.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    assert_eq!(fnv1a, 0x7b3c_1e1a_635a_d14f);
    if let Ok(original) = std::fs::read_to_string("../shared/seed/000_9b69caa7144f35ed.txt") {
        assert_eq!(SEED, original);
    }
}

#[test]
fn weibo_is_the_seeds_weibo_table() {
    // The seed's 11 rows come first, in the seed's order; the two rows after them come from
    // other copies (`tests/sources.rs` checks them).
    let seed = seed_table("Weibo Login OAuth2.0");
    assert_eq!(seed.rows.len(), 11);
    assert_eq!(WeiboError::ALL.len(), seed.rows.len() + 2);
    for (variant, row) in WeiboError::ALL.iter().zip(&seed.rows) {
        let [error, code, description] = &row.cells[..] else {
            panic!("a Weibo row has three cells: {:?}", row.line);
        };
        let code: i32 = code.parse().unwrap();
        assert_eq!(variant.error(), error, "{}", row.line);
        assert_eq!(variant.code(), code, "{}", row.line);
        assert_eq!(variant.description(), description, "{}", row.line);
        assert_eq!(WeiboError::from_error(error), Some(*variant));
        assert_eq!(WeiboError::from_code(code), Some(*variant));
    }
}

#[test]
fn weibo_source_holds_the_seeds_header_and_rows_as_written() {
    // The header (`| 错误码(error) | …`), the delimiter and every row, byte for byte, trailing
    // spaces and missing trailing pipes included.
    let seed_block: Vec<&str> = SEED.lines().skip(1).take(13).collect();
    assert!(seed_block[0].starts_with("| 错误码(error) |"));
    assert!(
        WEIBO_SOURCE.contains(&seed_block.join("\n")),
        "oauth-errors/src/providers/weibo/mod.rs no longer holds the seed's Weibo table as written"
    );
}

/// A seed row (code and text as written) and the rows it stands for.
type Mend = (i32, &'static str, &'static [(i32, &'static str)]);

/// How the facade's QQ table differs from the seed's, row by row.
const MENDED: [Mend; 3] = [
    (
        100_001,
        "缺少参数client_id。100002缺少参数client_secret。",
        &[
            (100_001, "缺少参数client_id。"),
            (100_002, "缺少参数client_secret。"),
        ],
    ),
    (
        100_010,
        "回调地址不合法，常见原因请见：回调地址常见问题及修改方法100011APP不处于上线状态。",
        &[
            (
                100_010,
                "回调地址不合法，常见原因请见：回调地址常见问题及修改方法",
            ),
            (100_011, "APP不处于上线状态。"),
        ],
    ),
    (
        110_506,
        "校验APP info 签名信息失败",
        &[(110_507, "校验APP info 签名信息失败")],
    ),
];

/// The seed's QQ rows after mending, in seed order: `(code, text)`.
fn mended_seed_rows() -> Vec<(i32, String)> {
    let seed = seed_table("QQ Login OAuth2.0");
    let mut used = HashSet::new();
    let mut rows = Vec::new();
    for row in &seed.rows {
        let [code, text] = &row.cells[..] else {
            panic!("a QQ row has two cells: {:?}", row.line);
        };
        let code: i32 = code.parse().unwrap();
        let mended = MENDED
            .iter()
            .find(|(seed_code, seed_text, _)| *seed_code == code && seed_text == text);
        match mended {
            Some((_, _, into)) => {
                rows.extend(into.iter().map(|&(code, text)| (code, text.to_owned())));
            }
            None => rows.push((code, text.clone())),
        }
        used.insert((code, text.clone()));
    }
    for (code, text, _) in MENDED {
        assert!(
            used.contains(&(code, text.to_owned())),
            "the mended seed row {code} {text} is not in the seed"
        );
    }
    rows
}

#[test]
fn qq_is_the_seeds_qq_table_with_the_documented_mends() {
    let rows = mended_seed_rows();
    assert_eq!(rows.len(), 67);
    let codes: BTreeSet<i32> = rows.iter().map(|&(code, _)| code).collect();
    assert_eq!(codes.len(), 67, "every mended code is distinct");
    for (code, text) in &rows {
        let variant = QqError::from_code(*code)
            .unwrap_or_else(|| panic!("QqError has no code {code} ({text})"));
        assert_eq!(variant.code(), *code);
        assert_eq!(variant.description(), text, "code {code}");
    }
    // 110510 stays as written.
    assert_eq!(QqError::Disabled.description(), "Disable");
}

#[test]
fn qq_adds_exactly_the_newer_documented_codes_and_two_of_the_mobile_sdk() {
    let newer = newer_qq_codes();
    assert_eq!(newer.len(), 16);
    for (code, text) in &newer {
        let variant = QqError::from_code(*code).unwrap_or_else(|| panic!("no code {code}"));
        assert_eq!(variant.description(), text, "code {code}");
    }
    // Nothing else: the seed's 67 codes, the 16 newer ones and the mobile SDK's two that the
    // OAuth table lacks (`tests/sources.rs` checks them) are the whole table.
    let mut expected: Vec<i32> = mended_seed_rows()
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    expected.extend(newer.iter().map(|&(code, _)| code));
    expected.extend([110_201, 110_407]);
    expected.sort_unstable();
    let actual: Vec<i32> = QqError::ALL.iter().map(|error| error.code()).collect();
    assert_eq!(actual, expected, "QqError::ALL is in ascending code order");
    // Codes that no copy of the table has.
    assert_eq!(QqError::from_code(100_047), None);
    assert_eq!(QqError::from_code(100_064), None);
}

/// The row of `oauth-errors/src/providers/qq/mod.rs` for `code`.
fn qq_source_row(code: i32) -> &'static str {
    source_row(QQ_SOURCE, code)
}

#[test]
fn qq_rows_that_differ_from_the_seed_say_so_in_their_documentation() {
    for (_, _, into) in MENDED {
        for &(code, _) in into {
            assert!(
                qq_source_row(code).contains("| Mended: "),
                "the row of {code} does not document its mend"
            );
        }
    }
    for (code, _) in newer_qq_codes() {
        assert!(
            qq_source_row(code).contains("| Not in the source copy: "),
            "the row of {code} does not say where it comes from"
        );
    }
}

#[test]
fn qq_names_say_what_the_codes_mean() {
    assert_eq!(QqError::Success.code(), 0);
    assert_eq!(QqError::MissingClientId.code(), 100_001);
    assert_eq!(QqError::MissingClientSecret.code(), 100_002);
    assert_eq!(QqError::InvalidRedirectUri.code(), 100_010);
    assert_eq!(QqError::AppNotOnline.code(), 100_011);
    assert_eq!(QqError::AccessTokenExpired.code(), 100_014);
    assert_eq!(QqError::AccessTokenRevoked.code(), 100_015);
    assert_eq!(QqError::CodeReused.code(), 100_020);
    assert_eq!(QqError::ApiNotAuthorizedByUser.code(), 100_030);
    assert_eq!(QqError::RefreshTokenExpired.code(), 100_037);
    assert_eq!(QqError::GetAppInfoFailed.code(), 110_506);
    assert_eq!(QqError::AppInfoSignatureVerificationFailed.code(), 110_507);
    assert_eq!(QqError::CodeExpired.code(), 100_067);
}

#[test]
fn weibo_names_come_from_the_error_ids() {
    assert_eq!(
        WeiboError::RedirectUriMismatch.error(),
        "redirect_uri_mismatch"
    );
    assert_eq!(WeiboError::InvalidGrant.code(), 21325);
    assert_eq!(
        WeiboError::AppkeyPermissionDenied.error(),
        "appkey permission denied"
    );
    assert_eq!(WeiboError::AppkeyPermissionDenied.code(), 21337);
}

#[test]
fn lookups_of_what_the_providers_send() {
    // Weibo: {"error":"invalid_grant","error_code":21325,...}
    let by_id: WeiboError = "invalid_grant".parse().unwrap();
    assert_eq!(by_id, WeiboError::InvalidGrant);
    assert_eq!(WeiboError::try_from(21325), Ok(WeiboError::InvalidGrant));
    assert_eq!(
        by_id.to_string(),
        "invalid_grant (21325): 提供的Access Grant是无效的、过期的或已撤销的"
    );
    // QQ: callback( {"error":100020,"error_description":"code is reused error"} );
    assert_eq!(QqError::try_from(100_020), Ok(QqError::CodeReused));
    assert_eq!(QqError::CodeReused.to_string(), "100020: code被重复使用。");

    let unknown = QqError::try_from(100_064).unwrap_err();
    assert_eq!(unknown, UnknownCode::new("QqError", 100_064));
    assert_eq!(unknown.to_string(), "unknown QqError code 100064");
    let unknown = "invalid_scope".parse::<WeiboError>().unwrap_err();
    assert_eq!(unknown.as_str(), "invalid_scope");
    assert_eq!(
        unknown.to_string(),
        "unknown WeiboError error id \"invalid_scope\""
    );
    // Ids are compared exactly.
    assert_eq!(WeiboError::from_error("INVALID_GRANT"), None);
    assert_eq!(WeiboError::from_error(" invalid_grant"), None);
}

#[test]
fn provider_enums_are_errors() {
    fn source_of(error: &dyn std::error::Error) -> bool {
        error.source().is_some()
    }
    assert!(!source_of(&WeiboError::ExpiredToken));
    assert!(!source_of(&QqError::AccessTokenExpired));
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(QqError::CodeReused);
    assert_eq!(boxed.to_string(), "100020: code被重复使用。");
}

/// The repository's README is the crate's (its crates.io page), with the two commands of the
/// repository before it.
#[test]
fn the_readme_is_the_crates() {
    let root = include_str!("../README.md");
    let crate_readme = include_str!("../oauth-errors/README.md");
    let commands = root
        .split_once("```sh\n")
        .and_then(|(_, rest)| rest.split_once("```\n"))
        .map(|(commands, _)| commands)
        .expect("the commands");
    assert!(commands.starts_with("cargo run --example lookup"));
    let without = root.replacen(&format!("```sh\n{commands}```\n\n"), "", 1);
    assert_eq!(without, crate_readme);
}

/// The provider table of the crate's README gives each shipped table's row count: the counts of
/// the enums.
#[test]
fn the_readmes_row_counts_are_the_tables() {
    use oauth_errors::{ProviderError, wechat::MiniProgramError};
    fn count<E: ProviderError>() -> (&'static str, usize) {
        (E::name(), E::all().len())
    }
    let tables = [
        count::<WeiboError>(),
        count::<oauth_errors::WeiboApiError>(),
        count::<QqError>(),
        count::<oauth_errors::QqApiError>(),
        count::<oauth_errors::WechatError>(),
        count::<MiniProgramError>(),
        count::<oauth_errors::AlipayError>(),
        count::<oauth_errors::AlipayApiError>(),
        count::<oauth_errors::AlipayGatewayError>(),
        count::<oauth_errors::TaobaoError>(),
        count::<oauth_errors::TaobaoApiError>(),
        count::<oauth_errors::taobao::TaobaoApiSubError>(),
        count::<oauth_errors::DingtalkError>(),
        count::<oauth_errors::DingtalkApiError>(),
        count::<oauth_errors::WecomError>(),
        count::<oauth_errors::FeishuError>(),
        count::<oauth_errors::FeishuApiError>(),
        count::<oauth_errors::DouyinError>(),
        count::<oauth_errors::DouyinApiError>(),
        count::<oauth_errors::BaiduError>(),
        count::<oauth_errors::BaiduApiError>(),
    ];
    let readme = include_str!("../oauth-errors/README.md");
    // "`WeiboError` (OAuth 2.0, 13 rows)", "`TaobaoApiSubError` (5)": the number before `)`.
    let mut listed = Vec::new();
    for line in readme.lines().filter(|line| line.starts_with("| ")) {
        for (index, _) in line.match_indices("` (") {
            let name = line[..index].rsplit('`').next().unwrap_or_default();
            if !name.ends_with("Error") {
                continue; // "`oauth2` (website)"
            }
            let inside = &line[index + 3..];
            let inside = &inside[..inside.find(')').expect("a closing parenthesis")];
            let number = inside.rsplit([',', '(']).next().unwrap_or_default();
            let number = number.trim().trim_end_matches(" rows");
            listed.push((name, number.parse::<usize>().expect(inside)));
        }
    }
    let mut tables = tables.to_vec();
    tables.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, tables);
}
