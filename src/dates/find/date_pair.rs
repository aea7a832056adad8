//! Two days in a row across a month's end, each written with its month: «يومي 30 نونبر و1
//! دجنبر 2020», "on 30 November and 1 December", "November 30 and December 1, 2021", « les 30
//! novembre et 1er décembre », « le 31 décembre et le 1er janvier ». A stay or a visit told
//! over both is one stretch, as two days of one month joined by و/and/et are («يومي 21 و22
//! ديسمبر», read by the range rules): `START/END`. Two dates apart ("3 March and 10 April",
//! «في 30 نونبر و3 دجنبر») stay two dates, read by the other rules.
//!
//! A year written once, after the second date, is both days' (the first is placed by
//! `resolve` as the last such day before the second: 31 December 2020 for "31 December and 1
//! January 2021"); one written after the first only is the second's too, a year on across a
//! year's end.

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// The two dates at `i` (after «يومي» or a determiner when written), joined by و (apart or
    /// on the second day), "and", « et » or « et le ».
    pub(super) fn date_pair(&self, i: usize) -> Option<Cand> {
        let before_day = |e: usize| latin::day(self, e).is_some() || self.day(e).is_some();
        let j = match self.is(i, |w| matches!(w, Word::Determiner | Word::DayWord)) {
            Some(e) if before_day(e) => e,
            Some(_) => return None,
            None => i,
        };
        let (a, e) = self.dated_day(j)?;
        let glued = self.toks.get(e).is_some_and(|t| t.text.starts_with('و') && t.num.is_some());
        let k = if glued { e } else { self.is(e, |w| w == Word::PairAnd || w == Word::RangeTo { conjunction: true })? };
        let k = self.is(k, |w| w == Word::Determiner).filter(|&d| before_day(d)).unwrap_or(k);
        let (mut b, end) = self.dated_day(k)?;
        let (Some(ma), Some(da), Some(mb), Some(db)) = (a.month, a.day, b.month, b.day) else { return None };
        let next_month = mb == ma % 12 + 1;
        if !(ma == mb && db == da + 1 || next_month && db == 1 && da >= last_day_at_least(ma)) {
            return None;
        }
        // Written after the first only (rare): the second's, a year on across December.
        if b.year.is_none() && b.year_offset.is_none() && b.month_offset.is_none() {
            b.year = a.year.map(|y| y + i32::from(mb < ma));
        }
        Some(Cand { start: i, end, kind: ExprKind::Range(Calendar { weekday: None, ..a }, Calendar { weekday: None, ..b }), part: None, rule: "date-pair" })
    }

    /// A Gregorian day with its month at `j`, day first ("30 نونبر", "30 November", « 1er
    /// décembre ») or month first ("November 30", "December 1, 2021"): (calendar, end).
    fn dated_day(&self, j: usize) -> Option<(Calendar, usize)> {
        let full = |c: &Calendar| c.day.is_some() && c.month.is_some() && !c.hijri;
        self.calendar(j)
            .filter(|(c, _, rule)| full(c) && *rule != super::relative::SAME_PERIOD)
            .map(|(c, e, _)| (c, e))
            .or_else(|| latin::ordinal_day_month_at(self, j))
            .or_else(|| latin::month_day_at(self, j))
            .filter(|(c, _)| full(c))
    }
}

/// The fewest days month `m` can have (February 28: the year may be unknown; a 29th followed
/// by 1 March is a leap year's end of February and reads too).
fn last_day_at_least(m: u32) -> u32 {
    match m {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn two_days_in_a_row_across_a_months_end_are_one_stretch() {
        for (phrase, reference, range) in [
            ("زار الوفد الرباط يومي 30 نونبر و1 دجنبر 2020", "2020-12-13", "2020-11-30/2020-12-01"),
            ("في 31 ديسمبر و1 يناير", "2021-01-05", "2020-12-31/2021-01-01"),
            ("the talks ran on 30 November and 1 December", "2020-12-13", "2020-11-30/2020-12-01"),
            ("on November 30 and December 1, 2021", "2022-03-31", "2021-11-30/2021-12-01"),
            ("les 30 novembre et 1er décembre", "2020-12-13", "2020-11-30/2020-12-01"),
            ("le 31 décembre 2021 et le 1er janvier", "2022-03-31", "2021-12-31/2022-01-01"),
            ("on 28 February and 1 March 2022", "2022-03-31", "2022-02-28/2022-03-01"),
        ] {
            assert_eq!(read(phrase, reference), format!("{range} day"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn two_dates_apart_are_no_stretch() {
        // The longest of the two dates is what the phrase reads.
        assert_eq!(read("on 3 March and 10 April 2022", "2022-05-01"), "2022-04-10 day");
        assert_eq!(read("في 29 نونبر و1 دجنبر 2020", "2020-12-13"), "2020-12-01 day");
        assert_eq!(read("on 30 March and 1 April 2022", "2022-05-01"), "2022-04-01 day");
    }
}
