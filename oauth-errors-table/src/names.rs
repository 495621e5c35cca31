//! Variant names: checking a `name` cell, and deriving a name from an error id or a code.

/// Whether `name` may name a variant: an ASCII identifier in `UpperCamelCase` (a capital letter,
/// then letters and digits), other than the keyword `Self`.
pub(crate) fn is_variant_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_alphanumeric())
        && name != "Self"
}

/// `text` in `UpperCamelCase`, as the name of a variant: words are runs of ASCII letters and
/// digits, split further where a lowercase letter meets an uppercase one (`invalidGrant`) and
/// before the last capital of an acronym (`HTTPError`); each word gets a capital first letter and
/// lowercase after it. `invalid_grant` → `InvalidGrant`, `appkey permission denied` →
/// `AppkeyPermissionDenied`, `isv.invalid-signature` → `IsvInvalidSignature`.
///
/// `None` when the result would not be a variant name: `text` holds a non-ASCII character, has no
/// letters or digits, starts with a digit, or comes out as `Self`.
pub(crate) fn upper_camel_case(text: &str) -> Option<String> {
    let name = camel_words(text)?;
    is_variant_name(&name).then_some(name)
}

/// The words of ASCII `text` joined in `UpperCamelCase`, as [`upper_camel_case`] makes them,
/// before the result is checked; `None` for text that is not ASCII.
pub(crate) fn camel_words(text: &str) -> Option<String> {
    if !text.is_ascii() {
        return None;
    }
    let mut name = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = word.as_bytes();
        let mut start = 0;
        for i in 1..=bytes.len() {
            let boundary = i == bytes.len()
                || (bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase())
                || (bytes[i - 1].is_ascii_uppercase()
                    && bytes[i].is_ascii_uppercase()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase));
            if boundary {
                let piece = &word[start..i];
                name.push_str(&piece[..1].to_ascii_uppercase());
                name.push_str(&piece[1..].to_ascii_lowercase());
                start = i;
            }
        }
    }
    Some(name)
}

/// The names the generated API takes for itself among the enum's associated items, each with
/// what it is: a variant of the same name would collide with it. (Methods are `snake_case` and
/// cannot collide with a variant's `UpperCamelCase` name.)
pub(crate) const RESERVED: [(&str, &str); 1] = [("ALL", "the constant `ALL`, every variant")];

/// What a reserved name stands for, when `name` is one.
pub(crate) fn reserved(name: &str) -> Option<&'static str> {
    RESERVED
        .iter()
        .find(|(reserved, _)| *reserved == name)
        .map(|&(_, what)| what)
}

/// The name of a variant that has only a code: `Code40001`, `CodeMinus1`.
pub(crate) fn from_code(code: i128) -> String {
    if code < 0 {
        format!("CodeMinus{}", code.unsigned_abs())
    } else {
        format!("Code{code}")
    }
}

#[cfg(test)]
mod tests {
    use super::{camel_words, from_code, is_variant_name, reserved, upper_camel_case};

    #[test]
    fn the_contracts_examples() {
        assert_eq!(
            upper_camel_case("invalid_grant").as_deref(),
            Some("InvalidGrant")
        );
        assert_eq!(
            upper_camel_case("appkey permission denied").as_deref(),
            Some("AppkeyPermissionDenied")
        );
        assert_eq!(
            upper_camel_case("isv.invalid-signature").as_deref(),
            Some("IsvInvalidSignature")
        );
        assert_eq!(from_code(40001), "Code40001");
        assert_eq!(from_code(-1), "CodeMinus1");
        assert_eq!(from_code(0), "Code0");
        assert_eq!(
            from_code(i128::from(i64::MIN)),
            "CodeMinus9223372036854775808"
        );
    }

    #[test]
    fn case_boundaries() {
        assert_eq!(
            upper_camel_case("invalidGrant").as_deref(),
            Some("InvalidGrant")
        );
        assert_eq!(
            upper_camel_case("INVALID_GRANT").as_deref(),
            Some("InvalidGrant")
        );
        assert_eq!(upper_camel_case("HTTPError").as_deref(), Some("HttpError"));
        assert_eq!(
            upper_camel_case("oauth2_error").as_deref(),
            Some("Oauth2Error")
        );
        assert_eq!(upper_camel_case("  a  ").as_deref(), Some("A"));
        assert_eq!(upper_camel_case("x__y").as_deref(), Some("XY"));
    }

    #[test]
    fn texts_that_make_no_name() {
        assert_eq!(upper_camel_case(""), None);
        assert_eq!(upper_camel_case("--"), None);
        assert_eq!(upper_camel_case("404_not_found"), None);
        assert_eq!(upper_camel_case("错误"), None);
        assert_eq!(upper_camel_case("self"), None);
    }

    #[test]
    fn reserved_names() {
        assert_eq!(reserved("ALL"), Some("the constant `ALL`, every variant"));
        assert_eq!(reserved("All"), None);
        // No error id makes a reserved name: words are capitalized, not upper-cased.
        assert_eq!(upper_camel_case("ALL").as_deref(), Some("All"));
        assert_eq!(camel_words("self").as_deref(), Some("Self"));
    }

    #[test]
    fn variant_names() {
        assert!(is_variant_name("AccessTokenExpired"));
        assert!(is_variant_name("Code40001"));
        assert!(is_variant_name("A"));
        assert!(!is_variant_name("access_token_expired"));
        assert!(!is_variant_name("Access_Token"));
        assert!(!is_variant_name("accessToken"));
        assert!(!is_variant_name("Self"));
        assert!(!is_variant_name(""));
        assert!(!is_variant_name("Ünïcode"));
        assert!(!is_variant_name("r#Type"));
    }
}
