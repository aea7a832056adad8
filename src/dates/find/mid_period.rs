//! A part and its period written as one word: "midweek", "mid-week" in one ("by midweek the
//! talks had stalled"), "midmonth" (lexicon kind `mid_period`): the middle of the anchor's week
//! or month, as "mid-week" and "mid week" are read in two words by the part rule (range.rs).
//! French and Arabic write the two words apart (« en milieu de semaine », «منتصف الأسبوع»).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Part};

impl Parser<'_> {
    /// The middle of the anchor's week or month at `i`.
    pub(super) fn mid_period(&self, i: usize) -> Option<Cand> {
        let (Word::MidPeriod(unit), n) = self.word(i, |w| matches!(w, Word::MidPeriod(_)))? else { return None };
        Some(Cand { start: i, end: i + n, kind: ExprKind::Period { unit, offset: 0 }, part: Some(Part::Mid), rule: "mid-period" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_part_and_period_in_one_word_is_that_part_of_the_anchors_period() {
        // As the two words apart read it.
        for phrase in ["midweek", "by midweek the ministers had left", "a midweek call with Rabat", "mid-week", "en milieu de semaine", "منتصف الأسبوع"] {
            assert_eq!(read(phrase, "2021-06-18"), "2021-06-14 week", "{phrase}");
        }
        assert_eq!(read("a midmonth review", "2022-01-25"), read("mid-month", "2022-01-25"));
        assert_eq!(read("a midmonth review", "2022-01-25"), "2022-01 month");
    }
}
