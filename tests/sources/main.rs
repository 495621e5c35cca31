//! The facade's tables against the other public copies we read, kept under `tests/data` with
//! their provenance (`weibo-provenance.md`, `qq-sources.md`) and read by an independent parser
//! (`tests/support`): Weibo's `Error_code` page, the OAuth ids the published Weibo table lacks,
//! QQ's OpenAPI `ret` table, its mobile SDK's codes, newer wording of QQ's OAuth table, and
//! WeChat's global return codes; and, one module each, DingTalk's, WeCom's and Feishu's tables
//! against their copies under `tests/data/<provider>/` (read by `markdown`).

mod dingtalk;
mod feishu;
mod markdown;
mod wecom;

mod alipay;
mod taobao;

use oauth_errors::{Kind, QqApiError, QqError, WechatError, WeiboApiError, WeiboError};
use oauth_errors_tests::{
    QQ_MOBILE_SDK, QQ_OAUTH_WORDING, QQ_OPENAPI_RET, WECHAT_GLOBAL_CODES, WEIBO_ERROR_CODE,
    WEIBO_LEGACY, WEIBO_OAUTH2_IDS, data_rows, source_row,
};
use std::collections::BTreeMap;

mod baidu;
mod douyin;
mod wechat_miniprogram;

const WEIBO_SOURCE: &str = include_str!("../../oauth-errors/src/providers/weibo/mod.rs");
const QQ_SOURCE: &str = include_str!("../../oauth-errors/src/providers/qq/mod.rs");

/// The text a reader of the page sees: HTML's `&nbsp;` is a no-break space, `<br>` a line
/// break (a space that ends the line before it is not seen).
fn rendered(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace(" <br>", "<br>")
        .replace("<br>", "\n")
}

/// The text a reader of a Markdown cell sees: without backslash escapes (`client\_id`,
/// `\(`) and bold markers (`**错误码**`), a link as its text (`[text](url)`).
fn unescaped(cell: &str) -> String {
    let mut text = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some(next)) if next.is_ascii_punctuation() => {
                text.push(next);
                chars.next();
            }
            _ => text.push(c),
        }
    }
    let mut text = text.replace("**", "");
    while let Some((start, middle, end)) = link(&text) {
        text = format!(
            "{}{}{}",
            &text[..start],
            &text[start + 1..middle],
            &text[end + 1..]
        );
    }
    text
}

/// Where the first link `[text](url)` of `text` starts, its text ends and it ends.
fn link(text: &str) -> Option<(usize, usize, usize)> {
    let middle = text.find("](")?;
    let start = text[..middle].rfind('[')?;
    let end = middle + text[middle..].find(')')?;
    Some((start, middle, end))
}

/// `(code, first text, second text)` of a table whose first cell is a code.
fn code_rows(text: &str, header: &str) -> Vec<(i32, String, String)> {
    data_rows(text, header)
        .into_iter()
        .map(|cells| {
            let code = cells[0].parse().unwrap_or_else(|_| panic!("{cells:?}"));
            (code, cells[1].clone(), cells[2].clone())
        })
        .collect()
}

#[test]
fn weibo_api_error_is_the_error_code_page() {
    let rows = code_rows(WEIBO_ERROR_CODE, "| code | 中文 | English |");
    assert_eq!(rows.len(), 142);
    assert_eq!(WeiboApiError::ALL.len(), rows.len());
    for (variant, (code, chinese, english)) in WeiboApiError::ALL.iter().zip(&rows) {
        assert_eq!(variant.code(), *code, "the page's order");
        assert_eq!(variant.description(), rendered(chinese), "{code}");
        assert_eq!(
            variant.description_en(),
            Some(&*rendered(english)),
            "{code}"
        );
        assert_eq!(
            variant.to_string(),
            format!("{code}: {}", rendered(chinese))
        );
        assert_eq!(WeiboApiError::from_code(*code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    // Codes no copy of the page has.
    for code in [10_015, 10_019, 10_025, 21_322, 21_336] {
        assert_eq!(WeiboApiError::from_code(code), None, "{code}");
    }
    // The white space around a cell is not part of the text.
    assert!(WEIBO_ERROR_CODE.contains("| 20504 | 你不能关注自己  | Can not follow yourself  |"));
    assert_eq!(
        WeiboApiError::CannotFollowSelf.description(),
        "你不能关注自己"
    );
}

#[test]
fn weibo_api_rows_that_differ_from_the_page_say_so() {
    // A cell of the page that ends with a line break, and `&nbsp;` in two English cells.
    for code in [10_021, 20_521, 20_524] {
        let row = source_row(WEIBO_SOURCE, code);
        assert!(row.contains("| The page's"), "{row}");
    }
    assert!(
        WeiboApiError::TooManyFollowsToday
            .description_en()
            .unwrap()
            .contains("you!\u{a0}!")
    );
}

#[test]
fn weibo_error_adds_the_oauth_ids_the_published_table_lacks() {
    let rows = data_rows(WEIBO_OAUTH2_IDS, "| error | code | 中文 | English |");
    let ids: BTreeMap<i32, &str> = rows
        .iter()
        .map(|cells| (cells[1].parse().unwrap(), cells[0].as_str()))
        .collect();
    // The two rows after the seed's, with the ids the copies give.
    let added = &WeiboError::ALL[11..];
    assert_eq!(
        added,
        [
            WeiboError::InvalidAccessToken,
            WeiboError::SsoPackageOrSignError
        ]
    );
    for variant in added {
        assert_eq!(variant.error(), ids[&variant.code()]);
        assert_eq!(WeiboError::from_error(variant.error()), Some(*variant));
    }
    assert_eq!(WeiboError::InvalidAccessToken.code(), 21_332);
    assert_eq!(WeiboError::SsoPackageOrSignError.code(), 21_338);
    // 21332's text: the older revision of the `Error_code` page, as the SDK that copies it
    // writes it.
    let legacy = code_rows(WEIBO_LEGACY, "| code | 中文 | English |");
    let (_, text, _) = legacy.iter().find(|(code, _, _)| *code == 21_332).unwrap();
    assert_eq!(WeiboError::InvalidAccessToken.description(), text);
    // 21338 has no Chinese text in any copy: its description is what Weibo sends.
    assert_eq!(
        WeiboError::SsoPackageOrSignError.description(),
        "sso package or sign error"
    );
    // 10032 reuses the id `access_denied` (21330) and has a single source: not shipped.
    assert_eq!(ids[&10_032], "access_denied");
    assert_eq!(WeiboError::from_code(10_032), None);
    assert_eq!(WeiboError::InvalidAccessToken.kind(), Kind::Reauthorize);
    assert_eq!(
        WeiboError::SsoPackageOrSignError.kind(),
        Kind::Misconfigured
    );
}

/// The `ret` codes of `qq-openapi-ret.md` that `QqApiError` leaves out, each for want of a
/// text of its own (see the module documentation of `qq`).
const QQ_API_GAPS: [i32; 3] = [1060, -60, -69];

#[test]
fn qq_api_error_is_the_openapi_table() {
    let rows = code_rows(QQ_OPENAPI_RET, "| ret | 中文 | source |");
    assert_eq!(rows.len(), 45);
    let shipped: Vec<_> = rows
        .iter()
        .filter(|(code, _, _)| !QQ_API_GAPS.contains(code))
        .collect();
    assert_eq!(QqApiError::ALL.len(), shipped.len());
    assert_eq!(shipped.len(), 42);
    for (variant, (code, text, _)) in QqApiError::ALL.iter().zip(shipped) {
        assert_eq!(variant.code(), *code, "the table's order");
        assert_eq!(variant.description(), rendered(text), "{code}");
        assert_eq!(QqApiError::from_code(*code), Some(*variant));
        // 1059 (a payment token that timed out) says too little to choose a kind.
        assert_eq!(variant.kind() == Kind::Unknown, *code == 1059, "{code}");
    }
    for code in QQ_API_GAPS
        .into_iter()
        .chain([-13, -27, -57, -59, -61, -66])
    {
        assert_eq!(QqApiError::from_code(code), None, "{code}");
    }
    // The two spaces share only 0.
    for error in QqApiError::ALL {
        let both = QqError::from_code(error.code());
        assert_eq!(both.is_some(), error.code() == 0, "{error:?}");
    }
}

#[test]
fn qq_error_has_the_mobile_sdk_codes() {
    let rows = code_rows(QQ_MOBILE_SDK, "| code | 中文 | source |");
    assert_eq!(rows.len(), 12);
    for (code, text, _) in &rows {
        let variant = QqError::from_code(*code).unwrap_or_else(|| panic!("no code {code}"));
        // The mobile list writes the OAuth table's texts short: `请求的应用不存在` for
        // `请求的应用不存在。`, `错误的sign` for `错误的sign，Md5校验失败，…`.
        assert!(
            variant.description().starts_with(text.as_str()),
            "{code}: {} does not start with {text}",
            variant.description()
        );
    }
    for code in [110_201, 110_407] {
        assert!(
            source_row(QQ_SOURCE, code).contains("| From the mobile SDK's list of return codes"),
            "the row of {code} does not say where it comes from"
        );
    }
    assert_eq!(QqError::SdkUserNotLoggedIn.description(), "未登陆");
    assert_eq!(QqError::AppDelisted.description(), "应用已经下架");
}

#[test]
fn qq_rows_name_their_newer_wording() {
    // The newer wiki wording that the rows' notes quote, as the copies have it.
    let rows = data_rows(QQ_OAUTH_WORDING, "| code | baseline");
    let variant_of = |code: &str, copies: &str| -> String {
        let mut current = String::new();
        for cells in &rows {
            if !cells[0].is_empty() {
                current.clone_from(&cells[0]);
            }
            if current == code && cells[3] == copies {
                return cells[2].clone();
            }
        }
        panic!("no variant of {code} in {copies}");
    };
    let newer = [
        ("100013", variant_of("100013", "`wiki-clip`, `fangQQ`")),
        (
            "100020",
            variant_of("100020", "`qq-lite`, `wiki-clip`, `fangQQ`"),
        ),
        ("100021", variant_of("100021", "`wiki-clip`, `fangQQ`")),
    ];
    for (code, text) in newer {
        let row = source_row(QQ_SOURCE, code.parse().unwrap());
        // The note quotes what the newer copies add to the seed's text.
        let seed_text = QqError::from_code(code.parse().unwrap())
            .unwrap()
            .description();
        let added = text.strip_prefix(seed_text).unwrap_or(&text);
        assert!(row.contains(&format!("“{added}")), "{code}: {added}");
    }
    // 100034: only the seed lacks the full stop.
    assert_eq!(QqError::MissingSkey.description(), "缺少skey参数");
    assert!(source_row(QQ_SOURCE, 100_034).contains("ends the text with “。”"));
}

#[test]
fn qq_names_are_consistent() {
    // 失效 (no longer valid) and 非法 (malformed) are different words.
    assert_eq!(QqError::RefreshTokenInvalidated.code(), 100_036);
    assert_eq!(QqError::InvalidRefreshToken.code(), 100_042);
    assert_eq!(QqError::TokenInvalidatedByPasswordChange.code(), 100_045);
    // 校验…失败: a verification failure.
    for error in [
        QqError::AccessTokenVerificationFailed,
        QqError::GtkVerificationFailed,
        QqError::AppInfoSignatureVerificationFailed,
        QqError::SkeyVerificationFailed,
    ] {
        assert!(error.description().contains("失败"), "{error:?}");
    }
    // 缺少…或…非法: missing or invalid.
    assert_eq!(QqError::MissingOrInvalidResponseType.code(), 100_000);
    assert_eq!(QqError::MissingOrInvalidGrantType.code(), 100_004);
    // 没有权限 / 无权限: not permitted.
    for (error, code) in [
        (QqError::GetUnionIdNotPermitted, 100_049),
        (QqError::NotPermittedInDebugMode, 100_051),
        (QqError::PayTokenAndOpenIdNotPermitted, 100_052),
        (QqError::ApiNotPermitted, 100_031),
    ] {
        assert_eq!(error.code(), code);
        assert!(error.description().contains("权限"), "{error:?}");
    }
    assert_eq!(QqError::AppSignatureMismatch.code(), 100_044);
    assert_eq!(QqError::RefreshTokenCallLimitReached.code(), 100_039);
    assert_eq!(QqError::LoginRestricted.code(), 110_405);
    assert_eq!(QqError::GetAllApiAndGroupInfo.code(), 100_025);
    // The same meaning has the same name in both QQ tables.
    assert_eq!(
        QqApiError::TokenInvalidatedByPasswordChange.description(),
        "0x47 access token改密失效"
    );
    assert_eq!(QqApiError::ApiNotAuthorizedByUser.code(), -20);
}

#[test]
fn wechat_error_is_the_global_return_code_table() {
    let rows = data_rows(WECHAT_GLOBAL_CODES, "| 返回码 | 说明 | errmsg |");
    assert_eq!(rows.len(), 161);
    let mut with_english = 0;
    for (variant, cells) in WechatError::ALL.iter().zip(&rows) {
        let code: i32 = cells[0].parse().unwrap();
        assert_eq!(variant.code(), code, "the copy's order");
        assert_eq!(variant.description(), cells[1], "{code}");
        // The copy writes the Javadoc's doubled backslash; the table's Markdown reads one.
        let english = cells[2].replace("\\\\", "\\");
        let expected = (!english.is_empty()).then_some(english.as_str());
        assert_eq!(variant.description_en(), expected, "{code}");
        with_english += usize::from(expected.is_some());
        assert_eq!(WechatError::from_code(code), Some(*variant));
        assert_ne!(variant.kind(), Kind::Unknown, "{code}");
    }
    assert_eq!(with_english, 126);
    assert_eq!(WechatError::SystemBusy.code(), -1);
    assert_eq!(WechatError::Success.kind(), Kind::Success);
    // The rows the copy lacks follow it (`wechat_miniprogram::the_global_additions`).
    assert_eq!(WechatError::ALL.len(), rows.len() + 8);
}
