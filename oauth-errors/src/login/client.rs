//! [`ProviderClient`] and [`ReadyClient`]: a provider's `oauth2` client, and the one the
//! shipped providers' `client` functions make.

use super::token::Token;
use crate::{Provider, ProviderErrorResponse};
use alloc::borrow::ToOwned;

/// The `oauth2` client of provider `P`: token errors are [`ProviderErrorResponse<P>`], tokens
/// `TR` (by default [`Token<P>`]); otherwise `oauth2::basic::BasicClient`. Use it with
/// [`HttpClient`](crate::HttpClient); each shipped provider's module names it `Client` and its
/// `client` function makes one ready to use.
pub type ProviderClient<
    P,
    TR = Token<P>,
    HasAuthUrl = ::oauth2::EndpointNotSet,
    HasDeviceAuthUrl = ::oauth2::EndpointNotSet,
    HasIntrospectionUrl = ::oauth2::EndpointNotSet,
    HasRevocationUrl = ::oauth2::EndpointNotSet,
    HasTokenUrl = ::oauth2::EndpointNotSet,
> = ::oauth2::Client<
    ProviderErrorResponse<P>,
    TR,
    ::oauth2::basic::BasicTokenIntrospectionResponse,
    ::oauth2::StandardRevocableToken,
    ::oauth2::basic::BasicRevocationErrorResponse,
    HasAuthUrl,
    HasDeviceAuthUrl,
    HasIntrospectionUrl,
    HasRevocationUrl,
    HasTokenUrl,
>;

/// A [`ProviderClient`] with an authorization and a token endpoint: what the shipped providers'
/// `client` functions return.
pub type ReadyClient<P, TR = Token<P>> = ProviderClient<
    P,
    TR,
    ::oauth2::EndpointSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointNotSet,
    ::oauth2::EndpointSet,
>;

/// The `oauth2` client of provider `P` with its endpoints, its credentials sent as parameters
/// (`AuthType::RequestBody`, as the shipped providers take them) and the redirect URI.
#[allow(dead_code, reason = "used by the providers a build enables")]
pub(crate) fn ready_client<P: Provider>(
    client_id: ::oauth2::ClientId,
    client_secret: Option<::oauth2::ClientSecret>,
    redirect_uri: ::oauth2::RedirectUrl,
    authorize: &'static str,
    token: &'static str,
) -> ReadyClient<P> {
    // The URLs are the providers' documented constants; a test parses each.
    let auth_url = ::oauth2::AuthUrl::new(authorize.to_owned()).expect("a valid URL");
    let token_url = ::oauth2::TokenUrl::new(token.to_owned()).expect("a valid URL");
    let client = ::oauth2::Client::new(client_id)
        .set_auth_type(::oauth2::AuthType::RequestBody)
        .set_auth_uri(auth_url)
        .set_token_uri(token_url)
        .set_redirect_uri(redirect_uri);
    match client_secret {
        Some(secret) => client.set_client_secret(secret),
        None => client,
    }
}
