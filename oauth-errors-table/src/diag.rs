//! What is wrong with a table: [`Diagnostic`]s, located by byte offsets in the table's text,
//! and the collector the parser and the validator push them into.
//!
//! Like serde's `Ctxt`, a [`Diagnostics`] is shared by every step that reads one table: each
//! pushes what it finds and goes on, and a step that cannot produce its value returns
//! [`Reported`] (the problem is in the collector already). At the end the collector gives the
//! problems once, in the order of the text. `report` renders one as text that names the file,
//! line and column, and quotes text for messages.

use std::cell::RefCell;
use std::ops::Range;

/// One problem in a table: where it is, what is wrong, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What the problem is about.
    pub at: At,
    /// What is wrong, as one sentence without a trailing period.
    pub message: String,
    /// Further facts, each possibly pointing at another place in the text.
    pub notes: Vec<Note>,
    /// How to fix it.
    pub help: Option<String>,
}

/// What a [`Diagnostic`] is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    /// These bytes of the table's text (may be empty, at a position).
    Text(Range<usize>),
    /// The enum's `#[repr]` attribute, which is outside the table.
    Repr,
    /// The entry of this index in the kinds given beside the table
    /// (`#[oauth_errors(kind(…))]`).
    Kind(usize),
    /// The entry of this index in the token kinds given beside the table
    /// (`#[oauth_errors(token_kind(…))]`).
    TokenKind(usize),
}

/// A fact that explains a [`Diagnostic`], such as where a duplicate first appeared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The bytes of the table's text the note points at, if any.
    pub span: Option<Range<usize>>,
    /// The fact.
    pub text: String,
}

impl Diagnostic {
    /// A problem with the bytes `span` of the table's text.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(At::Text(span), message)
    }

    /// A problem with what `at` names.
    pub fn at(at: At, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            at,
            message: bounded(message.into()),
            notes: Vec::new(),
            help: None,
        }
    }

    /// The bytes of the table's text the problem is about, if it is about the text.
    #[must_use]
    pub fn span(&self) -> Option<&Range<usize>> {
        match &self.at {
            At::Text(span) => Some(span),
            At::Repr | At::Kind(_) | At::TokenKind(_) => None,
        }
    }

    /// With a help line: how to fix it.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(bounded(help.into()));
        self
    }

    /// With a note, pointing at `span` of the text if given.
    #[must_use]
    pub fn note(mut self, span: Option<Range<usize>>, text: impl Into<String>) -> Diagnostic {
        self.notes.push(Note {
            span,
            text: bounded(text.into()),
        });
        self
    }
}

/// A problem was found and is in the [`Diagnostics`]: the step that met it has nothing to give,
/// and nothing more to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reported;

/// The problems found in one table so far.
#[derive(Debug, Default)]
pub struct Diagnostics {
    found: RefCell<Vec<Diagnostic>>,
}

impl Diagnostics {
    /// An empty collector.
    #[must_use]
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    /// Adds a problem; returns the marker a step gives in place of its value.
    pub fn push(&self, diagnostic: Diagnostic) -> Reported {
        self.found.borrow_mut().push(diagnostic);
        Reported
    }

    /// How many problems were found so far.
    #[must_use]
    pub fn len(&self) -> usize {
        self.found.borrow().len()
    }

    /// Whether no problem was found so far.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.found.borrow().is_empty()
    }

    /// Every problem, in the order they are to be reported: those about the attributes first,
    /// then those about the text in its order; at most [`MAX_REPORTED`], the last of which then
    /// says how many were left out.
    #[must_use]
    pub fn finish(self) -> Vec<Diagnostic> {
        let mut found = self.found.into_inner();
        found.sort_by_key(|diagnostic| diagnostic.span().map(|span| span.start));
        limit(&mut found);
        found
    }
}

/// How many problems of one table are reported at most; the last one says how many more there
/// are. A table pasted with a systematic mistake (say, a wrong column on every row) would
/// otherwise bury the first, telling errors under thousands of the same.
pub const MAX_REPORTED: usize = 100;

/// Cuts `diagnostics` (in the order they are reported) to [`MAX_REPORTED`], the last of which
/// then says how many were left out.
fn limit(diagnostics: &mut Vec<Diagnostic>) {
    if diagnostics.len() <= MAX_REPORTED {
        return;
    }
    let left_out = diagnostics.len() - (MAX_REPORTED - 1);
    let first = diagnostics[MAX_REPORTED - 1].at.clone();
    diagnostics.truncate(MAX_REPORTED - 1);
    diagnostics.push(
        Diagnostic::at(
            first,
            format!("{left_out} more problems in this table, starting here"),
        )
        .help("fix the problems above and compile again to see the rest"),
    );
}

/// How many characters a message, a note or a help line has at most, whatever it quotes.
const MAX_LEN: usize = 2_000;

/// `text`, cut to [`MAX_LEN`] characters: a message stays readable whatever it quotes.
fn bounded(text: String) -> String {
    match text.char_indices().nth(MAX_LEN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}
