//! Finding lexicon phrases in normalised Arabic text, with clitics.
//!
//! Gazetteer names and event triggers share one way of matching: every occurrence of the
//! normalised phrases in a sentence, overlapping ones included, each accepted only where a
//! reader would see the phrase as words:
//!
//! * before it, within the word, only Arabic proclitics: an optional و/ف then an optional
//!   ب/ل/ك ("وللمغرب", "بالرباط", "للابيد" = ل + لابيد). A phrase that starts with the article
//!   ال loses its alef after ل ("للمغرب" = ل + المغرب), so it is also matched without it, right
//!   after a ل;
//! * after it, nothing glued: the next character is not a letter or digit.
//!
//! Among accepted occurrences the leftmost-longest win, so "عبد الله الثاني" beats "عبد الله".
//!
//! The pipeline does not search each set apart: a [`PhraseBank`] holds the phrases of all its
//! sets (names, office titles, triggers, topics), scans each sentence once ([`Occurrences`]),
//! and each set then selects its own occurrences from that scan. Scanning is
//! most of the cost of matching, and the text is the same for all four. The bank looks phrases up
//! by their first word, only where a phrase may start (a word's start, after its proclitics);
//! a set searched alone ([`PhraseSet::find`]) uses a bank of its own. Tests check both against
//! an automaton over every byte.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;


use crate::text::normalize::{char_class_at, is_word_char, word_run_end};

/// A set of phrases, each with the payloads (`T`) it stands for.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    /// The set's own bank, built the first time a search runs without a shared bank's scan
    /// (the pipeline's scan covers the sentences; searches of other ranges, the event rules'
    /// look-ups of a word or a clause, and tests have none). A bank of one set costs a
    /// fraction of the automaton it replaced (19 M instructions to build for the trigger
    /// phrases, the first time an article asked), and finds the same occurrences.
    bank: OnceLock<PhraseBank>,
    /// The patterns, by pattern id.
    patterns: Vec<String>,
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
        let mut index: HashMap<(String, bool), usize, WordHasher> = HashMap::default();
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
        PhraseSet { bank: OnceLock::new(), patterns: strings, phrases }
    }

    /// The patterns, for a [`PhraseBank`].
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Every accepted occurrence within `range` of `text` (a sentence), leftmost-longest and
    /// non-overlapping, in text order.
    pub fn find(&self, text: &str, range: Range<usize>) -> Vec<PhraseHit<'_, T>> {
        self.find_filtered(text, range, |_| true)
    }

    /// Like [`PhraseSet::find`], considering only occurrences whose payloads pass `keep`.
    pub fn find_filtered(&self, text: &str, range: Range<usize>, keep: impl Fn(&[T]) -> bool) -> Vec<PhraseHit<'_, T>> {
        let bank = self.bank.get_or_init(|| PhraseBank::new(&[self.patterns.as_slice()]).0);
        let occurrences = bank.scan(text, [range.clone()]);
        let raw = occurrences.of(Slot { first: 0, len: self.patterns.len() as u32 }).within(range.clone());
        self.select(text, range.start, raw, keep)
    }

    /// [`PhraseSet::find`] over a bank's scan of the text (`scan` holds this set's slot), or
    /// with the set's own bank when there is none.
    pub fn find_in(&self, scan: Option<Scan<'_>>, text: &str, range: Range<usize>) -> Vec<PhraseHit<'_, T>> {
        self.find_filtered_in(scan, text, range, |_| true)
    }

    /// [`PhraseSet::find_filtered`] over a bank's scan of the text, or with the set's own
    /// bank when there is none.
    pub fn find_filtered_in(&self, scan: Option<Scan<'_>>, text: &str, range: Range<usize>, keep: impl Fn(&[T]) -> bool) -> Vec<PhraseHit<'_, T>> {
        match scan {
            Some(scan) => self.select(text, range.start, scan.within(range), keep),
            None => self.find_filtered(text, range, keep),
        }
    }

    /// The accepted occurrences among raw ones (start, end, pattern), leftmost-longest and
    /// non-overlapping; `floor` is where the searched range starts.
    fn select(&self, text: &str, floor: usize, raw: impl Iterator<Item = (usize, usize, usize)>, keep: impl Fn(&[T]) -> bool) -> Vec<PhraseHit<'_, T>> {
        let mut hits = Vec::new();
        for (start, end, pattern) in raw {
            if !ends_a_phrase(text, end, &self.patterns[pattern]) {
                continue;
            }
            let phrase = &self.phrases[pattern];
            let word_start = word_start(text, floor, start);
            if !valid_proclitics(&text[word_start..start], phrase.elided_article) || !keep(&phrase.payloads) {
                continue;
            }
            hits.push((pattern, PhraseHit { word_start, start, end, payloads: phrase.payloads.as_slice() }));
        }
        // Leftmost-longest: earliest word, then longest, then fewest proclitic letters (then
        // the pattern, so that the order does not depend on how the scan listed them).
        hits.sort_by_key(|(pattern, h)| (h.word_start, std::cmp::Reverse(h.end), h.start, *pattern));
        let mut last_end = 0;
        hits.into_iter()
            .map(|(_, h)| h)
            .filter(|h| {
                let keep = h.word_start >= last_end;
                if keep {
                    last_end = h.end;
                }
                keep
            })
            .collect()
    }
}

/// Where the patterns of one [`PhraseSet`] sit in a [`PhraseBank`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    first: u32,
    len: u32,
}

/// The patterns of several [`PhraseSet`]s, looked up by the words they start with.
///
/// A bank runs no automaton over the text. An occurrence can be accepted only where a word may
/// start a phrase (see [`PhraseSet::select`] and [`phrase_starts`]) and only when no letter is
/// glued after it, so its pattern's first word (up to the first character that is not a word
/// character, or the whole pattern) is exactly the text from that start to the end of the word;
/// and a pattern that goes on with a separator and a second word has exactly the text's next
/// separator and word there. The scan looks the first word up in a hash map, once per possible
/// start, then the separator and second word among that word's patterns, and checks the few
/// patterns found: the same accepted occurrences as an overlapping automaton search of every
/// byte (checked against [`PhraseSet::find`] in tests), with one or two lookups per word
/// instead of one automaton step per byte (the profile showed that search waiting on its
/// states' memory) or one comparison per pattern sharing a common first word (وزير, وزاره,
/// ministre each start hundreds).
#[derive(Debug, Clone)]
pub struct PhraseBank {
    /// Every set's patterns, in order: a pattern's index is its id in [`Occurrences`].
    patterns: Vec<String>,
    /// The patterns by their first word: the index of its [`FirstWord`] (the map's entries stay
    /// small, so that its probes touch little memory).
    by_first_word: HashMap<String, u32, WordHasher>,
    /// What starts with each first word.
    first_word_patterns: Vec<FirstWord>,
    /// A bitmap of [`first_word_bit`] of every first word: most words of a text start no
    /// pattern, and this rejects them without reaching into the map, whose probes miss the
    /// cache (they were most of the scan).
    first_words: Vec<u64>,
}

/// The patterns that start with one word.
#[derive(Debug, Clone, Default)]
struct FirstWord {
    /// Pattern ids that are the word alone, or whose rest is not a separator then a word (a
    /// trailing full stop): each is compared with the text.
    alone: Vec<u32>,
    /// Pattern ids by what follows the first word up to the end of their second word (the
    /// separator and the word, see [`second_word`]).
    by_second_word: HashMap<String, Vec<u32>, WordHasher>,
}

impl PhraseBank {
    /// One bank over the patterns of each set, in order; each set's [`Slot`] comes back in the
    /// same order.
    pub fn new(sets: &[&[String]]) -> (PhraseBank, Vec<Slot>) {
        let mut slots = Vec::new();
        let mut first = 0u32;
        for set in sets {
            slots.push(Slot { first, len: set.len() as u32 });
            first += set.len() as u32;
        }
        let patterns: Vec<String> = sets.iter().flat_map(|s| s.iter().cloned()).collect();
        let mut by_first_word: HashMap<String, u32, WordHasher> = HashMap::default();
        let mut first_word_patterns: Vec<FirstWord> = Vec::new();
        let mut first_words = vec![0u64; FIRST_WORD_BITS / 64];
        for (id, pattern) in patterns.iter().enumerate() {
            let first_end = word_end(pattern, 0, pattern.len());
            let first_word = &pattern[..first_end];
            let bit = first_word_bit(first_word);
            first_words[bit / 64] |= 1 << (bit % 64);
            let index = *by_first_word.entry(first_word.to_string()).or_insert_with(|| {
                first_word_patterns.push(FirstWord::default());
                (first_word_patterns.len() - 1) as u32
            });
            let entry = &mut first_word_patterns[index as usize];
            match second_word(pattern, first_end, pattern.len()) {
                Some(end) => entry.by_second_word.entry(pattern[first_end..end].to_string()).or_default().push(id as u32),
                None => entry.alone.push(id as u32),
            }
        }
        (PhraseBank { patterns, by_first_word, first_word_patterns, first_words }, slots)
    }

    /// Every occurrence of every pattern that starts where a phrase may start (see
    /// [`phrase_starts`]) and has no letter glued after it, within each of `ranges` of `text`
    /// (a document's sentences). Offsets fit in `u32`: articles are capped well below 4 GiB.
    pub fn scan(&self, text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> Occurrences {
        let mut found = Vec::new();
        for range in ranges {
            let from = found.len();
            // End of the word holding the last start looked at, and of the separator and word
            // after it (found when first needed): the starts within one word (after each of its
            // proclitics) share them.
            let mut end_of_word = range.start;
            let mut end_of_second: Option<Option<usize>> = None;
            let mut starts = phrase_starts(text, range.clone());
            while let Some((start, word_end)) = starts.next() {
                if start >= end_of_word {
                    end_of_second = None;
                }
                end_of_word = word_end;
                let word = &text[start..end_of_word];
                let bit = first_word_bit(word);
                if self.first_words[bit / 64] & (1 << (bit % 64)) == 0 {
                    continue;
                }
                let Some(&index) = self.by_first_word.get(word) else { continue };
                let first = &self.first_word_patterns[index as usize];
                let mut check = |id: u32| {
                    let pattern = self.patterns[id as usize].as_str();
                    let end = start + pattern.len();
                    if end <= range.end && text[start..].starts_with(pattern) && ends_a_phrase(text, end, pattern) {
                        found.push(Occurrence { start: start as u32, end: end as u32, pattern: id });
                    }
                };
                first.alone.iter().for_each(|&id| check(id));
                if first.by_second_word.is_empty() {
                    continue;
                }
                let second = *end_of_second.get_or_insert_with(|| {
                    let second = second_word_at(text, end_of_word, range.end);
                    // The starts will reach that word next: its end is known.
                    if let Some(word) = second.clone() {
                        starts.knows_word(word);
                    }
                    second.map(|w| w.end)
                });
                let Some(second_end) = second else { continue };
                if let Some(ids) = first.by_second_word.get(&text[end_of_word..second_end]) {
                    ids.iter().for_each(|&id| check(id));
                }
            }
            found[from..].sort_unstable_by_key(|o| (o.start, o.end, o.pattern));
        }
        Occurrences { found }
    }
}

/// The end of the separator and word that follow a word ending at `from` (the longest run of
/// characters that are not word characters, then the longest run of word characters, before
/// `limit`), or `None` when either is empty.
fn second_word(text: &str, from: usize, limit: usize) -> Option<usize> {
    second_word_at(text, from, limit).map(|w| w.end)
}

/// [`second_word`] with where the word starts: the word's range.
fn second_word_at(text: &str, from: usize, limit: usize) -> Option<Range<usize>> {
    let word = run_end(text, from, limit, false);
    (word > from && word < limit).then(|| word..word_end(text, word, limit))
}

/// The hasher of word maps looked up for every word of a text (the bank's, the name finder's
/// titles): the crate's multiply-rotate hash ([`crate::hash::Fx`]), several times quicker than
/// the default SipHash on short words; the keys are the program's own data, not input an
/// attacker chooses.
pub type WordHasher = crate::hash::FxBuild;

/// Bits in [`PhraseBank::first_words`] (8 KiB, so that it stays in the first-level cache: a
/// larger one rejected a few more words but each test then waited on memory).
const FIRST_WORD_BITS: usize = 1 << 16;

/// The bit of a word in [`PhraseBank::first_words`]: the high bits of its [`WordHasher`] hash.
fn first_word_bit(word: &str) -> usize {
    use std::hash::{BuildHasher, Hasher};
    let mut h = WordHasher::default().build_hasher();
    h.write(word.as_bytes());
    (h.finish() >> 48) as usize % FIRST_WORD_BITS
}

/// The first byte at or after `from` (and before `limit`) that is not in a word character, or
/// `limit`.
fn word_end(text: &str, from: usize, limit: usize) -> usize {
    run_end(text, from, limit, true)
}

/// The end of the run of word characters (`word`) or of other characters (not `word`) that
/// starts at `from`, at most `limit` (character boundaries both). Characters are classed from
/// their bytes ([`char_class_at`]): the scans of every word of a text spent more on decoding
/// characters than on anything else. A word's run takes its Arabic letters in a tighter loop
/// ([`word_run_end`]).
#[inline(always)]
fn run_end(text: &str, from: usize, limit: usize, word: bool) -> usize {
    if word {
        return word_run_end(text, from, limit);
    }
    let mut at = from;
    while at < limit {
        let (len, is_word) = char_class_at(text, at);
        if is_word != word {
            break;
        }
        at += len;
    }
    at
}

/// Whether `pattern`, found in `text` up to `end`, ends there as words: nothing is glued after
/// it, or it ends with an elided article, which is glued to the next word (« lors d' » in
/// « lors d'une visite », « depuis l' » in « depuis l'annonce »).
fn ends_a_phrase(text: &str, end: usize, pattern: &str) -> bool {
    !word_char_at(text, end) || pattern.ends_with('\'')
}

/// Whether a word character starts at byte `at` of `text` (none at its end).
fn word_char_at(text: &str, at: usize) -> bool {
    at < text.len() && char_class_at(text, at).1
}

/// Whether the character of `len` bytes at `at` is a proclitic letter (و ف ب ل ك), read from
/// its two bytes: و U+0648, ف U+0641, ل U+0644, ك U+0643 (D9 88, D9 81, D9 84, D9 83) and
/// ب U+0628 (D8 A8).
fn is_proclitic_letter(text: &str, at: usize, len: usize) -> bool {
    len == 2 && matches!(text.as_bytes()[at..at + 2], [0xD9, 0x88 | 0x81 | 0x84 | 0x83] | [0xD8, 0xA8])
}

/// Where in `range` of `text` an occurrence may start that some search of a bank's scan can
/// accept: after a character that is not part of a word (or at the start of the range), or
/// after at most four proclitic letters (و ف ب ل ك) that begin a word. Two would do for a
/// search over the whole sentence ([`valid_proclitics`]); four also covers a search inside an
/// accepted phrase, whose range starts after its word's proclitics (a name within a name).
///
/// Each start comes with the end of the word it is in ([`word_end`]; itself, at a character that
/// is not part of a word). Each word is read once: its end is found when it begins, its
/// proclitic letters one by one, and the rest, where nothing can start, is skipped.
fn phrase_starts(text: &str, range: Range<usize>) -> PhraseStarts<'_> {
    PhraseStarts { text, limit: range.end, proclitics: Some(0), at: range.start, end_of_word: range.start, known: 0..0 }
}

/// The iterator of [`phrase_starts`].
struct PhraseStarts<'t> {
    text: &'t str,
    limit: usize,
    /// Proclitic letters since the word began, or None when the word has any other letter.
    proclitics: Option<u8>,
    at: usize,
    /// The end of the word being read (at or before `at` between words).
    end_of_word: usize,
    /// A word ahead whose end the caller has found already ([`PhraseStarts::knows_word`]).
    known: Range<usize>,
}

impl PhraseStarts<'_> {
    /// Tell the iterator where a word ahead ends (the bank's scan reads the word after one
    /// that starts two-word patterns), so that it does not run through its letters again.
    fn knows_word(&mut self, word: Range<usize>) {
        debug_assert_eq!(word.end, word_end(self.text, word.start, self.limit));
        self.known = word;
    }
}

impl Iterator for PhraseStarts<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        /// The most proclitic letters an accepted occurrence can follow within its word.
        const MAX_PROCLITICS: u8 = 4;
        let text = self.text;
        while self.at < self.limit {
            let here = self.at;
            let may_start = self.proclitics.is_some();
            let (len, word) = char_class_at(text, here);
            if !word {
                self.proclitics = Some(0);
                self.at += len;
                if may_start {
                    return Some((here, here));
                }
                continue;
            }
            if here >= self.end_of_word {
                self.end_of_word = if here == self.known.start && self.known.end > here { self.known.end } else { word_end(text, here, self.limit) };
            }
            if is_proclitic_letter(text, here, len) {
                self.proclitics = self.proclitics.filter(|&n| n < MAX_PROCLITICS).map(|n| n + 1);
                self.at += len;
            } else {
                // No start further in this word.
                self.proclitics = None;
                self.at = self.end_of_word;
            }
            if may_start {
                return Some((here, self.end_of_word));
            }
        }
        None
    }
}

/// What a [`PhraseBank`] found in a text, in order of start.
#[derive(Debug, Clone, Default)]
pub struct Occurrences {
    found: Vec<Occurrence>,
}

#[derive(Debug, Clone, Copy)]
struct Occurrence {
    start: u32,
    end: u32,
    pattern: u32,
}

impl Occurrences {
    /// How many occurrences (of all sets, with no letter glued after them, accepted or not).
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The occurrences of the patterns of the set in `slot`.
    pub fn of(&self, slot: Slot) -> Scan<'_> {
        Scan { occurrences: self, slot }
    }
}

/// The occurrences of one set's patterns in a bank's scan.
#[derive(Debug, Clone, Copy)]
pub struct Scan<'a> {
    occurrences: &'a Occurrences,
    slot: Slot,
}

impl<'a> Scan<'a> {
    /// Whether one of them lies within `range` (same condition on `range` as [`Scan::within`],
    /// or, for an occurrence that starts a word, none: the scan has every one of those).
    pub fn any_within(self, range: Range<usize>) -> bool {
        self.within(range).next().is_some()
    }

    /// Those lying within `range`, as (start, end, pattern of the set). `range` must be inside
    /// a scanned range and start where that one does or where an accepted occurrence starts
    /// (the scan keeps only what such searches can accept, see [`phrase_starts`]).
    fn within(self, range: Range<usize>) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let found = &self.occurrences.found;
        let from = found.partition_point(|o| (o.start as usize) < range.start);
        let Slot { first, len } = self.slot;
        found[from..]
            .iter()
            .take_while(move |o| (o.start as usize) < range.end)
            .filter(move |o| o.end as usize <= range.end && o.pattern >= first && o.pattern < first + len)
            .map(move |o| (o.start as usize, o.end as usize, (o.pattern - first) as usize))
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

/// Whether the word `word` is `form` with the proclitics the phrase scan allows glued before it
/// ("بمطار", "والمطار"; "للمطار" with the article's alif elided): one rule,
/// [`valid_proclitics`], for a word checked alone and a phrase scanned for.
///
/// The last-byte test is inlined into every caller and the rest kept as one call: callers test
/// every word of a clause against every row of a list (a gathering noun, an airport, an upon
/// word), and a call per pair cost more than the test that rules nearly every pair out.
#[inline(always)]
pub fn is_form_with_proclitics(word: &str, form: &str) -> bool {
    // Every reading below has the word end as the form ends (the form, or the form less its
    // article, closes the word; an article elided after "ل" leaves the form's last letter):
    // most words are told apart by their last byte, with no comparison of the whole form.
    if let (Some(w), Some(f)) = (word.as_bytes().last(), form.as_bytes().last())
        && w != f
    {
        return false;
    }
    ends_as_form_with_proclitics(word, form)
}

/// [`is_form_with_proclitics`] for a word that ends with the form's last byte.
#[inline(never)]
fn ends_as_form_with_proclitics(word: &str, form: &str) -> bool {
    if let Some(prefix) = word.strip_suffix(form) {
        return valid_proclitics(prefix, false);
    }
    form.strip_prefix("ال")
        .and_then(|rest| word.strip_suffix(rest))
        .and_then(|head| head.strip_suffix('ل'))
        .is_some_and(|prefix| valid_proclitics(prefix, true))
}

/// The forms `word` can stand for under the proclitics [`is_form_with_proclitics`] allows: the
/// word itself, the word less a chain of proclitics ("والمطار" → "المطار", "مطار"…), and after
/// "ل" the form with its elided article ("للمطار" → "المطار"). `is_form_with_proclitics(word,
/// form)` holds exactly when `form` is one of them, so a list keyed by its forms is looked up
/// with these instead of compared form by form.
pub fn forms_under_proclitics(word: &str) -> Vec<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    let mut forms = Vec::new();
    // A chain of proclitics is at most two letters, and one more "ل" before an elided article.
    for (i, _) in word.char_indices().take(4).chain(std::iter::once((word.len(), ' '))) {
        let (prefix, rest) = word.split_at(i);
        if !rest.is_empty() && valid_proclitics(prefix, false) {
            forms.push(Cow::Borrowed(rest));
        }
        if let Some(chain) = prefix.strip_suffix('ل')
            && valid_proclitics(chain, true)
        {
            forms.push(Cow::Owned(format!("ال{rest}")));
        }
    }
    forms
}

/// Word ranges within `range` of `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    word_iter(text, range).collect()
}

/// [`words`] into `out` (cleared first), so that a caller splitting many ranges reuses one
/// buffer instead of allocating one per range.
pub fn words_into(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    out.clear();
    out.extend(word_iter(text, range));
}

/// The words of `range` of `text` (the ranges [`words`] collects), split as they are asked for,
/// from the front or from the back: a caller that wants the first or last few words of a long
/// range, or only whether there are more than a few, reads no further (the words up to the end of
/// an article, or of a sentence, were split whole for every trigger).
pub fn word_iter(text: &str, range: Range<usize>) -> Words<'_> {
    debug_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
    Words { text, front: range.start, back: range.end.max(range.start) }
}

/// Whether one of `phrases` opens `text` at `at`, ending on a word boundary (ASCII case aside:
/// the phrases and the normalised text are lowercase).
pub fn opens_with_a_phrase(text: &str, at: usize, phrases: &[String]) -> bool {
    phrase_end_at(text, at, phrases).is_some()
}

/// Where the longest of `phrases` that opens `text` at `at` ends, on a word boundary (ASCII
/// case aside, as [`opens_with_a_phrase`]).
pub fn phrase_end_at(text: &str, at: usize, phrases: &[String]) -> Option<usize> {
    let rest = &text[at..];
    phrases
        .iter()
        .filter(|p| rest.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)) && rest[p.len()..].chars().next().is_none_or(|c| !is_word_char(c)))
        .map(|p| at + p.len())
        .max()
}

/// Whether `range` of `text` holds at most `n` words (splitting no more than `n + 1`).
pub fn at_most_words(text: &str, range: Range<usize>, n: usize) -> bool {
    word_iter(text, range).nth(n).is_none()
}

/// The iterator of [`word_iter`]: `front..back` is what is left to split, character boundaries
/// both.
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    front: usize,
    back: usize,
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    /// Two tight loops (skip separators, then run to the word's end) instead of one state
    /// machine per character.
    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        let start = run_end(self.text, self.front, self.back, false);
        if start >= self.back {
            self.front = self.back;
            return None;
        }
        self.front = run_end(self.text, start, self.back, true);
        Some(start..self.front)
    }
}

impl DoubleEndedIterator for Words<'_> {
    fn next_back(&mut self) -> Option<Range<usize>> {
        // The start of the character that ends at `self.back`: back over continuation bytes.
        let char_before = |back: usize| {
            let bytes = self.text.as_bytes();
            let mut at = back - 1;
            while bytes[at] & 0xC0 == 0x80 {
                at -= 1;
            }
            at
        };
        while self.back > self.front {
            let at = char_before(self.back);
            if char_class_at(self.text, at).1 {
                break;
            }
            self.back = at;
        }
        if self.back <= self.front {
            return None;
        }
        let end = self.back;
        while self.back > self.front {
            let at = char_before(self.back);
            if !char_class_at(self.text, at).1 {
                break;
            }
            self.back = at;
        }
        Some(self.back..end)
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// The test "is this word one of the list's": the readings of the event and gazetteer stages
/// check the word before or after a trigger or a name against a list (the `WordLists` rows of
/// the trigger files, a `const` list of a language's determiners) at about thirty places, and
/// each wrote the scan out by hand (`list.iter().any(|w| *w == text[r.clone()])`). Here beside
/// [`word_iter`], whose words are what they test, and implemented on slices, so that a
/// lexicon's `Vec<String>` and a `const &[&str]` both answer it unchanged.
///
/// A scan, not a hash set: over the words of `corpus/`, a scan of a list of 14 words or fewer
/// costs less than a lookup in an `FxHashSet` (1 ns for 2 words, 4.5 ns for 7, 8 ns for 14,
/// against 10 ns whatever the length); a set would win only for the lists of 18 words or more
/// (vague groups and leads, clause verbs, travellers). All the tests together are 0.8% of the
/// instructions of `extract` (`bench/profile.sh`), so one plain kind of list serves them all.
pub trait WordList {
    /// Whether `word` is one of the list's words, byte for byte (no clitic taken off, no
    /// case folded: the callers do that, with the list's normalised forms).
    fn has(&self, word: &str) -> bool;

    /// Whether `word` is one of the list's words with the proclitics the phrase scan allows
    /// glued before it ("بالمطار" of "المطار"; see [`is_form_with_proclitics`]).
    fn has_with_proclitics(&self, word: &str) -> bool;
}

impl<S: AsRef<str>> WordList for [S] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.iter().any(|w| w.as_ref() == word)
    }

    #[inline]
    fn has_with_proclitics(&self, word: &str) -> bool {
        self.iter().any(|w| is_form_with_proclitics(word, w.as_ref()))
    }
}

/// Which side of a trigger [`phrase_near`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The words before the trigger, read back from it.
    Before,
    /// The words after the trigger, read on from it.
    After,
}

/// How far [`phrase_near`] reads from a trigger, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseReach {
    /// The words read on that side, nearest the trigger first: a phrase lies wholly within
    /// them.
    pub window: usize,
    /// The most words between the trigger and the phrase (the window's length or more: a
    /// phrase anywhere in it).
    pub gap: usize,
    /// The most words of a phrase: a longer row of the list is never found.
    pub phrase: usize,
}

/// Whether a phrase of `phrases` stands among the words of `range` on `side` of a trigger,
/// within `reach`: the scan "words near a trigger, then a phrase of up to N words" that the
/// event readings share (a definite agreement noun beside a signing verb, "would become" after
/// a definite event noun, "is made up of" after a delegation noun). `range` is where the reader
/// may look (the trigger's clause on that side, say), `form` what a word is compared as (a
/// conjunction taken off, or the word as it stands: the normal form is lowercase already), and
/// a phrase is its words joined by one space, as the lexicons write them ("l accord" for
/// « l'accord », whose apostrophe splits the words). Nothing is allocated but the window.
pub fn phrase_near<S: AsRef<str>>(text: &str, range: Range<usize>, side: Side, reach: PhraseReach, form: fn(&str) -> &str, phrases: &[S]) -> bool {
    if phrases.is_empty() {
        return false;
    }
    let words: Vec<&str> = match side {
        Side::After => word_iter(text, range).take(reach.window).map(|w| form(&text[w])).collect(),
        Side::Before => {
            let mut words: Vec<&str> = word_iter(text, range).rev().take(reach.window).map(|w| form(&text[w])).collect();
            words.reverse();
            words
        }
    };
    (0..words.len()).any(|start| {
        phrases.iter().any(|p| {
            phrase_words_at(p.as_ref(), &words[start..], reach.phrase).is_some_and(|n| match side {
                Side::After => start <= reach.gap,
                Side::Before => words.len() - (start + n) <= reach.gap,
            })
        })
    })
}

/// How many words `phrase` (words joined by one space) spans when it is the first words of
/// `words`, if it is, in at most `most` words. The same test as `words[..n].join(" ") ==
/// phrase` (no word holds a space), without building the joined string.
pub fn phrase_words_at(phrase: &str, words: &[&str], most: usize) -> Option<usize> {
    let mut n = 0;
    for part in phrase.split(' ') {
        if n == most || words.get(n) != Some(&part) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The test "does this byte range hold that one": a sentence, a clause or a name's range
/// against a mention's, written out at some forty places as `outer.start <= inner.start &&
/// inner.end <= outer.end`.
pub trait Covers {
    /// Whether `inner` lies within `self`, ends included (an empty `inner` at either end of
    /// `self` does).
    fn covers(&self, inner: &Range<usize>) -> bool;
}

impl Covers for Range<usize> {
    #[inline]
    fn covers(&self, inner: &Range<usize>) -> bool {
        self.start <= inner.start && inner.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_test_whole_words_of_strings_and_str_slices() {
        let lexicon: Vec<String> = vec!["الذي".into(), "التي".into(), "the".into()];
        const DETERMINERS: &[&str] = &["le", "la", "les"];
        for (name, word, in_lexicon, in_determiners) in [
            ("listed", "التي", true, false),
            ("listed latin", "the", true, false),
            ("prefix of a listed word", "ال", false, false),
            ("listed word inside", "والتي", false, false),
            ("case kept", "The", false, false),
            ("empty", "", false, false),
            ("determiner", "les", false, true),
            ("longer than a determiner", "lest", false, false),
        ] {
            assert_eq!(lexicon.has(word), in_lexicon, "{name}: {word:?} in {lexicon:?}");
            assert_eq!(DETERMINERS.has(word), in_determiners, "{name}: {word:?} in {DETERMINERS:?}");
        }
        let empty: &[&str] = &[];
        assert!(!empty.has(""));
    }

    /// A phrase ending with an elided article is glued to the word after it (« lors d'une
    /// visite »); any other phrase needs a boundary after it. Searched alone and through a bank.
    #[test]
    fn a_phrase_ending_with_an_elided_article_is_glued_to_the_next_word() {
        let set = PhraseSet::new([("lors d'", 1), ("depuis l'", 2), ("lors de", 3)]);
        for (text, want) in [
            ("signé lors d'une visite", vec![("lors d'", 1)]),
            ("depuis l'annonce", vec![("depuis l'", 2)]),
            ("lors d' une visite", vec![("lors d'", 1)]),
            ("lors de la visite", vec![("lors de", 3)]),
            // Not glued to a word of its own: « lors demain » is no « lors de ».
            ("lors demain", vec![]),
        ] {
            let alone: Vec<(&str, i32)> = set.find(text, 0..text.len()).iter().map(|h| (&text[h.start..h.end], h.payloads[0])).collect();
            assert_eq!(alone, want, "{text}");
            let (bank, slots) = PhraseBank::new(&[set.patterns()]);
            let occurrences = bank.scan(text, [0..text.len()]);
            let banked: Vec<(&str, i32)> = set.find_in(Some(occurrences.of(slots[0])), text, 0..text.len()).iter().map(|h| (&text[h.start..h.end], h.payloads[0])).collect();
            assert_eq!(banked, want, "{text} (bank)");
        }
    }

    /// [`phrase_near`] over its parameters: the side, the gap, the phrase's length, the
    /// window, the form a word is compared as. Each case: name, text (the trigger is `X`, the
    /// range is the text on `side` of it), side, window, gap, phrase words, form, expected.
    #[test]
    fn phrase_near_a_trigger() {
        fn as_written(w: &str) -> &str {
            w
        }
        fn without_conjunction(w: &str) -> &str {
            w.strip_prefix('و').unwrap_or(w)
        }
        let phrases = ["would become", "is made up of", "the agreement", "l accord", "الاتفاق"];
        type Case = (&'static str, &'static str, Side, usize, usize, usize, fn(&str) -> &str, bool);
        let cases: &[Case] = &[
            ("right after", "X would become a forum", Side::After, 8, 3, 5, as_written, true),
            ("after a gap within reach", "X of the Negev would become", Side::After, 8, 3, 5, as_written, true),
            ("after a gap too long", "X of the Negev summit would become", Side::After, 8, 3, 5, as_written, false),
            ("a phrase longer than allowed", "X is made up of", Side::After, 8, 3, 3, as_written, false),
            ("a phrase as long as allowed", "X is made up of", Side::After, 8, 3, 4, as_written, true),
            ("a phrase past the window", "X also is made up of", Side::After, 4, 3, 4, as_written, false),
            ("a phrase that fills the window", "X also is made up of", Side::After, 5, 3, 4, as_written, true),
            ("an apostrophe splits the words", "X l'accord", Side::After, 5, 5, 2, as_written, true),
            ("before, next to the trigger", "the agreement X", Side::Before, 5, 5, 2, as_written, true),
            ("before, far in the window", "the agreement was formally X", Side::Before, 5, 5, 2, as_written, true),
            ("before, a gap too long", "the agreement was formally and X", Side::Before, 5, 2, 2, as_written, false),
            ("before, cut by the window", "the agreement was formally and duly X", Side::Before, 5, 5, 2, as_written, false),
            ("a conjunction taken off", "X والاتفاق", Side::After, 5, 5, 2, without_conjunction, true),
            ("a conjunction kept", "X والاتفاق", Side::After, 5, 5, 2, as_written, false),
            ("a part of a phrase", "X would", Side::After, 8, 3, 5, as_written, false),
            ("no phrase", "X signed the deal", Side::After, 8, 3, 5, as_written, false),
        ];
        for &(name, text, side, window, gap, phrase, form, expected) in cases {
            let x = text.find('X').unwrap();
            let range = match side {
                Side::Before => 0..x,
                Side::After => x + 1..text.len(),
            };
            let reach = PhraseReach { window, gap, phrase };
            assert_eq!(phrase_near(text, range, side, reach, form, &phrases), expected, "{name}: {text}");
        }
        let names: std::collections::HashSet<&str> = cases.iter().map(|c| c.0).collect();
        assert_eq!(names.len(), cases.len(), "case names are unique");
        let none: &[&str] = &[];
        assert!(!phrase_near("X would become", 1..14, Side::After, PhraseReach { window: 5, gap: 5, phrase: 5 }, |w| w, none));
    }

    #[test]
    fn words_take_the_phrase_scans_proclitics() {
        for (word, form, ok) in [
            ("مطار", "مطار", true),
            ("بمطار", "مطار", true),
            ("وبمطار", "مطار", true),
            ("والمطار", "المطار", true),
            ("للمطار", "المطار", true),
            ("وللمطار", "المطار", true),
            ("بالمطار", "المطار", true),
            // Not a chain of proclitics: another word that ends like the form.
            ("قطار", "مطار", false),
            ("ببمطار", "مطار", false),
            ("بلمطار", "المطار", false),
        ] {
            assert_eq!(is_form_with_proclitics(word, form), ok, "{word} / {form}");
            assert_eq!([form].has_with_proclitics(word), ok, "{word} in [{form}]");
            assert_eq!(["مكتب", form].has_with_proclitics(word), ok, "{word} in [مكتب, {form}]");
        }
        let empty: &[String] = &[];
        assert!(!empty.has_with_proclitics("مطار"));
    }

    #[test]
    fn a_range_covers_what_lies_within_it_ends_included() {
        let sentence = 10..20;
        for (name, inner, covered) in [
            ("same", 10..20, true),
            ("inside", 12..15, true),
            ("at the start", 10..12, true),
            ("at the end", 18..20, true),
            ("empty at the end", 20..20, true),
            ("starts before", 9..12, false),
            ("ends after", 18..21, false),
            ("wider", 5..25, false),
            ("after", 21..25, false),
        ] {
            assert_eq!(sentence.covers(&inner), covered, "{name}: {sentence:?} covers {inner:?}");
        }
    }

    #[test]
    fn proclitic_letters_are_read_from_their_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(is_proclitic_letter(&text, 0, c.len_utf8()), matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'), "{:X}", c as u32);
        }
    }

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

    /// `forms_under_proclitics` lists exactly the forms `is_form_with_proclitics` accepts:
    /// every word and form of up to four letters over the proclitics, the article and two
    /// other letters.
    #[test]
    fn forms_under_proclitics_are_the_forms_accepted() {
        let letters = ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م'];
        let mut strings = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last.iter().flat_map(|s| letters.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(last.iter().cloned());
        }
        for word in &strings {
            let forms = forms_under_proclitics(word);
            for form in strings.iter().filter(|f| !f.is_empty()) {
                assert_eq!(is_form_with_proclitics(word, form), forms.iter().any(|f| f == form), "{word:?} / {form:?}: {forms:?}");
            }
        }
    }

    /// The reference a bank's scan is checked against: every occurrence of every pattern of
    /// `set` found by an automaton over every byte of `range`, overlapping ones included, then
    /// accepted as [`PhraseSet::select`] accepts them.
    fn find_by_automaton<'s, T: Clone + PartialEq>(set: &'s PhraseSet<T>, text: &str, range: Range<usize>, keep: impl Fn(&[T]) -> bool) -> Vec<PhraseHit<'s, T>> {
        use aho_corasick::{AhoCorasick, MatchKind};
        let automaton = AhoCorasick::builder().match_kind(MatchKind::Standard).build(set.patterns()).expect("small automaton");
        let raw = automaton.find_overlapping_iter(&text[range.clone()]).map(|m| (range.start + m.start(), range.start + m.end(), m.pattern().as_usize()));
        set.select(text, range.start, raw, keep)
    }

    #[test]
    fn leftmost_longest_with_clitics() {
        let set = PhraseSet::new([("زياره", 1), ("زياره رسميه", 2), ("التقي", 3)]);
        let text = "وفي زياره رسميه والتقي بزيارتهم";
        let hits: Vec<_> = set.find(text, 0..text.len()).into_iter().map(|h| (&text[h.range()], h.payloads[0])).collect();
        assert_eq!(hits, [("زياره رسميه", 2), ("والتقي", 3)]);
    }

    /// A text of words built from phrase fragments, glued to random proclitic-like letters in
    /// front and letters behind, cut by spaces, Arabic commas, full stops and nothing at all.
    fn glued_text(pieces: &[(usize, usize, usize, usize)]) -> String {
        const PREFIXES: [&str; 9] = ["", "", "و", "ب", "وب", "فل", "لل", "وبل", "ت"];
        const STEMS: [&str; 16] = ["زياره", "رسميه", "التقي", "الرباط", "رباط", "المغرب", "لابيد", "وزير", "الخارجيه", "عبد", "الله", "الثاني", "بايدن", "كوهين", "ل", "ال"];
        const SUFFIXES: [&str; 4] = ["", "", "ه", "ين"];
        const CUTS: [&str; 5] = [" ", " ", "، ", ". ", ""];
        pieces.iter().map(|&(p, w, x, c)| format!("{}{}{}{}", PREFIXES[p % 9], STEMS[w % 16], SUFFIXES[x % 4], CUTS[c % 5])).collect()
    }

    /// The words of a text as first written: maximal runs of word characters, character by
    /// character.
    fn plain_words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut start = None;
        for (i, c) in text[range.clone()].char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(range.start + i),
                (false, Some(s)) => {
                    out.push(s..range.start + i);
                    start = None;
                }
                _ => {}
            }
        }
        out.extend(start.map(|s| s..range.end));
        out
    }

    proptest::proptest! {
        /// Words split from the front, from the back, or from both ends in turn are the plain
        /// words, in any range of any text (a range may start or end inside a word).
        #[test]
        fn words_from_either_end_are_the_plain_words(s in "(\\PC|و|ب|ال|زياره| |، |\\.|1){0,40}", a in 0usize..400, b in 0usize..400, turns in proptest::collection::vec(proptest::bool::ANY, 0..50)) {
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let range = a.min(b)..a.max(b);
            let plain = plain_words(&s, range.clone());
            proptest::prop_assert_eq!(&words(&s, range.clone()), &plain);
            let mut backward: Vec<_> = word_iter(&s, range.clone()).rev().collect();
            backward.reverse();
            proptest::prop_assert_eq!(&backward, &plain);
            let mut it = word_iter(&s, range.clone());
            let (mut front, mut back) = (Vec::new(), Vec::new());
            for &from_front in turns.iter().chain(std::iter::repeat_n(&true, plain.len())) {
                match if from_front { it.next() } else { it.next_back() } {
                    Some(w) if from_front => front.push(w),
                    Some(w) => back.push(w),
                    None => break,
                }
            }
            front.extend(back.into_iter().rev());
            proptest::prop_assert_eq!(&front, &plain);
        }

        /// A set finds the same phrases through a bank's scan of the sentences as with its own
        /// automaton over every byte, whatever other sets share the bank: in each sentence and
        /// inside each name found (where the matcher looks for a person within a longer name).
        #[test]
        fn bank_scan_finds_what_each_set_finds(pieces in proptest::collection::vec((0..9usize, 0..16usize, 0..4usize, 0..5usize), 0..30)) {
            let names = PhraseSet::new([("الرباط", 1), ("المغرب", 2), ("لابيد", 3), ("عبد الله", 4), ("عبد الله الثاني", 5), ("بايدن", 6), ("كوهين", 7), ("الله", 8), ("بايدن، كوهين", 9), ("الثاني،", 10), ("عبد الله،", 11), ("، رسميه", 12)]);
            let titles = PhraseSet::new([("وزير الخارجيه", 1), ("وزير", 2)]);
            let triggers = PhraseSet::new([("زياره", 1), ("زياره رسميه", 2), ("التقي", 3), ("المغرب", 4), ("رباط", 5)]);
            let (bank, slots) = PhraseBank::new(&[names.patterns(), titles.patterns(), triggers.patterns()]);
            let text = glued_text(&pieces);
            // Sentences end at ".", as the segmenter cuts them.
            let mut sentences = Vec::new();
            let mut start = 0;
            for (i, _) in text.match_indices('.').chain(std::iter::once((text.len(), ""))) {
                sentences.push(start..i);
                start = (i + 1).min(text.len());
            }
            let scan = bank.scan(&text, sentences.clone());
            let pairs = |hits: Vec<PhraseHit<'_, i32>>| hits.into_iter().map(|h| (h.word_start, h.start, h.end, h.payloads.to_vec())).collect::<Vec<_>>();
            for r in sentences {
                // Each set's own search (a bank of that set alone) too.
                proptest::prop_assert_eq!(pairs(names.find(&text, r.clone())), pairs(find_by_automaton(&names, &text, r.clone(), |_| true)));
                proptest::prop_assert_eq!(pairs(triggers.find(&text, r.clone())), pairs(find_by_automaton(&triggers, &text, r.clone(), |_| true)));
                let found = find_by_automaton(&names, &text, r.clone(), |_| true);
                proptest::prop_assert_eq!(pairs(names.find_in(Some(scan.of(slots[0])), &text, r.clone())), pairs(found.clone()));
                proptest::prop_assert_eq!(pairs(titles.find_in(Some(scan.of(slots[1])), &text, r.clone())), pairs(find_by_automaton(&titles, &text, r.clone(), |_| true)));
                proptest::prop_assert_eq!(pairs(triggers.find_in(Some(scan.of(slots[2])), &text, r.clone())), pairs(find_by_automaton(&triggers, &text, r.clone(), |_| true)));
                for h in found {
                    let inner = h.start..h.end;
                    let short = |p: &[i32]| p.iter().any(|&id| id != 5);
                    let expected = pairs(find_by_automaton(&names, &text, inner.clone(), short));
                    proptest::prop_assert_eq!(pairs(names.find_filtered_in(Some(scan.of(slots[0])), &text, inner.clone(), short)), expected.clone());
                    proptest::prop_assert_eq!(pairs(names.find_filtered(&text, inner, short)), expected);
                }
            }
        }
    }
}
