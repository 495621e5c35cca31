//! The model of a table: the enum it declares, one [`Entry`] per valid row.
//!
//! Which lookup keys a table has is a type, [`Keys`], and each entry's [`Key`] is of that kind:
//! a table with a code column has a code on every row, one with an error column an error id.

/// The lookup keys of a table: the columns that `from_code` and `from_error` search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keys {
    /// Integer codes only (QQ: `100020`).
    Code,
    /// String error ids only (`invalid_grant`).
    Error,
    /// Both (Weibo: `invalid_grant` and `21325`).
    Both,
}

impl Keys {
    /// Whether the table has a code column.
    #[must_use]
    pub fn has_code(self) -> bool {
        matches!(self, Keys::Code | Keys::Both)
    }

    /// Whether the table has an error column.
    #[must_use]
    pub fn has_error(self) -> bool {
        matches!(self, Keys::Error | Keys::Both)
    }
}

/// The keys of one row, of its table's [`Keys`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// The row's code.
    Code(i128),
    /// The row's error id.
    Error(String),
    /// The row's code and error id.
    Both {
        /// The code.
        code: i128,
        /// The error id.
        error: String,
    },
}

impl Key {
    /// The code, in a table with a code column.
    #[must_use]
    pub fn code(&self) -> Option<i128> {
        match self {
            Key::Code(code) | Key::Both { code, .. } => Some(*code),
            Key::Error(_) => None,
        }
    }

    /// The error id, in a table with an error column.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        match self {
            Key::Error(error) | Key::Both { error, .. } => Some(error),
            Key::Code(_) => None,
        }
    }

    /// Which keys these are.
    #[must_use]
    pub fn keys(&self) -> Keys {
        match self {
            Key::Code(_) => Keys::Code,
            Key::Error(_) => Keys::Error,
            Key::Both { .. } => Keys::Both,
        }
    }
}

/// One row of the table: one variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The variant's name.
    pub name: String,
    /// The row's code and error id.
    pub key: Key,
    /// What the error means, as the table gives it.
    pub description: String,
    /// More documentation for the variant, in Markdown.
    pub note: Option<String>,
}

/// The enum a table declares: its keys, and its valid rows in table order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    keys: Keys,
    entries: Vec<Entry>,
}

impl Model {
    /// A model without entries, whose rows have `keys`.
    #[must_use]
    pub fn new(keys: Keys) -> Model {
        Model {
            keys,
            entries: Vec::new(),
        }
    }

    /// A model of these entries, whose keys must all be of the kind `keys`; `None` when one is
    /// not.
    #[must_use]
    pub fn with_entries(keys: Keys, entries: Vec<Entry>) -> Option<Model> {
        entries
            .iter()
            .all(|entry| entry.key.keys() == keys)
            .then_some(Model { keys, entries })
    }

    /// Adds a row. Its key is of the model's kind: the validator reads the keys of every row
    /// from the same columns.
    pub(crate) fn push(&mut self, entry: Entry) {
        debug_assert_eq!(entry.key.keys(), self.keys, "{entry:?}");
        self.entries.push(entry);
    }

    /// The table's lookup keys.
    #[must_use]
    pub fn keys(&self) -> Keys {
        self.keys
    }

    /// The rows, in table order.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every row's code, in table order, when the table has a code column.
    #[must_use]
    pub fn codes(&self) -> Option<Vec<i128>> {
        self.keys.has_code().then(|| {
            self.entries
                .iter()
                .filter_map(|entry| entry.key.code())
                .collect()
        })
    }

    /// Every row's error id, in table order, when the table has an error column.
    #[must_use]
    pub fn errors(&self) -> Option<Vec<&str>> {
        self.keys.has_error().then(|| {
            self.entries
                .iter()
                .filter_map(|entry| entry.key.error())
                .collect()
        })
    }
}
