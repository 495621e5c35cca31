//! What to do about an error: the kinds of the shipped tables' rows, a table's `kind` column and
//! kinds given beside a table, and `ProviderError` over any table.

use oauth_errors::wechat::MiniProgramError;
use oauth_errors::{
    BaiduApiError, BaiduError, DouyinApiError, DouyinError, Kind, ProviderError, QqApiError,
    QqError, WechatError, WeiboApiError, WeiboError, oauth_error_table, qq, weibo,
};
use std::collections::BTreeMap;

/// How many rows of a table have each kind.
fn counts<E: ProviderError>() -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for error in E::all() {
        *counts.entry(error.kind().to_string()).or_default() += 1;
    }
    counts
}

/// The counts `pairs` of kinds, as [`counts`] gives them.
fn count(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs
        .iter()
        .map(|&(kind, n)| (kind.to_owned(), n))
        .collect()
}

#[test]
fn every_shipped_row_is_classified() {
    for error in WeiboError::ALL {
        assert_ne!(error.kind(), Kind::Unknown, "{error:?}");
    }
    for error in QqError::ALL {
        assert_ne!(error.kind(), Kind::Unknown, "{error:?}");
    }
    for error in WeiboApiError::ALL {
        assert_ne!(error.kind(), Kind::Unknown, "{error:?}");
    }
    for error in QqApiError::ALL {
        assert_ne!(error.kind(), Kind::Unknown, "{error:?}");
    }
    assert_eq!(
        counts::<WeiboError>(),
        count(&[
            ("denied", 1),
            ("invalid_request", 3),
            ("misconfigured", 5),
            ("reauthorize", 3),
            ("retry", 1),
        ])
    );
    assert_eq!(
        counts::<QqError>(),
        count(&[
            ("denied", 2),
            ("invalid_request", 20),
            ("misconfigured", 21),
            ("rate_limited", 2),
            ("reauthorize", 19),
            ("retry", 20),
            ("success", 1),
        ])
    );
    assert_eq!(
        counts::<WeiboApiError>(),
        count(&[
            ("denied", 43),
            ("invalid_request", 64),
            ("misconfigured", 7),
            ("rate_limited", 9),
            ("reauthorize", 9),
            ("retry", 9),
            ("success", 1),
        ])
    );
    assert_eq!(
        counts::<WechatError>(),
        count(&[
            ("denied", 11),
            ("invalid_request", 122),
            ("misconfigured", 12),
            ("rate_limited", 6),
            ("reauthorize", 10),
            ("retry", 7),
            ("success", 1),
        ])
    );
    assert_eq!(
        counts::<QqApiError>(),
        count(&[
            ("denied", 7),
            ("invalid_request", 11),
            ("misconfigured", 9),
            ("rate_limited", 1),
            ("reauthorize", 8),
            ("retry", 3),
            ("success", 1),
        ])
    );
}

#[test]
fn douyin_baidu_and_mini_program_rows_are_classified() {
    assert_eq!(
        counts::<DouyinError>(),
        count(&[
            ("invalid_request", 2),
            ("misconfigured", 9),
            ("reauthorize", 3),
            ("refresh", 1),
            ("retry", 1),
            ("success", 1),
        ])
    );
    // 28001017 未知URI is `unknown`, as its note explains.
    assert_eq!(
        counts::<DouyinApiError>(),
        count(&[
            ("denied", 5),
            ("invalid_request", 6),
            ("misconfigured", 9),
            ("rate_limited", 4),
            ("reauthorize", 2),
            ("refresh", 4),
            ("retry", 3),
            ("success", 1),
            ("unknown", 1),
        ])
    );
    assert_eq!(
        counts::<BaiduError>(),
        count(&[
            ("denied", 2),
            ("invalid_request", 3),
            ("misconfigured", 5),
            ("rate_limited", 1),
            ("reauthorize", 2),
            ("retry", 1),
        ])
    );
    assert_eq!(
        counts::<BaiduApiError>(),
        count(&[
            ("denied", 3),
            ("invalid_request", 17),
            ("misconfigured", 6),
            ("rate_limited", 3),
            ("reauthorize", 2),
            ("refresh", 4),
            ("retry", 4),
            ("success", 1),
        ])
    );
    assert_eq!(
        counts::<MiniProgramError>(),
        count(&[
            ("denied", 1),
            ("rate_limited", 1),
            ("reauthorize", 2),
            ("retry", 1),
            ("success", 1),
        ])
    );
    // What a login needs most: an expired token is refreshed, a used code is a new login.
    assert_eq!(
        DouyinError::AccessTokenInvalidOrExpired.kind(),
        Kind::Refresh
    );
    assert_eq!(DouyinApiError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(BaiduApiError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(BaiduError::InvalidGrant.kind(), Kind::Reauthorize);
    assert_eq!(MiniProgramError::CodeAlreadyUsed.kind(), Kind::Reauthorize);
}

#[test]
fn the_kinds_of_rows_that_need_them_most() {
    assert_eq!(WeiboError::InvalidGrant.kind(), Kind::Reauthorize);
    assert_eq!(WeiboError::ExpiredToken.kind(), Kind::Reauthorize);
    assert_eq!(WeiboError::TemporarilyUnavailable.kind(), Kind::Retry);
    assert_eq!(WeiboError::RedirectUriMismatch.kind(), Kind::Misconfigured);
    assert_eq!(WeiboError::AccessDenied.kind(), Kind::Denied);
    assert_eq!(QqError::CodeReused.kind(), Kind::Reauthorize);
    assert_eq!(QqError::AccessTokenExpired.kind(), Kind::Reauthorize);
    assert_eq!(QqError::InvalidClientSecret.kind(), Kind::Misconfigured);
    assert_eq!(QqError::AppRateLimited.kind(), Kind::RateLimited);
    assert_eq!(QqError::InternalError.kind(), Kind::Retry);
    assert_eq!(QqError::Success.kind(), Kind::Success);
}

#[test]
fn responses_have_kinds() {
    let response =
        weibo::ErrorResponse::parse(r#"{"error":"invalid_grant","error_code":21325}"#).unwrap();
    assert_eq!(response.kind(), Kind::Reauthorize);
    let response = qq::ErrorResponse::parse("callback( {\"error\":100062} );").unwrap();
    assert_eq!(response.kind(), Kind::RateLimited);
    // OpenAPI's `ret` space, and Weibo's API codes.
    let response = qq::ErrorResponse::parse(r#"{"ret":-23,"msg":"token is invalid"}"#).unwrap();
    assert_eq!(response.kind(), Kind::Reauthorize);
    let response = weibo::ErrorResponse::parse(r#"{"error_code":10022,"error":"x"}"#).unwrap();
    assert_eq!(response.kind(), Kind::RateLimited);
    // An OAuth code sent to an API call: the OAuth table's kind.
    let response = weibo::ErrorResponse::parse(r#"{"error":"expired_token","error_code":21327}"#);
    assert_eq!(response.unwrap().kind(), Kind::Reauthorize);
    // A code no table lists.
    let response = qq::ErrorResponse::parse(r#"{"ret":-13,"msg":"?"}"#).unwrap();
    assert_eq!(response.kind(), Kind::Unknown);
    let response = weibo::ErrorResponse::parse(r#"{"error_code":10025}"#).unwrap();
    assert_eq!(response.kind(), Kind::Unknown);
    // The token endpoint's `error` is never looked up in OpenAPI's table.
    let response = qq::ErrorResponse::parse(r#"{"error":-6}"#).unwrap();
    assert_eq!((response.api(), response.kind()), (None, Kind::Unknown));
}

#[test]
fn kind_helpers() {
    let retryable: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|kind| kind.is_retryable())
        .collect();
    assert_eq!(retryable, [Kind::Retry, Kind::RateLimited]);
    let user: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|kind| kind.needs_user())
        .collect();
    assert_eq!(user, [Kind::Reauthorize, Kind::Denied]);
    let developer: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|kind| kind.needs_developer())
        .collect();
    assert_eq!(developer, [Kind::Misconfigured, Kind::InvalidRequest]);
    for &kind in Kind::ALL {
        assert_eq!(kind.to_string().parse(), Ok(kind));
        assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{kind}\""));
        assert_eq!(
            serde_json::from_str::<Kind>(&format!("\"{kind}\"")).unwrap(),
            kind
        );
        assert!(!kind.action().is_empty());
    }
    assert!("RateLimited".parse::<Kind>().is_err());
    assert_eq!(format!("{:>8}", Kind::Retry), "   retry");
}

oauth_error_table! {
    /// A table with a `kind` column: keywords or variant names, in any case; empty is unknown.
    pub enum WithColumn {
        r"
        | code | kind | description |
        | --- | --- | --- |
        | -1 | retry | 系统繁忙 |
        | 45009 | RateLimited | 接口调用超过限制 |
        | 40029 | REAUTHORIZE | 不合法的 oauth_code |
        | 40013 | misconfigured | 不合法的 AppID |
        | 99999 | | 未分类 |
        "
    }
}

oauth_error_table! {
    /// Kinds given beside the table, by codes and error ids, mixed with a `kind` column.
    #[oauth_errors(kind(retry = [-1, "busy"], reauthorize = [40163]))]
    pub enum Beside {
        r#"
        | code | error | kind | description |
        | --- | --- | --- | --- |
        | -1 | system_error | | 系统繁忙 |
        | 40163 | code_been_used | | oauth_code已使用 |
        | 45011 | busy | | 请稍后再试 |
        | 40029 | invalid_code | reauthorize | 不合法的 oauth_code |
        | 1 | other | | 未分类 |
        "#
    }
}

#[test]
fn kinds_in_a_column_and_beside_the_table() {
    let kinds: Vec<Kind> = WithColumn::ALL.iter().map(|error| error.kind()).collect();
    assert_eq!(
        kinds,
        [
            Kind::Retry,
            Kind::RateLimited,
            Kind::Reauthorize,
            Kind::Misconfigured,
            Kind::Unknown
        ]
    );
    let kinds: Vec<Kind> = Beside::ALL.iter().map(|error| error.kind()).collect();
    assert_eq!(
        kinds,
        [
            Kind::Retry,
            Kind::Reauthorize,
            Kind::Retry,
            Kind::Reauthorize,
            Kind::Unknown
        ]
    );
    // `kind` is const.
    assert_eq!(const { Beside::CodeBeenUsed.kind() }, Kind::Reauthorize);
}

/// One function for every provider's errors.
fn report<E: ProviderError>(error: E) -> (String, Option<i128>, Option<&'static str>, Kind) {
    (
        E::name().to_owned(),
        error.code(),
        error.error(),
        error.kind(),
    )
}

#[test]
fn provider_error_over_any_table() {
    assert_eq!(
        report(WeiboError::InvalidGrant),
        (
            "WeiboError".to_owned(),
            Some(21325),
            Some("invalid_grant"),
            Kind::Reauthorize
        )
    );
    assert_eq!(
        report(QqError::CodeReused),
        ("QqError".to_owned(), Some(100_020), None, Kind::Reauthorize)
    );
    assert_eq!(<QqError as ProviderError>::from_error("100020"), None);
    assert_eq!(
        <QqError as ProviderError>::from_code(100_020),
        Some(QqError::CodeReused)
    );
    // A code out of the table's code type finds nothing.
    assert_eq!(<WeiboError as ProviderError>::from_code(1 << 40), None);
    assert_eq!(
        <WeiboError as ProviderError>::from_error("expired_token"),
        Some(WeiboError::ExpiredToken)
    );
    assert_eq!(<Beside as ProviderError>::all().len(), 5);
    assert_eq!(
        <Beside as ProviderError>::description(Beside::Busy),
        "请稍后再试"
    );
}
