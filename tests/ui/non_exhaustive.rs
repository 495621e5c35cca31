// The provider enums are `#[non_exhaustive]`: a `match` needs a wildcard arm.
use oauth_errors::WeiboError;

fn message(error: WeiboError) -> &'static str {
    match error {
        WeiboError::RedirectUriMismatch
        | WeiboError::InvalidRequest
        | WeiboError::InvalidClient
        | WeiboError::InvalidGrant
        | WeiboError::UnauthorizedClient
        | WeiboError::ExpiredToken
        | WeiboError::UnsupportedGrantType
        | WeiboError::UnsupportedResponseType
        | WeiboError::AccessDenied
        | WeiboError::TemporarilyUnavailable
        | WeiboError::AppkeyPermissionDenied => "every variant of today",
    }
}

fn main() {
    let _ = message(WeiboError::InvalidGrant);
}
