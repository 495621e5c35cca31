//! Proves that the expansion of `oauth_error_table!` is hygienic.
//!
//! This crate is `#![no_std]` and `#![no_implicit_prelude]`, shadows the names a careless
//! expansion would lean on (`str`, `i32`, `Option`, `Some`, `core`, `fmt`, …) with items of its
//! own, denies a strict set of rustc and clippy lints, and declares enums of every shape: public
//! and private, with a code column, an error column or both, with a `#[repr]`, and a private one
//! whose generated items are never used. It compiles as a dependency of the integration tests
//! (`cargo test`) and under `cargo clippy --workspace --all-targets -- -D warnings` (`.ci/run`);
//! a generated item that is not hygienic, or that warns, fails both.

#![no_std]
#![no_implicit_prelude]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    unreachable_pub,
    missing_debug_implementations,
    trivial_casts,
    trivial_numeric_casts,
    unused_results,
    unused_import_braces,
    variant_size_differences,
    clippy::all,
    clippy::pedantic
)]

/// Shadows the primitive type `str`.
#[allow(non_camel_case_types, dead_code)]
#[derive(Debug)]
pub struct str;
/// Shadows the primitive type `i32`.
#[allow(non_camel_case_types, dead_code)]
#[derive(Debug)]
pub struct i32;
/// Shadows the primitive type `u32`.
#[allow(non_camel_case_types, dead_code)]
#[derive(Debug)]
pub struct u32;
/// Shadows the primitive type `usize`.
#[allow(non_camel_case_types, dead_code)]
#[derive(Debug)]
pub struct usize;
/// Shadows the primitive type `bool`.
#[allow(non_camel_case_types, dead_code)]
#[derive(Debug)]
pub struct bool;
/// Shadows `Option`.
#[derive(Debug)]
pub struct Option;
/// Shadows `Result`.
#[derive(Debug)]
pub struct Result;
/// Shadows `Some`, also as a pattern.
#[derive(Debug)]
pub struct Some;
/// Shadows `None`, also as a pattern.
#[derive(Debug)]
pub struct None;
/// Shadows `Ok`, also as a pattern.
#[derive(Debug)]
pub struct Ok;
/// Shadows `Err`, also as a pattern.
#[derive(Debug)]
pub struct Err;
/// Shadows the crate `core`.
pub mod core {}
/// Shadows the crate `std`.
pub mod std {}
/// Shadows `core::fmt`.
pub mod fmt {}

::oauth_errors::oauth_error_table! {
    /// Both a code and an error column, the default code type.
    #[non_exhaustive]
    pub enum Both {
        r#"
        | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
        | --- | ---- | ---- |
        |invalid_grant|21325|提供的Access Grant是无效的、过期的或已撤销的
        |expired_token|21327|token过期
        |isv.invalid-signature|-1|签名无效 <b>[1]</b> https://example.com/x_y
        "#
    }
}

::oauth_errors::oauth_error_table! {
    /// Only a code column, with a `#[repr]`, names from the codes and two equal descriptions.
    #[repr(u64)]
    pub enum CodesOnly {
        "| code | description |\n|---|---|\n| 0 | 成功 |\n| 18446744073709551615 | 最大 |\n| 7 | 成功 |"
    }
}

::oauth_errors::oauth_error_table! {
    /// Only an error column, with names, notes and an ignored column.
    #[derive(PartialOrd, Ord)]
    pub enum ErrorsOnly {
        r"
        | name | error | description | note | 备注(ignore) |
        | :--- | :---: | ---: | --- | --- |
        | Busy | busy | 系统繁忙 | a note with `code` and \| a pipe | x |
        | | rate_limited | 频率限制 | | y |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// A private enum: nothing of what is generated for it is used, and nothing warns.
    #[repr(i8)]
    enum Unused {
        r"
        | code | error | description |
        | --- | --- | --- |
        | -128 | lowest | 最小 |
        | 127 | highest | 最大 |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// A table kept in a file (read through `include_str!`, here written with its path, tracked
    /// through `include_bytes!`).
    pub enum FromFile {
        ::core::include_str!("../tables/wechat-crlf-bom.md")
    }
}

::oauth_errors::oauth_error_table! {
    /// A large table (200 rows, negative codes): static arrays and perfect-hash lookups.
    #[repr(i32)]
    pub enum Large {
        include_str!("../tables/hygiene-200.md")
    }
}

::oauth_errors::oauth_error_table! {
    /// Variant names that are also the names of associated types of the traits implemented for
    /// the enum (`Error` of `TryFrom`, `Err` of `FromStr`) and of prelude items.
    #[repr(u8)]
    pub enum Colliding {
        r"
        | code | error | name | description |
        | --- | --- | --- | --- |
        | 1 | error | | 名为 Error |
        | 2 | err | | 名为 Err |
        | 3 | ok | Ok | 名为 Ok |
        | 4 | some | Some | 名为 Some |
        | 5 | none | None | 名为 None |
        | 6 | option | | 名为 Option |
        | 7 | result | | 名为 Result |
        | 8 | code | | 名为 Code |
        | 9 | kind | | 名为 Kind |
        | 10 | name | | 名为 Name |
        | 11 | all | | 名为 All |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// A deprecated enum: the generated code uses it without a warning (this crate denies
    /// warnings); a user's own use would warn.
    #[deprecated = "the provider retired this table"]
    pub enum Deprecated {
        r"
        | code | error | description |
        | --- | --- | --- |
        | 1 | busy | 系统繁忙 |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// Never seen: `#[doc(hidden)]` stays on the enum.
    #[doc(hidden)]
    pub enum Hidden {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

::oauth_errors::oauth_error_table! {
    /// Compiled out by a `cfg` inside `cfg_attr`: the generated impls go with it.
    #[cfg_attr(all(), cfg(any()))]
    #[cfg_attr(any(), derive(PartialOrd))]
    pub enum Gone {
        "| code | description |\n| --- | --- |\n| 1 | one |"
    }
}

::oauth_errors::oauth_error_table! {
    /// Alipay's shape: a category beside the ids, descriptions in two languages, Markdown in the
    /// cells.
    #[repr(u16)]
    pub enum TwoLevel {
        r"
        | code | msg | sub_code | sub_msg | English(description_en) | kind |
        | --- | --- | --- | --- | --- | --- |
        | 40004 | Business Failed | `isv.invalid-app-id` | 无效的**AppID**参数 | invalid *app id* | misconfigured |
        | 40004 | Business Failed | isv.code\_invalid | 授权码<br>无效 &amp; [过期](https://example.com/x_y) | | Reauthorize |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// Kinds given beside the table, by code and by error id.
    #[oauth_errors(kind(retry = [-1, "busy"], rate_limited = [45009]))]
    pub enum Beside {
        r"
        | code | error | kind | description |
        | --- | --- | --- | --- |
        | -1 | system_error | | 系统繁忙 |
        | 45011 | busy | | 请稍后再试 |
        | 45009 | limited | | 接口调用超过限制 |
        | 1 | other | | 未分类 |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// Kinds that depend on the endpoint that answered: in a `token_kind` column and beside the
    /// table.
    #[oauth_errors(token_kind(misconfigured = [40001]))]
    pub enum Endpoints {
        r"
        | code | kind | token_kind | description |
        | --- | --- | --- | --- |
        | 40001 | refresh | | 获取 access_token 时 AppSecret 错误，或者 access_token 无效 |
        | 40164 | refresh | denied | 调用接口的IP地址不在白名单中 |
        | -1 | retry | | 系统繁忙 |
        "
    }
}

::oauth_errors::oauth_error_table! {
    /// A table copied from a web page: tab-separated.
    pub enum Pasted {
        "返回码(code)\t说明(description)\n-1\t系统繁忙\n0\tok\n"
    }
}

mod nested {
    ::oauth_errors::oauth_error_table! {
        /// A restricted visibility.
        pub(crate) enum Restricted {
            r"
            | code | description |
            | --- | --- |
            | 1 | one |
            "
        }
    }
}

/// Uses the generated API of every public enum, so that the expansion is checked in use too.
///
/// # Errors
///
/// Never: each lookup is of a value the table lists.
pub fn exercise() -> ::core::result::Result<(), &'static ::core::primitive::str> {
    use ::core::convert::TryFrom as _;
    let both = <Both as ::core::str::FromStr>::from_str("invalid_grant").map_err(|_| "from_str")?;
    let same = Both::try_from(21325).map_err(|_| "try_from")?;
    if both != same || both.code() != 21325 || both.error() != "invalid_grant" {
        return ::core::result::Result::Err("Both");
    }
    if Both::from_code(-1) != ::core::option::Option::Some(Both::IsvInvalidSignature) {
        return ::core::result::Result::Err("negative code");
    }
    if CodesOnly::from_code(::core::primitive::u64::MAX)
        != ::core::option::Option::Some(CodesOnly::Code18446744073709551615)
        || CodesOnly::Code7.description() != "成功"
    {
        return ::core::result::Result::Err("CodesOnly");
    }
    if ErrorsOnly::from_error("rate_limited")
        != ::core::option::Option::Some(ErrorsOnly::RateLimited)
        || ErrorsOnly::Busy >= ErrorsOnly::RateLimited
    {
        return ::core::result::Result::Err("ErrorsOnly");
    }
    for &large in Large::ALL {
        if Large::from_code(large.code()) != ::core::option::Option::Some(large)
            || Large::from_error(large.error()) != ::core::option::Option::Some(large)
        {
            return ::core::result::Result::Err("Large");
        }
    }
    if Large::from_code(::core::primitive::i32::MAX).is_some() || Large::from_error("").is_some() {
        return ::core::result::Result::Err("Large misses");
    }
    if FromFile::from_code(-1) != ::core::option::Option::Some(FromFile::SystemBusy) {
        return ::core::result::Result::Err("FromFile");
    }
    let colliding = <Colliding as ::core::str::FromStr>::from_str("error").map_err(|_| "Error")?;
    if colliding != Colliding::Error
        || Colliding::try_from(2) != ::core::result::Result::Ok(Colliding::Err)
        || Colliding::from_error("some") != ::core::option::Option::Some(Colliding::Some)
    {
        return ::core::result::Result::Err("Colliding");
    }
    let two_level = TwoLevel::from_error("isv.code_invalid");
    if two_level != ::core::option::Option::Some(TwoLevel::IsvCodeInvalid)
        || TwoLevel::IsvCodeInvalid.category() != 40004
        || TwoLevel::IsvInvalidAppId.description_en()
            != ::core::option::Option::Some("invalid app id")
        || TwoLevel::IsvCodeInvalid.description_en().is_some()
        || TwoLevel::IsvCodeInvalid.description() != "授权码\n无效 & 过期"
    {
        return ::core::result::Result::Err("TwoLevel");
    }
    if Pasted::from_code(0) != ::core::option::Option::Some(Pasted::Code0) {
        return ::core::result::Result::Err("Pasted");
    }
    if Beside::Busy.kind() != ::oauth_errors::Kind::Retry
        || Beside::Other.kind() != ::oauth_errors::Kind::Unknown
        || TwoLevel::IsvCodeInvalid.kind() != ::oauth_errors::Kind::Reauthorize
        || <Both as ::oauth_errors::ProviderError>::code(Both::IsvInvalidSignature)
            != ::core::option::Option::Some(-1)
        || <ErrorsOnly as ::oauth_errors::ProviderError>::code(ErrorsOnly::Busy).is_some()
        || <CodesOnly as ::oauth_errors::ProviderError>::from_error("busy").is_some()
        || <Large as ::oauth_errors::ProviderError>::name() != "Large"
    {
        return ::core::result::Result::Err("kinds");
    }
    let token = ::oauth_errors::Endpoint::Token;
    let api = ::oauth_errors::Endpoint::Api;
    if Endpoints::Code40001.kind_at(token) != ::oauth_errors::Kind::Misconfigured
        || Endpoints::Code40001.kind_at(api) != ::oauth_errors::Kind::Refresh
        || Endpoints::Code40164.kind_at(token) != ::oauth_errors::Kind::Denied
        || Endpoints::CodeMinus1.kind_at(token) != ::oauth_errors::Kind::Retry
        || <Endpoints as ::oauth_errors::ProviderError>::kind_at(Endpoints::Code40001, token)
            != ::oauth_errors::Kind::Misconfigured
        || Both::IsvInvalidSignature.kind_at(token) != Both::IsvInvalidSignature.kind()
    {
        return ::core::result::Result::Err("kind_at");
    }
    if nested::Restricted::ALL.len() != 1 || nested::Restricted::Code1.code() != 1 {
        return ::core::result::Result::Err("Restricted");
    }
    ::core::result::Result::Ok(())
}
