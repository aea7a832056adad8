//! The period after or before, in English and French: "the following week", "the week after",
//! "the month before", « la semaine d'après », « l'année d'avant » (« la semaine suivante » and
//! "the previous week" are a direction and a period, read with the other directions). Like
//! «الأسبوع التالي» and «الأسبوع الذي قبله», the week (month, year) after or before the anchor's,
//! which a story's date told before moves as it moves the anchor.
//!
//! "after" and "before" follow their period only where nothing follows them that they would
//! govern: "the week before the vote" is a week counted from the vote, no date here; so they
//! must close the phrase (end of sentence, punctuation, "and", « et »).

use super::{Cand, Parser, latin::word_is};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// "the following week", "the week after", "the year before", « la semaine d'après », « le
    /// mois d'avant » at `i`.
    pub(super) fn following_period(&self, i: usize) -> Option<Cand> {
        let period = |k: usize| match self.word(k, |w| matches!(w, Word::Period(_)))? {
            (Word::Period(unit), n) => Some((unit, k + n)),
            _ => None,
        };
        // "the following week": a direction before its period only after "the" ("following
        // week-long talks" opens a clause on the talks).
        if word_is(self, i, &["the"])
            && word_is(self, i + 1, &["following"])
            && let Some((unit, end)) = period(i + 2)
        {
            return Some(Cand { start: i, end, kind: ExprKind::Period { unit, offset: 1 }, part: None, rule: "following-period" });
        }
        // "the week after", « la semaine d'après », « l'année d'avant » (the elided article is
        // part of the period word).
        let j = if word_is(self, i, &["la", "le"]) { i + 1 } else { i };
        let (unit, k) = period(j)?;
        let apostrophe = |k: usize| word_is(self, k, &["'", "’"]);
        let (offset, end) = if word_is(self, k, &["after"]) {
            (1, k + 1)
        } else if word_is(self, k, &["before"]) {
            (-1, k + 1)
        } else if word_is(self, k, &["d"]) && apostrophe(k + 1) && word_is(self, k + 2, &["après", "apres"]) {
            (1, k + 3)
        } else if word_is(self, k, &["d"]) && apostrophe(k + 1) && word_is(self, k + 2, &["avant"]) {
            (-1, k + 3)
        } else {
            return None;
        };
        // English needs its article ("a week after" counts from what follows or was told).
        let article = self.toks[i].text;
        if !matches!(article, "the" | "la" | "le" | "l") {
            return None;
        }
        let closes = self.toks.get(end).is_none_or(|t| !t.text.chars().next().is_some_and(crate::text::normalize::is_word_char) || matches!(t.text, "and" | "et"));
        closes.then_some(Cand { start: i, end, kind: ExprKind::Period { unit, offset }, part: None, rule: "following-period" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn the_period_after_or_before_is_the_next_or_last() {
        for (phrase, value) in [
            ("talks resumed the following week", "2022-04-04 week"),
            ("the delegation came back the month after.", "2022-04 month"),
            ("flights had started the year before, and", "2021 year"),
            ("la délégation est revenue la semaine d'après", "2022-04-04 week"),
            ("le mois d'avant, les vols avaient repris", "2022-02 month"),
            ("l'année d'après", "2023 year"),
        ] {
            assert_eq!(read(phrase, "2022-03-29"), value, "{phrase}");
        }
    }

    #[test]
    fn after_or_before_governing_a_noun_is_no_direction() {
        assert_eq!(read("the week before the vote", "2022-03-29"), "");
        // "a week after" is a count moving the date told before (a day), not the next week.
        assert_ne!(read("a week after", "2022-03-29"), "2022-04-04 week");
        assert_eq!(read("following week-long talks", "2022-03-29"), "");
    }
}
