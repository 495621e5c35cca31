//! Typed OAuth 2.0 errors of Chinese providers, and the macro that makes them.
//!
//! Weibo, QQ, WeChat and similar providers answer a failed login with magic numbers and strings
//! (`{"error":"invalid_grant","error_code":21325,...}`, `callback( {"error":100020,...} );`) and
//! document them as Markdown tables. This crate ships those tables as enums ([`WeiboError`],
//! [`QqError`], [`WechatError`], and for the providers' API calls [`WeiboApiError`],
//! [`QqApiError`]), each row with a [`Kind`] that says what to do, and
//! [`oauth_error_table!`] turns any such table, pasted into a string literal, into an enum of
//! your own.
//!
//! ```
//! use oauth_errors::{QqError, WeiboError};
//!
//! // Weibo sends a string id and a numeric code; either finds the error.
//! let error: WeiboError = "invalid_grant".parse()?;
//! assert_eq!(error.code(), 21325);
//! assert_eq!(WeiboError::from_code(21325), Some(error));
//! assert_eq!(error.to_string(), "invalid_grant (21325): 提供的Access Grant是无效的、过期的或已撤销的");
//!
//! // QQ sends a numeric code.
//! let error = QqError::try_from(100014)?;
//! assert_eq!(error, QqError::AccessTokenExpired);
//! assert!(error.description().starts_with("access token过期。"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Features
//!
//! The enums and the macro need nothing: with `default-features = false` the crate is
//! `#![no_std]`, allocates nothing and has no runtime dependency.
//!
//! | feature | default | what it adds | dependencies |
//! | --- | --- | --- | --- |
//! | `std` | yes | nothing on its own; `response` and `Code` need it | |
//! | `response` | yes | `ErrorResponse<P>` (`weibo::ErrorResponse`, …), `qq::Me`, `ParseError` | `serde_json`, `form_urlencoded` |
//! | `serde` | no | `Serialize` and `Deserialize` for every generated enum and the response types; `Code<E>` (with `std`) | `serde` |
//! | `oauth2` | no | the ready clients, `Client<P>`, the HTTP client adapter, token fields, `authorize_url` | `oauth2` (5.x) |
//!
//! # Your own table
//!
//! ```
//! oauth_errors::oauth_error_table! {
//!     /// Baidu's OAuth 2.0 errors (two rows of its table), pasted as published.
//!     pub enum BaiduError {
//!         r#"
//!         | **错误码**(error) | **错误信息**(description_en) | **详细描述**(description) |
//!         | :--- | :--- | :--- |
//!         | invalid\_client | unknown client id | “client\_id”、“client\_secret”参数无效。 |
//!         | invalid\_grant | The provided authorization grant is revoked | 提供的Access Grant是无效的、过期的或已撤销的，例如，Authorization Code无效\(一个授权码只能使用一次\)、Refresh Token无效、redirect\_uri与获取Authorization Code时提供的不一致、Devie Code无效\(一个设备授权码只能使用一次\)等。 |
//!         "#
//!     }
//! }
//!
//! assert_eq!(BaiduError::from_error("invalid_grant"), Some(BaiduError::InvalidGrant));
//! assert_eq!(BaiduError::InvalidClient.description(), "“client_id”、“client_secret”参数无效。");
//! assert_eq!(BaiduError::InvalidClient.description_en(), Some("unknown client id"));
//! ```
//!
//! See [`oauth_error_table!`] for the input format, the column roles and everything the macro
//! generates.
//!
//! # From a response body to a typed error
//!
//! ```
//! # #[cfg(feature = "response")]
//! # fn main() -> Result<(), oauth_errors::ParseError> {
//! use oauth_errors::{QqApiError, QqError, WeiboError, qq, weibo};
//!
//! let body = r#"{"error":"invalid_grant","error_code":21325,"error_description":"invalid authorization code:abc"}"#;
//! let response = weibo::ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(WeiboError::InvalidGrant));
//!
//! let body = "callback( {\"error\":100020,\"error_description\":\"code is reused error\"} );\n";
//! let response = qq::ErrorResponse::parse(body)?;
//! assert_eq!(response.known(), Some(QqError::CodeReused));
//! assert_eq!(response.description(), Some("code is reused error"));
//!
//! // OpenAPI calls answer codes of their own: `api()` looks them up.
//! let response = qq::ErrorResponse::parse(r#"{"ret":-6,"msg":"rate limited"}"#)?;
//! assert_eq!(response.api(), Some(QqApiError::RateLimitExceeded));
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "response"))]
//! # fn main() {}
//! ```
//!
//! # Logging in, and providers of your own
//!
//! With the `oauth2` feature, `weibo::client`, `qq::client` and `wechat::client` are
//! ready `oauth2` clients, and their `HttpClient`s send the token requests as each provider
//! documents them and make its answers standard (status-200 errors, JSONP, tokens without
//! `token_type`). Each provider is declared with the public [`Provider`] trait and its
//! `WireFormat`; declare yours the same way and `ErrorResponse<P>`,
//! `Client<P>` and `HttpClient<C, P>` work for it.
//!
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(any(feature = "response", feature = "std"))]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// The macro's expansion names this crate as `::oauth_errors`, here as everywhere else.
extern crate self as oauth_errors;

#[doc(hidden)]
pub mod __private;

/// The code blocks of this crate's `README.md`, its crates.io page, run as doctests.
#[cfg(all(doctest, feature = "oauth2"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
#[cfg(all(feature = "serde", feature = "std"))]
mod code;
#[cfg(feature = "response")]
mod error_response;
#[cfg(feature = "oauth2")]
mod http_client;
mod kind;
mod provider;
pub mod qq;
#[cfg(feature = "response")]
mod response;
mod unknown;
pub mod wechat;
pub mod weibo;

#[cfg(all(feature = "serde", feature = "std"))]
pub use code::Code;
#[cfg(feature = "response")]
pub use error_response::ErrorResponse;
#[cfg(feature = "oauth2")]
pub use http_client::{Client, HttpClient, ReadyClient, Standardized, TokenFields, authorize_url};
pub use kind::{Endpoint, Kind, ProviderError, UnknownKind};
pub use provider::{AuthorizeRequest, Provider, TokenRequest, WireFormat};
pub use qq::{QqApiError, QqError};
#[cfg(feature = "response")]
pub use response::{MAX_BODY_LEN, ParseError};
pub use unknown::{UnknownCode, UnknownErrorId};
pub use wechat::WechatError;
pub use weibo::{WeiboApiError, WeiboError};

/// Declares an enum from a Markdown table of error codes.
///
/// ```
/// oauth_errors::oauth_error_table! {
///     /// Doc comments and other outer attributes pass through to the enum.
///     #[repr(u32)]                       // optional: the integer type of the code column
///     pub enum WeiboLikeError {          // any visibility, any name
///         r#"
///         | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
///         | --- | --- | --- |
///         | invalid_grant | 21325 | 提供的Access Grant是无效的、过期的或已撤销的 |
///         | expired_token | 21327 | token过期 |
///         "#
///     }
/// }
///
/// let error = WeiboLikeError::InvalidGrant;
/// assert_eq!(error.code(), 21325_u32);
/// assert_eq!(error.error(), "invalid_grant");
/// assert_eq!("expired_token".parse(), Ok(WeiboLikeError::ExpiredToken));
/// ```
///
/// # The table
///
/// The body is one string literal, raw or not, or `include_str!("path")` of a file, holding the
/// table as the provider publishes it: a Markdown table, or a table copied from a rendered web
/// page (tab-separated).
///
/// A Markdown table is GFM's: a header row, a delimiter row (`---`, with optional alignment
/// colons), then one row per error.
///
/// - Leading and trailing pipes are optional; cells are trimmed of white space (any kind: the
///   no-break and ideographic spaces of a table copied from a web page too).
/// - The table's indentation is ignored, and so are blank lines around it; lines end with `\n`,
///   `\r\n` or `\r`, and a byte order mark at the start is ignored.
/// - `\|` is a pipe inside a cell.
/// - Each row has as many cells as the header.
/// - Cells are Markdown inline text, read as a reader of the rendered table sees it: an id or
///   a code in a code span or emphasis (`` `invalid_request` ``, `**40001**`) is its content;
///   backslash escapes (`invalid\_grant`) and entities (`&amp;`, `&#124;`) are read; `<br>`
///   is a line break and `<li>` a new line starting `- `; a link or an image is its text; other
///   HTML tags are dropped. `description()`, `description_en()`, `error()` and `Display` give
///   that plain text; each variant's documentation renders the Markdown, links to absolute
///   URLs kept. (A cell longer than 64 KiB is taken as written.)
///
/// Rows and cells split as in GitHub's Markdown (GFM); where GFM would quietly guess, the macro
/// asks instead: a row with too few or too many cells, text before or after the table, a blank
/// line inside it, the header row repeated among the rows and a second table in the same
/// literal are errors.
///
/// A tab-separated table has the header on its first line and a row on each line after it, its
/// cells separated by tabs; there is no delimiter row, and cells are plain text (no Markdown, no
/// escapes). Blank lines are skipped; a row with too few or too many cells is an error.
///
/// In both, a code, error id or name holds no character that cannot be seen (a zero-width
/// space, a bidirectional mark, a byte order mark, a control character) and no space other
/// than a plain one: the provider's own value has none, so a lookup would never find the row.
/// The error names the character and where it is.
///
/// The table may also live in a file, named in place of the literal:
///
/// ```text
/// oauth_errors::oauth_error_table! {
///     pub enum QqError {
///         include_str!("tables/qq.md")
///     }
/// }
/// ```
///
/// The path is relative to the file that calls the macro, as with std's `include_str!` (which
/// may also be written `std::include_str!` or `core::include_str!`). Cargo rebuilds the crate
/// when the file changes; `\r\n` line ends and a byte order mark are fine; errors in the table
/// name the file's own lines.
///
/// # Column roles
///
/// Each header cell names what its column holds by a keyword, in parentheses after the
/// provider's own header or as the whole cell, in any case, with spaces or dashes for
/// underscores: `错误编号(error_code)`, `说明（Description）`, `Error Code(error)`, `errcode`.
///
/// | role | keywords | the column holds | |
/// | --- | --- | --- | --- |
/// | name | `name` | the variant's name (UpperCamelCase); an empty cell keeps the derived name | optional |
/// | error | `error`, `sub_code` | the string error id the provider sends, such as `invalid_grant`; unique | `error` or `code` or both |
/// | code | `code`, `error_code`, `errcode`, `ret` | the integer code the provider sends, such as `21325`; unique | `error` or `code` or both |
/// | category | `category` | an integer that rows share: Alipay's public `code` beside its `sub_code`, an HTTP status | optional |
/// | description | `description`, `error_description`, `errmsg`, `error_msg`, `msg`, `message`, `sub_msg` | what the error means | required |
/// | English description | `description_en` | what the error means, in English (a cell may be empty) | optional |
/// | kind | `kind` | what an app should do: a [`Kind`]'s keyword or name, in any case (`retry`, `RateLimited`); an empty cell is `unknown` | optional |
/// | note | `note` | more documentation for the variant, in Markdown (where the row comes from, …) | optional |
/// | ignore | `ignore` | anything: the macro leaves the column out | any number |
///
/// Besides the role names, the keywords are the field names providers use in their own docs and
/// bodies: WeChat, WeCom and DingTalk `errcode`/`errmsg`, QQ `ret`/`msg`, Baidu `error_msg`,
/// Alipay `code`/`msg`/`sub_code`/`sub_msg`. Where Alipay's meet, the `sub_` columns win:
/// beside a `sub_code` column, `code` is the category; beside a `sub_msg` column, `msg` is a
/// note.
///
/// A column whose header names no role is an error (mark it `(ignore)` to leave it out); so are
/// two columns with the same role, and a `code` column that holds error ids. When no header
/// cell names a role, one error proposes roles from what the cells hold, as a header to paste
/// back.
///
/// # Kinds beside the table
///
/// To keep a pasted table as published, give its rows their [`Kind`]s in an attribute, by code
/// or by error id:
///
/// ```
/// oauth_errors::oauth_error_table! {
///     #[oauth_errors(kind(
///         reauthorize = ["invalid_grant", 21327],
///         retry = ["temporarily_unavailable"],
///     ))]
///     pub enum Weibo {
///         r"
///         | 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
///         | --- | --- | --- |
///         |invalid_grant|21325|提供的Access Grant是无效的、过期的或已撤销的
///         |expired_token|21327|token过期
///         |temporarily_unavailable|21331|服务暂时无法访问
///         "
///     }
/// }
///
/// assert_eq!(Weibo::ExpiredToken.kind(), oauth_errors::Kind::Reauthorize);
/// ```
///
/// An entry that names no row of the table, a row named twice, and a row the table's `kind`
/// column classifies already are errors at the entry. Rows without a kind are
/// [`Kind::Unknown`].
///
/// # Variant names
///
/// From the `name` column when there is one and the row's cell is not empty; else from the error
/// id in UpperCamelCase (`invalid_grant` → `InvalidGrant`, `appkey permission denied` →
/// `AppkeyPermissionDenied`, `isv.invalid-signature` → `IsvInvalidSignature`); else from the code
/// (`40001` → `Code40001`, `-1` → `CodeMinus1`). Two rows with the same name are an error, and
/// so is `ALL`, the name of the generated constant (methods are `snake_case` and cannot clash).
///
/// # The code type
///
/// `#[repr(T)]` on the enum, with `T` one of `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`,
/// `u64`, is the type of the codes; without it, they are `i32`. A code that does not fit is an
/// error. The `#[repr(T)]` names the code type only: the enum itself is as small as its variant
/// count allows (one byte up to 256 variants), and `code()` gives a variant's code.
///
/// # What it generates
///
/// For `enum E` whose codes are of type `T`, with the enum's visibility:
///
/// - the enum, with a doc comment on every variant giving its description (and its English
///   one), code, error id, category and note, a `#[doc(alias)]` of its code and of its error id
///   (so that rustdoc's search finds `100020` and `invalid_grant`),
///   `#[derive(Clone, Copy, PartialEq, Eq, Hash)]` and a `Debug` that prints the variant's
///   name, as derived (deriving one of these again is an error, and so is deriving `Serialize`
///   or `Deserialize`, which the `serde` feature implements; derive others, such as
///   `PartialOrd`, as usual);
/// - `const ALL: &'static [E]`: every variant, in table order;
/// - `const fn description(self) -> &'static str`, and `const fn kind(self) -> Kind`;
/// - [`ProviderError`], for code that handles the errors of any table;
/// - `Display`: `invalid_grant (21325): 提供的…`: the error id and code, then the description
///   (honouring width and fill, as `{:>40}`), and `core::error::Error`;
/// - with a code column: `const fn code(self) -> T`, `const fn from_code(code: T) -> Option<E>`,
///   and `TryFrom<T>` whose error is [`UnknownCode<T>`];
/// - with an error column: `const fn error(self) -> &'static str`,
///   `fn from_error(error: &str) -> Option<E>` (exact match), and `FromStr` whose error is
///   [`UnknownErrorId`];
/// - with a category column: `const fn category(self) -> T`;
/// - with a `description_en` column: `const fn description_en(self) -> Option<&'static str>`.
///
/// Other attributes on the enum (doc comments, `#[non_exhaustive]`, `#[derive(PartialOrd)]`,
/// `#[doc(hidden)]`, …) stay on it; a `#[cfg(…)]`, also inside `#[cfg_attr(…)]`, applies to
/// everything generated; a `#[deprecated]` enum warns where your code uses it, not in the
/// generated code.
///
/// Lookups are what one would write by hand on small tables (a `match`), and on large ones
/// static arrays and a perfect hash computed at compile time: `from_code` and `from_error` cost a
/// few nanoseconds at any size, a fraction of a `HashMap` lookup (see `BENCHMARKS.md` in the
/// repository).
///
/// The expansion refers to this crate as `::oauth_errors`. Under another name (a renamed
/// dependency, a re-export), say where it is: `#[oauth_errors(crate = path::to::oauth_errors)]`.
///
/// # Compile errors
///
/// A malformed table is a compile error, never a panic, and one compile reports every problem
/// (up to 100).
/// Stable Rust cannot underline part of a string literal, so each error points at the literal
/// and names the file, line and column of the bad cell in its message, quoting the row:
///
/// ```text
/// error: the code 110506 appears twice
///          --> src/qq.rs:69:2
///           |
///        69 | |110506|校验APP info 签名信息失败
///           |  ^^^^^^
///           = note: src/qq.rs:68:2: first used in `|110506|获取APP info信息失败`
///           = help: give each row its own code: fix the code that is wrong, or remove one row
///  --> src/qq.rs:5:9
///   |
/// 5 |         r"
///   |         ^
/// ```
///
/// The error is reported once per problem, in the order of the rows, up to 100 problems (the
/// hundredth counts the rest); quoted rows and cells are cut to 120 columns. The enum is still
/// declared with the valid rows and the whole API, so that code using it adds no errors of its
/// own.
pub use oauth_errors_macros::oauth_error_table;
