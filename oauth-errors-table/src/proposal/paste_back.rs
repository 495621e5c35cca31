//! Pasting a proposed header back: the property of issue 22, that for a table whose header names
//! no roles, the proposed header pasted back compiles, or leaves only problems of rows that were
//! reported with the proposal.
//!
//! Shared by the unit tests of `oauth-errors-table` (`proposal/tests.rs`) and the repository's
//! `tests/real_tables.rs`, each of which names `check`, `Checked` and `Diagnostic` for it.

use super::{Checked, Diagnostic, check};

/// The help of the diagnostic about a header that names no roles.
fn header_help(checked: &Checked) -> Option<&str> {
    checked
        .diagnostics
        .iter()
        .find(|diagnostic| diagnostic.message.ends_with("names no column roles"))
        .and_then(|diagnostic| diagnostic.help.as_deref())
}

/// The header proposed in a help, as a terminal shows it (a tab as four spaces): what a user
/// copies.
pub(crate) fn proposal(help: &str) -> Option<String> {
    let (_, quoted) = help.split_once(": `")?;
    let fence = 1 + quoted.bytes().take_while(|&b| b == b'`').count();
    let fence = "`".repeat(fence);
    let inner = quoted[fence.len() - 1..].strip_suffix(fence.as_str())?;
    let inner = if fence.len() > 1 {
        inner.strip_prefix(' ')?.strip_suffix(' ')?
    } else {
        inner
    };
    Some(inner.replace('\t', "    "))
}

/// `text` with its first non-blank line replaced by `header`, as a user pastes it over the
/// header: after the indentation the table's lines share.
pub(crate) fn with_header(text: &str, header: &str) -> String {
    let content: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let mut indentation = content.first().map_or("", |line| {
        &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
    });
    for line in &content {
        let shared = indentation
            .bytes()
            .zip(line.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        indentation = &indentation[..shared];
    }
    let mut out = String::new();
    let mut replaced = false;
    for line in text.split_inclusive('\n') {
        if !replaced && !line.trim().is_empty() {
            out.push_str(indentation);
            out.push_str(header);
            out.push('\n');
            replaced = true;
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Whether `diagnostic` is about a row of `text`: it points after the header line.
fn about_a_row(text: &str, diagnostic: &Diagnostic) -> bool {
    let header_end = text
        .find(|c: char| !c.is_whitespace())
        .and_then(|start| text[start..].find('\n').map(|end| start + end))
        .unwrap_or(text.len());
    diagnostic
        .span()
        .is_some_and(|span| span.start > header_end)
}

/// Checks the property on `text`, a table whose header names no roles: when it has a proposal,
/// the text with the proposal as its header has a model, and every problem it has is about a row
/// and was reported with the proposal.
pub(crate) fn check_proposal(text: &str) -> Result<Option<String>, String> {
    let checked = check(text, None);
    let Some(help) = header_help(&checked) else {
        return Err(format!("no proposal help: {:?}", checked.diagnostics));
    };
    let Some(header) = proposal(help) else {
        // No complete header to propose: the help says what is missing.
        return Ok(None);
    };
    let pasted = with_header(text, &header);
    let again = check(&pasted, None);
    if again.model.is_none() {
        return Err(format!(
            "pasted back, no model:\n{pasted}\n{:?}",
            again.diagnostics
        ));
    }
    for diagnostic in &again.diagnostics {
        let reported = checked
            .diagnostics
            .iter()
            .any(|first| first.message == diagnostic.message);
        if !about_a_row(&pasted, diagnostic) || !reported {
            return Err(format!(
                "pasted back, a new problem:\n{pasted}\n{diagnostic:?}\nfirst: {:?}",
                checked.diagnostics
            ));
        }
    }
    Ok(Some(header))
}
