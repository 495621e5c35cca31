//! The corpus of `oauth-errors-table`'s robustness run and tests (`oauth-errors-table/corpus/`)
//! is a copy of tables that live here: every string literal of the UI cases (`tests/ui/*.rs`),
//! the seed, and the table files of the tests. The crate keeps its own copy so that it tests
//! itself when unpacked from its package; this test keeps the copy in step.
//!
//! After changing a UI case, the seed or a table file, rewrite the corpus with
//! `UPDATE_CORPUS=1 cargo test --test corpus`.

use oauth_errors_table::literal::SourceText;
use proc_macro2::{TokenStream, TokenTree};
use std::collections::BTreeMap;
use std::path::Path;

/// The corpus as it should be: file name → contents.
fn expected() -> BTreeMap<String, String> {
    let mut corpus = BTreeMap::new();
    let mut cases: Vec<_> = std::fs::read_dir("tests/ui")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .collect();
    cases.sort();
    for path in cases {
        let source = std::fs::read_to_string(&path).unwrap();
        let tokens: TokenStream = source.parse().expect("a UI case is Rust tokens");
        let mut literals = Vec::new();
        string_literals(tokens, &mut literals);
        let case = path.file_stem().unwrap().to_str().unwrap();
        for (index, literal) in literals.into_iter().enumerate() {
            corpus.insert(format!("ui-{case}-{index}.txt"), literal);
        }
    }
    corpus.insert(
        "seed.txt".to_owned(),
        std::fs::read_to_string("tests/data/seed.txt").unwrap(),
    );
    for table in ["broken.md", "wechat-crlf-bom.md"] {
        corpus.insert(
            format!("table-{table}"),
            std::fs::read_to_string(format!("tests/tables/{table}")).unwrap(),
        );
    }
    corpus
}

/// The values of the string literals in `tokens`, in order.
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

#[test]
fn the_crates_corpus_is_a_copy_of_the_tests_tables() {
    let directory = Path::new("oauth-errors-table/corpus");
    let expected = expected();
    if std::env::var_os("UPDATE_CORPUS").is_some() {
        let _ = std::fs::remove_dir_all(directory);
        std::fs::create_dir_all(directory).unwrap();
        for (name, text) in &expected {
            std::fs::write(directory.join(name), text).unwrap();
        }
    }
    let actual: BTreeMap<String, String> = std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    let names = |corpus: &BTreeMap<String, String>| corpus.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&actual),
        names(&expected),
        "rewrite the corpus: UPDATE_CORPUS=1 cargo test --test corpus"
    );
    for (name, text) in &expected {
        assert!(
            actual[name] == *text,
            "{name} differs; rewrite the corpus: UPDATE_CORPUS=1 cargo test --test corpus"
        );
    }
    assert!(expected.len() > 50, "{} files", expected.len());
}
