//! Alipay's tables against the copies of its published tables under `tests/data/alipay`, read
//! with the independent reader: every row with its id, code and text as published.

use super::rendered;
use oauth_errors::{AlipayApiError, AlipayError, AlipayGatewayError, Kind};
use oauth_errors_tests::data_rows;

/// The public error codes (公共错误码) as published, 2017 version.
const PUBLIC: &str = include_str!("../data/alipay/public-error-codes.md");
/// `alipay.system.oauth.token`'s 业务错误码, v2 page.
const TOKEN_V2: &str = include_str!("../data/alipay/system-oauth-token-v2.md");

#[test]
fn the_public_sub_codes_are_the_pages() {
    let rows = data_rows(PUBLIC, "| code（返回码）");
    let mut code = String::new();
    let mut seen = Vec::new();
    for cells in &rows {
        if !cells[0].is_empty() {
            code.clone_from(&cells[0]);
        }
        let (id, sub_msg) = (&cells[2], &cells[3]);
        // The rows without a sub_code: success, and 40004 (each API's own sub_codes).
        if !id.contains('.') {
            continue;
        }
        // The two ids the copy cuts short, as every other copy writes them.
        let id = match id.as_str() {
            "sv.decryption-error-not-valid-encrypt-key" => {
                "isv.decryption-error-not-valid-encrypt-key"
            }
            "v.not-support-app-auth" => "isv.not-support-app-auth",
            id => id,
        };
        let error = AlipayApiError::from_error(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(error.description(), rendered(sub_msg), "{id}");
        assert_eq!(error.category().to_string(), code, "{id}");
        assert_ne!(error.kind(), Kind::Unknown, "{id}");
        seen.push(error);
    }
    assert_eq!(seen.len(), 37);
    // The two rows of code 40005 come from later copies of the page.
    let later: Vec<_> = AlipayApiError::ALL
        .iter()
        .filter(|error| !seen.contains(error))
        .map(|error| error.error())
        .collect();
    assert_eq!(later, ["isv.app-call-limited", "isv.method-call-limited"]);
    assert!(
        later
            .iter()
            .all(|id| AlipayApiError::from_error(id).unwrap().category() == 40005)
    );
}

#[test]
fn the_gateway_codes_are_the_pages() {
    let rows = data_rows(PUBLIC, "| code（返回码）");
    let codes: Vec<(i32, &str)> = rows
        .iter()
        .filter(|cells| !cells[0].is_empty())
        .map(|cells| (cells[0].parse().unwrap(), cells[1].as_str()))
        .collect();
    assert_eq!(codes.len(), 7);
    for (code, msg) in codes {
        let error = AlipayGatewayError::from_code(code).unwrap_or_else(|| panic!("{code}"));
        // 10000's text is the page's, cut where its cell is (the page's 10000 row spans the
        // sub_msg columns with the same sentence).
        assert_eq!(error.description(), msg, "{code}");
    }
    assert_eq!(AlipayGatewayError::ALL.len(), 8);
    assert_eq!(
        AlipayGatewayError::from_code(40005).map(AlipayGatewayError::description_en),
        Some(Some("Call Limited"))
    );
    assert_eq!(AlipayGatewayError::Success.kind(), Kind::Success);
}

#[test]
fn the_token_apis_table_is_its_pages() {
    let rows = data_rows(TOKEN_V2, "| 错误码 |");
    assert_eq!(rows.len(), 7);
    for cells in &rows {
        let error = AlipayError::from_error(&cells[0]).unwrap_or_else(|| panic!("{}", cells[0]));
        assert_eq!(error.description(), rendered(&cells[1]), "{}", cells[0]);
        assert_ne!(error.kind(), Kind::Unknown);
    }
    // The v3 page's name for `isv.invalid-app-id`.
    assert_eq!(
        AlipayError::from_error("isv.unmatched-app-id").map(AlipayError::description),
        AlipayError::from_error("isv.invalid-app-id").map(AlipayError::description)
    );
    assert_eq!(AlipayError::ALL.len(), 8);
}
