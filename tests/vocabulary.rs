//! The macro's reference (`oauth-errors/src/docs/oauth_error_table.md`, the rustdoc of
//! `oauth_error_table!`) against the pipeline's own vocabularies, from which its messages are
//! made: the column roles and their keywords (`oauth_errors_table::vocabulary`), the kinds
//! (`oauth_errors_table::kind::Kind`, which the facade's `Kind` is tested against), and where
//! the expansion changes strategy (`oauth_errors_table::expand`).

use oauth_errors_table::expand::{MATCH_CODES, MATCH_IDS, MATCH_VARIANTS};
use oauth_errors_table::kind::Kind;
use oauth_errors_table::vocabulary::{Count, Role};

const REFERENCE: &str = include_str!("../oauth-errors/src/docs/oauth_error_table.md");

/// The lines of the reference's section `heading` (a `# heading` line), up to the next section.
fn section(heading: &str) -> Vec<&'static str> {
    let mut lines = REFERENCE.lines().skip_while(|line| *line != heading);
    assert!(lines.next().is_some(), "no section `{heading}`");
    lines.take_while(|line| !line.starts_with("# ")).collect()
}

/// Markdown as the comparison reads it: an intra-doc link (`` [`Kind`] ``) as its code span.
fn unlinked(text: &str) -> String {
    text.replace("[`", "`").replace("`]", "`")
}

/// The row the reference's role table should have for `role`.
fn row(role: Role) -> String {
    let keywords: Vec<String> = role
        .keywords()
        .map(|keyword| format!("`{keyword}`"))
        .collect();
    let count = match role.count() {
        Count::One => "exactly one",
        Count::Optional => "at most one",
        Count::Key => "`code`, `error` or both",
        Count::Any => "any number",
    };
    format!(
        "| `{}` | {} | {} | {count} |",
        role.keyword(),
        keywords.join(", "),
        role.holds()
    )
}

#[test]
fn the_role_table_is_the_vocabulary() {
    let lines = section("# Column roles");
    let table: Vec<String> = lines
        .iter()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| unlinked(line))
        .collect();
    let expected: Vec<String> = Role::ALL.into_iter().map(row).collect();
    assert!(
        table == expected,
        "the role table of the reference differs from the vocabulary; it should read:\n\
         | role | keywords | the column holds | columns |\n| --- | --- | --- | --- |\n{}",
        expected.join("\n")
    );
}

#[test]
fn the_field_names_are_named() {
    let lines = section("# Column roles").join("\n");
    for role in Role::ALL {
        for field in role.field_names() {
            assert!(
                lines.contains(&format!("`{field}`")) || lines.contains(&format!("/{field}`")),
                "the field name `{field}` is not in the reference's prose"
            );
        }
    }
}

#[test]
fn the_kinds_are_the_pipelines() {
    let lines = section("# Kinds beside the table").join(" ");
    let (_, after) = lines
        .split_once("The kinds, in the order of [`Kind`]: ")
        .expect("the list of kinds");
    let (list, _) = after.split_once(" (").expect("the end of the list");
    let listed: Vec<&str> = list
        .split(", ")
        .map(|kind| kind.trim_matches('`'))
        .collect();
    let keywords: Vec<&str> = Kind::ALL.iter().map(|kind| kind.keyword()).collect();
    assert_eq!(listed, keywords);
}

#[test]
fn the_strategies_are_the_expansions() {
    let lines = section("# What it generates").join(" ");
    for (said, threshold) in [
        (
            "are a `match` on the variant in a table of up to",
            MATCH_VARIANTS,
        ),
        (
            "`from_code` is a `match` on the code in a table of up to",
            MATCH_CODES,
        ),
        (
            "`from_error` is a `match` on the id in a table of up to",
            MATCH_IDS,
        ),
    ] {
        let sentence = format!("{said} {threshold} rows");
        assert!(
            lines.contains(&sentence),
            "the reference should say: {sentence}"
        );
    }
}
