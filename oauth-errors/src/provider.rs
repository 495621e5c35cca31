//! Declaring a provider: [`Provider`] names its tables and its [`WireFormat`], which says how
//! its error responses look and how its token endpoint is called. Weibo, QQ and WeChat are
//! declared with it; so is any provider of yours.

use crate::ProviderError;

/// A provider: its name, the tables its errors come from, and its wire format.
///
/// Declare one next to your table, and `ErrorResponse<P>` reads its
/// error bodies (with the `response` feature), `HttpClient<C, P>` makes
/// its answers standard for the `oauth2` crate and `Client<P>` is its `oauth2`
/// client (with the `oauth2` feature). The shipped providers are declared the same way:
/// [`weibo::Weibo`](crate::weibo::Weibo), [`qq::Qq`](crate::qq::Qq),
/// [`wechat::Wechat`](crate::wechat::Wechat).
///
/// ```
/// use core::convert::Infallible;
/// use oauth_errors::{Provider, WireFormat, oauth_error_table};
///
/// oauth_error_table! {
///     /// Errors of Feishu's `user_access_token` endpoint (two rows of its table).
///     pub enum FeishuError {
///         r"
///         | 错误码(code) | name | 描述(description) | kind |
///         | --- | --- | --- | --- |
///         | 20003 | CodeNotFound | The authorization code is not found. Please note that an authorization code can only be used once. | reauthorize |
///         | 20050 | ServerError | An unexpected server error occurred. Please retry your request. | retry |
///         "
///     }
/// }
///
/// /// Feishu (飞书): `{"code":20050,"error":"server_error","error_description":"…"}`.
/// pub enum Feishu {}
///
/// impl Provider for Feishu {
///     const NAME: &'static str = "Feishu";
///     type Error = FeishuError;
///     type ApiError = Infallible;
///     const FORMAT: WireFormat = WireFormat::new()
///         .code(&["code"])
///         .error(&["error"])
///         .message(&["error_description"])
///         .success(&[("access_token", "an access token")]);
/// }
///
/// # #[cfg(feature = "response")]
/// # fn main() -> Result<(), oauth_errors::ParseError> {
/// let response = oauth_errors::ErrorResponse::<Feishu>::parse(
///     r#"{"code":20050,"error":"server_error","error_description":"An unexpected server error occurred."}"#,
/// )?;
/// assert_eq!(response.known(), Some(FeishuError::ServerError));
/// assert_eq!(response.error(), Some("server_error"));
/// assert_eq!(response.kind(), oauth_errors::Kind::Retry);
/// # Ok(())
/// # }
/// # #[cfg(not(feature = "response"))]
/// # fn main() {}
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a provider",
    label = "`{Self}` does not implement `oauth_errors::Provider`",
    note = "declare it: `impl oauth_errors::Provider for {Self} {{ const NAME: &'static str = \"…\"; type Error = …; type ApiError = …; const FORMAT: WireFormat = …; }}`"
)]
pub trait Provider: 'static {
    /// The provider's name, as messages write it: `"Weibo"`, `"QQ"`.
    const NAME: &'static str;

    /// The table of the provider's OAuth 2.0 errors: what
    /// `ErrorResponse::known` looks a response up in, by code and
    /// by error id.
    type Error: ProviderError;

    /// The table of the provider's API errors, when they have codes of their own (Weibo's
    /// `Error_code` page, QQ's OpenAPI `ret`): what
    /// `ErrorResponse::api` looks the codes of
    /// [`WireFormat::api_code`] fields up in. [`Infallible`](core::convert::Infallible) when
    /// there is none.
    type ApiError: ProviderError;

    /// How the provider's answers look and how its token endpoint is called.
    const FORMAT: WireFormat;
}

/// How a provider's answers look, and how its endpoints are called: which fields of an error
/// body hold the code, the error id, the message and the request id; what marks a success; the
/// body formats besides JSON; and how the token request and the authorization URL differ from
/// the `oauth2` crate's standard ones.
///
/// Built with `const` methods, each naming the fields of one role in the order they are tried
/// (the first field present wins); a role left out has no fields. Field names are compared
/// exactly.
///
/// ```
/// use oauth_errors::{TokenRequest, WireFormat};
///
/// // WeChat: `{"errcode":40029,"errmsg":"invalid code, rid: 6310…"}`, HTTP 200, `errcode` 0 a
/// // success, and a token request that is a GET with `appid` and `secret`.
/// const WECHAT: WireFormat = WireFormat::new()
///     .code(&["errcode"])
///     .message(&["errmsg"])
///     .request_id_in_message()
///     .success(&[("access_token", "an access token")])
///     .success_when_zero(&[("errcode", "an answer with `errcode` 0")])
///     .token_request(
///         TokenRequest::new()
///             .get()
///             .rename(&[("client_id", "appid"), ("client_secret", "secret")]),
///     );
/// assert_eq!(WECHAT.code_fields(), ["errcode"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WireFormat {
    pub(crate) code: &'static [&'static str],
    pub(crate) api_code: &'static [&'static str],
    pub(crate) error: &'static [&'static str],
    pub(crate) message: &'static [&'static str],
    pub(crate) request_id: &'static [&'static str],
    pub(crate) request_id_in_message: bool,
    pub(crate) keep: &'static [&'static str],
    pub(crate) success: &'static [(&'static str, &'static str)],
    pub(crate) success_when_zero: &'static [(&'static str, &'static str)],
    pub(crate) within: &'static [&'static str],
    pub(crate) jsonp: bool,
    pub(crate) form_urlencoded: bool,
    pub(crate) token: TokenRequest,
    pub(crate) authorize: AuthorizeRequest,
}

impl Default for WireFormat {
    fn default() -> Self {
        WireFormat::new()
    }
}

impl WireFormat {
    /// A format with no fields: JSON bodies only, the standard token request and authorization
    /// URL.
    #[must_use]
    pub const fn new() -> WireFormat {
        WireFormat {
            code: &[],
            api_code: &[],
            error: &[],
            message: &[],
            request_id: &[],
            request_id_in_message: false,
            keep: &[],
            success: &[],
            success_when_zero: &[],
            within: &[],
            jsonp: false,
            form_urlencoded: false,
            token: TokenRequest::new(),
            authorize: AuthorizeRequest::new(),
        }
    }

    /// The fields that hold the numeric code (a JSON integer, or a string of one): Weibo's
    /// `error_code`, QQ's `error` and `ret`, WeChat's `errcode`.
    #[must_use]
    pub const fn code(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.code = fields;
        self
    }

    /// Of the [`code`](Self::code) fields, those whose code may be one of the API table's
    /// ([`Provider::ApiError`]): Weibo's `error_code`, QQ's `ret`.
    #[must_use]
    pub const fn api_code(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.api_code = fields;
        self
    }

    /// The fields that hold the error id (a string that is not blank, or a number):
    /// `error` in RFC 6749.
    #[must_use]
    pub const fn error(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.error = fields;
        self
    }

    /// The fields that hold the provider's own message: `error_description`, `msg`, `errmsg`.
    #[must_use]
    pub const fn message(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.message = fields;
        self
    }

    /// The fields that hold a request id, for the provider's support: `request_id`,
    /// `log_id`.
    #[must_use]
    pub const fn request_id(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.request_id = fields;
        self
    }

    /// The request id may end the message, as WeChat writes it: `invalid code, rid:
    /// 63106779-282330ba-5d5deaf3`, `… hints: [ req_id: je7q.a0244th27 ]`, `… hint:
    /// [FQ4hVA0505hka5!]`. It is split off: the message is `invalid code`, the request id
    /// `63106779-282330ba-5d5deaf3`.
    #[must_use]
    pub const fn request_id_in_message(mut self) -> WireFormat {
        self.request_id_in_message = true;
        self
    }

    /// Other fields to keep as they came, for `ErrorResponse::field`:
    /// Weibo's `request` and `error_uri`.
    #[must_use]
    pub const fn keep(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.keep = fields;
        self
    }

    /// Fields that make a body a success, whatever else it holds, each with what the
    /// `ParseError::Success` says it found: `("access_token", "an
    /// access token")`.
    #[must_use]
    pub const fn success(mut self, fields: &'static [(&'static str, &'static str)]) -> WireFormat {
        self.success = fields;
        self
    }

    /// Fields whose zero (`0`, `-0`, `0.0`, `"0"`) makes a body a success, each with what the
    /// `ParseError::Success` says it found: QQ's `ret`, WeChat's
    /// `errcode`.
    #[must_use]
    pub const fn success_when_zero(
        mut self,
        fields: &'static [(&'static str, &'static str)],
    ) -> WireFormat {
        self.success_when_zero = fields;
        self
    }

    /// Objects the error fields are nested in: Alipay's and Taobao's `error_response`. When a
    /// body holds one of them as an object, its fields are read; else the body's own.
    #[must_use]
    pub const fn within(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.within = fields;
        self
    }

    /// Bodies may also be JSONP: `callback( {...} );` (QQ).
    #[must_use]
    pub const fn jsonp(mut self) -> WireFormat {
        self.jsonp = true;
        self
    }

    /// Bodies may also be url-encoded pairs: `error=100019&error_description=...` (QQ).
    #[must_use]
    pub const fn form_urlencoded(mut self) -> WireFormat {
        self.form_urlencoded = true;
        self
    }

    /// How the token endpoint is called, when not as RFC 6749 says.
    #[must_use]
    pub const fn token_request(mut self, request: TokenRequest) -> WireFormat {
        self.token = request;
        self
    }

    /// How the authorization URL differs from RFC 6749's.
    #[must_use]
    pub const fn authorize_request(mut self, request: AuthorizeRequest) -> WireFormat {
        self.authorize = request;
        self
    }

    /// Checks that the format can read an error: it names a code or an error id field, and
    /// every [`api_code`](Self::api_code) field is one of the [`code`](Self::code) fields.
    /// `ErrorResponse<P>` checks its provider's format when it is
    /// built, so a format that cannot work does not build; `const _: () =
    /// <MyProvider as Provider>::FORMAT.validate();` next to the declaration shows the same
    /// error at `cargo check`.
    ///
    /// # Panics
    ///
    /// When it cannot, with a message that says why (at compile time, where the format is a
    /// constant).
    pub const fn validate(&self) {
        assert!(
            !self.code.is_empty() || !self.error.is_empty(),
            "this WireFormat names no field of the code or of the error id: add `.code(&[\"…\"])` or `.error(&[\"…\"])`"
        );
        let mut api = 0;
        while api < self.api_code.len() {
            let mut found = false;
            let mut code = 0;
            while code < self.code.len() {
                found |= str_eq(self.api_code[api], self.code[code]);
                code += 1;
            }
            assert!(
                found,
                "an `api_code` field of this WireFormat is not one of its `code` fields: name it in `.code(&[…])` too"
            );
            api += 1;
        }
    }

    /// The fields that hold the code.
    #[must_use]
    pub const fn code_fields(&self) -> &'static [&'static str] {
        self.code
    }

    /// The fields that hold the error id.
    #[must_use]
    pub const fn error_fields(&self) -> &'static [&'static str] {
        self.error
    }

    /// The fields that hold the message.
    #[must_use]
    pub const fn message_fields(&self) -> &'static [&'static str] {
        self.message
    }

    /// How the token endpoint is called.
    #[must_use]
    pub const fn token(&self) -> TokenRequest {
        self.token
    }

    /// How the authorization URL is written.
    #[must_use]
    pub const fn authorize(&self) -> AuthorizeRequest {
        self.authorize
    }
}

/// Whether `a` and `b` are the same string, in a `const` context.
const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// How a provider's token endpoint is called, when not as RFC 6749 says (a `POST` of form
/// parameters): what `HttpClient` rewrites in the `oauth2` crate's token
/// and refresh requests. The client sends its credentials as parameters
/// (`AuthType::RequestBody`, which the ready clients set) for a rename to apply to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TokenRequest {
    pub(crate) get: bool,
    pub(crate) rename: &'static [(&'static str, &'static str)],
    pub(crate) omit: &'static [&'static str],
    pub(crate) omit_on_refresh: &'static [&'static str],
    pub(crate) refresh_path: Option<&'static str>,
    pub(crate) json: bool,
}

impl Default for TokenRequest {
    fn default() -> Self {
        TokenRequest::new()
    }
}

impl TokenRequest {
    /// RFC 6749's: a `POST` of the parameters as a form.
    #[must_use]
    pub const fn new() -> TokenRequest {
        TokenRequest {
            get: false,
            rename: &[],
            omit: &[],
            omit_on_refresh: &[],
            refresh_path: None,
            json: false,
        }
    }

    /// A `GET` with the parameters in the query string (QQ, WeChat).
    #[must_use]
    pub const fn get(mut self) -> TokenRequest {
        self.get = true;
        self
    }

    /// A `POST` of the parameters as a JSON object of strings (Feishu).
    #[must_use]
    pub const fn json(mut self) -> TokenRequest {
        self.json = true;
        self
    }

    /// Parameters the provider names otherwise: `("client_id", "appid")`.
    #[must_use]
    pub const fn rename(mut self, pairs: &'static [(&'static str, &'static str)]) -> TokenRequest {
        self.rename = pairs;
        self
    }

    /// Parameters the provider does not take (named as `oauth2` sends them, before any rename).
    #[must_use]
    pub const fn omit(mut self, parameters: &'static [&'static str]) -> TokenRequest {
        self.omit = parameters;
        self
    }

    /// Parameters the provider does not take in a refresh (`grant_type=refresh_token`): WeChat's
    /// refresh takes no secret.
    #[must_use]
    pub const fn omit_on_refresh(mut self, parameters: &'static [&'static str]) -> TokenRequest {
        self.omit_on_refresh = parameters;
        self
    }

    /// The path of the refresh endpoint, when it is not the token endpoint's: a refresh is sent
    /// to the token URL with this path (WeChat's `/sns/oauth2/refresh_token`).
    #[must_use]
    pub const fn refresh_path(mut self, path: &'static str) -> TokenRequest {
        self.refresh_path = Some(path);
        self
    }

    /// Whether the request is a `GET`.
    #[must_use]
    pub const fn is_get(&self) -> bool {
        self.get
    }

    /// Whether the request is RFC 6749's, unchanged.
    #[must_use]
    pub const fn is_standard(&self) -> bool {
        !self.get
            && self.rename.is_empty()
            && self.omit.is_empty()
            && self.omit_on_refresh.is_empty()
            && self.refresh_path.is_none()
            && !self.json
    }
}

/// How a provider's authorization URL differs from RFC 6749's: parameters it names otherwise, the
/// order it wants them in, and a fragment. `authorize_url` applies it
/// to the URL the `oauth2` crate builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AuthorizeRequest {
    pub(crate) rename: &'static [(&'static str, &'static str)],
    pub(crate) order: &'static [&'static str],
    pub(crate) fragment: Option<&'static str>,
}

impl Default for AuthorizeRequest {
    fn default() -> Self {
        AuthorizeRequest::new()
    }
}

impl AuthorizeRequest {
    /// RFC 6749's.
    #[must_use]
    pub const fn new() -> AuthorizeRequest {
        AuthorizeRequest {
            rename: &[],
            order: &[],
            fragment: None,
        }
    }

    /// Parameters the provider names otherwise: `("client_id", "appid")`.
    #[must_use]
    pub const fn rename(
        mut self,
        pairs: &'static [(&'static str, &'static str)],
    ) -> AuthorizeRequest {
        self.rename = pairs;
        self
    }

    /// The order of the parameters (after renaming); others follow in the order they came.
    #[must_use]
    pub const fn order(mut self, parameters: &'static [&'static str]) -> AuthorizeRequest {
        self.order = parameters;
        self
    }

    /// A fragment the URL ends with: WeChat's `wechat_redirect`.
    #[must_use]
    pub const fn fragment(mut self, fragment: &'static str) -> AuthorizeRequest {
        self.fragment = Some(fragment);
        self
    }

    /// Whether the URL is RFC 6749's, unchanged.
    #[must_use]
    pub const fn is_standard(&self) -> bool {
        self.rename.is_empty() && self.order.is_empty() && self.fragment.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::WireFormat;

    #[test]
    fn formats_that_can_read_an_error() {
        WireFormat::new().code(&["errcode"]).validate();
        WireFormat::new().error(&["error"]).validate();
        WireFormat::new()
            .code(&["error", "ret"])
            .api_code(&["ret"])
            .validate();
    }

    #[test]
    #[should_panic(expected = "names no field of the code or of the error id")]
    fn a_format_without_a_code_or_an_id() {
        WireFormat::new().message(&["errmsg"]).validate();
    }

    #[test]
    #[should_panic(expected = "is not one of its `code` fields")]
    fn an_api_code_that_is_not_a_code() {
        WireFormat::new()
            .code(&["errcode"])
            .api_code(&["ret"])
            .validate();
    }
}
