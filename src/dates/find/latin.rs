//! The date grammar of English and French word orders, beside the Arabic one of
//! [`super::find`] (this module is a child of it and reads the same tokens with the same
//! lexicon words).
//!
//! French mostly writes dates in the Arabic order — "le 24 novembre 2021", "la semaine
//! dernière", "mardi prochain", "il y a deux jours" — and is read by the Arabic rules. What is
//! left is read here:
//!
//! * month before day, the American order: "December 22, 2020", "Dec. 22", "July 25" (English
//!   pages write it in running text too, "announced on December 10"), and ranges of days in
//!   that order: "July 24-26", "Nov. 23 to 25, 2021";
//! * a weekday before such a date: "Tuesday, July 25", "Wed. Nov 24, 2021";
//! * ordinal days: "22nd December 2020", "the 22nd of December", "December 22nd", "1er juillet";
//! * the direction before the period or weekday: "last week", "next month", "last Tuesday",
//!   "late last year", "last July" — but not "the last week of July" (a week of July);
//! * a month or date with its year counted from the publication: "July last year", "22
//!   December last year", "juillet de l'année dernière", "December this year";
//! * "this Tuesday", "ce jeudi": the day of the anchor's week, as Arabic هذا الخميس, unless
//!   the clause's tense puts it the other way: "doit arriver ce lundi" written on a Friday is
//!   the next Monday;
//! * the count before "ago": "two days ago", "3 weeks ago", "a year ago";
//! * (a day told by the date before it, "the same day", "the next day", is read with the
//!   Arabic "اليوم التالي" by `relative`).
//!
//! Every rule starts on a Latin-script token, so the Arabic grammar is untouched. The finder
//! asks [`candidates`] at each token and keeps the longest reading, these first on a tie.

use super::super::lexicon::{FractionAlone, Word};
use super::super::tokens::{MAX_YEAR, MIN_YEAR};
use super::super::value::{Calendar, ExprKind, Part, Unit};
use super::{Cand, Parser};

/// Whether token `i` can open an English or French reading (a Latin letter or digit).
pub(super) fn opens_reading(p: &Parser, i: usize) -> bool {
    p.toks.get(i).is_some_and(|t| t.is_latin())
}

/// The English and French readings at token `i` of this module's rules (the counted periods
/// are `latin_periods`', a day alone `day_alone`'s): the caller keeps the longest, the first of
/// equals.
pub(super) fn candidates(p: &Parser, i: usize) -> [Option<Cand>; 24] {
    [month_then_direction_before_link(p, i), counted_ahead(p, i), counted_from_now(p, i), weekday_day_range(p, i), from_month_day_range(p, i), p.weekday_pair(i), p.from_day_range(i), p.season(i, false), rank_fraction(p, i), quarter_code(p, i), fiscal_year_code(p, i), year_before_fiscal_year(p, i), month_day(p, i), month_day_range(p, i), weekday_month_day(p, i), ordinal_day_month(p, i), direction_first(p, i), year_counted(p, i), this_weekday(p, i), counted_ago(p, i), between_month_days(p, i), direction_weekend(p, i), p.day_list(i), p.counted_shift_latin(i)]
}

/// Whether a French word is a verb in the simple future ("atterrira", "toucheront", "se
/// rendra", "devra"): the French counterpart of the Arabic سـ + verb test, by the endings of
/// that tense after a stem (-era, -ira, -dra, -vra, -rra; -ront). Five letters at least, so
/// that short words ending so ("vera", "ultra") are not taken for verbs; "sahara" (-ara) is
/// not one of the endings.
pub(super) fn french_future(word: &str) -> bool {
    word.is_ascii()
        && word.len() >= 5
        && (["ront", "era", "ira", "dra", "vra", "rra"].iter().any(|e| word.ends_with(e)) || french_conditional(word))
}

/// Whether `word` is a French conditional of a verb other than être and avoir ("se rendrait",
/// "signeraient", "viendrait"): in reported speech it tells a plan ("a annoncé qu'il se rendrait
/// jeudi à Rabat" is the coming Thursday). "serait" and "aurait" are left out: before a past
/// participle they report a past heard of ("il serait arrivé jeudi"). Only the stems no
/// imperfect shares: -er (signerait; the imperfects in -érait carry their accent), -ndr
/// (rendrait, viendrait, prendrait) and aller's ir (irait); not -ir, -vr or -rr, which are
/// also imperfects (tirait, ouvrait, livrait, serrait), nor the nouns in -trait.
fn french_conditional(word: &str) -> bool {
    let stem = word.strip_suffix("aient").or_else(|| word.strip_suffix("ait"));
    stem.is_some_and(|s| (s.ends_with("er") || s.ends_with("ndr") || s == "ir") && s != "ser")
}

/// A day of the month written as a number or an ordinal ("22", "22nd", "1st", "1er"): (day, end).
pub(super) fn day(p: &Parser, i: usize) -> Option<u32> {
    if let Some(d) = p.day(i) {
        return Some(d);
    }
    let t = p.toks.get(i)?.text;
    // Every token is asked (`Parser::best_at`): most are words, turned away by their first byte.
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (n, suffix) = t.split_at(digits);
    let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th" | "er" | "re" | "e" | "eme" | "ème");
    let d: u32 = n.parse().ok()?;
    (ordinal && (1..=2).contains(&digits) && (1..=31).contains(&d)).then_some(d)
}

/// A day of the month written as an ordinal word ("first", "twenty-second", « premier »:
/// lexicon kind `ordinal` in the English and French files): (day, end). The callers ask more
/// of it than of "1st" (an "of", « le », "the" or a year), since the word also ranks ("the
/// first December flight", "the second March summit").
pub(super) fn word_day(p: &Parser, i: usize) -> Option<(u32, usize)> {
    p.toks.get(i).is_some_and(|t| t.is_latin()).then_some(())?;
    match p.word(i, |w| matches!(w, Word::Ordinal(_)))? {
        (Word::Ordinal(d), n) => Some((d, i + n)),
        _ => None,
    }
}

/// Whether token `i` is one of `words`.
pub(super) fn word_is(p: &Parser, i: usize, words: &[&str]) -> bool {
    p.toks.get(i).is_some_and(|t| words.contains(&t.text))
}

/// An optional comma at `i`: the index after it.
pub(super) fn skip_comma(p: &Parser, i: usize) -> usize {
    if p.punct(i, &[',']) { i + 1 } else { i }
}

/// Month, day and optional year at `i`: "December 22, 2020", "Dec. 22", "July 25 2021",
/// "December 22nd": (calendar, end).
pub(super) fn month_day_at(p: &Parser, i: usize) -> Option<(Calendar, usize)> {
    let (month, hijri, _, _, e) = p.month(i)?;
    if hijri {
        // "Ramadan 27, 1442": the Hijri month first, its day and year after.
        let d = day(p, e)?;
        return hijri_day_year(p, month, d, e + 1);
    }
    // "November the 24th": an ordinal day after "the".
    let e = if word_is(p, e, &["the"]) && p.day(e + 1).is_none() && day(p, e + 1).is_some() { e + 1 } else { e };
    // "December the first", "December first, 2020": a day in words that also ranks (first to
    // fourth, the `nth` rows) after "the" or before its year ("in December first the ministers
    // met …" ranks an act); one that only names a day ("December twenty-second", "on December
    // tenth") is the day as it stands.
    let (d, mut end, in_words) = match day(p, e) {
        Some(d) => (d, e + 1, false),
        None => {
            let the = word_is(p, e, &["the"]);
            let at = if the { e + 1 } else { e };
            let (d, de) = word_day(p, at)?;
            let ranks = p.word(at, |w| matches!(w, Word::Nth(_))).is_some();
            (d, de, !the && ranks)
        }
    };
    let mut cal = Calendar { month: Some(month), day: Some(d), ..Calendar::default() };
    let k = skip_comma(p, end);
    // "Nov. 29 '21": the year cut behind an apostrophe, as after a month alone ("Dec. '20").
    if let Some((y, false, ye)) = p.year(k).or_else(|| p.apostrophe_year(k)) {
        cal.year = Some(y);
        end = ye;
    } else if let Some((offset, oe)) = year_offset_after(p, end) {
        cal.year_offset = Some(offset);
        end = oe;
    }
    if in_words && cal.year.is_none() {
        return None;
    }
    Some((cal, end))
}

fn month_day(p: &Parser, i: usize) -> Option<Cand> {
    let (cal, end) = month_day_at(p, i)?;
    let rule = if cal.year.is_some() { "month-day-year" } else { "month-day" };
    Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule })
}

/// A month-first range of days: "July 24-26", "Nov. 23–25, 2021", "July 24 to 26" (the year,
/// written once, is both ends'), "December 21 and 22, 2020" (two days in a row). "July 24 and
/// 26" is two days, not a range.
pub(super) fn month_day_range(p: &Parser, i: usize) -> Option<Cand> {
    let (month, hijri, _, _, e) = p.month(i)?;
    if hijri {
        return None;
    }
    let joins = |k| p.punct(k, &['-', '–']) || word_is(p, k, &["to", "through", "until", "till"]);
    if let Some((from, to, end)) = across_months(p, month, e, joins) {
        return Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "month-day-range" });
    }
    let (from, to, end) = month_first_days(p, month, e, joins)?;
    Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "month-day-range" })
}

/// A month-first range across two months after its first month: "Feb. 28-March 2", "Feb. 28
/// to March 2, 2022", "(from) February 28 through March 2": its first day at `e`, a word
/// `joins` accepts, the second month and day and an optional year, written once for both (a
/// first end without one is the last such day before the second: "Dec. 30-Jan. 2, 2022").
/// The month may be written again for a later day of the same month: "July 18 to July 20".
fn across_months(p: &Parser, month: u32, e: usize, joins: impl Fn(usize) -> bool) -> Option<(Calendar, Calendar, usize)> {
    let first = day(p, e)?;
    // "Dec. 28, 2020 – Jan. 4, 2021": each end with its year, when they differ.
    let (year, j) = match p.year(skip_comma(p, e + 1)) {
        Some((y, false, ye)) if joins(ye) => (Some(y), ye),
        _ => (None, e + 1),
    };
    if !joins(j) {
        return None;
    }
    let (to, end) = month_day_at(p, j + 1)?;
    (to.month != Some(month) || to.day.is_some_and(|d| d > first)).then_some(())?;
    if year.is_some() && to.year.is_none_or(|y| Some(y) < year) {
        return None;
    }
    Some((Calendar { month: Some(month), day: Some(first), year, year_offset: to.year_offset, ..Calendar::default() }, to, end))
}

/// "from February 28 to March 2", "from July 24 to 26": the month-first range after "from".
fn from_month_day_range(p: &Parser, i: usize) -> Option<Cand> {
    if !word_is(p, i, &["from"]) {
        return None;
    }
    month_day_range(p, i + 1).map(|c| Cand { start: i, ..c })
}

/// The days of a month-first range after its month ("24-26", "24 and 26", then an optional
/// year): its first day at `e`, a word `joins` accepts, a later last day. (from, to, end).
/// Two days in a row joined by "and" are a range wherever they stand ("on December 21 and 22,
/// 2020": one stay over both, the year written once for both, as «يومي 21 و22 ديسمبر» reads).
fn month_first_days(p: &Parser, month: u32, e: usize, joins: impl Fn(usize) -> bool) -> Option<(Calendar, Calendar, usize)> {
    let first = day(p, e)?;
    let in_a_row = word_is(p, e + 1, &["and"]) && day(p, e + 2) == Some(first + 1);
    if !joins(e + 1) && !in_a_row {
        return None;
    }
    let last = day(p, e + 2).filter(|&d| d > first)?;
    let mut from = Calendar { month: Some(month), day: Some(first), ..Calendar::default() };
    let mut end = e + 3;
    if let Some((y, false, ye)) = p.year(skip_comma(p, end)) {
        from.year = Some(y);
        end = ye;
    }
    Some((from, Calendar { day: Some(last), ..from }, end))
}

/// "between July 24 and 26", "between 24 and 26 July": after "between", "and" closes a range
/// (without it, "July 24 and 26" is two days).
fn between_month_days(p: &Parser, i: usize) -> Option<Cand> {
    if !word_is(p, i, &["between"]) {
        return None;
    }
    let k = i + 1;
    if let Some((month, false, _, _, e)) = p.month(k) {
        // "between July 24 and 26", "between Feb. 28 and March 2"
        let and = |a| word_is(p, a, &["and"]);
        let (from, to, end) = across_months(p, month, e, and).or_else(|| month_first_days(p, month, e, and))?;
        return Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "between-month-days" });
    }
    // "between 24 and 26 July"
    let first = day(p, k)?;
    if !word_is(p, k + 1, &["and"]) {
        return None;
    }
    let (mut to, end) = month_day_after_day(p, k + 2)?;
    (to.day? > first).then_some(())?;
    let from = Calendar { day: Some(first), ..to };
    to.weekday = None;
    Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "between-days-month" })
}

/// A day then its month and optional year at `i`: "26 July", "26 July 2022".
fn month_day_after_day(p: &Parser, i: usize) -> Option<(Calendar, usize)> {
    month_and_year_at(p, i + 1, day(p, i)?)
}

/// Day `d` of Hijri month `month` with the Hijri year after it at `e` ("the 27th of Ramadan
/// 1442", « le 1er ramadan 1443 », "Ramadan 27, 1442 AH"): (calendar, end). Without its year
/// a Latin Hijri month is none of these (the month alone, or its feast, read elsewhere).
fn hijri_day_year(p: &Parser, month: u32, d: u32, e: usize) -> Option<(Calendar, usize)> {
    let k = skip_comma(p, e);
    let (y, end) = p.hijri_year_after_month(k).or_else(|| p.year(k).filter(|&(_, hijri, _)| hijri).map(|(y, _, end)| (y, end)))?;
    (1..=30).contains(&d).then_some(())?;
    Some((Calendar { month: Some(month), day: Some(d), year: Some(y), hijri: true, ..Calendar::default() }, end))
}

/// Day `d`'s month at `i` and the year after it if any ("July", "July 2022", "July, 2022"):
/// the calendar date and the end. A Hijri month needs its Hijri year ([`hijri_day_year`]).
fn month_and_year_at(p: &Parser, i: usize, d: u32) -> Option<(Calendar, usize)> {
    let (month, hijri, _, _, e) = p.month(i)?;
    if hijri {
        return hijri_day_year(p, month, d, e);
    }
    let mut cal = Calendar { month: Some(month), day: Some(d), ..Calendar::default() };
    let mut end = e;
    if let Some((y, false, ye)) = p.year(skip_comma(p, e)) {
        cal.year = Some(y);
        end = ye;
    }
    Some((cal, end))
}

/// "last weekend", "next weekend", "this past weekend", "this coming weekend": English puts
/// the direction before the weekend (the Arabic-order rule reads it after).
fn direction_weekend(p: &Parser, i: usize) -> Option<Cand> {
    let this = p.is(i, |w| w == Word::This);
    let j = this.unwrap_or(i);
    let (Word::Dir(mut week), n) = p.word(j, |w| matches!(w, Word::Dir(_)))? else { return None };
    let end = p.is(j + n, |w| w == Word::Weekend)?;
    // "this coming weekend", "the coming weekend": the next one to come, this week's (as "this
    // weekend"); "next weekend" is the next week's, as "le week-end prochain".
    if week > 0 && (this.is_some() || p.toks[j].text == "coming") {
        week = 0;
    }
    Some(Cand { start: i, end, kind: ExprKind::Weekend { week }, part: None, rule: "direction-weekend" })
}

/// A weekday (possibly after "this", "on") before a month-first or ordinal date: "Tuesday,
/// July 25", "Wed. Nov 24, 2021", "Tuesday 22nd December".
fn weekday_month_day(p: &Parser, i: usize) -> Option<Cand> {
    let (Word::Weekday(wd), n) = p.word(i, |w| matches!(w, Word::Weekday(_)))? else { return None };
    // "Tuesday (Dec. 22)": the date in brackets after its weekday.
    let bracket = p.punct(i + n, &['(']);
    let mut k = if bracket { i + n + 1 } else { skip_comma(p, i + n) };
    if word_is(p, k, &["the", "le"]) {
        k += 1;
    }
    // "Monday, March 14-15": the weekday is the first day's of the range after it.
    if !bracket && let Some(Cand { kind: ExprKind::Range(from, to), end, .. }) = month_day_range(p, k) {
        return Some(Cand { start: i, end, kind: super::weekdays_before_days::weekdays_on_range(from, to, wd), part: None, rule: "weekday-month-day-range" });
    }
    let (mut cal, mut end) = month_day_at(p, k).or_else(|| ordinal_day_month_at(p, k))?;
    if bracket && p.punct(end, &[')']) {
        end += 1;
    }
    cal.weekday = Some(wd);
    Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-month-day" })
}

/// An ordinal day before its month: "22nd December 2020", "the 22nd of December", "1er juillet".
pub(super) fn ordinal_day_month_at(p: &Parser, i: usize) -> Option<(Calendar, usize)> {
    p.day(i).is_none().then_some(())?;
    let (d, mut k, in_words) = match day(p, i) {
        Some(d) => (d, i + 1, false),
        None => match word_day(p, i) {
            Some((d, e)) => (d, e, true),
            // « le vingt-deux décembre », « mardi deux mars »: a French cardinal is a day only
            // after « le » or a weekday, with or without its year.
            None => {
                let (d, e) = p.french_day_in_words(i)?;
                (i > 0 && (word_is(p, i - 1, &["le"]) || p.is(i - 1, |w| matches!(w, Word::Weekday(_))).is_some())).then_some(())?;
                (d, e, true)
            }
        },
    };
    let of = word_is(p, k, &["of"]);
    if of {
        k += 1;
    }
    let (mut cal, end) = month_and_year_at(p, k, d)?;
    // "the first of December", « le premier août », "mardi premier décembre", "first December
    // 2020": a day in words; not "the first December flight", which ranks the flight.
    if in_words && !of && cal.year.is_none() && !(i > 0 && (word_is(p, i - 1, &["le"]) || p.is(i - 1, |w| matches!(w, Word::Weekday(_))).is_some())) {
        return None;
    }
    if cal.year.is_some() {
        return Some((cal, end));
    }
    if let Some((offset, oe)) = year_offset_after(p, end) {
        cal.year_offset = Some(offset);
        return Some((cal, oe));
    }
    if let Some((Word::Dir(o), n)) = p.word(end, |w| matches!(w, Word::Dir(_))) {
        // "le 1er décembre dernier": the last 1 December before the anchor, as the calendar
        // grammar reads "le 18 août dernier".
        cal.month_offset = Some(o);
        return Some((cal, end + n));
    }
    Some((cal, end))
}

fn ordinal_day_month(p: &Parser, i: usize) -> Option<Cand> {
    let start = i;
    let i = if word_is(p, i, &["the"]) { i + 1 } else { i };
    let (cal, end) = ordinal_day_month_at(p, i)?;
    Some(Cand { start, end, kind: ExprKind::Calendar(cal), part: None, rule: "ordinal-day-month" })
}

/// A year counted from the publication after a month or date: "last year", "of last year",
/// "next year", "this year", "de l'année dernière", "l'an prochain", "de cette année":
/// (offset, end).
pub(super) fn year_offset_after(p: &Parser, i: usize) -> Option<(i32, usize)> {
    let mut k = i;
    if word_is(p, k, &["of", "de"]) {
        k += 1;
    }
    if let Some(e) = p.is(k, |w| w == Word::This)
        && let Some(e) = p.is(e, |w| w == Word::Period(Unit::Year))
    {
        return Some((0, e));
    }
    if let Some((Word::Dir(o), n)) = p.word(k, |w| matches!(w, Word::Dir(_)))
        && let Some(e) = p.is(k + n, |w| w == Word::Period(Unit::Year))
    {
        return Some((o, e));
    }
    if let Some(e) = p.is(k, |w| w == Word::Period(Unit::Year))
        && let Some((Word::Dir(o), n)) = p.word(e, |w| matches!(w, Word::Dir(_)))
    {
        return Some((o, e + n));
    }
    None
}

/// A month, or a day and month, with its year counted from the publication: "July last
/// year", "22 December last year", "en juillet de l'année dernière", a part of the month first
/// ("late April last year", "à la mi-avril de l'année dernière"). (The Arabic-order rules
/// would read "July last" as the July before and leave "year" out.)
fn year_counted(p: &Parser, i: usize) -> Option<Cand> {
    let mut j = i;
    // "mid-April last year", "fin avril de l'année dernière": a part of the month first.
    let mut part = None;
    if let Some((Word::Part(pt), n)) = p.word(j, |w| matches!(w, Word::Part(_))) {
        part = Some(pt);
        j += n;
    }
    let mut day = None;
    if let Some(d) = p.day(j).filter(|_| part.is_none()) {
        day = Some(d);
        j += 1;
        if word_is(p, j, &["of", "de"]) {
            j += 1;
        }
    }
    if let Some(e) = p.is(j, |w| w == Word::MonthWord) {
        j = e;
    }
    let (month, false, _, _, end) = p.month(j)? else { return None };
    let (offset, end) = year_offset_after(p, end)?;
    let cal = Calendar { day, month: Some(month), year_offset: Some(offset), ..Calendar::default() };
    Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part, rule: "month-year-counted" })
}

/// A month, or a day and month, then a direction and a link word: "en novembre dernier à
/// Marrakech", "le 3 mars dernier à Tel-Aviv". The calendar grammar reads a direction before a
/// link as a rank ("le dernier à signer", "الأسبوع الأخير من المفاوضات"), so it read the month
/// alone, the coming one; after a month's name the direction is never a rank, it says which
/// month (the last one past, the next one).
fn month_then_direction_before_link(p: &Parser, i: usize) -> Option<Cand> {
    let day = day(p, i);
    let j = if day.is_some() { i + 1 } else { i };
    let (month, false, _, _, e) = p.month(j)? else { return None };
    let t = p.toks.get(e)?;
    let (offset, n) = t.matches.iter().find_map(|&(k, n)| match p.lex.entry(k as usize).word {
        Word::Dir(o) if o != 0 => Some((o, n as usize)),
        _ => None,
    })?;
    p.is(e + n, |w| w == Word::Link)?;
    let cal = Calendar { day, month: Some(month), month_offset: Some(offset), ..Calendar::default() };
    Some(Cand { start: i, end: e + n, kind: ExprKind::Calendar(cal), part: None, rule: "month-direction-before-link" })
}

/// The direction before a period, a weekday or a month, possibly after a part: "last week",
/// "next month", "last Tuesday", "next July", "late last year", "early next week". Not before
/// "of"/"de": "the last week of July" is a week of July, not the week before.
fn direction_first(p: &Parser, i: usize) -> Option<Cand> {
    let mut j = i;
    let mut part: Option<Part> = None;
    if let Some((Word::Part(pt), n)) = p.word(j, |w| matches!(w, Word::Part(_))) {
        part = Some(pt);
        j += n;
    }
    let (Word::Dir(offset), n) = p.word(j, |w| matches!(w, Word::Dir(_)))? else { return None };
    // "before last", "after next" follow their period ("the week before last"): before one
    // they are a preposition and a direction ("before last week's talks"): kind after_only.
    if p.is(j, |w| w == Word::AfterOnly).is_some() {
        return None;
    }
    j += n;
    let (kind, end, rule) = if let Some((Word::Period(unit), n)) = p.word(j, |w| matches!(w, Word::Period(_))) {
        (ExprKind::Period { unit, offset }, j + n, "direction-period")
    } else if let Some((Word::Weekday(weekday), n)) = p.word(j, |w| matches!(w, Word::Weekday(_))) {
        (ExprKind::Weekday { weekday, offset: Some(offset) }, j + n, "direction-weekday")
    } else if let Some((month, false, _, _, e)) = p.month(j) {
        // "courant mars 2022": a year written after the month says which one. The current
        // direction before a month ("courant janvier") is "during": the month as "en
        // janvier" or "dans le courant du mois de janvier" reads it, by the clause's tense
        // else the nearest.
        // "courant juin prochain", « courant mars dernier »: a direction written after the
        // month says which one, as after "en juin prochain".
        let after = (offset == 0).then(|| p.word(e, |w| matches!(w, Word::Dir(o) if o != 0))).flatten();
        let month_offset = match after {
            Some((Word::Dir(o), _)) => Some(o),
            _ => (offset != 0).then_some(offset),
        };
        match p.year(e) {
            Some((y, false, ye)) => (ExprKind::Calendar(Calendar { month: Some(month), year: Some(y), ..Calendar::default() }), ye, "direction-month-year"),
            _ => (ExprKind::Calendar(Calendar { month: Some(month), month_offset, ..Calendar::default() }), e + after.map_or(0, |(_, n)| n), "direction-month"),
        }
    } else if let Some((y, false, ye)) = p.year(j).filter(|_| offset == 0) {
        // "courant 2021": during that year.
        (ExprKind::Calendar(Calendar { year: Some(y), ..Calendar::default() }), ye, "direction-year")
    } else if part.is_none() {
        // "next Passover": a direction alone opens no reading of the Arabic-order rules, so
        // the Hebrew feast after it is read from here.
        return p.hebrew_feast(i).or_else(|| p.feast_after_direction(i, j, offset));
    } else {
        return None;
    };
    if word_is(p, end, &["of", "de", "du", "d"]) {
        return None;
    }
    if part.is_some() && matches!(kind, ExprKind::Weekday { .. }) {
        return None;
    }
    Some(Cand { start: i, end, kind, part, rule })
}

/// The year a fraction of it counts in, at `k` ("2022", "of 2022", "de 2020", "the year", "of
/// last year", "de l'année dernière", "de l'an prochain"): a calendar of the year alone and the end.
pub(super) fn fraction_year(p: &Parser, k: usize) -> Option<(Calendar, usize)> {
    let k = if word_is(p, k, &["of", "de", "du"]) { k + 1 } else { k };
    if let Some((y, false, e)) = p.year(k) {
        return Some((Calendar { year: Some(y), ..Calendar::default() }, e));
    }
    if let Some((o, e)) = year_offset_after(p, k) {
        return Some((Calendar { year_offset: Some(o), ..Calendar::default() }, e));
    }
    // "the year", "l'année": the current one.
    let e = p.is(k, |w| w == Word::Period(Unit::Year))?;
    Some((Calendar { year_offset: Some(0), ..Calendar::default() }, e))
}

/// A quarter or half of a year by its rank, the rank first: "the first half of 2022", "the
/// fourth quarter of last year", "au premier trimestre 2022", "le second semestre de l'année"
/// (the Arabic "الربع الأول من العام" puts the rank after): its months, `START/END`. A rank
/// and fraction without a year ("the first half of the match") is no date.
fn rank_fraction(p: &Parser, i: usize) -> Option<Cand> {
    let j = if word_is(p, i, &["the", "le", "au", "du"]) { i + 1 } else { i };
    let (rank, n) = rank_at(p, j)?;
    let (Word::YearFraction(months, alone), m) = p.word(j + n, |w| matches!(w, Word::YearFraction(..)))? else { return None };
    let parts = (12 / months) as i32;
    let rank = if rank == -1 { parts } else { rank };
    (1..=parts).contains(&rank).then_some(())?;
    let (year, end) = fraction_year(p, j + n + m).or_else(|| quarter_of_this_year(p, i, j, (months, alone), j + n + m).then_some((Calendar { year_offset: Some(0), ..Calendar::default() }, j + n + m)))?;
    Some(Cand { start: i, end, kind: fraction_range(year, months, rank), part: None, rule: "rank-year-fraction" })
}

/// A quarter told without its year after "in", "during", « au », « durant » ("in the third
/// quarter", « au dernier trimestre »), or with its article alone ("the fourth quarter", « le
/// troisième trimestre »): a period of business and budgets, the anchor's year (a half without
/// its year stays no date: "in the second half" is a match's as often; « semestre », a half of
/// a year only, is read as a quarter is: « au premier semestre »). A quarter of something
/// told after it ("the third quarter of the match", « du siècle ») is none; `end` is the token
/// after the fraction.
fn quarter_of_this_year(p: &Parser, i: usize, j: usize, (months, alone): (u32, FractionAlone), end: usize) -> bool {
    let is = |k: usize, words: &[&str]| p.toks.get(k).is_some_and(|t| t.lowercase_is_one_of(words));
    let after_a_preposition = j > i && is(i, &["au"]) || i > 0 && is(i - 1, &["in", "during", "durant", "pendant", "au", "over"]);
    let with_its_article = j > i && is(i, &["the", "le"]) && !is(end, &["of", "de", "du", "d"]);
    let reads_alone = match alone {
        FractionAlone::Plain => months == 3,
        FractionAlone::OfYear => true,
        FractionAlone::WithYear => false,
    };
    reads_alone && (after_a_preposition || with_its_article)
}

/// A rank at `j`, in words ("first", « second », "last": lexicon kinds `nth` and `ordinal`) or
/// in digits with an ordinal ending ("1st", "2nd", « 1er », « 2e », « 3ème », « 1ère »), as
/// pages write the ranks of quarters, halves and weeks: (rank, tokens).
pub(super) fn rank_at(p: &Parser, j: usize) -> Option<(i32, usize)> {
    if let Some((w, n)) = p.word(j, |w| matches!(w, Word::Nth(_) | Word::Ordinal(_))) {
        return match w {
            Word::Nth(r) => Some((r, n)),
            Word::Ordinal(r) => Some((r as i32, n)),
            _ => None,
        };
    }
    let t = p.toks.get(j)?.text;
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (number, ending) = t.split_at(digits);
    let ordinal = matches!(ending, "st" | "nd" | "rd" | "th" | "er" | "re" | "ère" | "ere" | "e" | "eme" | "ème");
    (ordinal && digits == 1).then(|| number.parse().ok().map(|r| (r, 1))).flatten()
}

/// The months of the `rank`th fraction of `months` months of `year`, as a range.
pub(super) fn fraction_range(year: Calendar, months: u32, rank: i32) -> ExprKind {
    let first = (rank - 1) as u32 * months + 1;
    ExprKind::Range(Calendar { month: Some(first), ..year }, Calendar { month: Some(first + months - 1), ..year })
}

/// A fiscal year's code glued to its year: "FY2022", "FY22", "FY 2021" (the calendar year).
fn fiscal_year_code(p: &Parser, i: usize) -> Option<Cand> {
    let t = p.toks.get(i)?.text;
    let digits = t.get(..2).filter(|c| c.eq_ignore_ascii_case("fy")).map(|_| &t[2..])?;
    let year = match digits.len() {
        0 => {
            let (y, false, end) = p.year(i + 1)? else { return None };
            return Some(Cand { start: i, end, kind: ExprKind::Calendar(Calendar { year: Some(y), ..Calendar::default() }), part: None, rule: "fiscal-year-code" });
        }
        2 | 4 if digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse::<i32>().ok().map(|y| if y < 100 { 2000 + y } else { y })?,
        _ => return None,
    };
    (MIN_YEAR as i32..=MAX_YEAR as i32).contains(&year).then_some(Cand { start: i, end: i + 1, kind: ExprKind::Calendar(Calendar { year: Some(year), ..Calendar::default() }), part: None, rule: "fiscal-year-code" })
}

/// A year written before the words of its fiscal year: "the 2022 fiscal year", "its 2021
/// financial year" (the calendar year, as "fiscal year 2022" after them).
fn year_before_fiscal_year(p: &Parser, i: usize) -> Option<Cand> {
    let (y, false, end) = p.year(i)? else { return None };
    p.toks.get(i)?.num?;
    let end = p.is(end, |w| w == Word::YearWord)?;
    Some(Cand { start: i, end, kind: ExprKind::Calendar(Calendar { year: Some(y), ..Calendar::default() }), part: None, rule: "year-before-fiscal-year" })
}

/// The business codes of a quarter or half with its year: "Q1 2022", "Q4 2021", "H1 2022".
fn quarter_code(p: &Parser, i: usize) -> Option<Cand> {
    let t = p.toks.get(i)?.text.as_bytes();
    // « T3 2021 »: French writes a quarter's code with its T (trimestre).
    let (months, parts, quarter) = match t {
        [b'q' | b'Q' | b't' | b'T', _] => (3, 4, true),
        [b'h' | b'H', _] => (6, 2, false),
        _ => return None,
    };
    let rank = (t[1] as char).to_digit(10).filter(|r| (1..=parts).contains(r))? as i32;
    let Some((y, false, end)) = p.year(i + 1) else {
        // "in Q4", « au T3 »: a quarter's code without its year, after a preposition, is the
        // anchor's year's, as "in the fourth quarter" is; alone ("Q4", "T3", "H1") it may be a
        // label of anything.
        let after_preposition = i > 0 && p.toks[i - 1].lowercase_is_one_of(&["in", "during", "for", "over", "au", "durant", "pendant"]);
        let this_year = Calendar { year_offset: Some(0), ..Calendar::default() };
        return (quarter && after_preposition).then(|| Cand { start: i, end: i + 1, kind: fraction_range(this_year, 3, rank), part: None, rule: "quarter-code" });
    };
    Some(Cand { start: i, end, kind: fraction_range(Calendar { year: Some(y), ..Calendar::default() }, months, rank), part: None, rule: "quarter-code" })
}

/// "this Tuesday", "ce jeudi" with no date after: the day of the anchor's week, as Arabic
/// "هذا الخميس", unless the clause's tense puts it the other way (see the resolver).
fn this_weekday(p: &Parser, i: usize) -> Option<Cand> {
    let j = p.is(i, |w| w == Word::This)?;
    let (Word::Weekday(weekday), n) = p.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
    Some(Cand { start: i, end: j + n, kind: ExprKind::Weekday { weekday, offset: Some(0) }, part: None, rule: "this-weekday" })
}

/// A counted period before "ago": "two days ago", "3 weeks ago", "a year ago"; a count left
/// unsaid, "a few days ago", "several weeks ago", is a vague day ([`ExprKind::Vague`]).
fn counted_ago(p: &Parser, i: usize) -> Option<Cand> {
    if p.is(i, |w| w == Word::Few).is_some()
        && let Some((unit, j)) = p.unsaid_count(i)
        && word_is(p, j, &["ago"])
    {
        return Some(Cand { start: i, end: j + 1, kind: super::counted::vague(-1, unit), part: None, rule: "counted-ago" });
    }
    let (count, mut j) = if let Some(x) = p.toks.get(i)?.num.filter(|x| x.suffix.is_none() && x.digits <= 3) {
        (x.value as i32, i + 1)
    } else if let Some((Word::Number(x), n)) = p.word(i, |w| matches!(w, Word::Number(_))) {
        (x as i32, i + n)
    } else {
        return None;
    };
    // "a full year ago", "two whole weeks ago": the count said whole is the same count.
    if p.toks.get(j).is_some_and(|t| t.lowercase_is_one_of(&["full", "whole", "entire"])) {
        j += 1;
    }
    let (Word::CountUnit { unit, per, .. }, n) = p.word(j, |w| matches!(w, Word::CountUnit { .. }))? else { return None };
    j += n;
    // A unit that holds several of a smaller one counts that many each: "a fortnight" is two
    // weeks (as a decade is ten years).
    let count = count * per as i32;
    let (Word::Ago(sign), n) = p.word(j, |w| matches!(w, Word::Ago(_)))? else { return None };
    if !word_is(p, j, &["ago"]) {
        return None;
    }
    let offset = sign * count;
    let kind = match unit {
        None => ExprKind::Relative { days: offset, weekday: None, date: None },
        Some(unit) => ExprKind::Period { unit, offset },
    };
    Some(Cand { start: i, end: j + n, kind, part: None, rule: "counted-ago" })
}

/// The rule name of [`counted_ahead`]: the finder drops its readings in a past clause.
pub(super) const COUNTED_AHEAD: &str = "counted-ahead";

/// A counted period ahead after "in": "in two weeks", "in three days' time", "in a
/// fortnight", and a count left unsaid, "in a few days" (a vague day). Not before "of" ("in
/// three days of talks"), nor after a word of length ("the first visit in two months",
/// lexicon kind `length_before`): those are lengths of time. Years ahead are left out ("in
/// two years" is mostly a length: "the highest in two years").
fn counted_ahead(p: &Parser, i: usize) -> Option<Cand> {
    if !word_is(p, i, &["in"]) {
        return None;
    }
    if (i.saturating_sub(3)..i).any(|k| p.is(k, |w| w == Word::LengthBefore).is_some()) {
        return None;
    }
    let (kind, mut end) = if let Some(((count, unit), e)) = p.counted(i + 1) {
        let kind = match unit {
            None => ExprKind::Relative { days: count, weekday: None, date: None },
            Some(Unit::Year) => return None,
            Some(unit) => ExprKind::Period { unit, offset: count },
        };
        (kind, e)
    } else {
        p.is(i + 1, |w| w == Word::Few)?;
        let (unit, e) = p.unsaid_count(i + 1)?;
        (super::counted::vague(1, unit), e)
    };
    // "in two weeks' time"
    if p.punct(end, &['\'', '’']) && word_is(p, end + 1, &["time"]) {
        end += 2;
    }
    if word_is(p, end, &["of", "to", "after", "before"]) {
        return None;
    }
    Some(Cand { start: i, end, kind, part: None, rule: COUNTED_AHEAD })
}

/// "du lundi 18 au jeudi 21 juillet", "from Monday 18 to Thursday 21 July": a range of days
/// of one month, each day after its weekday, the month (and year) written once after the last.
fn weekday_day_range(p: &Parser, i: usize) -> Option<Cand> {
    let j = p.is(i, |w| w == Word::RangeFrom)?;
    let weekday_at = |k: usize| p.word(k, |w| matches!(w, Word::Weekday(_))).map(|(w, n)| (w, k + n));
    let (Word::Weekday(first_weekday), k) = weekday_at(j)? else { return None };
    let first = day(p, k)?;
    let k = p.is(k + 1, |w| matches!(w, Word::RangeTo { .. }))?;
    let (last_weekday, k) = match weekday_at(k) {
        Some((Word::Weekday(wd), e)) => (Some(wd), e),
        _ => (None, k),
    };
    let (mut to, end) = month_day_after_day(p, k)?;
    (to.day? > first).then_some(())?;
    let from = Calendar { day: Some(first), weekday: Some(first_weekday), ..to };
    to.weekday = last_weekday;
    Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "weekday-day-range" })
}

/// "two days from now", "a week from today": a count of days, weeks or months ahead of the
/// anchor, read as "in two days", "in a week" are (a year ahead too: "a year from now").
fn counted_from_now(p: &Parser, i: usize) -> Option<Cand> {
    let ((count, unit), e) = p.counted(i)?;
    if !word_is(p, e, &["from"]) {
        return None;
    }
    // "ten days from tomorrow", "two weeks from yesterday": days counted from that day, a day
    // (a count from a day other than the anchor's says its day, not a period).
    if let Some((Word::RelDay(from @ (-2..=-1 | 1..=2)), n)) = p.word(e + 1, |w| matches!(w, Word::RelDay(_))) {
        let days = super::relative::shift_days(count, unit)?;
        return Some(Cand { start: i, end: e + 1 + n, kind: ExprKind::Relative { days: days + from, weekday: None, date: None }, part: None, rule: COUNTED_AHEAD });
    }
    if !word_is(p, e + 1, &["now", "today"]) {
        return None;
    }
    let kind = match unit {
        None => ExprKind::Relative { days: count, weekday: None, date: None },
        Some(unit) => ExprKind::Period { unit, offset: count },
    };
    Some(Cand { start: i, end: e + 2, kind, part: None, rule: COUNTED_AHEAD })
}

#[cfg(test)]
mod tests {
    use super::french_future;

    #[test]
    fn a_day_in_words_after_its_month_needs_its_year_only_when_it_also_ranks() {
        let read = |phrase: &str| crate::dates::find::read_phrase(phrase, "2021-11-20");
        assert_eq!(read("the talks resumed on November twelfth"), "2021-11-12 day");
        assert_eq!(read("by October thirty-first"), "2021-10-31 day");
        assert_eq!(read("November second, 2021"), "2021-11-02 day");
        // First to fourth rank too: without "the" or a year, the month alone.
        assert_eq!(read("in November second-round talks opened"), "2021-11 month");
    }

    #[test]
    fn a_quarter_with_its_article_alone_is_the_anchors_years() {
        let read = |phrase: &str| crate::dates::find::read_phrase(phrase, "2021-08-11");
        assert_eq!(read("growth slowed in the fourth quarter"), "2021-10/2021-12 month");
        assert_eq!(read("The second quarter saw record trade"), "2021-04/2021-06 month");
        assert_eq!(read("le troisième trimestre a été marqué par"), "2021-07/2021-09 month");
        // A quarter of something told after it, and a half, stay no date.
        assert_eq!(read("the third quarter of the match"), "");
        assert_eq!(read("le dernier trimestre du siècle"), "");
        assert_eq!(read("the second half"), "");
    }

    #[test]
    fn a_quarters_code_is_its_months() {
        let read = |phrase: &str| crate::dates::find::read_phrase(phrase, "2021-08-11");
        assert_eq!(read("les ventes au T2 2022"), "2022-04/2022-06 month");
        assert_eq!(read("exports rose in Q3"), "2021-07/2021-09 month");
        assert_eq!(read("au T1, le trafic a repris"), "2021-01/2021-03 month");
        // Without its year and a preposition, a code labels anything.
        assert_eq!(read("the Q3 model"), "");
        assert_eq!(read("in H2"), "");
    }

    #[test]
    fn a_count_from_tomorrow_or_yesterday_is_a_day() {
        let read = |phrase: &str| crate::dates::find::read_phrase(phrase, "2021-08-11");
        assert_eq!(read("three weeks from tomorrow"), "2021-09-02 day");
        assert_eq!(read("five days from yesterday"), "2021-08-15 day");
    }

    #[test]
    fn french_future_forms() {
        for (word, future) in [("rendrait", true), ("signeraient", true), ("viendrait", true), ("serait", false), ("auraient", false), ("portrait", false), ("retrait", false), ("extrait", false), ("faisait", false), ("tirait", false), ("ouvrait", false), ("livraient", false), ("atterrira", true), ("toucheront", true), ("durera", true), ("ouvrira", true), ("sahara", false), ("vera", false), ("signera", true), ("caméra", false), ("rendra", true), ("devra", true), ("ultra", false)] {
            assert_eq!(french_future(word), future, "{word}");
        }
    }
}
