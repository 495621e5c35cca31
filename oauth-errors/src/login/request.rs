//! A token request on its way out: `oauth2`'s code exchange or refresh (a form `POST` with a
//! `grant_type`) written as the provider's [`TokenRequest`](crate::TokenRequest) says, and
//! signed; any other request as it is.

use super::sign::Signer;
use super::time::timestamp;
use crate::{Parameters, Provider, Rename};
use ::oauth2::HttpRequest;
use ::oauth2::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use ::oauth2::http::{Method, Request, Uri};
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

/// What a request is, for what comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sent {
    /// A token request: its answer is made standard.
    Token,
    /// Anything else: its answer passes through as it came.
    Other,
}

/// Why a request is not sent.
#[derive(Debug)]
pub(crate) enum Refused {
    /// A grant the provider's token request is not written for.
    Grant(String),
    /// The request cannot be written as the provider takes it.
    Request(&'static str),
    /// The signer refused.
    Signature(crate::SignError),
}

/// `request` as provider `P` takes it, signed by `signer`, and what it is.
pub(crate) fn prepare<P: Provider, S: Signer + ?Sized>(
    request: HttpRequest,
    signer: &S,
) -> Result<(HttpRequest, Sent), Refused> {
    let format = P::LOGIN.token;
    let form = request.method() == Method::POST
        && request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    if !form {
        return Ok((request, Sent::Other));
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(request.body())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let Some(grant_type) = pairs
        .iter()
        .find_map(|(name, value)| (name == "grant_type").then(|| value.clone()))
    else {
        return Ok((request, Sent::Other));
    };
    let refresh = match grant_type.as_str() {
        "authorization_code" => false,
        "refresh_token" => true,
        // RFC 6749's other grants go to a provider that takes RFC 6749's requests as they are.
        _ if format.is_standard() => return Ok((request, Sent::Token)),
        _ => return Err(Refused::Grant(grant_type)),
    };
    let mut pairs: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(name, _)| {
            let name = name.as_str();
            !(format.omit.contains(&name) || refresh && format.omit_on_refresh.contains(&name))
        })
        .map(|(name, value)| (renamed(format.rename, &name), value))
        .collect();
    for fixed in format.fixed {
        set(&mut pairs, fixed.name, fixed.value.to_owned());
    }
    if let Some((name, time_format)) = format.timestamp {
        set(
            &mut pairs,
            name,
            timestamp(time_format, std::time::SystemTime::now()),
        );
    }
    signer.sign(&mut pairs).map_err(Refused::Signature)?;
    let (mut parts, _) = request.into_parts();
    if refresh && let Some(path) = format.refresh_path {
        let mut uri = parts.uri.clone().into_parts();
        let path = match uri.path_and_query.as_ref().and_then(|path| path.query()) {
            Some(query) => alloc::format!("{path}?{query}"),
            None => path.to_owned(),
        };
        uri.path_and_query = Some(
            path.parse()
                .map_err(|_| Refused::Request("the refresh path is not a URL path"))?,
        );
        parts.uri =
            Uri::from_parts(uri).map_err(|_| Refused::Request("the refresh URL is not a URL"))?;
    }
    parts.headers.remove(CONTENT_LENGTH);
    if !format.in_query.is_empty() && format.parameters != Parameters::Query {
        let (query, body): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(name, _)| format.in_query.contains(&name.as_str()));
        pairs = body;
        parts.uri = with_query(&parts.uri, &query)?;
    }
    let body = match format.parameters {
        Parameters::Json => {
            let object: serde_json::Map<String, serde_json::Value> = pairs
                .into_iter()
                .map(|(name, value)| (name, serde_json::Value::String(value)))
                .collect();
            parts.headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            serde_json::to_vec(&object)
                .map_err(|_| Refused::Request("the parameters cannot be written as JSON"))?
        }
        Parameters::Query => {
            parts.uri = with_query(&parts.uri, &pairs)?;
            parts.method = Method::GET;
            parts.headers.remove(CONTENT_TYPE);
            // The credentials are in the query: not in a header too.
            parts.headers.remove(AUTHORIZATION);
            Vec::new()
        }
        // `Parameters` is `#[non_exhaustive]` for users; here every place is known.
        Parameters::Form => encoded(&pairs).into_bytes(),
    };
    Ok((Request::from_parts(parts, body), Sent::Token))
}

/// `uri` with `pairs` added to its query.
fn with_query(uri: &Uri, pairs: &[(String, String)]) -> Result<Uri, Refused> {
    let separator = if uri.query().is_some() { '&' } else { '?' };
    alloc::format!("{uri}{separator}{}", encoded(pairs))
        .parse::<Uri>()
        .map_err(|_| Refused::Request("the URL with the parameters is not a URL (is it too long?)"))
}

/// `pairs` url-encoded.
fn encoded(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// Sets the parameter `name` of `pairs` to `value`, in its place when it is there.
fn set(pairs: &mut Vec<(String, String)>, name: &str, value: String) {
    match pairs.iter_mut().find(|(seen, _)| seen == name) {
        Some(pair) => pair.1 = value,
        None => pairs.push((name.to_owned(), value)),
    }
}

/// `name` (a standard name) as the provider names it.
pub(crate) fn renamed(renames: &[Rename], name: &str) -> String {
    renames
        .iter()
        .find(|rename| rename.standard == name)
        .map_or(name, |rename| rename.provider)
        .to_owned()
}
