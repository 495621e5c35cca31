//! The `oauth2` crate's side: [`HttpClient`], the adapter that speaks a provider's dialect
//! (and keeps secrets out of what it returns); [`ProviderClient`], a provider's `oauth2`
//! client; [`TokenFields`], the fields providers add to a token; [`authorize_url`]; the
//! [`Signer`] hook; the ready calls' plumbing.

mod adapter;
mod answer;
mod authorize;
pub(crate) mod call;
mod client;
mod error;
pub(crate) mod kit;
mod redact;
mod request;
mod sign;
pub(crate) mod time;
mod token;

pub use adapter::{AdapterFuture, HttpClient};
pub use authorize::authorize_url;
pub use call::CallError;
#[allow(unused_imports, reason = "used by the providers a build enables")]
pub(crate) use client::ready_client;
pub use client::{ProviderClient, ReadyClient};
pub use error::{AdapterError, SignError, TransportError};
#[cfg_attr(not(feature = "wecom"), allow(unused_imports))]
pub(crate) use redact::REDACTED;
pub use sign::{Signer, Unsigned};
pub use token::{Token, TokenFields};
