//! Normalisation for matching.
//!
//! Every later stage (gazetteer matching, dates, event triggers) works on one normal form of the
//! text, so that spelling noise of real Arabic news does not multiply the rules:
//!
//! * NFKC per character (Arabic presentation forms, full-width Latin, NBSP → space);
//! * alef forms أ إ آ ٱ → ا, ى → ي, ة → ه;
//! * tatweel, harakat and every other non-spacing mark, and invisible format characters
//!   (RLM, ZWNJ…) dropped;
//! * Arabic-Indic and Persian digits → ASCII digits; Arabic comma and semicolon kept (the
//!   clause marks the rules read are `text::clause`'s sets);
//! * double quotes and guillemets dropped (they split names: هيئة "السايبر" الإسرائيلية), single
//!   quotes unified to `'`, dashes unified to `-`;
//! * Latin lowercased; runs of horizontal white space collapsed to one space.
//!
//! Each rule acts on one character at a time (no composition across characters), so the
//! function is idempotent, and every byte of the normal form maps back to the byte of the
//! original where the character it came from starts, so that every mention can be quoted
//! exactly as written. That map is kept as the few places where the normal form and the
//! original stop going on in step (a dropped mark, a digit or a ligature of another length),
//! not as one entry per byte: most of a text is copied as it is.

use unicode_normalization::UnicodeNormalization;

/// Text in normal form, with the way back to the original.
#[derive(Debug, Clone, Default)]
pub struct NormText {
    /// The normalised text.
    pub text: String,
    /// Where the text and the original go on in step: (normalised offset, original offset) of
    /// the first character of each stretch in which every character stands as many bytes from
    /// the start of the stretch as the original character it came from does in the original.
    steps: Vec<(u32, u32)>,
    /// Length of the original text.
    original_len: u32,
}

impl NormText {
    /// Byte offset in the original text of normalised byte `i` (`i == text.len()` is allowed):
    /// where the original character it came from starts.
    pub fn original_offset(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len as usize;
        }
        let bytes = self.text.as_bytes();
        let mut start = i;
        while start > 0 && bytes[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        // The first character is always the start of a stretch.
        let k = self.steps.partition_point(|&(n, _)| n as usize <= start) - 1;
        let (n, o) = self.steps[k];
        o as usize + (start - n as usize)
    }

    /// The original byte range a normalised byte range came from: from the first character's
    /// start to the end of the last character, with any marks (harakat, tatweel) written on it.
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> std::ops::Range<usize> {
        let from = self.original_offset(start);
        if end <= start {
            return from..from;
        }
        let last = self.original_offset(end - 1);
        let mut to = last;
        for (i, c) in original[last..].char_indices() {
            if i > 0 && !matches!(c, 'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}') {
                break;
            }
            to = last + i + c.len_utf8();
        }
        from..to
    }
}

/// The normal form being written, with its stretches (see [`NormText::steps`]).
struct Writer {
    text: String,
    steps: Vec<(u32, u32)>,
}

impl Writer {
    /// Start a stretch here unless the character coming from original byte `offset` goes on
    /// in step with the last one.
    fn step(&mut self, offset: usize) {
        self.step_at(self.text.len(), offset);
    }

    /// [`Writer::step`] for a character written at byte `at` of the normal form.
    fn step_at(&mut self, at: usize, offset: usize) {
        if self.steps.last().is_none_or(|&(n, o)| offset - o as usize != at - n as usize) {
            self.steps.push((at as u32, offset as u32));
        }
    }

    /// Write `out`, which came from the original character at `offset`: spaces collapse, and a
    /// space before a line break is dropped.
    fn push(&mut self, out: char, offset: usize) {
        let text = &mut self.text;
        if out == ' ' && (text.ends_with(' ') || text.is_empty() || text.ends_with('\n')) {
            return;
        }
        if out == '\n' && text.ends_with(' ') {
            // Trailing space before a line break carries nothing.
            text.pop();
            if self.steps.last().is_some_and(|&(n, _)| n as usize == self.text.len()) {
                self.steps.pop();
            }
        }
        self.step(offset);
        self.text.push(out);
    }

}

/// Normalise `original` (see the module documentation).
pub fn normalize(original: &str) -> NormText {
    let mut w = Writer { text: String::with_capacity(original.len()), steps: Vec::new() };
    let mut buf = String::new();
    let mut at = 0;
    while at < original.len() {
        // Most of a text is its own normal form: copied a run at a time.
        let written = w.text.len();
        let end = plain_run(original, at, &mut w.text);
        if end > at {
            w.step_at(written, at);
            at = end;
            continue;
        }
        let Some(c) = original[at..].chars().next() else { break };
        // Most other characters fold to one or none without tables (see `fold_fast`).
        match fold_fast(c) {
            Some(Some(out)) => w.push(out, at),
            Some(None) => {}
            None => {
                buf.clear();
                fold_char(c, &mut buf);
                for out in buf.chars() {
                    w.push(out, at);
                }
            }
        }
        at += c.len_utf8();
    }
    NormText { text: w.text, steps: w.steps, original_len: original.len() as u32 }
}

/// Copy into `out` the run of characters from `from` (a character boundary) that need no
/// care for spaces and that [`fold_fast`] keeps as they are or folds into a character of the
/// same length: printable ASCII but capitals and `"`, a space after such a character of the
/// run, the Arabic letters and punctuation that are already in normal form, and the alef with
/// hamza or madda, ta marbuta and alef maqsura (أ إ آ ة ى, a few in every sentence, each of two
/// bytes like the letter it becomes). Returns the run's end. The stretches of the offset map
/// do not change inside it: every character stays as many bytes from the run's start.
fn plain_run(original: &str, from: usize, out: &mut String) -> usize {
    let bytes = original.as_bytes();
    let mut at = from;
    // The start of what is still to be copied as it is.
    let mut copied = from;
    while let Some(&b) = bytes.get(at) {
        let plain = match b {
            b'!'..=b'~' => !b.is_ascii_uppercase() && b != b'"',
            b' ' => at > from && bytes[at - 1] != b' ',
            0xD8 | 0xD9 => {
                let Some(&next) = bytes.get(at + 1) else { break };
                // The character's place in U+0600–U+067F.
                let k = ((b as usize & 1) << 6) | (next as usize & 0x3F);
                let folded = match ARABIC_RUN[k] {
                    RunChar::Kept => {
                        at += 2;
                        continue;
                    }
                    RunChar::Folded(c) => c,
                    RunChar::Stop => break,
                };
                out.push_str(&original[copied..at]);
                out.push(folded);
                at += 2;
                copied = at;
                continue;
            }
            _ => false,
        };
        if !plain {
            break;
        }
        at += 1;
    }
    out.push_str(&original[copied..at]);
    at
}

/// What [`plain_run`] does with a character of U+0600–U+067F.
#[derive(Clone, Copy)]
enum RunChar {
    /// Already in normal form: the Arabic letters and the Arabic comma, semicolon and question
    /// mark.
    Kept,
    /// Folded into this letter of the same length (أ إ آ → ا, ة → ه, ى → ي).
    Folded(char),
    /// Anything else ends the run (tatweel, harakat, digits…): [`fold_fast`] reads it.
    Stop,
}

/// [`RunChar`] of each character of U+0600–U+067F, by its place in that block: one load for
/// each Arabic character of a text instead of a chain of comparisons.
static ARABIC_RUN: [RunChar; 128] = {
    let mut table = [RunChar::Stop; 128];
    let mut k = 0;
    while k < 128 {
        table[k] = match 0x600 + k as u32 {
            0x622 | 0x623 | 0x625 => RunChar::Folded('ا'),
            0x629 => RunChar::Folded('ه'),
            0x649 => RunChar::Folded('ي'),
            0x640 => RunChar::Stop,
            0x621..=0x64A | 0x60C | 0x61B | 0x61F => RunChar::Kept,
            _ => RunChar::Stop,
        };
        k += 1;
    }
    table
};

/// Normalise a short string (an alias, a lexicon word) without keeping the offset map.
pub fn normalize_str(s: &str) -> String {
    normalize(s).text.trim().to_string()
}

/// Fold one character into `out`: the fixpoint of [`fold_once`], so that folding twice changes
/// nothing.
fn fold_char(c: char, out: &mut String) {
    if let Some(direct) = fold_fast(c) {
        if let Some(d) = direct {
            out.push(d);
        }
        return;
    }
    let mut current = String::new();
    fold_once(c, &mut current);
    // A few compatibility decompositions produce characters that fold again (e.g. a ligature
    // containing an alef with hamza); iterate to the fixpoint, which is reached in ≤ 3 rounds.
    for _ in 0..4 {
        let mut next = String::new();
        for d in current.chars() {
            match fold_fast(d) {
                Some(Some(x)) => next.push(x),
                Some(None) => {}
                None => fold_once(d, &mut next),
            }
        }
        if next == current {
            break;
        }
        current = next;
    }
    out.push_str(&current);
}

/// An Arabic-Indic (٠–٩) or Persian (۰–۹) digit as its ASCII digit.
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '٠'..='٩' => Some(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => Some(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        _ => None,
    }
}

/// The common characters, folded without Unicode tables. `None`: not a fast character;
/// `Some(None)`: dropped; `Some(Some(c))`: replaced by `c` (possibly itself).
fn fold_fast(c: char) -> Option<Option<char>> {
    Some(match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '"' => None,
        '\t' | ' ' => Some(' '),
        '\n' => Some('\n'),
        '\r' => Some(' '),
        '\u{0000}'..='\u{001F}' | '\u{007F}' => Some(' '),
        '\u{0020}'..='\u{007E}' => Some(c),
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ى' | 'ی' | 'ې' => Some('ي'),
        'ة' | 'ۀ' | 'ە' => Some('ه'),
        'ک' => Some('ك'),
        // Letters of Maghrebi and Persian spelling for sounds Arabic letters lack: the g of
        // Moroccan ڭ and Persian گ is the k they are drawn on (a name's g is also read as ك by
        // the gazetteer's derived spellings: بيني ڭانتس = كانتس), p is ب, v is ف, the Algerian
        // g ڨ is ق and ch چ is ج, as Arabic pages write them.
        'ڭ' | 'گ' | 'ګ' | 'ڮ' => Some('ك'),
        'پ' => Some('ب'),
        'ڤ' | 'ڥ' => Some('ف'),
        'ڨ' => Some('ق'),
        'چ' => Some('ج'),
        'ـ' => None,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' => None,
        '٠'..='٩' | '۰'..='۹' => ascii_digit(c),
        '\u{0621}'..='\u{064A}' | '،' | '؛' | '؟' => Some(c),
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '‶' | '〝' | '〞' | '＂' => None,
        '‘' | '’' | '‚' | '‛' | '′' | '´' => Some('\''),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹘' | '﹣' | '－' => Some('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        // Only `\n` may end a line, so that normalised lines are the original lines.
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some(' '),
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' => None,
        _ => return None,
    })
}

/// One round of the slow path: NFKC of the character, then lowercase, dropping marks and
/// format characters.
fn fold_once(c: char, out: &mut String) {
    for d in std::iter::once(c).nfkc() {
        for l in d.to_lowercase() {
            if is_dropped(l) {
                continue;
            }
            // Any space or control character is a plain space (line breaks never get here).
            out.push(if l.is_whitespace() || l.is_control() { ' ' } else { l });
        }
    }
}

/// Non-spacing and enclosing marks, and format characters: invisible, and noise for matching.
fn is_dropped(c: char) -> bool {
    use unicode_normalization::char::is_combining_mark;
    is_combining_mark(c) && !matches!(c, '\u{0903}' | '\u{093B}') || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
}

/// Whether `c` belongs to a word (letters and digits of any script): the boundary test for
/// gazetteer and lexicon matches. Normalised Arabic and ASCII are answered without Unicode
/// tables: every stage asks this for every character of the corpus.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\0'..='\u{7F}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0640}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphanumeric`, with ASCII and the Arabic letters answered without the Unicode
/// tables: for text as written (a tatweel is alphanumeric here, unlike [`is_word_char`]'s
/// normalised words), read where every character of many lines is asked.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphanumeric() }
}

/// Which characters of U+0600–U+067F are word characters ([`is_word_char`]), by their place in
/// that block: all but the number signs and punctuation (U+0600–U+060F, U+061B–U+061F, U+066A–
/// U+066D), the tatweel (U+0640) and U+0658 (a test checks it against [`is_word_char`]).
/// Arabic letters are nearly every character of the corpus, and the byte scans test them by
/// their two bytes here, without decoding ([`char_class_at`]): one mask of 64 bits for each
/// lead byte (D8: U+0600–U+063F, D9: U+0640–U+067F), a bit for each second byte's low six
/// bits, so that the test is a shift in registers rather than a load from a table.
const ARABIC_WORD_MASK: [u64; 2] = [0xffff_ffff_07ff_0000, 0xffff_c3ff_feff_fffe];

/// Whether the two bytes `lead` (D8 or D9) and `second` spell a word character of
/// U+0600–U+067F ([`ARABIC_WORD_MASK`]).
#[inline(always)]
fn arabic_pair_is_word(lead: u8, second: u8) -> bool {
    ARABIC_WORD_MASK[(lead & 1) as usize] >> (second & 0x3F) & 1 != 0
}

/// The character at byte `at` of `text` (a character boundary): its length in bytes and whether
/// it is a word character ([`is_word_char`]). ASCII is read by its byte and U+0600–U+067F (lead
/// byte D8 or D9) by [`ARABIC_WORD_MASK`].
#[inline(always)]
pub fn char_class_at(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let b = bytes[at];
    if b < 0x80 {
        return (1, b.is_ascii_alphanumeric());
    }
    if b & 0xFE == 0xD8 {
        return (2, arabic_pair_is_word(b, bytes[at + 1]));
    }
    other_char_class_at(text, at)
}

/// [`char_class_at`] for the characters it does not read from their bytes (neither ASCII nor
/// U+0600–U+067F), decoded: left out of line, so that the scans it is inlined into stay small
/// for the characters they meet nearly always.
#[inline(never)]
fn other_char_class_at(text: &str, at: usize) -> (usize, bool) {
    let c = text[at..].chars().next().unwrap_or('\0');
    (c.len_utf8(), is_word_char(c))
}

/// The end of the run of word characters of U+0600–U+067F (two bytes each, lead byte D8 or
/// D9) that starts at `from`, at most `limit` (character boundaries both): `from` when there is
/// none. [`word_run_end`] takes the Arabic letters, nearly every character of the corpus, in
/// this loop of a few instructions a letter, and the rarer characters one by one with
/// [`char_class_at`]. (The date tokenizer does not use it: its function as a whole came out
/// slower with it, its letter loop being a small part of its cost.)
#[inline(always)]
fn arabic_word_run_end(text: &str, from: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = limit.min(bytes.len());
    let mut at = from;
    while at + 1 < limit {
        let (lead, second) = (bytes[at], bytes[at + 1]);
        if lead & 0xFE != 0xD8 || !arabic_pair_is_word(lead, second) {
            break;
        }
        at += 2;
    }
    at
}

/// The end of the run of word characters ([`is_word_char`]) that starts at `from`, at most
/// `limit` (character boundaries both): `from` when `from` is not in a word. The same end as a
/// walk with [`char_class_at`] character by character, the Arabic letters taken in a tighter
/// loop ([`arabic_word_run_end`]).
#[inline(always)]
pub fn word_run_end(text: &str, from: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < limit {
        at = arabic_word_run_end(text, at, limit);
        if at >= limit {
            break;
        }
        let b = bytes[at];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            at += 1;
            continue;
        }
        let (len, word) = char_class_at(text, at);
        if !word {
            break;
        }
        at += len;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run table keeps or folds a character only as [`fold_fast`] does, into a character of
    /// the same length (the offset map stays in step), and keeps every Arabic letter already
    /// in normal form.
    #[test]
    fn the_run_table_folds_as_fold_fast() {
        for k in 0..128u32 {
            let c = char::from_u32(0x600 + k).unwrap();
            match ARABIC_RUN[k as usize] {
                RunChar::Kept => assert_eq!(fold_fast(c), Some(Some(c)), "{c}"),
                RunChar::Folded(f) => assert!(fold_fast(c) == Some(Some(f)) && f.len_utf8() == c.len_utf8(), "{c}"),
                RunChar::Stop => assert!(fold_fast(c) != Some(Some(c)) || !(0x621..=0x64A).contains(&(0x600 + k)) || c == 'ـ', "{c}"),
            }
        }
    }

    #[test]
    fn the_fast_alphanumeric_test_is_the_unicode_one() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn characters_are_classed_as_is_word_char_says() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(char_class_at(&text, 0), (c.len_utf8(), is_word_char(c)), "{:X}", c as u32);
        }
    }

    /// (name, input, expected normal form): one row per rule.
    const CASES: &[(&str, &str, &str)] = &[
        ("alef hamza above", "أونا", "اونا"),
        ("alef hamza below", "إسرائيل", "اسرائيل"),
        ("alef madda", "آشكاين", "اشكاين"),
        ("alef wasla", "ٱلرباط", "الرباط"),
        ("alef maqsura", "مصطفى", "مصطفي"),
        ("ta marbuta", "بوريطة", "بوريطه"),
        ("tatweel", "بـ\"إقامة", "باقامه"),
        ("harakat", "وُقِّعَت", "وقعت"),
        ("dagger alef", "هٰذا", "هذا"),
        ("arabic-indic digits", "١٠ أغسطس ٢٠٢١", "10 اغسطس 2021"),
        ("persian digits", "۱۴۰۰", "1400"),
        ("presentation forms", "\u{FEDF}\u{FE8E}\u{FE91}\u{FEF4}\u{FEA9}", "لابيد"),
        ("lam-alef ligature", "\u{FEFB}", "لا"),
        ("double quotes dropped", "هيئة \"السايبر\" الإسرائيلية", "هيئه السايبر الاسرائيليه"),
        ("guillemets dropped", "«غير مسبوق»", "غير مسبوق"),
        ("curly quotes dropped", "“باراك8″", "باراك8"),
        ("single quotes unified", "Sa’ar", "sa'ar"),
        ("dashes unified", "اتفاق – إطار — جو−أرض", "اتفاق - اطار - جو-ارض"),
        ("latin lowercased", "NSO Group", "nso group"),
        ("full-width latin", "ＮＳＯ", "nso"),
        ("nbsp collapsed", "تل\u{00A0}\u{00A0}أبيب", "تل ابيب"),
        ("rlm dropped", "الرباط\u{200F}", "الرباط"),
        ("tabs and spaces", "a \t  b", "a b"),
        ("crlf", "a\r\nb", "a\nb"),
        ("line separator is not a line break", "a\u{2028}b", "a b"),
        ("trailing space before newline", "a  \nb", "a\nb"),
        ("arabic comma kept", "غانتس، بوريطة؛", "غانتس، بوريطه؛"),
        ("hamza on waw and ya kept", "مؤتمر رئيس", "مؤتمر رئيس"),
        ("maghrebi and persian letters as their arabic ones", "ڭانتس گانتس لاپيد ڤيديو ڨالمة چاي", "كانتس كانتس لابيد فيديو قالمه جاي"),
    ];

    #[test]
    fn normalisation_rules() {
        for (name, input, expected) in CASES {
            assert_eq!(normalize(input).text, *expected, "rule {name:?} on {input:?}");
        }
    }

    #[test]
    fn case_names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let original = "وقع «غانتس» بالرباط";
        let norm = normalize(original);
        let start = norm.text.find("غانتس").unwrap();
        let range = norm.original_range(start, start + "غانتس".len(), original);
        assert_eq!(&original[range], "غانتس");
        let start = norm.text.find("بالرباط").unwrap();
        let range = norm.original_range(start, start + "بالرباط".len(), original);
        assert_eq!(&original[range], "بالرباط");
    }

    #[test]
    fn offsets_cover_dropped_harakat_inside_a_match() {
        let original = "استُقبل غانتس";
        let norm = normalize(original);
        let range = norm.original_range(0, "استقبل".len(), original);
        assert_eq!(&original[range], "استُقبل");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The normal form written one character at a time with one original offset per byte:
    /// what [`normalize`] gives, told the plain way.
    fn per_byte(original: &str) -> (String, Vec<u32>) {
        let mut text = String::new();
        let mut origin: Vec<u32> = Vec::new();
        let mut buf = String::new();
        for (offset, c) in original.char_indices() {
            buf.clear();
            fold_char(c, &mut buf);
            for out in buf.chars() {
                if out == ' ' && (text.ends_with(' ') || text.is_empty() || text.ends_with('\n')) {
                    continue;
                }
                if out == '\n' && text.ends_with(' ') {
                    text.pop();
                    origin.pop();
                }
                let before = text.len();
                text.push(out);
                origin.extend(std::iter::repeat_n(offset as u32, text.len() - before));
            }
        }
        origin.push(original.len() as u32);
        (text, origin)
    }

    /// Strings mixing Arabic, marks, digits, Latin, punctuation and any other character.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                3 => prop::char::range('\u{0600}', '\u{06FF}'),
                1 => prop::char::range('\u{FB50}', '\u{FEFF}'),
                1 => prop::char::range(' ', '~'),
                1 => Just(' '),
                1 => Just('\n'),
                1 => any::<char>(),
            ],
            0..200,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn normalisation_is_idempotent(s in text()) {
            let once = normalize(&s).text;
            prop_assert_eq!(normalize(&once).text, once);
        }

        #[test]
        fn offsets_are_those_of_the_characters_written(s in text()) {
            let n = normalize(&s);
            let (text, origin) = per_byte(&s);
            prop_assert_eq!(&n.text, &text);
            for (i, &o) in origin.iter().enumerate() {
                prop_assert_eq!(n.original_offset(i), o as usize, "byte {} of {:?}", i, &n.text);
            }
        }

        #[test]
        fn offsets_stay_on_char_boundaries_and_keep_lines(s in text()) {
            let n = normalize(&s);
            for i in 0..=n.text.len() {
                prop_assert!(s.is_char_boundary(n.original_offset(i)));
            }
            prop_assert_eq!(n.text.matches('\n').count(), s.matches('\n').count());
            if !n.text.is_empty() {
                let r = n.original_range(0, n.text.len(), &s);
                prop_assert!(r.start <= r.end && r.end <= s.len());
            }
        }

        /// The run scans end where a walk with `is_word_char`, character by character, ends:
        /// from every character boundary, to every limit.
        #[test]
        fn word_runs_end_where_the_characters_say(s in "(\\PC|ب|ال|زياره|ـ|،|؟|٣|x|7| ){0,24}") {
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for &from in &bounds {
                for &limit in bounds.iter().filter(|&&l| l >= from) {
                    let walked = s[from..limit].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(limit, |(i, _)| from + i);
                    prop_assert_eq!(word_run_end(&s, from, limit), walked, "{:?} from {} to {}", &s, from, limit);
                    let arabic = s[from..limit].char_indices().find(|&(_, c)| !(is_word_char(c) && ('\u{600}'..='\u{67F}').contains(&c))).map_or(limit, |(i, _)| from + i);
                    prop_assert_eq!(arabic_word_run_end(&s, from, limit), arabic, "{:?} from {} to {}", &s, from, limit);
                }
            }
        }
    }
}
