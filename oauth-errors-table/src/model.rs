//! The model of a table: the enum it declares, one [`Entry`] per valid row.
//!
//! Which lookup keys a table has is a type, [`Keys`], and each entry's [`Key`] is of that kind:
//! a table with a code column has a code on every row, one with an error column an error id.

use crate::kind::Kind;

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

/// The columns a table has besides its keys and its description, each an accessor of the
/// generated enum.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// A category column: every row has a category.
    pub category: bool,
    /// An English description column: a row may have one.
    pub description_en: bool,
}

/// One row of the table: one variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The variant's name.
    pub name: String,
    /// The row's code and error id.
    pub key: Key,
    /// What the error means, as the table gives it: the text a reader of the table sees.
    pub description: String,
    /// The description as Markdown, for the variant's documentation: the markup of the table's
    /// cell kept, the text escaped.
    pub description_doc: String,
    /// The row's category, in a table with a category column.
    pub category: Option<i128>,
    /// The English description and its Markdown, in a table with an English description
    /// column and a cell that is not empty.
    pub description_en: Option<(String, String)>,
    /// What an app should do about the error.
    pub kind: Kind,
    /// What an app should do about the error when the token endpoint answers it, where the table
    /// says it differs from [`kind`](Entry::kind).
    pub token_kind: Option<Kind>,
    /// More documentation for the variant, in Markdown.
    pub note: Option<String>,
}

/// The enum a table declares: its keys, its other columns, and its valid rows in table order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    keys: Keys,
    extras: Extras,
    entries: Vec<Entry>,
}

impl Model {
    /// A model without entries, whose rows have `keys` and the columns `extras`.
    #[must_use]
    pub fn new(keys: Keys, extras: Extras) -> Model {
        Model {
            keys,
            extras,
            entries: Vec::new(),
        }
    }

    /// A model of these entries, each of which must fit `keys` and `extras`; `None` when one
    /// does not.
    #[must_use]
    pub fn with_entries(keys: Keys, extras: Extras, entries: Vec<Entry>) -> Option<Model> {
        let mut model = Model::new(keys, extras);
        entries.iter().all(|entry| model.fits(entry)).then(|| {
            model.entries = entries;
            model
        })
    }

    /// Whether `entry` has the keys and columns of the model.
    fn fits(&self, entry: &Entry) -> bool {
        entry.key.keys() == self.keys
            && entry.category.is_some() == self.extras.category
            && (self.extras.description_en || entry.description_en.is_none())
    }

    /// Gives the row at `index` the kind `kind`.
    pub(crate) fn set_kind(&mut self, index: usize, kind: Kind) {
        self.entries[index].kind = kind;
    }

    /// Gives the row at `index` the token kind `kind` (`None`: the same as its kind).
    pub(crate) fn set_token_kind(&mut self, index: usize, kind: Option<Kind>) {
        self.entries[index].token_kind = kind;
    }

    /// Adds a row. It fits the model: the validator reads every row from the same columns.
    pub(crate) fn push(&mut self, entry: Entry) {
        debug_assert!(self.fits(&entry), "{entry:?}");
        self.entries.push(entry);
    }

    /// The table's lookup keys.
    #[must_use]
    pub fn keys(&self) -> Keys {
        self.keys
    }

    /// The table's other columns.
    #[must_use]
    pub fn extras(&self) -> Extras {
        self.extras
    }

    /// Every row's category, in table order, when the table has a category column.
    #[must_use]
    pub fn categories(&self) -> Option<Vec<i128>> {
        self.extras.category.then(|| {
            self.entries
                .iter()
                .filter_map(|entry| entry.category)
                .collect()
        })
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
