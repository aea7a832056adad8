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
        let j = self.is(j, |w| w == Word::HolidayPrefix).unwrap_or(j);
        let (Word::HebrewFeast(feast), n) = self.word(j, |w| matches!(w, Word::HebrewFeast(_)))? else { return None };
        let mut end = j + n;
        let (mut year, mut offset) = (None, before);
        if before.is_some() {
        } else if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            end += n;
        } else {
            // "Hanukkah 2021", "Passover of 2022", «حانوكا لعام 2021», « Pessah de 2022 »
            let mut k = end;
            if self.toks.get(k).is_some_and(|t| t.lowercase_is_one_of(&["من", "of", "de", "in", "en"])) {
                k += 1;
            }
            if let Some(e) = self.is(k, |w| w == Word::YearWord) {
                k = e;
            }
            if self.numeric(k).is_none()
                && let Some((y, false, e)) = self.year(k)
            {
                year = Some(y);
                end = e;
            }
        }
        Some(Cand { start: i, end, kind: ExprKind::HebrewFeast { feast, year, offset }, part: None, rule: "hebrew-feast" })
    }
}
