//! The macro's input, as Rust syntax: outer attributes, visibility, `enum Name`, and a body
//! holding the table as one string literal, or `include_str!("path")` of a file that holds it.
//!
//! ```text
//! #[doc = "…"] #[repr(u32)] #[non_exhaustive]
//! pub enum WechatError { r#"| code | description | …"# }
//! ```
//!
//! Attributes the macro understands are taken out here (`#[repr(T)]`, `#[oauth_errors(…)]`);
//! a `#[derive]` loses the traits the macro derives itself; every other attribute passes through.

use oauth_errors_table::expand::Enum;
use oauth_errors_table::int::IntType;
use oauth_errors_table::kind::{self, Classification, Kind, Row};
use oauth_errors_table::spelling;
use proc_macro2::{Delimiter, Group, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Lit, LitStr, Meta, Path, Token, Visibility, braced};

/// The traits every generated enum implements (derived, or written out).
pub(crate) const DERIVED: [&str; 6] = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

/// Why a `#[derive]` of the trait `name` cannot be on the enum, if it cannot.
fn derive_conflict(name: &str) -> Option<String> {
    if DERIVED.contains(&name) {
        return Some(format!(
            "`oauth_error_table!` derives `{name}` itself; remove it from this `#[derive]`"
        ));
    }
    if name == "Serialize" || name == "Deserialize" {
        return Some(format!(
            "`oauth_error_table!` implements `{name}` itself when the `serde` feature of \
             `oauth-errors` is on (as its error id, else its code); remove it from this \
             `#[derive]` and turn the feature on: \
             `oauth-errors = {{ version = \"0.1\", features = [\"serde\"] }}`"
        ));
    }
    None
}

/// The options of `#[oauth_errors(…)]`: each key, and how it is written.
const OPTIONS: [(&str, &str); 3] = [
    ("crate", "crate = path"),
    (
        "kind",
        "kind(retry = [21331, \"temporarily_unavailable\"], …)",
    ),
    ("token_kind", "token_kind(misconfigured = [40001], …)"),
];

/// The error of an option `#[oauth_errors]` does not know (`key`): the options, and the one it
/// is likely a misspelling of, or the option a kind belongs in.
fn unknown_option(meta: &syn::meta::ParseNestedMeta<'_>, key: Option<&str>) -> syn::Error {
    let options: Vec<String> = OPTIONS
        .iter()
        .map(|(_, written)| format!("`{written}`"))
        .collect();
    let near = match key {
        Some(word) if Kind::parse(word).is_ok() => {
            format!("a kind goes inside `kind(…)` or `token_kind(…)`: `kind({word} = […])`; ")
        }
        Some(key) => spelling::nearest(key, OPTIONS.iter().map(|&(option, _)| (option, option)))
            .map_or(String::new(), |option| format!("did you mean `{option}`? ")),
        None => String::new(),
    };
    meta.error(format!(
        "unknown option of `#[oauth_errors]`; {near}the options are {}",
        options.join(", ")
    ))
}

/// Reads past the value of an option or a kind that is reported already (`= …` or `(…)`), so
/// that the ones after it are read too.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// The parsed input of one `oauth_error_table!` call.
pub(crate) struct Input {
    /// Outer attributes to put on the enum as they are.
    pub(crate) attrs: Vec<TokenStream>,
    /// The `#[cfg]` attributes among them, which every generated impl repeats.
    pub(crate) cfgs: Vec<TokenStream>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
    /// The type of the code column, and the span of the `#[repr]` that named it.
    pub(crate) repr: Option<(IntType, Span)>,
    /// The path to the `oauth_errors` crate in generated code.
    pub(crate) krate: TokenStream,
    /// The kinds given beside the table (`#[oauth_errors(kind(…))]`), with the span of each
    /// row's literal.
    pub(crate) kinds: Vec<(Kind, Row, Span)>,
    /// The token kinds given beside the table (`#[oauth_errors(token_kind(…))]`), the same way.
    pub(crate) token_kinds: Vec<(Kind, Row, Span)>,
    /// Whether `#[oauth_errors(crate = …)]` named the path to the `oauth_errors` crate.
    pub(crate) krate_given: bool,
    /// Where the table is, when the body says it well.
    pub(crate) body: Option<Body>,
    /// What is wrong with the input outside the table.
    pub(crate) errors: Vec<syn::Error>,
}

impl Input {
    /// The kinds given beside the table, for the validator.
    pub(crate) fn classification(&self) -> Classification {
        let entries = |given: &[(Kind, Row, Span)]| {
            given
                .iter()
                .map(|(kind, row, _)| (*kind, row.clone()))
                .collect()
        };
        Classification {
            kinds: entries(&self.kinds),
            token_kinds: entries(&self.token_kinds),
        }
    }

    /// The enum around the table, as the expansion needs it.
    pub(crate) fn item(&self) -> Enum {
        Enum {
            attrs: self.attrs.clone(),
            cfgs: self.cfgs.clone(),
            vis: self.vis.to_token_stream(),
            ident: self.ident.clone(),
            code_type: self.repr.map_or(IntType::DEFAULT, |(ty, _)| ty),
            krate: self.krate.clone(),
        }
    }
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Input> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<Token![enum]>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected `enum`: `oauth_error_table!` declares an enum, \
                 such as `pub enum ProviderError { r#\"…\"# }`",
            )
        })?;
        let ident: Ident = input.parse()?;
        let mut parsed = Input {
            attrs: Vec::with_capacity(attrs.len()),
            cfgs: Vec::new(),
            vis,
            ident,
            repr: None,
            krate: quote!(::oauth_errors),
            kinds: Vec::new(),
            token_kinds: Vec::new(),
            krate_given: false,
            body: None,
            errors: Vec::new(),
        };
        for attr in attrs {
            parsed.take_attribute(attr);
        }
        if input.peek(Token![<]) {
            parsed.errors.push(syn::Error::new(
                input.span(),
                "an error table enum cannot have generic parameters",
            ));
            while !input.is_empty() && !input.peek(syn::token::Brace) {
                input.parse::<TokenTree>()?;
            }
        }
        if !input.peek(syn::token::Brace) {
            return Err(input.error(
                "expected `{` and the table as a string literal: \
                 `enum Name { r#\"| code | description | …\"# }`",
            ));
        }
        let content;
        let braces = braced!(content in input);
        parsed.body = parse_body(&content, braces.span.join(), &mut parsed.errors);
        if !input.is_empty() {
            parsed
                .errors
                .push(input.error("unexpected tokens after the enum's body"));
            // Leave nothing unread: syn would replace the errors with a generic one.
            while input.parse::<TokenTree>().is_ok() {}
        }
        Ok(parsed)
    }
}

/// Where the table is: written out in the macro call, or in a file.
pub(crate) enum Body {
    /// The table as a string literal.
    Literal(LitStr),
    /// `include_str!("path")`: the table in a file, the path relative to the calling file.
    File(LitStr),
}

/// Reads the body: one string literal without a suffix, or `include_str!("path")` (also written
/// `std::include_str!` or `core::include_str!`). A `macro_rules!` fragment (`$table:literal`,
/// `$table:expr`) reaches the macro wrapped in a group without delimiters, which is looked into.
fn parse_body(
    content: ParseStream<'_>,
    braces: Span,
    errors: &mut Vec<syn::Error>,
) -> Option<Body> {
    const EXPECTED: &str = "expected the table as one string literal, such as \
                            `r#\"| code | description |\\n| --- | --- |\\n| 1 | busy |\"#`, \
                            or `include_str!(\"path/to/table.md\")`";
    let Ok(tokens) = content.parse::<TokenStream>() else {
        errors.push(syn::Error::new(braces, EXPECTED));
        return None;
    };
    let tokens = without_invisible_groups(tokens);
    let (body, rest) = match tokens.as_slice() {
        [] => {
            errors.push(syn::Error::new(braces, EXPECTED));
            return None;
        }
        [TokenTree::Literal(literal), rest @ ..] => (
            string_literal(literal.clone(), "table", EXPECTED, errors).map(Body::Literal),
            rest,
        ),
        tokens => match macro_call(tokens) {
            Some((path, arguments, rest)) if is_include_str(&path) => {
                let name = path.last().map_or_else(Span::call_site, Ident::span);
                let body = if let Some(group) = arguments {
                    include_path(group, errors)
                } else {
                    errors.push(syn::Error::new(name, INCLUDE_EXPECTED));
                    None
                };
                (body.map(Body::File), rest)
            }
            Some((path, _, _)) => {
                let name: Vec<String> = path.iter().map(ToString::to_string).collect();
                errors.push(syn::Error::new(
                    path[0].span(),
                    format!(
                        "`{}!` is not expanded here: write the table out as a string literal, \
                         or keep it in a file and write `include_str!(\"path/to/table.md\")`",
                        name.join("::")
                    ),
                ));
                return None;
            }
            None => {
                errors.push(syn::Error::new(tokens[0].span(), EXPECTED));
                return None;
            }
        },
    };
    if let (Some(_), Some(next)) = (&body, rest.first()) {
        errors.push(syn::Error::new(
            next.span(),
            "expected the end of the enum body: the table is one string literal; \
             put all of it into that literal",
        ));
        // Part of a table: checking it would only report what is missing.
        return None;
    }
    body
}

/// The parts of a macro call at the start of `tokens`: the path's segments, the delimited
/// arguments if there are any, and the tokens after the call. `None` when `tokens` do not start
/// with `path!`.
fn macro_call(tokens: &[TokenTree]) -> Option<(Vec<Ident>, Option<&Group>, &[TokenTree])> {
    let mut segments = Vec::new();
    let mut at = 0;
    // An optional leading `::`, then `name` or `name::name…`.
    loop {
        if let [TokenTree::Punct(first), TokenTree::Punct(second), ..] = &tokens[at..]
            && first.as_char() == ':'
            && first.spacing() == Spacing::Joint
            && second.as_char() == ':'
        {
            at += 2;
        } else if !segments.is_empty() {
            break;
        }
        let Some(TokenTree::Ident(ident)) = tokens.get(at) else {
            return None;
        };
        segments.push(ident.clone());
        at += 1;
    }
    if !matches!(tokens.get(at), Some(TokenTree::Punct(bang)) if bang.as_char() == '!') {
        return None;
    }
    match tokens.get(at + 1) {
        Some(TokenTree::Group(group)) => Some((segments, Some(group), &tokens[at + 2..])),
        _ => Some((segments, None, &tokens[at + 1..])),
    }
}

/// Whether a macro's path names std's `include_str!`: `include_str`, `std::include_str` or
/// `core::include_str`, with or without a leading `::`.
fn is_include_str(path: &[Ident]) -> bool {
    match path {
        [name] => name == "include_str",
        [krate, name] => (krate == "std" || krate == "core") && name == "include_str",
        _ => false,
    }
}

/// A string literal without a suffix; `what` names it in errors ("table", "path"), and
/// `expected` is the error for another kind of literal.
fn string_literal(
    literal: Literal,
    what: &str,
    expected: &str,
    errors: &mut Vec<syn::Error>,
) -> Option<LitStr> {
    let span = literal.span();
    match Lit::new(literal) {
        Lit::Str(string) if string.suffix().is_empty() => Some(string),
        Lit::Str(string) => {
            errors.push(syn::Error::new(
                span,
                format!(
                    "the {what} literal has the suffix `{}`; remove it",
                    string.suffix()
                ),
            ));
            None
        }
        Lit::ByteStr(_) | Lit::CStr(_) => {
            errors.push(syn::Error::new(
                span,
                format!(
                    "the {what} must be a string literal, not a byte or C string: drop the prefix"
                ),
            ));
            None
        }
        _ => {
            errors.push(syn::Error::new(span, expected));
            None
        }
    }
}

const INCLUDE_EXPECTED: &str =
    "expected the path of the table's file: `include_str!(\"tables/qq.md\")`";

/// The argument of `include_str!(…)`: one string literal.
fn include_path(group: &Group, errors: &mut Vec<syn::Error>) -> Option<LitStr> {
    if let [TokenTree::Literal(literal)] = without_invisible_groups(group.stream()).as_slice() {
        string_literal(literal.clone(), "path", INCLUDE_EXPECTED, errors)
    } else {
        errors.push(syn::Error::new(group.span(), INCLUDE_EXPECTED));
        None
    }
}

/// The tokens of `stream`, with every group without delimiters replaced by what it holds: a
/// `macro_rules!` fragment such as `$table:literal` or `$body:expr` reaches the macro wrapped in
/// such a group.
fn without_invisible_groups(stream: TokenStream) -> Vec<TokenTree> {
    let mut tokens = Vec::new();
    for token in stream {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                tokens.extend(without_invisible_groups(group.stream()));
            }
            token => tokens.push(token),
        }
    }
    tokens
}

impl Input {
    /// Takes in one outer attribute: understood ones are read, others kept for the enum.
    fn take_attribute(&mut self, attr: Attribute) {
        if attr.path().is_ident("repr") {
            self.take_repr(&attr);
        } else if attr.path().is_ident("derive") {
            self.take_derive(attr);
        } else if attr.path().is_ident("oauth_errors") {
            self.take_options(&attr);
        } else if attr.path().is_ident("cfg_attr") {
            let (kept, cfgs) = self.take_cfg_attr(&attr.meta);
            for cfg in cfgs {
                self.cfgs.push(quote!(#[#cfg]));
            }
            if let Some(kept) = kept {
                self.attrs.push(quote!(#[#kept]));
            }
        } else {
            if attr.path().is_ident("cfg") {
                self.cfgs.push(attr.to_token_stream());
            }
            self.attrs.push(attr.into_token_stream());
        }
    }

    fn take_repr(&mut self, attr: &Attribute) {
        const HELP: &str = "`#[repr]` names the type of the code column: \
                            one of `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`, `u64`";
        let span = attr
            .path()
            .get_ident()
            .map_or_else(Span::call_site, Ident::span);
        if self.repr.is_some() {
            self.errors.push(syn::Error::new(
                span,
                "a second `#[repr]`: the enum takes one `#[repr(T)]`, the type of its codes",
            ));
            return;
        }
        let parsed = attr.parse_args_with(Punctuated::<Ident, Token![,]>::parse_terminated);
        match parsed {
            Ok(types) if types.len() == 1 => {
                let ty = &types[0];
                match IntType::from_name(&ty.to_string()) {
                    Some(int) => self.repr = Some((int, ty.span())),
                    None => self.errors.push(syn::Error::new(
                        ty.span(),
                        format!("`#[repr({ty})]` is not supported here; {HELP}"),
                    )),
                }
            }
            _ => self.errors.push(syn::Error::new_spanned(
                attr.meta.to_token_stream(),
                format!("`#[repr]` takes exactly one integer type here; {HELP}"),
            )),
        }
    }

    fn take_derive(&mut self, attr: Attribute) {
        let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            // Not ours to judge: rustc reports a malformed derive.
            self.attrs.push(attr.into_token_stream());
            return;
        };
        let kept = self.kept_derives(&paths);
        if kept.len() == paths.len() {
            self.attrs.push(attr.into_token_stream());
        } else if !kept.is_empty() {
            let pound = attr.pound_token;
            self.attrs.push(quote!(#pound [derive(#(#kept),*)]));
        }
    }

    /// The derived traits that may stay on the enum; each other one is reported.
    fn kept_derives<'p>(&mut self, paths: &'p Punctuated<Path, Token![,]>) -> Vec<&'p Path> {
        let mut kept = Vec::with_capacity(paths.len());
        for path in paths {
            let name = path
                .segments
                .last()
                .map(|segment| segment.ident.to_string());
            match derive_conflict(name.as_deref().unwrap_or_default()) {
                Some(message) => self.errors.push(syn::Error::new_spanned(path, message)),
                None => kept.push(path),
            }
        }
        kept
    }

    /// `cfg_attr(predicate, attributes…)`. Returns the attribute to keep on the enum, without
    /// what is reported here (`None` when nothing is left of it), and the conditional `cfg`s in
    /// it (as `cfg_attr(predicate, cfg(…))`), which gate the generated impls too, as they gate
    /// the enum. Attributes the macro reads itself (`repr`, `oauth_errors`) cannot be
    /// conditional, and a derive of a trait the macro implements is the same conflict as without
    /// `cfg_attr`.
    fn take_cfg_attr(&mut self, meta: &Meta) -> (Option<TokenStream>, Vec<TokenStream>) {
        let parsed = match meta {
            Meta::List(list) => list.parse_args_with(|input: ParseStream<'_>| {
                let predicate: Meta = input.parse()?;
                input.parse::<Token![,]>()?;
                let attributes = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
                Ok((predicate, attributes))
            }),
            _ => Err(syn::Error::new(Span::call_site(), "")),
        };
        // Not ours to judge: rustc reports a malformed `cfg_attr`.
        let Ok((predicate, attributes)) = parsed else {
            return (Some(meta.to_token_stream()), Vec::new());
        };
        let mut kept = Vec::new();
        let mut cfgs = Vec::new();
        for meta in &attributes {
            let path = meta.path();
            if path.is_ident("cfg") {
                cfgs.push(quote!(cfg_attr(#predicate, #meta)));
                kept.push(meta.to_token_stream());
            } else if path.is_ident("cfg_attr") {
                let (inner, inner_cfgs) = self.take_cfg_attr(meta);
                // The inner `cfg`s hold only where the outer predicate holds too.
                cfgs.extend(
                    inner_cfgs
                        .into_iter()
                        .map(|cfg| quote!(cfg_attr(#predicate, #cfg))),
                );
                kept.extend(inner);
            } else if path.is_ident("repr") || path.is_ident("oauth_errors") {
                let name = path.to_token_stream();
                self.errors.push(syn::Error::new_spanned(
                    meta,
                    format!(
                        "`#[{name}]` cannot be conditional here: `oauth_error_table!` reads it \
                         to write the code; write it as its own attribute, outside `cfg_attr`"
                    ),
                ));
            } else if let Meta::List(list) = meta
                && path.is_ident("derive")
                && let Ok(paths) =
                    list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
            {
                let paths = self.kept_derives(&paths);
                if !paths.is_empty() {
                    kept.push(quote!(derive(#(#paths),*)));
                }
            } else {
                kept.push(meta.to_token_stream());
            }
        }
        let attribute = (!kept.is_empty()).then(|| quote!(cfg_attr(#predicate, #(#kept),*)));
        (attribute, cfgs)
    }

    /// `#[oauth_errors(crate = path, kind(retry = [21331, "temporarily_unavailable"], …),
    /// token_kind(misconfigured = [40001], …))]`: where generated code finds the `oauth_errors`
    /// crate, the kinds of rows, given beside the table by their codes or error ids, and the
    /// kinds they have when the token endpoint answers them.
    fn take_options(&mut self, attr: &Attribute) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string);
            match key.as_deref() {
                Some("crate") => {
                    let path: Path = meta.value()?.parse()?;
                    self.krate = path.into_token_stream();
                    self.krate_given = true;
                    Ok(())
                }
                Some("kind") => meta.parse_nested_meta(|kind| self.take_kind(&kind, false)),
                Some("token_kind") => meta.parse_nested_meta(|kind| self.take_kind(&kind, true)),
                _ => {
                    self.errors.push(unknown_option(&meta, key.as_deref()));
                    skip_value(&meta)
                }
            }
        });
        if let Err(error) = result {
            self.errors.push(error);
        }
    }

    /// One kind of `kind(…)` or `token_kind(…)` (`token`): `retry = [21331,
    /// "temporarily_unavailable"]`, its rows by code or error id.
    fn take_kind(&mut self, meta: &syn::meta::ParseNestedMeta<'_>, token: bool) -> syn::Result<()> {
        let word = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        let kind = match Kind::parse(&word) {
            Ok(kind) => kind,
            Err(near) => {
                self.errors.push(meta.error(format!(
                    "`{}` is not a kind; {}",
                    meta.path.to_token_stream(),
                    kind::unknown_help(near)
                )));
                return skip_value(meta);
            }
        };
        let value = meta.value()?;
        let content;
        syn::bracketed!(content in value);
        while !content.is_empty() {
            let negative = content.parse::<Option<Token![-]>>()?.is_some();
            let literal: Lit = content.parse()?;
            let row = match &literal {
                Lit::Int(code) => {
                    let code: i128 = code.base10_parse()?;
                    Row::Code(if negative { -code } else { code })
                }
                Lit::Str(error) if !negative => Row::Error(error.value()),
                _ => {
                    return Err(syn::Error::new(
                        literal.span(),
                        "expected a row's code (`21325`) or error id (`\"invalid_grant\"`)",
                    ));
                }
            };
            let given = if token {
                &mut self.token_kinds
            } else {
                &mut self.kinds
            };
            given.push((kind, row, literal.span()));
            if !content.is_empty() {
                content.parse::<Token![,]>()?;
            }
        }
        Ok(())
    }
}
