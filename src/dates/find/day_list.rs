//! Three days or more in a row listed with their month: "أيام 10 و11 و12 ديسمبر", "les 10, 11 et
//! 12 décembre", "on 10, 11 and 12 December", "December 10, 11 and 12, 2020": one stay, the
//! range from the first day to the last (a range rule alone would keep the last two). Three
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
        let range = |cal: Calendar, first: u32, in_a_row: bool, end: usize| {
            let from = Calendar { day: Some(first), weekday: None, ..cal };
            let kind = if in_a_row { ExprKind::Range(from, cal) } else { ExprKind::Calendar(from) };
            Some(Cand { start: i, end, kind, part: None, rule: "day-list" })
        };
        if let Some((month, false, _, _, e)) = self.month(i) {
            // December 10, 11 and 12[, 2020]
            let (first, last, count, in_a_row, at) = self.days_in_a_row(e)?;
            (count >= 3).then_some(())?;
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
