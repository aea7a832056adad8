//! Clues of the text when no line states its date: relative days written with their date or
//! naming the weekday of a date the text gives, a bare weekday beside a date of that weekday,
//! a month called current, and the bounds the text's own dates set on the writing day.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::super::WINDOW;
use super::super::find::{DateLine, DateMention};
use super::super::publication::{Anchor, Inference};
use super::super::resolve::resolve;
use super::super::value::{Calendar, DateValue, ExprKind, Grain, Tense};

/// What the text's own dates say of its writing day.
pub(super) struct Bounds {
    /// The latest day of the text not told as coming (a news text is written on or after the
    /// days it reports).
    pub(super) after: Option<NaiveDate>,
    /// The day of an update line: the article was published by then.
    pub(super) before: Option<NaiveDate>,
    /// The first day told as coming with its weekday ("يصل الوزير يوم الخميس 17 فبراير
    /// 2022"): the article was written by then (see [`coming_days`]).
    pub(super) coming: Option<NaiveDate>,
    /// Days the text fixes on its own (a full date, a weekday-checked day), with their mention.
    pub(super) days: Vec<(NaiveDate, usize)>,
    /// Months and days the text fixes on its own, in the timeline's years.
    pub(super) known: Vec<DateValue>,
    /// Days written without a year ("22 دجنبر") and not told as coming, with their mention.
    pub(super) yearless: Vec<(u32, u32, usize)>,
}

impl Bounds {
    pub(super) fn read(mentions: &[DateMention]) -> Bounds {
        let none = Anchor::unknown();
        let mut b = Bounds { after: None, before: None, coming: None, days: Vec::new(), known: Vec::new(), yearless: Vec::new() };
        for (i, m) in mentions.iter().enumerate() {
            // A coming day ("سيزور الرباط في 9 نونبر") is not the writing day, whatever weekday
            // it falls on.
            if let ExprKind::Calendar(Calendar {
                day: Some(d),
                month: Some(mo),
                year: None,
                year_offset: None,
                month_offset: None,
                weekday: None,
                hijri: false,
            }) = m.expr.kind
                && m.dateline.is_none()
                && m.expr.tense != Some(Tense::Future)
            {
                b.yearless.push((mo, d, i));
            }
            let Some(r) = resolve(&m.expr, &none) else { continue };
            if m.dateline == Some(DateLine::Updated) {
                b.before = b.before.max(r.value.as_day());
                continue;
            }
            if r.value.grain == Grain::Year || !WINDOW.contains(&r.value.start.year()) {
                continue;
            }
            b.known.push(r.value);
            if let Some(d) = r.value.as_day() {
                // A coming day bounds the writing day only as the story's first date (its
                // lede's): a background paragraph's "كان قد أعلن أنه سيزور … يوم الخميس 10
                // ديسمبر 2020" is an old announcement.
                let first_of_the_story = m.dateline.is_none() && !b.days.iter().any(|&(_, j)| mentions[j].dateline.is_none());
                b.days.push((d, i));
                if m.expr.tense != Some(Tense::Future) {
                    b.after = b.after.max(Some(d));
                } else if first_of_the_story && matches!(m.expr.kind, ExprKind::Calendar(Calendar { weekday: Some(w), .. }) if w == d.weekday()) {
                    b.coming = Some(d);
                }
            }
        }
        // A coming day before a day the story reports was an old announcement.
        if b.coming.is_some_and(|c| b.after.is_some_and(|a| c < a)) {
            b.coming = None;
        }
        b
    }

    /// The story's first day-date (its lede's, not on a date line): its mention's index.
    pub(super) fn lede(&self, mentions: &[DateMention]) -> Option<usize> {
        self.days.iter().map(|&(_, i)| i).find(|&i| mentions[i].dateline.is_none())
    }

    /// Whether `day` can be the writing day.
    pub(super) fn admits(&self, day: NaiveDate) -> bool {
        self.after.is_none_or(|a| day >= a) && self.before.is_none_or(|b| day <= b) && self.coming.is_none_or(|c| day <= c)
    }
}

/// The relative days that name their weekday ("اليوم الثلاثاء", "أمس الأربعاء"): (mention,
/// days from the writing day, weekday).
pub(super) fn named_relative_days(mentions: &[DateMention]) -> impl Iterator<Item = (&DateMention, i64, Weekday)> {
    mentions.iter().filter_map(|m| match m.expr.kind {
        ExprKind::Relative { days, weekday: Some(wd), date: None } if m.dateline.is_none() => Some((m, days as i64, wd)),
        _ => None,
    })
}

/// Whether two mentions stand in the same paragraph or in neighbouring ones (at most one
/// non-blank line between their lines).
pub(super) fn beside(text: &str, a: &DateMention, b: &DateMention) -> bool {
    let (first, second) = if a.range.start <= b.range.start { (a, b) } else { (b, a) };
    let between = text.get(first.range.end..second.range.start).unwrap_or("");
    let lines: Vec<&str> = between.split('\n').collect();
    // The first and last pieces are the mentions' own lines.
    lines.len() <= 2 || lines[1..lines.len() - 1].iter().filter(|l| !l.trim().is_empty()).count() <= 1
}

/// How far after a date (bytes of normalised text) a weekday told with it may stand ("le 12
/// août, un jeudi").
pub(super) const WEEKDAY_AFTER_DATE: usize = 24;

/// Whether a weekday other than `wd` is named between the relative day `rel` and the date
/// `date`, or just after the date: the date is then that weekday's day.
pub(super) fn other_weekday_near(mentions: &[DateMention], rel: &DateMention, date: &DateMention, wd: Weekday) -> bool {
    let from = rel.range.start.min(date.range.start);
    let to = rel.range.end.max(date.range.end + WEEKDAY_AFTER_DATE);
    mentions.iter().filter(|o| o.range.start >= from && o.range.end <= to && !std::ptr::eq(*o, rel)).any(|o| {
        let named = match o.expr.kind {
            ExprKind::Weekday { weekday, .. } => Some(weekday),
            ExprKind::Relative { weekday, .. } => weekday,
            ExprKind::Calendar(Calendar { weekday, .. }) => weekday,
            _ => None,
        };
        named.is_some_and(|w| w != wd)
    })
}

/// Clues of the text, most precise first; `text` is the normalised text the mentions index.
pub(super) fn inferred<'m>(text: &str, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention, Inference)> {
    let none = Anchor::unknown();
    // "أمس الأربعاء 27 يوليوز": the written date minus the relative day.
    for m in mentions {
        if let ExprKind::Relative { days, date: Some(date), .. } = m.expr.kind {
            let probe = super::super::value::DateExpr { kind: ExprKind::Calendar(date), part: None, tense: None, shift: 0 };
            if let Some(d) = resolve(&probe, &none).and_then(|r| r.value.as_day()) {
                return Some((DateValue::day(d - Duration::days(days as i64)), m, Inference::RelativeDay));
            }
        }
    }
    let bounds = Bounds::read(mentions);
    // "اليوم الثلاثاء" and "22 ديسمبر 2020", a Tuesday: the latest such date that leaves no
    // reported day after the writing day (nor an update before it). A date without a year ("22
    // دجنبر") counts when it stands beside the relative day, is not told as coming, and falls
    // on its weekday in one year of the timeline. Not a day of a range ("يومي 11 و12 غشت"), nor
    // a day of the month called current ("28 مارس الجاري"): a range's two ends, each falling
    // on the weekday in some year, would fit one year of three far too often by chance, and a
    // writer names the current month for its other days, not for the writing day.
    let of_date = named_relative_days(mentions)
        .flat_map(|(m, days, wd)| {
            // The update line's day counts too, as the writing day: "اليوم الأربعاء" (or "أمس
            // الثلاثاء") under an update of a Wednesday.
            let by_update = bounds.before.map(|u| u + Duration::days(days));
            let dated = bounds.days.iter().map(|d| d.0).chain(by_update).filter(move |d| d.weekday() == wd);
            // "aujourd'hui mercredi … jeudi, le 12 août": a date told beside another weekday
            // is that day's, not the writing day's.
            let own_weekday = move |i: usize| !other_weekday_near(mentions, m, &mentions[i], wd);
            let yearless = bounds.yearless.iter().filter(|(_, _, i)| beside(text, &mentions[*i], m)).filter(move |(_, _, i)| own_weekday(*i)).filter_map(move |&(mo, d, _)| {
                let mut fits = WINDOW.filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).filter(|x| x.weekday() == wd);
                fits.next().filter(|_| fits.next().is_none())
            });
            dated.chain(yearless).map(move |d| (d - Duration::days(days), m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .max_by_key(|(a, _)| *a);
    if let Some((a, m)) = of_date {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    // "demain, lundi" (so written on a Sunday) beside "dimanche 20 février 2022": the date of
    // the writing day's own weekday, told beside the relative day, is the writing day.
    let of_writing_day = named_relative_days(mentions)
        .filter(|&(_, days, _)| days != 0)
        .flat_map(|(m, days, wd)| {
            let writing = shift_weekday(wd, -days);
            bounds.days.iter().filter(move |&&(d, i)| d.weekday() == writing && beside(text, &mentions[i], m)).map(move |&(d, _)| (d, m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .max_by_key(|(a, _)| *a);
    if let Some((a, m)) = of_writing_day {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    if let Some((a, m)) = coming_weekday(text, mentions, &bounds) {
        return Some((DateValue::day(a), m, Inference::ComingWeekday));
    }
    // "اليوم الأربعاء" (or "أمس الأربعاء") beside "مساء الثلاثاء 23 نوفمبر 2021", the latest day
    // the text reports, written with its weekday: the story tells two days in a row, the
    // dated one and the next, named by its weekday (a day further on, or a date written
    // without its weekday, may be an older event's: nothing is inferred then).
    let next_to_a_dated_day: Vec<(NaiveDate, &DateMention)> = named_relative_days(mentions)
        .filter(|&(_, days, _)| days <= 0)
        .flat_map(|(m, days, wd)| {
            bounds
                .days
                .iter()
                .filter(move |&&(d, i)| {
                    let written = matches!(mentions[i].expr.kind, ExprKind::Calendar(Calendar { weekday: Some(w), .. }) if w == d.weekday());
                    written && d.succ_opt().is_some_and(|n| n.weekday() == wd) && bounds.after == Some(d) && beside(text, &mentions[i], m)
                })
                .map(move |&(d, _)| (d + Duration::days(1 - days), m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .collect();
    if let Some(&(a, m)) = next_to_a_dated_day.first()
        && next_to_a_dated_day.iter().all(|c| c.0 == a)
    {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    if let Some((a, m)) = bare_weekday_of_date(text, mentions, &bounds) {
        return Some((DateValue::day(a), m, Inference::BareWeekday));
    }
    let (month, clue) = current_month(mentions, &bounds)?;
    // The month is known: a relative day naming its weekday fixes the day when one such day
    // of the month fits the bounds, or when the text's latest date is less than a week before
    // the first that does (news follows the events it reports).
    for (m, days, wd) in named_relative_days(mentions) {
        let fits: Vec<NaiveDate> = month
            .start
            .iter_days()
            .take_while(|d| d.month() == month.start.month())
            .filter(|a| (*a + Duration::days(days)).weekday() == wd && bounds.admits(*a))
            .collect();
        let soon_after = |a: &NaiveDate| bounds.after.is_some_and(|l| (*a - l).num_days() < 7);
        match fits.as_slice() {
            [a] => return Some((DateValue::day(*a), m, Inference::WeekdayInMonth)),
            [a, ..] if soon_after(a) => return Some((DateValue::day(*a), m, Inference::WeekdayInMonth)),
            _ => {}
        }
    }
    Some((month, clue, Inference::CurrentMonth))
}

/// The days told as coming within the week of writing, with the mention that tells each and
/// the mention of its date, which must be the story's first ([`Bounds::lede`]: a lede announces
/// the coming day; a later paragraph's "أعلن أنه سيزور … يوم الخميس" may be an old
/// announcement): a weekday told as coming with its date ("يصل الوزير يوم الخميس 17
/// فبراير 2022", the present-tense verb of an arrival or "سيزور" alike), or a bare weekday told
/// as coming ("يحل الوزير الخميس بالرباط") beside a date of that weekday not told as past. A
/// writer who names the weekday of a coming day names one of the next seven, the day itself
/// included ("يحل الوزير الأربعاء" written on a Wednesday morning): further ahead, pages write
/// "الخميس المقبل" or the date alone, and those are not read here.
pub(super) fn coming_days<'m>(text: &str, mentions: &'m [DateMention], bounds: &Bounds) -> Vec<(NaiveDate, &'m DateMention, usize)> {
    let mut out = Vec::new();
    let Some(lede) = bounds.lede(mentions) else { return out };
    for (i, m) in mentions.iter().enumerate() {
        if m.dateline.is_some() || m.expr.tense != Some(Tense::Future) {
            continue;
        }
        match m.expr.kind {
            ExprKind::Calendar(Calendar { weekday: Some(w), day: Some(_), .. }) => {
                out.extend(bounds.days.iter().filter(|&&(d, j)| j == i && j == lede && d.weekday() == w).map(|&(d, j)| (d, m, j)));
            }
            ExprKind::Weekday { weekday: w, offset: None } => out.extend(
                bounds
                    .days
                    .iter()
                    .filter(|&&(d, j)| j == lede && d.weekday() == w && mentions[j].expr.tense != Some(Tense::Past) && beside(text, &mentions[j], m))
                    .map(|&(d, j)| (d, m, j)),
            ),
            _ => {}
        }
    }
    out
}

/// The writing day that a coming day ([`coming_days`]) and the writing weekday the story's
/// relative days name ("اليوم الاثنين", see [`publication_weekday`]) fix together: the one day
/// of that weekday among the seven up to the coming day ("يصل الوزير يوم الخميس 17 فبراير
/// 2022", "اليوم الاثنين" → Monday 14 February). Every coming day must give the same, on or
/// after every other day the story reports (a date told beside a coming weekday is that
/// weekday's, whatever tense its own clause has).
pub(super) fn coming_weekday<'m>(text: &str, mentions: &'m [DateMention], bounds: &Bounds) -> Option<(NaiveDate, &'m DateMention)> {
    let writing = publication_weekday(mentions)?;
    let coming = coming_days(text, mentions, bounds);
    let days: Vec<(NaiveDate, &DateMention)> =
        coming.iter().filter_map(|&(d, m, _)| (0..7).map(|k| d - Duration::days(k)).find(|a| a.weekday() == writing).map(|a| (a, m))).collect();
    let &(first, m) = days.first()?;
    let reported = bounds.days.iter().filter(|&&(_, i)| mentions[i].expr.tense != Some(Tense::Future) && !coming.iter().any(|c| c.2 == i));
    let after = reported.map(|d| d.0).max();
    let admits = after.is_none_or(|a| first >= a) && bounds.before.is_none_or(|b| first <= b) && bounds.coming.is_none_or(|c| first <= c);
    (days.iter().all(|c| c.0 == first) && admits).then_some((first, m))
}

/// A weekday told bare in the past ("sat down Tuesday", "التقى الوزير الخميس") beside a date
/// of that weekday ("December 22, 2020"): the article speaks of that day and was written on it
/// or in the six days after. Any of those days reads the text alike when every expression of
/// the text resolves the same against each (the bare weekday itself does); then the first is
/// the anchor. Otherwise the day cannot be told, and nothing is inferred.
pub(super) fn bare_weekday_of_date<'m>(text: &str, mentions: &'m [DateMention], bounds: &Bounds) -> Option<(NaiveDate, &'m DateMention)> {
    for m in mentions {
        let ExprKind::Weekday { weekday: wd, offset: None } = m.expr.kind else { continue };
        if m.dateline.is_some() || m.expr.tense == Some(Tense::Future) {
            continue;
        }
        for &(d, i) in &bounds.days {
            if d.weekday() != wd || !beside(text, &mentions[i], m) || !bounds.admits(d) {
                continue;
            }
            let window: Vec<NaiveDate> = (0..7).map(|k| d + Duration::days(k)).filter(|a| bounds.admits(*a)).collect();
            if reads_alike(mentions, &window) {
                return Some((d, m));
            }
        }
        // "وقع البلدان، الأربعاء، مذكرة" under an update line of that Wednesday or of the day
        // after ("آخر تحديث 24 نوفمبر 2021"): the story went online by the update, on or after
        // the day it tells, which is the last of that weekday.
        if let Some(update) = bounds.before {
            let d = (0..2).map(|k| update - Duration::days(k)).find(|d| d.weekday() == wd);
            if let Some(d) = d.filter(|d| bounds.admits(*d)) {
                let window: Vec<NaiveDate> = (0..7).map(|k| d + Duration::days(k)).filter(|a| bounds.admits(*a)).collect();
                if reads_alike(mentions, &window) {
                    return Some((d, m));
                }
            }
        }
    }
    None
}

/// Whether every mention resolves to the same value against each of the `days` taken as the
/// anchor: which of them is the writing day then changes nothing the text says.
pub(super) fn reads_alike(mentions: &[DateMention], days: &[NaiveDate]) -> bool {
    let read = |day: NaiveDate| {
        let anchor = Anchor::inferred(DateValue::day(day), Inference::BareWeekday);
        mentions.iter().map(move |m| resolve(&m.expr, &anchor).map(|r| r.value))
    };
    let Some((&first, rest)) = days.split_first() else { return false };
    rest.iter().all(|&day| read(day).eq(read(first)))
}

/// The weekday `days` after `wd`.
pub fn shift_weekday(wd: Weekday, days: i64) -> Weekday {
    let n = (wd.num_days_from_monday() as i64 + days).rem_euclid(7);
    (0..n).fold(Weekday::Mon, |w, _| w.succ())
}

/// The weekday of the publication day that the article's relative days naming a weekday
/// imply ("اليوم الأربعاء" → Wednesday, "أمس الثلاثاء" → Wednesday): the one most of them
/// imply, when no other is implied as often (a quoted "أمس الجمعة" counted from a speaker's
/// day is outvoted by the article's own "أمس الأحد" and "اليوم الاثنين").
pub fn publication_weekday(mentions: &[DateMention]) -> Option<Weekday> {
    let mut counts = [0usize; 7];
    for m in mentions {
        if let ExprKind::Relative { days, weekday: Some(wd), date: None } = m.expr.kind {
            counts[shift_weekday(wd, -(days as i64)).num_days_from_monday() as usize] += 1;
        }
    }
    let best = *counts.iter().max()?;
    let mut winners = (0..7).filter(|&i| counts[i] == best && best > 0);
    let first = winners.next()?;
    winners.next().is_none().then(|| shift_weekday(Weekday::Mon, first as i64))
}

/// A month called current (الجاري، الحالي): the anchor is in that month; its year comes from
/// the dates the text fixes on its own.
pub(super) fn current_month<'m>(mentions: &'m [DateMention], bounds: &Bounds) -> Option<(DateValue, &'m DateMention)> {
    let (current, clue) = mentions.iter().find_map(|m| match m.expr.kind {
        ExprKind::Calendar(Calendar { month: Some(month), month_offset: Some(0), year: None, year_offset: None, .. }) => Some((month, m)),
        _ => None,
    })?;
    // A known date in that month gives its year; else the latest known date, which news
    // reports before the writing: the month called current is the next such month after it.
    // An update line's day gives the latest year it can be.
    let year = match bounds.known.iter().find(|v| v.start.month() == current) {
        Some(v) => v.start.year(),
        None => match (bounds.known.iter().max_by_key(|v| v.start), bounds.before) {
            (Some(latest), _) => latest.start.year() + i32::from(latest.start.month() > current),
            (None, Some(update)) => update.year() - i32::from(update.month() < current),
            (None, None) => return None,
        },
    };
    Some((DateValue::month(year, current)?, clue))
}

/// A line that tells a day the page was already online: the page's update line ("آخر تحديث:
/// 26 يوليوز 2021", "Mis à jour le …", "Updated on …"), or a site's current-date banner above
/// its menu ("السبت 26 دجنبر 2020" over the sections: the day the page was read, so the story
/// went online on or before it). A banner is never the publication date, but it bounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LaterLine {
    /// The page's update line.
    Update,
    /// A site's current-date banner.
    Banner,
}

/// The page's update line, else a site's current-date banner (`banner`: its day and the
/// banner's mention, set aside from `mentions`), as a last resort, when nothing else dates the
/// page: it bounds the publication from above, as the latest day the story reports (not told
/// as coming) bounds it from below. Such a line alone says nothing of how long after the
/// story the page was edited or read (often the next morning, sometimes years later), so it
/// dates the page only where the two bounds leave one answer:
/// - the day, when the span is that one day (the story reports the line's own day), or when
///   one day of the span falls on the writing weekday the story's relative days name
///   ("اليوم الأحد", "hier samedi", "أمس الجمعة" under a banner of a Saturday four days after
///   the Tuesday the story reports);
/// - the month, when the whole span lies in it (a story of 25 July updated on the 26th); the
///   corpus step may then refine it to a day from another article's events;
/// - nothing otherwise (no day reported, or the span crosses a month).
///
/// With both lines, the earlier day bounds. The bounds are read only on a page with such a
/// line (most have none).
pub(super) fn later_line<'m>(mentions: &'m [DateMention], banner: Option<(NaiveDate, &'m DateMention)>) -> Option<(DateValue, &'m DateMention, LaterLine)> {
    let update_line = mentions.iter().find(|m| m.dateline == Some(DateLine::Updated));
    if update_line.is_none() && banner.is_none() {
        return None;
    }
    let bounds = Bounds::read(mentions);
    let (bound, line, kind) = match (bounds.before.zip(update_line), banner) {
        (Some((u, m)), Some((b, _))) if u <= b => (u, m, LaterLine::Update),
        (None, Some((b, m))) | (Some(_), Some((b, m))) => (b, m, LaterLine::Banner),
        (Some((u, m)), None) => (u, m, LaterLine::Update),
        (None, None) => return None,
    };
    let latest = bounds.after.filter(|a| *a <= bound)?;
    if bounds.days.iter().any(|&(d, i)| d > bound && mentions[i].expr.tense != Some(Tense::Future)) {
        return None;
    }
    let span: Vec<NaiveDate> = latest.iter_days().take_while(|d| *d <= bound).collect();
    let on_writing_weekday: Vec<NaiveDate> = match publication_weekday(mentions) {
        Some(wd) => span.iter().copied().filter(|d| d.weekday() == wd).collect(),
        None => Vec::new(),
    };
    match (span.as_slice(), on_writing_weekday.as_slice()) {
        ([day], _) | (_, [day]) => Some((DateValue::day(*day), line, kind)),
        _ if latest.year() == bound.year() && latest.month() == bound.month() => Some((DateValue::month(bound.year(), bound.month())?, line, kind)),
        _ => None,
    }
}

/// The most days before its update line a page with no other date is read as written on: the
/// week up to the update, as a bare weekday's borrowed bound ([`Inference::BorrowedFrom`]).
/// A site edits a story mostly within days of putting it online; an edit long after says
/// nothing of the day, and a bound a week wide dates its expressions only to their month
/// when the days disagree (see `resolve`).
pub(super) const UPDATE_BOUND_DAYS: i64 = 6;

/// The bound the page's update line alone sets when nothing else dates the page and
/// [`later_line`] fixes neither a day nor a month ([`Inference::UpdatedBy`]): the page was
/// written on the update's day or in the [`UPDATE_BOUND_DAYS`] before it, and not before the
/// latest day the story reports. None when the update falls outside the timeline's years (a
/// late edit), or when the story reports a day after it (the line is not this story's).
pub(super) fn update_bound(mentions: &[DateMention]) -> Option<(NaiveDate, u8, &DateMention)> {
    let line = mentions.iter().find(|m| m.dateline == Some(DateLine::Updated))?;
    let bounds = Bounds::read(mentions);
    let update = bounds.before?;
    if !WINDOW.contains(&update.year()) || bounds.days.iter().any(|&(d, i)| d > update && mentions[i].expr.tense != Some(Tense::Future)) {
        return None;
    }
    let first = (update - Duration::days(UPDATE_BOUND_DAYS)).max(bounds.after.unwrap_or(NaiveDate::MIN));
    if first > update {
        return None;
    }
    Some((first, u8::try_from((update - first).num_days()).ok()?, line))
}
