//! Expansion: the model of a table becomes the enum, its methods and its trait impls.
//!
//! Everything generated is hygienic: paths start at `::core` (or the `oauth_errors` crate),
//! primitive types are spelled `::core::primitive::*`, local bindings carry mixed-site spans, and
//! nothing relies on the prelude, so the expansion compiles in `#![no_std]` and
//! `#![no_implicit_prelude]` crates that shadow any of those names.

use crate::inline;
use crate::int::IntType;
use crate::model::{Entry, Model};
use crate::perfect::{self, PerfectHash};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::fmt::Write as _;

/// The enum around the table: what the macro's input says besides the table.
#[derive(Clone, Debug)]
pub struct Enum {
    /// Outer attributes to put on the enum as they are.
    pub attrs: Vec<TokenStream>,
    /// The `#[cfg]`s (also inside `#[cfg_attr]`) that every generated impl repeats.
    pub cfgs: Vec<TokenStream>,
    /// The enum's visibility.
    pub vis: TokenStream,
    /// The enum's name.
    pub ident: Ident,
    /// The type of the codes.
    pub code_type: IntType,
    /// The path to the `oauth_errors` crate in generated code.
    pub krate: TokenStream,
}

/// Tables of at most this many rows look codes up with a `match`, as one would by hand; larger
/// ones with a perfect hash ([`perfect`]). The perfect hash takes 1.4–1.8 ns whatever the size;
/// a `match` on sparse codes takes 1.7 ns at 10 rows and 2.4 ns at 30 (`BENCHMARKS.md`).
pub const MATCH_CODES: usize = 16;

/// Tables of at most this many rows give `description`, `kind`, `kind_at`, `code`, `error`,
/// `category`, `description_en`, `Debug` and `Display` by a `match` on the variant, as one
/// writes it by hand; larger ones by an index into a static array (a `match` of many arms costs
/// the compiler more, and a load from an array is as fast). Where every row has the same value
/// (a table without kinds, say), it is that value, without either.
pub const MATCH_VARIANTS: usize = 16;

/// The same for error ids. A `match` on strings switches on the length and then compares each
/// candidate of that length, which beats hashing up to about 150 rows (3.2 ns at 100 rows, 7.1 ns
/// at 300, against 4.0 ns for the perfect hash); a margin above the crossover costs nothing, since
/// below it the `match` is what one would write by hand anyway.
pub const MATCH_IDS: usize = 192;

/// The enum and everything generated for it.
///
/// The variants' discriminants are 0, 1, 2, … in table order, so that on large tables
/// `description`, `error`, `code` and `Display` are one load from a static array indexed by the
/// variant; small tables get the `match` one would write by hand.
pub fn expand(input: &Enum, model: &Model) -> TokenStream {
    let Enum {
        attrs,
        cfgs,
        vis,
        ident,
        krate,
        ..
    } = input;
    let code_ty = int_type(input.code_type);
    let variants: Vec<Ident> = model
        .entries()
        .iter()
        .map(|entry| Ident::new(&entry.name, Span::call_site()))
        .collect();
    let variant_docs = model.entries().iter().map(variant_doc);
    let str_ty = quote!(&'static ::core::primitive::str);
    let descriptions = literals(model, |entry| entry.description.clone());
    let description = by_variant(&quote!(self), &str_ty, &variants, &descriptions);
    let codes = model.codes();
    let errors = model.errors();
    let code_methods = codes
        .as_ref()
        .map(|codes| code_methods(input, &variants, codes, &code_ty));
    let error_methods = errors
        .as_ref()
        .map(|errors| error_methods(input, &variants, errors));
    let column_methods = column_methods(input, model, &variants, &code_ty);
    let kind_ty = quote!(#krate::Kind);
    let kinds: Vec<TokenStream> = model
        .entries()
        .iter()
        .map(|entry| {
            let kind = Ident::new(entry.kind.variant(), Span::call_site());
            quote!(#krate::Kind::#kind)
        })
        .collect();
    let kind_of = by_variant(&quote!(self), &kind_ty, &variants, &kinds);
    let kind_at = kind_at(input, model, &variants);
    let provider_error = provider_error_impl(input, model, &code_ty);
    let try_from = codes.is_some().then(|| try_from_impl(input, &code_ty));
    let from_str = errors.is_some().then(|| from_str_impl(input));
    let serde = serde_impls(input, model, &code_ty);
    let formatting = formatting_impls(input, model, &variants);
    // `Debug` is written out (`formatting_impls`): rustc's derive costs memory with the square of
    // the variant count (10 GB at 20 000 variants); the other derives cost little, and a derived
    // `PartialEq` lets constants of the enum be used as patterns.
    quote! {
        #(#attrs)*
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #vis enum #ident {
            #(
                #variant_docs
                #variants,
            )*
        }

        #(#cfgs)*
        #[automatically_derived]
        #[allow(dead_code, deprecated)]
        impl #ident {
            /// Every variant, in the order of the table.
            // A constant is no local array: the lint counts its bytes all the same.
            #[allow(clippy::large_stack_arrays)]
            #vis const ALL: &'static [Self] = &[#(#ident::#variants),*];

            /// The description of the error, as the table gives it.
            #[must_use]
            #[inline]
            #vis const fn description(self) -> &'static ::core::primitive::str {
                #description
            }

            /// What an app should do about the error, as the table classifies it.
            #[must_use]
            #[inline]
            #vis const fn kind(self) -> #kind_ty {
                #kind_of
            }

            #kind_at

            #code_methods
            #error_methods
            #column_methods
        }

        #formatting
        #provider_error
        #try_from
        #from_str
        #serde
    }
}

/// `kind_at`: the kind of a row when a given endpoint answered it. The token endpoint's is the
/// row's token kind where the table gives one; every other endpoint's (`Endpoint` is
/// `#[non_exhaustive]`: the wildcard arm takes those to come) is the row's kind.
fn kind_at(input: &Enum, model: &Model, variants: &[Ident]) -> TokenStream {
    let Enum { vis, krate, .. } = input;
    let endpoint = Ident::new("endpoint", Span::mixed_site());
    let token_kinds: Vec<TokenStream> = model
        .entries()
        .iter()
        .map(|entry| {
            let kind = Ident::new(
                entry.token_kind.unwrap_or(entry.kind).variant(),
                Span::call_site(),
            );
            quote!(#krate::Kind::#kind)
        })
        .collect();
    let body = if model
        .entries()
        .iter()
        .any(|entry| entry.token_kind.is_some())
    {
        let token_kind_of =
            by_variant(&quote!(self), &quote!(#krate::Kind), variants, &token_kinds);
        quote! {
            match #endpoint {
                #krate::Endpoint::Token => #token_kind_of,
                _ => Self::kind(self),
            }
        }
    } else {
        quote! {
            let _ = #endpoint;
            Self::kind(self)
        }
    };
    quote! {
        /// What an app should do about the error when `endpoint` answered it: the table's kind
        /// for the token endpoint where it gives one (`token_kind`), else [`kind`](Self::kind).
        #[must_use]
        #[inline]
        #vis const fn kind_at(self, #endpoint: #krate::Endpoint) -> #krate::Kind {
            #body
        }
    }
}

/// `category` and `description_en`, for the tables with those columns.
fn column_methods(
    input: &Enum,
    model: &Model,
    variants: &[Ident],
    code_ty: &TokenStream,
) -> TokenStream {
    let vis = &input.vis;
    let category_method = model.categories().map(|categories| {
        let literals: Vec<TokenStream> = categories.iter().map(|&code| int_literal(code)).collect();
        let category_of = by_variant(&quote!(self), code_ty, variants, &literals);
        quote! {
            /// The category the error shares with others, as the table gives it (such as
            /// Alipay's public `code` beside its `sub_code`, or an HTTP status).
            #[must_use]
            #[inline]
            #vis const fn category(self) -> #code_ty {
                #category_of
            }
        }
    });
    let english_method = model.extras().description_en.then(|| {
        let option_ty = quote!(::core::option::Option<&'static ::core::primitive::str>);
        let literals: Vec<TokenStream> = model
            .entries()
            .iter()
            .map(|entry| {
                entry.description_en.as_ref().map_or_else(
                    || quote!(::core::option::Option::None),
                    |(english, _)| quote!(::core::option::Option::Some(#english)),
                )
            })
            .collect();
        let english_of = by_variant(&quote!(self), &option_ty, variants, &literals);
        quote! {
            /// The description in English, where the table gives one.
            #[must_use]
            #[inline]
            #vis const fn description_en(self) -> #option_ty {
                #english_of
            }
        }
    });
    quote! {
        #category_method
        #english_method
    }
}

/// A string literal for each variant, made from its entry by `text`.
fn literals(model: &Model, text: impl Fn(&Entry) -> String) -> Vec<TokenStream> {
    model
        .entries()
        .iter()
        .map(|entry| {
            let text = text(entry);
            quote!(#text)
        })
        .collect()
}

/// `Debug` (the variant's name, as derived), `Display` and `core::error::Error`.
fn formatting_impls(input: &Enum, model: &Model, variants: &[Ident]) -> TokenStream {
    let Enum { ident, cfgs, .. } = input;
    let str_ty = quote!(&'static ::core::primitive::str);
    let names = literals(model, |entry| entry.name.clone());
    let debug = by_variant(&quote!(*self), &str_ty, variants, &names);
    let display = by_variant(
        &quote!(*self),
        &str_ty,
        variants,
        &literals(model, display_text),
    );
    let formatter = Ident::new("formatter", Span::mixed_site());
    // Only the fallback declares an enum without variants; `pad(match *self {})` never runs.
    let unreachable = variants
        .is_empty()
        .then(|| quote!(#[allow(unreachable_code)]));
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            #unreachable
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #formatter.write_str(#debug)
            }
        }

        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            #unreachable
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #formatter.pad(#display)
            }
        }

        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::error::Error for #ident {}
    }
}

/// The value of `scrutinee` (a place of type `Self`) for each variant: a `match` on small tables
/// (variants with equal values share an arm), a static array indexed by the variant on larger
/// ones. With no variants (only the fallback declares none), `match scrutinee {}`: the scrutinee
/// is a place of type `Self` because a `match` on a `&Self` would not be exhaustive.
fn by_variant(
    scrutinee: &TokenStream,
    ty: &TokenStream,
    variants: &[Ident],
    values: &[TokenStream],
) -> TokenStream {
    // One value for every variant (a table without kinds, say): no `match`, no array.
    if let [first, rest @ ..] = values
        && rest
            .iter()
            .all(|value| value.to_string() == first.to_string())
    {
        return quote!(#first);
    }
    if values.len() <= MATCH_VARIANTS {
        let mut arms: Vec<(String, &TokenStream, Vec<&Ident>)> = Vec::new();
        for (variant, value) in variants.iter().zip(values) {
            let key = value.to_string();
            match arms.iter_mut().find(|(existing, _, _)| *existing == key) {
                Some((_, _, same)) => same.push(variant),
                None => arms.push((key, value, vec![variant])),
            }
        }
        let arms = arms
            .iter()
            .map(|(_, value, variants)| quote!(#(Self::#variants)|* => #value,));
        return quote! {
            match #scrutinee {
                #(#arms)*
            }
        };
    }
    let count = values.len();
    quote! {{
        static VALUES: [#ty; #count] = [#(#values),*];
        VALUES[#scrutinee as ::core::primitive::usize]
    }}
}

/// The body of a lookup (`from_code`, `from_error`) of `probe` among `keys` (one per variant):
/// by a perfect hash when there is one (`probe_hash` writes the probe's hash for a seed), else a
/// `match`.
fn lookup(
    input: &Enum,
    variants: &[Ident],
    hash: Option<PerfectHash>,
    key_ty: &TokenStream,
    keys: &[TokenStream],
    probe_hash: impl FnOnce(u64) -> TokenStream,
    probe: &Ident,
) -> TokenStream {
    let Some(hash) = hash else {
        return quote! {
            match #probe {
                #(#keys => ::core::option::Option::Some(Self::#variants),)*
                _ => ::core::option::Option::None,
            }
        };
    };
    let krate = &input.krate;
    // A free slot holds a key whose own slot is elsewhere: no probe equal to it reaches here.
    let slot_keys = hash.slots.iter().map(|slot| &keys[slot.unwrap_or(0)]);
    // Each slot's variant, as its index in `ALL`: naming a variant costs rustc time in
    // proportion to the variant count (it searches the enum's variants for the constructor), so
    // the expansion names each variant once, in `ALL`, however large the table.
    let index_ty = Ident::new(
        match variants.len() {
            0..=256 => "u8",
            257..=65_536 => "u16",
            _ => "u32",
        },
        Span::call_site(),
    );
    let slot_indices = hash
        .slots
        .iter()
        .map(|slot| Literal::usize_unsuffixed(slot.unwrap_or(0)));
    let slots = hash.slots.len();
    let buckets = hash.pilots.len();
    let pilots = hash
        .pilots
        .iter()
        .map(|&pilot| Literal::u64_unsuffixed(pilot));
    let bits = hash.bits;
    let probe_hash = probe_hash(hash.seed);
    let slot = Ident::new("slot", Span::mixed_site());
    quote! {
        static KEYS: [#key_ty; #slots] = [#(#slot_keys),*];
        static INDICES: [::core::primitive::#index_ty; #slots] = [#(#slot_indices),*];
        static PILOTS: [::core::primitive::u64; #buckets] = [#(#pilots),*];
        let #slot = #krate::__private::hash::slot(#probe_hash, &PILOTS, #bits);
        if KEYS[#slot] == #probe {
            ::core::option::Option::Some(Self::ALL[INDICES[#slot] as ::core::primitive::usize])
        } else {
            ::core::option::Option::None
        }
    }
}

/// `Serialize` as the error id when the table has one, else as the code; `Deserialize` from
/// either. The impls come from `oauth_errors::__serde_impls!`, which writes them when that crate
/// has its `serde` feature and nothing otherwise: the facade's own build decides (a proc macro's
/// features are shared by every build that loads it, a library's are not).
fn serde_impls(input: &Enum, model: &Model, code_ty: &TokenStream) -> TokenStream {
    let Enum {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let keys = model.keys();
    let serialize = if keys.has_error() {
        quote!(error)
    } else {
        quote!(code)
    };
    let by_error = if keys.has_error() {
        quote!(::core::option::Option::Some(Self::from_error))
    } else {
        quote!(::core::option::Option::None)
    };
    let code = Ident::new("code", Span::mixed_site());
    let by_code = if keys.has_code() {
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
        #krate::__serde_impls! {
            #(#cfgs)*
            enum #ident;
            table = #table_name;
            serialize = #serialize;
            by_error = #by_error;
            by_code = #by_code;
        }
    }
}

/// `oauth_errors::ProviderError`, from the inherent API: codes as `i128` and the id as
/// options, so that one function handles any table.
fn provider_error_impl(input: &Enum, model: &Model, code_ty: &TokenStream) -> TokenStream {
    let Enum {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let code = Ident::new("code", Span::mixed_site());
    let error = Ident::new("error", Span::mixed_site());
    let endpoint = Ident::new("endpoint", Span::mixed_site());
    let i128_ty = quote!(::core::primitive::i128);
    let str_ty = quote!(::core::primitive::str);
    let (code_of, from_code) = if model.keys().has_code() {
        (
            quote!(::core::option::Option::Some(
                <#i128_ty as ::core::convert::From<#code_ty>>::from(Self::code(self))
            )),
            quote! {
                match <#code_ty as ::core::convert::TryFrom<#i128_ty>>::try_from(#code) {
                    ::core::result::Result::Ok(#code) => Self::from_code(#code),
                    ::core::result::Result::Err(_) => ::core::option::Option::None,
                }
            },
        )
    } else {
        let none = quote!(::core::option::Option::None);
        (none.clone(), quote!({ let _ = #code; #none }))
    };
    let (error_of, from_error) = if model.keys().has_error() {
        (
            quote!(::core::option::Option::Some(Self::error(self))),
            quote!(Self::from_error(#error)),
        )
    } else {
        let none = quote!(::core::option::Option::None);
        (none.clone(), quote!({ let _ = #error; #none }))
    };
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::__private::Sealed for #ident {}

        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::ProviderError for #ident {
            #[inline]
            fn name() -> &'static #str_ty {
                #table_name
            }

            #[inline]
            fn all() -> &'static [Self] {
                Self::ALL
            }

            #[inline]
            fn kind(self) -> #krate::Kind {
                Self::kind(self)
            }

            #[inline]
            fn kind_at(self, #endpoint: #krate::Endpoint) -> #krate::Kind {
                Self::kind_at(self, #endpoint)
            }

            #[inline]
            fn description(self) -> &'static #str_ty {
                Self::description(self)
            }

            #[inline]
            fn code(self) -> ::core::option::Option<#i128_ty> {
                #code_of
            }

            #[inline]
            fn error(self) -> ::core::option::Option<&'static #str_ty> {
                #error_of
            }

            #[inline]
            fn from_code(#code: #i128_ty) -> ::core::option::Option<Self> {
                #from_code
            }

            #[inline]
            fn from_error(#error: &#str_ty) -> ::core::option::Option<Self> {
                #from_error
            }
        }
    }
}

fn try_from_impl(input: &Enum, code_ty: &TokenStream) -> TokenStream {
    let Enum {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let code = Ident::new("code", Span::mixed_site());
    let found = Ident::new("found", Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<#code_ty> for #ident {
            type Error = #krate::UnknownCode<#code_ty>;

            // `Self::Error` would be ambiguous with a variant named `Error`.
            #[inline]
            fn try_from(
                #code: #code_ty,
            ) -> ::core::result::Result<Self, <Self as ::core::convert::TryFrom<#code_ty>>::Error> {
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

fn from_str_impl(input: &Enum) -> TokenStream {
    let Enum {
        ident, krate, cfgs, ..
    } = input;
    let table_name = ident.to_string();
    let error = Ident::new("error", Span::mixed_site());
    let found = Ident::new("found", Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownErrorId;

            // `Self::Err` would be ambiguous with a variant named `Err`.
            #[inline]
            fn from_str(
                #error: &::core::primitive::str,
            ) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
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

/// `code` and `from_code`, for the rows' codes `values`.
fn code_methods(
    input: &Enum,
    variants: &[Ident],
    values: &[i128],
    code_ty: &TokenStream,
) -> TokenStream {
    let Enum { vis, krate, .. } = input;
    let literals: Vec<TokenStream> = values.iter().map(|&code| int_literal(code)).collect();
    let code = Ident::new("code", Span::mixed_site());
    let code_of = by_variant(&quote!(self), code_ty, variants, &literals);
    let perfect = (values.len() > MATCH_CODES)
        .then(|| {
            // A code's key is its two's complement bits, sign-extended to 64 (`as u64` of the
            // `i128` here, `__private::hash::key_*` there).
            perfect::build(values.len(), |seed| {
                values
                    .iter()
                    .map(|&value| perfect::hash_u64(perfect::code_key(value), seed))
                    .collect()
            })
        })
        .flatten();
    let key = format_ident!("key_{}", input.code_type.name());
    let lookup = lookup(
        input,
        variants,
        perfect,
        code_ty,
        &literals,
        |seed| quote!(#krate::__private::hash::hash_u64(#krate::__private::hash::#key(#code), #seed)),
        &code,
    );
    quote! {
        /// The error's code, as the provider sends it.
        #[must_use]
        #[inline]
        #vis const fn code(self) -> #code_ty {
            #code_of
        }

        /// The variant with this code, or `None` when the table has no such code.
        #[must_use]
        #[inline]
        #vis const fn from_code(#code: #code_ty) -> ::core::option::Option<Self> {
            #lookup
        }
    }
}

/// `error` and `from_error`, for the rows' error ids `ids`.
fn error_methods(input: &Enum, variants: &[Ident], ids: &[&str]) -> TokenStream {
    let Enum { vis, krate, .. } = input;
    let literals: Vec<TokenStream> = ids.iter().map(|id| quote!(#id)).collect();
    let str_ty = quote!(&'static ::core::primitive::str);
    let error_of = by_variant(&quote!(self), &str_ty, variants, &literals);
    let error = Ident::new("error", Span::mixed_site());
    let perfect = (ids.len() > MATCH_IDS)
        .then(|| {
            perfect::build(ids.len(), |seed| {
                ids.iter()
                    .map(|id| perfect::hash_bytes(id.as_bytes(), seed))
                    .collect()
            })
        })
        .flatten();
    let lookup = lookup(
        input,
        variants,
        perfect,
        &str_ty,
        &literals,
        |seed| quote!(#krate::__private::hash::hash_bytes(#error.as_bytes(), #seed)),
        &error,
    );
    quote! {
        /// The error id, as the provider sends it in the `error` field.
        #[must_use]
        #[inline]
        #vis const fn error(self) -> &'static ::core::primitive::str {
            #error_of
        }

        /// The variant with this error id (compared exactly), or `None` when the table has no
        /// such id.
        #[must_use]
        #[inline]
        #vis fn from_error(#error: &::core::primitive::str) -> ::core::option::Option<Self> {
            #lookup
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
    let id = match (entry.key.error(), entry.key.code()) {
        (Some(error), Some(code)) => format!("{error} ({code})"),
        (Some(error), None) => error.to_owned(),
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
/// its code and error id (and its kinds, where the token endpoint's differs), then its note
/// (Markdown).
fn variant_doc(entry: &Entry) -> TokenStream {
    let mut paragraphs = Vec::new();
    if !entry.description_doc.is_empty() {
        paragraphs.push(entry.description_doc.clone());
    }
    if let Some((_, english)) = &entry.description_en {
        paragraphs.push(format!("English: {english}"));
    }
    let mut facts = match (entry.key.error(), entry.key.code()) {
        (Some(error), Some(code)) => {
            format!("Error id {}, code `{code}`.", inline::code_span(error))
        }
        (Some(error), None) => format!("Error id {}.", inline::code_span(error)),
        (None, Some(code)) => format!("Code `{code}`."),
        (None, None) => String::new(),
    };
    if let Some(category) = entry.category {
        let _ = write!(facts, " Category `{category}`.");
    }
    if let Some(token_kind) = entry.token_kind.filter(|&kind| kind != entry.kind) {
        let _ = write!(
            facts,
            " Kind `{}`; `{}` when the token endpoint answers it.",
            entry.kind.keyword(),
            token_kind.keyword()
        );
    }
    paragraphs.push(facts.trim_start().to_owned());
    if let Some(note) = &entry.note {
        // The note is the table author's own documentation: Markdown, as in a doc comment.
        paragraphs.push(note.clone());
    }
    let lines = paragraphs.join("\n\n");
    let lines = lines.split('\n').map(|line| format!(" {line}"));
    // rustdoc's search finds a variant by its code and its error id too.
    let aliases = entry
        .key
        .code()
        .map(|code| code.to_string())
        .into_iter()
        .chain(entry.key.error().map(str::to_owned))
        .filter(|alias| is_doc_alias(alias, &entry.name))
        .collect::<Vec<_>>();
    // One attribute for both: rustc's expansion pays for each `#[doc(alias)]` it reads.
    let aliases = (!aliases.is_empty()).then(|| quote!(#[doc(alias(#(#aliases),*))]));
    quote! {
        #(#[doc = #lines])*
        #aliases
    }
}

/// Whether rustdoc takes `alias` as a `#[doc(alias)]` of the item `name`: not empty, no quote, no
/// white space but inner spaces, not the name itself.
fn is_doc_alias(alias: &str, name: &str) -> bool {
    !alias.is_empty()
        && alias != name
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {
    use super::display_text;
    use crate::model::{Entry, Key};

    fn entry(code: Option<i128>, error: Option<&str>, description: &str) -> Entry {
        let key = match (code, error) {
            (Some(code), Some(error)) => Key::Both {
                code,
                error: error.to_owned(),
            },
            (Some(code), None) => Key::Code(code),
            (None, error) => Key::Error(error.unwrap_or_default().to_owned()),
        };
        Entry {
            name: "X".to_owned(),
            key,
            description: description.to_owned(),
            description_doc: String::new(),
            category: None,
            description_en: None,
            kind: crate::kind::Kind::Unknown,
            token_kind: None,
            note: None,
        }
    }

    #[test]
    fn doc_aliases_for_the_code_and_the_error_id() {
        let doc = |code, error: Option<&str>| {
            let mut entry = entry(code, error, "x");
            entry.name = "InvalidGrant".to_owned();
            super::variant_doc(&entry).to_string()
        };
        let both = doc(Some(21325), Some("invalid_grant"));
        assert!(
            both.contains(r#"doc (alias ("21325" , "invalid_grant"))"#),
            "{both}"
        );
        // Spaces inside are fine; what rustdoc refuses is left out.
        assert!(
            doc(None, Some("appkey permission denied"))
                .contains("alias (\"appkey permission denied\")")
        );
        assert!(!doc(None, Some("InvalidGrant")).contains("alias"));
        assert!(!doc(None, Some("a\"b")).contains("alias"));
        assert!(!doc(None, Some("a\tb")).contains("alias"));
        assert_eq!(doc(Some(-1), None).matches("alias").count(), 1);
    }

    #[test]
    fn variant_docs_name_a_token_kind_that_differs() {
        use crate::kind::Kind;
        let mut entry = entry(Some(40001), None, "invalid credential");
        entry.kind = Kind::Refresh;
        entry.token_kind = Some(Kind::Misconfigured);
        let doc = super::variant_doc(&entry).to_string();
        assert!(
            doc.contains(
                "Code `40001`. Kind `refresh`; `misconfigured` when the token endpoint answers it."
            ),
            "{doc}"
        );
        entry.token_kind = None;
        assert!(!super::variant_doc(&entry).to_string().contains("Kind"));
    }

    #[test]
    fn kind_at_matches_the_token_endpoint_with_a_wildcard_for_the_others() {
        use crate::kind::Kind;
        use crate::model::{Extras, Keys, Model};
        let mut first = entry(Some(1), None, "one");
        first.token_kind = Some(Kind::Denied);
        let mut second = entry(Some(2), None, "two");
        second.name = "Y".to_owned();
        let model =
            Model::with_entries(Keys::Code, Extras::default(), vec![first, second]).unwrap();
        let item = super::Enum {
            attrs: Vec::new(),
            cfgs: Vec::new(),
            vis: quote::quote!(pub),
            ident: proc_macro2::Ident::new("E", proc_macro2::Span::call_site()),
            code_type: crate::int::IntType::I32,
            krate: quote::quote!(::oauth_errors),
        };
        let variants = [
            proc_macro2::Ident::new("X", proc_macro2::Span::call_site()),
            proc_macro2::Ident::new("Y", proc_macro2::Span::call_site()),
        ];
        let kind_at = super::kind_at(&item, &model, &variants).to_string();
        assert!(
            kind_at.contains(":: oauth_errors :: Endpoint :: Token => match self"),
            "{kind_at}"
        );
        assert!(kind_at.contains("_ => Self :: kind (self)"), "{kind_at}");
        // Without token kinds, no `match` at all.
        let model = Model::with_entries(
            Keys::Code,
            Extras::default(),
            vec![entry(Some(1), None, "one")],
        )
        .unwrap();
        let kind_at = super::kind_at(&item, &model, &variants[..1]).to_string();
        assert!(!kind_at.contains("match"), "{kind_at}");
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
        assert_eq!(
            crate::inline::escape("client_id<b>[1]"),
            r"client\_id\<b\>\[1\]"
        );
        assert_eq!(crate::inline::escape("成功。"), "成功。");
        assert_eq!(crate::inline::code_span("invalid_grant"), "`invalid_grant`");
        assert_eq!(crate::inline::code_span("a`b"), "`` a`b ``");
    }
}
