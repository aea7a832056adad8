//! Resolution: a symbolic [`DateExpr`] and an [`Anchor`] in, a [`Resolved`] value out.
//!
//! The only source of "now" is the anchor (the publication date, or the reference date given
//! to `tarikh dates --ref`); the clock is never read, so the same expression and anchor always
//! give the same value. An expression that needs an anchor finer than the one known resolves
//! to what the anchor does know: أمس with a month-grain anchor is that month, never a guessed
//! day.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::WINDOW;
use super::publication::Anchor;
use super::value::{
    Calendar, DayEnd, DateExpr, DateValue, ExprKind, Grain, NthOf, Part, Tense, Unit, gregorian_to_hijri, hijri_month_len, hijri_to_gregorian,
};

/// How many years before the anchor a weekday written with a day and a month may place it when
/// no year of the window fits ("الخميس 15 اغسطس" on a page of 2021 is 15 August 2019): beyond,
/// the weekday is more likely a slip than the date that far back.
const RECALLED_WEEKDAY_YEARS: i32 = 7;

/// How many days after the anchor a day with a weekday that fits only next year is read as a
/// day of the anchor's own year, the weekday a slip (see `Ctx::calendar`).
const SLIP_WITHIN_DAYS: i64 = 14;

/// What fixed a resolved value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The expression is complete on its own ("10 اغسطس 2021", "العام 2014").
    Absolute,
    /// The publication date (anchor) fixed it ("أمس", "ديسمبر الماضي").
    Published,
    /// Another part of the expression fixed it: the weekday written beside a day and month
    /// picks the year ("يوم الجمعة في 16 يوليو" → 2021).
    Expression,
}

impl Basis {
    /// `absolute`, `published` or `expression`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Absolute => "absolute",
            Basis::Published => "published",
            Basis::Expression => "expression",
        }
    }
}

/// A resolved date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Resolved {
    /// The value at its grain.
    pub value: DateValue,
    /// The part of the period, when written.
    pub part: Option<Part>,
    /// What fixed the value.
    pub basis: Basis,
}

impl Resolved {
    /// The grain of the value.
    pub fn grain(&self) -> Grain {
        self.value.grain
    }
}

/// Resolve `expr` against `anchor`; `None` when the expression needs an anchor that is not
/// known (or not precise enough), or names an impossible date.
///
/// An anchor that is a bound ([`Anchor::written_within`]: the page was written on a borrowed
/// day or in the few after it) resolves the expression against each of those days: the value
/// they all give, else the month that holds every one when they differ ("Tuesday" on a page
/// written on a Monday or in the week after is that Monday's Tuesday before or the one after:
/// the month, never a guessed day), else nothing.
pub fn resolve(expr: &DateExpr, anchor: &Anchor) -> Option<Resolved> {
    match anchor.written_within() {
        None => resolve_at(expr, anchor),
        Some((first, last)) => {
            let at = |day: NaiveDate| resolve_at(expr, &Anchor { date: Some(DateValue::day(day)), ..*anchor });
            let one = at(first)?;
            let mut shared = Some(one);
            let (mut earliest, mut latest) = (one.value.start, one.value.end.unwrap_or(one.value.start));
            for day in first.iter_days().skip(1).take_while(|&d| d <= last) {
                let r = at(day)?;
                if Some(r) != shared {
                    shared = None;
                }
                earliest = earliest.min(r.value.start);
                latest = latest.max(r.value.end.unwrap_or(r.value.start));
            }
            shared.or_else(|| {
                let same_month = (earliest.year(), earliest.month()) == (latest.year(), latest.month());
                let fine = one.value.grain == Grain::Day || one.value.grain == Grain::Week;
                (same_month && fine)
                    .then(|| DateValue::month(earliest.year(), earliest.month()))
                    .flatten()
                    .map(|value| Resolved { value, part: None, basis: Basis::Published })
            })
        }
    }
}

/// [`resolve`] against the anchor's date alone.
fn resolve_at(expr: &DateExpr, anchor: &Anchor) -> Option<Resolved> {
    let ctx = Ctx::new(anchor);
    if let Some(month) = day_level_within_month_anchor(expr, &ctx) {
        return Some(Resolved { value: month, part: expr.part, basis: Basis::Published });
    }
    let (value, basis) = match expr.kind {
        ExprKind::Calendar(cal) => ctx.calendar(&cal, expr.tense)?,
        ExprKind::WeekOf(cal) => match ctx.calendar(&cal, expr.tense)? {
            (v, basis) if v.grain == Grain::Day && v.end.is_none() => (DateValue::week_of(v.start), basis),
            other => other,
        },
        ExprKind::Relative { days, date, .. } => match date.and_then(|c| ctx.calendar(&c, expr.tense)) {
            Some(v) => v,
            None => (DateValue::day(ctx.day? + Duration::days(days as i64)), Basis::Published),
        },
        // Told by no date before it: counted from the anchor.
        ExprKind::Same { unit: None, days, .. } => (DateValue::day(ctx.day? + Duration::days(days as i64)), Basis::Published),
        ExprKind::Same { unit: Some(Unit::Year), month: Some(mo), day, .. } => {
            ctx.calendar(&Calendar { day, month: Some(mo), year_offset: Some(0), ..Calendar::default() }, expr.tense)?
        }
        ExprKind::OfYearTold { month, day, told } => {
            let (v, _) = ctx.calendar(&told, expr.tense)?;
            (build(v.start.year(), month, day)?, Basis::Published)
        }
        ExprKind::Same { unit: Some(_), day: Some(d), .. } => {
            ctx.calendar(&Calendar { day: Some(d), month_offset: Some(0), ..Calendar::default() }, expr.tense)?
        }
        ExprKind::Same { unit: Some(unit), day: None, .. } => (ctx.period(unit, 0)?, Basis::Published),
        ExprKind::MonthDay { day, offset } => (DateValue::day(ctx.month_day(day, offset, expr.tense)?), Basis::Published),
        ExprKind::Weekday { weekday, offset } => (DateValue::day(ctx.weekday(weekday, offset, expr.tense)?), Basis::Published),
        ExprKind::Period { unit, offset } => (ctx.period(unit, offset)?, Basis::Published),
        ExprKind::NewYear => {
            // In December "the new year" is the coming one; in February, the one begun.
            let (y, m) = ctx.month?;
            (DateValue::year(if m >= 7 { y + 1 } else { y })?, Basis::Published)
        }
        ExprKind::Range(a, b) => {
            let range = ctx.range(&a, ctx.calendar(&b, expr.tense)?, expr.tense)?;
            // A range of days with no year told in a past clause is the last one not after
            // the anchor, unless the anchor's day falls inside this year's: then it is going
            // on as the page is written ("the visit he is paying on 11-12 August", "la visite
            // qu'il a entamée les 11 et 12 août", "الزيارة التي بدأها يومي 11 و12 غشت" written
            // on the 11th or the 12th), and the past tense tells its first part, not last year.
            let yearless = |c: &Calendar| !c.hijri && c.year.is_none() && c.year_offset.is_none() && c.month_offset.is_none() && c.weekday.is_none() && c.day.is_some();
            let going_on = match ctx.day {
                Some(today) if expr.tense == Some(Tense::Past) && yearless(&a) && yearless(&b) && b.month.is_some() => ctx
                    .calendar(&Calendar { year: Some(today.year()), ..b }, expr.tense)
                    .and_then(|end| ctx.range(&a, (end.0, Basis::Published), expr.tense))
                    .filter(|(v, _)| v.start <= today && today <= v.end.unwrap_or(v.start)),
                _ => None,
            };
            going_on.unwrap_or(range)
        }
        ExprKind::Span { unit, from, to } => {
            let (a, b) = match unit {
                None => {
                    let day = ctx.day?;
                    (DateValue::day(day + Duration::days(from as i64)), DateValue::day(day + Duration::days(to as i64)))
                }
                Some(unit) => (ctx.period(unit, from)?, ctx.period(unit, to)?),
            };
            (DateValue { end: Some(b.start), ..a }, Basis::Published)
        }
        // آخر جمعة من رمضان: the Hijri month of the nearest (or the directed) occurrence.
        ExprKind::Nth { n, of, month: Calendar { hijri: true, year: None, month: Some(m), month_offset, .. } } => {
            let v = ctx.hijri_day(m, None, None, month_offset, expr.tense)?;
            (nth_within(v.start, v.end?, n, of)?, Basis::Published)
        }
        // العشر الأواخر من رمضان 1443, "the last ten days of Ramadan 2022" (its Hijri year read
        // at find time): the Hijri month of that year.
        ExprKind::Nth { n, of, month: Calendar { hijri: true, year: Some(y), month: Some(m), .. } } => {
            let (first, last) = (hijri_to_gregorian(y, m, 1)?, hijri_to_gregorian(y, m, hijri_month_len(y, m))?);
            (nth_within(first, last, n, of)?, Basis::Absolute)
        }
        ExprKind::Nth { n, of, month } => {
            let (m, basis) = ctx.calendar(&month, expr.tense)?;
            if m.grain != Grain::Month || m.end.is_some() {
                return None;
            }
            (nth_of_month(m.start, n, of)?, basis)
        }
        ExprKind::HijriDay { month, day, year, offset } => {
            let basis = if year.is_some() { Basis::Absolute } else { Basis::Published };
            (ctx.hijri_day(month, day, year, offset, expr.tense)?, basis)
        }
        ExprKind::HebrewFeast { feast, year, offset } => {
            let basis = if year.is_some() { Basis::Absolute } else { Basis::Published };
            let occurrences = crate::dates::value::hebrew_feast_days(feast);
            (ctx.pick_occurrence(occurrences, year, offset, expr.tense)?, basis)
        }
        ExprKind::WeekdayOfWeek { weekday, week } => {
            let monday = DateValue::week_of(ctx.day? + Duration::days(7 * week as i64)).start;
            (DateValue::day(monday + Duration::days(weekday.num_days_from_monday() as i64)), Basis::Published)
        }
        ExprKind::WeekdayRange { from, to, week: Some(week), .. } => {
            let monday = DateValue::week_of(ctx.day? + Duration::days(7 * week as i64)).start;
            let a = monday + Duration::days(from.num_days_from_monday() as i64);
            let gap = (to.num_days_from_monday() as i64 - from.num_days_from_monday() as i64).rem_euclid(7);
            (DateValue { start: a, grain: Grain::Day, end: Some(a + Duration::days(gap)) }, Basis::Published)
        }
        ExprKind::WeekdayRange { from, to, offset, week: None } => {
            let a = ctx.weekday(from, offset, expr.tense)?;
            let gap = (to.num_days_from_monday() as i64 - from.num_days_from_monday() as i64).rem_euclid(7);
            let b = a + Duration::days(if gap == 0 { 7 } else { gap });
            (DateValue { start: a, grain: Grain::Day, end: Some(b) }, Basis::Published)
        }
        ExprKind::Season { first, year, year_offset, offset } => match (year, year_offset, offset) {
            (Some(y), _, _) => (season(y, first)?, Basis::Absolute),
            (None, Some(o), _) => (season(ctx.year? + o, first)?, Basis::Published),
            (None, None, Some(o)) => (ctx.season(first, o)?, Basis::Published),
            (None, None, None) => return None,
        },
        ExprKind::ThisDayOf { year, year_offset, month, months } => {
            let y = match (year, year_offset) {
                (Some(y), _) => y,
                (None, Some(o)) => ctx.year? + o,
                (None, None) => return None,
            };
            let value = if month {
                let (_, m) = ctx.month?;
                DateValue::month(y, m)?
            } else {
                let a = ctx.day?;
                // The anchor's month moved by `months` (an exact count of months), its day kept
                // or, past that month's end, its last day (31 August less six months is 28 February).
                let index = y * 12 + a.month0() as i32 + months;
                let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
                let day = (1..=a.day()).rev().find_map(|d| NaiveDate::from_ymd_opt(y, m, d))?;
                DateValue::day(day)
            };
            (value, Basis::Published)
        }
        ExprKind::FromDay { days, to } => {
            let start = ctx.day? + Duration::days(days as i64);
            let end = match to {
                DayEnd::Weekday(wd) => {
                    let gap = (wd.num_days_from_monday() as i64 - start.weekday().num_days_from_monday() as i64).rem_euclid(7);
                    start + Duration::days(if gap == 0 { 7 } else { gap })
                }
                DayEnd::Days(d) => ctx.day? + Duration::days(d as i64),
                // The date of the range's end is the one ahead of its start.
                DayEnd::Date(cal) => ctx.calendar(&cal, Some(Tense::Future))?.0.as_day()?,
            };
            if end <= start {
                return None;
            }
            (DateValue { start, grain: Grain::Day, end: Some(end) }, Basis::Published)
        }
        ExprKind::WeekdayWeeksOn { weekday, weeks } => {
            let day = ctx.day?;
            let gap = (weekday.num_days_from_monday() as i64 - day.weekday().num_days_from_monday() as i64).rem_euclid(7);
            (DateValue::day(day + Duration::days(gap + 7 * weeks as i64)), Basis::Published)
        }
        ExprKind::FractionOfYear { months, offset } => {
            let (year, month) = ctx.month?;
            let parts = (12 / months) as i32;
            let index = year * parts + (month as i32 - 1) / months as i32 + offset;
            let (year, first) = (index.div_euclid(parts), index.rem_euclid(parts) as u32 * months + 1);
            let (a, b) = (DateValue::month(year, first)?, DateValue::month(year, first + months - 1)?);
            (DateValue { end: Some(b.start), ..a }, Basis::Published)
        }
        ExprKind::Vague { from, to } => {
            let day = ctx.day?;
            let (a, b) = (day + Duration::days(from as i64), day + Duration::days(to as i64));
            if (a.year(), a.month()) != (b.year(), b.month()) {
                return None;
            }
            (DateValue::month(a.year(), a.month())?, Basis::Published)
        }
        ExprKind::Weekend { week } => {
            // "met over the weekend", "التقى نهاية الأسبوع" written on a weekday: the weekend
            // of this week is still to come, so a past clause tells the one before.
            let day = ctx.day?;
            let week = if week == 0 && expr.tense == Some(Tense::Past) && day.weekday().num_days_from_monday() < 5 { -1 } else { week };
            let saturday = DateValue::week_of(ctx.day? + Duration::days(7 * week as i64)).start + Duration::days(5);
            (DateValue { start: saturday, grain: Grain::Day, end: Some(saturday + Duration::days(1)) }, Basis::Published)
        }
        ExprKind::WeekClose { week } => {
            // "s'est rendu en fin de semaine à Rabat" written on a Monday to Wednesday: this
            // week's close is still to come, so a past clause tells last week's; a coming one
            // told on a Saturday or Sunday is next week's.
            let day = ctx.day?;
            let weekday = day.weekday().num_days_from_monday();
            let week = match expr.tense {
                Some(Tense::Past) if week == 0 && weekday < 3 => -1,
                Some(Tense::Future) if week == 0 && weekday > 4 => 1,
                _ => week,
            };
            let thursday = DateValue::week_of(day + Duration::days(7 * week as i64)).start + Duration::days(3);
            (DateValue { start: thursday, grain: Grain::Day, end: Some(thursday + Duration::days(1)) }, Basis::Published)
        }
    };
    let value = match (expr.shift, value) {
        (0, v) => v,
        (days, DateValue { grain: Grain::Day, end: None, start }) => DateValue::day(start + Duration::days(days as i64)),
        // A Hebrew feast of several days has an eve and a morrow of its own (Erev Pesach, the
        // Mimouna after Passover): the day before its first day, the day after its last.
        (days, DateValue { grain: Grain::Day, end: Some(last), start }) if matches!(expr.kind, ExprKind::HebrewFeast { .. }) => {
            DateValue::day(if days < 0 { start } else { last } + Duration::days(days as i64))
        }
        // Only a day has a next day.
        _ => return None,
    };
    Some(Resolved { value, part: expr.part, basis })
}

/// A day-level expression counted from the publication day (أمس، الأربعاء، الأسبوع الماضي)
/// when only the publication month is known: the anchor's month. It says less than the day but
/// more than nothing, and a day another source gives refines it at merge time. (A year-only
/// anchor gives nothing here: a year is too wide to place a day-level event.)
/// A week counted from it ("الأسبوع الماضي" written early in August is late July) is the
/// months its weeks can fall in, counted from every day of the anchor's month.
fn day_level_within_month_anchor(expr: &DateExpr, ctx: &Ctx) -> Option<DateValue> {
    if ctx.day.is_some() {
        return None;
    }
    let (y, m) = ctx.month?;
    match expr.kind {
        ExprKind::Period { unit: Unit::Week, offset } if offset != 0 => {
            let month = DateValue::month(y, m)?;
            let last_day = DateValue::month(if m == 12 { y + 1 } else { y }, if m == 12 { 1 } else { m + 1 })?.start - Duration::days(1);
            let shifted = |d: NaiveDate| DateValue::week_of(d + Duration::days(7 * offset as i64)).start;
            let (first, last) = (shifted(month.start), shifted(last_day) + Duration::days(6));
            let start = DateValue::month(first.year(), first.month())?;
            let end = DateValue::month(last.year(), last.month())?;
            Some(if start == end { start } else { DateValue { end: Some(end.start), ..start } })
        }
        ExprKind::Relative { date: None, .. } | ExprKind::Same { unit: None, .. } | ExprKind::Weekday { .. } | ExprKind::Period { unit: Unit::Week, .. } => DateValue::month(y, m),
        _ => None,
    }
}

/// The season of year `y` that starts in month `first`, as a range of months (the winter of
/// `y` runs from December of the year before to February).
fn season(y: i32, first: u32) -> Option<DateValue> {
    let (start_year, start_month) = if first == 12 { (y - 1, 12) } else { (y, first) };
    let n = start_year * 12 + start_month as i32 - 1 + 2;
    let start = NaiveDate::from_ymd_opt(start_year, start_month, 1)?;
    let end = NaiveDate::from_ymd_opt(n.div_euclid(12), (n.rem_euclid(12) + 1) as u32, 1)?;
    Some(DateValue { start, grain: Grain::Month, end: Some(end) })
}

/// The anchor at the grains resolution needs.
struct Ctx {
    day: Option<NaiveDate>,
    month: Option<(i32, u32)>,
    year: Option<i32>,
}

impl Ctx {
    fn new(anchor: &Anchor) -> Ctx {
        match anchor.date {
            None => Ctx { day: None, month: None, year: None },
            Some(v) => Ctx {
                day: v.as_day(),
                month: matches!(v.grain, Grain::Day | Grain::Week | Grain::Month).then(|| v.year_month()),
                year: Some(v.start.year()),
            },
        }
    }

    /// The season starting in month `first` counted `offset` seasons of its kind from the
    /// anchor: +1 the first starting after the anchor, -1 the last ending before it, 0 the one
    /// holding it, or else the nearer of those two.
    fn season(&self, first: u32, offset: i32) -> Option<DateValue> {
        let (ay, am) = self.month?;
        let a = self.day.or_else(|| NaiveDate::from_ymd_opt(ay, am, 15))?;
        let last_day = |v: &DateValue| v.end.and_then(|e| NaiveDate::from_ymd_opt(e.year(), e.month(), month_len(e.year(), e.month())));
        let around: Vec<(i32, DateValue)> = (ay - 2..=ay + 3).filter_map(|y| season(y, first).map(|v| (y, v))).collect();
        let holding = around.iter().find(|(_, v)| v.start <= a && last_day(v).is_some_and(|l| a <= l)).map(|&(y, _)| y);
        let next = around.iter().find(|(_, v)| v.start > a).map(|&(y, _)| y)?;
        let prev = around.iter().rev().find(|(_, v)| last_day(v).is_some_and(|l| l < a)).map(|&(y, _)| y)?;
        let y = match offset {
            0 => holding.unwrap_or_else(|| {
                let to_next = (season(next, first).map_or(a, |v| v.start) - a).num_days();
                let to_prev = season(prev, first).and_then(|v| last_day(&v)).map_or(i64::MAX, |l| (a - l).num_days());
                if to_next < to_prev { next } else { prev }
            }),
            o if o > 0 => next + o - 1,
            o => prev + o + 1,
        };
        season(y, first)
    }

    /// Day `d` of a month near the anchor, its month not written: with a direction the first
    /// one after the anchor (+1: "يوم 25 المقبل" is this month's 25th while it is ahead) or the
    /// last before it (-1); else in a future clause the first not before it, in a past clause
    /// the last not after it, and with no cue the nearest (the coming one counted a quarter
    /// farther, as for a day and month without a year). Months without that day are passed over.
    fn month_day(&self, d: u32, offset: Option<i32>, tense: Option<Tense>) -> Option<NaiveDate> {
        let a = self.day?;
        let n0 = a.year() * 12 + a.month0() as i32;
        let mut days = (-2..=2).filter_map(|o: i32| NaiveDate::from_ymd_opt((n0 + o).div_euclid(12), (n0 + o).rem_euclid(12) as u32 + 1, d));
        match (offset, tense) {
            // "le 2 courant": the anchor's own month, whatever the tense or distance.
            (Some(0), _) => NaiveDate::from_ymd_opt(a.year(), a.month(), d),
            (Some(o), _) if o > 0 => days.find(|x| *x > a),
            (Some(o), _) if o < 0 => days.rev().find(|x| *x < a),
            (_, Some(Tense::Future)) => days.find(|x| *x >= a),
            (_, Some(Tense::Past)) => days.rev().find(|x| *x <= a),
            _ => days.min_by_key(|x| {
                let n = (*x - a).num_days();
                (if n > 0 { 5 * n } else { -4 * n }, n > 0)
            }),
        }
    }

    /// The range from `a` to its second end, already resolved (`end`): a first end with no
    /// year of its own ("من يناير إلى مارس", "من 28 أغسطس إلى 2 سبتمبر") is the last such
    /// date not after the second end.
    fn range(&self, a: &Calendar, end: (DateValue, Basis), tense: Option<Tense>) -> Option<(DateValue, Basis)> {
        let (vb, basis) = end;
        let (va, _) = match a.month {
            Some(m) if !a.hijri && a.year.is_none() && a.year_offset.is_none() && a.month_offset.is_none() => {
                let after_end = (m, a.day.unwrap_or(1)) > (vb.start.month(), vb.start.day());
                let year = vb.start.year() - i32::from(after_end);
                self.calendar(&Calendar { year: Some(year), ..*a }, tense)?
            }
            _ => self.calendar(a, tense)?,
        };
        if va.grain != vb.grain || va.start > vb.start {
            return None;
        }
        let last = vb.end.unwrap_or(vb.start);
        Some((DateValue { start: va.start, grain: va.grain, end: Some(last) }, basis))
    }

    fn calendar(&self, cal: &Calendar, tense: Option<Tense>) -> Option<(DateValue, Basis)> {
        if cal.hijri {
            if let (None, Some(m), Some(o)) = (cal.year, cal.month, cal.month_offset) {
                // رمضان الماضي: the Hijri month before (or after) the anchor's Hijri date.
                let (ay, am) = self.month?;
                let day = self.day.or_else(|| NaiveDate::from_ymd_opt(ay, am, 15))?;
                let (hy, hm, _) = gregorian_to_hijri(day)?;
                let y = match o {
                    0 => hy,
                    o if o < 0 => (if m < hm { hy } else { hy - 1 }) + o + 1,
                    o => (if m > hm { hy } else { hy + 1 }) + o - 1,
                };
                let c = Calendar { year: Some(y), ..*cal };
                return hijri(&c).map(|v| (v, Basis::Published));
            }
            return hijri(cal).map(|v| (v, Basis::Absolute));
        }
        if let Some(y) = cal.year {
            return Some((build(y, cal.month, cal.day)?, Basis::Absolute));
        }
        if let Some(o) = cal.year_offset {
            return Some((build(self.year? + o, cal.month, cal.day)?, Basis::Published));
        }
        if let (None, Some(o)) = (cal.month, cal.month_offset) {
            // 18 من الشهر الجاري: a day of the anchor's month, shifted.
            let (ay, am) = self.month?;
            let n = ay * 12 + am as i32 - 1 + o;
            return Some((build(n.div_euclid(12), Some((n.rem_euclid(12) + 1) as u32), cal.day)?, Basis::Published));
        }
        if let (None, Some(wd), Some(d)) = (cal.month, cal.weekday, cal.day) {
            // الأربعاء الحادي عشر: the month nearest the anchor whose day `d` is that weekday.
            let a = self.day?;
            let (ay, am) = (a.year(), a.month() as i32);
            let mut fits: Vec<NaiveDate> = (-13..=13)
                .filter_map(|o| {
                    let n = ay * 12 + am - 1 + o;
                    NaiveDate::from_ymd_opt(n.div_euclid(12), (n.rem_euclid(12) + 1) as u32, d)
                })
                .filter(|x| x.weekday() == wd)
                .collect();
            fits.retain(|x| match tense {
                Some(Tense::Future) => *x >= a,
                Some(Tense::Past) => *x <= a,
                None => true,
            });
            let best = fits.into_iter().min_by_key(|x| ((*x - a).num_days().abs(), *x < a))?;
            return Some((DateValue::day(best), Basis::Expression));
        }
        let m = cal.month?;
        if let (Some(wd), Some(d)) = (cal.weekday, cal.day) {
            let on_weekday = |y: i32| NaiveDate::from_ymd_opt(y, m, d).is_some_and(|x| x.weekday() == wd);
            // A year after the anchor's, for a day coming within SLIP_WITHIN_DAYS in the
            // anchor's own year, puts a day a few days off a year ahead ("Thursday and Friday 11
            // and 12 August" on a page of 6 August 2021, when those days were a Wednesday and a
            // Thursday): the weekday is then the slip, not the year. Further off, the weekday
            // may well tell next year's day ("الاثنين 12/9" on 10 August 2021 is 12 September 2022).
            let a_year_ahead = |y: i32| {
                self.day.is_some_and(|a| y > a.year() && NaiveDate::from_ymd_opt(a.year(), m, d).is_some_and(|x| x >= a && (x - a).num_days() <= SLIP_WITHIN_DAYS))
            };
            let fits: Vec<i32> = WINDOW.filter(|&y| on_weekday(y)).collect();
            let plausible: Vec<i32> = fits.iter().copied().filter(|&y| !a_year_ahead(y)).collect();
            let fit = match (fits.len(), plausible.len()) {
                (_, 1) => Some(plausible[0]),
                // Several years of the window fit: the latest not after the anchor.
                (_, n) if n > 1 => plausible.iter().rev().find(|&&y| self.year.is_none_or(|a| y <= a)).or(plausible.first()).copied(),
                // Only a year ahead does: the weekday is left out.
                (n, 0) if n > 0 => None,
                // None does: a year around the anchor that fits (an article of 2023 or 2019),
                // the nearest first, then up to RECALLED_WEEKDAY_YEARS back ("الخميس 15 اغسطس"
                // on a page of 2021 is 2019's). Further off, the weekday is more likely misread
                // (another day's, a typo) than the date years away: it is left out, and the
                // date is placed as one without a weekday.
                _ => self.year.and_then(|a| [a, a - 1, a + 1].into_iter().chain((2..=RECALLED_WEEKDAY_YEARS).map(|k| a - k)).find(|&y| on_weekday(y) && !a_year_ahead(y))),
            };
            if let Some(y) = fit {
                return Some((build(y, Some(m), Some(d))?, Basis::Expression));
            }
        }
        if let Some((ay, am)) = self.month {
            // "le 5 décembre dernier" written on 10 December is five days before: a day of the
            // anchor's month counts on the side of the anchor's day it falls.
            let day_vs_anchor = cal.day.zip(self.day).filter(|_| m == am).map(|(d, a)| d.cmp(&a.day()));
            let y = match cal.month_offset {
                Some(0) => ay,
                Some(o) if o < 0 => (if m < am || day_vs_anchor == Some(std::cmp::Ordering::Less) { ay } else { ay - 1 }) + o + 1,
                Some(o) => (if m > am || day_vs_anchor == Some(std::cmp::Ordering::Greater) { ay } else { ay + 1 }) + o - 1,
                // No year, no direction: in a future clause the first such day (or month) not
                // before the anchor; in a past clause the last one not after it.
                None if tense == Some(Tense::Future) => {
                    // The first such day (or month) not before the anchor.
                    let passed = match (cal.day, self.day) {
                        (Some(d), Some(a)) => m == am && d < a.day(),
                        _ => false,
                    };
                    if m > am || m == am && !passed {
                        ay
                    } else {
                        ay + 1
                    }
                }
                // In a past clause the last such day (or month) not after the anchor: "زار
                // الرباط في 25 يوليو" written on 19 July is last year's.
                None if tense == Some(Tense::Past) => {
                    let ahead = match (cal.day, self.day) {
                        (Some(d), Some(a)) => m == am && d > a.day(),
                        _ => false,
                    };
                    if m < am || m == am && !ahead {
                        ay
                    } else {
                        ay - 1
                    }
                }
                // No cue: the nearest occurrence (three weeks ahead beats ten months back),
                // the coming one counting a quarter farther: news reports what happened, so of
                // two about as far ("in December" written in June) the past one wins.
                None => {
                    let a = self.day.or_else(|| NaiveDate::from_ymd_opt(ay, am, 15))?;
                    // (distance, is ahead) of the occurrence of year y.
                    let near = |y: i32| -> Option<(i64, bool)> {
                        let first = build(y, Some(m), cal.day)?.start;
                        let last = match cal.day {
                            Some(_) => first,
                            None => build(y, Some(m), Some(month_len(y, m)))?.start,
                        };
                        Some(if a < first { ((first - a).num_days(), true) } else if a > last { ((a - last).num_days(), false) } else { (0, false) })
                    };
                    [ay - 1, ay, ay + 1]
                        .into_iter()
                        .filter_map(|y| near(y).map(|(d, ahead)| (if ahead { 5 * d } else { 4 * d }, -y, y)))
                        .min()
                        .map(|x| x.2)?
                }
            };
            return Some((build(y, Some(m), cal.day)?, Basis::Published));
        }
        None
    }

    /// A Hijri day or month named without a Hijri year: the occurrence in the Gregorian
    /// `year` when written, else the one the direction or the tense points to, else the nearest.
    fn hijri_day(&self, month: u32, day: Option<u32>, year: Option<i32>, offset: Option<i32>, tense: Option<Tense>) -> Option<DateValue> {
        let a = match (self.day, self.month) {
            (Some(d), _) => Some(d),
            (None, Some((y, m))) => NaiveDate::from_ymd_opt(y, m, 15),
            _ => None,
        };
        // The Hijri years around the written year, else around the anchor.
        let around = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, 7, 1)?,
            None => a?,
        };
        let (hy, _, _) = gregorian_to_hijri(around)?;
        let occurrences: Vec<(NaiveDate, NaiveDate)> = (hy - 2..=hy + 2)
            .filter_map(|y| match day {
                Some(d) => hijri_to_gregorian(y, month, d).map(|x| (x, x)),
                None => Some((hijri_to_gregorian(y, month, 1)?, hijri_to_gregorian(y, month, hijri_month_len(y, month))?)),
            })
            .collect();
        self.pick_occurrence(&occurrences, year, offset, tense)
    }

    /// Of the occurrences of a feast or named month (first and last day, in order), the one
    /// that starts in the written Gregorian `year`, else the one `offset` counts from the
    /// anchor, else by the clause's tense, else the nearest the anchor: a day, or its days.
    fn pick_occurrence(&self, occurrences: &[(NaiveDate, NaiveDate)], year: Option<i32>, offset: Option<i32>, tense: Option<Tense>) -> Option<DateValue> {
        let a = match (self.day, self.month) {
            (Some(d), _) => Some(d),
            (None, Some((y, m))) => NaiveDate::from_ymd_opt(y, m, 15),
            _ => None,
        };
        let pick = if let Some(y) = year {
            occurrences.iter().find(|o| o.0.year() == y).copied()
        } else {
            let a = a?;
            match (offset, tense) {
                (Some(o), _) if o > 0 => occurrences.iter().filter(|o| o.0 > a).nth(o as usize - 1).copied(),
                (Some(o), _) if o < 0 => occurrences.iter().rev().filter(|o| o.1 < a).nth((-o) as usize - 1).copied(),
                (None, Some(Tense::Future)) => occurrences.iter().find(|o| o.1 >= a).copied(),
                (None, Some(Tense::Past)) => occurrences.iter().rev().find(|o| o.0 <= a).copied(),
                _ => occurrences
                    .iter()
                    .min_by_key(|o| if a < o.0 { (o.0 - a).num_days() } else if a > o.1 { (a - o.1).num_days() } else { 0 })
                    .copied(),
            }
        }?;
        Some(if pick.0 == pick.1 { DateValue::day(pick.0) } else { DateValue { start: pick.0, grain: Grain::Day, end: Some(pick.1) } })
    }

    fn weekday(&self, wd: Weekday, offset: Option<i32>, tense: Option<Tense>) -> Option<NaiveDate> {
        let a = self.day?;
        let back = |n: i64| a - Duration::days(n);
        let prev = back(match (a.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7) {
            0 => 7,
            n => n,
        });
        let next = a + Duration::days(match (wd.num_days_from_monday() as i64 - a.weekday().num_days_from_monday() as i64).rem_euclid(7) {
            0 => 7,
            n => n,
        });
        Some(match offset {
            Some(o) if o < 0 => prev - Duration::days(7 * (-o as i64 - 1)),
            Some(o) if o > 0 => next + Duration::days(7 * (o as i64 - 1)),
            // الخميس الجاري, هذا الخميس, "this Thursday", "ce jeudi": the day of the anchor's
            // (Monday to Sunday) week, unless the clause's tense puts it the other way ("la
            // délégation doit arriver ce lundi" written on a Friday is the next Monday, "وصل
            // هذا الخميس" written on a Tuesday the last Thursday).
            Some(_) => {
                let current = a + Duration::days(wd.num_days_from_monday() as i64 - a.weekday().num_days_from_monday() as i64);
                match tense {
                    Some(Tense::Future) if current < a => next,
                    Some(Tense::Past) if current > a => prev,
                    _ => current,
                }
            }
            _ if a.weekday() == wd => a,
            _ if tense == Some(Tense::Future) => next,
            _ => prev,
        })
    }

    fn period(&self, unit: Unit, offset: i32) -> Option<DateValue> {
        match unit {
            Unit::Week => Some(DateValue::week_of(self.day? + Duration::days(7 * offset as i64))),
            Unit::Month => {
                let (y, m) = self.month?;
                let n = y * 12 + m as i32 - 1 + offset;
                DateValue::month(n.div_euclid(12), (n.rem_euclid(12) + 1) as u32)
            }
            Unit::Year => DateValue::year(self.year? + offset),
        }
    }
}

/// Days in month `m` of year `y`.
fn month_len(y: i32, m: u32) -> u32 {
    (28..=31).rev().find(|&d| NaiveDate::from_ymd_opt(y, m, d).is_some()).unwrap_or(28)
}

/// The nth day, weekday or week of the month starting on `first` (n = -1: the last).
fn nth_of_month(first: NaiveDate, n: i32, of: NthOf) -> Option<DateValue> {
    let len = month_len(first.year(), first.month()) as i64;
    nth_within(first, first + Duration::days(len - 1), n, of)
}

/// The nth day, weekday, week or run of days of the month from `first` to `last` (a Gregorian
/// month, or the Gregorian days of a Hijri one; n = -1: the last).
fn nth_within(first: NaiveDate, last: NaiveDate, n: i32, of: NthOf) -> Option<DateValue> {
    let within = |d: NaiveDate| (first..=last).contains(&d);
    match of {
        NthOf::Day => {
            let d = if n < 0 { last } else { first + Duration::days(n as i64 - 1) };
            within(d).then(|| DateValue::day(d))
        }
        NthOf::Days(count) => {
            let count = count as i64;
            let (a, b) = if n < 0 { (last - Duration::days(count - 1), last) } else { (first, first + Duration::days(count - 1)) };
            (within(a) && within(b)).then_some(DateValue { start: a, grain: Grain::Day, end: Some(b) })
        }
        NthOf::Share(shares) => {
            let k = if n < 0 { shares as i64 } else { n as i64 };
            if !(1..=shares as i64).contains(&k) {
                return None;
            }
            let size = 30 / shares as i64;
            let a = first + Duration::days(size * (k - 1));
            let b = if k == shares as i64 { last } else { a + Duration::days(size - 1) };
            (within(a) && within(b)).then_some(DateValue { start: a, grain: Grain::Day, end: Some(b) })
        }
        NthOf::Weekday(wd) => {
            let d = if n < 0 {
                last - Duration::days((last.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7))
            } else {
                let gap = (wd.num_days_from_monday() as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
                first + Duration::days(gap + 7 * (n as i64 - 1))
            };
            within(d).then(|| DateValue::day(d))
        }
        NthOf::Week => {
            let d = if n < 0 { last } else { first + Duration::days(7 * (n as i64 - 1)) };
            within(d).then(|| DateValue::week_of(d))
        }
    }
}

fn build(y: i32, m: Option<u32>, d: Option<u32>) -> Option<DateValue> {
    match (m, d) {
        (None, _) => DateValue::year(y),
        (Some(m), None) => DateValue::month(y, m),
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(DateValue::day),
    }
}

/// A Hijri date as Gregorian days: a day, or the range of days of a month or a year.
fn hijri(cal: &Calendar) -> Option<DateValue> {
    let y = cal.year?;
    match (cal.month, cal.day) {
        (Some(m), Some(d)) => {
            let day = hijri_to_gregorian(y, m, d)?;
            // "الثلاثاء 19 ذو الحجة 1443": a month begun by a sighting (Morocco, Egypt) may run
            // a day off the Umm al-Qura table; the weekday written with the date tells which
            // neighbour of the table's day it is (19 July 2022, the table's 18th a Monday).
            let told = cal.weekday.and_then(|wd| [day, day + Duration::days(1), day - Duration::days(1)].into_iter().find(|d| d.weekday() == wd));
            Some(DateValue::day(told.unwrap_or(day)))
        }
        (Some(m), None) => {
            let start = hijri_to_gregorian(y, m, 1)?;
            let end = hijri_to_gregorian(y, m, hijri_month_len(y, m))?;
            Some(DateValue { start, grain: Grain::Day, end: Some(end) })
        }
        (None, _) => {
            let start = hijri_to_gregorian(y, 1, 1)?;
            let end = hijri_to_gregorian(y + 1, 1, 1)? - Duration::days(1);
            Some(DateValue { start, grain: Grain::Day, end: Some(end) })
        }
    }
}
