//! Test support for the integration tests and examples of oauth-errors: a reader of the seed
//! document, of the QQ provenance notes and of the other source tables under `tests/data`, written independently of the macro's own parser (a
//! plain split on `|`), so that the tests compare the facade with the source data rather than
//! with itself; and fake providers on loopback for the `oauth2` tests and example.

pub mod provider;

/// The code blocks of `README.md`, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The seed document, byte for byte as our user gave it (`tests/data/seed.txt`).
pub const SEED: &str = include_str!("../data/seed.txt");

/// The provenance notes of the QQ codes (`tests/data/qq-codes-provenance.md`).
pub const QQ_PROVENANCE: &str = include_str!("../data/qq-codes-provenance.md");

/// Weibo's `Error_code` page as a 2013 copy has it, plus 21335 (`tests/data/weibo-error-code.md`).
pub const WEIBO_ERROR_CODE: &str = include_str!("../data/weibo-error-code.md");

/// Weibo's OAuth 2.0 error ids with their codes, from every copy read
/// (`tests/data/weibo-oauth2-ids.md`).
pub const WEIBO_OAUTH2_IDS: &str = include_str!("../data/weibo-oauth2-ids.md");

/// The rows only an older, Chinese-only revision of Weibo's `Error_code` page has
/// (`tests/data/weibo-legacy-cn-only.md`).
pub const WEIBO_LEGACY: &str = include_str!("../data/weibo-legacy-cn-only.md");

/// QQ's OpenAPI `ret` codes, one chosen text per code (`tests/data/qq-openapi-ret.md`).
pub const QQ_OPENAPI_RET: &str = include_str!("../data/qq-openapi-ret.md");

/// QQ's mobile SDK login return codes (`tests/data/qq-mobile-sdk.md`).
pub const QQ_MOBILE_SDK: &str = include_str!("../data/qq-mobile-sdk.md");

/// The wording of QQ's OAuth table in other copies (`tests/data/qq-oauth-wording.md`).
pub const QQ_OAUTH_WORDING: &str = include_str!("../data/qq-oauth-wording.md");

/// WeChat's global return codes as the `WxJava` SDK copies them, with the English `errmsg`
/// (`tests/data/wechat-global-codes.md`).
pub const WECHAT_GLOBAL_CODES: &str = include_str!("../data/wechat-global-codes.md");

/// The line of a table in `source` (a facade module's text) for `code`: `| {code} | …`.
///
/// # Panics
///
/// When `source` has no such line.
#[must_use]
pub fn source_row(source: &'static str, code: i32) -> &'static str {
    let prefix = format!("| {code} |");
    source
        .lines()
        .find(|line| line.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no row for {code}"))
}

/// The data rows of the first Markdown table in `text` whose header line starts with `header`:
/// each row's cells, trimmed, up to the first line that is not a table row.
///
/// # Panics
///
/// When `text` has no such table.
#[must_use]
pub fn data_rows(text: &str, header: &str) -> Vec<Vec<String>> {
    let mut lines = text.lines().skip_while(|line| !line.starts_with(header));
    assert!(
        lines.next().is_some(),
        "no table with the header {header:?}"
    );
    let delimiter = lines.next().unwrap_or_default();
    assert!(
        ["| ---", "|---", "| :--", "|:--"]
            .iter()
            .any(|start| delimiter.starts_with(start)),
        "{delimiter:?}"
    );
    lines
        .take_while(|line| line.starts_with('|'))
        .map(cells)
        .collect()
}

/// One table of the seed: its `## title ##` line, header cells and data rows.
#[derive(Debug)]
pub struct SeedTable {
    /// The title, such as `Weibo Login OAuth2.0`.
    pub title: String,
    /// The header row, as written.
    pub header_line: String,
    /// The header's cells, trimmed.
    pub header: Vec<String>,
    /// The data rows, in order.
    pub rows: Vec<SeedRow>,
}

/// One data row of a seed table.
#[derive(Debug)]
pub struct SeedRow {
    /// The row as written, without its line break.
    pub line: String,
    /// The row's cells, trimmed.
    pub cells: Vec<String>,
}

/// The cells of a table line: split on the `|` not preceded by `\`, without the outer pipes,
/// each trimmed; `\|` stays as written (the cell's Markdown).
///
/// # Panics
///
/// Never: a cell is opened before any character is pushed.
#[must_use]
pub fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    let mut cells = vec![String::new()];
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cells.last_mut().unwrap().push_str("\\|");
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells.iter().map(|cell| cell.trim().to_owned()).collect()
}

/// The tables of the seed document, in order.
///
/// # Panics
///
/// When the seed does not have the shape `## title ##`, header, delimiter, rows.
#[must_use]
pub fn seed_tables() -> Vec<SeedTable> {
    let mut tables = Vec::new();
    let mut lines = SEED.lines().peekable();
    while let Some(line) = lines.next() {
        let title = line
            .trim()
            .strip_prefix("##")
            .and_then(|rest| rest.trim().strip_suffix("##"))
            .expect("a table starts with a `## title ##` line")
            .trim()
            .to_owned();
        let header_line = lines.next().expect("a header row").to_owned();
        let delimiter = lines.next().expect("a delimiter row");
        assert!(delimiter.starts_with("| ---"), "{delimiter}");
        let mut rows = Vec::new();
        while let Some(row) = lines.next_if(|line| line.starts_with('|')) {
            rows.push(SeedRow {
                line: row.to_owned(),
                cells: cells(row),
            });
        }
        tables.push(SeedTable {
            title,
            header: cells(&header_line),
            header_line,
            rows,
        });
    }
    tables
}

/// The seed table titled `title`.
///
/// # Panics
///
/// When the seed has no such table.
#[must_use]
pub fn seed_table(title: &str) -> SeedTable {
    seed_tables()
        .into_iter()
        .find(|table| table.title == title)
        .unwrap_or_else(|| panic!("the seed has no table {title:?}"))
}

/// The codes that newer copies of QQ's wiki page list after 100051, with their texts, from the
/// provenance notes.
///
/// # Panics
///
/// When the notes do not have that table.
#[must_use]
pub fn newer_qq_codes() -> Vec<(i32, String)> {
    let section = QQ_PROVENANCE
        .split_once("Newer copies")
        .expect("a section on newer copies")
        .1;
    section
        .lines()
        .skip_while(|line| !line.starts_with("| code"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells = cells(line);
            (cells[0].parse().expect("a code"), cells[1].clone())
        })
        .collect()
}
