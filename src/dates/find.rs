//! Finding date expressions in a [`Document`]: normalised sentences in, [`DateMention`]s out.
//!
//! Each sentence is cut into tokens (runs of letters and digits; every other visible character
//! is a token of its own), each token is looked up once in the [`DateLexicon`] (allowing the
//! proclitics و ف ب ل ك), and a small hand-written grammar reads the longest date expression at
//! each token: a weekday with its date ("يوم الجمعة في 16 يوليو"), a relative day with its
//! weekday and date ("أمس الأربعاء 27 يوليوز الجاري"), a day, month and year in any system, a
//! month pair ("يوليو/تموز", "ديسمبر (كانون الأول)"), numeric dates, periods ("الشهر
//! الماضي"), parts of periods ("أواخر شهر يوليو"), bare years with a cue ("العام 2014", "في
//! 2020"), Hijri dates and ranges. Matching whole tokens keeps dates out of words (أحدث is not
//! الأحد, باراك8 is not a number), and words that are also ordinary words (آب، مارس، ماي) are
//! months only beside a day, a year, شهر, a direction or another month name.
//!
//! Nothing is resolved here: the expression stays symbolic ([`DateExpr`]) with the tense of its
//! clause, so that any anchor found later resolves it without re-reading the text.

use std::ops::Range;

use crate::text::Document;
use crate::text::normalize::is_word_char;

mod clock;
mod counted;
mod holiday;
mod nth;

pub use clock::{Clock, ClockGrain, find_clock};

use super::lexicon::{DateLexicon, Word};
use super::tokens::{Tok, numeric_date, tokenize};
use super::value::{Calendar, DateExpr, ExprKind, Part, Tense, Unit};

// English and French word orders (hook: `best_at`, `is_future_word`).
mod latin;

/// A date expression found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    /// What it says, unresolved.
    pub expr: DateExpr,
    /// The tense of the clause around it, when the clause shows it (also in `expr.tense`).
    pub tense_hint: Option<Tense>,
    /// Name of the grammar rule that read it (for debugging output).
    pub rule: &'static str,
    /// Set when the mention stands on a date line of the page (a publication or update line).
    pub dateline: Option<DateLine>,
}

/// The role of a line made of a date and little else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLine {
    /// Labelled as the publication (نشر:، Published).
    Published,
    /// Labelled as a later update (آخر تحديث): never the anchor.
    Updated,
    /// A date alone on its line ("10 اغسطس 2021").
    Plain,
}


/// Find every date expression in the non-boilerplate sentences of `doc` (date lines are
/// marked by [`super::find_dates`], which calls this).
pub fn find_expressions(doc: &Document, lex: &DateLexicon) -> Vec<DateMention> {
    let text = &doc.norm.text;
    let mut out: Vec<DateMention> = Vec::new();
    for s in &doc.sentences {
        if crate::budget::expired() {
            break;
        }
        let toks = tokenize(text, s.range.clone(), lex);
        let p = Parser { toks: &toks, lex };
        let mut i = 0;
        while i < toks.len() {
            match p.best_at(i) {
                Some(c) => {
                    let range = toks[c.start].start..toks[c.end - 1].end;
                    let tense = p.tense(s, c.start, c.end);
                    out.push(DateMention {
                        range,
                        expr: DateExpr { kind: c.kind, part: c.part, tense },
                        tense_hint: tense,
                        rule: c.rule,
                        dateline: None,
                    });
                    i = c.end;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Find the date expressions of one phrase of normalised text (the `--ref` mode and tests),
/// cut into sentences and clauses like an article.
pub fn find_in_text(text: &str, lex: &DateLexicon) -> Vec<(Range<usize>, DateExpr, &'static str)> {
    let mut out = Vec::new();
    for sentence in crate::text::segment::split_sentences(text) {
        let toks = tokenize(text, sentence.range.clone(), lex);
        let p = Parser { toks: &toks, lex };
        let mut i = 0;
        while i < toks.len() {
            match p.best_at(i) {
                Some(c) => {
                    let tense = p.tense(&sentence, c.start, c.end);
                    out.push((toks[c.start].start..toks[c.end - 1].end, DateExpr { kind: c.kind, part: c.part, tense }, c.rule));
                    i = c.end;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A candidate expression: tokens `start..end`.
#[derive(Debug, Clone, Copy)]
struct Cand {
    start: usize,
    end: usize,
    kind: ExprKind,
    part: Option<Part>,
    rule: &'static str,
}

struct Parser<'a> {
    toks: &'a [Tok<'a>],
    lex: &'a DateLexicon,
}

/// Years read without a calendar marker: a four-digit number in this span.
pub(super) const MIN_YEAR: u32 = 1900;
pub(super) const MAX_YEAR: u32 = 2100;

impl<'a> Parser<'a> {
    /// The longest lexicon entry at token `i` whose word satisfies `f`: (word, tokens).
    fn word(&self, i: usize, f: impl Fn(Word) -> bool) -> Option<(Word, usize)> {
        let t = self.toks.get(i)?;
        t.matches.iter().map(|&(e, n)| (self.lex.entry(e as usize).word, n as usize)).find(|&(w, _)| f(w))
    }

    fn is(&self, i: usize, f: impl Fn(Word) -> bool) -> Option<usize> {
        self.word(i, f).map(|(_, n)| i + n)
    }

    fn punct(&self, i: usize, chars: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.text.chars().count() == 1 && chars.contains(&t.text.chars().next().unwrap()))
    }

    fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.toks[i].end == self.toks[i + 1].start
    }

    /// A day of the month (1–31, one or two digits).
    fn day(&self, i: usize) -> Option<u32> {
        let n = self.toks.get(i)?.num?;
        (n.suffix.is_none() && n.digits <= 2 && (1..=31).contains(&n.value)).then_some(n.value)
    }

    /// A year, with an optional calendar marker: (year, hijri, end).
    fn year(&self, i: usize) -> Option<(i32, bool, usize)> {
        let n = self.toks.get(i)?.num?;
        if n.digits != 4 {
            return None;
        }
        let mut hijri = n.suffix == Some('ه');
        let mut greg = n.suffix == Some('م');
        let mut end = i + 1;
        if n.suffix.is_none() {
            if let Some(e) = self.is(end, |w| w == Word::HijriMarker) {
                hijri = true;
                end = e;
            } else if let Some(e) = self.is(end, |w| w == Word::GregMarker) {
                greg = true;
                end = e;
            }
        }
        let ok = if hijri { (1300..=1600).contains(&n.value) } else { (MIN_YEAR..=MAX_YEAR).contains(&n.value) || greg && n.value >= 1000 };
        ok.then_some((n.value as i32, hijri, end))
    }

    /// A month name, or a pair of names of the same month ("يوليو/تموز", "ديسمبر (كانون
    /// الأول)"): (month, hijri, ambiguous, paired, end).
    fn month(&self, i: usize) -> Option<(u32, bool, bool, bool, usize)> {
        let (w, n) = self.word(i, |w| matches!(w, Word::Month { .. }))?;
        let Word::Month { month, hijri, ambiguous } = w else { return None };
        let j = i + n;
        let same = |k: usize| -> Option<(bool, usize)> {
            self.toks.get(k)?.matches.iter().find_map(|&(e, n)| match self.lex.entry(e as usize).word {
                Word::Month { month: m, hijri: h, ambiguous: a } if m == month && h == hijri => Some((a, k + n as usize)),
                _ => None,
            })
        };
        if self.punct(j, &['/', '-'])
            && let Some((a2, e)) = same(j + 1)
        {
            return Some((month, hijri, ambiguous && a2, true, e));
        }
        if self.punct(j, &['('])
            && let Some((a2, e)) = same(j + 1)
            && self.punct(e, &[')'])
        {
            return Some((month, hijri, ambiguous && a2, true, e + 1));
        }
        Some((month, hijri, ambiguous, false, j))
    }

    /// A calendar date whose first token is `i`: [يوم] day [من] [شهر] month tail, or
    /// ordinal من month tail, or [شهر] month tail. Tail: a direction, or [من] [عام] year, or
    /// من العام الماضي.
    fn calendar(&self, i: usize) -> Option<(Calendar, usize, &'static str)> {
        let mut cal = Calendar::default();
        let mut j = i;
        let mut rule = "month";
        if let Some(e) = self.is(j, |w| w == Word::DayWord)
            && self.day(e).is_some()
        {
            j = e;
        }
        if let Some(d) = self.day(j) {
            cal.day = Some(d);
            j += 1;
            if let Some(e) = self.is(j, |w| w == Word::Link)
                && self.toks[j].text == "من"
            {
                j = e;
            }
            rule = "day-month";
        } else if let Some((Word::Ordinal(d), n)) = self.word(j, |w| matches!(w, Word::Ordinal(_))) {
            // الأسبوع الثاني من يوليو: after a definite noun the ordinal is its adjective.
            let adjective = j > 0 && {
                let prev = self.toks[j - 1].text;
                let prev = prev.strip_prefix('و').or_else(|| prev.strip_prefix('ف')).unwrap_or(prev);
                prev.starts_with("ال") || prev.starts_with("لل") || prev.starts_with("بال")
            };
            // فاتح يوليوز, غرة رمضان: "the first" names the day without من.
            let first_of = d == 1 && (self.toks[j].text.ends_with("فاتح") || self.toks[j].text.ends_with("غره") || self.toks[j].text == "اول");
            if first_of && n == 1 && !adjective {
                cal.day = Some(1);
                j += n;
                if self.toks.get(j).is_some_and(|t| t.text == "من") {
                    j += 1;
                }
                rule = "first-of-month";
            } else if !adjective && self.toks.get(j + n).is_some_and(|t| t.text == "من") {
                cal.day = Some(d);
                j += n + 1;
                rule = "ordinal-of-month";
            } else {
                return None;
            }
        }
        if cal.day.is_some() {
            // 18 من الشهر الجاري / الثاني من هذا الشهر: the anchor's month, shifted.
            if let Some(o) = self.relative_month(j) {
                cal.month_offset = Some(o.0);
                return Some((cal, o.1, "day-of-relative-month"));
            }
            // يوم 25 الجاري: a day of the current month, the month left out.
            if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_)))
                && (j == i + 1 || self.toks[j - 1].text != "من")
            {
                cal.month_offset = Some(o);
                return Some((cal, j + n, "day-of-relative-month"));
            }
        }
        let mut month_word = false;
        if let Some(e) = self.is(j, |w| w == Word::MonthWord) {
            month_word = true;
            j = e;
        }
        let (month, hijri, ambiguous, paired, e) = self.month(j)?;
        if cal.day.is_none() && !hijri {
            // Month, day, year: "November 24, 2021", "نوفمبر 24، 2021" (date lines).
            if let Some(d) = self.day(e) {
                let mut k = e + 1;
                if self.punct(k, &[',', '،']) {
                    k += 1;
                }
                if let Some((y, false, end)) = self.year(k) {
                    let cal = Calendar { year: Some(y), month: Some(month), day: Some(d), ..Calendar::default() };
                    return Some((cal, end, "month-day-year"));
                }
            }
        }
        cal.month = Some(month);
        cal.hijri = hijri;
        j = e;
        // Tail.
        let mut tail = false;
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            cal.month_offset = Some(o);
            j += n;
            tail = true;
        } else {
            let mut k = j;
            if self.punct(k, &[',', '،']) && cal.day.is_some() {
                k += 1;
            }
            if self.toks.get(k).is_some_and(|t| t.text == "من") {
                k += 1;
            }
            let mut yk = k;
            if let Some(e) = self.is(k, |w| w == Word::YearWord) {
                yk = e;
            }
            let hijri_plain = if hijri {
                // رمضان 1442, 14 ربيع الثاني 1443: after a Hijri month the year needs no هـ.
                self.toks
                    .get(yk)
                    .and_then(|t| t.num)
                    .filter(|x| x.digits == 4 && x.suffix.is_none() && (1300..=1600).contains(&x.value))
                    .map(|x| {
                        let e = self.is(yk + 1, |w| w == Word::HijriMarker).unwrap_or(yk + 1);
                        (x.value as i32, true, e)
                    })
            } else {
                None
            };
            if let Some((y, h, e)) = hijri_plain.or_else(|| self.year(yk)) {
                if h == hijri || !hijri && !h {
                    cal.year = Some(y);
                    j = e;
                    tail = true;
                }
            } else if k > j && self.toks[j].text == "من" {
                // يوليو من العام الماضي / من هذا العام
                let mut q = k;
                let this = self.is(q, |w| w == Word::This);
                if let Some(e) = this {
                    q = e;
                }
                if let Some((Word::Period(Unit::Year), n)) = self.word(q, |w| matches!(w, Word::Period(_))) {
                    q += n;
                    if this.is_some() {
                        cal.year_offset = Some(0);
                        j = q;
                        tail = true;
                    } else if let Some((Word::Dir(o), n)) = self.word(q, |w| matches!(w, Word::Dir(_))) {
                        cal.year_offset = Some(o);
                        j = q + n;
                        tail = true;
                    }
                }
            }
        }
        if hijri && cal.year.is_none() && cal.month_offset.is_none() {
            return None;
        }
        // في آب، منذ شباط: a preposition before the name is context enough.
        let after_prep = i > 0 && j > i && self.is(i - 1, |w| w == Word::YearPrep).is_some() && !month_word && cal.day.is_none();
        if ambiguous && !(cal.day.is_some() || month_word || tail || paired || after_prep) {
            return None;
        }
        if cal.year.is_some() && cal.day.is_none() {
            rule = if rule == "month" { "month-year" } else { rule };
        }
        Some((cal, j, rule))
    }

    /// الشهر الجاري / هذا الشهر / الشهر المقبل at `i`: (offset, end).
    fn relative_month(&self, i: usize) -> Option<(i32, usize)> {
        let this = self.is(i, |w| w == Word::This);
        let j = this.unwrap_or(i);
        let e = self.is(j, |w| w == Word::Period(Unit::Month))?;
        if this.is_some() {
            return Some((0, e));
        }
        match self.word(e, |w| matches!(w, Word::Dir(_)))? {
            (Word::Dir(o), n) => Some((o, e + n)),
            _ => None,
        }
    }

    /// A day and month written with a slash after يوم or بتاريخ ("يوم 24/11"): the year comes
    /// from the anchor. Alone, 24/11 could be a score or a fraction.
    fn numeric_day_month(&self, i: usize) -> Option<Cand> {
        let t = self.toks.get(i)?;
        if !matches!(t.text, "يوم" | "بتاريخ" | "تاريخ") {
            return None;
        }
        let (a, b) = (self.toks.get(i + 1)?.num?, self.toks.get(i + 3)?.num?);
        if self.toks[i + 2].text != "/"
            || !self.adjacent(i + 1)
            || !self.adjacent(i + 2)
            || a.digits > 2
            || b.digits > 2
            || a.suffix.is_some()
            || b.suffix.is_some()
        {
            return None;
        }
        if self.toks.get(i + 4).is_some_and(|t| t.text == "/") {
            return None;
        }
        if !(1..=31).contains(&a.value) || !(1..=12).contains(&b.value) {
            return None;
        }
        let cal = Calendar { day: Some(a.value), month: Some(b.value), ..Calendar::default() };
        Some(Cand { start: i, end: i + 4, kind: ExprKind::Calendar(cal), part: None, rule: "numeric-day-month" })
    }

    /// Numeric dates: 2021-11-24, 24/11/2021, 24.11.2021 (the separators written together).
    fn numeric(&self, i: usize) -> Option<Cand> {
        let t = &self.toks;
        if i + 4 >= t.len() {
            return None;
        }
        let sep = t[i + 1].text;
        if !matches!(sep, "-" | "/" | ".") || t[i + 3].text != sep {
            return None;
        }
        if !(self.adjacent(i) && self.adjacent(i + 1) && self.adjacent(i + 2) && self.adjacent(i + 3)) {
            return None;
        }
        let cal = numeric_date(t[i].num?, t[i + 2].num?, t[i + 4].num?)?;
        Some(Cand { start: i, end: i + 5, kind: ExprKind::Calendar(cal), part: None, rule: "numeric" })
    }

    /// A weekday, with its time of day, direction or date: "عصر الأربعاء", "الخميس المقبل",
    /// "يوم الجمعة في 16 يوليو", "الخميس الموافق 14 شهر شباط".
    fn weekday(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let this = self.is(j, |w| w == Word::This);
        if let Some(e) = this {
            j = e;
        }
        if let Some(e) = self.is(j, |w| w == Word::TimeOfDay) {
            j = e;
        }
        if let Some(e) = self.is(j, |w| w == Word::DayWord) {
            j = e;
        }
        let (Word::Weekday(wd), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        if wd == chrono::Weekday::Mon && i > 0 && j == i && self.is(i - 1, |w| w == Word::NotWeekdayBefore).is_some() {
            return None;
        }
        j += n;
        let mut offset = this.map(|_| 0);
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            j += n;
        }
        if let Some((mut cal, e)) = self.date_after(j) {
            cal.weekday = Some(wd);
            return Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-date" });
        }
        if offset.is_some() {
            return Some(Cand { start: i, end: j, kind: ExprKind::Weekday { weekday: wd, offset }, part: None, rule: "weekday-direction" });
        }
        // الخميس والجمعة المقبلين: the direction after the second weekday is the first's too.
        if let Some((Word::Weekday(_), n)) = self.word(j, |w| matches!(w, Word::Weekday(_)))
            && self.toks[j].text.starts_with('و')
            && let Some((Word::Dir(o), _)) = self.word(j + n, |w| matches!(w, Word::Dir(_)))
        {
            return Some(Cand {
                start: i,
                end: j,
                kind: ExprKind::Weekday { weekday: wd, offset: Some(o) },
                part: None,
                rule: "weekday-shared-direction",
            });
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Weekday { weekday: wd, offset: None }, part: None, rule: "weekday" })
    }

    /// A date with a day written after a weekday: ", 16 يوليو", "في 16 يوليو", "الموافق 14
    /// شباط", "(10 أغسطس)": (calendar, end).
    fn date_after(&self, j: usize) -> Option<(Calendar, usize)> {
        let mut k = j;
        let paren = self.punct(k, &['(']);
        if paren || self.punct(k, &[',', '،', '-']) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::Link) {
            k = e;
        }
        let (cal, mut e) = match self.numeric(k) {
            Some(Cand { kind: ExprKind::Calendar(cal), end, .. }) => (cal, end),
            _ => self.calendar(k).map(|(c, e, _)| (c, e))?,
        };
        cal.day?;
        if paren {
            if !self.punct(e, &[')']) {
                return None;
            }
            e += 1;
        }
        Some((cal, e))
    }

    /// A relative day with its weekday and date: "أمس", "اليوم الثلاثاء", "أمس الأربعاء 27
    /// يوليوز الجاري".
    fn relday(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        // صباح الغد is an entry of its own; مساء أمس and يوم أمس are a time of day (or يوم) and
        // a relative day.
        if self.is(j, |w| matches!(w, Word::RelDay(_))).is_none() {
            j = self.is(j, |w| matches!(w, Word::TimeOfDay | Word::DayWord))?;
        }
        let (Word::RelDay(days), n) = self.word(j, |w| matches!(w, Word::RelDay(_)))? else { return None };
        // اليوم الوطني، اليوم التالي، اليوم الأول: "the day" with an adjective is not today; غدا
        // المغرب شريكا: غدا before its subject is the verb "became", not tomorrow.
        let word = self.toks[j].text;
        if n == 1
            && (days == 0 && word.ends_with("اليوم") || days == 1 && word.ends_with("غدا"))
            && let Some(next) = self.toks.get(j + 1)
        {
            // غدا الساعة السابعة، اليوم الخميس: a weekday, a direction or a clock time after it
            // keeps it a day.
            let dated = next.matches.iter().any(|&(e, _)| {
                matches!(
                    self.lex.entry(e as usize).word,
                    Word::Weekday(_) | Word::Dir(_) | Word::HourWord | Word::ClockHour(_) | Word::DayPeriod(_)
                )
            });
            if next.text.starts_with("ال") && !dated {
                return None;
            }
        }
        j += n;
        let mut weekday = None;
        let mut date = None;
        let mut k = j;
        if self.punct(k, &[',', '،']) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::DayWord) {
            k = e;
        }
        // اليوم (الإثنين): the weekday in brackets, as some papers print it.
        let bracketed = self.punct(k, &['(']) && self.punct(k + 2, &[')']);
        if bracketed {
            k += 1;
        }
        if let Some((Word::Weekday(wd), n)) = self.word(k, |w| matches!(w, Word::Weekday(_))) {
            weekday = Some(wd);
            j = k + n + usize::from(bracketed);
            if let Some((mut cal, e)) = self.date_after(j).filter(|_| !bracketed) {
                cal.weekday = Some(wd);
                date = Some(cal);
                j = e;
            }
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Relative { days, weekday, date }, part: None, rule: "relative-day" })
    }

    /// Periods: "الشهر الماضي", "هذا العام", "في وقت سابق من هذا الشهر".
    fn period(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let earlier = self.is(j, |w| w == Word::Earlier);
        if let Some(e) = earlier {
            j = e;
        }
        let this = self.is(j, |w| w == Word::This);
        if let Some(e) = this {
            j = e;
        }
        let (Word::Period(unit), n) = self.word(j, |w| matches!(w, Word::Period(_)))? else { return None };
        j += n;
        let offset = if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            j += n;
            o
        } else if this.is_some() {
            0
        } else if let Some(e) = self.is(j, |w| w == Word::This) {
            // الأسبوع هذا
            j = e;
            0
        } else {
            return None;
        };
        let rule = if earlier.is_some() { "earlier-this-period" } else { "period" };
        Some(Cand { start: i, end: j, kind: ExprKind::Period { unit, offset }, part: None, rule })
    }

    /// Years: "العام 2014", "عام 2000", "في 2020" (the preposition left out), "2021م",
    /// "1442 هـ", and year ranges "بين عامي 2020 و2022".
    fn year_phrase(&self, i: usize) -> Option<Cand> {
        let (start, j) = if let Some(e) = self.is(i, |w| w == Word::YearWord) {
            (i, e)
        } else if let Some(e) = self.is(i, |w| w == Word::YearPrep) {
            // من and بين introduce a year only as the start of a range ("أكثر من 2000 شخص").
            if self.is(i, |w| w == Word::RangeFrom).is_some() && !self.year_range_at(e) {
                return None;
            }
            // في 2021/11/24: the full date is read from the number itself.
            if self.numeric(e).is_some() {
                return None;
            }
            // في 2000 موقع: a round number before a noun is a count of things, not a year.
            if self.toks.get(e).and_then(|t| t.num).is_some_and(|x| x.value % 100 == 0 && x.suffix.is_none())
                && self.toks.get(e + 1).is_some_and(|t| {
                    t.text.chars().next().is_some_and(is_word_char) && t.num.is_none() && !t.text.starts_with("ال") && t.matches.is_empty()
                })
            {
                return None;
            }
            (e, e)
        } else {
            let n = self.toks.get(i)?.num?;
            let marked = n.suffix.is_some() || self.is(i + 1, |w| matches!(w, Word::HijriMarker | Word::GregMarker)).is_some();
            // A year range written with a dash (2020-2022), or a year standing alone between
            // punctuation ("(2021)", a phrase "2021"): not a count of things.
            let range = self.adjacent(i)
                && self.punct(i + 1, &['-'])
                && self.adjacent(i + 1)
                && self.toks.get(i + 2).and_then(|t| t.num).is_some_and(|x| x.digits == 4);
            let boundary = |k: Option<&Tok>| k.is_none_or(|t| !t.text.chars().next().is_some_and(is_word_char) && t.text != "%");
            let alone = (1950..=2050).contains(&n.value)
                && n.digits == 4
                && boundary(if i == 0 { None } else { self.toks.get(i - 1) })
                && boundary(self.toks.get(i + 1));
            if !marked && !range && !alone {
                return None;
            }
            (i, i)
        };
        let (y, hijri, mut end) = self.year(j)?;
        let first = Calendar { year: Some(y), hijri, ..Calendar::default() };
        // A range of years: 2020 - 2022, 2020 و2022, 2020 إلى 2022.
        let mut k = end;
        let mut joined = false;
        if self.punct(k, &['-']) {
            k += 1;
            joined = true;
        } else if let Some(e) = self.is(k, |w| w == Word::RangeTo) {
            k = e;
            joined = true;
        }
        if let Some(t) = self.toks.get(k) {
            let glued_and = t.text.starts_with('و') && t.num.is_some();
            if (joined || glued_and)
                && let Some((y2, h2, e)) = self.year(k)
                && h2 == hijri
                && y2 > y
            {
                end = e;
                let second = Calendar { year: Some(y2), hijri, ..Calendar::default() };
                return Some(Cand { start, end, kind: ExprKind::Range(first, second), part: None, rule: "year-range" });
            }
        }
        Some(Cand { start, end, kind: ExprKind::Calendar(first), part: None, rule: "year" })
    }

    /// Whether a year range starts at `i` (2020 إلى 2022, 2020 و2022, 2020-2022).
    fn year_range_at(&self, i: usize) -> bool {
        let Some((y, _, e)) = self.year(i) else { return false };
        let k = if self.punct(e, &['-']) {
            e + 1
        } else if let Some(k) = self.is(e, |w| w == Word::RangeTo) {
            k
        } else {
            e
        };
        let joined = k > e || self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some());
        joined && self.year(k).is_some_and(|(y2, _, _)| y2 > y)
    }

    /// Ranges of days or dates: "من 10 إلى 12 يوليو", "بين 10 و12 يوليو", "10-12 يوليو 2021",
    /// "من 10 يوليو إلى 12 أغسطس".
    fn range(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let from = self.is(j, |w| matches!(w, Word::RangeFrom | Word::DayWord));
        if let Some(e) = from {
            j = e;
            // بين يومي 10 و12
            if let Some(e) = self.is(j, |w| w == Word::DayWord) {
                j = e;
            }
        }
        let start = if from.is_some() && self.toks[i].text != "من" && self.toks[i].text != "بين" { i } else { j };
        let start = if self.toks[i].text == "يومي" { i } else { start };
        if let Some(a) = self.day(j) {
            // day-day month
            let mut k = j + 1;
            let mut linked = false;
            if self.punct(k, &['-']) {
                k += 1;
                linked = true;
            } else if let Some(e) = self.is(k, |w| w == Word::RangeTo) {
                k = e;
                linked = true;
            }
            let glued_and = self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some());
            if (linked || glued_and)
                && let Some(b) = self.day(k)
                && let Some((cal2, e, _)) = self.calendar(k)
                && b > a
                && cal2.day == Some(b)
            {
                let cal1 = Calendar { day: Some(a), ..cal2 };
                return Some(Cand { start, end: e, kind: ExprKind::Range(cal1, cal2), part: None, rule: "day-range" });
            }
        }
        if from.is_none() || self.toks[i].text == "يومي" {
            return None;
        }
        let (mut cal1, e, _) = self.calendar(j)?;
        let k = self.is(e, |w| w == Word::RangeTo)?;
        let (cal2, e2, _) = self.calendar(k)?;
        if cal1.day.is_some() != cal2.day.is_some() {
            return None;
        }
        if cal1.year.is_none() && cal1.year_offset.is_none() && cal1.month_offset.is_none() {
            cal1.year = cal2.year;
            cal1.year_offset = cal2.year_offset;
            cal1.month_offset = cal2.month_offset;
        }
        Some(Cand { start, end: e2, kind: ExprKind::Range(cal1, cal2), part: None, rule: "date-range" })
    }

    /// A part of a period before a month, a period or a year: "أواخر شهر يوليو (تموز)
    /// الحالي", "مطلع العام الجاري", "منتصف 2021".
    fn part(&self, i: usize) -> Option<Cand> {
        let (Word::Part(part), n) = self.word(i, |w| matches!(w, Word::Part(_)))? else { return None };
        let j = i + n;
        let mut best: Option<Cand> = None;
        let mut consider = |c: Option<Cand>| {
            if let Some(c) = c
                && best.is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        if let Some((cal, e, _)) = self.calendar(j)
            && cal.day.is_none()
        {
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-month" }));
        }
        consider(self.period(j).map(|c| Cand { start: i, part: Some(part), rule: "part-of-period", ..c }));
        // مطلع العام, نهاية الشهر: the current period, unless a year follows in the sentence
        // ("أواخر العام ليكون المغرب ... في 2020" is late 2020, read from the year).
        if let Some((Word::Period(unit), n)) = self.word(j, |w| matches!(w, Word::Period(_))) {
            let year_follows =
                self.toks[j + n..].iter().any(|t| t.num.is_some_and(|x| x.digits == 4 && (MIN_YEAR..=MAX_YEAR).contains(&x.value)));
            if !year_follows {
                consider(Some(Cand {
                    start: i,
                    end: j + n,
                    kind: ExprKind::Period { unit, offset: 0 },
                    part: Some(part),
                    rule: "part-of-current-period",
                }));
            }
        }
        if let Some((y, h, e)) = self.year(j) {
            let cal = Calendar { year: Some(y), hijri: h, ..Calendar::default() };
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-year" }));
        }
        if let Some(k) = self.is(j, |w| w == Word::YearWord || w == Word::Period(Unit::Year))
            && let Some((y, h, e)) = self.year(k)
        {
            let cal = Calendar { year: Some(y), hijri: h, ..Calendar::default() };
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-year" }));
        }
        best
    }

    /// The longest expression at token `i`.
    fn best_at(&self, i: usize) -> Option<Cand> {
        let t = self.toks.get(i)?;
        // Most lexicon words met in running text (أن، التي، tense markers) cannot open an
        // expression: only numbers and the other kinds can (بتاريخ, a label, opens "بتاريخ 3/12").
        let starts = t.num.is_some()
            || t.matches.iter().any(|&(e, _)| {
                !matches!(
                    self.lex.entry(e as usize).word,
                    Word::Subordinator
                        | Word::Future
                        | Word::FutureVerb
                        | Word::NotFuture
                        | Word::UpdatedLabel
                        | Word::Link
                        | Word::RangeTo
                        | Word::NotWeekdayBefore
                        | Word::Dir(_)
                        | Word::HijriMarker
                        | Word::GregMarker
                        | Word::Number(_)
                        | Word::PastVerb
                        | Word::Comparative
                        | Word::Except
                        | Word::MinuteWord
                        | Word::MinutePart(_)
                        | Word::DayPeriod(_)
                        | Word::TimeZone
                        | Word::HourWord
                        | Word::ClockHour(_)
                        | Word::Now
                )
            });
        let latin = latin::candidates(self, i);
        if !starts && latin.is_none() {
            return None;
        }
        let mut best: Option<Cand> = None;
        let cal = self.calendar(i).map(|(cal, end, rule)| Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule });
        for c in [
            latin,
            self.part(i),
            self.relday(i),
            self.weekday(i),
            self.range(i),
            self.numeric(i),
            cal,
            self.period(i),
            self.year_phrase(i),
            self.ago(i),
            self.span(i),
            self.nth(i),
            self.weekday_day(i),
            self.holiday(i),
            self.month_number(i),
            self.numeric_short(i),
            self.weekday_range(i),
            self.weekday_of_week(i),
            self.month_day(i),
            self.numeric_day_month(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    /// The tense around the expression starting at token `at`: future when its clause, or the
    /// sentence before it, holds a future marker (سوف، من المقرر، سـ + verb, an announcing verb).
    fn tense(&self, s: &crate::text::segment::Sentence, at: usize, end: usize) -> Option<Tense> {
        let pos = self.toks[at].start;
        let c = s.clauses.iter().position(|c| c.start <= pos && pos < c.end.max(c.start + 1));
        // Before the expression: its clause, and the one before when the expression opens its
        // clause ("ومن المقرر أن يزور، الخميس، الرباط"); after it: its clause up to a subordinate clause, whose verb is not the
        // expression's ("أعلن الخميس أنه سيزور الرباط" is a past Thursday).
        let from = match c {
            None => s.range.start,
            // The clause before counts only when the expression opens its own clause.
            Some(c) if self.toks[at].start == s.clauses[c].start => s.clauses[c.saturating_sub(1)].start,
            Some(c) => s.clauses[c].start,
        };
        let to = match c {
            None => s.range.end,
            // And the clause after, when it closes its clause ("الخميس، سيتوجه الوزير").
            Some(c)
                if self.toks.get(end).is_none_or(|t| {
                    t.start >= s.clauses[c].end || t.end == s.clauses[c].end && !is_word_char(t.text.chars().next().unwrap_or(' '))
                }) =>
            {
                s.clauses.get(c + 1).map_or(s.clauses[c].end, |n| n.end)
            }
            Some(c) => s.clauses[c].end,
        };
        let before = (0..at).rev().take_while(|&k| self.toks[k].start >= from);
        let after = (end..self.toks.len()).take_while(|&k| self.toks[k].end <= to && !self.is_subordinator(k));
        // منذ ديسمبر: "since" points back.
        if at > 0 && self.toks[at - 1].text == "منذ" {
            return Some(Tense::Past);
        }
        let window: Vec<usize> = before.chain(after).collect();
        if window.iter().any(|&k| self.is_future_word(k)) {
            return Some(Tense::Future);
        }
        let past = window.iter().any(|&k| self.toks[k].matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::PastVerb));
        past.then_some(Tense::Past)
    }

    fn is_subordinator(&self, k: usize) -> bool {
        self.toks[k].matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::Subordinator)
    }

    fn is_future_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if t.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Future | Word::FutureVerb)) {
            return true;
        }
        if t.matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::NotFuture) || !t.matches.is_empty() {
            return false;
        }
        // سـ + imperfect verb: سيزور، ستعقد، سنواصل، سأزور.
        let w = t.text.strip_prefix('و').or_else(|| t.text.strip_prefix('ف')).unwrap_or(t.text);
        let mut cs = w.chars();
        cs.next() == Some('س') && matches!(cs.next(), Some('ي' | 'ت' | 'ن' | 'ا')) && w.chars().count() >= 5 || latin::french_future(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        let lex = DateLexicon::builtin();
        let norm = crate::text::normalize::normalize(text).text;
        find_in_text(&norm, &lex).into_iter().map(|(r, _, rule)| (norm[r].to_string(), rule)).collect()
    }

    #[test]
    fn false_friends_are_not_dates() {
        for text in [
            "المغرب يوسع التعاون",
            "احدث الاسلحه",
            "احدهما",
            "الجنرال المصطفى ربيع",
            "منذ ستة عقود",
            "نحو خمسين ناشطا",
            "صواريخ باراك8",
            "3 ملايين دولار",
            "نسبة 15%",
            "مارس ضغوطا كبيرة",
            "باب المغرب",
            "بين الاثنين",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn expressions_are_whole() {
        let cases = [
            ("في ديسمبر (كانون الأول) الماضي في الرباط", "ديسمبر (كانون الاول) الماضي"),
            ("أمس الأربعاء 27 يوليوز الجاري، في إطار", "امس الاربعاء 27 يوليوز الجاري"),
            ("يوم الجمعة في 16 يوليو.", "يوم الجمعه في 16 يوليو"),
            ("في أواخر شهر يوليو (تموز) الحالي", "اواخر شهر يوليو (تموز) الحالي"),
            ("في وقت سابق من هذا الشهر مع", "في وقت سابق من هذا الشهر"),
            ("نشر: 2021-11-24 17:33", "2021-11-24"),
        ];
        for (text, expected) in cases {
            let got = kinds(text);
            assert_eq!(got.first().map(|g| g.0.as_str()), Some(expected), "{text}: {got:?}");
        }
    }

    const DATE_TOKENS: &[&str] = &[
        "1",
        "12",
        "24",
        "31",
        "2021",
        "1443",
        "و12",
        "ال24",
        "2021م",
        "1443ه",
        "-",
        "/",
        ".",
        "(",
        ")",
        "،",
        ":",
        "يوليو",
        "تموز",
        "كانون",
        "الثاني",
        "2",
        "اب",
        "ماي",
        "الاربعاء",
        "الاثنين",
        "بين",
        "امس",
        "اليوم",
        "غدا",
        "الماضي",
        "الجاري",
        "المقبل",
        "من",
        "الي",
        "حتي",
        "عام",
        "العام",
        "في",
        "ه",
        "م",
        "رمضان",
        "مطلع",
        "اواخر",
        "هذا",
        "الشهر",
        "الاسبوع",
        "يوم",
        "يومي",
        "بتاريخ",
        "شهر",
        "الموافق",
        "قبل",
        "منذ",
        "بعد",
        "ثلاثه",
        "ايام",
        "يومين",
        "اسابيع",
        "الحادي",
        "عشر",
        "والعشرين",
        "نشر",
        "اخر",
        "تحديث",
        "صباح",
        "الغد",
        "november",
        "24,",
        "وقت",
        "سابق",
        "خلال",
        "الاسابيع",
        "الثلاثه",
        "وثلاثين",
        "يوما",
        "ثاني",
        "خميس",
        "اخر",
        "الاخير",
        "عيد",
        "الفطر",
        "الساعه",
        "السابعه",
        "والنصف",
        "الا",
        "ربعا",
        "مساء",
        "بتوقيت",
        "ما",
        "بكره",
    ];

    fn lexicon() -> &'static DateLexicon {
        static LEX: std::sync::OnceLock<DateLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(DateLexicon::builtin)
    }

    #[test]
    fn coordinated_weekdays_share_their_direction() {
        let lex = lexicon();
        for (text, offset) in [("الخميس والجمعة المقبلين", 1), ("الأحد والاثنين الماضيين", -1)] {
            let norm = crate::text::normalize::normalize(text).text;
            let found = find_in_text(&norm, lex);
            assert_eq!(found.len(), 2, "{text}");
            for (_, expr, _) in found {
                assert!(matches!(expr.kind, ExprKind::Weekday { offset: Some(o), .. } if o == offset), "{text}: {expr:?}");
            }
        }
    }

    #[test]
    fn clock_times_are_read_apart() {
        let lex = lexicon();
        for (text, hm) in [
            ("الساعة 7 مساء", (19, 0)),
            ("السابعة والنصف صباحا", (7, 30)),
            ("20:45", (20, 45)),
            ("الخامسة إلا ربعا", (4, 45)),
            ("الحادية عشرة وعشر دقائق ليلا", (23, 10)),
        ] {
            let norm = crate::text::normalize::normalize(text).text;
            let c = find_clock(&norm, lex).map(|(_, c)| (c.hour, c.minute));
            assert_eq!(c, Some(hm), "{text}");
            // A time is not a date: the timeline's day stays the day written or published.
            assert!(find_in_text(&norm, lex).is_empty(), "{text}");
        }
        for text in ["السابعة في الترتيب", "الثانية", "فاز 3 مقابل 1"] {
            let norm = crate::text::normalize::normalize(text).text;
            assert!(find_clock(&norm, lex).is_none(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn finder_never_panics(s in "\\PC{0,200}") {
            let lex = lexicon();
            let norm = crate::text::normalize::normalize(&s).text;
            let _ = find_in_text(&norm, lex);
        }

        #[test]
        fn finder_never_panics_on_date_like_text(parts in proptest::collection::vec((proptest::sample::select(DATE_TOKENS), proptest::bool::ANY), 0..30)) {
            // Date words, numbers and punctuation, glued or spaced, in any order: every rule
            // looks ahead, so the ends of the token list are where a panic would hide.
            let text: String = parts.iter().map(|(t, space)| if *space { format!("{t} ") } else { t.to_string() }).collect();
            let _ = find_in_text(&text, lexicon());
        }
    }
}
