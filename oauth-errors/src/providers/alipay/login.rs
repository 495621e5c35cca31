//! Logging in with Alipay through the `oauth2` crate: how its gateway is called ([`LOGIN`]),
//! the ready [`client`], its token, the HTTP client adapter and, with the `alipay-rsa2`
//! feature, [`user_info`].

use super::{AUTHORIZE_URL, Alipay, GATEWAY_URL};
use crate::{AuthorizeRequest, Login, Parameter, Rename, TimeFormat, TokenAnswer, TokenRequest};
use oauth2::{ClientId, RedirectUrl};

/// The gateway's protocol parameters with fixed values, for every call.
const FIXED: [Parameter; 4] = [
    Parameter {
        name: "format",
        value: "JSON",
    },
    Parameter {
        name: "charset",
        value: "utf-8",
    },
    Parameter {
        name: "sign_type",
        value: "RSA2",
    },
    Parameter {
        name: "version",
        value: "1.0",
    },
];

/// The parameters Alipay's SDKs send in the query of the gateway's `POST`.
const PROTOCOL: [&str; 8] = [
    "app_id",
    "method",
    "format",
    "charset",
    "sign_type",
    "timestamp",
    "version",
    "sign",
];

/// How Alipay's login is called: `alipay.system.oauth.token` on the gateway, with `app_id`,
/// the fixed protocol parameters and a timestamp in China Standard Time, no secret and no
/// redirect URI, the protocol parameters in the query; the token nested in
/// `alipay_system_oauth_token_response`; an authorization URL with `app_id`, `scope`
/// (`auth_user` by default), `redirect_uri` and `state`, without `response_type`.
pub(super) const LOGIN: Login = Login::new()
    .token_request(
        TokenRequest::new()
            .rename(&[Rename {
                standard: "client_id",
                provider: "app_id",
            }])
            .omit(&["client_secret", "redirect_uri"])
            .fixed(&[
                Parameter {
                    name: "method",
                    value: "alipay.system.oauth.token",
                },
                FIXED[0],
                FIXED[1],
                FIXED[2],
                FIXED[3],
            ])
            .timestamp("timestamp", TimeFormat::ChinaDateTime)
            .in_query(&PROTOCOL),
    )
    .token_answer(TokenAnswer::new().nested_in(&["alipay_system_oauth_token_response"]))
    .authorize_request(
        AuthorizeRequest::new()
            .rename(&[Rename {
                standard: "client_id",
                provider: "app_id",
            }])
            .omit(&["response_type"])
            .defaults(&[Parameter {
                name: "scope",
                value: "auth_user",
            }])
            .order(&["app_id", "scope", "redirect_uri", "state"]),
    );

crate::login::kit::login_kit!(
    Alipay,
    "Alipay",
    "and signs its token requests with [`Rsa2Signer`](super::Rsa2Signer), verifies the signature of its answers and makes them standard (errors with status 200, a token nested in `alipay_system_oauth_token_response`)",
    #[cfg(feature = "alipay-rsa2")]
    signer = super::Rsa2Signer
);

/// Alipay's token answer adds the user's `user_id` (`2088…`), `open_id` and `union_id` (on
/// newer apps), and the refresh token's lifetime `re_expires_in`.
impl crate::TokenFields<Alipay> {
    /// The user's id, `user_id` (`2088…`).
    #[must_use]
    pub fn user_id(&self) -> Option<&str> {
        self.field("user_id")
    }

    /// The user's id for this app, `open_id`, where Alipay sends it.
    #[must_use]
    pub fn open_id(&self) -> Option<&str> {
        self.field("open_id")
    }

    /// The user's id across the apps of one developer, `union_id`, where Alipay sends it.
    #[must_use]
    pub fn union_id(&self) -> Option<&str> {
        self.field("union_id")
    }

    /// The refresh token's lifetime in seconds, `re_expires_in`.
    #[must_use]
    pub fn re_expires_in(&self) -> Option<&str> {
        self.field("re_expires_in")
    }
}

/// An Alipay `oauth2` client for your app: the authorization page ([`AUTHORIZE_URL`]), the
/// gateway ([`GATEWAY_URL`]) as the token endpoint, the app's `app_id` and the redirect URI (the
/// 授权回调地址 registered for the app). Alipay takes no client secret: use it with an
/// `HttpClient` that signs (`alipay::HttpClient`, with the `alipay-rsa2` feature).
///
/// ```
/// use oauth2::{ClientId, CsrfToken, RedirectUrl};
/// use oauth_errors::alipay;
///
/// let client = alipay::client(
///     ClientId::new("2014072300007148".into()),
///     RedirectUrl::new("https://example.com/login/alipay".into())?,
/// );
/// let (url, state) = alipay::authorize_url(client.authorize_url(|| CsrfToken::new("s1".into())));
/// assert_eq!(
///     url.as_str(),
///     "https://openauth.alipay.com/oauth2/publicAppAuthorize.htm?app_id=2014072300007148&scope=auth_user&redirect_uri=https%3A%2F%2Fexample.com%2Flogin%2Falipay&state=s1"
/// );
/// // Alipay redirects back with `auth_code` and `state`: check the state, then exchange
/// // `AuthorizationCode::new(auth_code)` with an `alipay::HttpClient`.
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn client(app_id: ClientId, redirect_uri: RedirectUrl) -> ReadyClient {
    crate::login::ready_client(app_id, None, redirect_uri, AUTHORIZE_URL, GATEWAY_URL)
}

#[cfg(feature = "alipay-rsa2")]
pub use user_info::{UserInfo, user_info, user_info_async};

/// `alipay.user.info.share`: the user's profile, a signed call of the gateway.
#[cfg(feature = "alipay-rsa2")]
mod user_info {
    use super::{Alipay, FIXED, HttpClient, ReadyClient};
    use crate::login::call::{read, send, send_async};
    use crate::login::time::timestamp;
    use crate::response::Fields;
    use crate::{CallError, Endpoint, ParseError, SignError, Signer};
    use alloc::borrow::ToOwned;
    use alloc::string::String;
    use alloc::vec::Vec;
    use oauth2::http::header::{ACCEPT, CONTENT_TYPE};
    use oauth2::http::{HeaderValue, Method, Request};
    use oauth2::url::Url;
    use oauth2::{AccessToken, AsyncHttpClient, HttpRequest, HttpResponse, SyncHttpClient};

    /// The user's profile, `alipay.user.info.share`'s answer: `user_id` always, the others as
    /// the user allowed (`auth_user` scope).
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct UserInfo {
        fields: Vec<(String, String)>,
    }

    impl UserInfo {
        /// The field `name`, as it was sent.
        #[must_use]
        pub fn field(&self, name: &str) -> Option<&str> {
            self.fields
                .iter()
                .find(|(seen, _)| seen == name)
                .map(|(_, value)| value.as_str())
        }

        /// The user's id, `user_id` (`2088…`).
        #[must_use]
        pub fn user_id(&self) -> &str {
            self.field("user_id").unwrap_or_default()
        }

        /// The user's nickname, `nick_name`.
        #[must_use]
        pub fn nick_name(&self) -> Option<&str> {
            self.field("nick_name")
        }

        /// The user's avatar's URL, `avatar`.
        #[must_use]
        pub fn avatar(&self) -> Option<&str> {
            self.field("avatar")
        }
    }

    /// The user's profile for `token`: `alipay.user.info.share` on the gateway of `client`,
    /// signed by `http`'s signer and sent with its HTTP client (built with redirects off); the
    /// answer's signature verified. The access token is taken out of any error the HTTP client
    /// returns.
    ///
    /// # Errors
    ///
    /// [`CallError::Provider`] when Alipay answers an error (`aop.auth-token-time-out`: refresh
    /// the token), [`CallError::Answer`] when the answer has no `user_id`, [`CallError::Http`]
    /// when the HTTP client fails, the answer is a redirect or its signature does not verify.
    pub fn user_info<C: SyncHttpClient>(
        http: &HttpClient<C>,
        client: &ReadyClient,
        token: &AccessToken,
    ) -> Result<UserInfo, CallError<Alipay, C::Error>> {
        let request = request(http.signer(), client, token)?;
        answer(http.signer(), &send(http.get_ref(), request)?)
    }

    /// [`user_info`], with an async `oauth2` HTTP client.
    ///
    /// # Errors
    ///
    /// As [`user_info`].
    pub async fn user_info_async<'c, C: AsyncHttpClient<'c>>(
        http: &'c HttpClient<C>,
        client: &ReadyClient,
        token: &AccessToken,
    ) -> Result<UserInfo, CallError<Alipay, C::Error>> {
        let request = request(http.signer(), client, token)?;
        answer(http.signer(), &send_async(http.get_ref(), request).await?)
    }

    /// The signed `POST` of `alipay.user.info.share`, its parameters in the query.
    fn request<E>(
        signer: &super::super::Rsa2Signer,
        client: &ReadyClient,
        token: &AccessToken,
    ) -> Result<HttpRequest, CallError<Alipay, E>> {
        let mut parameters: Vec<(String, String)> = Vec::from([
            ("app_id".to_owned(), client.client_id().as_str().to_owned()),
            ("method".to_owned(), "alipay.user.info.share".to_owned()),
            (
                "timestamp".to_owned(),
                timestamp(
                    crate::TimeFormat::ChinaDateTime,
                    std::time::SystemTime::now(),
                ),
            ),
            ("auth_token".to_owned(), token.secret().clone()),
        ]);
        for fixed in FIXED {
            parameters.push((fixed.name.to_owned(), fixed.value.to_owned()));
        }
        signer
            .sign(&mut parameters)
            .map_err(|error| CallError::Http(crate::AdapterError::Signature(error)))?;
        let mut url = Url::parse(client.token_uri().as_str()).map_err(|_| {
            CallError::Http(crate::AdapterError::Request {
                problem: "the gateway's URL is not a URL",
            })
        })?;
        url.query_pairs_mut().extend_pairs(&parameters);
        let mut request = Request::new(Vec::new());
        *request.method_mut() = Method::POST;
        *request.uri_mut() = url.as_str().parse().map_err(|_| {
            CallError::Http(crate::AdapterError::Request {
                problem: "the URL with the parameters is not a URL (is it too long?)",
            })
        })?;
        request.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded;charset=utf-8"),
        );
        request
            .headers_mut()
            .insert(ACCEPT, HeaderValue::from_static("application/json"));
        Ok(request)
    }

    /// The profile in the gateway's answer, its signature verified.
    fn answer<E>(
        signer: &super::super::Rsa2Signer,
        response: &HttpResponse,
    ) -> Result<UserInfo, CallError<Alipay, E>> {
        signer
            .verify(response.body())
            .map_err(|error: SignError| CallError::Http(crate::AdapterError::Signature(error)))?;
        let answer = read(response, Endpoint::Api)?;
        let node: Fields = answer
            .nested(&["alipay_user_info_share_response"])
            .map(|(_, fields)| fields)
            .ok_or_else(|| {
                CallError::Answer(ParseError::NotAnError {
                    found: alloc::format!(
                        "{}, without an `alipay_user_info_share_response`",
                        answer.describe()
                    ),
                })
            })?;
        if node.id("user_id").is_none() {
            return Err(CallError::Answer(ParseError::NotAnError {
                found: alloc::format!("{}, without a `user_id`", node.describe()),
            }));
        }
        Ok(UserInfo {
            fields: node
                .iter()
                .filter_map(|(name, value)| Some((name.to_owned(), value.text()?)))
                .collect(),
        })
    }
}
