//! What the login tests of Douyin, Baidu and the WeChat mini-program share: an async HTTP
//! client that sends every request to the fake providers, and `fetch!`, a `GET` through a
//! blocking or an async client.

use oauth_errors_tests::provider::rerouted;
use oauth2::reqwest;
use oauth2::{AsyncHttpClient, HttpClientError, HttpRequest, HttpResponse};
use std::pin::Pin;

/// `GET url`: the status, the `Location` header and the body, through `$call` (a blocking or
/// an async `oauth2` HTTP client's `call`; `.await` it with `await`).
macro_rules! fetch {
    ($call:path, $http:expr, $url:expr $(, $await:tt)?) => {{
        let request = oauth_errors_tests::provider::get_request(AsRef::<str>::as_ref(&$url));
        oauth_errors_tests::provider::answered(&$call($http, request)$(.$await)?.expect("an answer"))
    }};
}

/// What the rerouted async client's calls return.
type Answered =
    Pin<Box<dyn Future<Output = Result<HttpResponse, HttpClientError<reqwest::Error>>> + Send>>;

/// `reqwest` without redirects, as `oauth2` needs, sending every request to `base` (the fake
/// providers) instead of the provider's own host.
pub(crate) fn reqwest_rerouted(base: &str) -> impl Fn(HttpRequest) -> Answered + Clone {
    let client = crate::reqwest_client();
    let base = base.to_owned();
    move |request| {
        let (client, request) = (client.clone(), rerouted(request, &base));
        Box::pin(async move { client.call(request).await })
    }
}
