//! French days of the month in words: « le deux décembre 2020 », « le vingt-deux décembre », « le
//! trente et un mars », « mardi dix-sept mars », « le vingt-et-un juin ». French names the first
//! day by its ordinal (« le premier », an `ordinal` row) and every other by its cardinal, which
//! the lexicon holds as counts (`number` rows: deux, onze, vingt, trente); the compounds are read
//! here from their parts: « dix-sept » to « dix-neuf », « vingt-deux », « vingt et un », « trente
//! et un ». [`super::latin::ordinal_day_month_at`] takes such a day only after « le » or a
//! weekday: a bare count before a month is no day (« deux décembre » in « les deux décembre
//! derniers » is not one).

use super::Parser;
use crate::dates::lexicon::Word;

impl Parser<'_> {
    /// A French day of the month from 2 to 31 in words at `i`: (day, end).
    pub(super) fn french_day_in_words(&self, i: usize) -> Option<(u32, usize)> {
        self.toks.get(i).is_some_and(|t| t.is_latin()).then_some(())?;
        // A one-word count (not « une dizaine de », a count of several words).
        let number = |k: usize| match self.word(k, |w| matches!(w, Word::Number(_))) {
            Some((Word::Number(x), 1)) if self.toks[k].is_latin() => Some(x),
            _ => None,
        };
        let text = |k: usize| self.toks.get(k).map(|t| t.text);
        // The hyphen of a compound, written close on both sides ("vingt-deux").
        let hyphen = |k: usize| text(k) == Some("-") && self.adjacent(k - 1) && self.adjacent(k);
        let first = number(i)?;
        let (day, end) = match first {
            10 if hyphen(i + 1) => match number(i + 2) {
                Some(unit @ 7..=9) => (10 + unit, i + 3),
                _ => return None,
            },
            20 | 30 if hyphen(i + 1) => match (number(i + 2), text(i + 2)) {
                // « vingt-et-un », « trente-et-un »
                (_, Some("et")) if hyphen(i + 3) && number(i + 4) == Some(1) => (first + 1, i + 5),
                (Some(unit @ 2..=9), _) => (first + unit, i + 3),
                _ => return None,
            },
            // « vingt et un », « trente et un »
            20 | 30 if text(i + 1) == Some("et") && number(i + 2) == Some(1) => (first + 1, i + 3),
            x => (x, i + 1),
        };
        (2..=31).contains(&day).then_some((day, end))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_french_day_in_words_before_its_month_is_that_day() {
        for (phrase, day) in [
            ("signé le deux décembre 2020", "2020-12-02"),
            ("le vingt-deux décembre 2020", "2020-12-22"),
            ("arrivé le trente et un mars 2021", "2021-03-31"),
            ("le vingt-et-un juin 2021", "2021-06-21"),
            ("mardi dix-sept mars 2020", "2020-03-17"),
            ("le onze août 2021", "2021-08-11"),
            ("le quatorze juillet 2021", "2021-07-14"),
            ("le seize novembre 2021", "2021-11-16"),
            ("le trente novembre dernier", "2020-11-30"),
        ] {
            assert_eq!(read(phrase, "2021-08-11"), format!("{day} day"), "{phrase}");
        }
    }

    #[test]
    fn a_count_before_a_month_without_le_is_no_day() {
        // « deux » counts the months here; the month and its year are what is dated.
        assert_eq!(read("après deux décembre 2020 difficiles", "2021-08-11"), "2020-12 month");
        // Thirty-two is no day.
        assert_eq!(read("le trente-deux décembre 2020", "2021-08-11"), "2020-12 month");
    }
}
