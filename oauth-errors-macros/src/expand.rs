//! Expansion: the model of a table becomes the enum, its methods and its trait impls.
//!
//! Everything generated is hygienic: paths start at `::core` (or the `oauth_errors` crate),
//! primitive types are spelled `::core::primitive::*`, local bindings carry mixed-site spans, and
//! nothing relies on the prelude, so the expansion compiles in `#![no_std]` and
//! `#![no_implicit_prelude]` crates that shadow any of those names.

use crate::ast::Input;
use crate::int::IntType;
use crate::model::{Entry, Model};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashMap;

/// The enum and everything generated for it.
pub(crate) fn expand(input: &Input, model: &Model) -> TokenStream {
    let Input {
        attrs,
        cfgs,
        vis,
        ident,
        ..
    } = input;
    let code_type = input.code_type();
    let code_ty = int_type(code_type);
    let variants: Vec<Ident> = model
        .entries
        .iter()
        .map(|entry| Ident::new(&entry.name, Span::call_site()))
        .collect();
    let variant_docs = model.entries.iter().map(variant_doc);
    let has_code = model.has_code;
    let discriminants = model.entries.iter().map(|entry| match entry.code {
        Some(code) if has_code => {
            let code = int_literal(code);
            quote!(= #code)
        }
        _ => TokenStream::new(),
    });
    // `#[repr]` on an enum without variants is an error; the fallback may declare none.
    let repr_ty = format_ident!("{}", code_type.name());
    let repr = (has_code && !variants.is_empty()).then(|| quote!(#[repr(#repr_ty)]));

    let description = str_match(
        &quote!(self),
        &variants,
        model.entries.iter().map(|e| &*e.description),
    );
    let display_texts: Vec<String> = model.entries.iter().map(display_text).collect();
    let display = str_match(
        &quote!(*self),
        &variants,
        display_texts.iter().map(String::as_str),
    );
    let code_methods = has_code.then(|| code_methods(vis, &variants, model, &code_ty));
    let error_methods = model
        .has_error
        .then(|| error_methods(vis, &variants, model));
    let try_from = has_code.then(|| try_from_impl(input, &code_ty));
    let from_str = model.has_error.then(|| from_str_impl(input));
    let serde = cfg!(feature = "serde").then(|| serde_impls(input, model, &code_ty));
    let formatter = Ident::new("formatter", Span::mixed_site());
    // Only the fallback declares an enum without variants; `pad(match *self {})` never runs.
    let unreachable = variants
        .is_empty()
        .then(|| quote!(#[allow(unreachable_code)]));

    quote! {
        #(#attrs)*
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #repr
        #vis enum #ident {
            #(
                #variant_docs
                #variants #discriminants,
            )*
        }

        #(#cfgs)*
        #[automatically_derived]
        #[allow(dead_code)]
        impl #ident {
            /// Every variant, in the order of the table.
            #vis const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The description of the error, as the table gives it.
            #[must_use]
            #[inline]
            #vis const fn description(self) -> &'static ::core::primitive::str {
                #description
            }

            #code_methods
            #error_methods
        }

        #(#cfgs)*
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            #unreachable
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #formatter.pad(#display)
            }
        }

        #(#cfgs)*
        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #try_from
        #from_str
        #serde
    }
}

/// `Serialize` as the error id when the table has one, else as the code; `Deserialize` from
/// either (through `oauth_errors::__private`, which holds the visitor).
fn serde_impls(input: &Input, model: &Model, code_ty: &TokenStream) -> TokenStream {
    let Input {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let serializer = Ident::new("serializer", Span::mixed_site());
    let deserializer = Ident::new("deserializer", Span::mixed_site());
    let serialize = if model.has_error {
        quote!(#serializer.serialize_str(self.error()))
    } else {
        quote!(#krate::__private::serde::Serialize::serialize(&self.code(), #serializer))
    };
    let by_error = if model.has_error {
        quote!(::core::option::Option::Some(Self::from_error))
    } else {
        quote!(::core::option::Option::None)
    };
    let code = Ident::new("code", Span::mixed_site());
    let by_code = if model.has_code {
        quote! {
            ::core::option::Option::Some(|#code: ::core::primitive::i128| {
                match <#code_ty as ::core::convert::TryFrom<::core::primitive::i128>>::try_from(#code) {
                    ::core::result::Result::Ok(#code) => Self::from_code(#code),
                    ::core::result::Result::Err(_) => ::core::option::Option::None,
                }
            })
        }
    } else {
        quote!(::core::option::Option::None)
    };
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        impl #krate::__private::serde::Serialize for #ident {
            fn serialize<__S>(&self, #serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #krate::__private::serde::Serializer,
            {
                #serialize
            }
        }

        #(#cfgs)*
        #[automatically_derived]
        impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(#deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: #krate::__private::serde::Deserializer<'de>,
            {
                #krate::__private::deserialize(
                    #deserializer,
                    #krate::__private::Lookup {
                        table: #table_name,
                        by_error: #by_error,
                        by_code: #by_code,
                    },
                )
            }
        }
    }
}

fn try_from_impl(input: &Input, code_ty: &TokenStream) -> TokenStream {
    let Input {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let code = Ident::new("code", Span::mixed_site());
    let found = Ident::new("found", Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        impl ::core::convert::TryFrom<#code_ty> for #ident {
            type Error = #krate::UnknownCode<#code_ty>;

            #[inline]
            fn try_from(#code: #code_ty) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(#code) {
                    ::core::option::Option::Some(#found) => ::core::result::Result::Ok(#found),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #krate::UnknownCode::new(#table_name, #code),
                    ),
                }
            }
        }
    }
}

fn from_str_impl(input: &Input) -> TokenStream {
    let Input {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let error = Ident::new("error", Span::mixed_site());
    let found = Ident::new("found", Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownErrorId;

            #[inline]
            fn from_str(#error: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_error(#error) {
                    ::core::option::Option::Some(#found) => ::core::result::Result::Ok(#found),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #krate::UnknownErrorId::new(#table_name, #error),
                    ),
                }
            }
        }
    }
}

fn code_methods(
    vis: &syn::Visibility,
    variants: &[Ident],
    model: &Model,
    code_ty: &TokenStream,
) -> TokenStream {
    let codes: Vec<TokenStream> = model
        .entries
        .iter()
        .map(|entry| int_literal(entry.code.unwrap_or_default()))
        .collect();
    let code = Ident::new("code", Span::mixed_site());
    quote! {
        /// The error's code, as the provider sends it.
        #[must_use]
        #[inline]
        #vis const fn code(self) -> #code_ty {
            match self {
                #(Self::#variants => #codes,)*
            }
        }

        /// The variant with this code, or `None` when the table has no such code.
        #[must_use]
        #[inline]
        #vis const fn from_code(#code: #code_ty) -> ::core::option::Option<Self> {
            match #code {
                #(#codes => ::core::option::Option::Some(Self::#variants),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn error_methods(vis: &syn::Visibility, variants: &[Ident], model: &Model) -> TokenStream {
    let ids: Vec<&str> = model
        .entries
        .iter()
        .map(|entry| entry.error.as_deref().unwrap_or_default())
        .collect();
    let error_match = str_match(&quote!(self), variants, ids.iter().copied());
    let error = Ident::new("error", Span::mixed_site());
    quote! {
        /// The error id, as the provider sends it in the `error` field.
        #[must_use]
        #[inline]
        #vis const fn error(self) -> &'static ::core::primitive::str {
            #error_match
        }

        /// The variant with this error id (compared exactly), or `None` when the table has no
        /// such id.
        #[must_use]
        #[inline]
        #vis fn from_error(#error: &::core::primitive::str) -> ::core::option::Option<Self> {
            match #error {
                #(#ids => ::core::option::Option::Some(Self::#variants),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

/// `match #scrutinee { … }` giving each variant its string; variants with the same string share
/// an arm. (The scrutinee is a place of type `Self`: with no variants, which the fallback may
/// declare, a `match` on a `&Self` would not be exhaustive.)
fn str_match<'a>(
    scrutinee: &TokenStream,
    variants: &[Ident],
    values: impl Iterator<Item = &'a str>,
) -> TokenStream {
    let mut arms: Vec<(&'a str, Vec<&Ident>)> = Vec::new();
    let mut arm_of: HashMap<&'a str, usize> = HashMap::new();
    for (variant, value) in variants.iter().zip(values) {
        let arm = *arm_of.entry(value).or_insert_with(|| {
            arms.push((value, Vec::new()));
            arms.len() - 1
        });
        arms[arm].1.push(variant);
    }
    let arms = arms
        .iter()
        .map(|(value, variants)| quote!(#(Self::#variants)|* => #value,));
    quote! {
        match #scrutinee {
            #(#arms)*
        }
    }
}

/// An integer literal, as tokens: a `-` and a literal for negative values.
fn int_literal(value: i128) -> TokenStream {
    let literal = Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote!(-#literal)
    } else {
        quote!(#literal)
    }
}

fn int_type(ty: IntType) -> TokenStream {
    let ty = format_ident!("{}", ty.name());
    quote!(::core::primitive::#ty)
}

/// What `Display` shows: the error id and code, then the description.
pub(crate) fn display_text(entry: &Entry) -> String {
    let id = match (&entry.error, entry.code) {
        (Some(error), Some(code)) => format!("{error} ({code})"),
        (Some(error), None) => error.clone(),
        (None, Some(code)) => code.to_string(),
        (None, None) => String::new(),
    };
    match (id.is_empty(), entry.description.is_empty()) {
        (_, true) => id,
        (true, false) => entry.description.clone(),
        (false, false) => format!("{id}: {}", entry.description),
    }
}

/// The doc comment of a variant: the description (the provider's text, shown as written), then
/// its code and error id, then its note (Markdown).
fn variant_doc(entry: &Entry) -> TokenStream {
    let mut paragraphs = Vec::new();
    if !entry.description.is_empty() {
        paragraphs.push(escape_markdown(&entry.description));
    }
    let facts = match (&entry.error, entry.code) {
        (Some(error), Some(code)) => format!("Error id {}, code `{code}`.", code_span(error)),
        (Some(error), None) => format!("Error id {}.", code_span(error)),
        (None, Some(code)) => format!("Code `{code}`."),
        (None, None) => String::new(),
    };
    paragraphs.push(facts);
    if let Some(note) = &entry.note {
        // The note is the table author's own documentation: Markdown, as in a doc comment.
        paragraphs.push(note.clone());
    }
    let lines = paragraphs.join("\n\n");
    let lines = lines.split('\n').map(|line| format!(" {line}"));
    quote!(#(#[doc = #lines])*)
}

/// `text` with every ASCII punctuation character escaped, so that Markdown shows it as written
/// (and rustdoc finds no links, HTML or URLs in provider text).
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `text` as a Markdown code span, with a fence longer than any run of backticks inside it.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

#[cfg(test)]
mod tests {
    use super::{code_span, display_text, escape_markdown};
    use crate::model::Entry;

    fn entry(code: Option<i128>, error: Option<&str>, description: &str) -> Entry {
        Entry {
            name: "X".to_owned(),
            code,
            error: error.map(str::to_owned),
            description: description.to_owned(),
            note: None,
        }
    }

    #[test]
    fn display_texts() {
        assert_eq!(
            display_text(&entry(
                Some(21325),
                Some("invalid_grant"),
                "提供的Access Grant是无效的"
            )),
            "invalid_grant (21325): 提供的Access Grant是无效的"
        );
        assert_eq!(
            display_text(&entry(Some(100_020), None, "code被重复使用。")),
            "100020: code被重复使用。"
        );
        assert_eq!(display_text(&entry(None, Some("busy"), "")), "busy");
        assert_eq!(
            display_text(&entry(Some(-1), None, "系统繁忙")),
            "-1: 系统繁忙"
        );
    }

    #[test]
    fn markdown_escaping() {
        assert_eq!(escape_markdown("client_id<b>[1]"), r"client\_id\<b\>\[1\]");
        assert_eq!(escape_markdown("成功。"), "成功。");
        assert_eq!(code_span("invalid_grant"), "`invalid_grant`");
        assert_eq!(code_span("a`b"), "`` a`b ``");
    }
}
