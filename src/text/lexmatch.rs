//! Finding lexicon phrases in normalised Arabic text, with clitics.
//!
//! Gazetteer names and event triggers share one way of matching: an aho-corasick automaton over
//! normalised phrases, run once per sentence with overlapping matches, and each occurrence
//! accepted only where a reader would see the phrase as words:
//!
//! * before it, within the word, only Arabic proclitics: an optional و/ف then an optional
//!   ب/ل/ك ("وللمغرب", "بالرباط", "للابيد" = ل + لابيد). A phrase that starts with the article
//!   ال loses its alef after ل ("للمغرب" = ل + المغرب), so it is also matched without it, right
//!   after a ل;
//! * after it, nothing glued: the next character is not a letter or digit.
//!
//! Among accepted occurrences the leftmost-longest win, so "عبد الله الثاني" beats "عبد الله".

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::text::normalize::is_word_char;

/// A set of phrases, each with the payloads (`T`) it stands for.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    automaton: AhoCorasick,
    phrases: Vec<Phrase<T>>,
}

#[derive(Debug, Clone)]
struct Phrase<T> {
    payloads: Vec<T>,
    /// The phrase began with ال, dropped here because a preceding ل absorbs its alef.
    elided_article: bool,
}

/// An accepted occurrence of a phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseHit<'a, T> {
    /// Start of the word group, proclitics included.
    pub word_start: usize,
    /// Start of the phrase itself.
    pub start: usize,
    /// End of the phrase.
    pub end: usize,
    /// What the phrase stands for.
    pub payloads: &'a [T],
}

impl<'a, T> PhraseHit<'a, T> {
    /// The whole word group, proclitics included.
    pub fn range(&self) -> Range<usize> {
        self.word_start..self.end
    }
}

impl<T: Clone + PartialEq> PhraseSet<T> {
    /// Build the set from normalised phrases and their payloads; a phrase given several times
    /// collects all its payloads.
    pub fn new<'p>(entries: impl IntoIterator<Item = (&'p str, T)>) -> PhraseSet<T> {
        let mut index: std::collections::HashMap<(String, bool), usize> = std::collections::HashMap::new();
        let mut phrases: Vec<Phrase<T>> = Vec::new();
        let mut strings: Vec<String> = Vec::new();
        for (text, payload) in entries {
            let mut variants = vec![(text.to_string(), false)];
            if let Some(rest) = text.strip_prefix("ال")
                && rest.chars().count() >= 2
            {
                variants.push((format!("ل{rest}"), true));
            }
            for key in variants {
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    phrases.push(Phrase { payloads: Vec::new(), elided_article: key.1 });
                    strings.push(key.0.clone());
                    phrases.len() - 1
                });
                if !phrases[id].payloads.contains(&payload) {
                    phrases[id].payloads.push(payload.clone());
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&strings)
            .expect("phrase automaton fits in memory");
        PhraseSet { automaton, phrases }
    }

    /// Every accepted occurrence within `range` of `text` (a sentence), leftmost-longest and
    /// non-overlapping, in text order.
    pub fn find(&self, text: &str, range: Range<usize>) -> Vec<PhraseHit<'_, T>> {
        self.find_filtered(text, range, |_| true)
    }

    /// Like [`PhraseSet::find`], considering only occurrences whose payloads pass `keep`.
    pub fn find_filtered(&self, text: &str, range: Range<usize>, keep: impl Fn(&[T]) -> bool) -> Vec<PhraseHit<'_, T>> {
        let hay = &text[range.clone()];
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(hay) {
            let (start, end) = (range.start + m.start(), range.start + m.end());
            if text[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let phrase = &self.phrases[m.pattern().as_usize()];
            let word_start = word_start(text, range.start, start);
            if !valid_proclitics(&text[word_start..start], phrase.elided_article) || !keep(&phrase.payloads) {
                continue;
            }
            hits.push(PhraseHit { word_start, start, end, payloads: phrase.payloads.as_slice() });
        }
        // Leftmost-longest: earliest word, then longest, then fewest proclitic letters.
        hits.sort_by_key(|h| (h.word_start, std::cmp::Reverse(h.end), h.start));
        let mut last_end = 0;
        hits.retain(|h| {
            let keep = h.word_start >= last_end;
            if keep {
                last_end = h.end;
            }
            keep
        });
        hits
    }
}

/// Start of the word holding byte `at` (not before `floor`).
pub fn word_start(text: &str, floor: usize, at: usize) -> usize {
    let mut start = at;
    for (i, c) in text[floor..at].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        start = floor + i;
    }
    start
}

/// Whether `prefix`, the part of a word before a phrase, is a chain of proclitics: an optional
/// و/ف, then an optional ب/ل/ك — exactly ل when the phrase's article was elided.
pub fn valid_proclitics(prefix: &str, elided_article: bool) -> bool {
    let mut chars = prefix.chars().peekable();
    if matches!(chars.peek(), Some('و' | 'ف')) {
        chars.next();
    }
    let preposition = chars.next();
    if chars.next().is_some() {
        return false;
    }
    match preposition {
        None => !elided_article,
        Some('ل') => true,
        Some('ب' | 'ك') => !elided_article,
        Some(_) => false,
    }
}

/// Word ranges within `range` of `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push(s..at);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitic_chains() {
        for (prefix, elided, ok) in [
            ("", false, true),
            ("و", false, true),
            ("وب", false, true),
            ("فل", false, true),
            ("ل", true, true),
            ("ول", true, true),
            ("", true, false),
            ("ب", true, false),
            ("لل", false, false),
            ("ت", false, false),
            ("وو", false, false),
        ] {
            assert_eq!(valid_proclitics(prefix, elided), ok, "{prefix:?} elided={elided}");
        }
    }

    #[test]
    fn leftmost_longest_with_clitics() {
        let set = PhraseSet::new([("زياره", 1), ("زياره رسميه", 2), ("التقي", 3)]);
        let text = "وفي زياره رسميه والتقي بزيارتهم";
        let hits: Vec<_> = set.find(text, 0..text.len()).into_iter().map(|h| (&text[h.range()], h.payloads[0])).collect();
        assert_eq!(hits, [("زياره رسميه", 2), ("والتقي", 3)]);
    }
}
