//! The date finder's tokens: a sentence cut into runs of letters and digits (every other visible
//! character is a token of its own), each token read as a number where it is one and looked up
//! once in the [`DateLexicon`] with its proclitics (و ف ب ل ك) removed. The grammar
//! ([`super::find`]) and the date-line reader ([`super::dateline`]) both work on these tokens.

use std::ops::Range;

use crate::text::normalize::char_class_at;

use super::lexicon::{DateLexicon, Word};
use super::value::Calendar;

/// A number token: digits, possibly after one proclitic (و18) or before a calendar letter
/// (2021م، 1443هـ).
#[derive(Debug, Clone, Copy)]
pub(super) struct Num {
    pub(super) value: u32,
    pub(super) digits: u8,
    pub(super) suffix: Option<char>,
}

#[derive(Debug)]
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) num: Option<Num>,
    /// Lexicon matches starting here: (entry index, number of tokens), longest first.
    pub(super) matches: Matches,
}

impl Tok<'_> {
    /// Whether the token is written in Latin letters or digits (English or French text, or a
    /// number), where the English and French readings may open.
    pub(super) fn is_latin(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, 'À'..='ÿ'))
    }

    /// Whether the token, lowercased, is one of `words`: what
    /// `words.contains(&text.to_lowercase())` says, without a string made for every token of
    /// every line read (the date-line reader asks it of each token, and those strings were 5 %
    /// of the whole extraction). A token of ASCII and Arabic (U+0600–U+06FF, lead bytes D8–DB)
    /// lowercases byte by byte, the Arabic letters having no case; any other is lowercased as
    /// before. Inlined: its callers ask it for every token of a line, against short constant
    /// lists (left as a call, it cost half again as much).
    #[inline]
    pub(super) fn lowercase_is_one_of(&self, words: &[&str]) -> bool {
        let t = self.text;
        // A byte below C0 is ASCII or continues a character whose lead byte is tested.
        if t.bytes().all(|b| b < 0xC0 || (0xD8..=0xDB).contains(&b)) {
            words.iter().any(|w| w.len() == t.len() && t.bytes().zip(w.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b))
        } else {
            words.contains(&t.to_lowercase().as_str())
        }
    }
}

/// A token's lexicon matches. Most tokens have none and almost all the others three or fewer,
/// so those are kept inline: tokenizing allocates nothing per token.
#[derive(Debug, Clone)]
pub(super) enum Matches {
    Inline(u8, [(u32, u8); 3]),
    Spilled(Vec<(u32, u8)>),
}

impl Matches {
    const NONE: Matches = Matches::Inline(0, [(0, 0); 3]);

    fn from_slice(m: &[(u32, u8)]) -> Matches {
        match m.len() {
            0..=3 => {
                let mut inline = [(0, 0); 3];
                inline[..m.len()].copy_from_slice(m);
                Matches::Inline(m.len() as u8, inline)
            }
            _ => Matches::Spilled(m.to_vec()),
        }
    }
}

impl std::ops::Deref for Matches {
    type Target = [(u32, u8)];
    fn deref(&self) -> &[(u32, u8)] {
        match self {
            Matches::Inline(n, m) => &m[..*n as usize],
            Matches::Spilled(m) => m,
        }
    }
}

/// Cut `text[range]` into tokens and look each up in the lexicon.
///
/// One pass over the bytes: ASCII is classified by byte, other characters are decoded once,
/// and each word notes whether it holds digits and Arabic letters, so that only words with
/// digits are read as numbers or cut apart ([`push_word`]).
pub(super) fn tokenize<'a>(text: &'a str, range: Range<usize>, lex: &DateLexicon) -> Vec<Tok<'a>> {
    tokenize_prefix(text, range, lex, usize::MAX, 0)
}

/// The first tokens of `text[range]`: all of them, or, where there are more, at least
/// `min_tokens` and every one that starts before `min_end` (and the one after), the rest left
/// unread: the last tokens' matches then lack the entries that would run past the cut.
pub(super) fn tokenize_prefix<'a>(text: &'a str, range: Range<usize>, lex: &DateLexicon, min_tokens: usize, min_end: usize) -> Vec<Tok<'a>> {
    let mut toks = Vec::with_capacity((range.len() / 5 + 1).min(min_tokens.saturating_add(8)));
    let bytes = text.as_bytes();
    let mut at = range.start;
    while at < range.end {
        let (is_word, len, space) = class_at(text, at);
        if space {
            at += len;
            continue;
        }
        if toks.len() >= min_tokens && toks.last().is_some_and(|t: &Tok| t.start >= min_end) {
            break;
        }
        if !is_word {
            toks.push(Tok { text: &text[at..at + len], start: at, end: at + len, num: None, matches: Matches::NONE });
            at += len;
            continue;
        }
        // A run of letters and digits, read to its end here (its first character again):
        // the Arabic letters (lead byte D8 or D9) and ASCII, nearly every character, each by
        // its own test.
        let mut w = Run { start: at, digit: false, arabic: false };
        while at < range.end {
            let b = bytes[at];
            if b & 0xFE == 0xD8 {
                if !char_class_at(text, at).1 {
                    break;
                }
                w.arabic = true;
                at += 2;
            } else if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                w.digit |= b.is_ascii_digit();
                at += 1;
            } else {
                let (len, word) = char_class_at(text, at);
                if !word {
                    break;
                }
                // U+0600–U+06FF: lead bytes D8–DB.
                w.arabic |= (0xD8..=0xDB).contains(&b);
                at += len;
            }
        }
        push_word(&mut toks, text, w, at.min(range.end));
    }
    let mut buf = Vec::new();
    for i in 0..toks.len() {
        if lexicon_matches(&toks, i, lex, &mut buf) {
            toks[i].matches = Matches::from_slice(&buf);
        }
    }
    toks
}

/// Whether `text[range]` has more than `n` tokens by a count of its runs of letters and digits
/// and its other visible characters, read as [`tokenize_prefix`] reads them: each is one token
/// or more, so a count above `n` says so without cutting a run apart or looking a word up. It
/// reads no further than the run that passes `n`.
pub(super) fn more_tokens_than(text: &str, range: Range<usize>, n: usize) -> bool {
    let mut runs = 0;
    let mut in_word = false;
    let mut at = range.start;
    while at < range.end {
        let (is_word, len, space) = class_at(text, at);
        if !space && !(is_word && in_word) {
            runs += 1;
            if runs > n {
                return true;
            }
        }
        in_word = is_word;
        at += len;
    }
    false
}

/// The character at `at` (a character boundary of `text`): whether it belongs to a word
/// ([`is_word_char`](crate::text::normalize::is_word_char)), its length in bytes, and whether
/// it is a space (read by [`char_class_at`], without decoding ASCII and the Arabic letters; a
/// word character is no space).
#[inline(always)]
fn class_at(text: &str, at: usize) -> (bool, usize, bool) {
    let (len, word) = char_class_at(text, at);
    let space = match len {
        _ if word => false,
        1 => (text.as_bytes()[at] as char).is_whitespace(),
        // U+0600–U+067F (the Arabic comma, semicolon, question mark…): no space among them.
        2 if text.as_bytes()[at] & 0xFE == 0xD8 => false,
        _ => text[at..].chars().next().is_some_and(char::is_whitespace),
    };
    (word, len, space)
}

/// A run of letters and digits being read: where it starts, and whether it holds an ASCII
/// digit and an Arabic character.
struct Run {
    start: usize,
    digit: bool,
    arabic: bool,
}

/// A run of letters and digits as tokens. Digits glued to Arabic letters are cut apart
/// ("12غشت", "ك24 نوفمبر 2021آخر تحديث": pages lose spaces around numbers), unless the run is
/// one number with its clitic or calendar letter (و18، الـ24، 2021م), which [`parse_num`] reads.
fn push_word<'a>(toks: &mut Vec<Tok<'a>>, text: &'a str, w: Run, end: usize) {
    let start = w.start;
    let word = &text[start..end];
    if !w.digit {
        toks.push(Tok { text: word, start, end, num: None, matches: Matches::NONE });
        return;
    }
    // An ISO timestamp's day and hour ("2022-03-14T10:32"): the date ends at the T.
    if let Some((day, hour)) = word.split_once(['t', 'T'])
        && !day.is_empty()
        && !hour.is_empty()
        && day.len() <= 2
        && hour.len() <= 2
        && day.bytes().chain(hour.bytes()).all(|b| b.is_ascii_digit())
    {
        let t = start + day.len();
        for (a, b) in [(start, t), (t, t + 1), (t + 1, end)] {
            toks.push(new_tok(text, a, b));
        }
        return;
    }
    let num = parse_num(word);
    if num.is_some() || !w.arabic {
        toks.push(Tok { text: word, start, end, num, matches: Matches::NONE });
        return;
    }
    // A run of digits and one of Arabic letters meet: "12غشت", "ك24".
    let arabic = crate::text::lang::is_arabic_letter;
    let mut piece = start;
    let mut prev: Option<bool> = None;
    for (i, c) in word.char_indices() {
        let digit = c.is_ascii_digit();
        if prev.is_some_and(|p| p != digit) && (digit || arabic(c)) && (prev == Some(true) || word[..i].chars().next_back().is_some_and(arabic)) {
            toks.push(new_tok(text, piece, start + i));
            piece = start + i;
        }
        prev = Some(digit);
    }
    toks.push(new_tok(text, piece, end));
}

/// Years read without a calendar marker: a four-digit number in this span.
pub(super) const MIN_YEAR: u32 = 1900;
pub(super) const MAX_YEAR: u32 = 2100;

/// The date three numbers of a numeric date spell, year first or last (2021-11-24,
/// 24/11/2021, 11/24/2021 when the second cannot be a month): `None` when they spell none.
pub(super) fn numeric_date(a: Num, b: Num, c: Num) -> Option<Calendar> {
    if a.suffix.is_some() || b.suffix.is_some() || b.digits > 2 {
        return None;
    }
    let (y, m, d) = if a.digits == 4 && c.digits <= 2 && c.suffix.is_none() {
        (a.value, b.value, c.value)
    } else if a.digits <= 2 && c.digits == 4 {
        if b.value > 12 && a.value <= 12 { (c.value, a.value, b.value) } else { (c.value, b.value, a.value) }
    } else {
        return None;
    };
    chrono::NaiveDate::from_ymd_opt(y as i32, m, d)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    Some(Calendar { year: Some(y as i32), month: Some(m), day: Some(d), ..Calendar::default() })
}

fn new_tok(text: &str, start: usize, end: usize) -> Tok<'_> {
    let t = &text[start..end];
    Tok { text: t, start, end, num: parse_num(t), matches: Matches::NONE }
}

fn parse_num(t: &str) -> Option<Num> {
    // A number token ends with a digit or a calendar letter after digits.
    let last = *t.as_bytes().last()?;
    if !last.is_ascii_digit() && !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut s = t;
    if let Some(c) = s.chars().next().filter(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل')) {
        s = &s[c.len_utf8()..];
    }
    // في الـ24 من نوفمبر: the article before a number (tatweel already dropped).
    s = s.strip_prefix("ال").unwrap_or(s);
    let mut suffix = None;
    if let Some(c) = s.chars().last().filter(|c| matches!(c, 'م' | 'ه')) {
        if t.len() != s.len() {
            return None;
        }
        suffix = Some(c);
        s = &s[..s.len() - c.len_utf8()];
    }
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Num { value: s.parse().ok()?, digits: s.len() as u8, suffix })
}

/// Call `f` with each form a token may take once its proclitics are removed (the token itself
/// first, with `false`; then و/ف removed, ب/ل/ك removed, and لل read as ل + ال, with `true`).
fn for_each_form(t: &str, mut f: impl FnMut(&str, bool)) {
    f(t, false);
    let conj = t.strip_prefix('و').or_else(|| t.strip_prefix('ف'));
    for (k, base) in [Some(t), conj].into_iter().flatten().enumerate() {
        if k > 0 && base.len() >= 4 {
            f(base, true);
        }
        if let Some(rest) = base.strip_prefix("لل") {
            // ال + the rest, on the stack for the words of ordinary length.
            let mut stack = [0u8; 64];
            let heap: String;
            let form = match stack.get_mut(..rest.len() + 4) {
                Some(buf) => {
                    buf[..4].copy_from_slice("ال".as_bytes());
                    buf[4..].copy_from_slice(rest.as_bytes());
                    std::str::from_utf8(buf).unwrap_or_default()
                }
                None => {
                    heap = format!("ال{rest}");
                    &heap
                }
            };
            f(form, true);
        }
        if let Some(rest) = base.strip_prefix('ب').or_else(|| base.strip_prefix('ل')).or_else(|| base.strip_prefix('ك'))
            && rest.len() >= 4
        {
            f(rest, true);
        }
    }
}

/// The lexicon matches of token `i` into `out`, longest first: false (and `out` untouched)
/// when the token cannot start an entry.
fn lexicon_matches(toks: &[Tok], i: usize, lex: &DateLexicon, out: &mut Vec<(u32, u8)>) -> bool {
    let t = toks[i].text;
    // A word's first character, classed by its bytes (tokens are never empty).
    if t.is_empty() || !char_class_at(t, 0).1 || !lex.may_start(t) {
        return false;
    }
    out.clear();
    let next = toks.get(i + 1).map(|t| t.text);
    for_each_form(t, |form, stripped| {
        // The entries of the form alone, and those whose second word is the next token: only
        // their later words are compared.
        let (alone, longer) = lex.ids_before(form, next);
        for &idx in alone.iter().chain(longer) {
            let e = lex.entry(idx as usize);
            // Words that are also ordinary words keep only و before them (وآب), so that باب
            // ("door") is not ب + آب.
            if stripped && matches!(e.word, Word::Month { ambiguous: true, .. }) && !(t.starts_with('و') && t[2..] == *form) {
                continue;
            }
            let n = e.rest.len();
            if i + n >= toks.len() {
                continue;
            }
            if e.rest.iter().enumerate().skip(1).all(|(k, w)| toks[i + 1 + k].text == w) {
                out.push((idx, (n + 1) as u8));
            }
        }
    });
    out.sort_by_key(|m| std::cmp::Reverse(m.1));
    !out.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::is_word_char;

    /// The tokens as first written, character by character, every token read as a number and
    /// looked up: the fast [`tokenize`] must give the same tokens, numbers and matches.
    fn plain_tokens(text: &str, lex: &DateLexicon) -> Vec<String> {
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut word_start: Option<usize> = None;
        let word = |cuts: &mut Vec<(usize, usize)>, start: usize, end: usize| {
            let w = &text[start..end];
            // A word with a character of the Arabic block (the fast path's lead bytes D8–DB)
            // is cut where its digits meet its Arabic letters.
            let arabic_block = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
            let arabic = crate::text::lang::is_arabic_letter;
            if let Some((day, hour)) = w.split_once(['t', 'T'])
                && (1..=2).contains(&day.len())
                && (1..=2).contains(&hour.len())
                && day.bytes().chain(hour.bytes()).all(|b| b.is_ascii_digit())
            {
                let t = start + day.len();
                cuts.extend([(start, t), (t, t + 1), (t + 1, end)]);
            } else if parse_num(w).is_some() || !w.bytes().any(|b| b.is_ascii_digit()) || !w.chars().any(arabic_block) {
                cuts.push((start, end));
            } else {
                let mut piece = start;
                let mut prev: Option<bool> = None;
                for (i, c) in w.char_indices() {
                    let digit = c.is_ascii_digit();
                    if prev.is_some_and(|p| p != digit) && (digit || arabic(c)) && (prev == Some(true) || w[..i].chars().next_back().is_some_and(arabic)) {
                        cuts.push((piece, start + i));
                        piece = start + i;
                    }
                    prev = Some(digit);
                }
                cuts.push((piece, end));
            }
        };
        for (at, c) in text.char_indices() {
            if is_word_char(c) {
                word_start.get_or_insert(at);
                continue;
            }
            if let Some(ws) = word_start.take() {
                word(&mut cuts, ws, at);
            }
            if !c.is_whitespace() {
                cuts.push((at, at + c.len_utf8()));
            }
        }
        if let Some(ws) = word_start {
            word(&mut cuts, ws, text.len());
        }
        let texts: Vec<&str> = cuts.iter().map(|&(a, b)| &text[a..b]).collect();
        cuts.iter()
            .enumerate()
            .map(|(i, &(a, b))| {
                let t = texts[i];
                let mut matches: Vec<(u32, u8)> = Vec::new();
                if t.chars().next().is_some_and(is_word_char) {
                    for_each_form(t, |form, stripped| {
                        for &idx in lex.lookup_ids(form) {
                            let e = lex.entry(idx as usize);
                            let plain_wa = t.starts_with('و') && t[2..] == *form;
                            let n = e.rest.len();
                            if (stripped && matches!(e.word, Word::Month { ambiguous: true, .. }) && !plain_wa) || i + n >= texts.len() {
                                continue;
                            }
                            if e.rest.iter().enumerate().all(|(k, w)| texts[i + 1 + k] == w) {
                                matches.push((idx, (n + 1) as u8));
                            }
                        }
                    });
                }
                matches.sort_by_key(|m| std::cmp::Reverse(m.1));
                format!("{t} {a}..{b} {:?} {matches:?}", parse_num(t))
            })
            .collect()
    }

    fn fast_tokens(text: &str, lex: &DateLexicon) -> Vec<String> {
        tokenize(text, 0..text.len(), lex).iter().map(|t| format!("{} {}..{} {:?} {:?}", t.text, t.start, t.end, t.num, &*t.matches)).collect()
    }

    fn lexicon() -> &'static DateLexicon {
        static LEX: std::sync::OnceLock<DateLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| crate::data::Lexicons::builtin().dates)
    }

    #[test]
    fn characters_are_classed_like_the_rest_of_the_crate() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(class_at(&text, 0), (is_word_char(c), c.len_utf8(), c.is_whitespace()), "{:X}", c as u32);
        }
    }

    #[test]
    fn fast_tokens_are_the_plain_tokens() {
        for text in [
            "في 24 نوفمبر 2021، وقع المغرب واسرائيل",
            "ك24 نوفمبر 2021اخر تحديث: 2022-03-14T10:32",
            "12غشت و18 الـ24 2021م 1443ه باراك8 ab12cd 3t4",
            "يوم الخميس، كانون الثاني (يناير) اول امس للعام الماضي والخميس لغشت بالامس وآب باب",
            "on December 22, 2020 at 10:12 am le 1er mars 2022 à 18h30",
            "   \n\t",
            "",
        ] {
            let norm = crate::text::normalize::normalize(text).text;
            assert_eq!(fast_tokens(&norm, lexicon()), plain_tokens(&norm, lexicon()), "{text}");
        }
    }

    /// The count of runs is never above the tokens (a run is one token or more), and it is
    /// the tokens' count when no run is cut apart ("12غشت" is two tokens, one run).
    #[test]
    fn more_tokens_than_counts_runs() {
        for (text, runs) in [
            ("في 24 نوفمبر 2021، وقع المغرب", 7),
            ("ك24 نوفمبر 2021اخر تحديث: 2022-03-14T10:32", 12),
            ("12غشت و18 2021م", 3),
            ("on December 22, 2020 at 10:12 am", 10),
            ("   \n\t", 0),
        ] {
            let norm = crate::text::normalize::normalize(text).text;
            let tokens = tokenize(&norm, 0..norm.len(), lexicon()).len();
            for n in 0..tokens + 2 {
                let more = more_tokens_than(&norm, 0..norm.len(), n);
                assert_eq!(more, n < runs, "{text}: more than {n}");
                assert!(!more || tokens > n, "{text}: {tokens} tokens, more than {n}");
            }
        }
    }

    /// A token's lowercase compared with a list without a new string: the same answer as
    /// `to_lowercase` then `contains`, ASCII or not (Arabic, accented capitals, the Kelvin sign
    /// that lowercases to an ASCII k).
    fn lowercase_is_one_of_as_to_lowercase(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        const WORDS: [&str; 6] = ["heure", "time", "بتوقيت", "dès", "k", "صوره"];
        let tok = Tok { text, start: 0, end: text.len(), num: None, matches: Matches::NONE };
        proptest::prop_assert_eq!(tok.lowercase_is_one_of(&WORDS), WORDS.contains(&text.to_lowercase().as_str()), "{:?}", text);
        Ok(())
    }

    #[test]
    fn lowercase_is_one_of_on_words_of_the_lists() {
        for text in ["heure", "HEURE", "Time", "tim", "times", "بتوقيت", "توقيت", "DÈS", "Dès", "des", "\u{212A}", "K", "صوره", "", "İ"] {
            lowercase_is_one_of_as_to_lowercase(text).unwrap();
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_is_one_of_on_any_word(text in "(?i)(heure|time|dès|k|\\PC{0,6})") {
            lowercase_is_one_of_as_to_lowercase(&text)?;
        }

        #[test]
        fn fast_tokens_are_the_plain_tokens_on_any_text(s in "\\PC{0,120}") {
            let norm = crate::text::normalize::normalize(&s).text;
            proptest::prop_assert_eq!(fast_tokens(&norm, lexicon()), plain_tokens(&norm, lexicon()));
        }

        #[test]
        fn a_prefix_is_the_first_tokens(s in "([0-9]{1,4}|[ ،.-]|و|في|من|نوفمبر|كانون|الثاني|اول|امس|عام){0,40}", min_tokens in 0usize..20, min_end in 0usize..200) {
            let full = tokenize(&s, 0..s.len(), lexicon());
            let prefix = tokenize_prefix(&s, 0..s.len(), lexicon(), min_tokens, min_end);
            let line = |t: &Tok| format!("{} {}..{} {:?}", t.text, t.start, t.end, t.num);
            proptest::prop_assert!(prefix.len() >= min_tokens.min(full.len()));
            proptest::prop_assert!(full.iter().skip(prefix.len()).all(|t| t.start >= min_end));
            proptest::prop_assert!(prefix.len() == full.len() || prefix.last().is_some_and(|t| t.start >= min_end));
            for (k, (p, f)) in prefix.iter().zip(&full).enumerate() {
                proptest::prop_assert_eq!(line(p), line(f));
                if k + 4 < prefix.len() {
                    proptest::prop_assert_eq!(&*p.matches, &*f.matches);
                }
            }
        }

        #[test]
        fn fast_tokens_are_the_plain_tokens_on_date_like_text(s in "([0-9]{1,4}|[tT:/ ،.-]|و|ل|لل|ب|ال|م|ه|في|من|نوفمبر|كانون|الثاني|اب|امس|اول|عام|2021م|ab|le|mars|December){0,30}") {
            proptest::prop_assert_eq!(fast_tokens(&s, lexicon()), plain_tokens(&s, lexicon()));
        }
    }
}
