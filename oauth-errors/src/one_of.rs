//! [`OneOf<A, B>`]: two tables read as one, for a provider whose errors come from more than two.

use crate::{Endpoint, Kind, ProviderError};
use core::fmt;

/// An error of table `A` or of table `B`: two tables looked up as one, `A` first. A provider
/// has two table slots ([`Provider::Error`](crate::Provider::Error) and
/// [`Provider::ApiError`](crate::Provider::ApiError)); a slot that needs more tables holds a
/// `OneOf` of them (nested for three or more): Alipay's API errors are its public `sub_code`s
/// and, for a `sub_code` neither table lists, the gateway's `code`s.
///
/// ```
/// use oauth_errors::{AlipayApiError, AlipayGatewayError, Kind, OneOf, ProviderError};
///
/// type Api = OneOf<AlipayApiError, AlipayGatewayError>;
/// // An id of the first table.
/// assert_eq!(
///     Api::from_error("aop.invalid-auth-token"),
///     Some(OneOf::First(AlipayApiError::InvalidAuthToken))
/// );
/// // A code only the second table lists.
/// let error = Api::from_code(40004).unwrap();
/// assert_eq!(error, OneOf::Second(AlipayGatewayError::BusinessFailed));
/// assert_eq!(error.code(), Some(40004));
/// assert_eq!(error.kind(), Kind::Unknown);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OneOf<A, B> {
    /// An error of the first table.
    First(A),
    /// An error of the second table, which the first does not list.
    Second(B),
}

impl<A: ProviderError, B: ProviderError> OneOf<A, B> {
    /// The error of whichever table it is of, as the tables' common trait.
    fn map<T>(self, first: impl FnOnce(A) -> T, second: impl FnOnce(B) -> T) -> T {
        match self {
            OneOf::First(error) => first(error),
            OneOf::Second(error) => second(error),
        }
    }
}

/// The error's own `Display`.
impl<A: fmt::Display, B: fmt::Display> fmt::Display for OneOf<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OneOf::First(error) => fmt::Display::fmt(error, f),
            OneOf::Second(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl<A: fmt::Debug + fmt::Display, B: fmt::Debug + fmt::Display> core::error::Error
    for OneOf<A, B>
{
}

impl<A: ProviderError, B: ProviderError> crate::__private::Sealed for OneOf<A, B> {}

/// Each lookup in `A`, then in `B`; everything else from the error's own table.
impl<A: ProviderError, B: ProviderError> ProviderError for OneOf<A, B> {
    fn name() -> &'static str {
        "OneOf"
    }

    /// The variants of neither table: a `OneOf` has no table of its own.
    fn all() -> &'static [Self] {
        &[]
    }

    fn kind(self) -> Kind {
        self.map(A::kind, B::kind)
    }

    fn kind_at(self, endpoint: Endpoint) -> Kind {
        self.map(|a| a.kind_at(endpoint), |b| b.kind_at(endpoint))
    }

    fn description(self) -> &'static str {
        self.map(A::description, B::description)
    }

    fn code(self) -> Option<i128> {
        self.map(A::code, B::code)
    }

    fn error(self) -> Option<&'static str> {
        self.map(A::error, B::error)
    }

    fn from_code(code: i128) -> Option<Self> {
        A::from_code(code)
            .map(OneOf::First)
            .or_else(|| B::from_code(code).map(OneOf::Second))
    }

    fn from_error(error: &str) -> Option<Self> {
        A::from_error(error)
            .map(OneOf::First)
            .or_else(|| B::from_error(error).map(OneOf::Second))
    }
}
