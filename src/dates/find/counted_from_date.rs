//! A count of days, weeks, months or years after (or before) a date written with its year: "a
//! year after December 22, 2020", "six months after March 2021", « un an après le 10 décembre
//! 2020 », «بعد عام من 10 دجنبر 2020», «بعد مرور سنة على 22 ديسمبر 2020»: that date moved by
//! the count, a date of its own. Read as the written date alone it would date the event told a
//! year (or six months) early. The date must carry its year: with a year the move is exact
//! here, without one ("a year after December 22") it would need the anchor, and is left to the
//! written date's own reading.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Unit};

/// The rule name of a count moved from a written date.
const COUNTED_FROM_DATE: &str = "counted-from-date";

impl Parser<'_> {
    /// English and French order: the count, "after" or "before" (« après », « avant »), maybe
    /// a word that makes it exact ("to the day", « jour pour jour ») before them, then the
    /// date ("a year to the day after December 10, 2020").
    pub(super) fn counted_from_date_latin(&self, i: usize) -> Option<Cand> {
        let ((count, unit), mut k) = self.counted(i)?;
        if let Some(e) = self.is(k, |w| matches!(w, Word::Exact | Word::Anniversary(0))) {
            k = e;
        }
        let (sign, k) = self.shift_word_before_date(k)?;
        self.from_written_date(i, k, sign * count, unit)
    }

    /// The Arabic order, after بعد or قبل and the count ([`Parser::ago`]): من or على, then the
    /// date (`k`: the token after the count).
    pub(super) fn counted_from_date_arabic(&self, i: usize, k: usize, signed: i32, unit: Option<Unit>) -> Option<Cand> {
        // «بعد عام بالتمام من 22 ديسمبر 2020», «بعد سنة بالضبط من»: a word that makes the count
        // exact may stand before من, as "to the day" before "after".
        let k = self.is(k, |w| w == Word::Exact).unwrap_or(k);
        self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "علي" | "على")).then_some(())?;
        self.from_written_date(i, k + 1, signed, unit)
    }

    /// "after", "before", « après », « avant » at `j` (a shift word written as a preposition,
    /// not "later" or « plus tard », which close their phrase): (sign, end).
    fn shift_word_before_date(&self, j: usize) -> Option<(i32, usize)> {
        let (Word::Shift(sign @ (1 | -1)), n) = self.word(j, |w| matches!(w, Word::Shift(1 | -1)))? else { return None };
        matches!(self.toks[j + n - 1].text, "after" | "before" | "après" | "apres" | "avant").then_some((sign, j + n))
    }

    /// The date written at `k` (or after one link word, « le », or the article of a date
    /// written before its noun: "a year after the December 10, 2020 declaration"), moved by
    /// `signed` units: the expression from `i` to its end.
    fn from_written_date(&self, i: usize, k: usize, signed: i32, unit: Option<Unit>) -> Option<Cand> {
        let date = self
            .best_at(k)
            .or_else(|| self.is(k, |w| w == Word::Link).and_then(|e| self.best_at(e)))
            .or_else(|| super::latin::word_is(self, k, &["the"]).then(|| self.best_at(k + 1)).flatten())?;
        let ExprKind::Calendar(c) = date.kind else { return None };
        let moved = moved(c, signed, unit)?;
        Some(Cand { start: i, end: date.end, kind: ExprKind::Calendar(moved), part: None, rule: COUNTED_FROM_DATE })
    }
}

/// `c` moved by `signed` units (None: days), at its own grain: a day by any unit, a month by
/// months or years, a year by years. None when `c` has no year of its own (a direction, a
/// Hijri year) or the count is finer than it ("three days after March 2021").
pub(super) fn moved(c: Calendar, signed: i32, unit: Option<Unit>) -> Option<Calendar> {
    if c.hijri || c.year_offset.is_some() || c.month_offset.is_some() {
        return None;
    }
    let year = c.year?;
    let months = match unit {
        Some(Unit::Year) => Some(12 * signed),
        Some(Unit::Month) => Some(signed),
        _ => None,
    };
    let plain = |d: NaiveDate, with_day: bool| Calendar { year: Some(d.year()), month: Some(d.month()), day: with_day.then(|| d.day()), ..Calendar::default() };
    match (c.month, c.day) {
        (Some(month), Some(day)) => {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            let moved = match (months, super::relative::shift_days(signed, unit)) {
                (Some(m), _) => plus_months(date, m)?,
                (_, Some(d)) => plus_days(date, d)?,
                _ => return None,
            };
            Some(plain(moved, true))
        }
        (Some(month), None) => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            Some(plain(plus_months(first, months?)?, false))
        }
        (None, None) => (unit == Some(Unit::Year)).then(|| Calendar { year: Some(year + signed), ..Calendar::default() }),
        (None, Some(_)) => None,
    }
}

fn plus_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    if months >= 0 { d.checked_add_months(Months::new(months as u32)) } else { d.checked_sub_months(Months::new(months.unsigned_abs())) }
}

fn plus_days(d: NaiveDate, days: i32) -> Option<NaiveDate> {
    if days >= 0 { d.checked_add_days(Days::new(days as u64)) } else { d.checked_sub_days(Days::new(days.unsigned_abs() as u64)) }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_count_after_a_written_date_is_that_date_moved() {
        for (phrase, reference, value) in [
            ("a year after December 22, 2020, the embassy opened", "2021-03-18", "2021-12-22 day"),
            ("three weeks after 10 December 2020", "2021-06-01", "2020-12-31 day"),
            ("the office reopened eight months after March 2021", "2022-05-01", "2021-11 month"),
            ("two days before November 3, 2021", "2021-12-01", "2021-11-01 day"),
            ("six mois après le 22 décembre 2020", "2021-08-01", "2021-06-22 day"),
            ("un an jour pour jour après le 10 décembre 2020", "2022-01-05", "2021-12-10 day"),
            ("بعد ثلاثة أشهر من 22 ديسمبر 2020", "2021-08-01", "2021-03-22 day"),
            ("وبعد مرور عامين على 10 دجنبر 2020", "2022-12-15", "2022-12-10 day"),
            ("قبل أسبوع من 25 يوليوز 2021", "2021-08-01", "2021-07-18 day"),
            // A word that makes the count exact before من; the date before its noun in English.
            ("بعد شهرين بالضبط من 10 دجنبر 2020", "2021-06-01", "2021-02-10 day"),
            ("بعد سنة تماما على 22 ديسمبر 2020", "2022-03-01", "2021-12-22 day"),
            ("six weeks after the November 3, 2021 elections", "2022-01-10", "2021-12-15 day"),
            ("a year to the day after the 22 December 2020 signing", "2022-01-10", "2021-12-22 day"),
            ("two years after the March 2021 talks", "2022-01-10", "2023-03 month"),
        ] {
            assert_eq!(read(phrase, reference), value, "{phrase} @{reference}");
        }
    }

    #[test]
    fn a_date_without_its_year_or_an_event_keeps_its_own_reading() {
        // No year: the written date alone, as before.
        assert_eq!(read("a year after December 22", "2021-03-18"), "2020-12-22 day");
        // A count of days is finer than a month told alone: the month stays.
        assert_eq!(read("three days after March 2021", "2021-06-01"), "2021-03 month");
        // An event between: «بعد عام من التطبيع» counts from the normalisation, no date.
        assert_eq!(read("بعد عام من التطبيع", "2021-12-22"), "");
    }
}
