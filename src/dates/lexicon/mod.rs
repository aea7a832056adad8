//! The date lexicon: month names of every system, weekday names and the other date words,
//! loaded from `lexicons/months.csv`, `weekdays.csv` and `date_words.csv`.
//!
//! Entries are normalised like the text at load, so the files are written as words appear on
//! the page. Multi-word entries (كانون الثاني، أول أمس، من المقرر) are indexed by their first
//! word; the finder checks the remaining words token by token. A word may play several roles
//! (في is a link and may introduce a year), so lookups return every entry and the finder asks
//! for the role it needs. Lookup allows the proclitics و ف then ب ل ك before the first word
//! (والخميس، لغشت، بالأمس), and reads لل as ل + ال (للعام).
//!
//! The module holds the lexicon's parts by what they are: [`Word`], what an entry means
//! (`word.rs`); the reading of the three files into entries (`load.rs`); and the index the
//! finder looks words up in, by first and second word behind a bitmap (`index.rs`).

mod index;
mod load;
mod word;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use index::{FirstWord, WordHasher};
pub use word::{DayPeriod, FractionAlone, PluperfectWord, Word};

/// One lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable id from the data file.
    pub id: String,
    /// The meaning.
    pub word: Word,
    /// The words after the first, normalised.
    pub rest: Vec<String>,
}

/// The compiled date lexicon.
#[derive(Debug, Clone, Default)]
pub struct DateLexicon {
    entries: Vec<Entry>,
    /// The entries by their first word ([`FirstWord`]).
    by_first: HashMap<String, FirstWord, BuildHasherDefault<WordHasher>>,
    /// A bitmap of every first word by its length and last six bytes ([`first_bit`]): most
    /// forms looked up are no entry's first word, and are answered here without hashing; and
    /// most tokens have no form in it ([`DateLexicon::may_start`]).
    firsts: Vec<u64>,
    /// For each entry, the grammar's rules its word can open, as bits: a slot the grammar fills
    /// once, on first use, and reads at each token that may open a date. The lexicon keeps it
    /// without knowing the rules (the grammar sits above the lexicon, not beside it); adding
    /// entries empties it.
    pub(super) rules_opened: OnceLock<Vec<u64>>,
}

/// The built-in data files.
pub const BUILTIN_MONTHS: &str = include_str!("../../../lexicons/months.csv");
/// The built-in weekday file.
pub const BUILTIN_WEEKDAYS: &str = include_str!("../../../lexicons/weekdays.csv");
/// The built-in date-word file.
pub const BUILTIN_DATE_WORDS: &str = include_str!("../../../lexicons/date_words.csv");

impl DateLexicon {
    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The built-in lexicon.
    pub fn builtin() -> DateLexicon {
        DateLexicon::parse(
            (BUILTIN_MONTHS, "lexicons/months.csv"),
            (BUILTIN_WEEKDAYS, "lexicons/weekdays.csv"),
            (BUILTIN_DATE_WORDS, "lexicons/date_words.csv"),
        )
        .expect("built-in date lexicon is valid (tested)")
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entry `i`.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }
}

/// Split normalised text into word tokens the way the finder does: runs of letters and digits;
/// every other visible character is a token of its own.
pub(crate) fn tokens_of(norm: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in norm.chars() {
        if crate::text::normalize::is_word_char(c) {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
