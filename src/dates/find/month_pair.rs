//! Two months in a row sharing the year written after the second: «شهري نونبر ودجنبر 2020»، «في
//! أكتوبر ونوفمبر 2021», "in October and November 2021", « en janvier et février 2022 ». The
//! year is both months' (the first is no month of the year nearest the page), and a stay or a
//! campaign told over both is one stretch: `START/END` of the two months, as two days in a row
//! joined by و/and/et are a range («يومي 21 و22 ديسمبر»). Two months apart ("in March and
//! October 2021") are two dates, not a stretch between them, and are left to the other rules.
//!
//! Without a year the pair is still one stretch: with a direction after it, which the dual
//! says is both months' («شهري يناير وفبراير الماضيين»، «يونيو ويوليو المقبلين», « juin et
//! juillet derniers »: the second month is the last or next one, the first the one before it),
//! or with nothing after it when «شهري» or a preposition opens it, or both names are months
//! only («شهري يونيو ويوليو», "in June and July", « en juin et juillet »: the second month read
//! as a month alone is, by the clause's tense or else the nearest, and the first the one before
//! it). A pair of names that are also words («مارس وأبريل» without a cue) is left alone.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// Two Gregorian months in a row at `i` (after «شهري» or «شهر» when written), joined by و
    /// (glued or apart), "and" or « et », then their year.
    pub(super) fn month_pair(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::MonthWord).unwrap_or(i);
        let ambiguous = |k: usize| self.month(k).is_some_and(|(_, _, a, _, _)| a);
        let (first, false, _, _, e) = self.month(j)? else { return None };
        // «ودجنبر»: و glued to the second month; «و دجنبر», "and", « et »: a word of its own.
        let glued = self.toks.get(e).is_some_and(|t| t.text.starts_with('و') && t.text.chars().count() > 1);
        let k = if glued { e } else { self.is(e, |w| w == Word::RangeTo { conjunction: true })? };
        let (second, false, _, _, e2) = self.month(k)? else { return None };
        if second != first + 1 {
            return None;
        }
        if let Some((year, false, end)) = self.year(e2) {
            let month = |m: u32| Calendar { year: Some(year), month: Some(m), ..Calendar::default() };
            return Some(Cand { start: i, end, kind: ExprKind::Range(month(first), month(second)), part: None, rule: "month-pair" });
        }
        // The first month is the last such one before the second (`resolve`'s range).
        let first = Calendar { month: Some(first), ..Calendar::default() };
        if let Some((Word::Dir(o), n)) = self.word(e2, |w| matches!(w, Word::Dir(_))) {
            let second = Calendar { month: Some(second), month_offset: Some(o), ..Calendar::default() };
            return Some(Cand { start: i, end: e2 + n, kind: ExprKind::Range(first, second), part: None, rule: "month-pair-direction" });
        }
        // A year after the pair that is not read as one ("في يونيو ويوليو 2021م" is, "2021-22"
        // is a span of its own): no pair here.
        if self.toks.get(e2).is_some_and(|t| t.num.is_some()) {
            return None;
        }
        let told_as_months = j > i || i > 0 && self.is(i - 1, |w| w == Word::YearPrep).is_some() || !(ambiguous(j) || ambiguous(k));
        told_as_months.then_some(Cand { start: i, end: e2, kind: ExprKind::Range(first, Calendar { month: Some(second), ..Calendar::default() }), part: None, rule: "month-pair-alone" })
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
    fn two_months_in_a_row_without_a_year_are_one_stretch() {
        for (phrase, reference, range) in [
            ("خلال شهري يناير وفبراير الماضيين", "2022-03-31", "2022-01/2022-02"),
            ("يونيو ويوليوز المقبلين", "2021-08-11", "2022-06/2022-07"),
            ("en mai et juin derniers", "2021-08-11", "2021-05/2021-06"),
            ("شهري شتنبر وأكتوبر", "2021-08-11", "2021-09/2021-10"),
            ("the visits took place in June and July", "2021-08-11", "2021-06/2021-07"),
        ] {
            assert_eq!(read(phrase, reference), format!("{range} month"), "{phrase}");
        }
        // A name that is also a word (مارس), with nothing to say it is a month, makes no pair:
        // the other month is read alone.
        assert_eq!(read("مارس وأبريل", "2021-08-11"), "2021-04 month");
    }

    #[test]
    fn two_months_apart_are_no_stretch() {
        assert_eq!(read("في مارس وأكتوبر 2021", "2022-03-29"), "2021-10 month");
        assert_eq!(read("in December and January 2021", "2022-03-29"), "2021-01 month");
    }
}
