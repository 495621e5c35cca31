//! DingTalk's tables against the copies under `tests/data/dingtalk/` (see its
//! `provenance.md`): `DingtalkApiError` is the 2016 附录一 (`global.md`) then the codes of the
//! current 全局错误码 page it lacks (`global-current.md`); `DingtalkError` the string codes of
//! `oauth-codes.md`.

use crate::markdown::{has_chinese, plain};
use oauth_errors::{DingtalkApiError, DingtalkError, Kind};
use oauth_errors_tests::data_rows;
use std::collections::BTreeSet;

const GLOBAL_2016: &str = include_str!("../data/dingtalk/global.md");
const GLOBAL_CURRENT: &str = include_str!("../data/dingtalk/global-current.md");
const OAUTH_CODES: &str = include_str!("../data/dingtalk/oauth-codes.md");
const CRATE_GLOBAL: &str = include_str!("../../oauth-errors/src/providers/dingtalk/global.md");

/// The 2016 table: `参数 | 说明` rows without outer pipes, after its header and delimiter.
fn rows_2016() -> Vec<(i32, String)> {
    GLOBAL_2016
        .lines()
        .skip(2)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (code, text) = line.split_once('|').expect("two cells");
            (code.trim().parse().expect("a code"), text.trim().to_owned())
        })
        .collect()
}

/// The note of the crate table's row for `code`.
fn note(code: i32) -> String {
    let prefix = format!("| {code} |");
    let line = CRATE_GLOBAL
        .lines()
        .find(|line| line.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no row for {code}"));
    oauth_errors_tests::cells(line)[4].clone()
}

#[test]
fn the_api_table_is_the_2016_table_then_the_current_pages_additions() {
    let published = rows_2016();
    assert_eq!(published.len(), 275);
    // 60107 is published twice, with the same text: shipped once.
    let twice: Vec<_> = published
        .iter()
        .filter(|(code, _)| *code == 60_107)
        .collect();
    assert_eq!(twice.len(), 2);
    assert_eq!(twice[0].1, twice[1].1);
    let mut seen = BTreeSet::new();
    let old: Vec<&(i32, String)> = published
        .iter()
        .filter(|(code, _)| seen.insert(*code))
        .collect();
    assert_eq!(old.len(), 274);

    let current = data_rows(GLOBAL_CURRENT, "| HttpCode | 错误码 |");
    assert_eq!(current.len(), 379);
    let added: Vec<(i32, String)> = current
        .iter()
        .map(|cells| (cells[0].parse().expect("a code"), plain(&cells[1])))
        .filter(|(code, _)| !seen.contains(code))
        .collect();
    assert_eq!(added.len(), 122);

    assert_eq!(DingtalkApiError::ALL.len(), 274 + 122);
    let expected = old
        .iter()
        .map(|(code, text)| (*code, text.as_str()))
        .chain(added.iter().map(|(code, text)| (*code, text.as_str())));
    for (variant, (code, text)) in DingtalkApiError::ALL.iter().zip(expected) {
        assert_eq!(variant.code(), code, "the tables' order");
        // The 2016 cells use no Markdown but literal underscores and `\uxxxx`: as written.
        assert_eq!(variant.description(), text, "{code}");
        assert_eq!(DingtalkApiError::from_code(code), Some(*variant));
        if variant.kind() == Kind::Unknown {
            assert!(
                note(code).contains("Kind `unknown`"),
                "{code} is unknown without a reason"
            );
        }
    }
    for (code, _) in &added {
        assert!(
            note(*code).starts_with("Not in the 2016 附录一; from the current 全局错误码 page."),
            "{code}"
        );
    }
    // The one row left unknown: 88, whose real cause is in `sub_code`.
    let unknown: Vec<_> = DingtalkApiError::ALL
        .iter()
        .filter(|e| e.kind() == Kind::Unknown)
        .collect();
    assert_eq!(unknown, [&DingtalkApiError::AuthenticationException]);
    assert_eq!(DingtalkApiError::AuthenticationException.code(), 88);
    assert_eq!(DingtalkApiError::Success.kind(), Kind::Success);
}

#[test]
fn the_api_tables_gaps_stay_gaps() {
    // Named by DingTalk's rate-limit page without a text (90018, 90020), or known only from a
    // probe log (40096, 22, 300005, 660026).
    for code in [90_018, 90_020, 40_096, 22, 300_005, 660_026] {
        assert_eq!(DingtalkApiError::from_code(code), None, "{code}");
    }
    for id in [
        "Forbidden.AccessDenied.ApiCountLimitForOrg",
        "AuthenticationFailed.MissingParameter",
        "invalidToken",
        "missingParameter",
    ] {
        assert_eq!(DingtalkError::from_error(id), None, "{id}");
    }
}

#[test]
fn the_oauth_table_is_the_first_published_row_of_each_id() {
    // Every table of the file has the same header: read them all, in order.
    let mut all = Vec::new();
    let mut rest = OAUTH_CODES;
    while let Some(at) = rest.find("\n| HttpCode | 错误码 |") {
        rest = &rest[at + 1..];
        all.extend(data_rows(rest, "| HttpCode | 错误码 |"));
        rest = &rest[1..];
    }
    assert_eq!(all.len(), 35);
    assert_eq!(DingtalkError::ALL.len(), 23);
    for variant in DingtalkError::ALL {
        let first = all
            .iter()
            .find(|cells| plain(&cells[1]) == variant.error())
            .unwrap_or_else(|| panic!("{variant:?} is not in the copy"));
        let (message, note) = (plain(&first[2]), plain(&first[3]));
        // The message DingTalk sends when it is Chinese, else the 说明; the English message as
        // the English text.
        if has_chinese(&message) {
            assert_eq!(variant.description(), message, "{variant:?}");
            assert_eq!(variant.description_en(), None, "{variant:?}");
        } else {
            assert_eq!(variant.description(), note, "{variant:?}");
            assert_eq!(
                variant.description_en(),
                Some(message.as_str()),
                "{variant:?}"
            );
        }
        assert_eq!(DingtalkError::from_error(variant.error()), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{variant:?}");
    }
    // Ids no DingTalk table lists, from bodies DingTalk sent.
    assert_eq!(
        DingtalkError::AuthCodeNotFound.error(),
        "invalidParameter.authCode.notFound"
    );
    assert_eq!(DingtalkError::ActionNotFound.description(), "");
}
