//! The robustness run: generated, mutated and malformed tables through the whole pipeline
//! (parse, validate, render every error, expand), none of which may panic.
//!
//! The normal test suite runs a thousand cases; the dedicated run, which `.ci/run` starts, runs a
//! hundred thousand in release mode and prints what it covered:
//!
//! ```text
//! cargo test -p oauth-errors-macros --release robustness -- --ignored --nocapture
//! ```
//!
//! Every case checks that: nothing panics; every range a diagnostic reports lies inside the text,
//! on character boundaries; every diagnostic has a help line and renders; the model holds only
//! valid, distinct names, codes and error ids that fit the code type; a valid table written out
//! reads back as the same model; and the expansion succeeds.

use crate::ast::Input;
use crate::diag::Diagnostic;
use crate::generate::generate;
use crate::int::IntType;
use crate::literal::SourceText;
use crate::model::tests::{entries, render};
use crate::model::{self, Entry, Model};
use crate::names;
use crate::report::{self, Location};
use crate::table::tests::{style, table};
use proc_macro2::{Literal, Span, TokenStream, TokenTree};
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
                let checked = model::check(&text, IntType::I64);
                prop_assert!(
                    checked.diagnostics.is_empty(),
                    "{:?}\n{}",
                    checked.diagnostics,
                    text
                );
                prop_assert_eq!(&checked.model, &model);
                expand_text(&text, IntType::I64, &model, true);
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
        3 => (entries(), Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle()).prop_map(
            |((has_code, has_error, entries), order)| {
                let text = render(has_code, has_error, &entries, &order);
                Case::Valid(text, Model { has_code, has_error, entries })
            }
        ),
        2 => (entries(), mutations.clone()).prop_map(|((has_code, has_error, entries), edits)| {
            let text = render(has_code, has_error, &entries, &[0, 1, 2, 3, 4]);
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
    let checked = model::check(text, code_type);
    let inside = |range: &Range<usize>| {
        range.start <= range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end)
    };
    for diagnostic in &checked.diagnostics {
        prop_assert!(inside(&diagnostic.span), "{:?} in {:?}", diagnostic, text);
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
    let starts: Vec<usize> = checked.diagnostics.iter().map(|d| d.span.start).collect();
    prop_assert!(
        starts.is_sorted(),
        "diagnostics out of order: {:?}",
        checked.diagnostics
    );
    check_model(&checked.model, code_type)?;
    render_all(&checked.diagnostics, text);
    expand_text(
        text,
        code_type,
        &checked.model,
        checked.diagnostics.is_empty(),
    );
    Ok(checked.diagnostics.len() as u64)
}

/// The model holds only what may be declared.
fn check_model(model: &Model, code_type: IntType) -> Result<(), TestCaseError> {
    let (mut names, mut codes, mut errors) = (HashSet::new(), HashSet::new(), HashSet::new());
    for Entry {
        name, code, error, ..
    } in &model.entries
    {
        prop_assert!(names::is_variant_name(name), "{:?}", name);
        prop_assert!(names.insert(name), "two variants {:?}", name);
        prop_assert_eq!(code.is_some(), model.has_code);
        prop_assert_eq!(error.is_some(), model.has_error);
        if let Some(code) = code {
            prop_assert!(code_type.contains(*code));
            prop_assert!(codes.insert(code));
        }
        if let Some(error) = error {
            prop_assert!(!error.is_empty());
            prop_assert!(errors.insert(error));
        }
    }
    Ok(())
}

/// Renders every diagnostic as from a raw literal, an escaped literal and a file.
fn render_all(diagnostics: &[Diagnostic], text: &str) {
    let location = Location {
        file: "src/lib.rs".to_owned(),
        local_file: None,
        line: 1,
        column: 1,
        span: Span::call_site(),
    };
    let escaped = SourceText::decode(&format!("{text:?}")).expect("Rust's own escaping");
    for source in [SourceText::verbatim(text), escaped] {
        let error = report::to_error(diagnostics, &source, &location, |_| None);
        assert_eq!(error.is_some(), !diagnostics.is_empty());
    }
}

/// Runs the whole macro on `text`, whose codes are of type `code_type`, as the table of
/// `pub enum Fuzz { … }`: the expansion declares every variant of `model`, and has no error
/// when the table is `valid`.
fn expand_text(text: &str, code_type: IntType, model: &Model, valid: bool) {
    let literal = Literal::string(text);
    let repr = model.has_code.then(|| {
        let ty = proc_macro2::Ident::new(code_type.name(), Span::call_site());
        quote!(#[repr(#ty)])
    });
    let input: Input =
        syn::parse2(quote!(#repr pub enum Fuzz { #literal })).expect("the macro's input");
    let tokens = generate(input, |_| Location {
        file: "src/lib.rs".to_owned(),
        local_file: None,
        line: 1,
        column: 1,
        span: Span::call_site(),
    });
    let expansion = tokens.to_string();
    assert!(expansion.contains("enum Fuzz"));
    assert_eq!(
        !expansion.contains("compile_error"),
        valid,
        "{text:?}: {expansion}"
    );
    for entry in &model.entries {
        assert!(expansion.contains(&entry.name), "{} missing", entry.name);
    }
}

/// The malformed corpus: every string literal of the UI cases (`tests/ui/*.rs`), the seed's
/// tables and the table files of the tests.
fn corpus() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut corpus = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/tests/ui"))
        .expect("tests/ui")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("a UI case");
        let tokens: TokenStream = source.parse().expect("a UI case is Rust tokens");
        string_literals(tokens, &mut corpus);
    }
    let seed = std::fs::read_to_string(format!("{root}/tests/data/seed.txt")).expect("the seed");
    corpus.extend(seed.split("## ").map(str::to_owned));
    corpus.push(seed);
    for file in ["broken.md", "wechat-crlf-bom.md"] {
        corpus.push(std::fs::read_to_string(format!("{root}/tests/tables/{file}")).expect(file));
    }
    corpus
}

fn string_literals(tokens: TokenStream, out: &mut Vec<String>) {
    for token in tokens {
        match token {
            TokenTree::Group(group) => string_literals(group.stream(), out),
            TokenTree::Literal(literal) => {
                if let Some(text) = SourceText::decode(&literal.to_string()) {
                    out.push(text.value().to_owned());
                }
            }
            _ => {}
        }
    }
}
