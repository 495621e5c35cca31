//! Generates the benchmark tables: for each size, a table of random sparse codes and error ids,
//! declared four ways (`oauth_error_table!`, a hand-written `match`, `phf` maps, plain arrays for
//! a `HashMap`), with probes that hit four times in five. The Weibo and QQ tables get the same
//! treatment from the facade's own data.

use oauth_errors::{QqError, WeiboError};
use std::fmt::Write as _;

/// Rows of the generated tables.
const SIZES: [usize; 6] = [10, 30, 100, 300, 1_000, 10_000];
/// Lookups per benchmark iteration.
const PROBES: usize = 1_024;

/// A small deterministic generator (xorshift64*), so that every build has the same tables.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).expect("below a usize")
    }
}

const WORDS: [&str; 24] = [
    "invalid",
    "expired",
    "token",
    "grant",
    "client",
    "scope",
    "request",
    "denied",
    "redirect",
    "uri",
    "mismatch",
    "access",
    "refresh",
    "code",
    "app",
    "key",
    "secret",
    "user",
    "limit",
    "rate",
    "signature",
    "openid",
    "session",
    "unsupported",
];

/// One benchmark table: codes, error ids and descriptions of its rows.
struct Table {
    name: String,
    codes: Vec<i32>,
    errors: Vec<String>,
    descriptions: Vec<String>,
}

fn generated(size: usize, random: &mut Random) -> Table {
    let mut codes = std::collections::BTreeSet::new();
    while codes.len() < size {
        codes.insert(100_000 + i32::try_from(random.below(900_000)).expect("an i32"));
    }
    let mut codes: Vec<i32> = codes.into_iter().collect();
    // Table order is not code order.
    for i in (1..codes.len()).rev() {
        codes.swap(i, random.below(i + 1));
    }
    let mut errors = std::collections::BTreeSet::new();
    let mut ordered = Vec::new();
    while ordered.len() < size {
        let words = 2 + random.below(3);
        let id: Vec<&str> = (0..words)
            .map(|_| WORDS[random.below(WORDS.len())])
            .collect();
        let id = format!("{}_{}", id.join("_"), random.below(100));
        if errors.insert(id.clone()) {
            ordered.push(id);
        }
    }
    let descriptions = (0..size)
        .map(|i| format!("错误描述 {i}: access token过期"))
        .collect();
    Table {
        name: format!("t{size}"),
        codes,
        errors: ordered,
        descriptions,
    }
}

fn provider(name: &str, codes: Vec<i32>, errors: Vec<String>, descriptions: Vec<String>) -> Table {
    Table {
        name: name.to_owned(),
        codes,
        errors,
        descriptions,
    }
}

/// Probes: four in five are keys of the table, the rest are not.
fn probes<T: Clone>(keys: &[T], miss: impl Fn(&mut Random) -> T, random: &mut Random) -> Vec<T> {
    (0..PROBES)
        .map(|_| {
            if random.below(5) == 0 {
                miss(random)
            } else {
                keys[random.below(keys.len())].clone()
            }
        })
        .collect()
}

fn module(table: &Table, random: &mut Random, ours: &str) -> String {
    let name = &table.name;
    let rows = table.codes.len();
    let mut out = String::new();
    writeln!(
        out,
        "/// The `{name}` table ({rows} rows), declared four ways."
    )
    .unwrap();
    writeln!(out, "pub mod {name} {{").unwrap();
    out.push_str(ours);
    out.push_str(&hand_written(table));
    out.push_str(&data(table, random));
    writeln!(out, "}}").unwrap();
    out
}

/// The table written by hand: a `match` per method, as one writes it without a macro.
fn hand_written(table: &Table) -> String {
    let rows = table.codes.len();
    let mut out = String::new();

    writeln!(out, "/// The table written by hand.").unwrap();
    writeln!(out, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]").unwrap();
    writeln!(out, "#[allow(missing_docs)]\npub enum Hand {{").unwrap();
    for i in 0..rows {
        writeln!(out, "    V{i},").unwrap();
    }
    writeln!(out, "}}\n#[allow(missing_docs, clippy::too_many_lines, clippy::unreadable_literal, clippy::match_same_arms)]\nimpl Hand {{").unwrap();
    writeln!(
        out,
        "    #[allow(clippy::large_stack_arrays)]\n    pub const ALL: [Hand; {rows}] = [{}];",
        (0..rows)
            .map(|i| format!("Hand::V{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "    #[must_use] pub fn from_code(code: i32) -> Option<Hand> {{ match code {{"
    )
    .unwrap();
    for (i, code) in table.codes.iter().enumerate() {
        writeln!(out, "        {code} => Some(Hand::V{i}),").unwrap();
    }
    writeln!(out, "        _ => None,\n    }} }}").unwrap();
    writeln!(
        out,
        "    #[must_use] pub fn from_error(error: &str) -> Option<Hand> {{ match error {{"
    )
    .unwrap();
    for (i, error) in table.errors.iter().enumerate() {
        writeln!(out, "        {error:?} => Some(Hand::V{i}),").unwrap();
    }
    writeln!(out, "        _ => None,\n    }} }}").unwrap();
    writeln!(
        out,
        "    #[must_use] pub fn description(self) -> &'static str {{ match self {{"
    )
    .unwrap();
    for (i, description) in table.descriptions.iter().enumerate() {
        writeln!(out, "        Hand::V{i} => {description:?},").unwrap();
    }
    writeln!(out, "    }} }}\n}}").unwrap();
    writeln!(out, "#[allow(clippy::too_many_lines)]\nimpl core::fmt::Display for Hand {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        f.write_str(match self {{").unwrap();
    for (i, ((code, error), description)) in table
        .codes
        .iter()
        .zip(&table.errors)
        .zip(&table.descriptions)
        .enumerate()
    {
        writeln!(
            out,
            "            Hand::V{i} => {:?},",
            format!("{error} ({code}): {description}")
        )
        .unwrap();
    }
    writeln!(out, "        }})\n    }}\n}}").unwrap();

    out
}

/// The keys as plain arrays (for the `HashMap`s the benchmarks build), as `phf` maps, and the
/// probes.
fn data(table: &Table, random: &mut Random) -> String {
    let rows = table.codes.len();
    let mut out = String::new();
    writeln!(out, "/// The codes, in table order.\n#[allow(clippy::unreadable_literal)]\npub static CODES: [i32; {rows}] = {:?};", table.codes).unwrap();
    writeln!(
        out,
        "/// The error ids, in table order.\npub static ERRORS: [&str; {rows}] = {:?};",
        table.errors
    )
    .unwrap();

    // phf maps from key to row.
    let mut by_code = phf_codegen::Map::new();
    for (i, code) in table.codes.iter().enumerate() {
        by_code.entry(*code, i.to_string());
    }
    writeln!(out, "/// `phf`: code to row.\n#[allow(clippy::unreadable_literal)]\npub static PHF_CODES: phf::Map<i32, usize> = {};", by_code.build()).unwrap();
    let mut by_error = phf_codegen::Map::new();
    for (i, error) in table.errors.iter().enumerate() {
        by_error.entry(error.as_str(), i.to_string());
    }
    writeln!(out, "/// `phf`: error id to row.\n#[allow(clippy::unreadable_literal)]\npub static PHF_ERRORS: phf::Map<&'static str, usize> = {};", by_error.build()).unwrap();

    // Probes.
    let code_probes = probes(
        &table.codes,
        |random| -(1 + i32::try_from(random.below(1_000_000)).unwrap()),
        random,
    );
    let error_probes = probes(
        &table.errors,
        |random| format!("unknown_{}", random.below(1_000_000)),
        random,
    );
    let row_probes: Vec<usize> = (0..PROBES).map(|_| random.below(rows)).collect();
    writeln!(out, "/// Codes to look up.\n#[allow(clippy::unreadable_literal)]\npub static CODE_PROBES: [i32; {PROBES}] = {code_probes:?};").unwrap();
    writeln!(
        out,
        "/// Error ids to look up.\npub static ERROR_PROBES: [&str; {PROBES}] = {error_probes:?};"
    )
    .unwrap();
    writeln!(out, "/// Rows whose description and `Display` to take.\npub static ROW_PROBES: [usize; {PROBES}] = {row_probes:?};").unwrap();
    out
}

/// The Markdown table of a generated table, for `oauth_error_table!`.
fn markdown(table: &Table) -> String {
    let mut text = String::from("| code | error | description |\n| --- | --- | --- |\n");
    for ((code, error), description) in table
        .codes
        .iter()
        .zip(&table.errors)
        .zip(&table.descriptions)
    {
        writeln!(text, "| {code} | {error} | {description} |").unwrap();
    }
    text
}

fn main() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let mut source = String::new();
    for size in SIZES {
        let table = generated(size, &mut random);
        let ours = format!(
            "oauth_errors::oauth_error_table! {{\n    /// The table, through the macro.\n    pub enum Ours {{\n        r#\"\n{}\"#\n    }}\n}}\n",
            markdown(&table)
        );
        source.push_str(&module(&table, &mut random, &ours));
    }
    // The providers' tables: ours is the facade's enum; QQ has no error ids, so its ids are
    // the variant names (for the hand-written and phf versions only).
    let weibo = provider(
        "weibo",
        WeiboError::ALL.iter().map(|e| e.code()).collect(),
        WeiboError::ALL
            .iter()
            .map(|e| e.error().to_owned())
            .collect(),
        WeiboError::ALL
            .iter()
            .map(|e| e.description().to_owned())
            .collect(),
    );
    source.push_str(&module(
        &weibo,
        &mut random,
        "pub use oauth_errors::WeiboError as Ours;\n",
    ));
    let qq = provider(
        "qq",
        QqError::ALL.iter().map(|e| e.code()).collect(),
        QqError::ALL.iter().map(|e| format!("{e:?}")).collect(),
        QqError::ALL
            .iter()
            .map(|e| e.description().to_owned())
            .collect(),
    );
    source.push_str(&module(
        &qq,
        &mut random,
        "pub use oauth_errors::QqError as Ours;\n",
    ));

    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("tables.rs"), source).expect("tables.rs");
    for size in SIZES {
        let table = generated(size, &mut Random(size as u64));
        std::fs::write(out.join(format!("table-{size}.md")), markdown(&table)).expect("a table");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
