//! The anchor's day moved by whole weeks or years, told by "this time" or "the same day" and a
//! direction: "this time next week", « à la même heure la semaine prochaine », «في مثل هذا
//! الوقت من الأسبوع المقبل» (the anchor's day a week on: a time of the week is a day, where "this
//! time last year" is a time of year, its month); the direction first, "next week at this
//! time", « la semaine prochaine à la même heure », « l'an prochain à pareille date »; and "the
//! same day last year", « le même jour l'an dernier », «في اليوم ذاته من العام الفائت» (the
//! anchor's day a year back, as "this day last year" is: [`ExprKind::ThisDayOf`]).
//!
//! Without a direction these words keep their readings ("this time" alone no date, "the same
//! day" the day told before), and "this time last year" stays the month a year back
//! (relative.rs `this_day_of`).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

/// Rule name of the anchor's day a number of weeks on or back.
const THIS_TIME_WEEKS_ON: &str = "this-time-weeks-on";
/// Rule name of the anchor's day or month in another year, the direction told first.
const YEAR_THEN_THIS_DAY: &str = "year-then-this-day";
/// Rule name of "the same day" in another year.
const SAME_DAY_OF_YEAR: &str = "same-day-of-year";

/// Words between a direction and the "this time" after it: "next week at this time", "last
/// year on this day", « la
/// semaine prochaine à la même heure », «الأسبوع المقبل في مثل هذا الوقت».
const BEFORE_THIS_TIME: &[&str] = &["at", "on", "by", "around", "à", "a", "vers", "في"];

impl Parser<'_> {
    /// "this time" (any `this_day` word) and a week counted from the anchor's after it, «من»,
    /// "of", « de » between or not: the anchor's day that many weeks on.
    pub(super) fn this_time_weeks_on(&self, i: usize) -> Option<Cand> {
        let (_, n) = self.word(i, |w| matches!(w, Word::ThisDay(_)))?;
        let mut k = i + n;
        if self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "of" | "de")) {
            k += 1;
        }
        let (weeks, end) = self.weeks_counted_at(k)?;
        Some(Cand { start: i, end, kind: days_on(7 * weeks), part: None, rule: THIS_TIME_WEEKS_ON })
    }

    /// A week or year counted from the anchor's, then "at this time", « à pareille date », «في
    /// مثل هذا اليوم»: the anchor's day a number of weeks on, or its day (or month, for a time of
    /// year) in that year.
    pub(super) fn period_then_this_time(&self, i: usize) -> Option<Cand> {
        let this_time_at = |k: usize| {
            let k = if self.toks.get(k).is_some_and(|t| BEFORE_THIS_TIME.contains(&t.text)) { k + 1 } else { k };
            self.word(k, |w| matches!(w, Word::ThisDay(_))).map(|(w, n)| (w, k + n))
        };
        if let Some((weeks, e)) = self.weeks_counted_at(i)
            && let Some((_, end)) = this_time_at(e)
        {
            return Some(Cand { start: i, end, kind: days_on(7 * weeks), part: None, rule: THIS_TIME_WEEKS_ON });
        }
        let (years, e) = self.years_counted_at(i)?;
        let (Word::ThisDay(month), end) = this_time_at(e)? else { return None };
        let kind = ExprKind::ThisDayOf { year: None, year_offset: Some(years), month, months: 0 };
        Some(Cand { start: i, end, kind, part: None, rule: YEAR_THEN_THIS_DAY })
    }

    /// "the same day" (a `same_day` word of no days, «اليوم نفسه», «في اليوم ذاته») and a year
    /// counted from the anchor's after it: the anchor's day that year.
    pub(super) fn same_day_of_year(&self, i: usize) -> Option<Cand> {
        let k = if let Some((Word::SameDay(0) | Word::ThatDay | Word::TheSameDay, n)) = self.word(i, |w| matches!(w, Word::SameDay(_) | Word::ThatDay | Word::TheSameDay)) {
            i + n
        } else {
            // «اليوم نفسه», «نفس اليوم», «في اليوم ذاته»: the same-period reading of a day.
            let c = self.same_period(i).or_else(|| self.toks.get(i).filter(|t| t.text == "في").and_then(|_| self.same_period(i + 1)))?;
            match c.kind {
                ExprKind::Same { unit: None, .. } => c.end,
                _ => return None,
            }
        };
        let k = if self.toks.get(k).is_some_and(|t| t.text == "من") { k + 1 } else { k };
        let (years, end) = self.years_counted_at(k)?;
        let kind = ExprKind::ThisDayOf { year: None, year_offset: Some(years), month: false, months: 0 };
        Some(Cand { start: i, end, kind, part: None, rule: SAME_DAY_OF_YEAR })
    }

    /// A week counted from the anchor's at `k`, not this one: "next week", « la semaine
    /// dernière », «الأسبوع المقبل»: (weeks, end).
    fn weeks_counted_at(&self, k: usize) -> Option<(i32, usize)> {
        self.period_counted_at(k, Unit::Week)
    }

    /// A year counted from the anchor's at `k`, not this one: "last year", « l'an prochain »,
    /// «العام الماضي»: (years, end).
    fn years_counted_at(&self, k: usize) -> Option<(i32, usize)> {
        self.period_counted_at(k, Unit::Year)
    }

    /// A period of `unit` with its direction on either side, the article before it or not:
    /// (periods from the anchor's, end); none for the anchor's own ("this week").
    fn period_counted_at(&self, k: usize, unit: Unit) -> Option<(i32, usize)> {
        let k = self.is(k, |w| w == Word::Determiner).filter(|&e| self.is(e, |w| w == Word::Period(unit)).is_some()).unwrap_or(k);
        let (o, end) = if let Some((Word::Dir(o), n)) = self.word(k, |w| matches!(w, Word::Dir(_)))
            && let Some(e) = self.is(k + n, |w| w == Word::Period(unit))
        {
            (o, e)
        } else {
            self.period_direction(k, unit)?
        };
        (o != 0).then_some((o, end))
    }
}

/// The anchor's day `days` on (back when negative).
fn days_on(days: i32) -> ExprKind {
    ExprKind::Relative { days, weekday: None, date: None }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn this_time_a_week_on_is_the_day_a_week_on() {
        // Wednesday 9 June 2021, Monday 14 November 2022.
        assert_eq!(read("this time next week", "2021-06-09"), "2021-06-16 day");
        assert_eq!(read("by this time last week", "2022-11-14"), "2022-11-07 day");
        assert_eq!(read("next week at this time", "2022-11-14"), "2022-11-21 day");
        assert_eq!(read("à la même heure la semaine prochaine", "2021-06-09"), "2021-06-16 day");
        assert_eq!(read("la semaine prochaine à la même heure", "2022-11-14"), "2022-11-21 day");
        assert_eq!(read("في مثل هذا الوقت من الأسبوع المقبل", "2021-06-09"), "2021-06-16 day");
        assert_eq!(read("وفي مثل هذا اليوم من الأسبوع الماضي", "2022-11-14"), "2022-11-07 day");
        assert_eq!(read("الأسبوع القادم في مثل هذا الوقت", "2022-11-14"), "2022-11-21 day");
    }

    #[test]
    fn this_time_of_a_year_told_first_is_that_years() {
        assert_eq!(read("l'an prochain à pareille date", "2021-06-09"), "2022-06-09 day");
        // « dernier » before « à » points back here, no rank ("the last one to").
        assert_eq!(read("l'an dernier à pareille date, les vols reprenaient", "2022-03-02"), "2021-03-02 day");
        assert_eq!(read("l'année dernière à pareille époque", "2022-03-02"), "2021-03 month");
        assert_eq!(read("l'année prochaine à la même époque", "2022-11-14"), "2023-11 month");
        assert_eq!(read("last year on this day", "2022-11-14"), "2021-11-14 day");
        assert_eq!(read("last year at this time", "2022-11-14"), "2021-11 month");
        assert_eq!(read("العام الماضي في مثل هذا اليوم", "2021-06-09"), "2020-06-09 day");
    }

    #[test]
    fn the_same_day_of_another_year_is_the_anchors_day_that_year() {
        assert_eq!(read("on the same day last year", "2022-11-14"), "2021-11-14 day");
        assert_eq!(read("le même jour l'an dernier", "2021-06-09"), "2020-06-09 day");
        assert_eq!(read("في اليوم ذاته من العام الفائت", "2021-06-09"), "2020-06-09 day");
        assert_eq!(read("واليوم نفسه من السنة الماضية", "2022-11-14"), "2021-11-14 day");
        assert_eq!(read("في نفس اليوم من العام المقبل", "2021-06-09"), "2022-06-09 day");
    }

    #[test]
    fn without_a_direction_the_words_keep_their_readings() {
        // "this time last year" is a time of year; "this week" and "the same day" alone are
        // read by their own rules.
        assert_eq!(read("this time last year", "2022-11-14"), "2021-11 month");
        assert_eq!(read("the same day", "2022-11-14"), "2022-11-14 day");
        assert_eq!(read("this time", "2022-11-14"), "");
    }
}
