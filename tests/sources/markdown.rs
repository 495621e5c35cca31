//! A reader of the source copies' cells, written apart from the macro's (rows and cells are
//! `oauth_errors_tests::data_rows` and `cells`): a cell's inline Markdown read as a reader of
//! the rendered table sees it (the text of links and images, code spans' content, escapes and
//! entities, `<br>` a line break, emphasis markers dropped; no white space around a line, as a
//! browser shows them). Only what the copies under `tests/data` use.

use oauth_errors_tests::cells;

/// The text a reader of the rendered cell sees.
pub(crate) fn plain(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    while let Some(c) = rest.chars().next() {
        if let Some((text, after)) = link(rest) {
            out.push_str(&plain(text));
            rest = after;
            continue;
        }
        if let Some(after) = rest.strip_prefix('`')
            && let Some(end) = after.find('`')
        {
            out.push_str(&after[..end]);
            rest = &after[end + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("**") {
            rest = after;
            continue;
        }
        let html = [
            ("<br>", "\n"),
            ("<br/>", "\n"),
            ("<br />", "\n"),
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&nbsp;", "\u{a0}"),
        ];
        if let Some((from, to)) = html.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
            continue;
        }
        if c == '\\'
            && let Some(escaped) = rest[1..].chars().next().filter(char::is_ascii_punctuation)
        {
            out.push(escaped);
            rest = &rest[1 + escaped.len_utf8()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    // A reader sees no white space around a line; two breaks leave an empty line between them
    // (where an image without a description stands), as GitHub renders them.
    let lines: Vec<&str> = out.split('\n').map(str::trim).collect();
    lines.join("\n")
}

/// A link or an image at the start of `text` (`[text](url)`, `![alt](url)`): its text, and
/// what follows it.
fn link(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix("![").or_else(|| text.strip_prefix('['))?;
    let close = inner.find("](")?;
    let after = &inner[close + 2..];
    let end = after.find(')')?;
    Some((&inner[..close], &after[end + 1..]))
}

/// Whether `text` has a Chinese character.
pub(crate) fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_reader_reads_what_the_copies_use() {
    assert_eq!(
        cells(r"|2022029|智能表的 行\|列\|大小 达到上限|-|"),
        ["2022029", r"智能表的 行\|列\|大小 达到上限", "-"]
    );
    assert_eq!(
        plain(r"智能表的 行\|列\|大小 达到上限"),
        "智能表的 行|列|大小 达到上限"
    );
    assert_eq!(plain("满人 &amp; 99个"), "满人 & 99个");
    assert_eq!(
        plain("`client_id` 与 `client_secret`"),
        "client_id 与 client_secret"
    );
    assert_eq!(
        plain("请[重新发起授权流程](https://open.feishu.cn/a)以获取"),
        "请重新发起授权流程以获取"
    );
    assert_eq!(
        plain("a<br>- **b**<br>    c<br> ![](https://x/y.png)<br>d"),
        "a\n- b\nc\n\nd"
    );
    assert_eq!(plain(r"APP\_ID"), "APP_ID");
    assert_eq!(plain(r"\uxxxx"), r"\uxxxx");
    assert_eq!(plain("![](https://x/y.png)"), "");
    assert!(has_chinese("不合法") && !has_chinese("system busy"));
}
