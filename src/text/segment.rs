//! Splitting normalised text into sentences and clauses.
//!
//! Events take their participants, date and status from their own sentence or clause, so the
//! boundaries matter: a sentence ends at a line break or at `.`, `!`, `?`, `؟` or `…` (a full
//! stop between digits, as in `3.5`, is not an end); a clause ends at `،`, `,`, `؛` or `;`
//! (`text::clause::COMMAS_AND_SEMICOLONS`, cut here on bytes for speed).

use std::ops::Range;
use std::sync::OnceLock;

/// One sentence of the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte range in the normalised text, trimmed.
    pub range: Range<usize>,
    /// Byte ranges of its clauses, trimmed, in order; they cover the sentence.
    pub clauses: Vec<Range<usize>>,
    /// Its words, split the first time a stage asks ([`Sentence::words`]) and kept for the next
    /// (the event stages split the same sentence several times).
    words: WordCache,
}

/// A sentence's words once split: a cache, equal whatever it holds (two sentences with the
/// same ranges are the same sentence, whether their words were asked for or not).
#[derive(Debug, Clone, Default)]
struct WordCache(OnceLock<Vec<Range<usize>>>);

impl PartialEq for WordCache {
    fn eq(&self, _: &WordCache) -> bool {
        true
    }
}

impl Sentence {
    /// A sentence of `range` with its `clauses`.
    pub fn new(range: Range<usize>, clauses: Vec<Range<usize>>) -> Sentence {
        Sentence { range, clauses, words: WordCache::default() }
    }

    /// Its words in `text` (the normalised text its range is in), as
    /// [`words`](crate::text::lexmatch::words) splits its range: split the first time they are
    /// asked for, read from that split afterwards. The range must not change once they are.
    pub fn words(&self, text: &str) -> &[Range<usize>] {
        let words = self.words.0.get_or_init(|| crate::text::lexmatch::words(text, self.range.clone()));
        debug_assert!(words.first().is_none_or(|w| w.start >= self.range.start) && words.last().is_none_or(|w| w.end <= self.range.end));
        words
    }

    /// How many of the sentence's words end at or before `at`: the index of the word at `at`
    /// (0 for the sentence's first word).
    pub fn word_index(&self, text: &str, at: usize) -> usize {
        self.words(text).partition_point(|w| w.end <= at)
    }

    /// The words of `range`, a part of the sentence, as
    /// [`word_iter`](crate::text::lexmatch::word_iter) splits it (a word cut by an end of the
    /// range ends or starts there), read from [`Sentence::words`]: its words that overlap the
    /// range, cut to it. Words are maximal runs of word characters, so the runs within a part
    /// of the sentence are the sentence's runs cut to that part.
    pub fn words_in(&self, text: &str, range: Range<usize>) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + Clone + '_ {
        debug_assert!(range.start >= self.range.start && range.end <= self.range.end || range.start >= range.end, "{range:?} is outside the sentence {:?}", self.range);
        let words = self.words(text);
        let from = words.partition_point(|w| w.end <= range.start);
        let to = if range.start < range.end { words.partition_point(|w| w.start < range.end).max(from) } else { from };
        words[from..to].iter().map(move |w| w.start.max(range.start)..w.end.min(range.end))
    }

    /// The index of the clause holding byte `at`, if one does.
    pub fn clause_at(&self, at: usize) -> Option<usize> {
        self.clauses.iter().position(|c| c.start <= at && at < c.end)
    }
}

/// Whether `sentence` ends with a stop (`.`, `!`, `?`, `؟`, or one of them closed by `»`, `"`
/// or `)`): a sentence of an article's body. A headline or a title line has none.
pub fn ends_with_a_stop(sentence: &str) -> bool {
    sentence.trim_end().ends_with(['.', '!', '؟', '?', '»', '"', ')'])
}

/// Split `text` into sentences (empty ones dropped), each with its clauses.
///
/// One pass over the bytes: every mark that may end a sentence is ASCII or has a byte no other
/// character of the text shares a position with (؟ is D8 9F, found by its 9F after D8; … is E2
/// 80 A6), and a character before or after a full stop is an ASCII digit or `.` exactly when
/// its byte is. The bytes of no mark ([`SENTENCE_MARK_BYTES`]) are passed over by a table.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    // The ends of the clause marks of the sentence being read: its clauses are cut there.
    let mut clause_ends: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !MARK_BYTES[bytes[i] as usize] {
            i += 1;
            continue;
        }
        // The mark starts at `at` and is `len` bytes long.
        let (ends, at, len) = match bytes[i] {
            b'\n' | b'!' | b'?' => (true, i, 1),
            // ، is D8 8C and ؛ is D8 9B: their second bytes follow D8 in no other character.
            b',' | b';' => {
                clause_ends.push(i + 1);
                (false, i, 1)
            }
            0x8C | 0x9B if i > 0 && bytes[i - 1] == 0xD8 => {
                clause_ends.push(i + 1);
                (false, i, 1)
            }
            b'.' => {
                let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit();
                let next = bytes.get(i + 1).copied().unwrap_or(b'\n');
                // "22.12.2020", "22.Dec.2020": a stop glued between a digit and a digit or a
                // Latin letter joins the parts of a date.
                (!(prev_digit && next.is_ascii_alphanumeric()) && next != b'.' && !latin_abbreviation(&text[start..i]), i, 1)
            }
            0x9F if i > 0 && bytes[i - 1] == 0xD8 => (true, i - 1, 2),
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => (true, i, 3),
            _ => (false, i, 1),
        };
        if ends {
            let end = at + len;
            push_sentence(text, start..if bytes[i] == b'\n' { i } else { end }, &clause_ends, &mut sentences);
            clause_ends.clear();
            start = end;
        }
        i = at + len;
    }
    push_sentence(text, start..text.len(), &clause_ends, &mut sentences);
    sentences
}

/// Latin abbreviations whose full stop does not end a sentence ("Dec. 22", "Lt. Gen.", "U.S.",
/// "Mohammed VI" is not one): titles, months and weekdays, and single letters (initials).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fév", "fev", "févr", "fevr", "avr",
    "juil", "déc", "mon", "tue", "tues", "thu", "thur", "thurs", "fri", "m", "mme", "mgr",
];

/// Whether `before` (the sentence so far) ends with an abbreviation from [`ABBREVIATIONS`] or
/// a single Latin letter.
fn latin_abbreviation(before: &str) -> bool {
    // The word is the run of letters and digits that ends `before`: one that does not end with
    // a Latin letter is none (an Arabic sentence's full stop), told without reading the word
    // back (an Arabic letter's `is_alphanumeric` is a table search).
    if !before.chars().next_back().is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ')) {
        return false;
    }
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    let latin = word.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ'));
    latin && !word.is_empty() && (word.chars().count() == 1 || ABBREVIATIONS.contains(&word))
}

/// A table of the bytes that are, or end, or start a mark that may end a sentence (`\n`, `!`,
/// `?`, `.`, 9F the second byte of ؟ and E2 the first of …) or a clause (`,`, `;`, 8C the
/// second byte of ، and 9B of ؛): sentences and their clauses are cut in one pass.
static MARK_BYTES: [bool; 256] = byte_table(b"\n!?.\x9F\xE2,;\x8C\x9B");

const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}

/// Push the sentence of `range` (trimmed; none when empty), cut into clauses after each of
/// `clause_ends` (the ends of its clause marks, in order).
fn push_sentence(text: &str, range: Range<usize>, clause_ends: &[usize], out: &mut Vec<Sentence>) {
    let range = trim(text, range);
    if range.is_empty() {
        return;
    }
    let mut clauses = Vec::with_capacity(clause_ends.len() + 1);
    let mut start = range.start;
    for &end in clause_ends {
        let clause = trim(text, start..end);
        if !clause.is_empty() {
            clauses.push(clause);
        }
        start = end;
    }
    let last = trim(text, start..range.end);
    if !last.is_empty() {
        clauses.push(last);
    }
    out.push(Sentence::new(range, clauses));
}

fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return range.start..range.start;
    }
    range.start + lead..range.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|s| &text[s.range]).collect()
    }

    #[test]
    fn sentence_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("وقع الاتفاق. والتقى غانتس بوريطه.", &["وقع الاتفاق.", "والتقى غانتس بوريطه."]),
            ("عنوان\n\nنص المقال", &["عنوان", "نص المقال"]),
            ("هل وقع؟ نعم!", &["هل وقع؟", "نعم!"]),
            ("نسبه 3.5 في المئه.", &["نسبه 3.5 في المئه."]),
            ("signed on dec. 22 in rabat. then", &["signed on dec. 22 in rabat.", "then"]),
            ("lt. gen. belkhir met the u.s. envoy. he left", &["lt. gen. belkhir met the u.s. envoy.", "he left"]),
            ("king mohammed vi. the", &["king mohammed vi.", "the"]),
            ("والتعاون...، بموجب الاتفاق.", &["والتعاون...", "، بموجب الاتفاق."]),
            ("", &[]),
            ("   \n \n", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    /// The splitter as first written, character by character: the byte pass must cut alike.
    fn split_by_chars(text: &str) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        let mut prev = '\n';
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map_or('\n', |&(_, n)| n);
            let ends = match c {
                '\n' | '!' | '?' | '؟' | '…' => true,
                '.' => !(prev.is_ascii_digit() && next.is_ascii_alphanumeric()) && next != '.' && !latin_abbreviation(&text[start..i]),
                _ => false,
            };
            if ends {
                let end = i + c.len_utf8();
                let range = trim(text, start..if c == '\n' { i } else { end });
                if !range.is_empty() {
                    sentences.push(Sentence::new(range.clone(), clauses_by_chars(text, range)));
                }
                start = end;
            }
            prev = c;
        }
        let range = trim(text, start..text.len());
        if !range.is_empty() {
            sentences.push(Sentence::new(range.clone(), clauses_by_chars(text, range)));
        }
        sentences
    }

    fn clauses_by_chars(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let mut clauses = Vec::new();
        let mut start = range.start;
        for (i, c) in text[range.clone()].char_indices() {
            if crate::text::clause::COMMAS_AND_SEMICOLONS.contains(&c) {
                let end = range.start + i + c.len_utf8();
                clauses.push(trim(text, start..end));
                start = end;
            }
        }
        clauses.push(trim(text, start..range.end));
        clauses.retain(|c| !c.is_empty());
        clauses
    }

    proptest::proptest! {
        #[test]
        fn bytes_cut_like_chars(s in "([a-z0-9 .,;!?\n]|؟|…|،|؛|ؠ|ٌ|؛|ج|dec|3\\.5|\\.\\.\\.|\\PC){0,60}") {
            proptest::prop_assert_eq!(split_sentences(&s), split_by_chars(&s));
        }
    }

    proptest::proptest! {
        /// The words of any part of a sentence, read from its words split once, are the words
        /// split from that part alone, from either end (a part may start or end inside a word,
        /// or be empty).
        #[test]
        fn words_of_a_part_are_split_alike(s in "(\\PC|و|ب|ال|زياره| |، |1|x){1,40}", a in 0usize..400, b in 0usize..400) {
            for sentence in split_sentences(&s) {
                let bounds: Vec<usize> = (sentence.range.start..=sentence.range.end).filter(|&i| s.is_char_boundary(i)).collect();
                let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
                for range in [a.min(b)..a.max(b), a..a, sentence.range.clone()] {
                    let split: Vec<_> = crate::text::lexmatch::word_iter(&s, range.clone()).collect();
                    proptest::prop_assert_eq!(&sentence.words_in(&s, range.clone()).collect::<Vec<_>>(), &split);
                    let mut backward: Vec<_> = sentence.words_in(&s, range.clone()).rev().collect();
                    backward.reverse();
                    proptest::prop_assert_eq!(&backward, &split);
                }
                proptest::prop_assert_eq!(sentence.words(&s), &crate::text::lexmatch::words(&s, sentence.range.clone())[..]);
            }
        }
    }

    #[test]
    fn clause_boundaries() {
        let text = "التقى ساعر، برييس المخابرات؛ عبد اللطيف الحموشي، امس";
        let s = &split_sentences(text)[0];
        let clauses: Vec<&str> = s.clauses.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(clauses, ["التقى ساعر،", "برييس المخابرات؛", "عبد اللطيف الحموشي،", "امس"]);
    }
}
