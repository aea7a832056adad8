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

use chrono::{Datelike, NaiveDate};

use crate::text::Document;
use crate::text::normalize::is_word_char;

// The grammar's families, one module each: `calendar` (dates with a month, numeric dates),
// `relative` (weekdays, relative days, periods), `range` (years, ranges, parts of periods),
// `counted` (قبل 12 يوما، spans), `season` (seasons, weekends), `nth` (ranks, months by number), `holiday`, `clock` (times of
// day, read apart), and `tense` (the clause's tense, for year-less dates).
mod calendar;
mod clock;
mod counted;
mod dashed;
mod day_alone;
mod day_list;
mod holiday;
mod nth;
mod range;
mod relative;
mod season;
mod since;
mod tense;
mod week_of;

pub use clock::{Clock, ClockGrain, find_clock};
pub(crate) use dashed::EITHER_ORDER;

use super::lexicon::{DateLexicon, Word};
use super::tokens::{MAX_YEAR, MIN_YEAR, Tok, tokenize};
use super::value::{DateExpr, ExprKind, Part, Tense};

// English and French word orders (hook: `best_at`, `is_future_word`), and their dates
// placed within a counted period.
mod latin;
mod latin_periods;

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
    /// A clock time of its sentence stated in a named zone ("الساعة 23:30 بتوقيت غرينتش"):
    /// (minutes after midnight, zone). Its day is then the day in the timeline's zone.
    pub zone_time: Option<(u32, super::zone::Zone)>,
    /// It stands in a relative clause after a date of its sentence's main clause ("a signé le
    /// 11 août un accord avec X, qui avait visité Rabat le 5 août"): an aside, which "the next
    /// day" after the sentence does not count from ([`tell_by_dates_before`]).
    pub aside: bool,
    /// It names the day an anniversary falls on ("يحل اليوم الأربعاء عام كامل على توقيع …
    /// يوم 22 ديسمبر 2020", "Wednesday marks one year since … on December 22, 2020"): the
    /// writing day, which the recalled day fixes ([`Parser::anniversaries`]); it dates no
    /// event of its sentence (the recalled one keeps the day told with it).
    pub anniversary: bool,
    /// Where the "since" of the recall it closes starts (byte offset), when it names no day and
    /// ends an act recalled to say how long something has lasted («منذ وصوله إلى الرباط في
    /// كانون الثاني الماضي», "since he took up his post in January", « depuis son arrivée en
    /// janvier »): the act between is no event of its own ([`Parser::since_recalls`]).
    pub since: Option<usize>,
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
        let first = out.len();
        let (exprs, aside) = p.sentence_expressions(s);
        for ((range, expr, rule), aside) in exprs.into_iter().zip(aside) {
            out.push(DateMention { range, expr, tense_hint: expr.tense, rule, dateline: None, zone_time: None, aside, anniversary: false, since: None });
        }
        p.attach_zoned_times(&mut out[first..]);
        p.anniversaries(&mut out[first..]);
        p.since_recalls(&mut out[first..]);
    }
    out
}

/// The most words before a year in its clause for the year to open the clause and frame the
/// sentence after it ("وخلال هذا العام،", "Au cours de l'année 2021,").
const FRAME_OPENS_CLAUSE_WORDS: usize = 4;

/// The most words after a year in its clause for the year to stand apart and frame the sentence
/// after it ("In 2021 alone, …"): a clause that goes on into its own predicate keeps the year.
const FRAME_SET_OFF_WORDS_AFTER: usize = 1;

/// The most words between the day an anniversary falls on and its count of years ("Wednesday
/// marks one year since", "Today marks the first anniversary of"; none in "يحل اليوم الأربعاء
/// عام كامل على").
const ANNIVERSARY_GAP_TOKENS: usize = 2;

/// Give each expression told by the date before it ([`ExprKind::Same`]: "اليوم التالي", "الشهر
/// نفسه", "22 من الشهر ذاته", "the next day") that date's expression: the nearest one before it
/// in text order that says its grain ([`relative::same_as`]), passing over those on a date line
/// (`on_date_line(k)`: the page's date, not the story's) and those told by no date. One left
/// without such a date keeps its reading from the anchor. The one mechanism for every language.
/// (`passed_over(k)`: on a date line, or an aside, see below.)
///
/// A date told in a relative clause after one of its sentence's main clause (`aside(k)`: "le
/// ministre a signé le 11 août un accord avec X, qui avait visité Rabat le 5 août. Le
/// lendemain, …") is passed over too: the day after is the main act's (12 August), as a reader
/// counts it, not the aside's.
pub fn tell_by_dates_before(exprs: &mut [DateExpr], passed_over: impl Fn(usize) -> bool) {
    for k in 0..exprs.len() {
        let ExprKind::Same { unit, day, month, days } = exprs[k].kind else { continue };
        let told = exprs[..k]
            .iter()
            .enumerate()
            .rev()
            .filter(|&(j, e)| !passed_over(j) && !matches!(e.kind, ExprKind::Same { .. }))
            .find_map(|(_, e)| relative::same_as(e, unit, (month, day), days));
        if let Some(e) = told {
            exprs[k] = e;
        }
    }
}

impl Parser<'_> {
    /// The expressions of one sentence left to right, each with its tense read in the sentence:
    /// at each token the best reading that starts there, a phrase that holds no date ("في
    /// الوقت الحالي") passed over whole. The one reading of a sentence for articles and phrases.
    /// With them, whether each is an aside ([`DateMention::aside`]): in a relative clause,
    /// after a date that is in none.
    fn sentence_expressions(&self, sentence: &crate::text::segment::Sentence) -> (Vec<(Range<usize>, DateExpr, &'static str)>, Vec<bool>) {
        let toks = self.toks;
        let mut out = Vec::new();
        let mut relative = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(e) = self.is(i, |w| w == Word::NotDate) {
                i = e;
                continue;
            }
            match self.best_at(i).map(|c| self.outreached(c)) {
                Some(c) => {
                    let tense = self.tense(sentence, c.start, c.end);
                    // "in two weeks" in a past clause is how long something took, not a day ahead.
                    if c.rule == latin::COUNTED_AHEAD && tense == Some(Tense::Past) {
                        i = c.end;
                        continue;
                    }
                    out.push((toks[c.start].start..toks[c.end - 1].end, DateExpr { kind: c.kind, part: c.part, tense, shift: 0 }, c.rule));
                    relative.push(self.in_relative_clause(sentence, c.start));
                    i = c.end;
                }
                None => i += 1,
            }
        }
        // Each expression's clause, and whether it opens it (at most a few words before it in
        // the clause: "وخلال هذا العام،", "En 2021,", "Last year,"): a year that opens its clause
        // frames the sentence after it, one told inside another clause frames only that one.
        let scope: Vec<(Option<usize>, bool)> = out
            .iter()
            .map(|(r, ..)| {
                let clause = sentence.clause_at(r.start);
                let (from, to) = clause.map_or((sentence.range.start, sentence.range.end), |c| (sentence.clauses[c].start, sentence.clauses[c].end));
                // Tokens are in text order: those between are a slice.
                let (first, at, after, last) = (
                    toks.partition_point(|t| t.start < from),
                    toks.partition_point(|t| t.end <= r.start),
                    toks.partition_point(|t| t.start < r.end),
                    toks.partition_point(|t| t.start < to),
                );
                // The year stands apart ("In 2021, …", "هذا العام، …") when its clause goes on
                // by at most a word after it ("In 2021 alone, …"); one that goes on into its own
                // predicate ("In 2020 the two countries restored ties; in March, …") is that
                // clause's detail.
                let words_after = toks[after.min(last)..last].iter().filter(|t| t.text.chars().next().is_some_and(is_word_char)).count();
                (clause, at.saturating_sub(first) <= FRAME_OPENS_CLAUSE_WORDS && words_after <= FRAME_SET_OFF_WORDS_AFTER)
            })
            .collect();
        framed_by_year(&mut out, &scope);
        // An aside: in a relative or participle clause, beside a date of the main clause, told
        // before it ("a signé le 11 août un accord avec X, qui avait visité Rabat le 5 août") or
        // after it (« Gantz, arrivé mardi soir à Rabat, a signé la veille »: the day before is
        // counted from the story's day, not from the arrival told on the subject).
        let aside = (0..relative.len()).map(|j| relative[j] && relative.iter().enumerate().any(|(i, &r)| i != j && !r)).collect();
        (out, aside)
    }

    /// Whether a relative pronoun (`subordinator` rows of value `relative`: الذي، التي, who,
    /// which, qui) or a participle that opens a clause on a noun (`participle` rows: « une
    /// visite entamée mercredi », "a visit that began Wednesday", «زيارة بدأها الأربعاء»; not
    /// right after an `auxiliary`: « a été entamée ») stands before token `at` in its clause.
    fn in_relative_clause(&self, s: &crate::text::segment::Sentence, at: usize) -> bool {
        let pos = self.toks[at].start;
        let from = s.clauses.iter().find(|c| c.start <= pos && pos < c.end).map_or(s.range.start, |c| c.start);
        let has = |k: usize, kind: fn(Word) -> bool| self.toks[k].matches.iter().any(|&(e, _)| kind(self.lex.entry(e as usize).word));
        (0..at).rev().take_while(|&k| self.toks[k].start >= from).any(|k| {
            has(k, |w| matches!(w, Word::Subordinator { relative: true }))
                || has(k, |w| w == Word::Participle) && !(k > 0 && has(k - 1, |w| w == Word::Auxiliary))
        })
    }

    /// The reading to keep where `c` was found: `c`, unless a date with its day and month
    /// that starts on one of its later tokens reaches further ("يوم 12.08.2021" is not "يوم
    /// 12", "يوم الخميس فاتح يوليوز 2021" not "يوم الخميس"): the words before it then only
    /// introduced it. A reading without its month ("الثلاثاء، أول" after "اليوم الثلاثاء")
    /// takes nothing from the one it overlaps.
    fn outreached(&self, c: Cand) -> Cand {
        let dated = |o: &Cand| matches!(o.kind, ExprKind::Calendar(super::value::Calendar { day: Some(_), month: Some(_), .. }));
        (c.start + 1..c.end).filter_map(|j| self.best_at(j)).filter(|o| o.end > c.end && dated(o)).max_by_key(|o| o.end).unwrap_or(c)
    }

    /// Read the anniversaries of one sentence's `mentions` (`anniversary` rows): a count of
    /// years since a recalled day, told as falling on the writing day, with the recalled day
    /// written in full in the sentence. The writing day is the recalled day that many years
    /// on; the weekday named with it, if any, must be that day's:
    /// - "يحل اليوم الأربعاء عام كامل على توقيع … يوم 22 ديسمبر 2020", "Wednesday marks one year
    ///   since … on December 22, 2020", "Today marks the first anniversary of …": the day named
    ///   just before the count ("اليوم", "today", a bare weekday) is that day, written with
    ///   its date ("اليوم الأربعاء 22 ديسمبر 2021"), and dates no event
    ///   ([`DateMention::anniversary`]);
    /// - "il y a un an jour pour jour, le 22 décembre 2020", "two years ago to the day": the
    ///   counted years before the cue (value 0) are the recalled day, written as that day
    ///   counted back from the writing day ("أمس الأربعاء 27 يوليوز" is the same shape).
    ///
    /// A count without a day of the writing ("a year since the accords of December 2020") or
    /// without a recalled day in full says nothing of the writing day and is not read.
    fn anniversaries(&self, mentions: &mut [DateMention]) {
        use super::value::Calendar;
        let toks = self.toks;
        let cue = |k: usize| {
            toks[k].matches.iter().find_map(|&(e, n)| match self.lex.entry(e as usize).word {
                Word::Anniversary(years) => Some((years, k + n as usize)),
                _ => None,
            })
        };
        // The count falls on a date told before it: a sentence with no date (most) has no
        // anniversary to read, and its tokens need no look.
        if mentions.is_empty() {
            return;
        }
        // Most sentences have no such count.
        let Some((k, (years, cue_end))) = (0..toks.len()).find_map(|k| cue(k).map(|c| (k, c))) else { return };
        let (at, end) = (toks[k].start, toks[cue_end - 1].end);
        // The recalled day: the first day written in full with its year in the sentence after
        // the cue, else before it ("le 22 décembre 2020, il y a un an jour pour jour").
        let full_day = |m: &DateMention| match m.expr.kind {
            ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: Some(y), hijri: false, .. }) => NaiveDate::from_ymd_opt(y, mo, d),
            _ => None,
        };
        // The mention just before the cue (a few words between: "Wednesday marks one year").
        let Some(before) = mentions.iter().rposition(|m| m.range.end <= at) else { return };
        let between: Vec<&Tok> = toks.iter().filter(|t| t.start >= mentions[before].range.end && t.end <= at).collect();
        // The day is the subject the count falls on ("Wednesday marks one year since"); a comma
        // between makes the count an aside about a day an event is told on ("met on Wednesday,
        // a year since …"), which keeps that event's day.
        if between.len() > ANNIVERSARY_GAP_TOKENS || between.iter().any(|t| matches!(t.text, "," | "،")) {
            return;
        }
        let Some(recalled) = mentions.iter().filter(|m| m.range.start >= end).find_map(full_day).or_else(|| mentions.iter().rev().filter(|m| m.range.end <= at).find_map(full_day)) else {
            // No recalled day in full ("تحل اليوم الذكرى الأولى لتوقيع الإعلان"): the day is still
            // the anniversary's and dates no event, but says nothing of the writing day.
            if matches!(mentions[before].expr.kind, ExprKind::Relative { days: 0, date: None, .. }) {
                mentions[before].anniversary = true;
            }
            // The years counted back to the day with no recalled day written ("il y a un an
            // jour pour jour, les ministres signaient", "two years ago to the day"): the
            // writing day that many years before, a day as "on this day last year" is, not the
            // year alone.
            if let (0, ExprKind::Period { unit: super::value::Unit::Year, offset }) = (years, mentions[before].expr.kind)
                && offset < 0
            {
                mentions[before].expr.kind = ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: false };
            }
            return;
        };
        let m = &mut mentions[before];
        let calendar = |d: NaiveDate| Calendar { year: Some(d.year()), month: Some(d.month()), day: Some(d.day()), ..Calendar::default() };
        match (years, m.expr.kind) {
            (0, ExprKind::Period { unit: super::value::Unit::Year, offset }) if offset < 0 => {
                let Some(writing) = recalled.with_year(recalled.year() - offset) else { return };
                let days = (recalled - writing).num_days() as i32;
                m.expr.kind = ExprKind::Relative { days, weekday: None, date: Some(calendar(recalled)) };
            }
            // "يحل اليوم": today whatever the tense of its verb; a bare weekday told as coming
            // ("Wednesday will mark one year") is a day after the writing.
            (1.., ExprKind::Relative { days: 0, date: None, .. }) | (1.., ExprKind::Weekday { offset: None, .. }) if !matches!(m.expr.kind, ExprKind::Weekday { .. }) || m.expr.tense != Some(Tense::Future) => {
                let weekday = match m.expr.kind {
                    ExprKind::Weekday { weekday, .. } => Some(weekday),
                    ExprKind::Relative { weekday, .. } => weekday,
                    _ => None,
                };
                let Some(writing) = recalled.with_year(recalled.year() + years) else { return };
                if weekday.is_some_and(|w| w != writing.weekday()) {
                    return;
                }
                m.expr.kind = ExprKind::Relative { days: 0, weekday, date: Some(calendar(writing)) };
                m.anniversary = true;
            }
            _ => {}
        }
    }

    /// Give each clock time stated in a named zone to the date of its sentence it belongs to:
    /// the nearest one before it, else the first after it ("الساعة 23:30 بتوقيت غرينتش من يوم
    /// الخميس").
    fn attach_zoned_times(&self, mentions: &mut [DateMention]) {
        // بتوقيت, or universal time named alone (غرينتش، GMT): most sentences have neither.
        let zoned = |w: Word| matches!(w, Word::TimeZone | Word::ZoneName(_));
        if mentions.is_empty() || !self.toks.iter().any(|t| t.matches.iter().any(|&(e, _)| zoned(self.lex.entry(e as usize).word))) {
            return;
        }
        for i in 0..self.toks.len() {
            let Some((c, _)) = self.clock(i) else { continue };
            let Some(z) = c.in_zone else { continue };
            let at = self.toks[i].start;
            let m = mentions.iter().rposition(|m| m.range.end <= at).unwrap_or(0);
            mentions[m].zone_time = Some((c.hour * 60 + c.minute, z));
        }
    }
}

/// A day and month without a year told after a year in its sentence ("هذا العام، وصل السفير
/// في 26 يناير", "last year, the envoy arrived on 3 March", "en 2021, … le 26 janvier") is a
/// day of that year, and one told after a span of the past ("خلال الأسابيع الثلاثة الماضية …
/// في 3 مارس") lies in the past: a recap frames the days it lists. A date told in the future
/// keeps its own reading ("this year … will open on 3 March" written in December is next year's
/// only if the writer says so with a year).
///
/// A year frames the rest of the sentence only when it opens its clause (`scope`: each
/// expression's clause and whether it opens it); told inside a clause of its own ("trade of
/// $130 million in 2021, but the accord signed in February is to lift it"), it is that clause's
/// detail and frames no date of another.
fn framed_by_year(out: &mut [(Range<usize>, DateExpr, &'static str)], scope: &[(Option<usize>, bool)]) {
    use super::value::Calendar;
    #[derive(Clone, Copy)]
    enum Frame {
        Year(i32),
        YearOffset(i32),
        Past,
    }
    let yearless = |c: &Calendar| !c.hijri && c.month.is_some() && c.year.is_none() && c.year_offset.is_none() && c.month_offset.is_none();
    // The frame, and the clause it is confined to (None: it opens its clause).
    let mut frame: Option<(Frame, Option<Option<usize>>)> = None;
    for ((_, expr, _), &(clause, opens)) in out.iter_mut().zip(scope) {
        let confined = (!opens).then_some(clause);
        match &mut expr.kind {
            ExprKind::Period { unit: super::value::Unit::Year, offset } => frame = Some((Frame::YearOffset(*offset), confined)),
            ExprKind::Calendar(Calendar { year: Some(y), month: None, hijri: false, .. }) => frame = Some((Frame::Year(*y), confined)),
            ExprKind::Span { to, .. } if *to < 0 => frame = Some((Frame::Past, confined)),
            ExprKind::Calendar(c) | ExprKind::Range(_, c) if yearless(c) && expr.tense != Some(Tense::Future) => match frame.filter(|f| f.1.is_none_or(|own| own == clause)).map(|f| f.0) {
                Some(Frame::Year(y)) => c.year = Some(y),
                Some(Frame::YearOffset(o)) => c.year_offset = Some(o),
                Some(Frame::Past) => expr.tense = Some(Tense::Past),
                None => {}
            },
            _ => {}
        }
    }
}

/// Find the date expressions of one phrase of normalised text (the `--ref` mode and tests),
/// cut into sentences and clauses like an article.
pub fn find_in_text(text: &str, lex: &DateLexicon) -> Vec<(Range<usize>, DateExpr, &'static str)> {
    let mut out = Vec::new();
    let mut aside = Vec::new();
    for sentence in crate::text::segment::split_sentences(text) {
        let toks = tokenize(text, sentence.range.clone(), lex);
        let (exprs, asides) = Parser { toks: &toks, lex }.sentence_expressions(&sentence);
        // A two-digit-year date that reads both ways counts only on a date line, which running
        // text has none of.
        for (e, a) in exprs.into_iter().zip(asides).filter(|(e, _)| e.2 != EITHER_ORDER) {
            out.push(e);
            aside.push(a);
        }
    }
    let mut exprs: Vec<DateExpr> = out.iter().map(|m| m.1).collect();
    tell_by_dates_before(&mut exprs, |k| aside[k]);
    for (m, e) in out.iter_mut().zip(exprs) {
        m.1 = e;
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

impl<'a> Parser<'a> {
    /// The longest lexicon entry at token `i` whose word satisfies `f`: (word, tokens).
    fn word(&self, i: usize, f: impl Fn(Word) -> bool) -> Option<(Word, usize)> {
        let t = self.toks.get(i)?;
        t.matches.iter().map(|&(e, n)| (self.lex.entry(e as usize).word, n as usize)).find(|&(w, n)| f(w) && !(matches!(w, Word::Dir(_)) && self.rank_of(i, n)))
    }

    /// Whether the direction word at `i` (`n` tokens) is a rank within what follows: a word
    /// that is both ("الأخير": the last one past, or the last of) followed by a link ("الأسبوع
    /// الأخير من المفاوضات", "العام الأخير في ولايته") ranks; alone ("شهر نونبر الأخير") it
    /// points back.
    fn rank_of(&self, i: usize, n: usize) -> bool {
        let t = &self.toks[i];
        t.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Nth(_))) && self.is(i + n, |w| w == Word::Link).is_some()
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

    /// The longest expression at token `i`.
    fn best_at(&self, i: usize) -> Option<Cand> {
        let t = self.toks.get(i)?;
        let starts = t.num.is_some()
            || t.matches.iter().any(|&(e, _)| opens_a_date(self.lex.entry(e as usize).word));
        // The longest English or French reading (the first of equals).
        let latin = if latin::opens_reading(self, i) {
            latin::candidates(self, i).into_iter().chain(latin_periods::candidates(self, i)).chain([day_alone::day_alone(self, i), self.latin_span(i)]).flatten().fold(None, |best: Option<Cand>, c| {
                if best.is_none_or(|b| c.end > b.end) { Some(c) } else { best }
            })
        } else {
            None
        };
        if !starts && latin.is_none() {
            // "الثلاثة أشهر الأخيرة": a number word with the article is no lexicon entry, but
            // before a counted unit it opens a span (the one rule it can open).
            let before_a_unit = || self.toks.get(i + 1).is_some_and(|n| n.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::CountUnit { .. })));
            return (t.text.starts_with("ال") && before_a_unit()).then(|| self.span(i)).flatten().map(|c| self.corresponding(c));
        }
        if latin.is_none() && t.num.is_none() && !self.date_material(i + 1) && t.matches.iter().all(|&(e, n)| n == 1 && opens_only_before_date_material(self.lex.entry(e as usize).word)) {
            return None;
        }
        self.all_rules(i, latin)
    }

    /// Whether token `i` is a number, a word of the lexicon (of any kind), a number word with
    /// the article ("خلال الخمسة أيام الماضية") or a day written with its ordinal ending ("du
    /// 1er au 3 mars", "from the 3rd to the 5th").
    fn date_material(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.num.is_some() || !t.matches.is_empty() || latin::day(self, i).is_some() || self.number_word(i).is_some())
    }

    /// The longest reading at token `i` of every rule that can start there, `latin` the
    /// English or French one (first of equals, then the rules in [`RULES`]' order).
    fn all_rules(&self, i: usize, latin: Option<Cand>) -> Option<Cand> {
        let mut best = latin;
        let mut open = self.rules_opened_at(i);
        while open != 0 {
            let k = open.trailing_zeros() as usize;
            open &= open - 1;
            if let Some(c) = (RULES[k].read)(self, i)
                && best.is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        }
        best.map(|c| self.corresponding(c))
    }

    /// The rules of [`RULES`] that can start at token `i`, as bits: those its number, its
    /// lexicon words (each entry's set is [`rules_opened_by`], computed once per lexicon into
    /// the slot it keeps for them) or its letters open.
    fn rules_opened_at(&self, i: usize) -> u64 {
        let t = &self.toks[i];
        let mut open = if t.num.is_some() || t.text.as_bytes().first().is_some_and(u8::is_ascii_digit) { RULES_OPENED_BY_DIGITS } else { 0 };
        if !t.matches.is_empty() {
            let by_entry = self.lex.rules_opened.get_or_init(|| self.lex.entries().iter().map(|e| rules_opened_by(e.word)).collect());
            for &(e, _) in t.matches.iter() {
                open |= by_entry[e as usize];
            }
        }
        let mut by_text = RULES_OPENED_BY_TEXT & !open;
        while by_text != 0 {
            let k = by_text.trailing_zeros() as usize;
            by_text &= by_text - 1;
            if RULES[k].text.is_some_and(|opens| opens(t.text)) {
                open |= 1 << k;
            }
        }
        open
    }

    /// `calendar` as a rule: "22 من الشهر ذاته" is a day of the month told by the date before.
    fn calendar_rule(&self, i: usize) -> Option<Cand> {
        self.calendar(i).map(|(cal, end, rule)| {
            let kind = match (rule, cal.day) {
                // "نوفمبر من السنة نفسها", "22 November of the same year": a month (and day) of
                // the year told before.
                (relative::SAME_PERIOD, day) if cal.year_offset.is_some() => ExprKind::Same { unit: Some(super::value::Unit::Year), day, month: cal.month, days: 0 },
                (relative::SAME_PERIOD, Some(d)) => ExprKind::Same { unit: Some(super::value::Unit::Month), day: Some(d), month: None, days: 0 },
                _ => ExprKind::Calendar(cal),
            };
            Cand { start: i, end, kind, part: None, rule }
        })
    }
}

/// A rule of the grammar, with what its first token must be for it to read anything: a
/// necessary condition, read off the rule's own first tests (the rule checks the rest). A
/// token that may open a date tries only the rules it opens ([`Parser::rules_opened_at`]),
/// where every rule was once tried at every such token (a third of the grammar's time went to
/// rules that failed on their first test). A rule given a word here that its first tests do
/// not ask for only costs time; one missing a word it can start on would lose dates, which
/// the test `every_rule_left_out_reads_nothing` checks on the phrase tables.
struct Rule {
    read: for<'p, 'a> fn(&'p Parser<'a>, usize) -> Option<Cand>,
    /// A number, or digits with an ordinal ending ("1er", "3rd"), can open it.
    digits: bool,
    /// The lexicon words that can open it (any entry starting at the token).
    words: fn(Word) -> bool,
    /// The token texts that can open it, for rules that read their first word by its letters.
    text: Option<fn(&str) -> bool>,
}

/// No lexicon word opens the rule.
fn no_word(_: Word) -> bool {
    false
}

/// The Arabic-order rules, in the order they are tried: on equal length the first one's reading
/// is kept.
const RULES: [Rule; 39] = [
    Rule { read: |p, i| p.weekend(i), digits: false, words: |w| matches!(w, Word::This | Word::WeekClose | Word::Weekend), text: None },
    Rule { read: |p, i| p.season(i, false), digits: false, words: |w| matches!(w, Word::This | Word::Dir(_) | Word::Season(_)), text: None },
    Rule { read: |p, i| p.part(i), digits: false, words: |w| matches!(w, Word::Part(_) | Word::PeriodPart(_)), text: None },
    Rule { read: |p, i| p.relday(i), digits: false, words: |w| matches!(w, Word::RelDay(_) | Word::TimeOfDay | Word::DayWord), text: None },
    Rule {
        read: |p, i| p.weekday(i),
        digits: false,
        words: |w| matches!(w, Word::This | Word::TimeOfDay | Word::DayWord | Word::Weekday(_) | Word::DirWeekday(_)),
        text: None,
    },
    Rule { read: |p, i| p.range(i), digits: true, words: |w| matches!(w, Word::RangeFrom | Word::DayWord | Word::PairFrom), text: None },
    Rule { read: |p, i| p.numeric(i), digits: true, words: no_word, text: None },
    Rule {
        read: |p, i| p.calendar_rule(i),
        digits: true,
        words: |w| matches!(w, Word::DayWord | Word::Ordinal(_) | Word::MonthWord | Word::Month { .. }),
        text: None,
    },
    Rule { read: |p, i| p.period(i), digits: false, words: |w| matches!(w, Word::Earlier | Word::This | Word::ThisPeriod(_) | Word::Period(_)), text: None },
    Rule { read: |p, i| p.year_phrase(i), digits: true, words: |w| matches!(w, Word::YearWord | Word::PairFrom | Word::YearPrep), text: None },
    Rule { read: |p, i| p.ago(i), digits: false, words: |w| matches!(w, Word::Ago(_)), text: None },
    Rule {
        read: |p, i| p.span(i),
        // A count opens one too: "11 شهرا الماضية" (the Latin orders are read beside the
        // English and French rules, [`Parser::latin_span`]).
        digits: true,
        words: |w| matches!(w, Word::SpanPrep | Word::Ago(_) | Word::YearPrep | Word::Nth(_) | Word::CountUnit { .. } | Word::Number(_)),
        // And a number word with the article, no lexicon entry: "الثلاثة أشهر الأخيرة".
        text: Some(|t| t.starts_with("ال")),
    },
    // "اليوم العاشر": the day noun is read by its letters.
    Rule { read: |p, i| p.nth(i), digits: false, words: |w| matches!(w, Word::Nth(_) | Word::Weekday(_) | Word::Period(_)), text: Some(|t| t.ends_with("اليوم")) },
    Rule { read: |p, i| p.weekday_day(i), digits: false, words: |w| matches!(w, Word::DayWord | Word::Weekday(_)), text: None },
    Rule {
        read: |p, i| p.holiday(i),
        digits: false,
        words: |w| matches!(w, Word::Nth(_) | Word::Ordinal(_) | Word::HolidayPrefix | Word::Holiday { .. }),
        text: None,
    },
    Rule { read: |p, i| p.month_number(i), digits: false, words: |w| matches!(w, Word::MonthWord | Word::Period(_)), text: None },
    Rule { read: |p, i| p.numeric_short(i), digits: true, words: no_word, text: None },
    // يومي before two weekdays.
    Rule { read: |p, i| p.weekday_range(i), digits: false, words: |w| matches!(w, Word::RangeFrom), text: Some(|t| t.trim_start_matches(['و', 'ف']) == "يومي") },
    Rule {
        read: |p, i| p.weekday_pair(i),
        digits: false,
        words: |w| matches!(w, Word::PairFrom | Word::DayWord | Word::Dir(_) | Word::Weekday(_)),
        text: None,
    },
    Rule { read: |p, i| p.day_parts_range(i), digits: false, words: |w| matches!(w, Word::TimeOfDay), text: None },
    Rule { read: |p, i| p.night_of(i), digits: false, words: |w| matches!(w, Word::TimeOfDay), text: None },
    // French "de", "d'" around a relative day.
    Rule { read: |p, i| p.from_day_range(i), digits: false, words: |w| matches!(w, Word::RangeFrom), text: Some(|t| matches!(t, "de" | "d")) },
    Rule {
        read: |p, i| p.days_of_month(i),
        digits: false,
        words: |w| matches!(w, Word::DayCount(_) | Word::Number(_) | Word::Nth(_)),
        text: Some(|t| matches!(t, "الايام" | "the" | "les")),
    },
    Rule { read: |p, i| p.this_day_of(i), digits: false, words: |w| matches!(w, Word::ThisDay(_)), text: None },
    // A weekday without its article ("خميس الأسبوع القادم") is looked up by its letters: any
    // token may open it (its first test, a week after it, is cheap).
    Rule { read: |p, i| p.weekday_of_week(i), digits: false, words: no_word, text: Some(|_| true) },
    Rule { read: |p, i| p.week_then_weekday(i), digits: false, words: |w| matches!(w, Word::This | Word::Period(_)), text: None },
    Rule { read: |p, i| p.month_day(i), digits: false, words: |w| matches!(w, Word::Month { .. }), text: None },
    // يوم، بتاريخ before a day and month in digits ("تاريخ" alone is no lexicon word).
    Rule { read: |p, i| p.numeric_day_month(i), digits: false, words: no_word, text: Some(|t| matches!(t, "يوم" | "بتاريخ" | "تاريخ")) },
    Rule { read: |p, i| p.same_period(i), digits: false, words: |w| matches!(w, Word::Same | Word::Period(_) | Word::RelDay(_)), text: None },
    Rule { read: |p, i| p.same_day(i), digits: false, words: |w| matches!(w, Word::SameDay(_)), text: None },
    Rule { read: |p, i| p.day_of_month(i), digits: true, words: |w| matches!(w, Word::DayWord), text: None },
    Rule { read: |p, i| p.relative_month_day(i), digits: false, words: |w| matches!(w, Word::This | Word::Period(_)), text: None },
    Rule { read: |p, i| p.year_fraction(i), digits: false, words: |w| matches!(w, Word::YearFraction(_)), text: None },
    Rule { read: |p, i| p.decade(i), digits: false, words: |w| matches!(w, Word::Decade(_)), text: None },
    Rule { read: |p, i| p.hijri_day(i), digits: true, words: no_word, text: None },
    Rule { read: |p, i| p.week_of(i), digits: false, words: |w| matches!(w, Word::WeekOf), text: None },
    Rule { read: |p, i| p.dashed_month(i), digits: true, words: |w| matches!(w, Word::Month { .. }), text: None },
    Rule { read: |p, i| p.numeric_two_digit_year(i), digits: true, words: no_word, text: None },
    Rule { read: |p, i| p.day_list(i), digits: true, words: |w| matches!(w, Word::Month { .. }), text: None },
];

/// The rules a number or digits with an ordinal ending open, as bits of [`RULES`].
const RULES_OPENED_BY_DIGITS: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < RULES.len() {
        if RULES[k].digits {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// The rules some token texts open, as bits of [`RULES`].
const RULES_OPENED_BY_TEXT: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < RULES.len() {
        if RULES[k].text.is_some() {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// The rules of [`RULES`] a lexicon word can open, as bits: the lexicon keeps it for each
/// entry, computed once at load.
fn rules_opened_by(w: Word) -> u64 {
    RULES.iter().enumerate().filter(|(_, r)| (r.words)(w)).fold(0, |bits, (k, _)| bits | 1 << k)
}

/// Whether a token with word `w` may open an expression. Most lexicon words met in running
/// text (أن، التي، tense markers) cannot: only numbers and the other kinds can (بتاريخ, a
/// label, opens "بتاريخ 3/12").
fn opens_a_date(w: Word) -> bool {
    !matches!(
        w,
        Word::Subordinator { .. }
            | Word::Future
            | Word::FutureVerb
            | Word::NotFuture
            | Word::ClauseOfTime
            | Word::UpdatedLabel
            | Word::Link
            | Word::RangeTo { .. }
            | Word::NotWeekdayBefore
            | Word::NotWeekdayAfter
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
            | Word::ZoneName(_)
            | Word::HourWord
            | Word::ClockHour(_)
            | Word::Now
            | Word::EraNoun
            | Word::NotDate
            | Word::ClockUnit { .. }
            | Word::ThisAfter
            | Word::Few
            | Word::Determiner
            | Word::EventOf
            | Word::LengthBefore
            | Word::PairAnd
            | Word::PairTo
            | Word::AfterOnly
            | Word::DayAloneNext
            | Word::DayAloneBefore(_)
            | Word::Participle
            | Word::Auxiliary
    )
}

/// The words that open a date only before date material (a number or a lexicon word: "في
/// 2020"، "منذ عامين"، "بين 10 و12"، "هذا الأسبوع"): the prepositions and demonstratives that are
/// most of the tokens able to open one, and the words that open none. Said of one-token
/// entries: an entry of several tokens ("il y a") holds the words after it.
fn opens_only_before_date_material(w: Word) -> bool {
    matches!(w, Word::YearPrep | Word::RangeFrom | Word::PairFrom | Word::Ago(_) | Word::This) || !opens_a_date(w)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod rule_index_tests {
    //! The rule index against the rules themselves: at every token of every phrase of the date
    //! tables and of the seed articles, each rule the index leaves out must read nothing there.

    use super::*;

    /// The phrases of the three date tables and the text of the seed, dev and fixture articles.
    fn texts() -> Vec<String> {
        let tables = [
            include_str!("../../tests/date_phrases.tsv"),
            include_str!("../../tests/date_phrases_en.tsv"),
            include_str!("../../tests/date_phrases_fr.tsv"),
        ];
        let mut out: Vec<String> = tables
            .iter()
            .flat_map(|t| t.lines())
            .filter(|l| !l.starts_with('#') && !l.starts_with("section\t"))
            .filter_map(|l| l.split('\t').nth(1).map(str::to_string))
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("corpus"), root.join("tests/dev/corpus"), root.join("tests/fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    out.push(std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        out
    }

    #[test]
    fn every_rule_left_out_reads_nothing() {
        let lex = crate::data::Lexicons::builtin().dates;
        let (mut tried, mut left_out) = (0usize, 0usize);
        let mut wrong: Vec<String> = Vec::new();
        for text in texts() {
            let norm = crate::text::normalize::normalize_str(&text);
            for sentence in crate::text::segment::split_sentences(&norm) {
                let toks = tokenize(&norm, sentence.range.clone(), &lex);
                let p = Parser { toks: &toks, lex: &lex };
                for i in 0..toks.len() {
                    let open = p.rules_opened_at(i);
                    for (k, rule) in RULES.iter().enumerate() {
                        tried += 1;
                        if open & 1 << k != 0 {
                            continue;
                        }
                        left_out += 1;
                        if let Some(c) = (rule.read)(&p, i) {
                            wrong.push(format!("rule {k} ({}) reads at {:?} in {:?}", c.rule, toks[i].text, &norm[sentence.range.clone()]));
                        }
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{} readings by rules the index leaves out:\n{}", wrong.len(), wrong.join("\n"));
        // The index must leave most rules out, or it saves nothing.
        assert!(left_out * 2 > tried, "{left_out} of {tried} rule tries left out");
    }
}
