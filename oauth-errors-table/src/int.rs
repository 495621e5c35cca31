//! The integer types a table's code column may have (`#[repr(T)]`).

/// An integer type named by `#[repr(T)]`: the type of the code column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(
    missing_docs,
    reason = "each variant is the primitive type of its name"
)]
pub enum IntType {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntType {
    /// Every supported type, narrowest first within each signedness (used for suggestions).
    pub const ALL: [IntType; 8] = [
        IntType::U8,
        IntType::I8,
        IntType::U16,
        IntType::I16,
        IntType::U32,
        IntType::I32,
        IntType::U64,
        IntType::I64,
    ];

    /// The type the code column has when the enum carries no `#[repr]`.
    pub const DEFAULT: IntType = IntType::I32;

    /// The type of this name (`u32`), if it is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<IntType> {
        IntType::ALL.into_iter().find(|ty| ty.name() == name)
    }

    /// The type's name, as Rust spells it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            IntType::I8 => "i8",
            IntType::I16 => "i16",
            IntType::I32 => "i32",
            IntType::I64 => "i64",
            IntType::U8 => "u8",
            IntType::U16 => "u16",
            IntType::U32 => "u32",
            IntType::U64 => "u64",
        }
    }

    /// The inclusive range of values of the type.
    #[must_use]
    pub fn range(self) -> (i128, i128) {
        match self {
            IntType::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntType::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntType::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntType::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntType::U8 => (0, u8::MAX.into()),
            IntType::U16 => (0, u16::MAX.into()),
            IntType::U32 => (0, u32::MAX.into()),
            IntType::U64 => (0, u64::MAX.into()),
        }
    }

    /// Whether the type holds `value`.
    #[must_use]
    pub fn contains(self, value: i128) -> bool {
        let (min, max) = self.range();
        (min..=max).contains(&value)
    }

    /// The narrowest supported type that holds every value of `min..=max`, if any.
    #[must_use]
    pub fn narrowest_for(min: i128, max: i128) -> Option<IntType> {
        IntType::ALL
            .into_iter()
            .find(|ty| ty.contains(min) && ty.contains(max))
    }
}

/// A decimal integer: optional `-`, then digits. `Err(())` for digits too many for any type.
pub(crate) fn parse_integer(text: &str) -> Option<Result<i128, ()>> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse::<i128>().map_err(drop))
}

#[cfg(test)]
mod tests {
    use super::IntType;

    #[test]
    fn names_round_trip() {
        for ty in IntType::ALL {
            assert_eq!(IntType::from_name(ty.name()), Some(ty));
        }
        assert_eq!(IntType::from_name("usize"), None);
        assert_eq!(IntType::from_name("u128"), None);
        assert_eq!(IntType::from_name("C"), None);
    }

    #[test]
    fn ranges_match_std() {
        assert_eq!(IntType::U8.range(), (0, 255));
        assert_eq!(IntType::I8.range(), (-128, 127));
        assert_eq!(IntType::U64.range(), (0, 18_446_744_073_709_551_615));
        assert_eq!(
            IntType::I64.range(),
            (-9_223_372_036_854_775_808, 9_223_372_036_854_775_807)
        );
        assert!(IntType::I32.contains(110_510));
        assert!(!IntType::U16.contains(110_510));
        assert!(!IntType::U32.contains(-1));
    }

    #[test]
    fn narrowest_type() {
        assert_eq!(IntType::narrowest_for(0, 255), Some(IntType::U8));
        assert_eq!(IntType::narrowest_for(-1, 255), Some(IntType::I16));
        assert_eq!(IntType::narrowest_for(21_322, 110_510), Some(IntType::U32));
        assert_eq!(IntType::narrowest_for(-1, i128::from(u64::MAX)), None);
    }
}
