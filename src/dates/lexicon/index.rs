//! The index the finder looks words up in: the entries by first word, the longer ones by
//! their second ([`FirstWord`]), behind a bitmap of first words ([`first_bit`]) that answers
//! most tokens "none" without hashing, and the look-ups over it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{DateLexicon, Entry};

/// The entries that start with one word, as the finder tries them at a token: the word alone,
/// and the longer phrases by their second word, so that a common first word ("the", "بعد", "le",
/// "في": a few dozen phrases each) costs one look-up of the next token, not a comparison of
/// every phrase's words (as [`crate::text::lexmatch::PhraseBank`] groups its patterns).
#[derive(Debug, Clone, Default)]
pub(super) struct FirstWord {
    /// Every entry, in file order ([`DateLexicon::lookup_ids`]).
    pub(super) all: Vec<u32>,
    /// The entries of the word alone, in file order.
    pub(super) alone: Vec<u32>,
    /// The longer entries by their second word, each list in file order.
    pub(super) by_second: HashMap<String, Vec<u32>, BuildHasherDefault<WordHasher>>,
}

impl FirstWord {
    /// Take entry `id`, whose words after the first are `rest`.
    pub(super) fn push(&mut self, id: u32, rest: &[String]) {
        self.all.push(id);
        match rest.first() {
            None => self.alone.push(id),
            Some(second) => self.by_second.entry(second.clone()).or_default().push(id),
        }
    }
}

/// The hasher of [`DateLexicon::by_first`]: a word is hashed from its length and its first
/// and last eight bytes (its first and last four Arabic letters), a few instructions whatever
/// its length, where a byte-by-byte hash costs a multiplication per byte. The finder looks up
/// every form of every token (proclitics removed) here; words alike at both ends only share a
/// bucket.
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let (head, tail) = head_and_tail(bytes);
        let x = head ^ tail.rotate_left(32) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = (self.0 ^ x).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    }

    // The end mark `str` hashes after its bytes adds nothing here.
    fn write_u8(&mut self, _: u8) {}

    fn finish(&self) -> u64 {
        // MurmurHash3's finaliser: the table reads both the high and the low bits.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    }
}

/// The bit of a word in [`DateLexicon::firsts`]: its length and last six bytes (three Arabic
/// letters) hashed; a token's forms differ by the proclitics taken off their front, so their
/// endings are the token's and their lengths tell them apart.
#[inline]
pub(super) fn first_bit(word: &str) -> usize {
    let b = word.as_bytes();
    // The last six bytes, the first of them lowest (zeros above a shorter word's bytes).
    let tail = match b.len() {
        n if n >= 8 => head_and_tail(b).1 >> 16,
        n => head_and_tail(&b[n.saturating_sub(6)..]).1,
    };
    let x = (tail ^ (b.len() as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x >> (64 - FIRST_BITS)) as usize
}

/// The first and the last eight bytes of `bytes` read as little-endian numbers; both are all of
/// it, zeros above, when it is shorter. Words of four Arabic letters or more (most) are read
/// with two loads, where copying a slice of variable length into a buffer called `memcpy`
/// (the copies of the lexicon's hashes were 1 % of the extraction).
#[inline]
pub(super) fn head_and_tail(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
        return (word(0), word(n - 8));
    }
    let mut short = 0u64;
    for (k, &b) in bytes.iter().enumerate() {
        short |= (b as u64) << (8 * k);
    }
    (short, short)
}

/// log2 of the bits of [`DateLexicon::firsts`]: 8 KiB, about 2 % of them set by the built-in
/// lexicons.
pub(super) const FIRST_BITS: u32 = 16;

impl DateLexicon {
    /// Entries whose first word is exactly `word`.
    pub fn lookup(&self, word: &str) -> impl Iterator<Item = &Entry> {
        self.lookup_ids(word).iter().map(|&i| &self.entries[i as usize])
    }

    /// Whether some form of `token` may be an entry's first word (a fast, conservative test:
    /// false means no form of the token, proclitics removed, can be looked up). The forms are
    /// the token itself, less و/ف, less ب/ل/ك, or less both, each tested in
    /// [`DateLexicon::firsts`]; لل read as ل + ال changes a letter, and such a token is let
    /// through.
    /// The proclitics are compared as their two bytes (the finder asks this of every word of
    /// every sentence).
    #[inline]
    pub fn may_start(&self, token: &str) -> bool {
        // و U+0648, ف U+0641; ب U+0628, ل U+0644, ك U+0643.
        const CONJ: [[u8; 2]; 2] = [[0xD9, 0x88], [0xD9, 0x81]];
        const PREP: [[u8; 2]; 3] = [[0xD8, 0xA8], [0xD9, 0x84], [0xD9, 0x83]];
        const LAM: [[u8; 2]; 1] = [[0xD9, 0x84]];
        /// `s` without its first letter, when that is one of `letters` (each as its bytes).
        fn strip<'s>(s: &'s str, letters: &[[u8; 2]]) -> Option<&'s str> {
            let b = s.as_bytes();
            (b.len() >= 2 && letters.contains(&[b[0], b[1]])).then(|| &s[2..])
        }
        let conj = strip(token, &CONJ);
        let lam_lam = |s: &str| strip(s, &LAM).and_then(|r| strip(r, &LAM)).is_some();
        if lam_lam(token) || conj.is_some_and(lam_lam) {
            return true;
        }
        [Some(token), conj, strip(token, &PREP), conj.and_then(|c| strip(c, &PREP))].into_iter().flatten().any(|form| self.may_be_first(form))
    }

    /// Indices of the entries whose first word is exactly `word`.
    #[inline]
    pub fn lookup_ids(&self, word: &str) -> &[u32] {
        if !self.may_be_first(word) {
            return &[];
        }
        self.by_first.get(word).map_or(&[], |v| v.all.as_slice())
    }

    /// Indices of the entries that may stand where `word` is followed by `next` (the token
    /// after it, when there is one): the entries of `word` alone, and those of two words or
    /// more whose second word is `next` (their later words still to be compared), each in file
    /// order.
    #[inline]
    pub fn ids_before(&self, word: &str, next: Option<&str>) -> (&[u32], &[u32]) {
        if !self.may_be_first(word) {
            return (&[], &[]);
        }
        let Some(first) = self.by_first.get(word) else { return (&[], &[]) };
        let longer = match next {
            Some(next) if !first.by_second.is_empty() => first.by_second.get(next).map_or(&[][..], |v| v.as_slice()),
            _ => &[],
        };
        (&first.alone, longer)
    }

    /// Whether `word` may be the first word of some entry (false: it is none).
    #[inline]
    pub(super) fn may_be_first(&self, word: &str) -> bool {
        let bit = first_bit(word);
        self.firsts.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    }

    /// Whether `word` is the first word of some entry.
    pub fn contains(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }
}
