//! Three days or more in a row listed with their month: "أيام 10 و11 و12 ديسمبر", "les 10, 11 et
//! 12 décembre", "on 10, 11 and 12 December", "December 10, 11 and 12, 2020": one stay, the
//! range from the first day to the last (a range rule alone would keep the last two). Days
//! listed apart ("10, 15 and 20 December") are not one stay, and are left to the other rules.

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// The joiner between two listed days at `k` ("،", ",", "and", "et", "و", or و written on
    /// the next day): the index of the next day.
    fn list_joiner(&self, k: usize) -> Option<usize> {
        if self.punct(k, &[',', '،']) {
            return Some(k + 1);
        }
        if self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some()) {
            return Some(k);
        }
        self.is(k, |w| w == Word::PairAnd || w == Word::RangeTo)
    }

    /// Days in a row from `j` ("10, 11 and 12", "10 و11 و12"): the first, the last, how many,
    /// and the index of the last day's token.
    fn days_in_a_row(&self, j: usize) -> Option<(u32, u32, usize, usize)> {
        let first = latin::day(self, j)?;
        let (mut last, mut at, mut count) = (first, j, 1);
        while let Some(k) = self.list_joiner(at + 1)
            && let Some(d) = latin::day(self, k).filter(|&d| d == last + 1)
        {
            (last, at, count) = (d, k, count + 1);
        }
        Some((first, last, count, at))
    }

    /// The listed days with their month, after (day first) or before (month first).
    pub(super) fn day_list(&self, i: usize) -> Option<Cand> {
        let range = |cal: Calendar, first: u32, end: usize| {
            let from = Calendar { day: Some(first), weekday: None, ..cal };
            Some(Cand { start: i, end, kind: ExprKind::Range(from, cal), part: None, rule: "day-list" })
        };
        if let Some((month, false, _, _, e)) = self.month(i) {
            // December 10, 11 and 12[, 2020]
            let (first, last, count, at) = self.days_in_a_row(e)?;
            (count >= 3).then_some(())?;
            let mut cal = Calendar { month: Some(month), day: Some(last), ..Calendar::default() };
            let mut end = at + 1;
            if let Some((y, false, ye)) = self.year(latin::skip_comma(self, end)) {
                cal.year = Some(y);
                end = ye;
            }
            return range(cal, first, end);
        }
        let (first, _, count, at) = self.days_in_a_row(i)?;
        (count >= 3).then_some(())?;
        let (cal, end) = self.calendar(at).map(|(c, e, _)| (c, e)).or_else(|| latin::ordinal_day_month_at(self, at))?;
        cal.month?;
        range(cal, first, end)
    }
}
