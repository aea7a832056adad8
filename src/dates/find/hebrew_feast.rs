//! Feasts of the Hebrew calendar: "Hanukkah 2021", "Passover", « Yom Kippour 2020 », «عيد
//! الفصح اليهودي», with a Gregorian year or a direction when written ("next Passover", «حانوكا
//! المقبل»). Their days move in the Gregorian year, so they are no `greg:` holiday rows: the
//! lexicon names them `hebrew:NAME` and `lexicons/hebrew_feasts.csv` gives each occurrence's
//! days ([`ExprKind::HebrewFeast`]).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// A Hebrew feast at `i` (after a word before named days, "ذكرى" or "عيد", when written),
    /// with the Gregorian year or direction after it, or a direction before it.
    pub(super) fn hebrew_feast(&self, i: usize) -> Option<Cand> {
        // "next Passover", "last Hanukkah": the English direction comes first.
        let (before, j) = match self.word(i, |w| matches!(w, Word::Dir(_))) {
            Some((Word::Dir(o), n)) => (Some(o), i + n),
            _ => (None, i),
        };
        // «احتفالات الميمونة» is a feast's name whole: the prefix is read over only before another.
        let j = if self.is(j, |w| matches!(w, Word::HebrewFeast(_))).is_some() { j } else { self.is(j, |w| w == Word::HolidayPrefix).unwrap_or(j) };
        let (Word::HebrewFeast(feast), n) = self.word(j, |w| matches!(w, Word::HebrewFeast(_)))? else { return None };
        // "Hanukkah 2021", "Passover of 2022", «حانوكا لعام 2021», « Pessah de 2022 », «حانوكا المقبل»
        let (year, offset, end) = match before {
            Some(o) => (None, Some(o), j + n),
            None => self.year_or_direction_after_feast(j + n, &["من", "of", "de", "in", "en"]),
        };
        Some(Cand { start: i, end, kind: ExprKind::HebrewFeast { feast, year, offset }, part: None, rule: "hebrew-feast" })
    }
}
