//! Three days or more in a row listed with their month: "أيام 10 و11 و12 ديسمبر", "les 10, 11 et
//! 12 décembre", "on 10, 11 and 12 December", "December 10, 11 and 12, 2020": one stay, the
//! range from the first day to the last (a range rule alone would keep the last two). Two days
//! after their month ("on Dec. 10 and 22", "July 5 and 19, 2022") are the range from one to the
//! other, as two days before it are. Three
//! days or more listed apart ("10, 15 and 20 December", "les 3, 8 et 12 mars") are no stay
//! and no range either: the list is its first day (the value model has no set of days, and a
//! range would claim the days between).

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// The joiner between two listed days at `k` ("،", ",", "and", "et", "و", or و written on
    /// the next day): the index of the next day.
    fn list_joiner(&self, k: usize) -> Option<usize> {
        if self.punct(k, crate::text::clause::COMMAS) {
            return Some(k + 1);
        }
        if self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some()) {
            return Some(k);
        }
        self.is(k, |w| w == Word::PairAnd || matches!(w, Word::RangeTo { .. }))
    }

    /// Days listed from `j` in rising order ("10, 11 and 12", "10 و11 و12", "10, 15 and 20"):
    /// the first, the last, how many, whether they follow each other, and the index of the
    /// last day's token (two days joined, "10 and 20", are a range: the callers want three).
    fn days_in_a_row(&self, j: usize) -> Option<(u32, u32, usize, bool, usize)> {
        let first = latin::day(self, j)?;
        let (mut last, mut at, mut count, mut in_a_row) = (first, j, 1, true);
        while let Some(k) = self.list_joiner(at + 1)
            && let Some(d) = latin::day(self, k).filter(|&d| d > last)
        {
            in_a_row &= d == last + 1;
            (last, at, count) = (d, k, count + 1);
        }
        Some((first, last, count, in_a_row, at))
    }

    /// The listed days with their month, after (day first) or before (month first).
    pub(super) fn day_list(&self, i: usize) -> Option<Cand> {
        // `in_a_row`: the days follow each other, or are two ("December 10 and 22": two days
        // of one month joined are a range, as «يومي 10 و22 دجنبر» and « les 10 et 22 décembre »
        // are read by the range rules).
        let range = |cal: Calendar, first: u32, in_a_row: bool, end: usize| {
            let from = Calendar { day: Some(first), weekday: None, ..cal };
            let kind = if in_a_row { ExprKind::Range(from, cal) } else { ExprKind::Calendar(from) };
            Some(Cand { start: i, end, kind, part: None, rule: "day-list" })
        };
        if let Some((month, false, _, _, e)) = self.month(i) {
            // December 10, 11 and 12[, 2020]; December 10 and 22[, 2020] (the day-first order
            // of two days is the range rules')
            let (first, last, count, in_a_row, at) = self.days_in_a_row(e)?;
            (count >= 2).then_some(())?;
            let in_a_row = in_a_row || count == 2;
            let mut cal = Calendar { month: Some(month), day: Some(last), ..Calendar::default() };
            let mut end = at + 1;
            if let Some((y, false, ye)) = self.year(latin::skip_comma(self, end)) {
                cal.year = Some(y);
                end = ye;
            }
            return range(cal, first, in_a_row, end);
        }
        let (first, _, count, in_a_row, at) = self.days_in_a_row(i)?;
        (count >= 3).then_some(())?;
        let (cal, end) = self.calendar(at).map(|(c, e, _)| (c, e)).or_else(|| latin::ordinal_day_month_at(self, at))?;
        cal.month?;
        range(cal, first, in_a_row, end)
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn two_days_after_their_month_are_a_range_as_two_days_before_it() {
        for (phrase, reference, value) in [
            ("the delegations met on Nov. 4 and 17", "2021-12-01", "2021-11-04/2021-11-17 day"),
            ("flights left on March 8th and 21st, 2022", "2022-06-01", "2022-03-08/2022-03-21 day"),
            ("on 4 and 17 November", "2021-12-01", "2021-11-04/2021-11-17 day"),
            ("les 4 et 17 novembre", "2021-12-01", "2021-11-04/2021-11-17 day"),
            ("يومي 4 و17 نونبر", "2021-12-01", "2021-11-04/2021-11-17 day"),
        ] {
            assert_eq!(read(phrase, reference), value, "{phrase}");
        }
        // Three days apart stay the first day (no stay, no range).
        assert_eq!(read("on November 4, 9 and 17", "2021-12-01"), "2021-11-04 day");
    }
}
