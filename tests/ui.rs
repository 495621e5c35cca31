//! Compile errors of `oauth_error_table!`: one case per kind of mistake, each with the exact
//! message a user sees (`tests/ui/*.stderr`, reviewed by eye).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
