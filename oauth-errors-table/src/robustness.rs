//! The robustness run: generated, mutated and malformed tables through the whole pipeline
//! (parse, validate, render every error, expand), none of which may panic.
//!
//! The normal test suite runs a thousand cases; the dedicated run, which `.ci/run` starts, runs a
//! hundred thousand in release mode and prints what it covered:
//!
//! ```text
//! cargo test -p oauth-errors-table --release robustness -- --ignored --nocapture
//! ```
//!
//! The malformed corpus is the crate's `corpus/` directory: the tables of the UI cases, the seed
//! and the test tables of the repository, copied (the repository's `tests/corpus.rs` keeps the
//! copy in step).
//!
//! Every case checks that: nothing panics; every range a diagnostic reports lies inside the text,
//! on character boundaries; every diagnostic has a help line and renders; the model holds only
//! valid, distinct names, codes and error ids that fit the code type; a valid table written out
//! reads back as the same model; and the expansion succeeds.

use crate::diag::Diagnostic;
use crate::expand::{Enum, expand};
use crate::int::IntType;
use crate::literal::SourceText;
use crate::model::{Extras, Keys, Model};
use crate::names;
use crate::report::{self, Location};
use crate::table::tests::{style, table};
use crate::validate::tests::{models, render};
use crate::validate::{self};
use proc_macro2::{Ident, Span};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use quote::quote;
use std::cell::Cell;
use std::collections::HashSet;
use std::ops::Range;

#[test]
#[ignore = "the dedicated 100 000-case run; .ci/run runs it in release mode"]
fn a_hundred_thousand_tables() {
    run(100_000);
}

#[test]
fn a_thousand_tables() {
    run(1_000);
}

/// One input of the run.
#[derive(Clone, Debug)]
enum Case {
    /// A valid model written as a table: it must read back as the same model.
    Valid(String, Model),
    /// Anything else: it must not panic, and what it reports must make sense.
    Text(Kind, String),
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    MutatedModel,
    MutatedCells,
    MutatedCorpus,
    Corpus,
    Arbitrary,
}

/// What the run covered.
#[derive(Default)]
struct Counts {
    valid: Cell<u64>,
    mutated: Cell<u64>,
    corpus: Cell<u64>,
    arbitrary: Cell<u64>,
    with_errors: Cell<u64>,
    diagnostics: Cell<u64>,
}

fn bump(counter: &Cell<u64>, by: u64) {
    counter.set(counter.get() + by);
}

fn run(cases: u32) {
    let corpus = corpus();
    assert!(
        corpus.len() >= 40,
        "the malformed corpus has {} tables",
        corpus.len()
    );
    let strategy = inputs(corpus);
    let counts = Counts::default();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |case| {
        match case {
            Case::Valid(text, model) => {
                let repr = model.keys().has_code().then_some(IntType::I64);
                let checked = validate::check(&text, repr);
                prop_assert!(
                    checked.diagnostics.is_empty(),
                    "{:?}\n{}",
                    checked.diagnostics,
                    text
                );
                prop_assert_eq!(checked.model.as_ref(), Some(&model));
                expand_model(IntType::I64, &model);
                bump(&counts.valid, 1);
            }
            Case::Text(kind, text) => {
                let code_type = if text.len() % 2 == 0 {
                    IntType::U8
                } else {
                    IntType::I32
                };
                let diagnostics = check_text(&text, code_type)?;
                bump(&counts.diagnostics, diagnostics);
                bump(&counts.with_errors, u64::from(diagnostics > 0));
                match kind {
                    Kind::MutatedModel | Kind::MutatedCells | Kind::MutatedCorpus => {
                        bump(&counts.mutated, 1);
                    }
                    Kind::Corpus => bump(&counts.corpus, 1),
                    Kind::Arbitrary => bump(&counts.arbitrary, 1),
                }
            }
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let total =
        counts.valid.get() + counts.mutated.get() + counts.corpus.get() + counts.arbitrary.get();
    assert_eq!(total, u64::from(cases));
    println!(
        "robustness: {total} tables without a panic: {} valid (read back as generated), \
         {} mutated, {} from the malformed corpus as they are, {} arbitrary texts; \
         {} of them had errors, {} diagnostics rendered",
        counts.valid.get(),
        counts.mutated.get(),
        counts.corpus.get(),
        counts.arbitrary.get(),
        counts.with_errors.get(),
        counts.diagnostics.get(),
    );
}

/// The inputs: valid models written out, mutations of generated tables and of the corpus, the
/// corpus as it is, and arbitrary text.
fn inputs(corpus: Vec<String>) -> impl Strategy<Value = Case> {
    let pieces = prop::sample::select(vec![
        "|",
        "\\|",
        "\\",
        "\n",
        "\r\n",
        "\r",
        "---",
        ":",
        " ",
        "\t",
        "x",
        "成",
        "😀",
        "-1",
        "0",
        "99999999999999999999999",
        "code",
        "(error)",
        "（name）",
        "description",
        "## ",
        "`",
    ]);
    let mutations = prop::collection::vec((0usize..4096, 0usize..4096, pieces, 0u8..6), 1..6);
    prop_oneof![
        3 => (models(), Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle()).prop_map(
            |(model, order)| Case::Valid(render(&model, &order), model)
        ),
        2 => (models(), mutations.clone()).prop_map(|(model, edits)| {
            let text = render(&model, &[0, 1, 2, 3, 4]);
            Case::Text(Kind::MutatedModel, mutate(&text, &edits))
        }),
        2 => (table(), style(), mutations.clone()).prop_map(|(table, style, edits)| {
            let text = crate::table::tests::render(&table, &style);
            Case::Text(Kind::MutatedCells, mutate(&text, &edits))
        }),
        2 => (prop::sample::select(corpus.clone()), mutations).prop_map(|(text, edits)| {
            Case::Text(Kind::MutatedCorpus, mutate(&text, &edits))
        }),
        1 => prop::sample::select(corpus).prop_map(|text| Case::Text(Kind::Corpus, text)),
        1 => ".{0,300}".prop_map(|text| Case::Text(Kind::Arbitrary, text)),
    ]
}

/// Applies edits to `text`: each a kind (0..6) and two positions, scaled to the text.
fn mutate(text: &str, edits: &[(usize, usize, &str, u8)]) -> String {
    /// The character boundary at or before `at`.
    fn boundary(text: &str, mut at: usize) -> usize {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
    let mut text = text.to_owned();
    for &(a, b, piece, kind) in edits {
        let (a, b) = (
            boundary(&text, a % (text.len() + 1)),
            boundary(&text, b % (text.len() + 1)),
        );
        let (from, to) = (a.min(b), a.max(b));
        match kind {
            0 => {
                let to = boundary(&text, to.min(from + 16));
                text.replace_range(from..to, "");
            }
            1 | 2 => text.insert_str(a, piece),
            3 => {
                // Duplicate the line at `a`.
                let start = text[..a].rfind('\n').map_or(0, |newline| newline + 1);
                let end = text[a..]
                    .find('\n')
                    .map_or(text.len(), |newline| a + newline);
                let line = format!("{}\n", &text[start..end]);
                text.insert_str(start, &line);
            }
            4 => {
                // Swap two lines.
                let mut lines: Vec<&str> = text.split('\n').collect();
                let count = lines.len();
                lines.swap(a % count, b % count);
                text = lines.join("\n");
            }
            _ => text.truncate(to),
        }
    }
    text
}

/// Checks a text that may be anything: returns how many diagnostics it has.
fn check_text(text: &str, code_type: IntType) -> Result<u64, TestCaseError> {
    let checked = validate::check(text, Some(code_type));
    let inside = |range: &Range<usize>| {
        range.start <= range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end)
    };
    for diagnostic in &checked.diagnostics {
        prop_assert!(
            diagnostic.span().is_none_or(inside),
            "{:?} in {:?}",
            diagnostic,
            text
        );
        for note in &diagnostic.notes {
            prop_assert!(
                note.span.as_ref().is_none_or(inside),
                "{:?} in {:?}",
                note,
                text
            );
        }
        prop_assert!(diagnostic.help.is_some(), "no help: {:?}", diagnostic);
    }
    let starts: Vec<Option<usize>> = checked
        .diagnostics
        .iter()
        .map(|d| d.span().map(|span| span.start))
        .collect();
    prop_assert!(
        starts.is_sorted(),
        "diagnostics out of order: {:?}",
        checked.diagnostics
    );
    let model = checked
        .model
        .unwrap_or_else(|| Model::new(Keys::Both, Extras::default()));
    check_model(&model, code_type)?;
    render_all(&checked.diagnostics, text);
    expand_model(code_type, &model);
    Ok(checked.diagnostics.len() as u64)
}

/// The model holds only what may be declared.
fn check_model(model: &Model, code_type: IntType) -> Result<(), TestCaseError> {
    let (mut names, mut codes, mut errors) = (HashSet::new(), HashSet::new(), HashSet::new());
    for entry in model.entries() {
        prop_assert!(names::is_variant_name(&entry.name), "{:?}", entry.name);
        prop_assert!(names.insert(&entry.name), "two variants {:?}", entry.name);
        prop_assert_eq!(entry.key.keys(), model.keys());
        if let Some(code) = entry.key.code() {
            prop_assert!(code_type.contains(code));
            prop_assert!(codes.insert(code));
        }
        if let Some(error) = entry.key.error() {
            prop_assert!(!error.is_empty());
            prop_assert!(errors.insert(error));
        }
    }
    Ok(())
}

/// Renders every diagnostic, as from a raw literal and as from an escaped one.
fn render_all(diagnostics: &[Diagnostic], text: &str) {
    let location = Location {
        file: "src/lib.rs".to_owned(),
        line: 1,
        column: 1,
    };
    let escaped = SourceText::decode(&format!("{text:?}")).expect("Rust's own escaping");
    for source in [SourceText::verbatim(text), escaped] {
        for diagnostic in diagnostics {
            let rendered = report::render(diagnostic, &source, &location);
            assert!(rendered.starts_with(&diagnostic.message));
        }
    }
}

/// Expands `model`, of an enum whose codes are of type `code_type`: the expansion declares
/// every variant.
fn expand_model(code_type: IntType, model: &Model) {
    let item = Enum {
        attrs: Vec::new(),
        cfgs: Vec::new(),
        vis: quote!(pub),
        ident: Ident::new("Fuzz", Span::call_site()),
        code_type,
        krate: quote!(::oauth_errors),
    };
    let expansion = expand(&item, model).to_string();
    assert!(expansion.contains("enum Fuzz"));
    for entry in model.entries() {
        assert!(expansion.contains(&entry.name), "{} missing", entry.name);
    }
}

/// The malformed corpus: the files of `corpus/` (see the module's documentation), and the
/// seed's two tables on their own.
fn corpus() -> Vec<String> {
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut files: Vec<_> = std::fs::read_dir(directory)
        .expect("the corpus")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    files.sort();
    let mut corpus = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a corpus file");
        if path.ends_with("seed.txt") {
            corpus.extend(text.split("## ").map(str::to_owned));
        }
        corpus.push(text);
    }
    corpus
}
