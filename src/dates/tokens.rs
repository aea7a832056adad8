//! The date finder's tokens: a sentence cut into runs of letters and digits (every other visible
//! character is a token of its own), each token read as a number where it is one and looked up
//! once in the [`DateLexicon`] with its proclitics (و ف ب ل ك) removed. The grammar
//! ([`super::find`]) and the date-line reader ([`super::dateline`]) both work on these tokens.

use std::ops::Range;

use crate::text::normalize::is_word_char;

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
    pub(super) matches: Vec<(u32, u8)>,
}

pub(super) fn tokenize<'a>(text: &'a str, range: Range<usize>, lex: &DateLexicon) -> Vec<Tok<'a>> {
    let mut toks = Vec::new();
    let s = &text[range.clone()];
    let mut word_start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let at = range.start + i;
        if is_word_char(c) {
            word_start.get_or_insert(at);
            continue;
        }
        if let Some(ws) = word_start.take() {
            push_word(&mut toks, text, ws, at);
        }
        if !c.is_whitespace() {
            toks.push(new_tok(text, at, at + c.len_utf8()));
        }
    }
    if let Some(ws) = word_start {
        push_word(&mut toks, text, ws, range.end);
    }
    for i in 0..toks.len() {
        let m = lexicon_matches(&toks, i, lex);
        toks[i].matches = m;
    }
    toks
}

/// A run of letters and digits as tokens. Digits glued to Arabic letters are cut apart
/// ("12غشت", "ك24 نوفمبر 2021آخر تحديث": pages lose spaces around numbers), unless the run is
/// one number with its clitic or calendar letter (و18، الـ24، 2021م), which [`parse_num`] reads.
fn push_word<'a>(toks: &mut Vec<Tok<'a>>, text: &'a str, start: usize, end: usize) {
    let word = &text[start..end];
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
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c) && !c.is_ascii_digit();
    if parse_num(word).is_some() || !word.bytes().any(|b| b.is_ascii_digit()) || !word.chars().any(arabic) {
        toks.push(new_tok(text, start, end));
        return;
    }
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
    Tok { text: t, start, end, num: parse_num(t), matches: Vec::new() }
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
            let mut buf = String::with_capacity(rest.len() + 4);
            buf.push_str("ال");
            buf.push_str(rest);
            f(&buf, true);
        }
        if let Some(rest) = base.strip_prefix('ب').or_else(|| base.strip_prefix('ل')).or_else(|| base.strip_prefix('ك'))
            && rest.len() >= 4
        {
            f(rest, true);
        }
    }
}

fn lexicon_matches(toks: &[Tok], i: usize, lex: &DateLexicon) -> Vec<(u32, u8)> {
    let t = toks[i].text;
    if !t.chars().next().is_some_and(is_word_char) || !lex.may_start(t) {
        return Vec::new();
    }
    let mut out: Vec<(u32, u8)> = Vec::new();
    for_each_form(t, |form, stripped| {
        for &idx in lex.lookup_ids(form) {
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
            if e.rest.iter().enumerate().all(|(k, w)| toks[i + 1 + k].text == w) {
                out.push((idx, (n + 1) as u8));
            }
        }
    });
    out.sort_by_key(|m| std::cmp::Reverse(m.1));
    out
}
