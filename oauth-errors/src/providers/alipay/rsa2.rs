//! [`Rsa2Signer`]: Alipay's RSA2 (SHA256withRSA) signatures of requests and answers, on
//! `ring`.
//!
//! Why `ring`: a server signs on every login, so the private-key operation must not leak the
//! key through its timing. `ring`'s RSA is constant-time and is what `rustls` signs with;
//! RustCrypto's `rsa` crate is not constant-time (RUSTSEC-2023-0071, the Marvin attack, has no
//! fixed version), and `aws-lc-rs` would add a C library build of minutes for the same
//! operation. Keys are read from PEM or from the bare Base64 Alipay's tools give, with `spki`
//! reading Alipay's public key (a SubjectPublicKeyInfo).

use crate::SignError;
use crate::response::{Value, fields};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use core::fmt;
use ring::rand::SystemRandom;
use ring::signature::{
    RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair, UnparsedPublicKey,
};

/// Signs Alipay gateway requests and verifies its answers, as Alipay's SDKs do: RSA2
/// (SHA256withRSA, PKCS #1 v1.5) over the parameters sorted by name (`sign` and empty values
/// left out, values not URL-encoded), the signature Base64 in `sign`; an answer's `sign` over
/// the exact text of its `…_response` object, required on a success, checked on an error when
/// it is there.
///
/// ```
/// use oauth_errors::Signer;
/// use oauth_errors::alipay::Rsa2Signer;
///
/// # // The workspace's test keys; the crate's package has none, and skips the example.
/// # let keys = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/alipay/test-keys");
/// # if !keys.exists() { return Ok(()) }
/// // Your app's private key and Alipay's public key, as PEM (PKCS #8 or PKCS #1) or as the bare
/// // Base64 Alipay's key tool and console give.
/// let app_private_key = std::fs::read_to_string(keys.join("app-private-pkcs8.pem"))?;
/// let alipay_public_key = std::fs::read_to_string(keys.join("alipay-public.pem"))?;
/// let signer = Rsa2Signer::new(&app_private_key, &alipay_public_key)?;
/// let mut parameters = vec![
///     ("app_id".to_owned(), "2014072300007148".to_owned()),
///     ("method".to_owned(), "alipay.system.oauth.token".to_owned()),
/// ];
/// signer.sign(&mut parameters)?;
/// assert_eq!(parameters[2].0, "sign");
/// // The key is never shown.
/// assert_eq!(format!("{signer:?}"), "Rsa2Signer { .. }");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Rsa2Signer {
    app_key: RsaKeyPair,
    alipay_key: Box<[u8]>,
    random: SystemRandom,
}

impl Rsa2Signer {
    /// A signer with the app's private key (PKCS #8 or PKCS #1, as PEM or bare Base64) and
    /// Alipay's public key (a SubjectPublicKeyInfo or PKCS #1, as PEM or bare Base64).
    ///
    /// # Errors
    ///
    /// When a key cannot be read, or is not an RSA key of 2048 to 8192 bits. The error names
    /// which key, never its content.
    pub fn new(app_private_key: &str, alipay_public_key: &str) -> Result<Rsa2Signer, SignError> {
        Ok(Rsa2Signer {
            app_key: private_key(app_private_key)?,
            alipay_key: public_key(alipay_public_key)?,
            random: SystemRandom::new(),
        })
    }

    /// The signature of `content`, Base64.
    fn signature(&self, content: &str) -> Result<String, SignError> {
        let mut signature = alloc::vec![0; self.app_key.public().modulus_len()];
        self.app_key
            .sign(
                &RSA_PKCS1_SHA256,
                &self.random,
                content.as_bytes(),
                &mut signature,
            )
            .map_err(|_| SignError::new("the request could not be signed with the app's key"))?;
        Ok(BASE64.encode(signature))
    }

    /// Whether `signature` (Base64) is Alipay's over `content`.
    fn verifies(&self, content: &str, signature: &str) -> bool {
        let Ok(signature) = BASE64.decode(signature.trim()) else {
            return false;
        };
        UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, &self.alipay_key)
            .verify(content.as_bytes(), &signature)
            .is_ok()
    }
}

/// What Alipay signs of a request: the parameters sorted by name, `sign` and empty values left
/// out, `name=value` joined with `&`, values as they are.
pub(crate) fn sign_content(parameters: &[(String, String)]) -> String {
    let mut signed: Vec<&(String, String)> = parameters
        .iter()
        .filter(|(name, value)| name != "sign" && !name.is_empty() && !value.is_empty())
        .collect();
    signed.sort_by(|(a, _), (b, _)| a.cmp(b));
    let mut content = String::new();
    for (at, (name, value)) in signed.into_iter().enumerate() {
        if at > 0 {
            content.push('&');
        }
        content.push_str(name);
        content.push('=');
        content.push_str(value);
    }
    content
}

impl crate::Signer for Rsa2Signer {
    fn sign(&self, parameters: &mut Vec<(String, String)>) -> Result<(), SignError> {
        let signature = self.signature(&sign_content(parameters))?;
        parameters.retain(|(name, _)| name != "sign");
        parameters.push(("sign".to_owned(), signature));
        Ok(())
    }

    /// An answer of the gateway (`{"…_response":{…},"sign":"…"}`): its `sign` must verify over
    /// the exact text of the `…_response` object; a success must be signed, an error is checked
    /// when it is (as Alipay's Java SDK does: the gateway does not sign every error). A body
    /// that is no such answer is left to the reader, which refuses it.
    fn verify(&self, body: &[u8]) -> Result<(), SignError> {
        let Some(answer) = core::str::from_utf8(body)
            .ok()
            .and_then(|text| fields(text, false, false).ok())
        else {
            return Ok(());
        };
        let node = answer
            .iter()
            .find(|(name, value)| name.ends_with("_response") && matches!(value, Value::Json(_)));
        let Some((name, Value::Json(node))) = node else {
            return Ok(());
        };
        let signature = answer
            .get("sign")
            .and_then(Value::string)
            .filter(|sign| !sign.is_empty());
        let Some(signature) = signature else {
            let error = name == "error_response"
                || fields(node.get(), false, false)
                    .ok()
                    .and_then(|fields| fields.integer("code"))
                    .is_some_and(|code| code != 10_000);
            return if error {
                Ok(())
            } else {
                Err(SignError::new("Alipay's answer is not signed"))
            };
        };
        let content = node.get();
        // Alipay's SDKs try again with `\/` read as `/`, which some answers escape.
        if self.verifies(content, signature)
            || self.verifies(&content.replace("\\/", "/"), signature)
        {
            Ok(())
        } else {
            Err(SignError::new(
                "Alipay's answer's signature does not verify with Alipay's public key",
            ))
        }
    }
}

/// Never the keys.
impl fmt::Debug for Rsa2Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rsa2Signer").finish_non_exhaustive()
    }
}

/// A key's label (`PRIVATE KEY`, `RSA PRIVATE KEY`, `PUBLIC KEY`; none for bare Base64) and
/// its DER bytes.
fn der(key: &str, which: &'static str) -> Result<(Option<String>, Vec<u8>), SignError> {
    let key = key.trim();
    let label = key
        .strip_prefix("-----BEGIN ")
        .and_then(|rest| rest.split_once("-----"))
        .map(|(label, _)| label.to_owned());
    let base64: String = key
        .lines()
        .filter(|line| !line.trim_start().starts_with("-----"))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = BASE64
        .decode(base64)
        .map_err(|_| SignError::new(which_is(which, "is neither PEM nor Base64")))?;
    Ok((label, der))
}

/// `{which} {what}`, as a `'static` message.
fn which_is(which: &'static str, what: &'static str) -> String {
    alloc::format!("{which} {what}")
}

/// The app's private key, PKCS #8 or PKCS #1.
fn private_key(key: &str) -> Result<RsaKeyPair, SignError> {
    const WHICH: &str = "the app's private key";
    let (label, der) = der(key, WHICH)?;
    let pkcs8 = || RsaKeyPair::from_pkcs8(&der);
    let pkcs1 = || RsaKeyPair::from_der(&der);
    let key = match label.as_deref() {
        Some("PRIVATE KEY") => pkcs8().ok(),
        Some("RSA PRIVATE KEY") => pkcs1().ok(),
        Some(_) => None,
        None => pkcs8().or_else(|_| pkcs1()).ok(),
    };
    key.ok_or_else(|| {
        SignError::new(which_is(
            WHICH,
            "is not an RSA private key of 2048 to 8192 bits (PKCS #8 or PKCS #1)",
        ))
    })
}

/// Alipay's public key as PKCS #1 DER (what `ring` verifies with), from a SubjectPublicKeyInfo
/// or PKCS #1.
fn public_key(key: &str) -> Result<Box<[u8]>, SignError> {
    const WHICH: &str = "Alipay's public key";
    const RSA_ENCRYPTION: spki::ObjectIdentifier =
        spki::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
    let (label, der) = der(key, WHICH)?;
    let from_spki = || {
        let info = spki::SubjectPublicKeyInfoRef::try_from(der.as_slice()).ok()?;
        (info.algorithm.oid == RSA_ENCRYPTION)
            .then(|| info.subject_public_key.as_bytes().map(Box::from))
            .flatten()
    };
    let key = match label.as_deref() {
        Some("PUBLIC KEY") => from_spki(),
        Some("RSA PUBLIC KEY") => Some(der.clone().into_boxed_slice()),
        Some(_) => None,
        None => from_spki().or_else(|| Some(der.clone().into_boxed_slice())),
    };
    key.filter(|key| is_rsa_public_key(key)).ok_or_else(|| {
        SignError::new(which_is(
            WHICH,
            "is not an RSA public key (SubjectPublicKeyInfo or PKCS #1)",
        ))
    })
}

/// Whether `der` is a PKCS #1 `RSAPublicKey`: a sequence of the modulus and the exponent.
fn is_rsa_public_key(der: &[u8]) -> bool {
    use spki::der::asn1::UintRef;
    use spki::der::{Decode as _, Reader as _, SliceReader};
    let Ok(mut reader) = SliceReader::new(der) else {
        return false;
    };
    let read = reader.sequence(|sequence| {
        UintRef::decode(sequence)?;
        UintRef::decode(sequence)?;
        Ok(())
    });
    read.is_ok() && reader.finish(()).is_ok()
}

// The signatures, keys and verification are tested against OpenSSL's signature and `ring`
// called directly, with the test keys of the workspace, in the root package's
// `tests/login/alipay.rs`: this crate's package does not carry them.
#[cfg(test)]
mod tests {
    use super::sign_content;
    use alloc::borrow::ToOwned;
    use alloc::string::String;
    use alloc::vec;

    #[test]
    fn the_content_signed_is_sorted_without_sign_and_empty_values() {
        let parameters = vec![
            ("version".to_owned(), "1.0".to_owned()),
            ("sign".to_owned(), "old".to_owned()),
            ("app_id".to_owned(), "2014072300007148".to_owned()),
            ("notify_url".to_owned(), String::new()),
            ("timestamp".to_owned(), "2014-07-24 03:07:50".to_owned()),
            ("biz_content".to_owned(), r#"{"a":"b&c=d"}"#.to_owned()),
        ];
        assert_eq!(
            sign_content(&parameters),
            r#"app_id=2014072300007148&biz_content={"a":"b&c=d"}&timestamp=2014-07-24 03:07:50&version=1.0"#
        );
        assert_eq!(sign_content(&[]), "");
    }
}
