//! Diagnostics about a table's text, before they are tied to the source file.
//!
//! The parser and the validator are pure functions on the table's text; what they find wrong is a
//! [`Diagnostic`] that locates the problem by byte offsets in that text. `report.rs` turns them
//! into compiler errors that name the source file's line and column.

use std::ops::Range;

/// One problem in a table: where it is, what is wrong, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Diagnostic {
    /// The bytes of the table text the problem is about (may be empty, at a position).
    pub(crate) span: Range<usize>,
    /// What is wrong, as one sentence without a trailing period.
    pub(crate) message: String,
    /// Further facts, each possibly pointing at another place in the text.
    pub(crate) notes: Vec<Note>,
    /// How to fix it.
    pub(crate) help: Option<String>,
}

/// A fact that explains a [`Diagnostic`], such as where a duplicate first appeared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Note {
    pub(crate) span: Option<Range<usize>>,
    pub(crate) text: String,
}

impl Diagnostic {
    pub(crate) fn new(span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            notes: Vec::new(),
            help: None,
        }
    }

    #[must_use]
    pub(crate) fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    #[must_use]
    pub(crate) fn note(
        mut self,
        span: Option<Range<usize>>,
        text: impl Into<String>,
    ) -> Diagnostic {
        self.notes.push(Note {
            span,
            text: text.into(),
        });
        self
    }
}

/// Quotes text for a message: in backticks, with a longer fence when it holds backticks itself.
pub(crate) fn quote(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}
