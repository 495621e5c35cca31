//! Tests of the proposals: the cases of issue 22, and the property that a proposed header pasted
//! back compiles, or leaves only problems of rows that were reported with the proposal.

use crate::diag::Diagnostic;
use crate::keywords::{self, Named};
use crate::validate::{Checked, check};
use paste_back::{check_proposal, proposal, with_header};
use proptest::prelude::*;
use std::fmt::Write as _;

#[path = "paste_back.rs"]
mod paste_back;

/// How a column's cells are made.
#[derive(Clone, Copy, Debug)]
enum Content {
    UniqueIntegers,
    RepeatedIntegers,
    MostlyUniqueIntegers,
    Ids,
    IdsWithSpaces,
    Chinese,
    English,
    Kinds,
    Sparse,
    Markup,
}

fn cell(content: Content, row: usize, noise: u32) -> String {
    let noise = noise as usize;
    match content {
        Content::UniqueIntegers => format!("{}", 40_000 + row * 7 + noise % 5),
        Content::RepeatedIntegers => ["400", "500", "400"][(row + noise) % 3].to_owned(),
        Content::MostlyUniqueIntegers if row == 2 => "60107".to_owned(),
        Content::MostlyUniqueIntegers => format!("{}", 60_100 + row + 5),
        Content::Ids => {
            [
                "isv.code-invalid",
                "invalid_grant",
                "AADSTS50058",
                "isp.unknow-error",
            ][noise % 4]
                .to_owned()
                + &"_x".repeat(row)
        }
        Content::IdsWithSpaces if row == 0 => "appkey permission denied".to_owned(),
        Content::IdsWithSpaces => format!("expired_token_{row}"),
        Content::Chinese => ["提供的Access Grant是无效的", "系统繁忙", "授权码code无效"]
            [(row + noise) % 3]
            .to_owned(),
        Content::English => ["system error", "invalid appid", "ok"][(row + noise) % 3].to_owned(),
        Content::Kinds => ["retry", "reauthorize", ""][(row + noise) % 3].to_owned(),
        Content::Sparse if row.is_multiple_of(2) => String::new(),
        Content::Sparse => "see the docs".to_owned(),
        Content::Markup => {
            ["`x`", "**1**", "a<br>b", "[t](u)", "\\_", "&amp;"][(row + noise) % 6].to_owned()
        }
    }
}

const HEADERS: &[&str] = &[
    "错误码",
    "错误编号",
    "错误描述",
    "说明",
    "含义说明",
    "状态码",
    "HTTP 状态码",
    "解决方案",
    "排查建议",
    "返回码",
    "标识",
    "参数",
    "代码 a\\|b",
    "错误(码",
    "备注",
    "信息",
    "**错误码**",
    "",
    "Field",
    "列",
];

prop_compose! {
    /// A table whose header names no roles, in Markdown or tab-separated.
    fn roleless_table()(
        columns in prop::collection::vec(
            (
                prop::sample::select(HEADERS),
                prop::sample::select(vec![
                    Content::UniqueIntegers, Content::RepeatedIntegers,
                    Content::MostlyUniqueIntegers, Content::Ids, Content::IdsWithSpaces,
                    Content::Chinese, Content::English, Content::Kinds, Content::Sparse,
                    Content::Markup,
                ]),
            ),
            1..6,
        ),
        rows in 1usize..7,
        noise in prop::collection::vec(any::<u32>(), 6 * 7),
        tabs in any::<bool>(),
    ) -> String {
        let mut text = String::new();
        let separator = if tabs { "\t" } else { " | " };
        let line = |cells: Vec<String>| {
            let cells: Vec<String> = if tabs {
                cells.iter().map(|cell| cell.replace("\\|", "|")).collect()
            } else {
                cells
            };
            if tabs {
                cells.join(separator)
            } else {
                format!("| {} |", cells.join(separator))
            }
        };
        text.push_str(&line(columns.iter().map(|(header, _)| (*header).to_owned()).collect()));
        text.push('\n');
        if !tabs {
            let _ = writeln!(text, "|{}", " --- |".repeat(columns.len()));
        }
        for row in 0..rows {
            let cells = columns
                .iter()
                .enumerate()
                .map(|(index, (_, content))| cell(*content, row, noise[row * 6 + index]))
                .collect();
            let _ = writeln!(text, "{}", line(cells));
        }
        text
    }
}

proptest! {
    #![proptest_config(crate::testing::config(512))]

    /// For any table whose header names no roles, the proposed header pasted back compiles, or
    /// every problem left is about a row and was reported with the proposal.
    #[test]
    fn a_proposal_pasted_back_compiles(text in roleless_table()) {
        let checked = check(&text, None);
        let roleless = checked.model.is_none()
            && checked.diagnostics.iter().any(|d| d.message.ends_with("names no column roles"));
        prop_assume!(roleless);
        if let Err(failure) = check_proposal(&text) {
            return Err(TestCaseError::fail(failure));
        }
    }
}

/// The same property over 20 000 tables (run by `.ci/run` in release mode, with the robustness
/// run).
#[test]
#[ignore = "the long run of the property; .ci/run runs it in release mode"]
fn robustness_of_proposals() {
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 20_000,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    });
    let result = runner.run(&roleless_table(), |text| {
        let checked = check(&text, None);
        let roleless = checked.model.is_none()
            && checked
                .diagnostics
                .iter()
                .any(|d| d.message.ends_with("names no column roles"));
        if roleless && let Err(failure) = check_proposal(&text) {
            return Err(TestCaseError::fail(failure));
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[test]
fn the_generated_headers_name_no_roles() {
    for header in HEADERS {
        assert_eq!(
            keywords::role_of(header),
            Named::Nothing { near: None },
            "{header}"
        );
    }
}

/// The help and the notes of the one diagnostic about the header of `text`.
fn header_diagnostic(text: &str) -> (Vec<String>, String, Vec<String>) {
    let checked = check(text, None);
    let messages: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.message.clone())
        .collect();
    let header = checked
        .diagnostics
        .iter()
        .find(|diagnostic| diagnostic.message.ends_with("names no column roles"))
        .expect("a header without roles");
    let notes = header.notes[..header.notes.len() - 1]
        .iter()
        .map(|note| note.text.clone())
        .collect();
    (messages, header.help.clone().unwrap_or_default(), notes)
}

const PROPOSED: &str = "name each column's role in parentheses, as its cells suggest: ";

#[test]
fn the_cells_decide_and_the_help_says_so() {
    // Weibo's table, its role words taken out: `错误码` (error code) over ids.
    let weibo = "| 错误码 | 错误编号 | 错误描述 |\n| --- | ---- | ---- |\n\
                 |redirect_uri_mismatch|21322|重定向地址不匹配 \n\
                 |invalid_grant|21325|提供的Access Grant是无效的\n\
                 |appkey permission denied|21337|应用权限不足";
    let (_, help, notes) = header_diagnostic(weibo);
    assert_eq!(
        help,
        format!("{PROPOSED}`| 错误码(error) | 错误编号(code) | 错误描述(description) |`")
    );
    assert_eq!(
        notes,
        [
            "`错误码` reads like a `code` column, but its cells are error ids, such as \
          `redirect_uri_mismatch`: proposed `error`"
        ]
    );
    assert_eq!(check_proposal(weibo), Ok(proposal(&help)));
    let pasted = with_header(weibo, &proposal(&help).unwrap());
    let model = check(&pasted, None).model.unwrap();
    assert_eq!(model.errors().unwrap()[1], "invalid_grant");
    // Alipay's `alipay.system.oauth.token` table: a repeated status, ids with dots and dashes.
    let alipay = "状态码 | 错误码 | 错误描述 | 解决方案 |\n---|---|---|---|\n\
                  400 | isv.grant-type-invalid | grant_type参数不正确 | grant_type必须是二者之一 |\n\
                  400 | isv.code-invalid | 授权码(auth_code) 错误 | 使用有效的auth_code |\n\
                  400 | isp.unknow-error | 未知错误 | 重试 |";
    let (_, help, _) = header_diagnostic(alipay);
    assert_eq!(
        help,
        format!(
            "{PROPOSED}`| 状态码(category) | 错误码(error) | 错误描述(description) | \
             解决方案(note) |`"
        )
    );
    assert!(check_proposal(alipay).unwrap().is_some());
}

#[test]
fn a_repeated_code_in_the_same_compile_as_the_proposal() {
    // DingTalk's global table lists `60107` twice.
    let dingtalk = "参数 | 说明\n ---- | -----\n -1 | 系统繁忙\n 0 | 请求成功\n\
                    60107 | 使用该手机登录钉钉的用户已经在企业中\n 60108 | x\n\
                    60107 | 使用该手机登录钉钉的用户已经在企业中";
    let (messages, help, _) = header_diagnostic(dingtalk);
    assert_eq!(
        messages,
        [
            "the header `参数 | 说明` names no column roles",
            "the code 60107 appears twice"
        ]
    );
    assert_eq!(
        help,
        format!("{PROPOSED}`| 参数(code) | 说明(description) |`")
    );
    assert!(check_proposal(dingtalk).unwrap().is_some());
}

/// A row that repeats a header without roles is still the header once the proposal gives the
/// header its roles (found by the long run of the property: it became a row, its code a
/// repeated one).
#[test]
fn a_repeated_header_stays_one_when_the_proposal_is_pasted_back() {
    let text = "\t\n提供的Access Grant是无效的\t400\n系统繁忙\t500\n系统繁忙\t400\n\
                提供的Access Grant是无效的\t400\n提供的Access Grant是无效的\t500\n";
    let (messages, _, _) = header_diagnostic(text);
    assert!(
        messages.contains(&"the header row appears again".to_owned()),
        "{messages:?}"
    );
    assert_eq!(
        check_proposal(text),
        // As a terminal shows the help: four spaces for the tab, read back.
        Ok(Some(
            "提供的Access Grant是无效的(description)    400(code)".to_owned()
        ))
    );
}

#[test]
fn proposals_in_the_tables_own_format_escaped() {
    // A tab-separated paste gets a tab-separated header; a terminal shows its tabs as spaces,
    // and a header separated by spaces over tab-separated rows reads the same.
    let pasted = "返回码\t说明\n-1\t系统繁忙\n40001\tAppSecret 错误";
    let (_, help, _) = header_diagnostic(pasted);
    assert_eq!(
        help,
        "name each column's role in parentheses, as its cells suggest, its cells separated by \
         tabs as the rows' are: `返回码(code)\t说明(description)`"
    );
    assert_eq!(
        check_proposal(pasted),
        Ok(Some("返回码(code)    说明(description)".to_owned()))
    );
    // A pipe in a header cell stays escaped.
    let escaped = "| 代码 a\\|b | 说明 |\n|---|---|\n| 1 | x |";
    let (_, help, _) = header_diagnostic(escaped);
    assert_eq!(
        help,
        format!("{PROPOSED}`| 代码 a\\|b(code) | 说明(description) |`")
    );
    assert!(check_proposal(escaped).unwrap().is_some());
    // An unclosed parenthesis is text: the role in parentheses after it is read.
    let unclosed = "| 错误(码 | 说明 |\n|---|---|\n| 1 | x |";
    let (_, help, _) = header_diagnostic(unclosed);
    assert_eq!(
        help,
        format!("{PROPOSED}`| 错误(码(code) | 说明(description) |`")
    );
    assert!(check_proposal(unclosed).unwrap().is_some());
}

#[test]
fn no_proposal_without_a_key_and_a_description() {
    let (_, help, _) = header_diagnostic("| 参数 |\n|---|\n| 1 |");
    assert_eq!(
        help,
        "a table has a column of codes or error ids and one of descriptions: name each \
         column's role in parentheses, such as `错误码(code)` and `说明(description)`"
    );
    let (_, help, _) = header_diagnostic("| 参数 | 说明 |\n|---|---|\n| 系统繁忙 | 系统繁忙 |");
    assert!(
        help.starts_with("no column holds integer codes or error ids"),
        "{help}"
    );
}
