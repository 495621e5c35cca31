//! What to do about an error: the kinds of the shipped tables' rows, a table's `kind` column and
//! kinds given beside a table, and `ProviderError` over any table.

use oauth_errors::{
    Kind, ProviderError, QqApiError, QqError, WechatError, WeiboApiError, WeiboError,
    oauth_error_table, qq, weibo,
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
    let count = |pairs: &[(&str, usize)]| -> BTreeMap<String, usize> {
        pairs
            .iter()
            .map(|&(kind, n)| (kind.to_owned(), n))
            .collect()
    };
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
            ("denied", 10),
            ("invalid_request", 119),
            ("misconfigured", 8),
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

oauth_error_table! {
    /// WeChat's codes whose meaning depends on the endpoint that answered them: at the token
    /// endpoint `40001` is a wrong secret, from an API an access token that is no longer valid.
    #[oauth_errors(
        kind(refresh = [40001, 42001], retry = [-1]),
        token_kind(misconfigured = [40001]),
    )]
    pub enum ByEndpoint {
        r"
        | code | token_kind | description |
        | --- | --- | --- |
        | -1 | | 系统繁忙，此时请开发者稍候再试 |
        | 40001 | | 获取 access_token 时 AppSecret 错误，或者 access_token 无效 |
        | 42001 | | access_token 超时 |
        | 40164 | denied | 调用接口的IP地址不在白名单中 |
        "
    }
}

#[test]
fn kinds_at_the_token_endpoint_and_elsewhere() {
    use oauth_errors::Endpoint;
    // `kind_at` is a `const fn`.
    const AT_TOKEN: Kind = ByEndpoint::Code40001.kind_at(Endpoint::Token);
    let kinds = |error: ByEndpoint| {
        (
            error.kind(),
            error.kind_at(Endpoint::Token),
            error.kind_at(Endpoint::Api),
            <ByEndpoint as ProviderError>::kind_at(error, Endpoint::Token),
        )
    };
    assert_eq!(
        kinds(ByEndpoint::Code40001),
        (
            Kind::Refresh,
            Kind::Misconfigured,
            Kind::Refresh,
            Kind::Misconfigured
        )
    );
    assert_eq!(
        kinds(ByEndpoint::Code42001),
        (Kind::Refresh, Kind::Refresh, Kind::Refresh, Kind::Refresh)
    );
    assert_eq!(
        kinds(ByEndpoint::Code40164),
        (Kind::Unknown, Kind::Denied, Kind::Unknown, Kind::Denied)
    );
    assert_eq!(
        kinds(ByEndpoint::CodeMinus1),
        (Kind::Retry, Kind::Retry, Kind::Retry, Kind::Retry)
    );
    assert_eq!(AT_TOKEN, Kind::Misconfigured);
    // A table without token kinds answers its kind everywhere.
    assert_eq!(
        WeiboError::ExpiredToken.kind_at(Endpoint::Token),
        WeiboError::ExpiredToken.kind()
    );
}
