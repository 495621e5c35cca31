//! The facade under `serde_json`'s `arbitrary_precision` feature: numbers reach `Deserialize`
//! impls as maps, and `1e400` is a number rather than a syntax error.

#![cfg(test)]

use oauth_errors::{ParseError, QqError, WeiboError, qq, weibo};
use serde::Deserialize;

#[test]
fn the_feature_is_on() {
    // Without `arbitrary_precision`, `1e400` is out of range and this fails.
    let value: serde_json::Value = serde_json::from_str("1e400").unwrap();
    assert_eq!(value.to_string(), "1e+400");
}

#[test]
fn generated_enums_deserialize_from_numbers_and_strings() {
    assert_eq!(
        serde_json::from_str::<QqError>("100020").unwrap(),
        QqError::CodeReused
    );
    assert_eq!(
        serde_json::from_str::<WeiboError>("21325").unwrap(),
        WeiboError::InvalidGrant
    );
    assert_eq!(
        serde_json::from_str::<WeiboError>("\"invalid_grant\"").unwrap(),
        WeiboError::InvalidGrant
    );

    #[derive(Deserialize)]
    struct Body {
        error: QqError,
    }
    let body: Body = serde_json::from_str(r#"{"error":100020}"#).unwrap();
    assert_eq!(body.error, QqError::CodeReused);
    // Numbers that are no code of the table, or no integer, are refused with the value.
    for (json, value) in [("100064", "100064"), ("1.5", "1.5"), ("1e400", "1e+400")] {
        let error = serde_json::from_str::<QqError>(json).unwrap_err().to_string();
        assert!(error.contains(value), "{json}: {error}");
    }
}

#[test]
fn non_integer_codes_are_refused() {
    assert_eq!(
        weibo::ErrorResponse::parse(r#"{"error_code":1e400}"#),
        Err(ParseError::NotAnError {
            found: "an object whose `error_code` is a number that is not an integer".to_owned()
        })
    );
    assert_eq!(
        qq::ErrorResponse::parse(r#"{"ret":1.5,"msg":"x"}"#),
        Err(ParseError::NotAnError {
            found: "an object whose `ret` is a number that is not an integer".to_owned()
        })
    );
    // QQ's `ret` 0 is a success however an integer 0 is written; `0.0` and `0e3` are no
    // integers, so no code.
    for zero in ["0", "-0", "\"0\""] {
        assert!(
            matches!(
                qq::ErrorResponse::parse(&format!("{{\"ret\":{zero}}}")),
                Err(ParseError::Success { .. })
            ),
            "{zero}"
        );
    }
    for zero in ["0.0", "0e3"] {
        assert!(
            matches!(
                qq::ErrorResponse::parse(&format!("{{\"ret\":{zero}}}")),
                Err(ParseError::NotAnError { .. })
            ),
            "{zero}"
        );
    }
    // Numbers are kept as written.
    let response = weibo::ErrorResponse::parse(r#"{"error_code":21325,"error_description":1e400}"#)
        .unwrap();
    assert_eq!(response.message(), Some("1e400"));
    let response = qq::ErrorResponse::parse(r#"{"error":100020}"#).unwrap();
    assert_eq!(response.known(), Some(QqError::CodeReused));
}

#[test]
fn response_types_deserialize() {
    let response: weibo::ErrorResponse =
        serde_json::from_str(r#"{"error":"invalid_grant","error_code":21325}"#).unwrap();
    assert_eq!(response.code(), Some(21325));
    assert!(serde_json::from_str::<weibo::ErrorResponse>(r#"{"error_code":1e400}"#).is_err());
}
