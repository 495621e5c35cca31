//! Compile errors of `oauth_error_table!` and of provider declarations: one case per kind of
//! mistake, each with the exact
//! message a user sees (`tests/ui/*.stderr`, reviewed by eye before it is committed;
//! regenerate with `TRYBUILD=overwrite cargo test --test ui`).
//!
//! The taxonomy: every way the input can be wrong, and the case that shows its message.
//!
//! | where | what is wrong | case |
//! | --- | --- | --- |
//! | macro call | not an enum | `not_an_enum` |
//! | macro call | generic parameters | `generics` |
//! | macro call | tokens after the body | `tokens_after_body` |
//! | body | empty | `empty_body` |
//! | body | not a string literal (a number, variants) | `body_not_a_string` |
//! | body | a byte string | `byte_string` |
//! | body | two literals | `two_literals` |
//! | body | a literal with a suffix | `literal_suffix` |
//! | body | a macro other than `include_str!` | `macro_in_body` |
//! | file | `include_str!` without one path literal | `include_bad_argument` |
//! | file | the file cannot be read | `include_missing_file` |
//! | file | errors inside the file, on its own lines | `include_file_errors` |
//! | attributes | `#[repr]` of an unsupported type | `bad_repr_type` |
//! | attributes | `#[repr]` with more than a type | `repr_arguments` |
//! | attributes | two `#[repr]`s | `repr_twice` |
//! | attributes | `#[repr]` without a code column | `repr_without_code` |
//! | attributes | deriving a trait the macro derives | `derive_conflict` |
//! | attributes | an unknown `#[oauth_errors]` option | `unknown_option` |
//! | attributes | deriving `Serialize` or `Deserialize` | `derive_serde` |
//! | attributes | `cfg_attr` around `repr`, `oauth_errors` or a derived trait | `cfg_attr_conflicts` |
//! | structure | an empty table | `empty_table` |
//! | structure | text before the header | `text_before_table` |
//! | structure | no delimiter row | `missing_delimiter` |
//! | structure | a malformed delimiter cell | `bad_delimiter_cell` |
//! | structure | a delimiter row of the wrong width | `delimiter_count` |
//! | structure | no rows | `no_rows` |
//! | structure | a blank line inside the table | `blank_line_in_table` |
//! | structure | text after the table | `text_after_table` |
//! | structure | the header row again among the rows | `repeated_header` |
//! | structure | a second table (header and delimiter row) among the rows | `second_table` |
//! | structure | a tab-separated row with too many or too few cells | `tab_separated` |
//! | header | no cell names a role | `header_without_roles` |
//! | header | a cell names no role | `unknown_role` |
//! | header | a misspelt role keyword | `misspelt_role` |
//! | header | an empty cell | `empty_header_cell` |
//! | header | a cell names two roles | `several_roles` |
//! | header | two columns with the same role | `duplicate_role` |
//! | header | no description column | `missing_description` |
//! | header | neither a code nor an error column | `missing_code_and_error` |
//! | header | a `code` column that holds error ids | `code_column_of_ids` |
//! | rows | a row of the wrong width | `ragged_row` |
//! | codes | not an integer | `code_not_integer` |
//! | codes | empty | `empty_code` |
//! | codes | out of the code type's range | `code_out_of_range` |
//! | codes | out of every code type's range | `code_too_large` |
//! | codes | a duplicate | `duplicate_code` |
//! | error ids | empty | `empty_error_id` |
//! | error ids | a duplicate | `duplicate_error_id` |
//! | key cells | an invisible character or an odd space in a code, error id or name | `invisible_characters` |
//! | names | a `name` cell that is no variant name | `invalid_name_cell` |
//! | names | an error id no name can be made from | `underivable_name` |
//! | names | an error id whose name would be a keyword | `keyword_error_id` |
//! | names | a name the generated API takes for itself (`ALL`) | `reserved_variant_name` |
//! | kinds | a word that names no kind, in a `kind` column or beside the table | `bad_kind` |
//! | kinds | beside the table: an unknown row, a row twice, a row the column classifies | `kind_beside_the_table` |
//! | names | two rows with the same name | `duplicate_variant_name` |
//! | together | many mistakes, reported at once, in row order, with no follow-on errors | `all_errors_at_once` |
//! | together | the seed's QQ table pasted as published | `seed_qq_verbatim` |
//! | real tables | DingTalk's, with a row published twice | `real_table_duplicate_row` |
//! | real tables | WeChat's, pasted from the page, tabs lost | `real_table_short_rows` |
//! | real tables | Feishu's, a cell broken over two lines | `real_table_broken_row` |
//! | facade | a `match` on a provider enum without a wildcard | `non_exhaustive` |
//! | providers | a type used as a provider that is not one | `provider_not_a_provider` |
//! | providers | a declaration without its tables and wire format | `provider_missing_items` |
//! | providers | tables that are not tables of the macro | `provider_error_not_a_table` |
//! | providers | a wire format that cannot read an error | `provider_bad_format` |

use std::collections::BTreeSet;

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

#[test]
fn the_taxonomy_lists_every_case_once() {
    let listed: Vec<&str> = include_str!("ui.rs")
        .lines()
        .filter_map(|line| line.strip_prefix("//! | "))
        .filter_map(|row| row.trim_end_matches(" |").rsplit(" | `").next())
        .filter_map(|case| case.strip_suffix('`'))
        .collect();
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "a case is listed twice");
    let on_disk: BTreeSet<String> = std::fs::read_dir("tests/ui")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .map(|path| path.file_stem().unwrap().to_str().unwrap().to_owned())
        .collect();
    let listed: BTreeSet<String> = unique.into_iter().map(str::to_owned).collect();
    assert_eq!(listed, on_disk);
    for case in &on_disk {
        assert!(
            std::path::Path::new(&format!("tests/ui/{case}.stderr")).exists(),
            "{case} has no reviewed .stderr"
        );
    }
}
