//! The differential test: cells read here as `pulldown-cmark` reads them in a GFM table.

use super::{read, trim_lines};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What a reader sees of the cell `cell` of a GFM table, as `pulldown-cmark` parses it: its text,
/// code, and image descriptions, with the raw HTML it finds shown as a browser shows it
/// ([`html`]), lines trimmed as [`super::plain`] trims them ([`trim_lines`]).
pub(super) fn gfm_visible(cell: &str) -> String {
    let table = format!("| h |\n| - |\n| {cell} |\n");
    let mut out = String::new();
    let mut row = 0;
    let mut inside = false;
    // Inside an image, its description: the HTML there shows nothing.
    let mut images = 0;
    for event in Parser::new_ext(
        &table,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Start(Tag::TableRow) => row += 1,
            Event::Start(Tag::TableCell) => inside = row == 1,
            Event::End(TagEnd::TableCell) => inside = false,
            Event::Start(Tag::Image { .. }) => images += 1,
            Event::End(TagEnd::Image) => images -= 1,
            Event::Text(text) | Event::Code(text) if inside => out.push_str(&text),
            Event::InlineHtml(tag) if inside && images == 0 => out.push_str(html(&tag)),
            Event::SoftBreak | Event::HardBreak if inside => out.push('\n'),
            _ => {}
        }
    }
    trim_lines(&out)
}

/// What a browser shows of a piece of raw HTML, as the macro shows it: a line break for `<br>`,
/// `<p>`, `<div>`, `<tr>` and `<hr>`, a new line starting `- ` for `<li>`, nothing for any other
/// tag, a comment, a declaration or a processing instruction.
fn html(raw: &str) -> &'static str {
    let inside = &raw[1..];
    let closing = inside.starts_with('/');
    let name: String = inside
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    match name.as_str() {
        "br" | "p" | "div" | "tr" | "hr" => "\n",
        "li" if !closing => "\n- ",
        _ => "",
    }
}

const TOKENS: &[&str] = &[
    "a",
    "b",
    "x y",
    " ",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "``",
    "\\",
    "\\*",
    "\\`",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "](u)",
    "<",
    ">",
    "<br>",
    "<p>",
    "</p>",
    "<a href=\"u\">",
    "<a href=u>",
    "</a>",
    "<!--",
    "-->",
    "<!-- c -->",
    "<b>",
    "</b>",
    "&amp;",
    "&lt;",
    "&nbsp;",
    "&#65;",
    "&#x41;",
    "&foo;",
    "&",
    ";",
    "<http://e.com>",
    "<a@b.c>",
    "\"",
    "'",
    "_a_",
    "é",
    "成",
    "1",
    "!",
    ":",
    "/",
    "=",
    "#",
    "-",
    "<?x?>",
    "<!X>",
    "\t",
    "  ",
    "<a href='u'>",
    "<a title=\"]\">",
    "[a]",
    "[a][b]",
    "(u \"t\")",
    "<https://e.com/a_b>",
    "<img src=x>",
    "</li>",
    "<li>",
    "<br/>",
    "&#0;",
    "&#xZZ;",
    "&copy;",
    "***",
    "___",
    "~~~",
    "\\\\",
    "](<u v>)",
    "](u 't')",
    "](u (t))",
    "<![CDATA[x]]>",
    "<!-->",
    "<!--->",
    "。",
    "（",
    "\u{a0}",
    "`` ` ``",
    "<a",
    "href=u>",
    "a_b",
];

/// Whether `cell` has a run of one `~` (after escapes), which GFM strikes through and the macro
/// keeps (a deliberate difference).
fn single_tilde(cell: &str) -> bool {
    let chars: Vec<char> = cell.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '\\' if chars.get(at + 1).is_some_and(char::is_ascii_punctuation) => at += 2,
            '~' => {
                let run = chars[at..].iter().take_while(|&&c| c == '~').count();
                if run == 1 {
                    return true;
                }
                at += run;
            }
            _ => at += 1,
        }
    }
    false
}

/// Whether `cell` has two `=` in one run of what an unquoted attribute value may hold, which the
/// macro reads as one value and GFM as none (a deliberate difference).
fn equals_in_value(cell: &str) -> bool {
    cell.split(|c: char| c.is_whitespace() || "\"'<>`".contains(c))
        .any(|run| run.matches('=').count() > 1)
}

/// Whether `cell` has a title right after a destination in `<…>`, without white space between:
/// `pulldown-cmark` reads it as a title, cmark (GitHub's) and the macro do not.
fn title_after_angle_destination(cell: &str) -> bool {
    cell.contains("](<") && [">(", ">\"", ">'"].iter().any(|pair| cell.contains(pair))
}

/// Cells of the tokens: up to `length` of them, without the deliberate differences.
fn cells(length: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 1..=length)
        .prop_map(|tokens| tokens.concat().trim().to_owned())
        .prop_filter("a deliberate difference", |cell| {
            !single_tilde(cell) && !equals_in_value(cell) && !title_after_angle_destination(cell)
        })
}

proptest! {
    #![proptest_config(crate::testing::config(2_000))]

    /// Generated cells read as `pulldown-cmark` reads them in a GFM table.
    #[test]
    fn cells_read_as_gfm_reads_them(cell in cells(12)) {
        prop_assert_eq!(read(&cell), gfm_visible(&cell), "{:?}", cell);
    }
}

/// The same, over 200 000 cells of up to 20 tokens each (run by `.ci/run` in release mode, with
/// the robustness run).
#[test]
#[ignore = "the long differential run; .ci/run runs it in release mode"]
fn robustness_against_gfm() {
    let mut runner = TestRunner::new(Config {
        cases: 200_000,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&cells(20), |cell| {
        prop_assert_eq!(read(&cell), gfm_visible(&cell), "{:?}", cell);
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// The cases of issue 22, each as GFM shows it.
#[test]
fn what_gfm_shows() {
    for (cell, shown) in [
        // An HTML comment shows nothing; neither do a declaration and a processing instruction.
        ("x <!-- internal --> y", "x  y"),
        ("a<!DOCTYPE html>b<?php x ?>c", "abc"),
        // An `<a>` never closed is a tag all the same: its text shows.
        ("<a href=\"https://e.com\">docs", "docs"),
        // A backslash inside a code span is a backslash, and the span ends at its backtick.
        ("path `C:\\`", "path C:\\"),
        // A link holds no link: the outer brackets are text.
        ("[[a](u1)](u2)", "[a](u2)"),
        // Two line breaks leave a blank line.
        ("a<br><br>b", "a\n\nb"),
        // A tag's attribute may hold a `]`; a destination with a space is none.
        ("[a <b title=\"]\">](u)", "a"),
        ("[a](b c)", "[a](b c)"),
    ] {
        assert_eq!(read(cell), shown, "{cell}");
        assert_eq!(gfm_visible(cell), shown, "{cell}");
    }
}

/// Where the macro deliberately differs from GFM (listed in the documentation of `inline`).
#[test]
fn deliberate_differences() {
    // A single `~` stays; GFM strikes `~a~` through. `~~` strikes through in both.
    assert_eq!(read("3~20 字节"), "3~20 字节");
    assert_eq!(read("~a~"), "~a~");
    assert_eq!(gfm_visible("~a~"), "a");
    assert_eq!(read("~~a~~"), gfm_visible("~~a~~"));
    // An unquoted attribute value may hold a `=`: the tag shows nothing, its link's text shows.
    let cell = "<a href=https://e.com/x?a=1>资质</a>";
    assert_eq!(read(cell), "资质");
    assert_eq!(gfm_visible(cell), "<a href=https://e.com/x?a=1>资质");
    // A title right after a destination in `<…>` is no title in cmark (GitHub's) and here: the
    // brackets are text; `pulldown-cmark` takes it for a title.
    let cell = "[a](<u>\"t\")";
    assert_eq!(read(cell), "[a](\"t\")");
    assert_eq!(gfm_visible(cell), "a");
    // Named entities beyond the common ones stay as written.
    assert_eq!(read("&alpha;"), "&alpha;");
    assert_eq!(gfm_visible("&alpha;"), "α");
    // Emphasis nested deeper than 16 shows its text alone, as GFM's does.
    let deep = format!("{}a{}", "*".repeat(30_000), "*".repeat(30_000));
    assert_eq!(read(&deep), "a");
    // Images nest 16 deep at most; deeper, `![` is text.
    let nested = format!("{}a{}", "![".repeat(20), "](u)".repeat(20));
    assert_eq!(gfm_visible(&nested), "a");
    assert_eq!(
        read(&nested),
        format!("{}a{}", "![".repeat(4), "](u)".repeat(4))
    );
    let nodes = super::parse(&deep);
    assert!(
        super::markdown(&nodes).len() < 200,
        "{}",
        super::markdown(&nodes)
    );
}
