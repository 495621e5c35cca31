//! Test support shared by the unit tests.

use proptest::test_runner::Config;

/// A property test's configuration: `cases` cases, unless `PROPTEST_CASES` says how many.
pub(crate) fn config(cases: u32) -> Config {
    if std::env::var_os("PROPTEST_CASES").is_some() {
        Config::default()
    } else {
        Config::with_cases(cases)
    }
}
