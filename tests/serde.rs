//! The `serde` feature: every generated enum serializes as its error id when its table has one,
//! else as its code, and deserializes from either; the response types round-trip.

use oauth_errors::{QqError, WeiboError, oauth_error_table, qq, weibo};
use serde_json::{from_str, from_value, json, to_string, to_value};

oauth_error_table! {
    /// Codes only, as `u16`.
    #[repr(u16)]
    enum Codes {
        "| code | description |\n| --- | --- |\n| 7 | seven |\n| 65535 | max |"
    }
}

oauth_error_table! {
    /// Error ids only.
    enum Ids {
        "| error | description |\n| --- | --- |\n| busy | 系统繁忙 |"
    }
}

#[test]
fn serializes_as_the_error_id_else_the_code() {
    assert_eq!(
        to_string(&WeiboError::InvalidGrant).unwrap(),
        r#""invalid_grant""#
    );
    assert_eq!(to_string(&QqError::CodeReused).unwrap(), "100020");
    assert_eq!(to_string(&Codes::Code65535).unwrap(), "65535");
    assert_eq!(to_string(&Ids::Busy).unwrap(), r#""busy""#);
}

#[test]
fn deserializes_from_either_form() {
    assert_eq!(
        from_str::<WeiboError>(r#""invalid_grant""#).unwrap(),
        WeiboError::InvalidGrant
    );
    assert_eq!(
        from_str::<WeiboError>("21325").unwrap(),
        WeiboError::InvalidGrant
    );
    // A code sent as a string, as Weibo does with `error_code`.
    assert_eq!(
        from_str::<WeiboError>(r#""21325""#).unwrap(),
        WeiboError::InvalidGrant
    );
    assert_eq!(from_str::<QqError>("100020").unwrap(), QqError::CodeReused);
    assert_eq!(
        from_str::<QqError>(r#""100020""#).unwrap(),
        QqError::CodeReused
    );
    assert_eq!(from_str::<Codes>("7").unwrap(), Codes::Code7);
    assert_eq!(from_str::<Ids>(r#""busy""#).unwrap(), Ids::Busy);
    for error in WeiboError::ALL {
        assert_eq!(
            from_value::<WeiboError>(to_value(error).unwrap()).unwrap(),
            *error
        );
    }
    for error in QqError::ALL {
        assert_eq!(
            from_value::<QqError>(to_value(error).unwrap()).unwrap(),
            *error
        );
    }
}

#[test]
fn unknown_values_are_errors_that_name_them() {
    let message = |result: serde_json::Result<WeiboError>| result.unwrap_err().to_string();
    assert_eq!(
        message(from_str(r#""invalid_scope""#)),
        "invalid value: string \"invalid_scope\", expected an error id or code of WeiboError at line 1 column 15"
    );
    assert_eq!(
        message(from_str("21399")),
        "invalid value: integer `21399`, expected an error id or code of WeiboError at line 1 column 5"
    );
    assert_eq!(
        from_str::<QqError>("-5").unwrap_err().to_string(),
        "invalid value: integer `-5`, expected a code of QqError at line 1 column 2"
    );
    // Out of the code type's range is unknown too.
    assert_eq!(
        from_str::<Codes>("65536").unwrap_err().to_string(),
        "invalid value: integer `65536`, expected a code of Codes at line 1 column 5"
    );
    assert_eq!(
        from_str::<Codes>(r#""x""#).unwrap_err().to_string(),
        "invalid value: string \"x\", expected a code of Codes at line 1 column 3"
    );
    assert_eq!(
        from_str::<Ids>("1").unwrap_err().to_string(),
        "invalid type: integer `1`, expected an error id of Ids at line 1 column 1"
    );
    assert!(from_str::<QqError>("1.5").is_err());
    assert!(from_str::<QqError>("null").is_err());
}

#[test]
fn as_fields_of_a_struct() {
    let value: std::collections::BTreeMap<String, WeiboError> =
        from_str(r#"{"a":"expired_token","b":21330}"#).unwrap();
    assert_eq!(value["a"], WeiboError::ExpiredToken);
    assert_eq!(value["b"], WeiboError::AccessDenied);
}

#[test]
fn response_types_round_trip() {
    let body = r#"{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"x"}"#;
    let response = weibo::ErrorResponse::parse(body).unwrap();
    let json = to_value(&response).unwrap();
    assert_eq!(
        json,
        json!({
            "error": "invalid_grant",
            "error_code": 21325,
            "request": "/oauth2/access_token",
            "error_uri": "/oauth2/access_token",
            "error_description": "x",
        })
    );
    assert_eq!(from_value::<weibo::ErrorResponse>(json).unwrap(), response);

    for body in [
        "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );",
        r#"{"ret":100030,"msg":"no"}"#,
        "error=abc&error_description=free+text",
    ] {
        let response = qq::ErrorResponse::parse(body).unwrap();
        let json = to_value(&response).unwrap();
        assert_eq!(
            from_value::<qq::ErrorResponse>(json).unwrap(),
            response,
            "{body}"
        );
    }
    assert_eq!(
        to_value(qq::ErrorResponse::parse(r#"{"ret":100030,"msg":"no"}"#).unwrap()).unwrap(),
        json!({"ret": 100_030, "msg": "no"})
    );
    let error = from_str::<weibo::ErrorResponse>(r#"{"access_token":"x"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the body is a success response (by its `access_token`), not an error"
    );
}
