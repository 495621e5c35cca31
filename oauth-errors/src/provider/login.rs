//! [`Login`]: how a provider's token endpoint and authorization URL are used, when not as RFC
//! 6749 says; what `HttpClient` and `authorize_url` apply.

/// How a provider's login endpoints are used, when not as RFC 6749 says: the token request
/// ([`TokenRequest`]), the token answer ([`TokenAnswer`]) and the authorization URL
/// ([`AuthorizeRequest`]). [`Login::new`] is RFC 6749's.
///
/// ```
/// use oauth_errors::{Login, Parameters, Rename, TokenAnswer, TokenRequest};
///
/// // DingTalk: a JSON body with camelCase names, and a camelCase answer.
/// const DINGTALK: Login = Login::new()
///     .token_request(
///         TokenRequest::new()
///             .parameters(Parameters::Json)
///             .rename(&[
///                 Rename { standard: "client_id", provider: "clientId" },
///                 Rename { standard: "client_secret", provider: "clientSecret" },
///                 Rename { standard: "grant_type", provider: "grantType" },
///                 Rename { standard: "refresh_token", provider: "refreshToken" },
///             ])
///             .omit(&["redirect_uri"]),
///     )
///     .token_answer(TokenAnswer::new().rename(&[
///         Rename { standard: "access_token", provider: "accessToken" },
///         Rename { standard: "refresh_token", provider: "refreshToken" },
///         Rename { standard: "expires_in", provider: "expireIn" },
///     ]));
/// assert_eq!(DINGTALK.get_token_request().get_parameters(), Parameters::Json);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Login {
    pub(crate) token: TokenRequest,
    pub(crate) answer: TokenAnswer,
    pub(crate) authorize: AuthorizeRequest,
}

impl Default for Login {
    fn default() -> Self {
        Login::new()
    }
}

impl Login {
    /// RFC 6749's login.
    #[must_use]
    pub const fn new() -> Login {
        Login {
            token: TokenRequest::new(),
            answer: TokenAnswer::new(),
            authorize: AuthorizeRequest::new(),
        }
    }

    /// How the token endpoint is called.
    #[must_use]
    pub const fn token_request(mut self, request: TokenRequest) -> Login {
        self.token = request;
        self
    }

    /// How the token endpoint answers a token.
    #[must_use]
    pub const fn token_answer(mut self, answer: TokenAnswer) -> Login {
        self.answer = answer;
        self
    }

    /// How the authorization URL is written.
    #[must_use]
    pub const fn authorize_request(mut self, request: AuthorizeRequest) -> Login {
        self.authorize = request;
        self
    }

    /// How the token endpoint is called.
    #[must_use]
    pub const fn get_token_request(&self) -> TokenRequest {
        self.token
    }

    /// How the token endpoint answers a token.
    #[must_use]
    pub const fn get_token_answer(&self) -> TokenAnswer {
        self.answer
    }

    /// How the authorization URL is written.
    #[must_use]
    pub const fn get_authorize_request(&self) -> AuthorizeRequest {
        self.authorize
    }
}

/// Where a request's parameters go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Parameters {
    /// A `POST` with the parameters as a url-encoded form (RFC 6749's).
    #[default]
    Form,
    /// A `GET` with the parameters in the query string (QQ, WeChat).
    Query,
    /// A `POST` with the parameters as a JSON object of strings (Feishu, DingTalk).
    Json,
}

/// A parameter or field the provider names otherwise: `Rename { standard: "client_id",
/// provider: "appid" }`. The same in both directions: a request's parameter is sent under the
/// provider's name, an answer's field read under the standard one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rename {
    /// The name RFC 6749 (and the `oauth2` crate) gives it: `client_id`, `access_token`.
    pub standard: &'static str,
    /// The provider's name for it: `appid`, `accessToken`.
    pub provider: &'static str,
}

/// A parameter with a fixed value: `Parameter { name: "method", value: "alipay.system.oauth.token" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Parameter {
    /// Its name, as the provider writes it.
    pub name: &'static str,
    /// Its value.
    pub value: &'static str,
}

/// How a request's timestamp is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeFormat {
    /// Seconds since the Unix epoch: `1733561600`.
    UnixSeconds,
    /// Milliseconds since the Unix epoch: `1733561600000`.
    UnixMillis,
    /// The date and time in China Standard Time (UTC+8), `yyyy-MM-dd HH:mm:ss`: `2024-12-07
    /// 16:53:20` (Alipay's gateway).
    ChinaDateTime,
}

/// How a provider's token endpoint is called, when not as RFC 6749 says (a `POST` of form
/// parameters): what `HttpClient` rewrites in the `oauth2` crate's code exchange and refresh
/// requests, in this order: omit, rename, add the fixed parameters and the timestamp, sign (by
/// the adapter's `Signer`), place. The client sends its credentials as parameters
/// (`AuthType::RequestBody`, which the ready clients set) for a rename to apply to them; names
/// are those `oauth2` sends (`client_id`, `client_secret`, `code`, `redirect_uri`,
/// `grant_type`, `refresh_token`).
///
/// Other grants (password, client credentials, device codes) are not rewritten: a provider
/// whose token request is not RFC 6749's is sent none of them, and the adapter says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TokenRequest {
    pub(crate) parameters: Parameters,
    pub(crate) rename: &'static [Rename],
    pub(crate) omit: &'static [&'static str],
    pub(crate) omit_on_refresh: &'static [&'static str],
    pub(crate) fixed: &'static [Parameter],
    pub(crate) timestamp: Option<(&'static str, TimeFormat)>,
    pub(crate) refresh_path: Option<&'static str>,
    pub(crate) in_query: &'static [&'static str],
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
            parameters: Parameters::Form,
            rename: &[],
            omit: &[],
            omit_on_refresh: &[],
            fixed: &[],
            timestamp: None,
            refresh_path: None,
            in_query: &[],
        }
    }

    /// Where the parameters go.
    #[must_use]
    pub const fn parameters(mut self, parameters: Parameters) -> TokenRequest {
        self.parameters = parameters;
        self
    }

    /// Parameters the provider names otherwise: `Rename { standard: "client_id", provider: "appid" }`.
    #[must_use]
    pub const fn rename(mut self, renames: &'static [Rename]) -> TokenRequest {
        self.rename = renames;
        self
    }

    /// Parameters the provider does not take (named as `oauth2` sends them).
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

    /// Parameters with fixed values, added to every request (replacing one of the same name):
    /// Alipay's `method`, `format`, `charset`, `sign_type` and `version`.
    #[must_use]
    pub const fn fixed(mut self, parameters: &'static [Parameter]) -> TokenRequest {
        self.fixed = parameters;
        self
    }

    /// A parameter `name` holding the time the request is sent, written as `format`
    /// (Alipay's `timestamp`).
    #[must_use]
    pub const fn timestamp(mut self, name: &'static str, format: TimeFormat) -> TokenRequest {
        self.timestamp = Some((name, format));
        self
    }

    /// The path of the refresh endpoint, when it is not the token endpoint's: a refresh is sent
    /// to the token URL with this path (WeChat's `/sns/oauth2/refresh_token`).
    #[must_use]
    pub const fn refresh_path(mut self, path: &'static str) -> TokenRequest {
        self.refresh_path = Some(path);
        self
    }

    /// Parameters sent in the query string of a `POST` whatever [`parameters`](Self::parameters)
    /// says, as the provider names them: the protocol parameters of Alipay's gateway (`app_id`,
    /// `method`, `sign`, …), while the API's own (`grant_type`, `code`) go in the body.
    #[must_use]
    pub const fn in_query(mut self, parameters: &'static [&'static str]) -> TokenRequest {
        self.in_query = parameters;
        self
    }

    /// The parameters sent in the query string of a `POST`.
    #[must_use]
    pub const fn get_in_query(&self) -> &'static [&'static str] {
        self.in_query
    }

    /// Where the parameters go.
    #[must_use]
    pub const fn get_parameters(&self) -> Parameters {
        self.parameters
    }

    /// The parameters the provider names otherwise.
    #[must_use]
    pub const fn get_rename(&self) -> &'static [Rename] {
        self.rename
    }

    /// The parameters the provider does not take.
    #[must_use]
    pub const fn get_omit(&self) -> &'static [&'static str] {
        self.omit
    }

    /// The parameters the provider does not take in a refresh.
    #[must_use]
    pub const fn get_omit_on_refresh(&self) -> &'static [&'static str] {
        self.omit_on_refresh
    }

    /// The parameters with fixed values.
    #[must_use]
    pub const fn get_fixed(&self) -> &'static [Parameter] {
        self.fixed
    }

    /// The timestamp parameter and its format.
    #[must_use]
    pub const fn get_timestamp(&self) -> Option<(&'static str, TimeFormat)> {
        self.timestamp
    }

    /// The path of the refresh endpoint, when it is not the token endpoint's.
    #[must_use]
    pub const fn get_refresh_path(&self) -> Option<&'static str> {
        self.refresh_path
    }

    /// Whether the request is RFC 6749's, unchanged.
    #[must_use]
    pub const fn is_standard(&self) -> bool {
        matches!(self.parameters, Parameters::Form)
            && self.rename.is_empty()
            && self.omit.is_empty()
            && self.omit_on_refresh.is_empty()
            && self.fixed.is_empty()
            && self.timestamp.is_none()
            && self.refresh_path.is_none()
            && self.in_query.is_empty()
    }
}

/// How a provider's token endpoint answers a token, when not as RFC 6749 says: what
/// `HttpClient` rewrites so that `oauth2` reads it. It always adds a `token_type` (`bearer`)
/// when there is none, reads an `expires_in` sent as a string, makes a comma-separated `scope`
/// space-separated, and keeps the fields the provider adds (`uid`, `openid`, `corpId`) for
/// `TokenFields`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TokenAnswer {
    pub(crate) nested_in: &'static [&'static str],
    pub(crate) rename: &'static [Rename],
}

impl Default for TokenAnswer {
    fn default() -> Self {
        TokenAnswer::new()
    }
}

impl TokenAnswer {
    /// RFC 6749's: the token's fields at the top of a JSON object, under RFC 6749's names.
    #[must_use]
    pub const fn new() -> TokenAnswer {
        TokenAnswer {
            nested_in: &[],
            rename: &[],
        }
    }

    /// Objects the token's fields are nested in: Alipay's
    /// `alipay_system_oauth_token_response`, Douyin's `data`. The fields of the first of them
    /// the answer holds are the token's; a name that starts with `*` matches the fields whose
    /// names end with the rest, as in [`WireFormat::nested_in`](crate::WireFormat::nested_in).
    #[must_use]
    pub const fn nested_in(mut self, fields: &'static [&'static str]) -> TokenAnswer {
        self.nested_in = fields;
        self
    }

    /// Fields the provider names otherwise: `Rename { standard: "access_token", provider:
    /// "accessToken" }` reads the provider's `accessToken` as RFC 6749's `access_token`.
    #[must_use]
    pub const fn rename(mut self, renames: &'static [Rename]) -> TokenAnswer {
        self.rename = renames;
        self
    }

    /// The objects the token's fields are nested in.
    #[must_use]
    pub const fn get_nested_in(&self) -> &'static [&'static str] {
        self.nested_in
    }

    /// The fields the provider names otherwise.
    #[must_use]
    pub const fn get_rename(&self) -> &'static [Rename] {
        self.rename
    }
}

/// How a provider's authorization URL differs from RFC 6749's: parameters it names otherwise
/// or does not take, parameters it needs that `oauth2` does not send, the order it wants them
/// in, how it separates scopes, and a fragment. `authorize_url` applies it to the URL the
/// `oauth2` client builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AuthorizeRequest {
    pub(crate) rename: &'static [Rename],
    pub(crate) omit: &'static [&'static str],
    pub(crate) defaults: &'static [Parameter],
    pub(crate) order: &'static [&'static str],
    pub(crate) scope_separator: Option<&'static str>,
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
            omit: &[],
            defaults: &[],
            order: &[],
            scope_separator: None,
            fragment: None,
        }
    }

    /// Parameters the provider names otherwise: `Rename { standard: "client_id", provider: "appid" }`.
    #[must_use]
    pub const fn rename(mut self, renames: &'static [Rename]) -> AuthorizeRequest {
        self.rename = renames;
        self
    }

    /// Parameters the provider does not take (named as `oauth2` sends them): Alipay's
    /// `response_type`.
    #[must_use]
    pub const fn omit(mut self, parameters: &'static [&'static str]) -> AuthorizeRequest {
        self.omit = parameters;
        self
    }

    /// Parameters added when the URL does not have them (after renaming): WeChat's
    /// `scope=snsapi_login`, DingTalk's `prompt=consent`.
    #[must_use]
    pub const fn defaults(mut self, parameters: &'static [Parameter]) -> AuthorizeRequest {
        self.defaults = parameters;
        self
    }

    /// The order of the parameters (after renaming); others follow in the order they came.
    #[must_use]
    pub const fn order(mut self, parameters: &'static [&'static str]) -> AuthorizeRequest {
        self.order = parameters;
        self
    }

    /// What the provider writes between scopes, when not RFC 6749's space: Douyin's `,`
    /// (`scope=user_info,friend_relation`). `oauth2` writes the scopes added with `add_scope`
    /// separated by spaces; the `scope` parameter's spaces become this separator.
    ///
    /// ```
    /// use oauth_errors::AuthorizeRequest;
    ///
    /// const DOUYIN: AuthorizeRequest = AuthorizeRequest::new().scope_separator(",");
    /// assert_eq!(DOUYIN.get_scope_separator(), Some(","));
    /// assert!(!DOUYIN.is_standard());
    /// ```
    #[must_use]
    pub const fn scope_separator(mut self, separator: &'static str) -> AuthorizeRequest {
        self.scope_separator = Some(separator);
        self
    }

    /// A fragment the URL ends with: WeChat's `wechat_redirect`.
    #[must_use]
    pub const fn fragment(mut self, fragment: &'static str) -> AuthorizeRequest {
        self.fragment = Some(fragment);
        self
    }

    /// The parameters the provider names otherwise.
    #[must_use]
    pub const fn get_rename(&self) -> &'static [Rename] {
        self.rename
    }

    /// The parameters the provider does not take.
    #[must_use]
    pub const fn get_omit(&self) -> &'static [&'static str] {
        self.omit
    }

    /// The parameters added when the URL does not have them.
    #[must_use]
    pub const fn get_defaults(&self) -> &'static [Parameter] {
        self.defaults
    }

    /// The order of the parameters.
    #[must_use]
    pub const fn get_order(&self) -> &'static [&'static str] {
        self.order
    }

    /// What the provider writes between scopes, when not a space.
    #[must_use]
    pub const fn get_scope_separator(&self) -> Option<&'static str> {
        self.scope_separator
    }

    /// The fragment the URL ends with.
    #[must_use]
    pub const fn get_fragment(&self) -> Option<&'static str> {
        self.fragment
    }

    /// Whether the URL is RFC 6749's, unchanged.
    #[must_use]
    pub const fn is_standard(&self) -> bool {
        self.rename.is_empty()
            && self.omit.is_empty()
            && self.defaults.is_empty()
            && self.order.is_empty()
            && self.scope_separator.is_none()
            && self.fragment.is_none()
    }
}
