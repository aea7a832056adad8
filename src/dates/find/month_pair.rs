//! Two months in a row sharing the year written after the second: «شهري نونبر ودجنبر 2020»، «في
//! أكتوبر ونوفمبر 2021», "in October and November 2021", « en janvier et février 2022 ». The
//! year is both months' (the first is no month of the year nearest the page), and a stay or a
//! campaign told over both is one stretch: `START/END` of the two months, as two days in a row
//! joined by و/and/et are a range («يومي 21 و22 ديسمبر»). Two months apart ("in March and
//! October 2021") are two dates, not a stretch between them, and are left to the other rules.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// Two Gregorian months in a row at `i` (after «شهري» or «شهر» when written), joined by و
    /// (glued or apart), "and" or « et », then their year.
    pub(super) fn month_pair(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::MonthWord).unwrap_or(i);
        let (first, false, _, _, e) = self.month(j)? else { return None };
        // «ودجنبر»: و glued to the second month; «و دجنبر», "and", « et »: a word of its own.
        let glued = self.toks.get(e).is_some_and(|t| t.text.starts_with('و') && t.text.chars().count() > 1);
        let k = if glued { e } else { self.is(e, |w| w == Word::RangeTo { conjunction: true })? };
        let (second, false, _, _, e2) = self.month(k)? else { return None };
        if second != first + 1 {
            return None;
        }
        let (year, false, end) = self.year(e2)? else { return None };
        let month = |m: u32| Calendar { year: Some(year), month: Some(m), ..Calendar::default() };
        Some(Cand { start: i, end, kind: ExprKind::Range(month(first), month(second)), part: None, rule: "month-pair" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn two_months_in_a_row_share_the_year_after_them() {
        for (phrase, range) in [
            ("خلال شهري شتنبر وأكتوبر 2020", "2020-09/2020-10"),
            ("في مايو ويونيو 2021", "2021-05/2021-06"),
            ("بين يوليوز و غشت 2022 ستنطلق الرحلات", "2022-07/2022-08"),
            ("in April and May 2021", "2021-04/2021-05"),
            ("en juillet et août 2022", "2022-07/2022-08"),
        ] {
            assert_eq!(read(phrase, "2021-08-11"), format!("{range} month"), "{phrase}");
        }
    }

    #[test]
    fn two_months_apart_are_no_stretch() {
        assert_eq!(read("في مارس وأكتوبر 2021", "2022-03-29"), "2021-10 month");
        assert_eq!(read("in December and January 2021", "2022-03-29"), "2021-01 month");
    }
}
