//! What to do about an error: the kinds of the shipped tables' rows, a table's `kind` column and
//! kinds given beside a table, and `ProviderError` over any table.

use oauth_errors::{
    AlipayApiError, AlipayError, AlipayGatewayError, BaiduApiError, BaiduError, DouyinApiError,
    DouyinError, Kind, ProviderError, QqApiError, QqError, TaobaoApiError, TaobaoError,
    WechatError, WeiboApiError, WeiboError, oauth_error_table, qq, taobao::TaobaoApiSubError,
    wechat::MiniProgramError, weibo,
};

/// One row of a shipped table, for the rules: its table, code or id, texts and kind.
struct Row {
    table: &'static str,
    key: String,
    text: String,
    kind: Kind,
    /// The kind where the token endpoint answers the row.
    token_kind: Kind,
}

/// Every row of table `E`, with the English text `english` gives.
fn rows<E: ProviderError>(english: fn(E) -> Option<&'static str>) -> Vec<Row> {
    E::all()
        .iter()
        .map(|&error| Row {
            table: E::name(),
            key: error.code().map_or_else(
                || error.error().unwrap_or_default().to_owned(),
                |code| code.to_string(),
            ),
            text: format!(
                "{} {}",
                error.description(),
                english(error).unwrap_or_default()
            ),
            kind: error.kind(),
            token_kind: error.kind_at(oauth_errors::Endpoint::Token),
        })
        .collect()
}

/// Every shipped row.
fn shipped() -> Vec<Row> {
    [
        rows::<WeiboError>(|_| None),
        rows::<WeiboApiError>(WeiboApiError::description_en),
        rows::<QqError>(|_| None),
        rows::<QqApiError>(|_| None),
        rows::<WechatError>(WechatError::description_en),
        rows::<AlipayError>(|_| None),
        rows::<AlipayApiError>(|_| None),
        rows::<AlipayGatewayError>(AlipayGatewayError::description_en),
        rows::<TaobaoError>(|_| None),
        rows::<TaobaoApiError>(TaobaoApiError::description_en),
        rows::<TaobaoApiSubError>(|_| None),
        rows::<oauth_errors::DingtalkError>(oauth_errors::DingtalkError::description_en),
        rows::<oauth_errors::DingtalkApiError>(|_| None),
        rows::<oauth_errors::WecomError>(|_| None),
        rows::<oauth_errors::FeishuError>(oauth_errors::FeishuError::description_en),
        rows::<oauth_errors::FeishuApiError>(oauth_errors::FeishuApiError::description_en),
        rows::<DouyinError>(|_| None),
        rows::<DouyinApiError>(|_| None),
        rows::<BaiduError>(BaiduError::description_en),
        rows::<BaiduApiError>(BaiduApiError::description_en),
        rows::<MiniProgramError>(MiniProgramError::description_en),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A rule: the patterns of a text, the kind they ask for, and the rows excepted, each with its
/// reason.
type Rule = (
    &'static [&'static str],
    Kind,
    &'static [(&'static str, &'static str)],
);

/// The classification rules of `Kind`'s documentation that a row's text lets a test check: a
/// pattern of the text, the kind it asks for, and the rows that have another kind, each with
/// the reason (in its table's documentation too).
const RULES: &[Rule] = &[
    (
        &[
            "频率",
            "频次",
            "太频繁",
            "调用次数超限",
            "rate limit",
            "Call Limited",
            "quota",
        ],
        Kind::RateLimited,
        &[
            (
                "QqApiError -58",
                "`频率` is how often the error itself occurs: a transient failure, to retry",
            ),
            (
                "BaiduApiError 802",
                "a storage quota the account owns is full: time does not free it (denied)",
            ),
        ],
    ),
    (
        &[
            "系统繁忙",
            "服务不可用",
            "服务暂停",
            "暂不可用",
            "system error",
            "busy",
        ],
        Kind::Retry,
        &[
            (
                "DingtalkError system.busy",
                "`system busy` is the message DingTalk sends for requests that are too frequent (请求过于频繁; its HTTP 429 row: `system busy, request too frequest`)",
            ),
            (
                "FeishuApiError 90003088",
                "`暂不可用` because the organisation's subscription changed: a plan that time does not lift",
            ),
        ],
    ),
    (
        &[
            "白名单",
            "IP限制",
            "ip没有权限",
            "IP没有权限",
            "ip不允许",
            "whitelist",
        ],
        Kind::Misconfigured,
        &[],
    ),
    (
        &[
            "refresh_token 超时",
            "RefreshToken失效",
            "RefreshToken已过期",
            "RefreshToken已废除",
            "刷新令牌(refresh_token)过期",
        ],
        Kind::Reauthorize,
        &[],
    ),
    (
        &[
            "code被重复使用",
            "oauth_code已使用",
            "oauth_code 超时",
            "code过期",
            "code been used",
        ],
        Kind::Reauthorize,
        &[],
    ),
    (
        &[
            "access token过期",
            "access_token 超时",
            "access_token expired",
            "访问令牌已过期",
        ],
        Kind::Refresh,
        &[],
    ),
];

#[test]
fn every_shipped_row_follows_the_rules() {
    let rows = shipped();
    assert!(rows.len() > 500, "{}", rows.len());
    let mut broken = Vec::new();
    for (patterns, kind, exceptions) in RULES {
        let mut excepted = Vec::new();
        for row in &rows {
            let matches = patterns.iter().any(|pattern| row.text.contains(pattern));
            let name = format!("{} {}", row.table, row.key);
            if !matches || row.kind == *kind {
                continue;
            }
            if exceptions.iter().any(|(exception, _)| *exception == name) {
                excepted.push(name);
            } else {
                broken.push(format!(
                    "{name} is {} but its text asks for {kind}: {}",
                    row.kind, row.text
                ));
            }
        }
        // An exception that no row needs is stale.
        assert_eq!(
            excepted.len(),
            exceptions.len(),
            "{patterns:?}: {excepted:?}"
        );
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

/// The shipped rows whose kind depends on where they are answered: the code whose text names a
/// wrong secret (answered by the token endpoint, where the app sends it) and an invalid access
/// token (answered by an API call).
#[test]
fn the_shipped_rows_with_a_kind_at_the_token_endpoint() {
    let differing: Vec<_> = shipped()
        .into_iter()
        .filter(|row| row.token_kind != row.kind)
        .map(|row| (row.table, row.key, row.kind, row.token_kind))
        .collect();
    assert_eq!(
        differing,
        [
            (
                "WechatError",
                "40001".to_owned(),
                Kind::Refresh,
                Kind::Misconfigured
            ),
            (
                "DingtalkApiError",
                "40001".to_owned(),
                Kind::Refresh,
                Kind::Misconfigured
            ),
        ]
    );
    // Each names both causes in its text.
    for row in shipped().iter().filter(|row| row.token_kind != row.kind) {
        assert!(
            row.text.contains("Secret") && row.text.contains("access_token"),
            "{}",
            row.text
        );
    }
}

#[test]
fn every_shipped_row_is_classified() {
    // The rows whose text says too little to choose a kind; each says so in its documentation.
    let unclassified = [
        "QqError 110510",
        "QqApiError 1059",
        "AlipayGatewayError 40004",
        "DingtalkApiError 88",
        "FeishuApiError 11000",
        "FeishuApiError 11001",
        "FeishuApiError 12018",
        "FeishuApiError 40133",
        "FeishuApiError 40134",
        "FeishuApiError 90301",
        "FeishuApiError 91206",
        "FeishuApiError 95020",
        "FeishuApiError 95050",
        "FeishuApiError 95051",
        "FeishuApiError 95299",
        "FeishuApiError 96401",
        "FeishuApiError 99991681",
        "FeishuApiError 99991692",
        "DouyinApiError 28001017",
    ];
    for row in shipped() {
        let name = format!("{} {}", row.table, row.key);
        assert_eq!(
            row.kind == Kind::Unknown,
            unclassified.contains(&name.as_str()),
            "{name}"
        );
    }
}

#[test]
fn the_kinds_of_douyin_baidu_and_mini_program_rows_that_need_them_most() {
    // An expired token is refreshed; a used code or a spent refresh token is a new login.
    assert_eq!(
        DouyinError::AccessTokenInvalidOrExpired.kind(),
        Kind::Refresh
    );
    assert_eq!(
        DouyinError::AuthorizationCodeExpired.kind(),
        Kind::Reauthorize
    );
    assert_eq!(
        DouyinError::RefreshTokenInvalidOrExpired.kind(),
        Kind::Reauthorize
    );
    assert_eq!(DouyinApiError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(BaiduApiError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(BaiduError::InvalidGrant.kind(), Kind::Reauthorize);
    assert_eq!(BaiduError::ExpiredToken.kind(), Kind::Reauthorize);
    assert_eq!(MiniProgramError::CodeAlreadyUsed.kind(), Kind::Reauthorize);
    assert_eq!(MiniProgramError::CodeBlocked.kind(), Kind::Denied);
    assert_eq!(
        MiniProgramError::MinuteQuotaReached.kind(),
        Kind::RateLimited
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
    assert_eq!(QqError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(QqError::AccessTokenRevoked.kind(), Kind::Reauthorize);
    assert_eq!(QqError::InvalidClientSecret.kind(), Kind::Misconfigured);
    assert_eq!(QqError::AppRateLimited.kind(), Kind::RateLimited);
    assert_eq!(QqError::InternalError.kind(), Kind::Retry);
    assert_eq!(QqError::Success.kind(), Kind::Success);
    assert_eq!(WechatError::AccessTokenExpired.kind(), Kind::Refresh);
    assert_eq!(WechatError::RefreshTokenExpired.kind(), Kind::Reauthorize);
    assert_eq!(WechatError::OauthCodeAlreadyUsed.kind(), Kind::Reauthorize);
    assert_eq!(WechatError::ApiBanned.kind(), Kind::Denied);
    assert_eq!(AlipayError::CodeInvalid.kind(), Kind::Reauthorize);
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
    assert_eq!(response.kind(), Kind::Refresh);
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
