//! Tests of the table parser: examples, property tests, and conformance with GFM as
//! `pulldown-cmark` reads it.

use super::Table;
use crate::diag::{Diagnostic, Diagnostics};
use proptest::prelude::*;

/// What the parser gives for a text: the table, if there is one, and every problem.
struct Parsed<'a> {
    table: Option<Table<'a>>,
    diagnostics: Vec<Diagnostic>,
}

fn parse(text: &str) -> Parsed<'_> {
    let cx = Diagnostics::new();
    let table = super::parse(text, &cx).ok();
    Parsed {
        table,
        diagnostics: cx.finish(),
    }
}

/// The cells of every row (header first), as strings.
fn cells(parsed: &Parsed<'_>) -> Vec<Vec<String>> {
    let table = parsed.table.as_ref().expect("a table");
    std::iter::once(&table.header)
        .chain(&table.rows)
        .map(|row| row.cells.iter().map(|cell| cell.text.to_string()).collect())
        .collect()
}

fn messages<'p>(parsed: &'p Parsed<'_>) -> Vec<&'p str> {
    parsed
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.message.as_str())
        .collect()
}

fn ok(text: &str) -> Vec<Vec<String>> {
    let parsed = parse(text);
    assert_eq!(messages(&parsed), Vec::<&str>::new(), "{text:?}");
    cells(&parsed)
}

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|&cell| cell.to_owned()).collect())
        .collect()
}

#[test]
fn outer_pipes_are_optional() {
    let expected = rows(&[&["a", "b"], &["1", "x"]]);
    assert_eq!(ok("| a | b |\n| --- | --- |\n| 1 | x |"), expected);
    assert_eq!(ok("a | b\n--- | ---\n1 | x"), expected);
    assert_eq!(ok("|a|b\n|---|---\n|1|x"), expected);
    assert_eq!(ok("a|b|\n---|---|\n1|x|"), expected);
}

#[test]
fn the_seeds_rows_without_trailing_pipes_and_with_trailing_spaces() {
    let text = "| 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |\n\
                | --- | ---- | ---- |\n\
                |redirect_uri_mismatch|21322|重定向地址不匹配 \n\
                |appkey permission denied|21337|应用权限不足";
    assert_eq!(
        ok(text),
        rows(&[
            &[
                "错误码(error)",
                "错误编号(error_code)",
                "错误描述(error_description)"
            ],
            &["redirect_uri_mismatch", "21322", "重定向地址不匹配"],
            &["appkey permission denied", "21337", "应用权限不足"],
        ])
    );
}

#[test]
fn escaped_pipes_and_other_backslashes() {
    assert_eq!(
        ok(r"| a | b |
| - | - |
| x \| y | \d\n |
| \\| z | end\ |"),
        rows(&[
            &["a", "b"],
            &["x | y", r"\d\n"],
            // `\\|` is a backslash and an escaped pipe, as in GFM.
            &[r"\| z", r"end\"],
        ])
    );
    // An escaped pipe at the end is content, not the closing pipe.
    assert_eq!(ok("| a |\n| - |\n| x \\|"), rows(&[&["a"], &["x |"]]));
}

#[test]
fn white_space_indentation_blank_lines_and_crlf() {
    let text = "\r\n  \t\r\n\t  | a\t|  b |  \r\n    |:--|--:|\r\n \t| 1 |\t\t2\t|\r\n\r\n   \r\n";
    assert_eq!(ok(text), rows(&[&["a", "b"], &["1", "2"]]));
}

#[test]
fn every_kind_of_line_end_and_a_byte_order_mark() {
    let expected = rows(&[&["a", "b"], &["1", "2"], &["3", "4"]]);
    // Lone `\r` line ends, as CommonMark reads them.
    assert_eq!(ok("| a | b |\r|---|---|\r| 1 | 2 |\r| 3 | 4 |"), expected);
    // All three kinds in one text.
    assert_eq!(
        ok("| a | b |\r\n|---|---|\r| 1 | 2 |\n| 3 | 4 |\r\n"),
        expected
    );
    // A byte order mark at the start is not part of the header.
    let text = "\u{FEFF}| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |";
    assert_eq!(ok(text), expected);
    let parsed = parse(text);
    assert_eq!(parsed.table.unwrap().header.cells[0].span, 5..6);
}

#[test]
fn cells_are_trimmed_of_any_white_space() {
    // No-break, ideographic and thin spaces around cells, as copied from a web page; inside a
    // cell they stay (the validator reports them in key cells).
    assert_eq!(
        ok("|\u{A0}a\u{A0}|\u{3000}b |\n|---|---|\n| 1\u{2009}| x\u{A0}y |"),
        rows(&[&["a", "b"], &["1", "x\u{A0}y"]])
    );
    // A line of white space only is blank.
    assert_eq!(
        ok("| a |\n|---|\n| 1 |\n\u{A0}\u{3000}\n"),
        rows(&[&["a"], &["1"]])
    );
}

#[test]
fn a_second_table_and_a_repeated_header() {
    let parsed = parse("| a | b |\n| - | - |\n| 1 | x |\n| A | B |\n| 2 | y |");
    assert_eq!(messages(&parsed), ["the header row appears again"]);
    assert_eq!(parsed.diagnostics[0].notes[0].span, Some(0..9));
    assert_eq!(
        cells(&parsed),
        rows(&[&["a", "b"], &["1", "x"], &["2", "y"]])
    );

    // A header given its roles, repeated as the page repeats it: without them.
    let parsed = parse(
        "| 错误码(code) | 说明（ description ） |\n| - | - |\n| 1 | x |\n| 错误码 | 说明 |\n| 2 | y |",
    );
    assert_eq!(messages(&parsed), ["the header row appears again"]);
    assert_eq!(cells(&parsed).len(), 3);
    // Parentheses that name no role are words: such a row is no header.
    let parsed = parse("| 错误码(返回) | b |\n| - | - |\n| 1 | x |\n| 错误码 | b |");
    assert_eq!(messages(&parsed), [""; 0]);
    assert_eq!(cells(&parsed).len(), 3);

    let text = "| a | b |\n| - | - |\n| 1 | x |\n| c | d |\n|---|---|\n| 2 | y |";
    let parsed = parse(text);
    assert_eq!(messages(&parsed), ["a second table starts here"]);
    assert_eq!(
        parsed.diagnostics[0].span(),
        Some(&(text.find("| c").unwrap()..text.find("| c").unwrap() + 9))
    );
    assert_eq!(
        parsed.diagnostics[0].notes[0].text,
        "the table's header is `| a | b |`"
    );
    assert_eq!(
        cells(&parsed),
        rows(&[&["a", "b"], &["1", "x"], &["2", "y"]])
    );
    // A delimiter row without a header above it.
    let parsed = parse("| a |\n| - |\n| 1 |\n\n| - |\n| 2 |");
    assert_eq!(messages(&parsed), ["a second table starts here"]);
}

#[test]
fn tab_separated_tables() {
    let text = "\n返回码\t说明\n-1\t系统繁忙，此时请开发者稍候再试\n\n40001\t获取 access_token 时 AppSecret 错误 | 或者 access_token 无效\n";
    let parsed = parse(text);
    assert_eq!(messages(&parsed), Vec::<&str>::new());
    let table = parsed.table.unwrap();
    assert_eq!(table.format, super::Format::Tabs);
    assert_eq!(
        cells(&Parsed {
            table: Some(table),
            diagnostics: Vec::new()
        }),
        rows(&[
            &["返回码", "说明"],
            &["-1", "系统繁忙，此时请开发者稍候再试"],
            // A pipe in a tab-separated cell is text.
            &[
                "40001",
                "获取 access_token 时 AppSecret 错误 | 或者 access_token 无效"
            ],
        ])
    );
    // Rows keep their cells as pasted: a short row is the validator's to report.
    let parsed = parse("a\tb\tc\n1\t2\n3\t4\t5");
    assert_eq!(
        cells(&parsed),
        rows(&[&["a", "b", "c"], &["1", "2"], &["3", "4", "5"]])
    );
    // Cells are plain text: no Markdown is read in them.
    let parsed = parse("a\tb\n`x`\t**y**");
    let table = parsed.table.unwrap();
    assert_eq!(table.rows[0].cells[1].plain, "**y**");
    assert_eq!(table.rows[0].cells[0].plain, "`x`");
}

#[test]
fn tab_separated_tables_as_they_go_wrong() {
    // A header separated by tabs over a Markdown table's rows: said so, the rows read as
    // Markdown's.
    let parsed = parse("code\tdescription\n| 1 | one |\n| 2 | two |");
    assert_eq!(
        messages(&parsed),
        ["the header's cells are separated by tabs, and the rows' by `|`"]
    );
    assert_eq!(
        parsed.diagnostics[0].help.as_deref(),
        Some(
            "write the header as a Markdown row with a delimiter row under it: \
             `| code | description |`, then `| --- | --- |`"
        )
    );
    assert_eq!(
        cells(&parsed),
        rows(&[&["code", "description"], &["1", "one"], &["2", "two"]])
    );
    // A table indented with tabs: the indentation is no cell.
    assert_eq!(
        ok("\t\tcode\tdescription\n\t\t1\tone\n\t\t2\t\n"),
        rows(&[&["code", "description"], &["1", "one"], &["2", ""]])
    );
    // A Markdown delimiter row among tab-separated rows: said so, and left out.
    let parsed = parse("code\tdescription\n---\t---\n1\tone");
    assert_eq!(
        messages(&parsed),
        ["a delimiter row in a tab-separated table: `---\t---`"]
    );
    assert_eq!(
        cells(&parsed),
        rows(&[&["code", "description"], &["1", "one"]])
    );
    // A header copied from a terminal, its tabs shown as spaces, over tab-separated rows.
    assert_eq!(
        ok("返回码(code)    说明(description)\n-1\t系统繁忙\n40001\tAppSecret 错误"),
        rows(&[
            &["返回码(code)", "说明(description)"],
            &["-1", "系统繁忙"],
            &["40001", "AppSecret 错误"]
        ])
    );
    let parsed = parse("a  b  c\n1\t2");
    assert_eq!(
        messages(&parsed),
        [
            "the header's cells are separated by spaces and the rows' by tabs: the header has 3 \
             cells where two or more spaces separate them, the first row 2"
        ]
    );
    // Prose over a tab-separated table is text before the table.
    let parsed = parse("Errors of the token endpoint:\ncode\tdescription\n1\tone");
    assert_eq!(
        messages(&parsed),
        ["text before the table: `Errors of the token endpoint:`"]
    );
    assert_eq!(
        cells(&parsed),
        rows(&[&["code", "description"], &["1", "one"]])
    );
}

#[test]
fn cells_read_as_markdown() {
    let parsed = parse("| **错误码** | error |\n| - | - |\n| **40001** | `invalid\\_grant` |");
    let table = parsed.table.unwrap();
    assert_eq!(table.header.cells[0].plain, "错误码");
    assert_eq!(table.rows[0].cells[0].plain, "40001");
    assert_eq!(table.rows[0].cells[1].text, "`invalid\\_grant`");
    // Inside a code span a backslash is a backslash.
    assert_eq!(table.rows[0].cells[1].plain, "invalid\\_grant");
}

#[test]
fn empty_cells_and_alignment() {
    assert_eq!(
        ok("| a | b | c |\n|:-|:-:|-:|\n| | x | |\n||||"),
        rows(&[&["a", "b", "c"], &["", "x", ""], &["", "", ""]])
    );
}

#[test]
fn cjk_and_emoji_cells_and_their_spans() {
    let text = "| 码 | 😀 说明 |\n| --- | --- |\n|  成功 |  🎉 ok  |";
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty());
    let row = &parsed.table.as_ref().unwrap().rows[0];
    assert_eq!(&text[row.cells[0].span.clone()], "成功");
    assert_eq!(&text[row.cells[1].span.clone()], "🎉 ok");
    assert_eq!(&text[row.span.clone()], "|  成功 |  🎉 ok  |");
}

#[test]
fn ragged_rows_are_kept_as_they_are() {
    // The validator reports them; GFM would pad or cut.
    assert_eq!(
        ok("| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |\nplain"),
        rows(&[&["a", "b"], &["1"], &["1", "2", "3"], &["plain"]])
    );
}

#[test]
fn an_empty_text_has_no_table() {
    for text in ["", "\n", "  \t\r\n\n"] {
        let parsed = parse(text);
        assert!(parsed.table.is_none());
        assert_eq!(messages(&parsed), ["the table is empty"]);
    }
}

#[test]
fn text_before_the_header() {
    let parsed = parse("## Weibo ##\nnotes\n| a | b |\n| - | - |\n| 1 | 2 |");
    assert_eq!(messages(&parsed), ["text before the table: `## Weibo ##`"]);
    assert_eq!(parsed.diagnostics[0].span(), Some(&(0..11)));
    assert_eq!(cells(&parsed), rows(&[&["a", "b"], &["1", "2"]]));
}

#[test]
fn a_missing_delimiter_row() {
    let parsed = parse("| a | b |\n| 1 | 2 |");
    assert_eq!(
        messages(&parsed),
        ["no delimiter row under the header `| a | b |`"]
    );
    assert_eq!(parsed.diagnostics[0].span(), Some(&(9..9)));
    assert_eq!(
        parsed.diagnostics[0].help.as_deref(),
        Some("add the line `| --- | --- |` right under the header")
    );
    // The lines under the header are still read as rows.
    assert_eq!(cells(&parsed), rows(&[&["a", "b"], &["1", "2"]]));
}

#[test]
fn malformed_delimiter_rows() {
    let parsed = parse("| a | b |\n| -- | :-:- |\n| 1 | 2 |");
    assert_eq!(messages(&parsed), ["`:-:-` is not a delimiter cell"]);
    let parsed = parse("| a | b | c |\n| - | - |\n| 1 | 2 | 3 |");
    assert_eq!(
        messages(&parsed),
        ["the delimiter row has 2 cells but the header has 3"]
    );
    let parsed = parse("| a | b |\n| - | |\n| 1 | 2 |");
    assert_eq!(messages(&parsed), ["`` is not a delimiter cell"]);
}

#[test]
fn a_table_without_rows() {
    let parsed = parse("| a | b |\n| - | - |\n\n");
    assert_eq!(messages(&parsed), ["the table has no rows"]);
    assert_eq!(parsed.diagnostics[0].span(), Some(&(19..19)));
}

#[test]
fn blank_lines_inside_and_text_after() {
    let parsed = parse("| a |\n| - |\n| 1 |\n\n| 2 |\n\nthe end\n| 3 |");
    assert_eq!(
        messages(&parsed),
        [
            "a blank line splits the table",
            "text after the table: `the end`"
        ]
    );
    assert_eq!(cells(&parsed), rows(&[&["a"], &["1"], &["2"]]));
}

/// Text for a cell: anything but line breaks, without white space at either end.
fn cell_text() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        Just('a'),
        Just('Z'),
        Just('7'),
        Just('_'),
        Just(' '),
        Just('\t'),
        Just('|'),
        Just('\\'),
        Just('-'),
        Just(':'),
        Just('#'),
        Just('成'),
        Just('（'),
        Just('。'),
        Just('😀'),
    ];
    prop::collection::vec(chars, 0..8).prop_map(|chars| {
        let text: String = chars.into_iter().collect();
        text.trim_matches([' ', '\t']).to_owned()
    })
}

/// How a table is written: outer pipes, padding, indentation, line ends, alignment.
#[derive(Debug, Clone)]
pub(crate) struct Style {
    outer_pipes: bool,
    padding: &'static str,
    indent: &'static str,
    crlf: bool,
    delimiter: &'static str,
    blank_lines: bool,
    /// The delimiter row's padding, when not `padding` (`pulldown-cmark` takes no tabs there,
    /// unlike cmark-gfm).
    delimiter_padding: Option<&'static str>,
}

pub(crate) fn style() -> impl Strategy<Value = Style> {
    (
        any::<bool>(),
        prop_oneof![Just(""), Just(" "), Just("\t"), Just("  ")],
        prop_oneof![Just(""), Just("    "), Just("\t")],
        any::<bool>(),
        prop_oneof![Just("---"), Just(":-"), Just("-:"), Just(":---:")],
        any::<bool>(),
    )
        .prop_map(
            |(outer_pipes, padding, indent, crlf, delimiter, blank_lines)| Style {
                outer_pipes,
                padding,
                indent,
                crlf,
                delimiter,
                blank_lines,
                delimiter_padding: None,
            },
        )
}

/// Writes rows of cells as a Markdown table (the first row is the header).
pub(crate) fn render(table: &[Vec<String>], style: &Style) -> String {
    let newline = if style.crlf { "\r\n" } else { "\n" };
    let line = |cells: &[String], padding: &str| {
        // Outer pipes are needed where a cell at either end is empty, or for one column.
        let outer = style.outer_pipes
            || cells.len() == 1
            || cells.first().is_some_and(String::is_empty)
            || cells.last().is_some_and(String::is_empty);
        let cells: Vec<String> = cells
            .iter()
            .map(|cell| {
                // A cell ending in `\` needs a space before the next pipe.
                let after = if cell.ends_with('\\') && padding.is_empty() {
                    " "
                } else {
                    padding
                };
                format!("{padding}{}{after}", cell.replace('|', "\\|"))
            })
            .collect();
        let inner = cells.join("|");
        if outer {
            format!("{}|{inner}|", style.indent)
        } else {
            format!("{}{inner}", style.indent)
        }
    };
    let mut text = String::new();
    if style.blank_lines {
        text.push_str(newline);
    }
    text.push_str(&line(&table[0], style.padding));
    text.push_str(newline);
    let delimiter = vec![style.delimiter.to_owned(); table[0].len()];
    text.push_str(&line(
        &delimiter,
        style.delimiter_padding.unwrap_or(style.padding),
    ));
    for row in &table[1..] {
        text.push_str(newline);
        text.push_str(&line(row, style.padding));
    }
    if style.blank_lines {
        text.push_str(newline);
        text.push_str(style.indent);
        text.push_str(newline);
    }
    text
}

/// A table of `columns` columns: a header and one or more rows.
///
/// No row is a blank line (one empty cell), looks like a delimiter row (it would start a second
/// table) or repeats the header.
pub(crate) fn table() -> impl Strategy<Value = Vec<Vec<String>>> {
    (1usize..5).prop_flat_map(|columns| {
        prop::collection::vec(prop::collection::vec(cell_text(), columns), 2..6)
            .prop_filter("a row of one empty cell is a blank line", |rows| {
                rows.iter().all(|row| row.len() > 1 || !row[0].is_empty())
            })
            .prop_filter("a row like a delimiter row starts a second table", |rows| {
                rows.iter().skip(1).all(|row| {
                    !(row
                        .iter()
                        .all(|cell| cell.bytes().all(|b| b == b'-' || b == b':'))
                        && row.iter().any(|cell| cell.contains('-')))
                })
            })
            .prop_filter("a row like the header repeats it", |rows| {
                let header: Vec<String> = rows[0].iter().map(|cell| cell.to_lowercase()).collect();
                rows.iter().skip(1).all(|row| {
                    row.iter()
                        .map(|cell| cell.to_lowercase())
                        .collect::<Vec<_>>()
                        != header
                })
            })
    })
}

proptest! {
    #![proptest_config(crate::testing::config(512))]

    /// Whatever the input, the parser returns, and every range it reports lies inside it.
    #[test]
    fn never_panics_and_stays_inside_the_input(text in ".{0,200}") {
        check_ranges(&text);
    }

    /// The same on text made of table-like pieces, which reaches more of the parser.
    #[test]
    fn never_panics_on_table_like_text(pieces in prop::collection::vec(
        prop_oneof![
            Just("|"), Just("\\|"), Just("\\"), Just("---"), Just(":"), Just(" "),
            Just("\t"), Just("\n"), Just("\r\n"), Just("\r"), Just("a"), Just("成"),
            Just("1"), Just("-"), Just("😀"),
        ],
        0..60,
    )) {
        check_ranges(&pieces.concat());
    }

    /// Rendering a table and parsing it gives the same cells back.
    #[test]
    fn parse_inverts_render(table in table(), style in style()) {
        let text = render(&table, &style);
        let parsed = parse(&text);
        prop_assert_eq!(messages(&parsed), Vec::<&str>::new(), "{:?}", text);
        prop_assert_eq!(cells(&parsed), table, "{:?}", text);
    }
}

fn check_ranges(text: &str) {
    let parsed = parse(text);
    let inside = |range: &std::ops::Range<usize>| {
        range.start <= range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end)
    };
    for diagnostic in &parsed.diagnostics {
        assert!(
            diagnostic.span().is_some_and(inside),
            "{diagnostic:?} in {text:?}"
        );
        for note in &diagnostic.notes {
            assert!(
                note.span.as_ref().is_none_or(inside),
                "{note:?} in {text:?}"
            );
        }
    }
    if let Some(table) = &parsed.table {
        for row in std::iter::once(&table.header).chain(&table.rows) {
            assert!(inside(&row.span));
            for cell in &row.cells {
                assert!(inside(&cell.span), "{cell:?} in {text:?}");
                assert!(cell.span.start >= row.span.start && cell.span.end <= row.span.end);
            }
        }
    }
    assert!(parsed.table.is_some() || !parsed.diagnostics.is_empty());
}

/// GFM conformance: the rows and cells `pulldown-cmark` finds in a table, as byte ranges of the
/// text trimmed of spaces and tabs, header first. `None` when it finds no table.
fn gfm_cells(text: &str) -> Option<Vec<Vec<std::ops::Range<usize>>>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows = Vec::new();
    let mut row: Vec<std::ops::Range<usize>> = Vec::new();
    let mut tables = 0;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::TableHead | Tag::TableRow) => row.clear(),
            Event::Start(Tag::TableCell) => row.push(trimmed(text, range)),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                rows.push(std::mem::take(&mut row));
            }
            _ => {}
        }
    }
    assert!(tables <= 1, "one table at most: {text:?}");
    (tables == 1).then_some(rows)
}

fn trimmed(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let cell = &text[range.clone()];
    let start = range.start + (cell.len() - cell.trim_start_matches([' ', '\t']).len());
    let end = range.end - (cell.len() - cell.trim_end_matches([' ', '\t']).len());
    start..end.max(start)
}

/// Our rows and cells, as byte ranges, header first.
fn our_cells(text: &str) -> Vec<Vec<std::ops::Range<usize>>> {
    let parsed = parse(text);
    let table = parsed.table.expect("a table");
    std::iter::once(&table.header)
        .chain(&table.rows)
        .map(|row| row.cells.iter().map(|cell| cell.span.clone()).collect())
        .collect()
}

/// Checks that we split `text` into the same rows and cells as GFM. Empty cells compare by being
/// empty (GFM and we may place an empty range at different offsets within the cell).
///
/// A row with fewer or more cells than the header is kept as written here (the validator
/// reports it); GFM pads it with empty cells, or drops the cells beyond the header's count. Those
/// cells are left out of the comparison: padding must be empty, and the rest must agree.
fn assert_gfm_conformance(text: &str) {
    let mut gfm = gfm_cells(text).unwrap_or_else(|| panic!("GFM finds no table in {text:?}"));
    let mut ours = our_cells(text);
    let columns = ours[0].len();
    for (ours, gfm) in ours.iter_mut().zip(&mut gfm) {
        ours.truncate(columns);
        if ours.len() < gfm.len() {
            assert!(
                gfm[ours.len()..].iter().all(std::ops::Range::is_empty),
                "{text:?}"
            );
            gfm.truncate(ours.len());
        }
    }
    let shape = |rows: &[Vec<std::ops::Range<usize>>]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| {
                row.iter()
                    .map(|cell| {
                        if cell.is_empty() {
                            String::new()
                        } else {
                            format!("{cell:?}")
                        }
                    })
                    .collect()
            })
            .collect()
    };
    assert_eq!(shape(&ours), shape(&gfm), "{text:?}");
}

#[test]
fn gfm_conformance_on_the_seed_tables() {
    let seed = include_str!("../../corpus/seed.txt");
    // The tables under the seed's `## title ##` lines.
    let mut tables: Vec<String> = Vec::new();
    for line in seed.lines() {
        if line.starts_with("## ") {
            tables.push(String::new());
        } else if let Some(table) = tables.last_mut() {
            table.push_str(line);
            table.push('\n');
        }
    }
    assert_eq!(tables.len(), 2);
    for table in &tables {
        assert_gfm_conformance(table);
    }
    // Header and rows: 11 Weibo rows, 65 QQ rows (as written, before any mending).
    assert_eq!(our_cells(&tables[0]).len(), 12);
    assert_eq!(our_cells(&tables[1]).len(), 66);
}

#[test]
fn gfm_conformance_on_edge_cases() {
    for text in [
        // Outer pipes, or not; alignment colons.
        "| a | b |\n| :-- | --: |\n| 1 | 2 |",
        "a | b\n:-: | ---\n1 | 2",
        "|a|b\n|---|---\n|1|2",
        // Escaped pipes, in text and in a code span; other backslashes.
        "| a | b |\n| - | - |\n| x \\| y | `c\\|d` |\n| \\\\| z | e\\ |",
        "| a |\n| - |\n| x \\|",
        // A pipe inside a code span still splits the cell, as in GFM.
        "| a | b |\n| - | - |\n| `x|y` |",
        // Empty cells, short and long rows.
        "| a | b | c |\n| - | - | - |\n| | x | |\n||||\n| 1 |\n| 1 | 2 | 3 | 4 |",
        // Tabs, trailing spaces, CRLF, CJK, emoji, a full-width space inside a cell.
        "|\ta\t| b  |\r\n| --- | --- |\r\n| 成功。 | 😀 ok  |\r\n| x\u{3000}x| y |",
        // A line without pipes is a row of one cell.
        "| a | b |\n| - | - |\nplain text\n| 1 | 2 |",
        // Up to three spaces of indentation.
        "   | a | b |\n  | - | - |\n | 1 | 2 |",
    ] {
        assert_gfm_conformance(text);
    }
}

/// Where we deliberately differ from GFM, each case says how.
#[test]
fn deliberate_differences_from_gfm() {
    // GFM stops a table at a line that starts another block (a heading, a list item, a quote);
    // in a table literal every line is a row (here a short one, which the validator reports).
    let text = "| a | b |\n| - | - |\n# x | y\n- 1 | 2";
    assert_eq!(gfm_cells(text).unwrap().len(), 1);
    assert_eq!(our_cells(text).len(), 3);
    // GFM reads four spaces of indentation as a code block; the literal's indentation is
    // ignored, since tables sit indented in Rust code.
    let text = "    | a | b |\n    | - | - |\n    | 1 | 2 |";
    assert_eq!(gfm_cells(text), None);
    assert_eq!(our_cells(text).len(), 2);
    // pulldown-cmark takes no tabs around delimiter cells; cmark-gfm, GFM's reference, and we
    // do (its delimiter row pattern allows any `spacechar`, tabs included).
    let text = "| a | b |\n|\t---\t| --- |\n| 1 | 2 |";
    assert_eq!(gfm_cells(text), None);
    assert_eq!(our_cells(text).len(), 2);
    // GFM drops the cells of a row beyond the header's; we keep the row as it is, and the
    // validator reports it.
    let text = "| a |\n| - |\n| 1 | 2 |";
    assert_eq!(gfm_cells(text).unwrap()[1].len(), 1);
    assert_eq!(our_cells(text)[1].len(), 2);
    // GFM reads a row of dashes under a row as two more rows; here they are a second table's
    // header and delimiter row, reported and left out (`a_second_table_and_a_repeated_header`).
    let text = "| a |\n| - |\n| 1 |\n| b |\n| - |\n| 2 |";
    assert_eq!(gfm_cells(text).unwrap().len(), 5);
    assert_eq!(our_cells(text).len(), 3);
    // GFM trims spaces and tabs around a cell; we trim any Unicode white space, such as the
    // no-break and ideographic spaces of a table copied from a web page.
    let text = "| a | b |\n| - | - |\n| x\u{3000}| \u{A0}y\u{A0} |";
    assert_eq!(gfm_cells(text).unwrap()[1], [22..26, 28..33]);
    assert_eq!(our_cells(text)[1], [22..23, 30..31]);
    // GFM ends the table at a blank line; we report a blank line inside the table, and text
    // after the table, as errors (`blank_lines_inside_and_text_after`).
    // GFM applies inline Markdown to cell contents (`\\|` shows as `|`, `` `x` `` as code);
    // cells here keep their text as written, but for `\|`.
    let parsed = parse("| a |\n| - |\n| \\\\| *b* `c` |");
    assert_eq!(parsed.table.unwrap().rows[0].cells[0].text, "\\| *b* `c`");
}

proptest! {
    #![proptest_config(crate::testing::config(256))]

    /// Generated tables split into the same rows and cells as GFM.
    #[test]
    fn gfm_conformance_on_generated_tables(table in table(), style in style()) {
        // Rows that GFM could read as another block need their leading pipe, and GFM allows
        // three spaces of indentation at most.
        let starts_a_block = table.iter().any(|row| {
            row[0].starts_with(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit())
        });
        let style = Style {
            outer_pipes: style.outer_pipes || starts_a_block || style.padding.contains('\t'),
            indent: "",
            delimiter_padding: style.padding.contains('\t').then_some(" "),
            ..style
        };
        assert_gfm_conformance(&render(&table, &style));
    }
}
