//! [`AdapterError`]: why the `oauth2` adapter got no answer it could hand over; its
//! [`TransportError`], which shows the HTTP client's error with the request's secrets taken
//! out; [`SignError`].

use super::redact::Secrets;
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

/// Why [`HttpClient`](crate::HttpClient) got no answer it could hand over to `oauth2`: the
/// `Request` error of `oauth2`'s `RequestTokenError`.
///
/// None of it shows a secret: the HTTP client's error is shown with the request's secrets and
/// URL queries taken out ([`TransportError`]), and an answer is described, never quoted.
#[derive(Debug)]
#[non_exhaustive]
pub enum AdapterError<E> {
    /// The HTTP client failed (the connection, a timeout, …).
    Transport(TransportError<E>),
    /// The endpoint answered with a redirect (3xx), which the adapter does not follow: build
    /// the HTTP client with redirects off, so that none is followed before the adapter sees it.
    #[non_exhaustive]
    Redirect {
        /// The answer's status.
        status: u16,
    },
    /// `oauth2` asked for a grant that the provider's token request is not written for (a
    /// password, client credentials, a device code, for a provider whose token request is not
    /// RFC 6749's): it was not sent.
    #[non_exhaustive]
    Grant {
        /// The grant's `grant_type`.
        grant_type: String,
    },
    /// The request could not be written as the provider takes it (a URL too long to be one, a
    /// body that is no form).
    #[non_exhaustive]
    Request {
        /// What went wrong.
        problem: &'static str,
    },
    /// The request could not be signed, or the answer's signature did not verify.
    Signature(SignError),
    /// The token endpoint's answer is neither a token nor an error of the provider, or a token
    /// `oauth2` could not read safely (a token with an error status, an `expires_in` that is no
    /// number of seconds).
    #[non_exhaustive]
    Answer {
        /// The answer's status.
        status: u16,
        /// What is wrong with it, without quoting it.
        problem: String,
    },
}

impl<E> fmt::Display for AdapterError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AdapterError::Transport(error) => fmt::Display::fmt(error, f),
            AdapterError::Redirect { status } => write!(
                f,
                "the endpoint answered a redirect (HTTP {status}), which is not followed: build \
                 the HTTP client with redirects off"
            ),
            AdapterError::Grant { grant_type } => write!(
                f,
                "the grant `{}` is not sent: the provider's token request is written for \
                 `authorization_code` and `refresh_token` only",
                crate::response::Escaped(grant_type)
            ),
            AdapterError::Request { problem } => {
                write!(f, "the request could not be written: {problem}")
            }
            AdapterError::Signature(error) => fmt::Display::fmt(error, f),
            AdapterError::Answer { status, problem } => {
                write!(f, "the token endpoint's answer (HTTP {status}) {problem}")
            }
        }
    }
}

impl<E: fmt::Debug> core::error::Error for AdapterError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            AdapterError::Transport(error) => error.source(),
            _ => None,
        }
    }
}

/// The HTTP client's error, shown with the request's secrets (its secret parameters and
/// headers, in any encoding) and the query of every URL taken out: its `Display`, `Debug` and
/// `source()` chain are the client's, redacted. [`inner`](Self::inner) is the client's error
/// itself, for what only its type can tell (a timeout, a connection refused); do not log it.
pub struct TransportError<E>(Box<Transport<E>>);

/// What a [`TransportError`] holds (boxed: an error type stays small in a `Result`).
struct Transport<E> {
    inner: E,
    message: String,
    source: Option<Box<Redacted>>,
}

impl<E: core::error::Error + 'static> TransportError<E> {
    /// `inner`, shown without `secrets`.
    pub(crate) fn new(inner: E, secrets: &Secrets) -> TransportError<E> {
        let message = secrets.redact(&inner.to_string());
        let mut chain = Vec::new();
        let mut next = inner.source();
        while let Some(error) = next {
            chain.push(secrets.redact(&error.to_string()));
            next = error.source();
        }
        let source = chain.into_iter().rev().fold(None, |source, message| {
            Some(Box::new(Redacted { message, source }))
        });
        TransportError(Box::new(Transport {
            inner,
            message,
            source,
        }))
    }
}

impl<E> TransportError<E> {
    /// The HTTP client's error itself. Its `Display` and `Debug` may show the request's URL
    /// and secrets: ask it what it is (`is_timeout()`), do not log it.
    #[must_use]
    pub fn inner(&self) -> &E {
        &self.0.inner
    }

    /// The HTTP client's error itself (see [`inner`](Self::inner)).
    #[must_use]
    pub fn into_inner(self) -> E {
        self.0.inner
    }
}

impl<E> fmt::Display for TransportError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

/// The redacted messages of the error and its sources.
impl<E> fmt::Debug for TransportError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chain = Vec::from([self.0.message.as_str()]);
        let mut next = self.0.source.as_deref();
        while let Some(source) = next {
            chain.push(&source.message);
            next = source.source.as_deref();
        }
        f.debug_struct("TransportError")
            .field("chain", &chain)
            .finish_non_exhaustive()
    }
}

impl<E> core::error::Error for TransportError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.0.source.as_deref().map(|source| source as _)
    }
}

/// One error of a source chain, redacted.
#[derive(Debug)]
struct Redacted {
    message: String,
    source: Option<Box<Redacted>>,
}

impl fmt::Display for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl core::error::Error for Redacted {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.source.as_deref().map(|source| source as _)
    }
}

/// Why a request could not be signed or an answer's signature did not verify: what a
/// [`Signer`](crate::Signer) returns. Its message must not hold a secret.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SignError(Cow<'static, str>);

impl SignError {
    /// An error that says `message` (which names no secret).
    #[must_use]
    pub fn new(message: impl Into<Cow<'static, str>>) -> SignError {
        SignError(message.into())
    }

    /// What went wrong.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::error::Error for SignError {}
