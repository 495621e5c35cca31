//! `use oauth2::*;` beside `use oauth_errors::*;`: no name of the crate's root is one of
//! `oauth2`'s, so the names a login uses are not ambiguous.

#[allow(clippy::wildcard_imports, unused_imports)]
mod both {
    use oauth_errors::*;
    use oauth2::*;

    /// A login written with both globs in scope: `Client`, `ErrorResponse` and
    /// `TokenResponse` are `oauth2`'s, the rest the crate's.
    fn uses<E: ErrorResponse>(
        _: Option<E>,
        token: &Token<weibo::Weibo>,
        _: Option<
            Client<
                BasicErrorResponse,
                BasicTokenResponse,
                BasicTokenIntrospectionResponse,
                StandardRevocableToken,
                BasicRevocationErrorResponse,
            >,
        >,
        _: Option<ProviderClient<qq::Qq>>,
        _: Option<ProviderErrorResponse<wechat::Wechat>>,
        _: Option<HttpClient<(), alipay::Alipay>>,
        _: Option<(
            Kind,
            Endpoint,
            ParseError,
            AdapterError<std::io::Error>,
            Login,
            WireFormat,
        )>,
    ) -> Option<String> {
        token.access_token().secret().clone().into()
    }

    use oauth2::basic::{
        BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
        BasicTokenResponse,
    };

    #[test]
    fn the_globs_do_not_collide() {
        let _ = uses::<ProviderErrorResponse<weibo::Weibo>>;
    }
}
