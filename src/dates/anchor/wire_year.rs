//! The year of a date line written without it ("RABAT, Dec 22 (Reuters) -", « RABAT, 22 déc
//! (AFP) - », «الرباط 22 ديسمبر (رويترز) -») when no weekday of the writing day tells it and
//! no recent dated fact does ([`super::page::yearless_date_line`]), from two more clues:
//! - the agency's own copyright line ("(c) Reuters 2020", "© AFP 2021"; a `copyright…` row
//!   of lexicons/boilerplate.csv) naming the agency the date line names: the wire's copy is
//!   the agency's of the year it was filed. A site's own © line names the site, and its year
//!   is the day the page was read (not a date, see boilerplate.csv);
//! - the story's latest dated fact told as weeks or months before the writing ("months after
//!   the two countries normalised ties in December 2020", «بعد أشهر من استئناف العلاقات في
//!   دجنبر 2020», « quelques mois après … en décembre 2020 »; `months_after` rows of
//!   lexicons/date_words*.csv): the first such day after the fact, less than a year on. An
//!   older fact told plainly is background, after which the day comes back every year.

use chrono::{Datelike, Duration, NaiveDate};

use crate::text::Document;

use super::super::WINDOW;
use super::super::find::{DateLine, DateMention};
use super::super::lexicon::{DateLexicon, Word};
use super::super::publication::{Anchor, Inference};
use super::super::resolve::resolve;
use super::super::tokens::tokenize;
use super::super::value::{Calendar, DateValue, ExprKind, Grain, Tense};
use super::infer::{Bounds, publication_weekday};
use super::page::Page;

/// The longest agency name read between the brackets after a date line ("Reuters", "AFP",
/// "و م ع", "رويترز"): longer bracketed text is a remark, not an agency.
const AGENCY_CHARS: usize = 30;

/// The most words between a `months_after` phrase and the dated fact it tells ("months after
/// the two countries normalised ties in December 2020": six).
const MONTHS_AFTER_WORDS: usize = 12;

/// The day of the story's first date line without its year, its year told by the agency's
/// copyright line or by a fact told as months before; with the basis that told it.
pub(super) fn yearless_line_year<'m>(doc: &Document, lex: &DateLexicon, page: &Page, mentions: &'m [DateMention]) -> Option<(NaiveDate, &'m DateMention, Inference)> {
    let (m, mo, d) = mentions.iter().filter(|m| matches!(m.dateline, Some(DateLine::Published | DateLine::Plain)) && !page.holds_not_the_story(m)).find_map(|m| match m.expr.kind {
        ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: None, year_offset: None, month_offset: None, weekday: None, hijri: false }) => Some((m, mo, d)),
        _ => None,
    })?;
    let bounds = Bounds::read(mentions);
    let weekday = publication_weekday(mentions);
    let fits = |day: NaiveDate| WINDOW.contains(&day.year()) && bounds.admits(day) && weekday.is_none_or(|w| day.weekday() == w);
    if let Some(day) = agency_copyright_year(doc, m).and_then(|y| NaiveDate::from_ymd_opt(y, mo, d)).filter(|day| fits(*day)) {
        return Some((day, m, Inference::WireCopyrightYear));
    }
    let fact = fact_told_as_months_before(doc, lex, page, mentions)?;
    let day = [fact.year(), fact.year() + 1].into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).find(|x| *x > fact)?;
    ((day - fact).num_days() < 365 && fits(day)).then_some((day, m, Inference::MonthsAfterFact))
}

/// The year of the agency's copyright line: the agency is the bracketed name right after the
/// date line ("Dec 22 (Reuters) -"); a copyright line of the page (a `copyright…` boilerplate
/// row) that names it and holds one year gives that year.
fn agency_copyright_year(doc: &Document, line: &DateMention) -> Option<i32> {
    let text = &doc.norm.text;
    let after = text[line.range.end..].trim_start_matches([' ', ',', '،']);
    let agency = after.strip_prefix('(')?.split(')').next()?.trim().to_lowercase();
    if agency.is_empty() || agency.chars().count() > AGENCY_CHARS || agency.contains('\n') {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    doc.boilerplate.iter().filter(|(_, rule)| rule.starts_with("copyright")).find_map(|&(n, _)| {
        let copyright = lines.get(n - 1)?.to_lowercase();
        if !copyright.contains(&agency) {
            return None;
        }
        let mut years = copyright.split(|c: char| !c.is_ascii_digit()).filter(|n| n.len() == 4).filter_map(|n| n.parse::<i32>().ok());
        let year = years.next()?;
        years.all(|y| y == year).then_some(year)
    })
}

/// The last day of the story's latest dated fact (a day or month it reports as past, in the
/// timeline's years), when a `months_after` phrase stands before it in its sentence, with no
/// count before the phrase ("eighteen months after" is more than a year).
fn fact_told_as_months_before(doc: &Document, lex: &DateLexicon, page: &Page, mentions: &[DateMention]) -> Option<NaiveDate> {
    let none = Anchor::unknown();
    let (last, m) = mentions
        .iter()
        .filter(|m| m.dateline.is_none() && m.expr.tense != Some(Tense::Future) && !page.holds_not_the_story(m))
        .filter_map(|m| {
            let v = resolve(&m.expr, &none)?.value;
            (matches!(v.grain, Grain::Day | Grain::Month) && WINDOW.contains(&v.start.year())).then(|| (last_day(&v), m))
        })
        .max_by_key(|(last, _)| *last)?;
    let text = &doc.norm.text;
    let line_start = text[..m.range.start].rfind('\n').map_or(0, |i| i + 1);
    let toks = tokenize(text, line_start..m.range.start, lex);
    let told = (0..toks.len()).rev().take_while(|&k| toks.len() - k <= MONTHS_AFTER_WORDS).find_map(|k| {
        let months_after = toks[k].matches.iter().any(|&(e, _)| lex.entry(e as usize).word == Word::MonthsAfter);
        let counted = k > 0 && (toks[k - 1].num.is_some() || toks[k - 1].matches.iter().any(|&(e, _)| matches!(lex.entry(e as usize).word, Word::Number(_))));
        let sentence_ends = toks[k..].iter().any(|t| matches!(t.text, "." | "!" | "?" | "؟"));
        months_after.then_some(!counted && !sentence_ends)
    })?;
    told.then_some(last)
}

/// The last day of a day, month or range of them.
fn last_day(v: &DateValue) -> NaiveDate {
    let end = v.end.unwrap_or(v.start);
    match v.grain {
        Grain::Day => end,
        Grain::Week => end + Duration::days(6),
        Grain::Month => {
            let (y, mo) = if end.month() == 12 { (end.year() + 1, 1) } else { (end.year(), end.month() + 1) };
            NaiveDate::from_ymd_opt(y, mo, 1).map_or(end, |first| first - Duration::days(1))
        }
        Grain::Year => NaiveDate::from_ymd_opt(end.year(), 12, 31).unwrap_or(end),
    }
}
