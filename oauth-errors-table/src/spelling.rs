//! Spelling: the word that a misspelt word most likely stands for, for the "did you mean" of
//! every message that names a vocabulary (column roles, kinds, the macro's options).

/// The edit distance between two ASCII strings: how many insertions, deletions, substitutions
/// and swaps of two neighbouring characters turn one into the other (the optimal string
/// alignment distance: `retyr` is one swap from `retry`).
#[must_use]
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // The rows of the table for `a[..i - 1]`, `a[..i]`, and the one being filled.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(x != y);
            let mut best = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && x == b[j - 1] && a[i - 1] == y {
                best = best.min(before[j - 1] + 1);
            }
            current[j + 1] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// How far a word may be from `candidate` to be taken for a misspelling of it: one edit from a
/// word of up to five letters, two up to eleven, three beyond.
fn tolerance(candidate: &str) -> usize {
    1 + candidate.len() / 6
}

/// The value of the candidate that `word` is most likely a misspelling of: the closest within
/// one edit of a candidate of up to five letters, two up to eleven, three beyond; the first of
/// equally close ones. `None` for an empty word, a word that is
/// not ASCII, or one close to no candidate (an exact match is distance 0, and is found too).
#[must_use]
pub fn nearest<'c, T>(word: &str, candidates: impl IntoIterator<Item = (&'c str, T)>) -> Option<T> {
    if word.is_empty() || !word.is_ascii() {
        return None;
    }
    let mut best: Option<(usize, T)> = None;
    for (candidate, value) in candidates {
        let distance = distance(word, candidate);
        if distance <= tolerance(candidate)
            && best.as_ref().is_none_or(|(closest, _)| distance < *closest)
        {
            best = Some((distance, value));
        }
    }
    best.map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::{distance, nearest};

    #[test]
    fn distances() {
        assert_eq!(distance("descripton", "description"), 1);
        assert_eq!(distance("code", "code"), 0);
        assert_eq!(distance("", "name"), 4);
        assert_eq!(distance("kitten", "sitting"), 3);
        // A swap of neighbours is one edit.
        assert_eq!(distance("retyr", "retry"), 1);
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("token_knd", "token_kind"), 1);
    }

    #[test]
    fn the_nearest_candidate_within_its_tolerance() {
        let words = [
            ("retry", 1),
            ("reauthorize", 2),
            ("code", 3),
            ("error_code", 4),
        ];
        assert_eq!(nearest("retyr", words), Some(1));
        assert_eq!(nearest("reauthorise", words), Some(2));
        assert_eq!(nearest("cod", words), Some(3));
        assert_eq!(nearest("error_cod", words), Some(4));
        // Two edits from a short word is too far.
        assert_eq!(nearest("cd", words), None);
        assert_eq!(nearest("", words), None);
        assert_eq!(nearest("代码", words), None);
    }
}
