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

use crate::int::IntType;
use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Lit, LitStr, Path, Token, Visibility, braced};

/// The traits every generated enum derives.
pub(crate) const DERIVED: [&str; 6] = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

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
    /// Where the table is, when the body says it well.
    pub(crate) body: Option<Body>,
    /// What is wrong with the input outside the table.
    pub(crate) errors: Vec<syn::Error>,
}

impl Input {
    pub(crate) fn code_type(&self) -> IntType {
        self.repr.map_or(IntType::DEFAULT, |(ty, _)| ty)
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

/// Reads the body: one string literal without a suffix, or `include_str!("path")`.
fn parse_body(
    content: ParseStream<'_>,
    braces: Span,
    errors: &mut Vec<syn::Error>,
) -> Option<Body> {
    const EXPECTED: &str = "expected the table as one string literal, such as \
                            `r#\"| code | description |\\n| --- | --- |\\n| 1 | busy |\"#`, \
                            or `include_str!(\"path/to/table.md\")`";
    let Ok(token) = content.parse::<TokenTree>() else {
        errors.push(syn::Error::new(braces, EXPECTED));
        return None;
    };
    let mut body = match without_invisible_groups(token) {
        TokenTree::Literal(literal) => {
            string_literal(literal, "table", EXPECTED, errors).map(Body::Literal)
        }
        TokenTree::Ident(ident) if ident == "include_str" && content.peek(Token![!]) => {
            content.parse::<Token![!]>().ok();
            include_path(content, &ident, errors).map(Body::File)
        }
        TokenTree::Ident(ident) if content.peek(Token![!]) => {
            errors.push(syn::Error::new(
                ident.span(),
                format!(
                    "`{ident}!` is not expanded here: write the table out as a string literal, \
                     or keep it in a file and write `include_str!(\"path/to/table.md\")`"
                ),
            ));
            None
        }
        token => {
            errors.push(syn::Error::new(token.span(), EXPECTED));
            None
        }
    };
    if body.is_some() && !content.is_empty() {
        errors.push(content.error(
            "expected the end of the enum body: the table is one string literal; \
             put all of it into that literal",
        ));
        // Part of a table: checking it would only report what is missing.
        body = None;
    }
    // Leave nothing unread: syn would replace the errors above with a generic one.
    while content.parse::<TokenTree>().is_ok() {}
    body
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

/// The argument of `include_str!(…)`: one string literal.
fn include_path(
    content: ParseStream<'_>,
    include: &Ident,
    errors: &mut Vec<syn::Error>,
) -> Option<LitStr> {
    const EXPECTED: &str =
        "expected the path of the table's file: `include_str!(\"tables/qq.md\")`";
    let Ok(TokenTree::Group(group)) = content.parse::<TokenTree>() else {
        errors.push(syn::Error::new(include.span(), EXPECTED));
        return None;
    };
    let mut inner = group.stream().into_iter().map(without_invisible_groups);
    if let (Some(TokenTree::Literal(literal)), None) = (inner.next(), inner.next()) {
        string_literal(literal, "path", EXPECTED, errors)
    } else {
        errors.push(syn::Error::new(group.span(), EXPECTED));
        None
    }
}

/// The token inside invisible groups: a `macro_rules!` fragment such as `$table:literal` reaches
/// the macro wrapped in a group without delimiters.
fn without_invisible_groups(token: TokenTree) -> TokenTree {
    if let TokenTree::Group(group) = &token
        && group.delimiter() == Delimiter::None
    {
        let mut inner = group.stream().into_iter();
        if let (Some(only), None) = (inner.next(), inner.next()) {
            return without_invisible_groups(only);
        }
    }
    token
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
        let mut kept: Vec<&Path> = Vec::with_capacity(paths.len());
        for path in &paths {
            let name = path
                .segments
                .last()
                .map(|segment| segment.ident.to_string());
            if name.as_deref().is_some_and(|name| DERIVED.contains(&name)) {
                self.errors.push(syn::Error::new_spanned(
                    path,
                    format!(
                        "`oauth_error_table!` derives `{}` itself; remove it from this `#[derive]`",
                        name.unwrap_or_default()
                    ),
                ));
            } else {
                kept.push(path);
            }
        }
        if kept.len() == paths.len() {
            self.attrs.push(attr.into_token_stream());
        } else if !kept.is_empty() {
            let pound = attr.pound_token;
            self.attrs.push(quote!(#pound [derive(#(#kept),*)]));
        }
    }

    /// `#[oauth_errors(crate = path)]`: where generated code finds the `oauth_errors` crate.
    fn take_options(&mut self, attr: &Attribute) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let path: Path = meta.value()?.parse()?;
                self.krate = path.into_token_stream();
                Ok(())
            } else {
                Err(meta
                    .error("unknown option of `#[oauth_errors]`; the one option is `crate = path`"))
            }
        });
        if let Err(error) = result {
            self.errors.push(error);
        }
    }
}
