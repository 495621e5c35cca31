//! Reading error answers off the wire: [`ProviderErrorResponse<P>`], which reads any provider's
//! error body by its [`WireFormat`](crate::WireFormat); the body formats and fields it reads
//! with; [`ParseError`] and the body size limit.

mod body;
mod display;
mod error_response;
#[cfg(feature = "oauth2")]
mod http;
mod parse_error;
mod request_id;
#[cfg(feature = "serde")]
mod serde_impls;

#[cfg(feature = "oauth2")]
pub(crate) use body::Value;
#[cfg_attr(not(feature = "qq"), allow(unused_imports))]
pub(crate) use body::{Fields, fields};
#[cfg(feature = "oauth2")]
pub(crate) use display::Escaped;
#[cfg(feature = "oauth2")]
pub(crate) use error_response::CONTEXT;
pub use error_response::ProviderErrorResponse;
#[cfg(feature = "oauth2")]
pub(crate) use http::with_headers;
pub use parse_error::{MAX_BODY_LEN, ParseError};
