//! The dates stage: find date expressions in a [`Document`], find or infer its publication
//! date (the anchor), and resolve every expression against it.
//!
//! Dates stay symbolic until the anchor is known: [`find_dates`] reads each expression once
//! into a [`DateExpr`] ("the Wednesday before", "July of the anchor's year", "27 July, a
//! Wednesday"), [`find_anchor`] fixes the publication date from a manifest, a date line or the
//! text's own clues, and [`resolve()`] turns an expression and an anchor into a [`DateValue`]
//! with a [`Grain`]. An anchor found later (another article dating the same event) is applied
//! with [`ArticleDates::reanchor`], without reading the text again.
//!
//! ```
//! use tarikh::dates::{DateLexicon, resolve_phrase};
//! let lex = DateLexicon::builtin();
//! let reference = chrono::NaiveDate::from_ymd_opt(2021, 7, 20).unwrap();
//! let r = resolve_phrase("في ديسمبر (كانون الأول) الماضي", reference, &lex).unwrap();
//! assert_eq!((r.1.value.to_string(), r.1.value.grain.as_str()), ("2020-12".into(), "month"));
//! ```

pub mod anchor;
mod dateline;
pub mod find;
pub mod lexicon;
pub mod publication;
pub mod resolve;
mod tokens;
pub mod value;
pub mod zone;

use std::ops::RangeInclusive;

use chrono::NaiveDate;

pub use anchor::{find_anchor, find_anchor_and_weekday, find_anchor_weekday_and_readings, publication_candidates};
pub use publication::{Anchor, AnchorBasis, Inference, LineReadings};
pub use find::{Clock, ClockGrain, DateLine, DateMention, find_clock, find_in_text};
pub use lexicon::DateLexicon;
pub use resolve::{Basis, Resolved, resolve};
pub use value::{Calendar, DateExpr, DateValue, ExprKind, Grain, NthOf, Part, Tense, Unit};

use crate::text::lexmatch::Covers;
use crate::corpus::ManifestEntry;
use crate::text::Document;

/// The years of the timeline: a day and month written with a weekday but no year take the
/// year of this window where the weekday fits.
pub const WINDOW: RangeInclusive<i32> = 2020..=2022;

/// Everything the dates stage knows about one article.
#[derive(Debug, Clone)]
pub struct ArticleDates {
    /// The publication date and how it was found.
    pub anchor: Anchor,
    /// The date expressions, in text order.
    pub mentions: Vec<DateMention>,
    /// The value of each mention against `anchor` (same order; `None` when unresolved).
    pub resolved: Vec<Option<Resolved>>,
    /// The weekday of the publication day the writer's own relative days imply ("اليوم
    /// الأربعاء"), when they agree: anchor borrowing checks it ([`anchor::publication_weekday`]).
    pub published_on: Option<chrono::Weekday>,
    /// The days the page's own date line may be, while `anchor` is unknown (a line without its
    /// year, or a two-digit-year date that reads both ways): a bound borrowed later chooses
    /// between them ([`LineReadings::within`]).
    pub line_readings: Option<LineReadings>,
}

/// Find every date expression of `doc` and mark those that stand on a date line.
pub fn find_dates(doc: &Document, lex: &DateLexicon) -> Vec<DateMention> {
    let mut mentions = find::find_expressions(doc, lex);
    anchor::drop_quoted_holidays(doc, &mut mentions);
    let separated = dateline::separated_dates(&doc.norm.text, lex, &mentions);
    if !separated.is_empty() {
        mentions.extend(separated);
        mentions.sort_by_key(|m| m.range.start);
    }
    // A date inside a web address is not told by the text (see `dateline::url_spans`).
    let urls = dateline::url_spans(&doc.norm.text);
    mentions.retain(|m| !urls.iter().any(|u| u.covers(&m.range)));
    dateline::mark_date_lines(&doc.norm.text, lex, &mut mentions);
    weekdays_framed_by_a_past_week(&mut mentions, &doc.sentences);
    told_by_date_before(&mut mentions, &doc.sentences);
    mentions.retain(|m| !the_same_day_told_first(m));
    weekday_named_by_its_date(&mut mentions);
    american_numeric_dates(&doc.norm.text, &mut mentions);
    numeric_date_lines_by_named_days(&doc.norm.text, &mut mentions);
    // A date read by `dateline::separated_dates` counts only on a date line, and there it
    // stands for the mentions inside it (its year read alone).
    let separated = dateline::read_only_on_date_lines;
    let kept: Vec<std::ops::Range<usize>> = mentions.iter().filter(|m| separated(m) && m.dateline.is_some()).map(|m| m.range.clone()).collect();
    mentions.retain(|m| {
        if separated(m) {
            m.dateline.is_some()
        } else {
            !kept.iter().any(|k| k.covers(&m.range))
        }
    });
    mentions
}

/// How many sentences after a framing weekday ("last Thursday") a bare weekday of the story
/// may stand and still be told in that week ([`weekdays_framed_by_a_past_week`]).
const FRAME_REACH_SENTENCES: usize = 8;

/// The days before and after a framing weekday a bare weekday of its story may fall
/// ([`weekdays_framed_by_a_past_week`]): the eve of an arrival, the days of a short trip. A
/// day after the frame's by more than one could be ahead of the page (a frame written the day
/// after it), so it is left to the page's week.
const FRAME_DAYS: RangeInclusive<i32> = -2..=1;

/// "stepped into the synagogue last Thursday … He landed in Rabat on Wednesday … On Thursday
/// morning, Lapid inaugurated", « jeudi dernier … arrivé mercredi », «الخميس الماضي … وصل
/// الأربعاء»: once the story fixes its day in a week before the page's ("last Thursday", a
/// weekday with a backward offset), a bare weekday of its past narrative that follows (not told
/// ahead, within [`FRAME_REACH_SENTENCES`], no other day named between) is a day of that
/// trip: the framing expression shifted to the weekday when it falls within [`FRAME_DAYS`] of
/// it, so it resolves with the frame against any anchor. Another day named (a date, "yesterday",
/// another directed weekday) ends the frame; a month or a year does not. Date lines are the
/// page's and are passed over.
fn weekdays_framed_by_a_past_week(mentions: &mut [DateMention], sentences: &[crate::text::segment::Sentence]) {
    let sentence_of = |at: usize| sentences.partition_point(|s| s.range.end <= at);
    let mut frame: Option<(DateExpr, chrono::Weekday, usize)> = None;
    for m in mentions.iter_mut().filter(|m| m.dateline.is_none()) {
        match m.expr.kind {
            ExprKind::Weekday { weekday, offset: Some(o) } if o < 0 => frame = Some((m.expr, weekday, sentence_of(m.range.start))),
            ExprKind::Weekday { weekday, offset: None } => {
                let Some((framing, frame_day, at)) = frame else { continue };
                if m.expr.tense == Some(Tense::Future) || m.aside || sentence_of(m.range.start) > at + FRAME_REACH_SENTENCES {
                    continue;
                }
                let gap = weekday.num_days_from_monday() as i32 - frame_day.num_days_from_monday() as i32;
                let shift = [gap, gap - 7, gap + 7].into_iter().find(|d| FRAME_DAYS.contains(d));
                if let Some(shift) = shift {
                    m.expr = DateExpr { shift, part: m.expr.part, tense: m.expr.tense, ..framing };
                    m.tense_hint = m.expr.tense;
                }
            }
            ExprKind::Calendar(Calendar { day: Some(_), .. }) | ExprKind::Relative { .. } | ExprKind::Weekday { .. } => frame = None,
            _ => {}
        }
    }
}

/// "Israir annonce un atterrissage dimanche" over "décollera dimanche 25 juillet", "الوزير يصل
/// الخميس" over "يوم الخميس 17 فبراير": a weekday written alone, not told in the past, is the
/// day of that weekday the article writes out in full elsewhere (a headline's or a lead's
/// weekday names the day the body dates), when the article writes out one such day and no
/// other day of that weekday. It then resolves with that date against any anchor, so the
/// headline's weekday cannot fall a week before the body's date. Date lines are the page's,
/// not the story's, and are passed over on both sides.
fn weekday_named_by_its_date(mentions: &mut [DateMention]) {
    let bare = |m: &DateMention| m.dateline.is_none() && m.expr.tense != Some(Tense::Past) && matches!(m.expr.kind, ExprKind::Weekday { offset: None, .. });
    if !mentions.iter().any(bare) {
        return;
    }
    for k in 0..mentions.len() {
        let ExprKind::Weekday { weekday, offset: None } = mentions[k].expr.kind else { continue };
        if !bare(&mentions[k]) {
            continue;
        }
        let mut written = mentions.iter().filter(|m| m.dateline.is_none()).filter_map(|m| match m.expr.kind {
            ExprKind::Calendar(c @ Calendar { day: Some(_), month: Some(_), weekday: Some(w), hijri: false, .. }) if w == weekday => Some((c.day, c.month, c.year, m.expr)),
            _ => None,
        });
        let Some(first) = written.next() else { continue };
        if written.all(|other| (other.0, other.1, other.2) == (first.0, first.1, first.2)) {
            mentions[k].expr = first.3;
            mentions[k].tense_hint = first.3.tense;
        }
    }
}

/// Numeric dates are read day first ("11/12/2020" is 11 December), as Arabic, French and
/// British pages write them; American pages write them month first, and their named dates
/// too ("July 19, 2022"). A page whose named dates are all written month first in Latin script
/// (one at least, and none day first) reads its ambiguous numeric dates (both numbers 12 or
/// less, the year last) month first. So does a page with no named date first either way whose
/// ambiguous date is followed by a twelve-hour clock ("3/2/2021 5:30 PM", "4/6/2022, 10:15
/// a.m.") on an English page: the pairing of American content systems; day-first pages write
/// the day's hours to 24 (or, in Arabic, with ص/م). Arabic content systems print a Latin AM/PM
/// after day-first dates too ('تاريخ النشر : 12-08-2021 10:20 AM'), so the clock says American
/// only where the page is written in English.
fn american_numeric_dates(text: &str, mentions: &mut [DateMention]) {
    let latin = |m: &DateMention| text[m.range.clone()].starts_with(|c: char| c.is_ascii_alphabetic());
    let month_first = mentions.iter().filter(|m| latin(m) && matches!(m.rule, "month-day" | "month-day-year" | "weekday-month-day" | "month-day-range")).count();
    let day_first = mentions.iter().filter(|m| matches!(m.rule, "day-month" | "ordinal-day-month")).count();
    if day_first > 0 {
        return;
    }
    // The page's language is read only for a date a clock follows (few pages have one).
    let mut english_page: Option<bool> = None;
    for m in mentions.iter_mut().filter(|m| reads_both_ways(text, m)) {
        let american = month_first > 0
            || (twelve_hour_clock_after(text, m.range.end) && *english_page.get_or_insert_with(|| crate::text::lang::detect_builtin(text) == crate::text::lang::Lang::En));
        if american {
            swap_day_and_month(m);
        }
    }
}

/// Whether a clock of twelve hours with its Latin mark follows `at` ("5:30 PM", ", 10:15
/// a.m.", "at 9:05 pm"): hours 1 to 12, two digits of minutes, then am or pm (dotted or not).
fn twelve_hour_clock_after(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix("at ").or_else(|| rest.strip_prefix("- ")).unwrap_or(rest).trim_start();
    let hour_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !rest[..hour_digits].parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)) {
        return false;
    }
    // Minutes, and seconds if written ("5:30:12 PM").
    let mut rest = &rest[hour_digits..];
    let mut fields = 0;
    while let Some(two) = rest.strip_prefix(':').filter(|r| r.len() >= 2 && r.as_bytes()[..2].iter().all(u8::is_ascii_digit)) {
        rest = &two[2..];
        fields += 1;
    }
    if fields == 0 || !rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_alphabetic()) {
        return false;
    }
    let mark: String = rest.trim_start().chars().take(5).filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
    (mark.starts_with("am") || mark.starts_with("pm")) && mark[2..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `m` is a numeric date that reads both ways: the year last, and its two other
/// numbers 12 or less and not the same ("11/12/2020", not "11/11/2020" or "2020/11/12").
fn reads_both_ways(text: &str, m: &DateMention) -> bool {
    let year_last = text[m.range.clone()].bytes().take_while(u8::is_ascii_digit).count() <= 2;
    m.rule == "numeric" && year_last && matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), .. }) if d <= 12 && d != mo)
}

/// Reads a numeric date the other way ([`reads_both_ways`]).
fn swap_day_and_month(m: &mut DateMention) {
    if let ExprKind::Calendar(c) = &mut m.expr.kind
        && let (Some(d), Some(mo)) = (c.day, c.month)
    {
        (c.day, c.month) = (Some(mo), Some(d));
    }
}

/// How many days a page's date line may fall after the latest day its story names for the
/// day to count as that story's (a report is written on the day or within the week).
const DATE_LINE_AFTER_STORY_DAYS: i64 = 7;

/// "Published On: 12/08/2021" over a story that writes "Wednesday, August 11": an ambiguous
/// numeric date line (both numbers 12 or less, the year last) is read the way the page's own
/// named days support, whatever order [`american_numeric_dates`] chose. A reading is supported
/// when a day the story names with its month (not on a date line, the year its own or the
/// reading's) falls on it or within [`DATE_LINE_AFTER_STORY_DAYS`] before it; when exactly
/// one of the two readings is supported, the line takes it, and its rule says so
/// (`numeric-by-story-days`). When the story days choose neither, the writing weekday the
/// page's relative days tell ("أمس الأربعاء", « hier mercredi »: a Thursday, see
/// [`anchor::publication_weekday`]) chooses the one reading that falls on it
/// ([`reading_on_the_writing_weekday`]). Otherwise the order stays the page's default.
fn numeric_date_lines_by_named_days(text: &str, mentions: &mut [DateMention]) {
    let ambiguous = |m: &DateMention| -> Option<(i32, u32, u32)> {
        match m.expr.kind {
            ExprKind::Calendar(Calendar { year: Some(y), month: Some(mo), day: Some(d), hijri: false, .. }) if m.dateline.is_some() && reads_both_ways(text, m) => Some((y, mo, d)),
            _ => None,
        }
    };
    if !mentions.iter().any(|m| ambiguous(m).is_some()) {
        return;
    }
    let story_days: Vec<(Option<i32>, u32, u32)> = mentions
        .iter()
        .filter(|m| m.dateline.is_none())
        .filter_map(|m| match m.expr.kind {
            ExprKind::Calendar(Calendar { year, year_offset: None, month: Some(mo), day: Some(d), hijri: false, .. }) => Some((year, mo, d)),
            _ => None,
        })
        .collect();
    let supported = |y: i32, mo: u32, d: u32| {
        let Some(line) = NaiveDate::from_ymd_opt(y, mo, d) else { return false };
        story_days.iter().any(|&(sy, smo, sd)| {
            NaiveDate::from_ymd_opt(sy.unwrap_or(y), smo, sd).is_some_and(|day| (0..=DATE_LINE_AFTER_STORY_DAYS).contains(&(line - day).num_days()))
        })
    };
    let writing = anchor::publication_weekday(mentions);
    for m in mentions.iter_mut() {
        let Some((y, mo, d)) = ambiguous(m) else { continue };
        match (supported(y, mo, d), supported(y, d, mo)) {
            (false, true) => {
                swap_day_and_month(m);
                m.rule = "numeric-by-story-days";
            }
            (true, false) => {}
            _ => {
                if reading_on_the_writing_weekday(writing, (y, mo, d), (y, d, mo)) == Some(false) {
                    swap_day_and_month(m);
                    m.rule = "numeric-by-writing-day";
                }
            }
        }
    }
}

/// Which of a numeric date line's two readings (`as_read`, `swapped`: year, month, day) falls
/// on the `writing` weekday, when exactly one does: `Some(true)` for the reading as read,
/// `Some(false)` for the other.
fn reading_on_the_writing_weekday(writing: Option<chrono::Weekday>, as_read: (i32, u32, u32), swapped: (i32, u32, u32)) -> Option<bool> {
    use chrono::Datelike;
    let writing = writing?;
    let on = |(y, mo, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, mo, d).is_some_and(|day| day.weekday() == writing);
    match (on(as_read), on(swapped)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Expressions told by the date before them ("اليوم التالي", "الشهر نفسه", "the next day":
/// [`ExprKind::Same`]) take that date's expression ([`find::tell_by_dates_before`]), so they
/// resolve with it against any anchor. A date line is the page's, not the story's, and is
/// passed over, and so is an aside told in a relative clause ([`DateMention::aside`]), but
/// for a bare part of the day of its sentence; and for a bare part of the day or the story's
/// day told later in it («في وقت سابق من اليوم نفسه»), a day recalled in the pluperfect
/// ([`DateMention::flashback`]) and a pointer back to it («وفي الليلة ذاتها»). The story's day
/// told in a later sentence ("Earlier in the day", « plus tard dans la journée »: a `same_day`
/// row of value `story`) passes over a day told on someone in a relative clause of a sentence
/// before ("…, and Gantz, who landed on Tuesday evening."), a main clause dated or not; « le
/// jour même », "the same day", "that night" point back to the nearest day told, a recalled one
/// too.
fn told_by_date_before(mentions: &mut [DateMention], sentences: &[crate::text::segment::Sentence]) {
    let mut exprs: Vec<DateExpr> = mentions.iter().map(|m| m.expr).collect();
    let sentence_of = |k: usize| sentences.partition_point(|s| s.range.end <= mentions[k].range.start);
    let part_of_the_day = |k: usize| mentions[k].rule == find::SAME_DAY_PART_RULE;
    let the_storys_day = |k: usize| mentions[k].rule == find::SAME_DAY_STORY_RULE;
    // A bare part of the day, or the story's day told later in it ("earlier the same day"),
    // after a recall in the pluperfect is the story's, not the recall's: it passes over the
    // recalled day (one told in the recall itself is of that day), and over a pointer back to
    // it ("وفي الليلة ذاتها" after «وكان قد وصل أمس», "that night": of the recall). A pointer back
    // itself is not passed over: it takes the recalled day.
    let echo = |j: usize| [find::SAME_DAY_THAT_RULE, find::SAME_DAY_SAME_RULE, find::SAME_PERIOD_RULE].contains(&mentions[j].rule);
    let recalled = |j: usize, told_by: &[Option<usize>]| mentions[j].flashback || (echo(j) && told_by[j].is_some_and(|i| mentions[i].flashback));
    let recalled_before = |k: usize, j: usize, told_by: &[Option<usize>]| (part_of_the_day(k) || the_storys_day(k)) && !mentions[k].flashback && recalled(j, told_by);
    // An aside of its own sentence is the day of a bare part of the day, not passed over:
    // « Arrivé dimanche, le ministre a pris part dès le soir à un dîner » (Sunday evening).
    let aside = |k: usize, j: usize| mentions[j].aside && !(part_of_the_day(k) && sentence_of(j) == sentence_of(k));
    let told_in_passing = |k: usize, j: usize| mentions[j].relative && the_storys_day(k) && sentence_of(j) < sentence_of(k);
    find::tell_by_dates_before(&mut exprs, |k, j, told_by| mentions[j].dateline.is_some() || aside(k, j) || recalled_before(k, j, told_by) || told_in_passing(k, j));
    for (m, e) in mentions.iter_mut().zip(exprs) {
        if m.expr != e {
            m.expr = e;
            m.tense_hint = e.tense;
        }
    }
}

/// Whether `m` is "the same day" said as a comparison ("on the same day", « le même jour »,
/// «في اليوم نفسه», «في نفس اليوم») that the story tells no day before
/// ([`told_by_date_before`] left it [`ExprKind::Same`]): the same day as each other ("Israir and
/// El Al open the route on the same day" in a headline), no date, where the anchor's day would
/// be a guess. The words that count from the date before (the next day, hours later, a bare
/// part of the day) keep their reading from the anchor.
fn the_same_day_told_first(m: &DateMention) -> bool {
    matches!(m.expr.kind, ExprKind::Same { unit: None, day: None, month: None, days: 0 }) && (m.rule == find::SAME_DAY_SAME_RULE || m.rule == find::SAME_PERIOD_RULE)
}

impl ArticleDates {
    /// Find, anchor and resolve the dates of `doc`.
    pub fn analyse(doc: &Document, lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> ArticleDates {
        let mentions = find_dates(doc, lex);
        let (anchor, published_on, line_readings) = find_anchor_weekday_and_readings(doc, &mentions, lex, manifest);
        let resolved = resolve_all(&mentions, &anchor);
        ArticleDates { anchor, mentions, resolved, published_on, line_readings }
    }

    /// Resolve again against an anchor found elsewhere (cheap: no re-parsing).
    pub fn reanchor(&mut self, anchor: Anchor) {
        self.resolved = resolve_all(&self.mentions, &anchor);
        self.anchor = anchor;
    }
}

/// Resolve every mention against `anchor`; the story's own mentions after a dateline of the
/// day before the page's line against that day ([`story_line`]).
pub fn resolve_all(mentions: &[DateMention], anchor: &Anchor) -> Vec<Option<Resolved>> {
    let story = story_line(mentions, anchor).and_then(|(from, line)| Some((from, story_anchor(&line, anchor)?)));
    mentions
        .iter()
        .map(|m| {
            let anchor = match &story {
                Some((from, day)) if m.range.start >= *from && m.dateline.is_none() => day,
                _ => anchor,
            };
            let r = resolve(&m.expr, anchor)?;
            // A clock time with a stated zone: the day in the timeline's zone.
            Some(match m.zone_time {
                Some((minutes, z)) => Resolved { value: zone::to_local(r.value, minutes, z), ..r },
                None => r,
            })
        })
        .collect()
}

/// The story's dateline when its day is not the page's: a wire's dateline below the page's
/// line that names the day before it ("السبت 18 سبتمبر 2021 - 12:45 ص", then "واشنطن في 17
/// سبتمبر / وام /"): the page went online past midnight, the story was written the day before,
/// and its relative days ("اليوم", "أمس") count from the dateline's day ([`story_anchor`]).
/// The anchor stays the page's publication day. Where the story's mentions start (the
/// dateline's end) and the dateline's expression; none when the page's day is not known to the
/// day, or no such line follows the line that states it (the anchor's, or the first on the
/// manifest's day).
pub fn story_line(mentions: &[DateMention], anchor: &Anchor) -> Option<(usize, DateExpr)> {
    let page_day = anchor.date.and_then(|d| d.as_day())?;
    // The page's line: the anchor's, or (a manifest's day) the first date line stating it.
    let on_the_page_day = |m: &&DateMention| m.dateline.is_some() && resolve(&m.expr, anchor).and_then(|r| r.value.as_day()) == Some(page_day);
    let line_end = match anchor.evidence {
        Some((_, end)) => end,
        None => mentions.iter().find(on_the_page_day)?.range.end,
    };
    let line = mentions.iter().find(|m| m.range.start >= line_end && m.wire)?;
    story_anchor(&line.expr, anchor).map(|_| (line.range.end, line.expr))
}

/// The anchor the story's relative days count from under its dateline `line` (see
/// [`story_line`]): the dateline's day, when it is a day and month (a year maybe) that falls
/// the day before the page's day `anchor`.
pub fn story_anchor(line: &DateExpr, anchor: &Anchor) -> Option<Anchor> {
    let page_day = anchor.date.and_then(|d| d.as_day())?;
    let ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), hijri: false, .. }) = line.kind else { return None };
    let day = resolve(line, anchor).and_then(|r| r.value.as_day())?;
    (page_day - day == chrono::Duration::days(1)).then_some(Anchor { date: Some(DateValue::day(day)), ..*anchor })
}

/// Read one phrase and resolve its longest date expression against a reference day (the
/// `tarikh dates --ref` resolver): the normalised expression and its value.
pub fn resolve_phrase(phrase: &str, reference: NaiveDate, lex: &DateLexicon) -> Option<(String, Resolved)> {
    let norm = crate::text::normalize::normalize(phrase).text;
    let anchor = Anchor::given(reference);
    // The longest resolved expression: a phrase is usually one date, and its longest reading
    // carries the most of it ("الخميس 25/11/2021" rather than "الخميس").
    let mut best: Option<(std::ops::Range<usize>, Resolved)> = None;
    // A phrase may be a wire's dateline ("RABAT, Dec 22 (Reuters) -"), read as on a page.
    let mut mentions: Vec<DateMention> = find_in_text(&norm, lex)
        .into_iter()
        .map(|(range, expr, rule)| DateMention { range, expr, tense_hint: expr.tense, rule, dateline: None, zone_time: None, aside: false, relative: false, anniversary: false, since: None, wire: false, flashback: false })
        .collect();
    mentions.sort_by_key(|m| m.range.start);
    dateline::mark_date_lines(&norm, lex, &mut mentions);
    for DateMention { range, expr, .. } in mentions {
        if let Some(r) = resolve(&expr, &anchor)
            && best.as_ref().is_none_or(|(b, _)| range.len() > b.len())
        {
            best = Some((range, r));
        }
    }
    best.map(|(range, r)| (norm[range].to_string(), r))
}
