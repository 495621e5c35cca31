//! Large tables look codes and error ids up with a perfect hash computed by the macro: every
//! lookup must agree with a hand-written `match` (the oracle), on every key and on misses.
//! The tables (10 to 10 000 rows of random sparse codes and ids) come from the benchmarks crate.

use oauth_errors_benches::{qq, t10, t30, t100, t300, t1000, t10000, weibo};

macro_rules! agree {
    ($module:ident) => {{
        use $module::{CODE_PROBES, CODES, ERROR_PROBES, ERRORS, Hand, Ours};
        assert_eq!(Ours::ALL.len(), CODES.len());
        for (row, (&code, &error)) in CODES.iter().zip(ERRORS.iter()).enumerate() {
            let ours = Ours::ALL[row];
            assert_eq!(Ours::from_code(code), Some(ours), "{code}");
            assert_eq!(Ours::from_error(error), Some(ours), "{error}");
            assert_eq!(ours.code(), code);
            assert_eq!(ours.error(), error);
            assert_eq!(ours.description(), Hand::ALL[row].description());
            assert_eq!(ours.to_string(), Hand::ALL[row].to_string());
            // `Debug` is the variant's name: the id's words, capitalized.
            assert_eq!(format!("{ours:?}"), camel_case(error));
        }
        let index = |hand: Hand| Hand::ALL.iter().position(|&h| h == hand);
        for &code in &CODE_PROBES {
            let ours = Ours::from_code(code).map(|ours| Ours::ALL.iter().position(|&o| o == ours));
            assert_eq!(ours, Hand::from_code(code).map(index), "{code}");
        }
        for &error in &ERROR_PROBES {
            let ours =
                Ours::from_error(error).map(|ours| Ours::ALL.iter().position(|&o| o == ours));
            assert_eq!(ours, Hand::from_error(error).map(index), "{error}");
        }
        // Misses of every kind: near keys, other types' extremes.
        for &code in &CODES {
            for near in [code.wrapping_add(1), code.wrapping_sub(1), !code, -code] {
                assert_eq!(
                    Ours::from_code(near).is_some(),
                    Hand::from_code(near).is_some(),
                    "{near}"
                );
            }
        }
        for miss in [i32::MIN, i32::MAX, 0, -1] {
            assert_eq!(Ours::from_code(miss), None);
        }
        for miss in ["", "x", "invalid", "invalid_grant_", "\u{0}"] {
            assert_eq!(
                Ours::from_error(miss).is_some(),
                Hand::from_error(miss).is_some()
            );
        }
    }};
}

/// `invalid_token_42` as `InvalidToken42`: the ids of the generated tables are lowercase ASCII
/// words and a number, joined by `_`.
fn camel_case(id: &str) -> String {
    id.split('_')
        .map(|word| word[..1].to_ascii_uppercase() + &word[1..])
        .collect()
}

#[test]
fn ten_rows() {
    agree!(t10);
}

#[test]
fn thirty_rows() {
    agree!(t30);
}

#[test]
fn a_hundred_rows() {
    agree!(t100);
}

#[test]
fn three_hundred_rows() {
    agree!(t300);
}

#[test]
fn a_thousand_rows() {
    agree!(t1000);
}

#[test]
fn ten_thousand_rows() {
    agree!(t10000);
}

#[test]
fn the_providers_tables() {
    for (row, &code) in weibo::CODES.iter().enumerate() {
        assert_eq!(weibo::Ours::from_code(code), Some(weibo::Ours::ALL[row]));
    }
    // QQ's 83 rows go through the perfect hash.
    for (row, &code) in qq::CODES.iter().enumerate() {
        assert_eq!(qq::Ours::from_code(code), Some(qq::Ours::ALL[row]));
    }
    for &code in &qq::CODE_PROBES {
        assert_eq!(
            qq::Ours::from_code(code).is_some(),
            qq::CODES.contains(&code)
        );
    }
}
