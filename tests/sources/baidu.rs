//! Baidu's two enums against the copies under `tests/data/baidu` (see its `provenance.md`):
//! the appendix of Baidu's OAuth page (its `OAuth2.0错误码列表` and `OpenAPI错误码列表`), the older
//! 百度Open API错误码定义 page, and `access_denied` from the page's `redirect_uri` parameter.

use super::{data_rows, unescaped};
use oauth_errors::{BaiduApiError, BaiduError, Kind};
use std::collections::BTreeMap;

const OAUTH: &str = include_str!("../data/baidu/oauth-errors.md");
const OPENAPI: &str = include_str!("../data/baidu/openapi-errors.md");
const OPENAPI_LEGACY: &str = include_str!("../data/baidu/openapi-errors-legacy.md");
const PAGE: &str =
    include_str!("../data/baidu/sources/index-27269556503__openauth-doc-sections-1-5.md");
const OPENAPI_TABLE: &str = include_str!("../../oauth-errors/src/providers/baidu/openapi.md");

/// The rows of `copy`'s table under `header`, each cell as a reader sees it.
fn rows(copy: &str, header: &str) -> Vec<Vec<String>> {
    data_rows(copy, header)
        .into_iter()
        .map(|cells| cells.iter().map(|cell| unescaped(cell)).collect())
        .collect()
}

#[test]
fn baidu_error_is_the_oauth_table_and_access_denied() {
    let rows = rows(OAUTH, "| **错误码** |");
    assert_eq!(rows.len(), 13);
    assert_eq!(BaiduError::ALL.len(), 14);
    for (variant, cells) in BaiduError::ALL.iter().zip(&rows) {
        assert_eq!(variant.error(), cells[0], "the page's order");
        assert_eq!(
            variant.description_en(),
            Some(cells[1].as_str()),
            "{}",
            cells[0]
        );
        assert_eq!(variant.description(), cells[2], "{}", cells[0]);
        assert_eq!(BaiduError::from_error(&cells[0]), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{}", cells[0]);
    }
    // `access_denied`: named by the `redirect_uri` parameter, with no text of its own.
    assert!(PAGE.contains("在URI末尾附上error=access\\_denied参数"));
    let denied = BaiduError::ALL[13];
    assert_eq!(denied, BaiduError::AccessDenied);
    assert_eq!(denied.error(), "access_denied");
    assert_eq!((denied.description(), denied.description_en()), ("", None));
    assert_eq!(denied.kind(), Kind::Denied);
}

#[test]
fn baidu_api_error_is_the_current_table_then_the_older_page() {
    let current = rows(OPENAPI, "| **错误码** |");
    let legacy = rows(OPENAPI_LEGACY, "| Error Code |");
    assert_eq!((current.len(), legacy.len()), (13, 36));
    // (code, Chinese, English): the current table's 13, then the older page's codes it lacks.
    let mut expected: Vec<(i32, String, String)> = current
        .iter()
        .map(|cells| {
            (
                cells[0].parse().unwrap(),
                cells[2].clone(),
                cells[1].clone(),
            )
        })
        .collect();
    let older: BTreeMap<i32, (String, String)> = legacy
        .iter()
        .map(|cells| {
            (
                cells[0].parse().unwrap(),
                (cells[1].clone(), cells[2].clone()),
            )
        })
        .collect();
    for cells in &legacy {
        let code: i32 = cells[0].parse().unwrap();
        if !expected.iter().any(|(seen, _, _)| *seen == code) {
            expected.push((code, cells[1].clone(), cells[2].clone()));
        }
    }
    assert_eq!(expected.len(), 40);
    assert_eq!(BaiduApiError::ALL.len(), expected.len());
    let notes: BTreeMap<i32, String> = data_rows(OPENAPI_TABLE, "| 返回码(code) |")
        .into_iter()
        .map(|cells| (cells[0].parse().unwrap(), unescaped(&cells[5])))
        .collect();
    for (variant, (code, chinese, english)) in BaiduApiError::ALL.iter().zip(&expected) {
        assert_eq!(variant.code(), *code, "the tables' order");
        assert_eq!(variant.description(), chinese, "{code}");
        assert_eq!(variant.description_en(), Some(english.as_str()), "{code}");
        assert_eq!(BaiduApiError::from_code(*code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
        // A code both pages have: the older wording is quoted.
        if let Some((old_chinese, old_english)) = older.get(code)
            && (old_chinese != chinese || old_english != english)
        {
            assert!(
                notes[code].contains(&format!("`{old_chinese}` / `{old_english}`")),
                "{code}: the note does not quote the older page"
            );
        }
    }
    // No copy lists 8–16 or 20–99.
    for code in (8..=16).chain(20..=99) {
        assert_eq!(BaiduApiError::from_code(code), None, "{code}");
    }
}
