//! [`Signer`]: the hook that signs a provider's token requests and verifies its answers, as
//! Alipay's gateway wants; [`Unsigned`], for every provider that does not.

use super::error::SignError;
use alloc::string::String;
use alloc::vec::Vec;

/// Signs a provider's token requests and verifies its answers: what
/// [`HttpClient`](crate::HttpClient) calls for a provider whose gateway wants signed requests
/// (Alipay's `sign`, RSA2 over the sorted parameters). Implement it for a provider of yours;
/// the `alipay-rsa` feature ships Alipay's.
///
/// The adapter calls [`sign`](Self::sign) on every token request once it is written as the
/// provider takes it (renamed, fixed parameters and timestamp added), and
/// [`verify`](Self::verify) on every answer of the token endpoint before it reads it.
///
/// ```
/// use oauth_errors::{SignError, Signer};
///
/// /// Signs with a shared secret: `sign` is the length of the parameters (a toy).
/// struct Toy;
///
/// impl Signer for Toy {
///     fn sign(&self, parameters: &mut Vec<(String, String)>) -> Result<(), SignError> {
///         let len: usize = parameters.iter().map(|(name, value)| name.len() + value.len()).sum();
///         parameters.push(("sign".into(), len.to_string()));
///         Ok(())
///     }
/// }
///
/// let mut parameters = vec![("code".to_owned(), "C".to_owned())];
/// Toy.sign(&mut parameters)?;
/// assert_eq!(parameters[1], ("sign".to_owned(), "5".to_owned()));
/// # Ok::<(), SignError>(())
/// ```
pub trait Signer {
    /// Signs a token request: adds the signature (and whatever else it needs) to its
    /// parameters, in the order they are sent.
    ///
    /// # Errors
    ///
    /// When it cannot sign; the request is not sent.
    fn sign(&self, parameters: &mut Vec<(String, String)>) -> Result<(), SignError>;

    /// Verifies an answer of the token endpoint, its body as it came. By default every answer
    /// is accepted.
    ///
    /// # Errors
    ///
    /// When the answer's signature is missing where it must be there, or does not verify; the
    /// answer is not read.
    fn verify(&self, body: &[u8]) -> Result<(), SignError> {
        let _ = body;
        Ok(())
    }
}

impl<S: Signer + ?Sized> Signer for &S {
    fn sign(&self, parameters: &mut Vec<(String, String)>) -> Result<(), SignError> {
        (**self).sign(parameters)
    }

    fn verify(&self, body: &[u8]) -> Result<(), SignError> {
        (**self).verify(body)
    }
}

impl<S: Signer + ?Sized> Signer for alloc::sync::Arc<S> {
    fn sign(&self, parameters: &mut Vec<(String, String)>) -> Result<(), SignError> {
        (**self).sign(parameters)
    }

    fn verify(&self, body: &[u8]) -> Result<(), SignError> {
        (**self).verify(body)
    }
}

/// No signature: what the adapter of a provider that takes unsigned requests uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Unsigned;

impl Signer for Unsigned {
    fn sign(&self, _: &mut Vec<(String, String)>) -> Result<(), SignError> {
        Ok(())
    }
}
