//! Tests of the validator: examples, and property tests over generated models.

use super::{Checked, check};
use crate::int::IntType;
use crate::model::{Entry, Extras, Key, Keys, Model};
use crate::names;
use proptest::prelude::*;
use std::collections::HashSet;
use std::fmt::Write as _;

fn messages(checked: &Checked) -> Vec<&str> {
    checked
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.message.as_str())
        .collect()
}

fn valid(text: &str, code_type: IntType) -> Vec<Entry> {
    let repr = (code_type != IntType::DEFAULT).then_some(code_type);
    let checked = check(text, repr);
    assert_eq!(messages(&checked), Vec::<&str>::new(), "{text}");
    rows(&checked).to_vec()
}

/// The valid rows of a checked table (none when its header could not be read).
fn rows(checked: &Checked) -> &[Entry] {
    checked.model.as_ref().map_or(&[], Model::entries)
}

fn entry(name: &str, code: i128, error: &str, description: &str) -> Entry {
    Entry {
        name: name.to_owned(),
        key: Key::Both {
            code,
            error: error.to_owned(),
        },
        description: description.to_owned(),
        description_doc: crate::inline::escape(description),
        category: None,
        description_en: None,
        kind: crate::kind::Kind::Unknown,
        token_kind: None,
        note: None,
    }
}

const WEIBO: &str = "| 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
| --- | ---- | ---- |
|redirect_uri_mismatch|21322|重定向地址不匹配 
|appkey permission denied|21337|应用权限不足";

#[test]
fn the_seeds_weibo_header_as_written() {
    let checked = check(WEIBO, None);
    assert!(checked.diagnostics.is_empty());
    assert_eq!(checked.model.as_ref().unwrap().keys(), Keys::Both);
    assert_eq!(
        rows(&checked),
        [
            entry(
                "RedirectUriMismatch",
                21322,
                "redirect_uri_mismatch",
                "重定向地址不匹配"
            ),
            entry(
                "AppkeyPermissionDenied",
                21337,
                "appkey permission denied",
                "应用权限不足"
            ),
        ]
    );
}

#[test]
fn names_come_from_the_name_column_then_the_error_then_the_code() {
    let entries = valid(
        "| name | error | code | description | note | x(ignore) |
         | - | - | - | - | - | - |
         | Named | a_b | 1 | one | a note | ? |
         | | c.d | 2 | two | | ? |",
        IntType::I32,
    );
    assert_eq!(entries[0].name, "Named");
    assert_eq!(entries[0].note.as_deref(), Some("a note"));
    assert_eq!(entries[1].name, "CD");
    assert_eq!(entries[1].note, None);
    let entries = valid(
        "| code | description |\n|-|-|\n| -1 | x |\n| 40001 | y |",
        IntType::I32,
    );
    assert_eq!(entries[0].name, "CodeMinus1");
    assert_eq!(entries[1].name, "Code40001");
}

#[test]
fn codes_must_fit_the_code_type() {
    let table = "| code | description |\n|-|-|\n| 255 | a |\n| 256 | b |\n| -1 | c |";
    let checked = check(table, Some(IntType::U8));
    assert_eq!(
        messages(&checked),
        [
            "the code 256 does not fit the code type `u8` (0 to 255)",
            "the code -1 does not fit the code type `u8` (0 to 255)",
        ]
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some("put `#[repr(i16)]` on the enum to make the codes `i16`")
    );
    // The valid row is kept for the fallback expansion.
    assert_eq!(rows(&checked).len(), 1);
    assert_eq!(valid(table, IntType::I16).len(), 3);
}

#[test]
fn duplicates_point_at_the_first_use() {
    let table =
        "| code | error | description |\n|-|-|-|\n| 1 | a | x |\n| 1 | b | y |\n| 2 | a | z |";
    let checked = check(table, None);
    assert_eq!(
        messages(&checked),
        ["the code 1 appears twice", "the error id `a` appears twice"]
    );
    let first_code = table.find("| 1 |").unwrap() + 2;
    assert_eq!(
        checked.diagnostics[0].notes[0].span,
        Some(first_code..first_code + 1)
    );
    assert_eq!(
        checked.diagnostics[0].notes[0].text,
        "first used in `| 1 | a | x |`"
    );
}

#[test]
fn every_problem_of_a_table_is_reported_in_order() {
    let table = "| code | name | description |
| - | - | - |
| 1 | One | one |
| x | Two | two |
| 3 | three | three |
| 4 | Four |
| 1 | One | again |";
    let checked = check(table, None);
    assert_eq!(
        messages(&checked),
        [
            "the code `x` is not an integer",
            "`three` is not a valid variant name",
            "this row has 2 cells but the header has 3",
            // The last row repeats both the code and the name of the first: two problems.
            "the code 1 appears twice",
            "two rows make the variant name `One`",
        ]
    );
    let starts: Vec<usize> = checked
        .diagnostics
        .iter()
        .map(|d| d.span().unwrap().start)
        .collect();
    assert!(starts.is_sorted());
    assert_eq!(rows(&checked).len(), 1);
}

#[test]
fn header_roles() {
    let checked = check("| 错误码 | 含义说明|\n| --- | ---- |\n|0|成功。", None);
    assert_eq!(
        messages(&checked),
        ["the header `| 错误码 | 含义说明|` names no column roles"]
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some(
            "name each column's role in parentheses, as its cells suggest: \
             `| 错误码(code) | 含义说明(description) |`"
        )
    );
    // Misspelt keywords are reported cell by cell, with the keyword they are close to.
    let checked = check("| cod | descripton |\n|-|-|\n|0|x|", None);
    assert_eq!(
        messages(&checked),
        [
            "the header `cod` names no column role",
            "the header `descripton` names no column role"
        ]
    );
    let checked = check("| code | descripton |\n|-|-|\n|0|x|", None);
    assert_eq!(
        messages(&checked),
        ["the header `descripton` names no column role"]
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some("did you mean `description`? write `description`")
    );
    let checked = check(
        "| code | error_code | description |\n|-|-|-|\n|0|0|x|",
        None,
    );
    assert_eq!(
        messages(&checked),
        ["two columns have the role `code`: `code` and `error_code`"]
    );
    let checked = check("| name | description |\n|-|-|\n|A|x|", None);
    assert_eq!(
        messages(&checked),
        ["the table has neither a `code` nor an `error` column"]
    );
    let checked = check("| code | error |\n|-|-|\n|1|x|", None);
    assert_eq!(
        messages(&checked),
        ["the table has no `description` column"]
    );
}

#[test]
fn names_that_cannot_be() {
    let checked = check(
        "| error | description |\n|-|-|\n| 404_x | a |\n| 参数 | b |\n| a-b | c |\n| a_b | d |",
        None,
    );
    assert_eq!(
        messages(&checked),
        [
            "no variant name can be made from the error id `404_x`",
            "no variant name can be made from the error id `参数`",
            "two rows make the variant name `AB` (this one from the error id `a_b`)",
        ]
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some(
            "add a `name` column and name this row, such as `Error404X` \
             (rows with an empty name cell keep the name made from their error id)"
        )
    );
}

/// A valid model: its keys and its entries, with distinct names, codes and error ids.
pub(crate) fn models() -> impl Strategy<Value = Model> {
    let word = prop::sample::select(vec!["invalid", "grant", "token", "expired", "code", "app"]);
    let row = (
        prop::collection::vec(word, 1..4),
        any::<i64>(),
        "[^\\r\\n|]{0,12}",
        prop::option::of("[a-zA-Z0-9 ]{1,8}"),
        any::<bool>(),
    );
    let keys = prop::sample::select(vec![Keys::Code, Keys::Error, Keys::Both]);
    (keys, prop::collection::vec(row, 1..12)).prop_map(|(keys, rows)| {
        let (mut names, mut codes, mut errors) = (HashSet::new(), HashSet::new(), HashSet::new());
        let mut entries = Vec::new();
        for (words, code, description, note, named) in rows {
            let error = words.join("_");
            let name = if named {
                format!("N{}", names.len())
            } else if keys.has_error() {
                names::upper_camel_case(&error).unwrap()
            } else {
                names::from_code(code.into())
            };
            if !names.insert(name.clone()) || !codes.insert(code) || !errors.insert(error.clone()) {
                continue;
            }
            let key = match keys {
                Keys::Code => Key::Code(code.into()),
                Keys::Error => Key::Error(error),
                Keys::Both => Key::Both {
                    code: code.into(),
                    error,
                },
            };
            let description = description.trim().replace('\\', "/");
            entries.push(Entry {
                name,
                key,
                description_doc: crate::inline::escape(&description),
                description,
                category: None,
                description_en: None,
                kind: crate::kind::Kind::Unknown,
                token_kind: None,
                note: note
                    .map(|note| note.trim().to_owned())
                    .filter(|note| !note.is_empty()),
            });
        }
        Model::with_entries(keys, Extras::default(), entries).unwrap()
    })
}

/// A column of a rendered table: its header and how to write an entry's cell.
type Column = (&'static str, fn(&Entry) -> String);

/// Writes a model as a table with its columns in the order given.
pub(crate) fn render(model: &Model, order: &[usize]) -> String {
    let columns: [Column; 5] = [
        ("名称(name)", |e| e.name.clone()),
        ("description", |e| crate::inline::escape(&e.description)),
        ("备注（NOTE）", |e| e.note.clone().unwrap_or_default()),
        ("error_code", |e| {
            e.key.code().map(|c| c.to_string()).unwrap_or_default()
        }),
        ("Error", |e| e.key.error().unwrap_or_default().to_owned()),
    ];
    let keys = model.keys();
    let used: Vec<&Column> = order
        .iter()
        .map(|&index| &columns[index])
        .filter(|(header, _)| {
            (keys.has_code() || *header != "error_code") && (keys.has_error() || *header != "Error")
        })
        .collect();
    let mut text = String::from("|");
    for (header, _) in &used {
        let _ = write!(text, " {header} |");
    }
    text.push_str("\n|");
    text.push_str(&" --- |".repeat(used.len()));
    for entry in model.entries() {
        text.push_str("\n|");
        for (_, cell) in &used {
            let _ = write!(text, " {} |", cell(entry));
        }
    }
    text
}

proptest! {
    #![proptest_config(crate::testing::config(256))]

    /// A model written as a table checks back to the same model, whatever the column order.
    #[test]
    fn check_inverts_render(
        model in models(),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
    ) {
        let text = render(&model, &order);
        let repr = model.keys().has_code().then_some(IntType::I64);
        let checked = check(&text, repr);
        prop_assert_eq!(messages(&checked), Vec::<&str>::new(), "{}", text);
        prop_assert_eq!(checked.model, Some(model));
    }

    /// Any text: no panic, every range inside the text, and a model only of valid rows.
    #[test]
    fn never_panics(text in "(\\\\\\||\\||\\\\| |-|:|code|error|name|description|\\(|\\)|1|-1|x|\n|成){0,80}") {
        let checked = check(&text, Some(IntType::I8));
        for diagnostic in &checked.diagnostics {
            if let Some(span) = diagnostic.span() {
                prop_assert!(span.end <= text.len());
                prop_assert!(span.start <= span.end);
            }
            prop_assert!(diagnostic.help.is_some(), "{:?}", diagnostic);
        }
        if !checked.diagnostics.is_empty() {
            return Ok(());
        }
        prop_assert!(!rows(&checked).is_empty());
    }
}

#[test]
fn invisible_characters_in_key_cells_are_named_where_they_are() {
    let text = "| code | name | error | description |\n|---|---|---|---|\n\
                | 1\u{200B} | | a | x |\n\
                | 2 | B\u{200F}c | b | x |\n\
                | 3 | | c\u{A0}d | x |\n\
                | 4 | | e | \u{7}control characters are fine in a description |";
    let checked = check(text, None);
    assert_eq!(
        messages(&checked),
        [
            "the code `1<U+200B>` holds U+200B ZERO WIDTH SPACE, an invisible character",
            "the name `B<U+200F>c` holds U+200F RIGHT-TO-LEFT MARK, an invisible character",
            "the error id `c<U+00A0>d` holds U+00A0 NO-BREAK SPACE, a space that is not a plain space",
        ]
    );
    // Each points at the character itself.
    for (diagnostic, c) in checked
        .diagnostics
        .iter()
        .zip(['\u{200B}', '\u{200F}', '\u{A0}'])
    {
        assert_eq!(&text[diagnostic.span().unwrap().clone()], c.to_string());
    }
    assert_eq!(
        checked.diagnostics[2].help.as_deref(),
        Some("write a plain space in its place, or delete it")
    );
    assert_eq!(rows(&checked).len(), 1);
    assert_eq!(
        rows(&checked)[0].description,
        "\u{7}control characters are fine in a description"
    );
}

#[test]
fn names_the_api_takes_and_keywords() {
    let checked = check(
        "| code | name | error | description |\n|---|---|---|---|\n| 1 | ALL | a | x |\n| 2 | | self | x |",
        None,
    );
    assert_eq!(
        messages(&checked),
        [
            "the variant name `ALL` is taken by the generated API: the constant `ALL`, every variant",
            "no variant name can be made from the error id `self`",
        ]
    );
    assert_eq!(
        checked.diagnostics[1].notes[0].text,
        "a variant's name is its error id in UpperCamelCase, but that is `Self`, a keyword"
    );
}

#[test]
fn what_one_table_reports_is_bounded() {
    // One row with a 1 MiB description, then 300 rows that repeat its code, and a header cell
    // of 100 KiB (an ignored column): every message, note and help stays short, and at most 100 problems are
    // reported, the last of which counts the rest.
    let mut text = format!(
        "| code | description | {}(ignore) |\n|---|---|---|\n| 1 | {} | x |\n",
        "长".repeat(100 * 1024 / 3),
        "描".repeat(1024 * 1024 / 3)
    );
    for _ in 0..300 {
        text.push_str("| 1 | again | x |\n");
    }
    let checked = check(&text, None);
    assert_eq!(checked.diagnostics.len(), crate::diag::MAX_REPORTED);
    let last = checked.diagnostics.last().unwrap();
    assert!(
        last.message
            .ends_with("more problems in this table, starting here"),
        "{}",
        last.message
    );
    let location = crate::report::tests::location();
    let source = crate::literal::SourceText::verbatim(&text);
    let rendered: usize = checked
        .diagnostics
        .iter()
        .map(|diagnostic| crate::report::render(diagnostic, &source, &location).len())
        .sum();
    assert!(rendered < 200 * 1024, "{rendered} bytes of errors");
}

#[test]
fn the_first_hundred_problems_and_a_count_of_the_rest() {
    let mut text = String::from("| code | description |\n|---|---|\n| 1 | good |\n");
    for row in 0..150 {
        let _ = writeln!(text, "| x{row} | bad |");
    }
    let checked = check(&text, None);
    assert_eq!(checked.diagnostics.len(), 100);
    assert_eq!(
        checked.diagnostics[98].message,
        "the code `x98` is not an integer"
    );
    assert_eq!(
        checked.diagnostics[99].message,
        "51 more problems in this table, starting here"
    );
    // The count's span is the first problem left out.
    assert_eq!(
        &text[checked.diagnostics[99].span().unwrap().clone()],
        "x99"
    );
}

#[test]
fn a_repr_needs_a_code_column() {
    let checked = check(
        "| error | description |\n|-|-|\n| busy | x |",
        Some(IntType::U16),
    );
    assert_eq!(
        messages(&checked),
        ["`#[repr]` names the type of the code column, but the table has no `code` column"]
    );
    assert_eq!(checked.diagnostics[0].at, crate::diag::At::Repr);
    // The rows are valid all the same.
    assert_eq!(rows(&checked).len(), 1);
    assert!(
        check(
            "| code | description |\n|-|-|\n| 1 | x |",
            Some(IntType::U16)
        )
        .diagnostics
        .is_empty()
    );
}

#[test]
fn cells_are_read_as_a_reader_sees_them() {
    let checked = check(
        "| **错误码(code)** | error | 说明(description) |\n|---|---|---|\n\
         | **40001** | `invalid\\_request` | 满人 &amp; 99个<br>`client_id` 无效 |",
        None,
    );
    assert_eq!(messages(&checked), Vec::<&str>::new());
    let entry = &rows(&checked)[0];
    assert_eq!(
        entry.key,
        Key::Both {
            code: 40001,
            error: "invalid\\_request".to_owned()
        }
    );
    assert_eq!(entry.name, "InvalidRequest");
    assert_eq!(entry.description, "满人 & 99个\nclient_id 无效");
    assert_eq!(entry.description_doc, "满人 \\& 99个\\\n`client_id` 无效");
    // Escapes outside code spans are read.
    let entries = valid(
        "| error | description |\n|---|---|\n| invalid\\_grant | x |",
        IntType::I32,
    );
    assert_eq!(entries[0].key, Key::Error("invalid_grant".to_owned()));
}

#[test]
fn providers_field_names_name_roles() {
    // WeChat's own field names, as published.
    let entries = valid(
        "| errcode | errmsg |\n|---|---|\n| -1 | system error |\n| 40029 | invalid code |",
        IntType::I32,
    );
    assert_eq!(entries[1].key, Key::Code(40029));
    assert_eq!(entries[1].description, "invalid code");
    // Alipay's: `sub_code` is the id and `code` beside it the category; `sub_msg` the
    // description and `msg` beside it a note.
    let checked = check(
        "| code | msg | sub_code | sub_msg |\n|---|---|---|---|\n\
         | 40004 | Business Failed | isv.invalid-app-id | 无效的AppID参数 |\n\
         | 40004 | Business Failed | isv.code-invalid | 授权码code无效 |",
        None,
    );
    assert_eq!(messages(&checked), Vec::<&str>::new());
    let model = checked.model.unwrap();
    assert_eq!(model.keys(), Keys::Error);
    assert_eq!(model.categories(), Some(vec![40004, 40004]));
    let entry = &model.entries()[1];
    assert_eq!(entry.name, "IsvCodeInvalid");
    assert_eq!(entry.description, "授权码code无效");
    assert_eq!(entry.note.as_deref(), Some("Business Failed"));
}

#[test]
fn categories_and_english_descriptions() {
    let checked = check(
        "| 状态码(category) | 错误码(error) | 中文(description) | English(description_en) |\n\
         |---|---|---|---|\n\
         | 400 | isv.code-invalid | 授权码code无效 | **invalid** code |\n\
         | 400 | isp.unknow-error | 系统繁忙 | |\n\
         | x | isv.a | 甲 | |\n\
         | | isv.b | 乙 | |",
        Some(IntType::U16),
    );
    assert_eq!(
        messages(&checked),
        [
            "the category `x` is not an integer",
            "this row has an empty category"
        ]
    );
    let model = checked.model.unwrap();
    assert_eq!(model.categories(), Some(vec![400, 400]));
    let english: Vec<Option<&str>> = model
        .entries()
        .iter()
        .map(|entry| entry.description_en.as_ref().map(|(text, _)| text.as_str()))
        .collect();
    assert_eq!(english, [Some("invalid code"), None]);
    assert_eq!(
        model.entries()[0].description_en.as_ref().unwrap().1,
        "**invalid** code"
    );
}

#[test]
fn a_code_column_of_ids_is_one_error() {
    let checked = check(
        "| Error Code | Description |\n|---|---|\n| `invalid_request` | a |\n| `invalid_grant` | b |",
        None,
    );
    assert_eq!(
        messages(&checked),
        [
            "the column `Error Code` has the role `code`, but it holds error ids such as \
          `invalid_request`, not integers"
        ]
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some("name its role `error`: write `Error Code(error)`")
    );
}

#[test]
fn roles_guessed_from_what_the_cells_hold() {
    let help = |text: &str| {
        let checked = check(text, None);
        checked.diagnostics[0].help.clone().unwrap()
    };
    // WeChat's per-API table: codes, the message, what to do.
    assert_eq!(
        help(
            "| 错误码 | 错误描述 | 解决方案 |\n|---|---|---|\n\
              | -1 | system error | 系统繁忙，此时请开发者稍候再试 |\n\
              | 40013 | invalid appid | 不合法的 AppID ，请开发者检查 AppID 的正确性 |"
        ),
        "name each column's role in parentheses, as its cells suggest: \
         `| 错误码(code) | 错误描述(description) | 解决方案(note) |`"
    );
    // Feishu's: a repeating HTTP status, the code, an English message, advice.
    assert_eq!(
        help(
            "| HTTP 状态码 | 错误码 | 描述 | 排查建议 |\n|---|---|---|---|\n\
              | 400 | 20001 | invalid request | 检查请求参数 |\n\
              | 400 | 20002 | invalid client | 检查 client_id |"
        ),
        "name each column's role in parentheses, as its cells suggest: \
         `| HTTP 状态码(category) | 错误码(code) | 描述(description) | 排查建议(note) |`"
    );
    // Ids, and headers that say nothing: the longest text is the description.
    assert_eq!(
        help(
            "| 标识 | 解释 | 操作 |\n|---|---|---|\n\
              | AADSTS50058 | UserInformationNotProvided - the session is gone | Sign in |"
        ),
        "name each column's role in parentheses, as its cells suggest: \
         `| 标识(error) | 解释(description) | 操作(note) |`"
    );
    // One column without a role gets the role its cells suggest.
    let checked = check(
        "| code | description | Client Action |\n|---|---|---|\n| 1 | a | Fix the request |",
        None,
    );
    assert_eq!(
        checked.diagnostics[0].help.as_deref(),
        Some(
            "name its role in parentheses, such as `Client Action(note)` as its cells suggest, \
             or write `Client Action(ignore)` to leave the column out"
        )
    );
}

#[test]
fn kinds_from_the_column_and_beside_the_table() {
    use super::check_classified;
    use crate::kind::{Classification, Kind, Row};
    let text = "| code | error | kind | description |\n|---|---|---|---|\n\
                | 1 | a | retry | x |\n| 2 | b | | x |\n| 3 | c | Denied | x |\n| 4 | d | | x |";
    let classification = Classification {
        kinds: vec![
            (Kind::Reauthorize, Row::Code(2)),
            (Kind::Misconfigured, Row::Error("d".to_owned())),
        ],
        token_kinds: Vec::new(),
    };
    let checked = check_classified(text, None, &classification);
    assert_eq!(messages(&checked), Vec::<&str>::new());
    let kinds: Vec<Kind> = rows(&checked).iter().map(|entry| entry.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Retry,
            Kind::Reauthorize,
            Kind::Denied,
            Kind::Misconfigured
        ]
    );
    // Each entry of the classification is one problem at most, reported at its index.
    let classification = Classification {
        kinds: vec![
            (Kind::Retry, Row::Code(9)),
            (Kind::Retry, Row::Code(1)),
            (Kind::Retry, Row::Code(2)),
            (Kind::Denied, Row::Error("b".to_owned())),
        ],
        token_kinds: Vec::new(),
    };
    let checked = check_classified(text, None, &classification);
    assert_eq!(
        messages(&checked),
        [
            "the table has no row with the code 9",
            "the code 1 has the kind `retry` in the table's `kind` column already",
            "`B` (the error id `b`) is given the kind twice: `retry` before, and `denied` here",
        ]
    );
    let at: Vec<crate::diag::At> = checked.diagnostics.iter().map(|d| d.at.clone()).collect();
    assert_eq!(
        at,
        [
            crate::diag::At::Kind(0),
            crate::diag::At::Kind(1),
            crate::diag::At::Kind(3)
        ]
    );
}

#[test]
fn token_kinds_from_the_column_and_beside_the_table() {
    use super::check_classified;
    use crate::diag::At;
    use crate::kind::{Classification, Kind, Row};
    // WeChat's `40001`: a secret that is wrong at the token endpoint, an access token that is
    // no longer valid from an API; an empty `token_kind` cell is the row's kind.
    let text = "| code | kind | token_kind | description |\n|---|---|---|---|\n\
                | 40001 | refresh | misconfigured | invalid credential |\n\
                | 40014 | refresh | | invalid access_token |\n\
                | 42001 | refresh | | access_token expired |\n\
                | -1 | retry | | system error |";
    let classification = Classification {
        kinds: Vec::new(),
        token_kinds: vec![(Kind::Misconfigured, Row::Code(40014))],
    };
    let checked = check_classified(text, None, &classification);
    assert_eq!(messages(&checked), Vec::<&str>::new());
    let token_kinds: Vec<Option<Kind>> = rows(&checked)
        .iter()
        .map(|entry| entry.token_kind)
        .collect();
    assert_eq!(
        token_kinds,
        [
            Some(Kind::Misconfigured),
            Some(Kind::Misconfigured),
            None,
            None
        ]
    );
    // The same validation as kinds: an entry naming no row, a row named twice, a row the column
    // gives a token kind already; and a token kind that is the row's kind, in the column or
    // beside the table: all reported at once, each where it is.
    let text = "| code | kind | token_kind | description |\n|---|---|---|---|\n\
                | 40001 | refresh | misconfigured | x |\n| 42001 | refresh | refresh | x |\n\
                | 40014 | | | x |\n| -1 | retry | | x |";
    let classification = Classification {
        kinds: vec![(Kind::Retry, Row::Code(40014))],
        token_kinds: vec![
            (Kind::Denied, Row::Code(9)),
            (Kind::Denied, Row::Code(40001)),
            (Kind::Misconfigured, Row::Code(-1)),
            (Kind::Denied, Row::Code(-1)),
            (Kind::Retry, Row::Code(40014)),
        ],
    };
    let checked = check_classified(text, None, &classification);
    assert_eq!(
        messages(&checked),
        [
            "the table has no row with the code 9",
            "the code 40001 has the token kind `misconfigured` in the table's `token_kind` \
             column already",
            "`CodeMinus1` (the code -1) is given the token kind twice: `misconfigured` before, \
             and `denied` here",
            "`Code40014` (the code 40014) has the kind `retry` already: a token kind of `retry` \
             changes nothing",
            "`Code42001` (the code 42001) has the kind `refresh` already: a token kind of \
             `refresh` changes nothing",
        ]
    );
    let at: Vec<At> = checked.diagnostics.iter().map(|d| d.at.clone()).collect();
    let cell = text.find("| refresh | x").unwrap() + 2;
    assert_eq!(
        at,
        [
            At::TokenKind(0),
            At::TokenKind(1),
            At::TokenKind(3),
            At::TokenKind(4),
            At::Text(cell..cell + 7),
        ]
    );
    assert_eq!(
        checked.diagnostics[3].help.as_deref(),
        Some("remove it: the row has this kind wherever it is answered")
    );
}

/// Alipay's public error codes, as the page writes its header (the field first) and as a copy
/// flattens its merged `code` and `msg` cells: the rows under each merged pair lack them.
const ALIPAY_PUBLIC: &str = "\
| code(返回码) | msg(返回码描述) | sub_code(明细返回码) | sub_msg(明细返回码描述) | 解决方案(ignore) |
| --- | --- | --- | --- | --- |
| 20000 | Service Currently Unavailable | isp.unknow-error | 服务暂不可用（业务系统不可用） | 稍后重试 |
| aop.unknow-error | 服务暂不可用（网关自身的未知错误） | 稍后重试 | | |
| 20001 | Insufficient Token Permissions | aop.invalid-auth-token | 无效的访问令牌 | 请刷新授权令牌 |
| aop.auth-token-time-out | 访问令牌已过期 | 请刷新授权令牌 | | |
| aop.invalid-app-auth-token | 无效的应用授权令牌 | 请刷新授权令牌 |
| 40001 | Missing Required Arguments | isv.missing-method | 缺少方法名参数 | 请检查请求参数 |
";

#[test]
fn field_first_headers_and_rows_shifted_by_merged_cells() {
    let checked = check(ALIPAY_PUBLIC, None);
    assert_eq!(
        messages(&checked),
        [
            "this row is shifted 2 cells to the left: the first cells (`code(返回码)`, \
             `msg(返回码描述)`) are missing",
            "this row and the 1 after it are shifted 2 cells to the left: the first cells \
             (`code(返回码)`, `msg(返回码描述)`) are missing",
        ]
    );
    let first = &checked.diagnostics[0];
    assert_eq!(
        first.help.as_deref(),
        Some("start it with the merged cells: `| 20000 | Service Currently Unavailable |`")
    );
    let source = ALIPAY_PUBLIC.find("| 20000").unwrap();
    assert_eq!(
        first.notes[0].span.as_ref().map(|span| span.start),
        Some(source)
    );
    assert_eq!(
        checked.diagnostics[1].help.as_deref(),
        Some("start each with the merged cells: `| 20001 | Insufficient Token Permissions |`")
    );
    // The rows as published read: the field names name the roles (`sub_code` is the id, `code`
    // beside it the category, `msg` beside `sub_msg` a note).
    let model = checked.model.unwrap();
    assert_eq!(
        model.errors().unwrap(),
        [
            "isp.unknow-error",
            "aop.invalid-auth-token",
            "isv.missing-method"
        ]
    );
    assert_eq!(model.categories(), Some(vec![20000, 20001, 40001]));
    // Mended, the rows read too.
    let mended = ALIPAY_PUBLIC
        .replace(
            "| aop.unknow-error",
            "| 20000 | Service Currently Unavailable | aop.unknow-error",
        )
        .replace(
            "| aop.auth-token-time-out",
            "| 20001 | Insufficient Token Permissions | aop.auth-token-time-out",
        )
        .replace(
            "| aop.invalid-app-auth-token",
            "| 20001 | Insufficient Token Permissions | aop.invalid-app-auth-token",
        )
        .replace(" | | |\n", " |\n");
    let checked = check(&mended, None);
    assert_eq!(messages(&checked), Vec::<&str>::new(), "{mended}");
    assert_eq!(checked.model.unwrap().entries().len(), 6);
}

#[test]
fn a_short_row_is_no_shifted_row() {
    // WeChat's rows that lost the tab before an empty last cell: short, not shifted.
    let checked = check(
        "错误码(code)\t错误描述(description)\t解决方案(note)\n-1\tsystem error\n",
        None,
    );
    assert_eq!(
        messages(&checked),
        ["this row has 2 cells but the header has 3"]
    );
}

#[test]
fn plain_text_notes_stay_plain_text_in_rustdoc() {
    let entries = valid(
        "code\tdescription\tnote\n1\tone\t<div> unclosed, see [x] and <T>\n",
        IntType::I32,
    );
    assert_eq!(
        entries[0].note.as_deref(),
        Some(r"\<div\> unclosed\, see \[x\] and \<T\>")
    );
    // In a Markdown table, a note is the author's Markdown.
    let entries = valid(
        "| code | description | note |\n|---|---|---|\n| 1 | one | see [x](https://e.com) |",
        IntType::I32,
    );
    assert_eq!(entries[0].note.as_deref(), Some("see [x](https://e.com)"));
}
