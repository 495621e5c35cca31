//! WeCom's table against the copy of its 全局错误码 page under `tests/data/wecom/` (see its
//! `provenance.md`).

use crate::markdown::plain;
use oauth_errors::{Kind, WecomError};
use oauth_errors_tests::data_rows;

const GLOBAL: &str = include_str!("../data/wecom/global.md");

#[test]
fn the_table_is_the_global_error_code_page() {
    let published = data_rows(GLOBAL, "| 错误码 | 错误说明 | 排查方法 |");
    assert_eq!(published.len(), 1552);
    assert_eq!(WecomError::ALL.len(), published.len());
    for (variant, cells) in WecomError::ALL.iter().zip(&published) {
        let code: i32 = cells[0].parse().unwrap_or_else(|_| panic!("{cells:?}"));
        assert_eq!(variant.code(), code, "the page's order");
        assert_eq!(variant.description(), plain(&cells[1]), "{code}");
        assert_eq!(variant.to_string(), format!("{code}: {}", plain(&cells[1])));
        assert_eq!(WecomError::from_code(code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    // The three cells written in Markdown or HTML, as the page shows them.
    assert_eq!(
        WecomError::from_code(2_022_029).unwrap().description(),
        "智能表的 行|列|大小 达到上限"
    );
    assert!(
        WecomError::from_code(90_503)
            .unwrap()
            .description()
            .starts_with("满人 & 99个")
    );
    assert!(
        WecomError::from_code(740_000)
            .unwrap()
            .description()
            .contains("<host,port>")
    );
    // The page's order, as published: ascending but for its last rows.
    let codes: Vec<i32> = WecomError::ALL.iter().map(|error| error.code()).collect();
    assert_eq!(codes[..3], [-1, 0, 6000]);
    assert_eq!(codes[codes.len() - 3..], [2_543_337, 2_543_303, 2_543_306]);
}

#[test]
fn the_login_codes_have_the_kinds_the_pages_describe() {
    for (code, kind) in [
        // gettoken
        (40_013, Kind::Misconfigured),
        (40_001, Kind::Misconfigured),
        (40_091, Kind::Misconfigured),
        (41_002, Kind::InvalidRequest),
        (41_004, Kind::InvalidRequest),
        (45_009, Kind::RateLimited),
        (60_020, Kind::Misconfigured),
        // any call with the app's token
        (40_014, Kind::Refresh),
        (42_001, Kind::Refresh),
        (41_001, Kind::InvalidRequest),
        // auth/getuserinfo
        (40_029, Kind::Reauthorize),
        (42_003, Kind::Reauthorize),
        (42_022, Kind::Reauthorize),
        (41_008, Kind::InvalidRequest),
        (50_001, Kind::Misconfigured),
        (-1, Kind::Retry),
        (0, Kind::Success),
    ] {
        assert_eq!(
            WecomError::from_code(code).map(WecomError::kind),
            Some(kind),
            "{code}"
        );
    }
}

#[test]
fn codes_gone_from_the_page_are_not_shipped() {
    // 790000–790008: in go-workwx's 2024 copy of the page, not on the page now.
    for code in 790_000..=790_008 {
        assert_eq!(WecomError::from_code(code), None, "{code}");
    }
    // The web login component's JavaScript codes are not API codes.
    for code in [-31_020, -31_027, -31_040] {
        assert_eq!(WecomError::from_code(code), None, "{code}");
    }
}
