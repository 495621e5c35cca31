//! `ErrorValue<E>`, the lenient serde value: never unknown for a code or id the table lists (it is
//! made only by lookups), and it writes back the value as it came.

use oauth_errors::{
    BaiduApiError, BaiduError, DouyinApiError, DouyinError, ErrorValue, Kind, ProviderError,
    QqApiError, QqError, WechatError, WeiboApiError, WeiboError,
};
use proptest::prelude::*;
use serde_json::Value;

/// Every code and id of table `E` reads as its variant, from JSON numbers and strings.
fn every_row_is_known<E: ProviderError>() {
    for &error in E::all() {
        if let Some(code) = error.code() {
            let from_number: ErrorValue<E> = serde_json::from_str(&code.to_string()).unwrap();
            assert_eq!(from_number.known(), Some(error), "{code}");
            let from_string: ErrorValue<E> = serde_json::from_str(&format!("\"{code}\"")).unwrap();
            assert_eq!(from_string.known(), Some(error), "\"{code}\"");
            assert_eq!(ErrorValue::<E>::from_code(code).kind(), error.kind());
        }
        if let Some(id) = error.error() {
            let from_id: ErrorValue<E> =
                serde_json::from_value(Value::String(id.to_owned())).unwrap();
            assert_eq!(from_id.known(), Some(error), "{id}");
            assert_eq!(from_id.error(), Some(id));
        }
        assert_eq!(ErrorValue::from(error).known(), Some(error));
    }
}

#[test]
fn every_shipped_row_is_known() {
    every_row_is_known::<WeiboError>();
    every_row_is_known::<WeiboApiError>();
    every_row_is_known::<QqError>();
    every_row_is_known::<QqApiError>();
    every_row_is_known::<WechatError>();
    every_row_is_known::<DouyinError>();
    every_row_is_known::<DouyinApiError>();
    every_row_is_known::<BaiduError>();
    every_row_is_known::<BaiduApiError>();
    every_row_is_known::<oauth_errors::wechat::MiniProgramError>();
}

#[test]
fn unknown_values_are_kept() {
    let code: ErrorValue<WechatError> = serde_json::from_str("87009").unwrap();
    assert_eq!(
        (code.known(), code.code(), code.kind()),
        (None, Some(87009), Kind::Unknown)
    );
    assert_eq!(code.to_string(), "unknown WechatError code 87009");
    let id: ErrorValue<WeiboError> = serde_json::from_str("\"invalid_scope\"").unwrap();
    assert_eq!(
        (id.known(), id.error(), id.code()),
        (None, Some("invalid_scope"), None)
    );
    assert_eq!(
        id.to_string(),
        "unknown WeiboError error id \"invalid_scope\""
    );
    // What is neither a number nor a string is an error.
    assert!(serde_json::from_str::<ErrorValue<WechatError>>("1.5").is_err());
    assert!(serde_json::from_str::<ErrorValue<WechatError>>("[1]").is_err());
    assert!(serde_json::from_str::<ErrorValue<WechatError>>("null").is_err());
}

#[test]
fn in_a_struct_of_your_own() {
    #[derive(serde::Deserialize, serde::Serialize)]
    struct Answer {
        errcode: ErrorValue<WechatError>,
        errmsg: String,
    }
    for body in [
        r#"{"errcode":40029,"errmsg":"invalid code"}"#,
        r#"{"errcode":49999,"errmsg":"new"}"#,
        r#"{"errcode":"40029","errmsg":"as a string"}"#,
    ] {
        let answer: Answer = serde_json::from_str(body).unwrap();
        assert_eq!(serde_json::to_string(&answer).unwrap(), body);
    }
}

proptest! {
    /// Known exactly when the table lists the code, and written back as it came.
    #[test]
    fn codes(code in prop_oneof![
        any::<i64>(),
        proptest::sample::select(WechatError::ALL.iter().map(|error| i64::from(error.code())).collect::<Vec<_>>()),
    ]) {
        let parsed: ErrorValue<WechatError> = serde_json::from_str(&code.to_string()).unwrap();
        prop_assert_eq!(parsed.known(), i32::try_from(code).ok().and_then(WechatError::from_code));
        prop_assert_eq!(parsed.code(), Some(i128::from(code)));
        prop_assert_eq!(serde_json::to_string(&parsed).unwrap(), code.to_string());
        let again: ErrorValue<WechatError> = serde_json::from_str(&serde_json::to_string(&parsed).unwrap()).unwrap();
        prop_assert_eq!(again, parsed);
    }

    /// Ids: known exactly when the table lists the id (or, for a string of digits, the code),
    /// and written back as they came.
    #[test]
    fn ids(id in prop_oneof![
        "\\PC{0,24}",
        proptest::sample::select(WeiboError::ALL.iter().map(|error| error.error().to_owned()).collect::<Vec<_>>()),
        (21_300_i32..21_340).prop_map(|code| code.to_string()),
    ]) {
        let parsed: ErrorValue<WeiboError> = serde_json::from_value(Value::String(id.clone())).unwrap();
        let expected = WeiboError::from_error(&id)
            .or_else(|| id.trim().parse::<i32>().ok().and_then(WeiboError::from_code));
        prop_assert_eq!(parsed.known(), expected);
        prop_assert_eq!(serde_json::to_value(&parsed).unwrap(), Value::String(id));
    }
}
