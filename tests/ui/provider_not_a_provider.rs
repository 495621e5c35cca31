// A type used as a provider that was never declared one.
pub struct Github;

fn main() {
    let _ = oauth_errors::ProviderErrorResponse::<Github>::parse("{}");
}
