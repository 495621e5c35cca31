//! [`HttpClient`]: the `oauth2` HTTP client adapter that speaks a [`Provider`]'s dialect, and
//! [`AdapterFuture`], its async call.

use super::answer::{Unreadable, standardize};
use super::error::{AdapterError, TransportError};
use super::redact::Secrets;
use super::request::{Refused, Sent, prepare};
use super::sign::{Signer, Unsigned};
use crate::Provider;
use ::oauth2::{AsyncHttpClient, HttpRequest, HttpResponse, SyncHttpClient};
use alloc::boxed::Box;
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

/// An `oauth2` HTTP client that speaks provider `P`'s dialect; each shipped provider's module
/// names it (`weibo::HttpClient`, `wechat::HttpClient`, …).
///
/// It wraps any client `C` that `oauth2` accepts (blocking or async: a function, a closure, a
/// `reqwest` or `ureq` client), and `S`, the [`Signer`] of a provider whose gateway wants
/// signed requests ([`Unsigned`] for every other). By the provider's
/// [`Login`](crate::Login) and [`WireFormat`](crate::WireFormat), it:
///
/// - writes `oauth2`'s code exchange and refresh as the provider takes them
///   ([`TokenRequest`](crate::TokenRequest): a `GET`, a JSON body, renamed or fixed
///   parameters, a timestamp, a signature), and sends no other grant to a provider whose token
///   request is not RFC 6749's;
/// - makes the token endpoint's answer what `oauth2` reads: an error (however the provider
///   sends it: status 200, JSONP, url-encoded, nested) as its JSON with an error status, marked
///   as the token endpoint's ([`Endpoint::Token`](crate::Endpoint::Token)) and with the time a
///   `Retry-After` header gives; a token as RFC 6749's JSON ([`TokenAnswer`](crate::TokenAnswer):
///   renamed, unnested fields, a `token_type`, `expires_in` as a number). An answer that is
///   neither, a token with an error status, a blank access token, or an answer over 64 KiB is
///   an [`AdapterError`], never a token;
/// - refuses any redirect (3xx) it sees, for any request;
/// - shows the HTTP client's errors with the request's secrets taken out
///   ([`TransportError`](crate::TransportError)).
///
/// Other requests (an API call through the same client, a revocation) pass through as they
/// are, and so do their answers, redirects excepted.
///
/// **Build the wrapped client with redirects off** (`reqwest`:
/// `.redirect(reqwest::redirect::Policy::none())`; `ureq`: `.max_redirects(0)`): a client
/// that follows a redirect itself sends the request (the app's secret, the user's code) to
/// wherever the redirect points before the adapter sees it.
pub struct HttpClient<C, P, S = Unsigned> {
    inner: C,
    signer: S,
    provider: PhantomData<fn() -> P>,
}

impl<C, P: Provider> HttpClient<C, P, Unsigned> {
    /// Wraps `inner`, for a provider whose requests are not signed.
    pub const fn new(inner: C) -> Self {
        HttpClient {
            inner,
            signer: Unsigned,
            provider: PhantomData,
        }
    }
}

impl<C, P: Provider, S: Signer> HttpClient<C, P, S> {
    /// Wraps `inner`, signing the token requests with `signer`.
    pub const fn signed(inner: C, signer: S) -> Self {
        HttpClient {
            inner,
            signer,
            provider: PhantomData,
        }
    }

    /// The wrapped client.
    pub const fn get_ref(&self) -> &C {
        &self.inner
    }

    /// The signer.
    pub const fn signer(&self) -> &S {
        &self.signer
    }

    /// Unwraps the client.
    pub fn into_inner(self) -> C {
        self.inner
    }
}

impl<C: Clone, P, S: Clone> Clone for HttpClient<C, P, S> {
    fn clone(&self) -> Self {
        HttpClient {
            inner: self.inner.clone(),
            signer: self.signer.clone(),
            provider: PhantomData,
        }
    }
}

/// The provider, the wrapped client and the signer's type (not the signer: it holds a key).
impl<C: fmt::Debug, P: Provider, S> fmt::Debug for HttpClient<C, P, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpClient")
            .field("provider", &P::NAME)
            .field("inner", &self.inner)
            .field("signer", &core::any::type_name::<S>())
            .finish()
    }
}

/// A refused request as the adapter's error.
fn refused<E>(refused: Refused) -> AdapterError<E> {
    match refused {
        Refused::Grant(grant_type) => AdapterError::Grant { grant_type },
        Refused::Request(problem) => AdapterError::Request { problem },
        Refused::Signature(error) => AdapterError::Signature(error),
    }
}

/// An answer not handed over as the adapter's error.
fn unreadable<E>(unreadable: Unreadable) -> AdapterError<E> {
    match unreadable {
        Unreadable::Redirect(status) => AdapterError::Redirect { status },
        Unreadable::Signature(error) => AdapterError::Signature(error),
        Unreadable::Answer(status, problem) => AdapterError::Answer { status, problem },
    }
}

impl<C, P, S> SyncHttpClient for HttpClient<C, P, S>
where
    C: SyncHttpClient,
    P: Provider,
    S: Signer,
{
    type Error = AdapterError<C::Error>;

    fn call(&self, request: HttpRequest) -> Result<HttpResponse, Self::Error> {
        let mut secrets = Secrets::of(&request);
        let (request, sent) = prepare::<P, S>(request, &self.signer).map_err(refused)?;
        secrets.add_request(&request);
        let response = self
            .inner
            .call(request)
            .map_err(|error| AdapterError::Transport(TransportError::new(error, &secrets)))?;
        standardize::<P, S>(response, sent, &self.signer).map_err(unreadable)
    }
}

impl<'c, C, P, S> AsyncHttpClient<'c> for HttpClient<C, P, S>
where
    C: AsyncHttpClient<'c>,
    P: Provider,
    S: Signer + 'c,
{
    type Error = AdapterError<C::Error>;
    type Future = AdapterFuture<'c, C::Future, P, S>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        let mut secrets = Secrets::of(&request);
        let state = match prepare::<P, S>(request, &self.signer) {
            Ok((request, sent)) => {
                secrets.add_request(&request);
                State::Sent {
                    inner: Box::pin(self.inner.call(request)),
                    sent,
                    secrets,
                }
            }
            Err(refusal) => State::Refused(Some(refusal)),
        };
        AdapterFuture {
            state,
            signer: &self.signer,
            provider: PhantomData,
        }
    }
}

/// The future of an async [`HttpClient`] call: the wrapped client's, with its answer made
/// standard. `Send` when the wrapped client's future and the signer are.
pub struct AdapterFuture<'c, F, P, S> {
    state: State<F>,
    signer: &'c S,
    provider: PhantomData<fn() -> P>,
}

/// Where an [`AdapterFuture`] is.
enum State<F> {
    /// The request was sent: the wrapped client's future.
    Sent {
        inner: Pin<Box<F>>,
        sent: Sent,
        secrets: Secrets,
    },
    /// The request was not sent (taken once polled).
    Refused(Option<Refused>),
}

impl<F, P, S> fmt::Debug for AdapterFuture<'_, F, P, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdapterFuture").finish_non_exhaustive()
    }
}

impl<F, E, P, S> Future for AdapterFuture<'_, F, P, S>
where
    F: Future<Output = Result<HttpResponse, E>>,
    E: core::error::Error + 'static,
    P: Provider,
    S: Signer,
{
    type Output = Result<HttpResponse, AdapterError<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match &mut this.state {
            State::Refused(refusal) => {
                Poll::Ready(Err(refused(refusal.take().unwrap_or(Refused::Request(
                    "the future was polled after it was ready",
                )))))
            }
            State::Sent {
                inner,
                sent,
                secrets,
            } => inner.as_mut().poll(cx).map(|result| {
                let response = result.map_err(|error| {
                    AdapterError::Transport(TransportError::new(error, secrets))
                })?;
                standardize::<P, S>(response, *sent, this.signer).map_err(unreadable)
            }),
        }
    }
}
