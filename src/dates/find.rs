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
use crate::text::lang::Lang;

// The grammar's families, one module each: `calendar` (dates with a month, numeric dates),
// `relative` (weekdays, relative days, periods), `range` (years, ranges, parts of periods),
// `counted` (قبل 12 يوما، spans), `season` (seasons, weekends), `nth` (ranks, months by
// number), `holiday`, `clock` (times of day, read apart), and `tense` (the clause's tense, for
// year-less dates). `rules` is their table (name order, first-token index); `sentence` reads
// one sentence with it; `anniversary` and `since` mark what a sentence's dates recall.
mod ago_to_the_day;
mod anniversary;
mod calendar;
mod clock;
mod counted;
mod counted_from_date;
mod dashed;
mod date_pair;
mod decade;
mod day_alone;
mod day_list;
mod day_words;
mod exact;
mod feast_eve;
mod fraction_counted;
mod hebrew_feast;
mod holiday;
mod month_pair;
mod month_share;
mod mid_period;
mod months_of_year;
mod new_year;
mod possessive_year;
mod nth;
mod range;
mod relative;
mod rules;
mod season;
mod sentence;
mod short_year;
mod since;
mod tense;
mod this_time;
mod week_of;
mod weekday_after;
mod weekday_weeks;
mod weekdays_before_days;
mod year_words;

pub use clock::{Clock, ClockGrain, find_clock};
pub use relative::SAME_DAY as SAME_DAY_RULE;
pub use relative::SAME_DAY_PART as SAME_DAY_PART_RULE;
pub use relative::SAME_DAY_THAT as SAME_DAY_THAT_RULE;
pub use relative::SAME_DAY_STORY as SAME_DAY_STORY_RULE;
pub use relative::SAME_DAY_SAME as SAME_DAY_SAME_RULE;
pub use relative::SAME_PERIOD as SAME_PERIOD_RULE;
pub(crate) use dashed::EITHER_ORDER;

use super::lexicon::{DateLexicon, Word};
use super::tokens::{MAX_YEAR, MIN_YEAR, Tok, tokenize};
use super::value::{DateExpr, ExprKind, Part, Tense};
use rules::{RULES, opens_a_date, opens_only_before_date_material};

// English and French word orders (hook: `best_at`, `is_future_word`), and their dates
// placed within a counted period.
mod latin;
mod latin_periods;
mod latin_following;

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
    /// It stands in a relative clause, whatever else its sentence tells ("…, and Gantz, who
    /// landed on Tuesday evening."): a day told on someone in passing, which the story's day
    /// told in a later sentence ("Earlier in the day", « le même jour ») is not.
    pub relative: bool,
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
    /// It is an agency's dateline opening the story ("الرباط - 24 نوفمبر 2021 (رويترز) -",
    /// "واشنطن في 17 سبتمبر / وام /"): a place before it, the agency after it. Its day is the
    /// story's, which may be the day before the page's line ([`super::story_line`]).
    pub wire: bool,
    /// It stands in a recall told in the pluperfect ("وكان لبيد قد وصل أمس الأربعاء", "he had
    /// arrived on Wednesday", « il était arrivé mercredi »): a day before the story's, which a
    /// bare part of the day in a later sentence ("وبعد الظهر", "in the afternoon") does not
    /// count from ([`tell_by_dates_before`]).
    pub flashback: bool,
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
        let p = Parser { toks: &toks, lex, page: Some(doc.lang) };
        let first = out.len();
        let (exprs, clauses) = p.sentence_expressions(s);
        for ((range, expr, rule), (aside, relative)) in exprs.into_iter().zip(clauses) {
            let flashback = p.in_pluperfect(range.start);
            out.push(DateMention { range, expr, tense_hint: expr.tense, rule, dateline: None, zone_time: None, aside, relative, anniversary: false, since: None, wire: false, flashback });
        }
        p.attach_zoned_times(&mut out[first..]);
        p.anniversaries(&mut out[first..]);
        p.since_recalls(&mut out[first..]);
    }
    out
}

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
///
/// `passed_over(k, j)` says whether the date at `j` is passed over for the expression at `k`:
/// a bare part of the day («وبعد الظهر», "in the afternoon") is of the story's day, and passes
/// over a day recalled in the pluperfect in a sentence before its own («افتتح لبيد صباح اليوم
/// الخميس المكتب. وكان قد وصل أمس الأربعاء … وبعد الظهر، توجه إلى الدار البيضاء»: Thursday
/// afternoon); see the caller, `dates::told_by_date_before`. Its third argument says, for each
/// expression before `k`, which one it was told by (`None`: its own date): a pointer back to a
/// recalled day ("وفي الليلة ذاتها", that night) goes on with the recall.
pub fn tell_by_dates_before(exprs: &mut [DateExpr], passed_over: impl Fn(usize, usize, &[Option<usize>]) -> bool) {
    let mut told_by: Vec<Option<usize>> = vec![None; exprs.len()];
    for k in 0..exprs.len() {
        let ExprKind::Same { unit, day, month, days } = exprs[k].kind else { continue };
        let told = exprs[..k]
            .iter()
            .enumerate()
            .rev()
            .filter(|&(j, e)| !passed_over(k, j, &told_by[..k]) && !matches!(e.kind, ExprKind::Same { .. }))
            .find_map(|(j, e)| Some((j, relative::same_as(e, unit, (month, day), days)?)));
        // A part told before it («أواخر الشهر ذاته», late that same month) stays: the part of
        // the period told before.
        if let Some((j, e)) = told {
            exprs[k] = DateExpr { part: exprs[k].part, ..e };
            told_by[k] = Some(j);
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
        let (exprs, asides) = Parser { toks: &toks, lex, page: None }.sentence_expressions(&sentence);
        // A two-digit-year date that reads both ways counts only on a date line, which running
        // text has none of.
        for (e, (a, _)) in exprs.into_iter().zip(asides).filter(|(e, _)| e.2 != EITHER_ORDER) {
            out.push(e);
            aside.push(a);
        }
    }
    let mut exprs: Vec<DateExpr> = out.iter().map(|m| m.1).collect();
    tell_by_dates_before(&mut exprs, |_, j, _| aside[j]);
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
    /// The page's language, when a page is read (`None` for a phrase alone): the readings only
    /// one language has ask it (a French verb ending, [`latin::french_future`], is no verb on
    /// an English page: "Agadir Al Massira airport", "Al Jazira").
    page: Option<Lang>,
}

/// The most tokens of a period noun of the lexicons (« l'an »: three).
const PERIOD_NOUN_MOST_TOKENS: usize = 3;

impl<'a> Parser<'a> {
    /// The longest lexicon entry at token `i` whose word satisfies `f`: (word, tokens).
    fn word(&self, i: usize, f: impl Fn(Word) -> bool) -> Option<(Word, usize)> {
        let t = self.toks.get(i)?;
        t.matches.iter().map(|&(e, n)| (self.lex.entry(e as usize).word, n as usize)).find(|&(w, n)| f(w) && !(matches!(w, Word::Dir(_)) && self.rank_of(i, n)))
    }

    /// Whether the direction word at `i` (`n` tokens) is a rank within what follows: a word
    /// that is both ("الأخير": the last one past, or the last of) followed by a link ("الأسبوع
    /// الأخير من المفاوضات", "العام الأخير في ولايته") ranks; alone ("شهر نونبر الأخير") it
    /// points back. A link before the anchor's day in that period (« l'an dernier à pareille
    /// date »: kind `this_day`) is no rank's: the word points back. French puts its rank
    /// before the noun (« le dernier mois de son mandat », « le dernier à signer »): written
    /// after a period noun (« signé le mois dernier à Rabat », « la semaine dernière à
    /// Tel-Aviv ») the word points back, whatever link follows.
    fn rank_of(&self, i: usize, n: usize) -> bool {
        let t = &self.toks[i];
        t.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Nth(_)))
            && !(t.is_latin() && self.after_a_period(i))
            && self.is(i + n, |w| w == Word::Link).is_some_and(|e| self.is(e, |w| matches!(w, Word::ThisDay(_))).is_none())
    }

    /// Whether a period noun ("mois", « l'an ») ends right before token `i`.
    fn after_a_period(&self, i: usize) -> bool {
        (i.saturating_sub(PERIOD_NOUN_MOST_TOKENS)..i).any(|j| self.toks[j].matches.iter().any(|&(e, n)| j + n as usize == i && matches!(self.lex.entry(e as usize).word, Word::Period(_))))
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

    /// A day of the month (1–31, one or two digits); not the hour of a time ("27 Mar 19:48").
    fn day(&self, i: usize) -> Option<u32> {
        let n = self.toks.get(i)?.num?;
        (n.suffix.is_none() && n.digits <= 2 && (1..=31).contains(&n.value) && !self.hour_of_a_time(i)).then_some(n.value)
    }

    /// Whether the number at `i` is an hour its minutes follow, glued by a colon ("19:48").
    pub(super) fn hour_of_a_time(&self, i: usize) -> bool {
        self.adjacent(i) && self.punct(i + 1, &[':']) && self.adjacent(i + 1) && self.toks.get(i + 2).and_then(|t| t.num).is_some_and(|m| m.digits == 2 && m.value < 60)
    }

    /// A year, with an optional calendar marker: (year, hijri, end). A year in words after a
    /// year word ("عام ألفين وعشرين") is read by [`Parser::year_in_words`].
    fn year(&self, i: usize) -> Option<(i32, bool, usize)> {
        let Some(n) = self.toks.get(i)?.num else {
            return self.year_in_words(i).map(|(y, end)| (y, false, end));
        };
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
        // A day with its ordinal ending ("1er", "3rd") opens the rules that take digits, as
        // [`rules::RULES`] says: "1er et 2 décembre" is a range.
        let starts = t.num.is_some()
            || t.matches.iter().any(|&(e, _)| opens_a_date(self.lex.entry(e as usize).word))
            || latin::day(self, i).is_some()
            || month_share::opens_by_letters(t.text);
        // The longest English or French reading (the first of equals).
        let latin = if latin::opens_reading(self, i) {
            [self.month_share(i)].into_iter().chain(latin::candidates(self, i)).chain(latin_periods::candidates(self, i)).chain(weekday_weeks::candidates(self, i)).chain([day_alone::day_alone(self, i), self.latin_span(i), self.months_of_year(i), self.following_period(i), self.possessive_year_fraction(i), self.latin_decade(i), self.fraction_counted(i), self.counted_from_date_latin(i)]).flatten().fold(None, |best: Option<Cand>, c| {
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
}

/// What a phrase reads as against a reference day ("2021-08-11"): its value and grain
/// ("2020-12-22 day"), or nothing. The unit tests of the find modules share it.
#[cfg(test)]
fn read_phrase(phrase: &str, reference: &str) -> String {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap();
    crate::dates::resolve_phrase(phrase, reference, &lex.dates).map(|(_, r)| format!("{} {}", r.value, r.value.grain)).unwrap_or_default()
}

#[cfg(test)]
mod tests;
