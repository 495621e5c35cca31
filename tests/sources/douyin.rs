//! Douyin's two enums against the copies under `tests/data/douyin` (see its `provenance.md`):
//! `DouyinError` is the older 错误码 page's OAuth rows (the gadfly3173 SDK's copy) with `10001`
//! from the current access-token page (the `XiaoFeng` copy); `DouyinApiError` is the status-code
//! page's new and old tables, `28001003` from the user-info page, and the older page's
//! `2190002`–`2190016`.

use super::{data_rows, unescaped};
use oauth_errors::{DouyinApiError, DouyinError, Kind};
use std::collections::BTreeMap;

const LEGACY: &str = include_str!("../data/douyin/legacy-error-code.md");
const XIAOFENG: &str = include_str!("../data/douyin/access-token-codes-xiaofeng.md");
const RENEW: &str = include_str!("../data/douyin/renew-refresh-token-codes.md");
const CLIENT_TOKEN: &str = include_str!("../data/douyin/client-token-codes.md");
const USERINFO: &str = include_str!("../data/douyin/userinfo-codes.md");
const STATUS_NEW: &str = include_str!("../data/douyin/status-code-new.md");
const STATUS_OLD: &str = include_str!("../data/douyin/status-code-old.md");
const OAUTH_TABLE: &str = include_str!("../../oauth-errors/src/providers/douyin/oauth.md");
const STATUS_TABLE: &str = include_str!("../../oauth-errors/src/providers/douyin/status.md");

/// `code → (text, advice)` of a table whose rows are `| code | text | advice |`, or, with an
/// HTTP status first, `| 200 | code | text | advice |`.
fn texts(copy: &str, header: &str) -> Vec<(i32, String, String)> {
    data_rows(copy, header)
        .into_iter()
        .map(|cells| {
            let cells = if cells[0] == "200" {
                &cells[1..]
            } else {
                &cells[..]
            };
            let code = cells[0].parse().unwrap_or_else(|_| panic!("{cells:?}"));
            (
                code,
                cells[1].clone(),
                cells.get(2).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// The notes of the crate table `table`, by code, as a reader sees them.
fn notes(table: &str) -> BTreeMap<i32, String> {
    data_rows(table, "| 返回码(code) |")
        .into_iter()
        .map(|cells| (cells[0].parse().unwrap(), unescaped(&cells[4])))
        .collect()
}

#[test]
fn douyin_error_is_the_oauth_rows_of_the_older_page_and_10001() {
    let legacy = texts(LEGACY, "| 错误码 | 描述 |");
    assert_eq!(legacy.len(), 42);
    let xiaofeng = texts(XIAOFENG, "| HTTP 状态码 |");
    assert_eq!(xiaofeng.len(), 10);
    // The older page's OAuth rows: 0 and 10002–10020.
    let oauth: Vec<_> = legacy
        .iter()
        .filter(|(code, _, _)| *code == 0 || (10_000..11_000).contains(code))
        .collect();
    assert_eq!(oauth.len(), 16);
    let (_, system_error, _) = xiaofeng
        .iter()
        .find(|(code, _, _)| *code == 10_001)
        .unwrap();
    let mut expected: Vec<(i32, &str)> = oauth
        .iter()
        .map(|(code, text, _)| (*code, text.as_str()))
        .collect();
    expected.insert(1, (10_001, system_error));
    assert_eq!(DouyinError::ALL.len(), 17);
    for (variant, (code, text)) in DouyinError::ALL.iter().zip(&expected) {
        assert_eq!(
            variant.code(),
            *code,
            "the page's order, 10001 in code order"
        );
        assert_eq!(variant.description(), *text, "{code}");
        assert_eq!(DouyinError::from_code(*code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    assert_eq!(DouyinError::Success.kind(), Kind::Success);
    // In no copy.
    for code in [10_009, 10_016, 10_018, 10_019] {
        assert_eq!(DouyinError::from_code(code), None, "{code}");
    }
}

#[test]
fn douyin_error_rows_quote_the_current_wording() {
    let notes = notes(OAUTH_TABLE);
    let current = texts(XIAOFENG, "| HTTP 状态码 |")
        .into_iter()
        .chain(texts(RENEW, "| HTTP 状态码 |"))
        .chain(texts(CLIENT_TOKEN, "| HTTP 状态码 |"));
    let mut quoted = 0;
    for (code, text, _) in current {
        let variant = DouyinError::from_code(code).unwrap_or_else(|| panic!("no {code}"));
        if variant.description() != text {
            assert!(
                notes[&code].contains(&text),
                "{code}: the note does not quote {text}"
            );
            quoted += 1;
        }
    }
    // 10003 (twice), 10004, 10010 (twice), 10013 (twice), 10014, 10020 (twice).
    assert_eq!(quoted, 11);
}

#[test]
fn douyin_api_error_is_the_status_code_tables() {
    let new = texts(STATUS_NEW, "| 错误码 | 含义 |");
    let old = texts(STATUS_OLD, "| 错误码 | 含义 |");
    let userinfo = texts(USERINFO, "| HTTP 状态码 |");
    let legacy = texts(LEGACY, "| 错误码 | 描述 |");
    assert_eq!((new.len(), old.len(), userinfo.len()), (23, 6, 4));
    // 0, 28001003, the new table's 22 codes, the old table's 5, the older page's 6.
    let (_, token_invalid, _) = userinfo
        .iter()
        .find(|(code, _, _)| *code == 28_001_003)
        .unwrap();
    let mut expected: Vec<(i32, String, String)> = vec![
        new[0].clone(),
        (28_001_003, token_invalid.clone(), String::new()),
    ];
    expected.extend(new[1..].iter().cloned());
    expected.extend(old[1..].iter().cloned());
    let later = [
        2_190_002, 2_190_003, 2_190_004, 2_190_008, 2_190_015, 2_190_016,
    ];
    expected.extend(
        legacy
            .iter()
            .filter(|(code, _, _)| later.contains(code))
            .cloned(),
    );
    assert_eq!(DouyinApiError::ALL.len(), 35);
    assert_eq!(expected.len(), 35);
    let notes = notes(STATUS_TABLE);
    for (variant, (code, text, advice)) in DouyinApiError::ALL.iter().zip(&expected) {
        assert_eq!(variant.code(), *code, "the tables' order");
        assert_eq!(variant.description(), text, "{code}");
        if !advice.is_empty() {
            assert!(
                notes[code].contains(&format!("排查建议：{advice}")),
                "{code}: the note does not give the advice {advice}"
            );
        }
        assert_eq!(DouyinApiError::from_code(*code), Some(*variant));
        if variant.kind() == Kind::Unknown {
            assert!(notes[code].contains("Kind `unknown`"), "{code}");
        }
        // The two tables share only 0.
        assert_eq!(
            DouyinError::from_code(*code).is_some(),
            *code == 0,
            "{code}"
        );
    }
    assert_eq!(DouyinApiError::UnknownUri.kind(), Kind::Unknown);
    // The user-info page words 28001005 otherwise: the note says so.
    assert!(notes[&28_001_005].contains("系统内部错误,请重试"));
    // The older page's video, comment and enterprise codes are not OAuth or status codes.
    for code in [2_190_005, 2_114_005, 2_111_001, 2_113_002] {
        assert_eq!(DouyinApiError::from_code(code), None, "{code}");
    }
}
