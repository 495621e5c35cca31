//! The contract of `oauth_error_table!` on tables of our own: the input format, the column roles,
//! variant names, the code type, and every generated item.

use oauth_errors::{UnknownCode, UnknownErrorId, oauth_error_table};
use std::collections::HashSet;
use std::mem::size_of;

oauth_error_table! {
    /// WeChat's global return codes (a few of them).
    #[repr(i32)]
    pub enum WechatError {
        r#"
        | 返回码(code) | 说明(description) |
        | --- | --- |
        | -1 | 系统繁忙，此时请开发者稍候再试 |
        | 0 | 请求成功 |
        | 40001 | 获取 access_token 时 AppSecret 错误 |
        "#
    }
}

#[test]
fn names_from_codes() {
    assert_eq!(
        WechatError::ALL,
        [
            WechatError::CodeMinus1,
            WechatError::Code0,
            WechatError::Code40001
        ]
    );
    assert_eq!(WechatError::CodeMinus1.code(), -1);
    // The enum is as small as its variant count allows, whatever the code type.
    assert_eq!(size_of::<WechatError>(), 1);
    assert_eq!(WechatError::from_code(0), Some(WechatError::Code0));
    assert_eq!(WechatError::from_code(1), None);
    assert_eq!(
        WechatError::Code40001.description(),
        "获取 access_token 时 AppSecret 错误"
    );
    assert_eq!(
        WechatError::CodeMinus1.to_string(),
        "-1: 系统繁忙，此时请开发者稍候再试"
    );
}

oauth_error_table! {
    /// Error ids that become names, a name column with gaps, and an ignored column.
    #[derive(PartialOrd, Ord)]
    pub(crate) enum Named {
        "
        | 名称(NAME) | 标识（Error） | 编号(error_code) | 备注(ignore) | 说明(Error_Description) |
        |:---|:---:|---:|---|---|
        | | invalid_grant | 1 | anything | a |
        | | appkey permission denied | 2 | | b |
        | | isv.invalid-signature | 3 | | c |
        | Renamed | 404_not_found | 4 | | d |
        | | HTTPError | 5 | | e |
        "
    }
}

#[test]
fn names_from_error_ids_and_the_name_column() {
    assert_eq!(
        Named::ALL,
        [
            Named::InvalidGrant,
            Named::AppkeyPermissionDenied,
            Named::IsvInvalidSignature,
            Named::Renamed,
            Named::HttpError,
        ]
    );
    assert_eq!(Named::Renamed.error(), "404_not_found");
    assert_eq!(
        Named::from_error("isv.invalid-signature"),
        Some(Named::IsvInvalidSignature)
    );
    // The default code type is `i32`.
    let code: i32 = Named::HttpError.code();
    assert_eq!(code, 5);
    // Derives of the user's own pass through.
    assert!(Named::InvalidGrant < Named::Renamed);
}

oauth_error_table! {
    /// The formatting rules: no outer pipes, tabs, escaped pipes, backslashes, alignment colons,
    /// blank lines around the table, CRLF line ends, escapes in a non-raw literal.
    #[repr(u8)]
    enum Formatting {
        "\r\n\r\n   \t code\t|\terror | description \r\n :-: | --- | -: \r\n7|a_b|x \\| y \\ z\\n\r\n  8 | c |  | \r\n\r\n\t\r\n"
    }
}

#[test]
fn formatting_rules() {
    assert_eq!(Formatting::ALL, [Formatting::AB, Formatting::C]);
    assert_eq!(Formatting::AB.description(), r"x | y \ z\n");
    assert_eq!(Formatting::AB.code(), 7_u8);
    assert_eq!(Formatting::C.description(), "");
    assert_eq!(Formatting::C.to_string(), "c (8)");
    assert_eq!(size_of::<Formatting>(), 1);
}

oauth_error_table! {
    /// Error ids only.
    pub enum IdsOnly {
        r"
        | error | description |
        | --- | --- |
        | busy | 系统繁忙 |
        | rate_limited | 频率限制 |
        "
    }
}

#[test]
fn a_table_with_error_ids_only() {
    assert_eq!(IdsOnly::Busy.error(), "busy");
    assert_eq!("rate_limited".parse(), Ok(IdsOnly::RateLimited));
    assert_eq!(IdsOnly::RateLimited.to_string(), "rate_limited: 频率限制");
    let unknown: UnknownErrorId = "Busy".parse::<IdsOnly>().unwrap_err();
    assert_eq!(unknown.as_str(), "Busy");
    assert_eq!(unknown.table(), "IdsOnly");
    assert!(!unknown.is_truncated());
}

oauth_error_table! {
    /// The widest codes.
    #[repr(u64)]
    enum Wide {
        "| code | description |\n| --- | --- |\n| 18446744073709551615 | max |\n| 0 | min |"
    }
}

oauth_error_table! {
    /// The most negative codes.
    #[repr(i64)]
    enum Negative {
        "| code | description |\n| --- | --- |\n| -9223372036854775808 | min |\n| 9223372036854775807 | max |"
    }
}

#[test]
fn code_types_span_their_whole_range() {
    assert_eq!(
        Wide::from_code(u64::MAX),
        Some(Wide::Code18446744073709551615)
    );
    assert_eq!(Wide::Code18446744073709551615.code(), u64::MAX);
    assert_eq!(size_of::<Wide>(), 1);
    assert_eq!(Negative::CodeMinus9223372036854775808.code(), i64::MIN);
    assert_eq!(
        Negative::from_code(i64::MAX),
        Some(Negative::Code9223372036854775807)
    );
    assert_eq!(
        Negative::try_from(5),
        Err(UnknownCode::new("Negative", 5_i64))
    );
}

#[test]
fn lookups_are_const() {
    const FOUND: Option<WechatError> = WechatError::from_code(40001);
    const CODE: i32 = WechatError::CodeMinus1.code();
    const DESCRIPTION: &str = IdsOnly::Busy.description();
    const ID: &str = IdsOnly::Busy.error();
    const ALL: &[Wide] = Wide::ALL;
    assert_eq!(FOUND, Some(WechatError::Code40001));
    assert_eq!(CODE, -1);
    assert_eq!(DESCRIPTION, "系统繁忙");
    assert_eq!(ID, "busy");
    assert_eq!(ALL.len(), 2);
}

#[test]
fn derived_traits() {
    let copy = WechatError::Code0;
    let clone = Clone::clone(&copy);
    assert_eq!(copy, clone);
    assert_eq!(format!("{copy:?}"), "Code0");
    let set: HashSet<WechatError> = WechatError::ALL.iter().copied().collect();
    assert_eq!(set.len(), 3);
}

#[test]
fn display_honours_width_and_fill() {
    assert_eq!(format!("{:>8}", IdsOnly::Busy), "busy: 系统繁忙");
    // Width counts characters, as everywhere in `core::fmt`.
    assert_eq!(format!("{:*<14}", IdsOnly::Busy), "busy: 系统繁忙****");
    assert_eq!(format!("{:.4}", IdsOnly::Busy), "busy");
}

#[test]
fn errors_and_their_errors_are_std_errors() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    is_error(&WechatError::Code0);
    is_error(&WechatError::try_from(7).unwrap_err());
    is_error(&"x".parse::<IdsOnly>().unwrap_err());
    let unknown = WechatError::try_from(7).unwrap_err();
    assert_eq!(unknown.code(), 7);
    assert_eq!(unknown.table(), "WechatError");
    assert_eq!(unknown.to_string(), "unknown WechatError code 7");
}

mod renamed {
    /// The facade under another path, as a re-export would put it.
    pub(crate) use oauth_errors as errors_facade;
}

oauth_error_table! {
    /// The facade reached through `#[oauth_errors(crate = …)]`.
    #[oauth_errors(crate = renamed::errors_facade)]
    enum ThroughReexport {
        "| code | error | description |\n|---|---|---|\n| 1 | one | 一 |"
    }
}

#[test]
fn the_crate_path_can_be_given() {
    assert_eq!(
        ThroughReexport::try_from(2),
        Err(UnknownCode::new("ThroughReexport", 2))
    );
    assert_eq!("one".parse(), Ok(ThroughReexport::One));
}

#[test]
fn the_hygienic_no_std_expansions_work() {
    // `tests/hygiene` declares tables in a `#![no_std]`, `#![no_implicit_prelude]` crate that
    // shadows `str`, `Option`, `core`, … and denies strict lints; it compiled, and it works.
    assert_eq!(oauth_errors_hygiene::exercise(), Ok(()));
}

oauth_error_table! {
    /// Never compiled: without the `#[cfg]` on every generated impl, this would not build.
    #[cfg(any())]
    pub enum ConfiguredOut {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

oauth_error_table! {
    /// Always compiled.
    #[cfg(all())]
    pub enum ConfiguredIn {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

#[test]
fn cfg_attributes_apply_to_the_whole_expansion() {
    assert_eq!(ConfiguredIn::try_from(1), Ok(ConfiguredIn::Code1));
}

/// A wrapper of the user's own: the table and attributes arrive as `$literal` and `$meta`
/// fragments (wrapped in invisible groups).
macro_rules! provider_table {
    ($(#[$meta:meta])* $name:ident, $table:literal) => {
        oauth_error_table! {
            $(#[$meta])*
            pub enum $name { $table }
        }
    };
}

provider_table!(
    /// Declared through `provider_table!`.
    #[repr(u16)]
    Wrapped,
    "| code | error | description |\n|---|---|---|\n| 7 | seven | 七 |"
);

#[test]
fn the_macro_works_inside_macro_rules() {
    assert_eq!(Wrapped::from_code(7_u16), Some(Wrapped::Seven));
    assert_eq!("seven".parse(), Ok(Wrapped::Seven));
}

oauth_error_table! {
    /// A table kept in a file (CRLF line ends and a byte order mark, as a Windows editor saves
    /// it), the path relative to this file.
    pub enum FromFile {
        include_str!("tables/wechat-crlf-bom.md")
    }
}

#[test]
fn tables_can_be_kept_in_files() {
    assert_eq!(
        FromFile::ALL,
        [FromFile::SystemBusy, FromFile::InvalidCredential]
    );
    assert_eq!(
        FromFile::from_code(40001),
        Some(FromFile::InvalidCredential)
    );
    assert_eq!(
        FromFile::SystemBusy.description(),
        "系统繁忙，此时请开发者稍候再试"
    );
}

/// The same wrapper, taking the body as an expression: `include_str!(…)` or a literal arrives in
/// an invisible group.
macro_rules! provider_table_expr {
    ($name:ident, $body:expr) => {
        oauth_error_table! {
            /// Declared through `provider_table_expr!`.
            pub enum $name { $body }
        }
    };
}

provider_table_expr!(WrappedFile, include_str!("tables/wechat-crlf-bom.md"));
provider_table_expr!(WrappedExpr, "| code | description |\n|---|---|\n| 9 | 九 |");

oauth_error_table! {
    /// `include_str!` written with its path, as in a crate without the prelude.
    pub enum FromFileByPath {
        ::std::include_str!("tables/wechat-crlf-bom.md")
    }
}

#[test]
fn bodies_as_macro_rules_expressions_and_qualified_include_str() {
    assert_eq!(WrappedFile::from_code(-1), Some(WrappedFile::SystemBusy));
    assert_eq!(WrappedExpr::Code9.description(), "九");
    assert_eq!(FromFileByPath::ALL.len(), 2);
}

oauth_error_table! {
    /// A byte order mark at the start of the literal, lone `\r` line ends (as an old Mac editor
    /// saves them) and cells padded with no-break and ideographic spaces, as copied from a web
    /// page: all read as a person reads them.
    pub enum Pasted {
        "\u{FEFF}| code | error | description |\r| --- | --- | --- |\r| 21325\u{A0} |\u{3000}invalid_grant\u{A0}| 无效\u{A0} |\r| 21327 | expired_token | 过期 |"
    }
}

#[test]
fn pasted_tables_read_as_they_look() {
    assert_eq!(Pasted::ALL, [Pasted::InvalidGrant, Pasted::ExpiredToken]);
    assert_eq!(Pasted::from_code(21325), Some(Pasted::InvalidGrant));
    assert_eq!(
        Pasted::from_error("invalid_grant"),
        Some(Pasted::InvalidGrant)
    );
    assert_eq!(Pasted::InvalidGrant.description(), "无效");
}

#[test]
fn debug_is_the_variant_name_on_small_and_large_tables() {
    assert_eq!(format!("{:?}", Pasted::ExpiredToken), "ExpiredToken");
    assert_eq!(format!("{:?}", Named::HttpError), "HttpError");
    // Derived `Debug` ignores width and fill; so does this one.
    assert_eq!(format!("{:>20?}", Pasted::ExpiredToken), "ExpiredToken");
    assert_eq!(
        format!("{:?}", Some(Pasted::InvalidGrant)),
        "Some(InvalidGrant)"
    );
    assert_eq!(
        format!("{:#?}", [Pasted::InvalidGrant]),
        "[\n    InvalidGrant,\n]"
    );
}

/// A constant of a generated enum can be a pattern, as with a derived `PartialEq`.
#[test]
fn constants_are_patterns() {
    const EXPIRED: Pasted = Pasted::ExpiredToken;
    assert!(matches!(Pasted::ExpiredToken, EXPIRED));
}
