//! What each shipped provider's module names for its login: `Client`, `ReadyClient`,
//! `HttpClient`, `Token`, `TokenFields` and `authorize_url`, the same in every module.

// Every shipped provider that logs in through `oauth2` uses it; a build may enable none of them.
#![allow(
    unused_macros,
    unused_imports,
    reason = "used by the providers a build enables"
)]

/// The login names of a shipped provider's module, for provider `$provider` named `$name`;
/// `$adapter` says what its `HttpClient` does, and `$signer`, when given, signs its requests
/// (the attributes before it apply to `HttpClient`: a `cfg` of the signer's feature).
macro_rules! login_kit {
    (
        $provider:ident, $name:literal, $adapter:literal
        $(, $(#[$http_client:meta])* signer = $signer:ty)?
    ) => {
        #[doc = concat!(
            "The `oauth2` client of ", $name, ": its token errors are \
             [`ErrorResponse`](super::ErrorResponse), its tokens [`Token`]. [`client`] makes \
             one ready to use."
        )]
        pub type Client<
            HasAuthUrl = oauth2::EndpointNotSet,
            HasDeviceAuthUrl = oauth2::EndpointNotSet,
            HasIntrospectionUrl = oauth2::EndpointNotSet,
            HasRevocationUrl = oauth2::EndpointNotSet,
            HasTokenUrl = oauth2::EndpointNotSet,
        > = crate::ProviderClient<
            $provider,
            Token,
            HasAuthUrl,
            HasDeviceAuthUrl,
            HasIntrospectionUrl,
            HasRevocationUrl,
            HasTokenUrl,
        >;

        #[doc = concat!(
            "The client [`client`] returns: ", $name, "'s, with its authorization and token \
             endpoints set."
        )]
        pub type ReadyClient = crate::ReadyClient<$provider>;

        #[doc = concat!(
            "The `oauth2` HTTP client adapter for ", $name, ": wraps any `oauth2` HTTP client \
             (built with redirects off) ", $adapter, " (see [`crate::HttpClient`])."
        )]
        $($(#[$http_client])*)?
        pub type HttpClient<C> = crate::HttpClient<C, $provider $(, $signer)?>;

        #[doc = concat!(
            "A token of ", $name, ": RFC 6749's fields, and ", $name, "'s own in [`TokenFields`]."
        )]
        pub type Token = crate::Token<$provider>;

        #[doc = concat!(
            "What ", $name, "'s token answer adds to RFC 6749's fields (see \
             [`crate::TokenFields`])."
        )]
        pub type TokenFields = crate::TokenFields<$provider>;

        #[doc = concat!(
            "The authorization URL as ", $name, " wants it, and the state to keep and compare \
             with the one ", $name, " redirects back with: [`crate::authorize_url`] for ",
            $name, "."
        )]
        pub fn authorize_url(
            request: oauth2::AuthorizationRequest<'_>,
        ) -> (oauth2::url::Url, oauth2::CsrfToken) {
            crate::authorize_url::<$provider>(request)
        }
    };
}

pub(crate) use login_kit;
