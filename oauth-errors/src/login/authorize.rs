//! [`authorize_url`]: the authorization URL as a provider wants it.

use super::request::renamed;
use crate::Provider;
use ::oauth2::url::Url;
use ::oauth2::{AuthorizationRequest, CsrfToken};
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

/// The authorization URL as provider `P` wants it, and the state to check against the one the
/// provider redirects back with: the URL `request` builds, with its parameters renamed,
/// omitted, added and ordered, its scopes separated and its fragment set as `P`'s
/// [`AuthorizeRequest`](crate::AuthorizeRequest) says (a standard one is RFC 6749's URL,
/// unchanged). Each shipped provider's module has it as `authorize_url`.
///
/// Keep the state (in the user's session) and compare it with the one the redirect brings
/// before you exchange the code: that is what stops a forged login (login CSRF).
///
/// ```
/// use oauth2::{ClientId, ClientSecret, CsrfToken, RedirectUrl};
/// use oauth_errors::wechat;
///
/// let client = wechat::client(
///     ClientId::new("wx1".into()),
///     ClientSecret::new("secret".into()),
///     RedirectUrl::new("https://a.example/cb".into())?,
/// );
/// let (url, state) = oauth_errors::authorize_url::<wechat::Wechat>(
///     client.authorize_url(|| CsrfToken::new("s1".into())),
/// );
/// assert_eq!(
///     url.as_str(),
///     "https://open.weixin.qq.com/connect/qrconnect?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_login&state=s1#wechat_redirect"
/// );
/// assert_eq!(state.secret(), "s1");
/// # Ok::<(), oauth2::url::ParseError>(())
/// ```
pub fn authorize_url<P: Provider>(request: AuthorizationRequest<'_>) -> (Url, CsrfToken) {
    let (url, state) = request.url();
    (rewrite::<P>(&url), state)
}

/// `url`, as `P`'s [`AuthorizeRequest`](crate::AuthorizeRequest) says.
pub(crate) fn rewrite<P: Provider>(url: &Url) -> Url {
    let request = P::LOGIN.authorize;
    if request.is_standard() {
        return url.clone();
    }
    let mut pairs: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| !request.omit.contains(&&**name))
        .map(|(name, value)| {
            let value = match request.scope_separator {
                Some(separator) if name == "scope" => {
                    value.split(' ').collect::<Vec<_>>().join(separator)
                }
                _ => value.into_owned(),
            };
            (renamed(request.rename, &name), value)
        })
        .collect();
    for default in request.defaults {
        if !pairs.iter().any(|(name, _)| name == default.name) {
            pairs.push((default.name.to_owned(), default.value.to_owned()));
        }
    }
    // A stable sort: the ordered parameters first, the others as they came.
    pairs.sort_by_key(|(name, _)| {
        request
            .order
            .iter()
            .position(|ordered| ordered == name)
            .unwrap_or(request.order.len())
    });
    let mut url = url.clone();
    url.query_pairs_mut().clear().extend_pairs(&pairs);
    if let Some(fragment) = request.fragment {
        url.set_fragment(Some(fragment));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::rewrite;
    use crate::{AuthorizeRequest, Login, Provider, Rename, WireFormat};
    use ::oauth2::url::Url;
    use core::convert::Infallible;

    /// A provider that names the client `client_key` and separates scopes with commas.
    enum Commas {}

    impl Provider for Commas {
        const NAME: &'static str = "Commas";
        type Error = Infallible;
        type ApiError = Infallible;
        const FORMAT: WireFormat = WireFormat::new().code(&["error_code"]);
        const LOGIN: Login = Login::new().authorize_request(
            AuthorizeRequest::new()
                .rename(&[Rename {
                    standard: "client_id",
                    provider: "client_key",
                }])
                .scope_separator(","),
        );
    }

    #[test]
    fn scopes_are_separated_as_the_provider_wants() {
        let url = Url::parse(
            "https://a.example/connect/?response_type=code&client_id=c1&state=s&scope=user_info+friend_relation",
        )
        .unwrap();
        assert_eq!(
            rewrite::<Commas>(&url).as_str(),
            "https://a.example/connect/?response_type=code&client_key=c1&state=s&scope=user_info%2Cfriend_relation"
        );
        // One scope, or none: nothing to separate.
        let url = Url::parse("https://a.example/connect/?client_id=c1&scope=user_info").unwrap();
        assert_eq!(
            rewrite::<Commas>(&url).as_str(),
            "https://a.example/connect/?client_key=c1&scope=user_info"
        );
    }
}
