//! WeChat's mini-program login table and the rows added to WeChat's global table, against the
//! copies under `tests/data/wechat-miniprogram` (see its `provenance.md`) and `WxJava`'s copy of
//! the 开放平台 table (`tests/data/sources/wechat`).

use super::{data_rows, rendered, unescaped};
use oauth_errors::wechat::MiniProgramError;
use oauth_errors::{Kind, WechatError};

const CODE2SESSION: &str = include_str!("../data/wechat-miniprogram/code2session.md");
const CODE2SESSION_OLDER: &str = include_str!("../data/wechat-miniprogram/code2session-older.md");
const GET_ACCESS_TOKEN: &str = include_str!("../data/wechat-miniprogram/getaccesstoken.md");
const GET_STABLE_ACCESS_TOKEN: &str =
    include_str!("../data/wechat-miniprogram/getstableaccesstoken.md");
const EXCERPTS: &str =
    include_str!("../data/wechat-miniprogram/sources/docs-and-issues-corpus-excerpts.md");
const ROWS_61004: &str =
    include_str!("../data/wechat-miniprogram/sources/Marco9442__61004-rows__1452f96e.md");
const WX_OPEN: &str =
    include_str!("../data/sources/wechat/WxJava__WxOpenErrorMsgEnum__3e48dc7f.tsv");

/// `(code, 错误描述, 解决方案)` of one of the pages' 错误码 tables, as a reader sees them.
fn page_rows(copy: &str) -> Vec<(i32, String, String)> {
    data_rows(copy, "| 错误码 | 错误描述 | 解决方案 |")
        .into_iter()
        .map(|cells| {
            (
                cells[0].parse().unwrap(),
                unescaped(&cells[1]),
                unescaped(&cells[2]),
            )
        })
        .collect()
}

/// The row of `code` in `rows`.
fn row(rows: &[(i32, String, String)], code: i32) -> (String, String) {
    let (_, first, second) = rows
        .iter()
        .find(|(seen, _, _)| *seen == code)
        .unwrap_or_else(|| panic!("no row {code}"));
    (first.clone(), second.clone())
}

/// `(text, english)` of `code` in `WxJava`'s copy of the 开放平台 table.
fn wx_open(code: i32) -> (String, String) {
    let prefix = format!("{code}\t");
    let line = WX_OPEN
        .lines()
        .find(|line| line.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no row {code}"));
    let cells: Vec<&str> = line.split('\t').collect();
    (cells[1].to_owned(), cells[2].to_owned())
}

#[test]
fn mini_program_error_is_the_code2session_table() {
    let page = page_rows(CODE2SESSION);
    assert_eq!(page.len(), 4);
    assert_eq!(MiniProgramError::ALL.len(), 6);
    // The page's four rows, in its order: the Chinese of 解决方案 (of 错误描述 for 40029, the
    // one row whose 错误描述 is Chinese) and the English of 错误描述.
    for (variant, (code, english, chinese)) in MiniProgramError::ALL.iter().zip(&page) {
        assert_eq!(variant.code(), *code, "the page's order");
        if *code == 40029 {
            assert_eq!(variant.description(), english);
            // No English on the page: the 开放平台 table's, which WeChat sends.
            assert_eq!(variant.description_en(), Some(&*wx_open(40029).1));
        } else {
            assert_eq!(variant.description(), rendered(chinese), "{code}");
            assert_eq!(
                variant.description_en(),
                Some(&*rendered(english)),
                "{code}"
            );
        }
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    // 0 from the older revision; 40163 from the 开放平台 table.
    let older: Vec<Vec<String>> = data_rows(CODE2SESSION_OLDER, "|值|说明|");
    let success = older.iter().find(|cells| cells[0] == "0").unwrap();
    assert_eq!(MiniProgramError::ALL[4], MiniProgramError::Success);
    assert_eq!(MiniProgramError::Success.description(), success[1]);
    assert_eq!(MiniProgramError::Success.kind(), Kind::Success);
    let (text, english) = wx_open(40163);
    assert_eq!(MiniProgramError::ALL[5], MiniProgramError::CodeAlreadyUsed);
    assert_eq!(MiniProgramError::CodeAlreadyUsed.description(), text);
    assert_eq!(
        MiniProgramError::CodeAlreadyUsed.description_en(),
        Some(&*english)
    );
    assert!(EXCERPTS.contains(r#"{"errcode":40163,"errmsg":"code been used, rid: "#));
}

#[test]
fn the_global_additions() {
    let added = &WechatError::ALL[161..];
    let codes: Vec<i32> = added.iter().map(|variant| variant.code()).collect();
    assert_eq!(codes, [-2, 40048, 40125, 40164, 40226, 40227, 40243, 61004]);
    let token = page_rows(GET_ACCESS_TOKEN);
    let stable = page_rows(GET_STABLE_ACCESS_TOKEN);
    let code2session = page_rows(CODE2SESSION);
    // (code, Chinese, English) as the copies give them (see provenance.md).
    let expected: [(i32, String, Option<String>); 8] = [
        (
            -2,
            String::new(),
            Some("invalid scope or bad scope".to_owned()),
        ),
        (40048, wx_open(40048).0, Some(wx_open(40048).1)),
        (
            40125,
            "无效的appsecret".to_owned(),
            Some(row(&stable, 40125).0),
        ),
        (40164, row(&token, 40164).0, Some(wx_open(40164).1)),
        (
            40226,
            row(&code2session, 40226).1,
            Some(row(&code2session, 40226).0),
        ),
        (40227, "标题为空".to_owned(), None),
        (40243, row(&token, 40243).0, None),
        (
            61004,
            "客户端ip未授权。请检查调用端ip是否在服务商ip白名单中。".to_owned(),
            Some(wx_open(61004).1),
        ),
    ];
    for (variant, (code, chinese, english)) in added.iter().zip(&expected) {
        assert_eq!(variant.code(), *code);
        assert_eq!(variant.description(), chinese, "{code}");
        assert_eq!(variant.description_en(), english.as_deref(), "{code}");
        assert_eq!(WechatError::from_code(*code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    // The texts no table row of a repository copy gives: in the excerpts and copies read.
    assert!(EXCERPTS.contains(r#"{ errcode: -2, errmsg: "invalid scope or bad scope""#));
    assert!(EXCERPTS.contains("| 40125 | 无效的appsecret |"));
    assert!(EXCERPTS.contains("| 40227 | 标题为空 |"));
    assert!(
        ROWS_61004.contains("| 61004 | 客户端ip未授权。请检查调用端ip是否在服务商ip白名单中。 |")
    );
    // The global table and the mini-program's share 40226's row.
    assert_eq!(
        WechatError::CodeBlocked.description(),
        MiniProgramError::CodeBlocked.description()
    );
}
