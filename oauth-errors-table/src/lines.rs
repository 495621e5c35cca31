//! Lines of a table's text. A line ends with `\n`, `\r\n` or a lone `\r`, as in CommonMark.

use std::ops::Range;

/// The offset of the last byte of every line break of `text`, in order: a `\n` (alone or after a
/// `\r`), or a lone `\r`. The next line starts one byte after it.
///
/// Each byte is looked at once, by `str::find` of one character (which searches with `memchr`,
/// fast even in the unoptimized builds that run proc macros).
pub(crate) fn break_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let find = move |c: char, from: usize| text[from..].find(c).map(|at| from + at);
    let mut next_lf = find('\n', 0);
    let mut next_cr = find('\r', 0);
    std::iter::from_fn(move || {
        let end = match (next_lf, next_cr) {
            // A `\r\n` ends at its `\n`.
            (Some(lf), Some(cr)) if cr + 1 == lf => {
                next_cr = find('\r', cr + 1);
                lf
            }
            (Some(lf), Some(cr)) => lf.min(cr),
            (lf, cr) => lf.or(cr)?,
        };
        if next_lf == Some(end) {
            next_lf = find('\n', end + 1);
        }
        if next_cr == Some(end) {
            next_cr = find('\r', end + 1);
        }
        Some(end)
    })
}

/// The lines of `text`, each as the range of its text without the line break.
pub(crate) fn lines(text: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    let mut lines: Vec<Range<usize>> = break_ends(text)
        .map(|end| {
            let line = start..end;
            start = end + 1;
            line
        })
        .collect();
    lines.push(start..text.len());
    for line in &mut lines {
        // A `\r\n` break ends one byte earlier than its `\n`.
        if text.as_bytes().get(line.end) == Some(&b'\n') && text[line.clone()].ends_with('\r') {
            line.end -= 1;
        }
    }
    lines
}

/// The line of `text` that holds the byte at `offset` (or ends at it), without its line break.
pub(crate) fn line_at(text: &str, offset: usize) -> Range<usize> {
    let mut offset = offset.min(text.len());
    // The `\n` of a `\r\n` belongs to the line before it.
    if text[offset..].starts_with('\n') && text[..offset].ends_with('\r') {
        offset -= 1;
    }
    let before = &text[..offset];
    let start = before
        .rfind('\n')
        .max(before.rfind('\r'))
        .map_or(0, |newline| newline + 1);
    let after = &text[offset..];
    let end = match (after.find('\n'), after.find('\r')) {
        (Some(lf), Some(cr)) => lf.min(cr),
        (lf, cr) => lf.or(cr).unwrap_or(after.len()),
    };
    start..offset + end
}

#[cfg(test)]
mod tests {
    use super::{break_ends, line_at, lines};

    #[test]
    fn every_kind_of_line_break() {
        let text = "a\nbb\r\nc\rd";
        assert_eq!(break_ends(text).collect::<Vec<_>>(), [1, 5, 7]);
        assert_eq!(lines(text), [0..1, 2..4, 6..7, 8..9]);
        assert_eq!(line_at(text, 3), 2..4);
        assert_eq!(line_at(text, 6), 6..7);
        assert_eq!(line_at(text, 5), 2..4);
        assert_eq!(line_at(text, 4), 2..4);
        assert_eq!(line_at(text, 9), 8..9);
        assert_eq!(lines(""), vec![0..0]);
        assert_eq!(lines("x\n"), [0..1, 2..2]);
    }
}
