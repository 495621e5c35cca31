//! [`WireFormat`]: how a provider's error answers look.

/// How a provider's error answers look: which fields of a body hold the code, the error id,
/// the message and the request id; what marks a success; where the fields are nested; the body
/// formats besides JSON; and where the provider says when to come back.
///
/// Built with `const` methods, each naming the fields of one role in the order they are tried
/// (the first field present wins); a role left out has no fields. Field names are compared
/// exactly. Each setter has a getter of the same name with `get_` before it.
///
/// ```
/// use oauth_errors::WireFormat;
///
/// // WeChat: `{"errcode":40029,"errmsg":"invalid code, rid: 6310…"}`, HTTP 200, `errcode` 0
/// // a success.
/// const WECHAT: WireFormat = WireFormat::new()
///     .code(&["errcode"])
///     .message(&["errmsg"])
///     .request_id_in_message()
///     .success(&["access_token"])
///     .success_code(0);
/// assert_eq!(WECHAT.get_code(), ["errcode"]);
/// assert_eq!(WECHAT.get_success_code(), Some(0));
///
/// // Alipay: `{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":
/// // "isv.code-invalid","sub_msg":"授权码code无效"},"sign":"…"}`, `code` 10000 a success.
/// const ALIPAY: WireFormat = WireFormat::new()
///     .nested_in(&["error_response"])
///     .code(&["code"])
///     .error(&["sub_code"])
///     .message(&["sub_msg", "msg"])
///     .success_code(10000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WireFormat {
    pub(crate) code: &'static [&'static str],
    pub(crate) api_code: &'static [&'static str],
    pub(crate) error: &'static [&'static str],
    pub(crate) message: &'static [&'static str],
    pub(crate) request_id: &'static [&'static str],
    pub(crate) request_id_in_message: bool,
    pub(crate) request_id_nested_in: &'static [&'static str],
    pub(crate) request_id_header: &'static [&'static str],
    pub(crate) keep: &'static [&'static str],
    pub(crate) success: &'static [&'static str],
    pub(crate) success_code: Option<i128>,
    pub(crate) nested_in: &'static [&'static str],
    pub(crate) retry_after: &'static [&'static str],
    pub(crate) retry_after_header: &'static [&'static str],
    pub(crate) jsonp: bool,
    pub(crate) form_urlencoded: bool,
}

impl Default for WireFormat {
    fn default() -> Self {
        WireFormat::new()
    }
}

impl WireFormat {
    /// A format with no fields: JSON bodies only.
    #[must_use]
    pub const fn new() -> WireFormat {
        WireFormat {
            code: &[],
            api_code: &[],
            error: &[],
            message: &[],
            request_id: &[],
            request_id_in_message: false,
            request_id_nested_in: &[],
            request_id_header: &[],
            keep: &[],
            success: &[],
            success_code: None,
            nested_in: &[],
            retry_after: &[],
            retry_after_header: &[],
            jsonp: false,
            form_urlencoded: false,
        }
    }

    /// The fields that hold the numeric code (a JSON integer, or a string of one): Weibo's
    /// `error_code`, QQ's `error` and `ret`, WeChat's `errcode`, Alipay's `code`.
    #[must_use]
    pub const fn code(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.code = fields;
        self
    }

    /// Of the [`code`](Self::code) fields, those whose code may be one of the API table's
    /// ([`Provider::ApiError`](crate::Provider::ApiError)): Weibo's `error_code`, QQ's `ret`.
    #[must_use]
    pub const fn api_code(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.api_code = fields;
        self
    }

    /// The fields that hold the error id (a string that is not blank, or an integer): `error`
    /// in RFC 6749, Alipay's `sub_code`.
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

    /// Objects of the body in which the [`request_id`](Self::request_id) fields may be too,
    /// when the body has none of its own: Feishu's `error`
    /// (`{"code":99991679,"error":{"log_id":"202407260711088FB107A76E0100002087",…},"msg":"…"}`).
    /// The object is kept as it came (for `field()` and `Serialize`).
    ///
    /// ```
    /// use core::convert::Infallible;
    /// use oauth_errors::{Provider, WireFormat, oauth_error_table};
    ///
    /// oauth_error_table! {
    ///     /// One row of a table.
    ///     pub enum ApiError {
    ///         r"
    ///         | code | description |
    ///         | --- | --- |
    ///         | 99991679 | 未经用户授权 |
    ///         "
    ///     }
    /// }
    ///
    /// /// A provider whose request id is inside `error`.
    /// pub enum Example {}
    ///
    /// impl Provider for Example {
    ///     const NAME: &'static str = "Example";
    ///     type Error = ApiError;
    ///     type ApiError = Infallible;
    ///     const FORMAT: WireFormat = WireFormat::new()
    ///         .code(&["code"])
    ///         .message(&["msg"])
    ///         .request_id(&["log_id", "logid"])
    ///         .request_id_nested_in(&["error"]);
    /// }
    ///
    /// # #[cfg(feature = "response")]
    /// # fn main() -> Result<(), oauth_errors::ParseError> {
    /// let body = r#"{"code":99991679,"error":{"log_id":"202407260711088FB107A76E0100002087"},"msg":"Unauthorized."}"#;
    /// let response = oauth_errors::ProviderErrorResponse::<Example>::parse(body)?;
    /// assert_eq!(response.request_id(), Some("202407260711088FB107A76E0100002087"));
    /// assert_eq!(response.known(), Some(ApiError::Code99991679));
    /// # Ok(())
    /// # }
    /// # #[cfg(not(feature = "response"))]
    /// # fn main() {}
    /// ```
    #[must_use]
    pub const fn request_id_nested_in(mut self, objects: &'static [&'static str]) -> WireFormat {
        self.request_id_nested_in = objects;
        self
    }

    /// HTTP headers that hold a request id, when the body has none: Feishu's `x-tt-logid`.
    /// Names are compared in any case, as HTTP's are. Read where a whole HTTP answer is read
    /// (with the `oauth2` feature): by `ProviderErrorResponse::from_http`, the `oauth2`
    /// adapter (for the token endpoint's errors, which keep it through `oauth2`) and the
    /// shipped providers' ready calls; elsewhere, give it with
    /// `ProviderErrorResponse::with_request_id`.
    #[must_use]
    pub const fn request_id_header(mut self, headers: &'static [&'static str]) -> WireFormat {
        self.request_id_header = headers;
        self
    }

    /// Other fields to keep as they came, for `field()`: Weibo's `request` and `error_uri`.
    #[must_use]
    pub const fn keep(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.keep = fields;
        self
    }

    /// Fields that make a body a success when they hold a string that is not blank (an
    /// `access_token`, an `openid`) and no error field holds an error.
    #[must_use]
    pub const fn success(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.success = fields;
        self
    }

    /// The code that means success (`0`, Alipay's `10000`): a body whose code fields hold it
    /// is a success, whatever its error id fields hold.
    #[must_use]
    pub const fn success_code(mut self, code: i128) -> WireFormat {
        self.success_code = Some(code);
        self
    }

    /// Objects the error fields are nested in: Alipay's and Taobao's `error_response`,
    /// Douyin's `data`. When a body holds one of them as an object, its fields are read, and
    /// the body's own for the fields it lacks (Douyin's `err_no` and `log_id` beside `data`);
    /// else the body's own. Each role's fields are tried in their order, each first in the
    /// object, then beside it. A name that starts with `*` matches the fields whose names end
    /// with the rest: `*_response` is Alipay's `alipay_user_info_share_response` (the first
    /// such field that holds an object).
    #[must_use]
    pub const fn nested_in(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.nested_in = fields;
        self
    }

    /// Fields that say in how many seconds to come back (a number, or a string of one).
    #[must_use]
    pub const fn retry_after(mut self, fields: &'static [&'static str]) -> WireFormat {
        self.retry_after = fields;
        self
    }

    /// HTTP headers besides `Retry-After` that say in how many seconds to come back: Feishu's
    /// `x-ogw-ratelimit-reset`. Names are compared in any case, as HTTP's are.
    #[must_use]
    pub const fn retry_after_header(mut self, headers: &'static [&'static str]) -> WireFormat {
        self.retry_after_header = headers;
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

    /// Checks that the format can read an error: it names a code or an error id field, every
    /// [`api_code`](Self::api_code) field is one of the [`code`](Self::code) fields, a
    /// [`success_code`](Self::success_code) has a code field to be in, and
    /// [`request_id_nested_in`](Self::request_id_nested_in) has request id fields to look for. A provider's format is
    /// checked where `ProviderErrorResponse<P>` is used, so a format that cannot work does not
    /// build; `const _: () = <MyProvider as Provider>::FORMAT.validate();` next to the
    /// declaration shows the same error at `cargo check`.
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
        assert!(
            self.success_code.is_none() || !self.code.is_empty(),
            "this WireFormat has a `success_code` but no code field to hold it: add `.code(&[\"…\"])`"
        );
        assert!(
            self.request_id_nested_in.is_empty() || !self.request_id.is_empty(),
            "this WireFormat has a `request_id_nested_in` but no request id field to find there: add `.request_id(&[\"…\"])`"
        );
        let mut api = 0;
        while api < self.api_code.len() {
            assert!(
                contains(self.code, self.api_code[api]),
                "an `api_code` field of this WireFormat is not one of its `code` fields: name it in `.code(&[…])` too"
            );
            api += 1;
        }
    }

    /// The fields that hold the code.
    #[must_use]
    pub const fn get_code(&self) -> &'static [&'static str] {
        self.code
    }

    /// The code fields whose codes may be the API table's.
    #[must_use]
    pub const fn get_api_code(&self) -> &'static [&'static str] {
        self.api_code
    }

    /// The fields that hold the error id.
    #[must_use]
    pub const fn get_error(&self) -> &'static [&'static str] {
        self.error
    }

    /// The fields that hold the message.
    #[must_use]
    pub const fn get_message(&self) -> &'static [&'static str] {
        self.message
    }

    /// The fields that hold a request id.
    #[must_use]
    pub const fn get_request_id(&self) -> &'static [&'static str] {
        self.request_id
    }

    /// Whether a request id may end the message.
    #[must_use]
    pub const fn get_request_id_in_message(&self) -> bool {
        self.request_id_in_message
    }

    /// The objects in which the request id fields may be too.
    #[must_use]
    pub const fn get_request_id_nested_in(&self) -> &'static [&'static str] {
        self.request_id_nested_in
    }

    /// The headers that hold a request id.
    #[must_use]
    pub const fn get_request_id_header(&self) -> &'static [&'static str] {
        self.request_id_header
    }

    /// The other fields kept.
    #[must_use]
    pub const fn get_keep(&self) -> &'static [&'static str] {
        self.keep
    }

    /// The fields that make a success.
    #[must_use]
    pub const fn get_success(&self) -> &'static [&'static str] {
        self.success
    }

    /// The code that means success.
    #[must_use]
    pub const fn get_success_code(&self) -> Option<i128> {
        self.success_code
    }

    /// The objects the error fields are nested in.
    #[must_use]
    pub const fn get_nested_in(&self) -> &'static [&'static str] {
        self.nested_in
    }

    /// The fields that say when to come back.
    #[must_use]
    pub const fn get_retry_after(&self) -> &'static [&'static str] {
        self.retry_after
    }

    /// The headers besides `Retry-After` that say when to come back.
    #[must_use]
    pub const fn get_retry_after_header(&self) -> &'static [&'static str] {
        self.retry_after_header
    }

    /// Whether bodies may be JSONP.
    #[must_use]
    pub const fn get_jsonp(&self) -> bool {
        self.jsonp
    }

    /// Whether bodies may be url-encoded pairs.
    #[must_use]
    pub const fn get_form_urlencoded(&self) -> bool {
        self.form_urlencoded
    }
}

/// Whether `names` holds `name`, in a `const` context.
pub(crate) const fn contains(names: &[&str], name: &str) -> bool {
    let mut at = 0;
    while at < names.len() {
        if str_eq(names[at], name) {
            return true;
        }
        at += 1;
    }
    false
}

/// Whether `a` and `b` are the same string, in a `const` context.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
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
            .success_code(0)
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

    #[test]
    #[should_panic(expected = "has a `request_id_nested_in` but no request id field")]
    fn a_nested_request_id_without_its_fields() {
        WireFormat::new()
            .code(&["code"])
            .request_id_nested_in(&["error"])
            .validate();
    }

    #[test]
    #[should_panic(expected = "has a `success_code` but no code field")]
    fn a_success_code_without_a_code_field() {
        WireFormat::new()
            .error(&["error"])
            .success_code(0)
            .validate();
    }
}
