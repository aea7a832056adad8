//! A fraction of a year with the year first, in the English possessive: "2021's first half",
//! "2022's second quarter", "last year's first half" is read by [`super::latin`]'s rank-first
//! rule when the year follows ("the first half of 2021"); wire copy and business pages put it
//! before. Its months, `START/END`.

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::Calendar;

impl Parser<'_> {
    /// "2021's first half", "2022’s third quarter" at `i`, or after a preposition of years there
    /// ("in 2021's first half", which "in 2021" would otherwise take).
    pub(super) fn possessive_year_fraction(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::YearPrep).unwrap_or(i);
        let (y, false, e) = self.year(j)? else { return None };
        if !(latin::word_is(self, e, &["'", "’"]) && latin::word_is(self, e + 1, &["s"])) {
            return None;
        }
        let (rank, n) = latin::rank_at(self, e + 2)?;
        let (Word::YearFraction(months, _), m) = self.word(e + 2 + n, |w| matches!(w, Word::YearFraction(..)))? else { return None };
        let parts = (12 / months) as i32;
        let rank = if rank == -1 { parts } else { rank };
        (1..=parts).contains(&rank).then_some(())?;
        let kind = latin::fraction_range(Calendar { year: Some(y), ..Calendar::default() }, months, rank);
        Some(Cand { start: i, end: e + 2 + n + m, kind, part: None, rule: "possessive-year-fraction" })
    }
}

#[cfg(test)]
mod tests {
    /// What `phrase` reads as on 2022-03-29.
    fn read(phrase: &str) -> String {
        crate::dates::find::read_phrase(phrase, "2022-03-29")
    }

    #[test]
    fn a_years_fraction_with_the_year_first_is_its_months() {
        assert_eq!(read("trade grew in 2021's first half"), "2021-01/2021-06 month");
        assert_eq!(read("2020’s last quarter"), "2020-10/2020-12 month");
        assert_eq!(read("2022's 2nd half"), "2022-07/2022-12 month");
        // A fifth quarter is none: the year alone.
        assert_eq!(read("2021's fifth quarter"), "2021 year");
    }
}
