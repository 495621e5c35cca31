//! Feishu's tables against the copies under `tests/data/feishu/` (see its `provenance.md`):
//! `FeishuError` is the union of the get and refresh `user_access_token` pages' tables (and
//! agrees with the English Lark pages), `FeishuApiError` the generic error-code table.

use crate::markdown::plain;
use oauth_errors::{FeishuApiError, FeishuError, Kind};
use oauth_errors_tests::data_rows;
use std::collections::{BTreeMap, BTreeSet};

const GET: &str = include_str!("../data/feishu/get-user-access-token-codes.md");
const REFRESH: &str = include_str!("../data/feishu/refresh-user-access-token-codes.md");
const GET_EN: &str = include_str!("../data/feishu/get-user-access-token-codes-en.md");
const REFRESH_EN: &str = include_str!("../data/feishu/refresh-user-access-token-codes-en.md");
const GENERIC: &str = include_str!("../data/feishu/generic-error-codes.md");
const USER_INFO: &str = include_str!("../data/feishu/user-info-codes.md");
const CRATE_GENERIC: &str = include_str!("../../oauth-errors/src/providers/feishu/generic.md");

/// `code → (HTTP status, description, advice)` of a page's table.
fn by_code(text: &str, header: &str) -> BTreeMap<i32, (u16, String, String)> {
    data_rows(text, header)
        .into_iter()
        .map(|cells| {
            let code = cells[1].parse().expect("a code");
            (
                code,
                (
                    cells[0].parse().expect("a status"),
                    plain(&cells[2]),
                    plain(&cells[3]),
                ),
            )
        })
        .collect()
}

#[test]
fn the_token_table_is_both_pages() {
    let get = by_code(GET, "| HTTP 状态码 |");
    let refresh = by_code(REFRESH, "| HTTP 状态码 |");
    assert_eq!((get.len(), refresh.len()), (21, 21));
    let codes: BTreeSet<i32> = get.keys().chain(refresh.keys()).copied().collect();
    assert_eq!(codes.len(), 26);
    assert_eq!(FeishuError::ALL.len(), codes.len());
    for (variant, code) in FeishuError::ALL.iter().zip(&codes) {
        assert_eq!(variant.code(), *code, "in the order of the codes");
        // The get page's row where both pages have the code.
        let (status, english, advice) = get.get(code).or_else(|| refresh.get(code)).unwrap();
        assert_eq!(i32::from(*status), variant.category(), "{code}");
        assert_eq!(variant.description(), advice, "{code}");
        assert_eq!(variant.description_en(), Some(english.as_str()), "{code}");
        if let (Some(a), Some(b)) = (get.get(code), refresh.get(code)) {
            assert_eq!(
                (a.0, &a.1),
                (b.0, &b.1),
                "{code}: both pages agree but for the advice"
            );
        }
        assert_eq!(FeishuError::from_code(*code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    // The English Lark pages: the same codes, statuses and descriptions.
    for english in [
        by_code(GET_EN, "| HTTP Status Code |"),
        by_code(REFRESH_EN, "| HTTP Status Code |"),
    ] {
        assert_eq!(english.len(), 21);
        for (code, (status, description, _)) in english {
            let variant = FeishuError::from_code(code).unwrap();
            assert_eq!(i32::from(status), variant.category(), "{code}");
            assert_eq!(
                variant.description_en(),
                Some(description.as_str()),
                "{code}"
            );
        }
    }
    // No copy gives the `error` id of a code, nor a row for 20027 or 0.
    for code in [0, 20_027] {
        assert_eq!(FeishuError::from_code(code), None, "{code}");
    }
}

#[test]
fn the_api_table_is_the_generic_error_code_page() {
    let published = data_rows(GENERIC, "| 错误码 | 说明 | 排查建议 |");
    assert_eq!(published.len(), 553);
    let mut seen = BTreeSet::new();
    let kept: Vec<_> = published
        .iter()
        .filter(|cells| seen.insert(cells[0].clone()))
        .collect();
    // 40001, 40003, 40008 and 99992364 are published twice: the first row is kept.
    assert_eq!(kept.len(), 549);
    assert_eq!(FeishuApiError::ALL.len(), kept.len());
    let mut unknown = 0;
    for (variant, cells) in FeishuApiError::ALL.iter().zip(kept) {
        let code: i32 = cells[0].parse().unwrap();
        assert_eq!(variant.code(), code, "the page's order");
        assert_eq!(
            variant.description_en(),
            Some(plain(&cells[1]).as_str()),
            "{code}"
        );
        assert_eq!(variant.description(), plain(&cells[2]), "{code}");
        assert_eq!(FeishuApiError::from_code(code), Some(*variant));
        if variant.kind() == Kind::Unknown {
            unknown += 1;
            let row = CRATE_GENERIC
                .lines()
                .find(|line| line.starts_with(&format!("| {code} |")))
                .unwrap();
            assert!(
                row.contains("Kind `unknown`"),
                "{code} is unknown without a reason"
            );
        }
    }
    assert_eq!(unknown, 14);
}

#[test]
fn the_tables_agree_where_they_share_a_code() {
    let shared: Vec<_> = FeishuError::ALL
        .iter()
        .filter_map(|token| Some((*token, FeishuApiError::from_code(token.code())?)))
        .collect();
    let codes: Vec<i32> = shared.iter().map(|(token, _)| token.code()).collect();
    assert_eq!(
        codes,
        [
            20_001, 20_002, 20_003, 20_004, 20_008, 20_009, 20_010, 20_024
        ]
    );
    for (token, api) in shared {
        assert_eq!(token.kind(), api.kind(), "{token:?} and {api:?}");
    }
}

#[test]
fn the_user_info_codes_are_in_the_tables() {
    let published = data_rows(USER_INFO, "| HTTP状态码 |");
    assert_eq!(published.len(), 7);
    for cells in published {
        let code: i32 = cells[1].parse().unwrap();
        // Looked up as a response does: the token table first.
        let kind = FeishuError::from_code(code)
            .map(FeishuError::kind)
            .or_else(|| FeishuApiError::from_code(code).map(FeishuApiError::kind));
        assert!(kind.is_some(), "{code}");
    }
    assert_eq!(FeishuApiError::InvalidAccessToken.code(), 20_005);
    assert_eq!(FeishuApiError::InvalidAccessToken.kind(), Kind::Refresh);
}
