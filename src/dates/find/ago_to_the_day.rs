//! Counts back told to the writing day or month: "a year ago today", "two years ago this
//! month", "a month ago yesterday", « il y a un an aujourd'hui », « il y a deux ans ce
//! mois-ci », «قبل عام من اليوم», «قبل شهر من أمس», «قبل عامين في مثل هذا الشهر». A count of
//! periods back alone is the period ("a year ago" is last year, [`Parser::ago`]); the day or
//! month of writing named right after it says which day or month of that period: the anchor's
//! day (or the day before, for "yesterday") that many years, months or weeks back, or the
//! anchor's month that many years back, as "on this day last year" and «في مثل هذا الشهر من
//! العام الماضي» are read ([`ExprKind::ThisDayOf`]).
//!
//! Only years, months and weeks: "three days ago yesterday" says nothing a reader would write,
//! and a count of days is a day already.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

/// Rule names of a count told to a day: the day it is counted from, in days from the writing
/// day ([`shift_of`] turns it into the expression's shift).
const TO_THE_DAY: [(&str, i32); 3] = [("ago-to-the-day", 0), ("ago-to-yesterday", -1), ("ago-to-the-day-before-yesterday", -2)];

/// Rule name of a count of years told to the month of writing.
const TO_THE_MONTH: &str = "ago-to-the-month";

/// The days a reading of this module counts from the writing day ("a month ago yesterday":
/// -1), to be the expression's [`crate::dates::value::DateExpr::shift`]; 0 for every other rule.
pub(super) fn shift_of(rule: &str) -> i32 {
    TO_THE_DAY.iter().find(|(name, _)| *name == rule).map_or(0, |&(_, days)| days)
}

/// What names the writing day or month after a count back.
#[derive(Clone, Copy)]
enum Told {
    /// A relative day: today (0), yesterday (-1), the day before (-2).
    Day(i32),
    /// The month of writing: "this month", « ce mois-ci », «مثل هذا الشهر».
    Month,
}

impl Parser<'_> {
    /// `c`, told to the writing day or month when it is a count of years, months or weeks back
    /// (rule `counted-ago`) with "today", "yesterday", "this month" right after it (Arabic «من
    /// اليوم», «من أمس» inside it, [`Parser::ago`] reads them there; «في مثل هذا الشهر» after
    /// it). Another reading is kept as it is.
    pub(super) fn ago_to_the_day(&self, c: Cand) -> Cand {
        if c.rule != "counted-ago" {
            return c;
        }
        let ExprKind::Period { unit, offset } = c.kind else { return c };
        if offset >= 0 {
            return c;
        }
        let Some((told, end)) = self.told_within(c).or_else(|| self.told_after(c.end)) else { return c };
        let (kind, rule) = match (told, unit) {
            (Told::Day(d), Unit::Year) => (ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: false, months: 0 }, d),
            (Told::Day(d), Unit::Month) => (ExprKind::ThisDayOf { year: None, year_offset: Some(0), month: false, months: offset }, d),
            (Told::Day(d), Unit::Week) => (ExprKind::Relative { days: 7 * offset + d, weekday: None, date: None }, 0),
            (Told::Month, Unit::Year) => {
                return Cand { end, kind: ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: true, months: 0 }, rule: TO_THE_MONTH, ..c };
            }
            (Told::Month, _) => return c,
        };
        let Some(&(rule, _)) = TO_THE_DAY.iter().find(|&&(_, days)| days == rule) else { return c };
        Cand { end, kind, rule, ..c }
    }

    /// «قبل عام من اليوم»: the relative day [`Parser::ago`] took in as what it counts from.
    fn told_within(&self, c: Cand) -> Option<(Told, usize)> {
        let last = c.end.checked_sub(1)?;
        let (Word::RelDay(d @ -2..=0), n) = self.word(last, |w| matches!(w, Word::RelDay(_)))? else { return None };
        (n == 1 && last > c.start && self.toks[last - 1].text == "من").then_some((Told::Day(d), c.end))
    }

    /// "today", « aujourd'hui », "this month", « ce mois-ci », «في مثل هذا الشهر» right after
    /// the count (Arabic after في or من).
    fn told_after(&self, k: usize) -> Option<(Told, usize)> {
        let latin = self.toks.get(k.checked_sub(1)?)?.is_latin();
        let k = if !latin && self.toks.get(k).is_some_and(|t| matches!(t.text, "في" | "من")) { k + 1 } else { k };
        if let Some((Word::ThisDay(month), n)) = self.word(k, |w| matches!(w, Word::ThisDay(_))) {
            return Some((if month { Told::Month } else { Told::Day(0) }, k + n));
        }
        if latin && let Some((Word::RelDay(d @ -2..=0), n)) = self.word(k, |w| matches!(w, Word::RelDay(_))) {
            return Some((Told::Day(d), k + n));
        }
        let period = self.best_at(k)?;
        (period.start == k && matches!(period.kind, ExprKind::Period { unit: Unit::Month, offset: 0 })).then_some((Told::Month, period.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_count_of_years_or_months_back_told_to_today_is_that_day() {
        for (phrase, reference, day) in [
            ("the accords were signed two years ago today", "2022-12-22", "2020-12-22"),
            ("A year ago today, the first flight landed in Marrakech", "2022-07-25", "2021-07-25"),
            ("the office reopened six months ago yesterday", "2021-07-27", "2021-01-26"),
            ("il y a un an aujourd'hui, l'avion atterrissait à Rabat", "2021-12-22", "2020-12-22"),
            ("وقع الاتفاق قبل عامين من اليوم", "2022-12-22", "2020-12-22"),
            ("حطت الطائرة قبل سنة من أمس", "2021-12-23", "2020-12-22"),
            ("زار الوفد الرباط قبل ثلاثة أشهر من اليوم", "2021-11-24", "2021-08-24"),
            ("three weeks ago yesterday", "2021-08-11", "2021-07-20"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn a_count_of_years_back_told_to_this_month_is_that_month() {
        for (phrase, reference, month) in [
            ("two years ago this month, Rabat and Tel Aviv restored ties", "2022-12-05", "2020-12"),
            ("il y a deux ans ce mois-ci", "2022-12-05", "2020-12"),
            ("وقبل عامين في مثل هذا الشهر استأنف البلدان علاقاتهما", "2022-12-05", "2020-12"),
            ("قبل سنة في هذا الشهر", "2021-08-11", "2020-08"),
        ] {
            assert_eq!(read(phrase, reference), format!("{month} month"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn a_count_back_without_the_day_of_writing_stays_the_period() {
        assert_eq!(read("two years ago, today's partners were rivals", "2022-12-22"), "2020 year");
        assert_eq!(read("قبل عامين", "2022-12-22"), "2020 year");
        assert_eq!(read("three days ago yesterday", "2021-08-11"), "2021-08-08 day");
    }
}
