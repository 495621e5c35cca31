//! An answer on its way back to `oauth2`: a redirect refused; a token endpoint's answer,
//! verified, made what `oauth2` reads (an error as JSON with an error status, a token as RFC
//! 6749's JSON) or refused without being quoted; any other answer as it came.

use super::request::Sent;
use super::sign::Signer;
use crate::response::{CONTEXT, Fields, MAX_BODY_LEN, ParseError, Value, fields, retry_after};
use crate::{Endpoint, Provider, ProviderErrorResponse, SignError};
use ::oauth2::HttpResponse;
use ::oauth2::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use ::oauth2::http::{Response, StatusCode};
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use serde_json::Map;

/// Why an answer is not handed over.
#[derive(Debug)]
pub(crate) enum Unreadable {
    /// A redirect, with its status.
    Redirect(u16),
    /// The signature did not verify.
    Signature(SignError),
    /// The answer of a token request is neither a token nor an error, or a token `oauth2`
    /// cannot read safely.
    Answer(u16, String),
}

/// `response`, as `oauth2` reads it, for a request that was `sent`.
pub(crate) fn standardize<P: Provider, S: Signer + ?Sized>(
    response: HttpResponse,
    sent: Sent,
    signer: &S,
) -> Result<HttpResponse, Unreadable> {
    let status = response.status();
    if status.is_redirection() {
        return Err(Unreadable::Redirect(status.as_u16()));
    }
    if sent == Sent::Other {
        return Ok(response);
    }
    let refuse = |problem: &str| Unreadable::Answer(status.as_u16(), problem.to_owned());
    let body = response.body();
    if body.len() > MAX_BODY_LEN {
        return Err(refuse(&alloc::format!(
            "is too large to read ({} bytes; at most {MAX_BODY_LEN} are read)",
            body.len()
        )));
    }
    signer.verify(body).map_err(Unreadable::Signature)?;
    let text = core::str::from_utf8(body).map_err(|_| refuse("is not UTF-8"))?;
    let mut fields = fields(text, P::FORMAT.jsonp, P::FORMAT.form_urlencoded).map_err(|error| {
        refuse(&alloc::format!(
            "is neither a token nor an error of the provider: {error}"
        ))
    })?;
    // What `$oauth_errors` says is the adapter's to say, not the provider's.
    fields.remove(CONTEXT);
    let (status, json) = match ProviderErrorResponse::<P>::from_fields(&fields) {
        Ok(error) => {
            let mut error = error.at(Endpoint::Token);
            if let Some(after) = retry_after::<P>(response.headers()) {
                error = error.with_retry_after(after);
            }
            let status = if status.is_success() {
                StatusCode::BAD_REQUEST
            } else {
                status
            };
            let json = serde_json::to_vec(&error)
                .map_err(|_| refuse("is an error that cannot be written as JSON"))?;
            (status, json)
        }
        Err(ParseError::Success { .. } | ParseError::NotAnError { .. }) => {
            if !status.is_success() {
                return Err(refuse(
                    "is not an error of the provider, and a token is not taken with an error status",
                ));
            }
            let token = token::<P>(&fields).map_err(&refuse)?;
            let json = serde_json::to_vec(&token)
                .map_err(|_| refuse("is a token that cannot be written as JSON"))?;
            (status, json)
        }
        Err(error) => {
            return Err(refuse(&alloc::format!(
                "is neither a token nor an error of the provider: {error}"
            )));
        }
    };
    let (mut parts, _) = response.into_parts();
    parts.status = status;
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    Ok(Response::from_parts(parts, json))
}

/// A token answer as RFC 6749's JSON: its fields (from the object the provider nests them in,
/// under RFC 6749's names), a `token_type` (`bearer` when there is none), `expires_in` as a
/// number of seconds, `scope` space-separated.
fn token<P: Provider>(body: &Fields) -> Result<Map<String, serde_json::Value>, &'static str> {
    let answer = P::LOGIN.answer;
    let nested = body.nested(answer.nested_in).map(|(_, fields)| fields);
    let fields = nested.as_ref().unwrap_or(body);
    let mut token = Map::new();
    for (name, value) in fields.iter() {
        let name = answer
            .rename
            .iter()
            .find(|rename| rename.provider == name)
            .map_or(name, |rename| rename.standard);
        let value = match value {
            Value::String(text) => serde_json::Value::String(text.clone()),
            Value::Json(json) => serde_json::from_str(json.get())
                .map_err(|_| "is a token with a field that cannot be read")?,
        };
        if !value.is_null() {
            token.insert(name.to_owned(), value);
        }
    }
    match token.get("access_token") {
        Some(serde_json::Value::String(access_token)) if !access_token.trim().is_empty() => {}
        Some(serde_json::Value::String(_)) => return Err("has a blank access token"),
        Some(_) => return Err("has an access token that is not a string"),
        None => return Err("is neither a token nor an error of the provider"),
    }
    match token.get("token_type") {
        None => {
            token.insert("token_type".into(), "bearer".into());
        }
        Some(serde_json::Value::String(_)) => {}
        Some(_) => return Err("has a `token_type` that is not a string"),
    }
    if let Some(expires_in) = token.remove("expires_in") {
        let seconds = match &expires_in {
            serde_json::Value::Number(number) => number.as_u64(),
            serde_json::Value::String(text) if text.trim().is_empty() => None,
            serde_json::Value::String(text) => Some(
                text.trim()
                    .parse::<u64>()
                    .map_err(|_| "has an `expires_in` that is not a number of seconds")?,
            ),
            _ => return Err("has an `expires_in` that is not a number of seconds"),
        };
        match (seconds, &expires_in) {
            (Some(seconds), _) => {
                token.insert("expires_in".into(), seconds.into());
            }
            (None, serde_json::Value::Number(_)) => {
                return Err("has an `expires_in` that is not a number of seconds");
            }
            (None, _) => {}
        }
    }
    match token.get("refresh_token") {
        None | Some(serde_json::Value::String(_)) => {}
        Some(_) => return Err("has a refresh token that is not a string"),
    }
    match token.get_mut("scope") {
        None => {}
        Some(serde_json::Value::String(scope)) => {
            *scope = scope
                .split([',', ' '])
                .filter(|scope| !scope.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        Some(_) => return Err("has a `scope` that is not a string"),
    }
    Ok(token)
}
