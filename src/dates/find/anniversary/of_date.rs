//! An anniversary of a date written with its year: "the first anniversary of the December 22,
//! 2020 declaration", "marking one year since December 10, 2020", "the second anniversary of the
//! Dec. 10, 2020 deal": the day that many years on, the day the anniversary is kept, a date of
//! its own. Read as the written date alone it would date the event told (the ceremony, the
//! visit) a year or two early.
//!
//! Only link words and articles may stand between the count and the date ("of the"): where the
//! act is named before the date (« de l'accord du 22 décembre 2020 », «لتوقيع الإعلان في 22
//! ديسمبر 2020»), the date dates that act, an event of the sentence the extractor dates by it,
//! and a count in running text ("بعد أكثر من عام على توقيع … في سبتمبر 2020", more than a year
//! after the signing) would move the signing's date too; those keep the written date.
//!
//! When the day the anniversary falls on is told before it ("Wednesday marks one year since
//! December 22, 2020"), the recalled day fixes the writing day instead
//! ([`Parser::anniversaries`]), which gives the recalled date back its own reading.

use super::super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Unit};

/// The rule name of an anniversary moved from its written date.
pub(in crate::dates::find) const ANNIVERSARY_OF_DATE: &str = "anniversary-of-date";

/// The most link words and articles between a count and its date ("of the").
const LINKS_BEFORE_THE_WRITTEN_DATE: usize = 2;

impl Parser<'_> {
    /// An anniversary word counting years (not "to the day", which counts none) at `i`, then
    /// the written date it recalls: that date moved by the years.
    pub(in crate::dates::find) fn anniversary_of_date(&self, i: usize) -> Option<Cand> {
        let (Word::Anniversary(years @ 1..), n) = self.word(i, |w| matches!(w, Word::Anniversary(1..)))? else { return None };
        let (c, end) = self.written_date_after_words(i + n)?;
        let moved = super::super::counted_from_date::moved(c, years, Some(Unit::Year))?;
        Some(Cand { start: i, end, kind: ExprKind::Calendar(moved), part: None, rule: ANNIVERSARY_OF_DATE })
    }

    /// The first date written with its year from `k` on, past at most
    /// [`LINKS_BEFORE_THE_WRITTEN_DATE`] link words and articles ("of the"): a calendar date,
    /// or a year alone ("the 2020 accords", a count of years moves it): (date, end).
    /// Another word, a comma, a number that is no date or another kind of date first: none.
    fn written_date_after_words(&self, k: usize) -> Option<(Calendar, usize)> {
        for j in k..=k + LINKS_BEFORE_THE_WRITTEN_DATE {
            if let Some(date) = self.best_at(j) {
                let ExprKind::Calendar(c) = date.kind else { return None };
                return c.year.is_some().then_some((c, date.end));
            }
            if let Some((year, false, end)) = self.year(j) {
                return Some((Calendar { year: Some(year), ..Calendar::default() }, end));
            }
            self.is(j, |w| matches!(w, Word::Link | Word::Determiner))?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn an_anniversary_of_a_written_date_is_that_date_years_on() {
        for (phrase, reference, value) in [
            ("the ceremony held on the second anniversary of the Dec. 10, 2020 announcement", "2023-01-10", "2022-12-10 day"),
            ("marking one year since November 3, 2021", "2022-12-01", "2022-11-03 day"),
            ("the first anniversary of the 2020 accords", "2022-03-01", "2021 year"),
            ("في الذكرى الثانية ل22 ديسمبر 2020", "2023-01-05", "2022-12-22 day"),
        ] {
            assert_eq!(read(phrase, reference), value, "{phrase} @{reference}");
        }
    }

    #[test]
    fn an_anniversary_of_a_named_act_keeps_the_acts_written_date() {
        // The act named before its date: the date is the act's.
        assert_eq!(read("the first anniversary of the accord signed on December 22, 2020", "2022-01-06"), "2020-12-22 day");
        assert_eq!(read("بعد أكثر من عام على توقيع الاتفاق في سبتمبر 2020", "2022-01-06"), "2020-09 month");
        // A comma between: the date is an aside of its own.
        assert_eq!(read("the first anniversary, December 22, 2020", "2022-01-06"), "2020-12-22 day");
        // No count of years: the date alone.
        assert_eq!(read("the anniversary of the December 22, 2020 declaration", "2022-01-06"), "2020-12-22 day");
    }
}
