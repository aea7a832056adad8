//! The anchor: the publication date every relative expression is resolved against.
//!
//! In order of trust: a user-given manifest row (`corpus/index.csv`: its `published` day; a
//! month or year there is refined by a day the text states inside it; else the date in its
//! url, which gives way to a text day within a day of it), a date line of the page (`stated`:
//! "نشر: 2021-11-24 17:33", a date alone on a header line or in a field of one; never the
//! "آخر تحديث" line, never a © line or a site's current-date banner, which are boilerplate),
//! else clues of the text (`inferred`, with how, [`Inference`]): a relative day written with
//! its date ("أمس الأربعاء 27 يوليوز" → the 28th); a relative day naming the weekday of a date
//! the text gives ("اليوم الثلاثاء" and "22 ديسمبر 2020", a Tuesday); a month called current
//! (الجاري/الحالي) with its year from the text's dates, and the day when a weekday named in
//! it fits the bounds the text's own dates set (written on or after the latest day it reports,
//! by the day of its update line); last, the update line itself with the latest day the story
//! reports, which bound the publication on both sides ([`Inference::UpdateLine`]), or, when
//! they fix neither a day nor a month, the week up to the update as a bound, never the update's
//! day itself ([`Inference::UpdatedBy`]); before that bound, the day of the page's own
//! address printed alone in its head ([`AnchorBasis::Url`]). When only
//! the month is known it is kept: day-level
//! expressions then resolve to that month. When nothing fixes it the anchor is `unknown`; the
//! corpus step may later supply a day from another article ([`Inference::Borrowed`]).

//!
//! The work is split by what it reads: [`page`] tells the page's lines apart (head, body,
//! furniture, banners, widgets) and finds its date lines; [`infer`] reads the clues of the
//! text when no line states the date; [`quotes`] sets aside days counted inside quotation
//! marks; [`borrow`] says what an event dated by another article tells of this one's day.

mod borrow;
mod cutoff;
mod wire_year;
mod infer;
mod page;
mod quotes;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::corpus::ManifestEntry;
use crate::text::Document;

use super::lexicon::DateLexicon;
use super::publication::{Anchor, AnchorBasis, Inference, LineReadings};
use super::find::{DateLine, DateMention};
use super::resolve::resolve;
use super::value::DateValue;

pub use borrow::BorrowClue;
pub use infer::{publication_weekday, shift_weekday};
pub(super) use quotes::drop_quoted_holidays;
use infer::inferred;
use page::{Page, stated, without_its_year, yearless_date_line};
use quotes::writers_mentions;


/// Rounds of anchor borrowing across articles (the corpus step, [`Inference::Borrowed`]): an
/// article dated by a borrowed anchor dates its events, which may date another article's in
/// the next round. Each round adds only anchors that events of anchored articles imply, so a
/// few rounds reach the fixed point of any real chain of reports; the bound keeps a corpus of
/// many chained undated reports from costing a round per link.
pub const BORROW_ROUNDS: usize = 4;

/// Find the publication date of `doc` from its manifest entry, its date lines, or the clues in
/// its `mentions` (from [`super::find_dates`]); `lex` tells the page's byline lines.
pub fn find_anchor(doc: &Document, mentions: &[DateMention], lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> Anchor {
    find_anchor_and_weekday(doc, mentions, lex, manifest).0
}

/// [`find_anchor`], with the weekday of the publication day the writer's own relative days
/// imply ([`publication_weekday`] of the mentions outside quotations: what anchor borrowing
/// reads), both from one reading of the quotations.
pub fn find_anchor_and_weekday(doc: &Document, mentions: &[DateMention], lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> (Anchor, Option<Weekday>) {
    let (anchor, weekday, _) = find_anchor_weekday_and_readings(doc, mentions, lex, manifest);
    (anchor, weekday)
}

/// [`find_anchor_and_weekday`], with the days the page's own date line may be when the anchor
/// stays unknown ([`LineReadings`]: a line without its year, or a two-digit-year date that
/// reads both ways), which a bound borrowed later may choose between.
pub fn find_anchor_weekday_and_readings(doc: &Document, mentions: &[DateMention], lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> (Anchor, Option<Weekday>, Option<LineReadings>) {
    let own = writers_mentions(doc, mentions);
    let mut page = Page::read(doc, lex, &own);
    // A site's current-date banner ("اليوم الأحد 7 غشت 2022") names the day the page was
    // read, not the writer's: its "today" names no writing weekday.
    // It bounds the writing day from above all the same: the page was online by then.
    let (mut banners, mut own): (Vec<DateMention>, Vec<DateMention>) =
        if page.banner.contains(&true) { own.into_iter().partition(|m| page.on_a_banner(m)) } else { (Vec::new(), own) };
    let weekday = publication_weekday(&own);
    if let Some(i) = agreeing_banner(&banners, &own, weekday) {
        let line = banners.remove(i);
        page.take_as_the_story(&line);
        banners.retain(|m| page.on_a_banner(m));
        own.push(line);
        own.sort_by_key(|m| m.range.start);
    }
    // A site's current-date banner tells the day the page was read: a date line two days or
    // more off the writing day the story's own relative days name ("اليوم الأربعاء") is not
    // the story's; it neither states nor bounds the anchor.
    // The dates of a widget's block in the head ("Latest", then another story's title and day)
    // are another story's: no clue of this one.
    let own: Vec<DateMention> =
        own.into_iter().filter(|m| !(m.dateline == Some(DateLine::Plain) && off_the_writing_day(m, weekday)) && !page.in_a_closed_widget(m)).collect();
    let from_text = text_anchor(doc, &page, &own, lex, banner_day(&banners));
    let anchor = match manifest {
        Some(entry) => with_manifest(from_text, entry),
        None => from_text,
    };
    let readings = if anchor.is_known() { None } else { page::line_readings(&doc.norm.text, &page, &own) };
    (anchor, weekday, readings)
}

/// The anchor the text alone gives: its publication line, else its clues. `own` are the
/// writer's mentions ([`writers_mentions`]), `weekday` the writing day's they imply.
/// `banner` is the day of the site's current-date banner, if any ([`banner_day`]).
fn text_anchor(doc: &Document, page: &Page, own: &[DateMention], lex: &DateLexicon, banner: Option<(NaiveDate, DateMention)>) -> Anchor {
    let text = &doc.norm.text;
    let mentions = own;
    if let Some((v, m)) = stated(text, page, mentions) {
        if without_its_year(m) {
            return Anchor::inferred(v, Inference::YearlessDateLine).with_evidence(m.range.clone());
        }
        return Anchor { date: Some(v), basis: AnchorBasis::Stated, evidence: None }.with_evidence(m.range.clone());
    }
    if let Some((day, m)) = yearless_date_line(page, mentions) {
        return Anchor::inferred(DateValue::day(day), Inference::YearlessDateLine).with_evidence(m.range.clone());
    }
    if let Some((day, m, how)) = wire_year::yearless_line_year(doc, lex, page, mentions) {
        return Anchor::inferred(DateValue::day(day), how).with_evidence(m.range.clone());
    }
    let clue = inferred(text, mentions);
    // A same-day cut-off fixes a day: it goes before a month called current, and is read
    // (the story tokenized again) only when nothing finer was found.
    if clue.as_ref().is_none_or(|c| c.2 == Inference::CurrentMonth)
        && let Some((day, m)) = cutoff::written_on_the_day(doc, lex, page, mentions)
    {
        return Anchor::inferred(DateValue::day(day), Inference::SameDayCutoff).with_evidence(m.range.clone());
    }
    // The update line (or the site's banner) and the story's latest day, last: a day they fix
    // goes before a month called current, a month only where nothing else was found.
    let by_later_line = infer::later_line(mentions, banner.as_ref().map(|(d, m)| (*d, m)));
    if let Some((v, m, line)) = by_later_line.filter(|(v, ..)| clue.is_none() || (v.as_day().is_some() && clue.as_ref().is_some_and(|c| c.2 == Inference::CurrentMonth))) {
        let how = match line {
            infer::LaterLine::Update => Inference::UpdateLine,
            infer::LaterLine::Banner => Inference::Banner,
        };
        return Anchor::inferred(v, how).with_evidence(m.range.clone());
    }
    match clue {
        Some((v, m, how)) => Anchor::inferred(v, how).with_evidence(m.range.clone()),
        // The page's own address in its head, before the update line's bound: a day rather
        // than a week.
        None => match page::own_address_day(text, page, mentions) {
            Some((day, address)) => Anchor { date: Some(DateValue::day(day)), basis: AnchorBasis::Url, evidence: None }.with_evidence(address),
            // The update line alone, as a bound rather than nothing.
            None => match infer::update_bound(mentions) {
                Some((first, days, m)) => Anchor::inferred(DateValue::day(first), Inference::UpdatedBy { days }).with_evidence(m.range.clone()),
                None => Anchor::unknown(),
            },
        },
    }
}

/// The date line above the menu (of `banners`, read as a site's current-date banner) that is
/// the story's own after all, as a print daily puts its issue's date over its menu: the story's
/// relative days name its weekday as the writing day ("أمس الأحد" under "الإثنين 26 يوليو
/// 2021", `weekday`), and no day the story reports (`own`, not told as coming) is after it. A
/// site's banner of the day the page was read is told apart by disagreeing: its day falls on
/// another weekday than the writing day, or after the timeline's years (read long after).
/// A widget of the day ("اليوم الأحد 7 غشت 2022") is never the story's.
fn agreeing_banner(banners: &[DateMention], own: &[DateMention], weekday: Option<Weekday>) -> Option<usize> {
    let weekday = weekday?;
    let bounds = infer::Bounds::read(own);
    banners.iter().position(|m| {
        !matches!(m.expr.kind, super::value::ExprKind::Relative { .. })
            && resolve(&m.expr, &Anchor::unknown())
                .and_then(|r| r.value.as_day())
                .is_some_and(|d| d.weekday() == weekday && super::WINDOW.contains(&d.year()) && bounds.admits(d))
    })
}

/// The earliest day the site's current-date banners state (a Gregorian day; a banner's Hijri
/// date says the same day), with its mention: the day the page was read.
fn banner_day(banners: &[DateMention]) -> Option<(NaiveDate, DateMention)> {
    banners.iter().filter_map(|m| resolve(&m.expr, &Anchor::unknown()).and_then(|r| r.value.as_day()).map(|d| (d, m))).min_by_key(|(d, _)| *d).map(|(d, m)| (d, m.clone()))
}

/// Whether the day of date line `m` is two days or more from every day of `weekday` (the
/// writing day's, as the story's relative days name it). A day on either side is allowed: a
/// story told "اليوم الأربعاء" may be put online after midnight, or dated for the next
/// morning's paper.
fn off_the_writing_day(m: &DateMention, weekday: Option<Weekday>) -> bool {
    let Some(wd) = weekday else { return false };
    let Some(day) = resolve(&m.expr, &Anchor::unknown()).and_then(|r| r.value.as_day()) else { return false };
    !(-1..=1).any(|k| (day + Duration::days(k)).weekday() == wd)
}

/// The manifest row's date weighed against the text's. A `published` day is the user's word
/// and wins. A month or a year (all a scraper may know) is refined by a day the text gives
/// inside it. A url's date wins over a text day more than a day away, but not over one within
/// a day: sites file a story under the day it went online, often the day after it was written.
fn with_manifest(from_text: Anchor, entry: &ManifestEntry) -> Anchor {
    let (given, basis) = match (entry.published, entry.url_date) {
        (Some(p), _) => (p, AnchorBasis::Manifest),
        (None, Some(u)) => (u, AnchorBasis::Url),
        (None, None) => return from_text,
    };
    let text_day = from_text.date.and_then(|d| d.as_day());
    let text_wins = text_day.is_some_and(|d| match given.as_day() {
        Some(g) => basis == AnchorBasis::Url && (d - g).num_days().abs() <= 1,
        None => given.holds(d),
    });
    if text_wins { from_text } else { Anchor { date: Some(given), basis, evidence: None } }
}

/// The mentions that stand on date lines of the page (publication, update or plain date lines,
/// agency datelines), in text order, with their role: the candidates for the stated anchor.
pub fn publication_candidates(mentions: &[DateMention]) -> impl Iterator<Item = (&DateMention, DateLine)> {
    mentions.iter().filter_map(|m| m.dateline.map(|role| (m, role)))
}

#[cfg(test)]
mod tests;
