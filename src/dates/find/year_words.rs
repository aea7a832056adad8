//! Years written in words after a year word: «عام ألفين وعشرين», «سنة ألفين وواحد وعشرين»,
//! «في العاشر من ديسمبر عام ألفين وعشرين», « l'an deux mille vingt-deux », "the year two
//! thousand and twenty-one". The thousands are `year_thousands` rows of the date lexicons
//! (ألفين، deux mille, two thousand); the units and tens after them are the lexicons' number
//! words, read as counts are. Only after a year word: «ألفين وعشرين» alone is as likely a count
//! of people or dirhams as a year.

use super::Parser;
use crate::dates::lexicon::Word;
use crate::dates::tokens::{MAX_YEAR, MIN_YEAR};

/// The most tokens of a year word ("the year", «السنة المالية»).
const YEAR_WORD_TOKENS: usize = 3;

impl Parser<'_> {
    /// A year in words at `i`, right after a year word: (year, end).
    pub(super) fn year_in_words(&self, i: usize) -> Option<(i32, usize)> {
        let after_year_word = (1..=YEAR_WORD_TOKENS.min(i)).any(|n| self.is(i - n, |w| w == Word::YearWord) == Some(i));
        if !after_year_word {
            return None;
        }
        let (Word::YearThousands(thousands), n) = self.word(i, |w| matches!(w, Word::YearThousands(_)))? else { return None };
        let k = i + n;
        let (rest, end) = self.year_units_in_words(k).unwrap_or((0, k));
        let year = thousands + rest;
        (MIN_YEAR as i32..=MAX_YEAR as i32).contains(&year).then_some((year, end))
    }

    /// The units and tens after the thousands of a year in words at `k`: Arabic joined by و
    /// («وعشرين», «وواحد وعشرين»), French as a day's number (« vingt », « vingt et un », «
    /// vingt-deux »), English after an optional "and" ("twenty", "twenty-one"): (1–99, end).
    fn year_units_in_words(&self, k: usize) -> Option<(i32, usize)> {
        let t = self.toks.get(k)?;
        if !t.is_latin() {
            // «ألفين وعشرين»: the units and tens are joined to the thousands by و.
            return t.text.starts_with('و').then(|| self.count(k)).flatten().filter(|&(x, _)| (1..100).contains(&x));
        }
        if let Some((x, end)) = self.french_day_in_words(k).filter(|_| !t.text.eq_ignore_ascii_case("and")) {
            return Some((x as i32, end));
        }
        let k = if t.text.eq_ignore_ascii_case("and") { k + 1 } else { k };
        let (Word::Number(tens), n) = self.word(k, |w| matches!(w, Word::Number(1..100)))? else { return None };
        // "twenty-one" written in three tokens when the lexicon has no row for it.
        if tens % 10 == 0
            && self.punct(k + n, &['-'])
            && self.adjacent(k + n - 1)
            && self.adjacent(k + n)
            && let Some((Word::Number(unit @ 1..10), m)) = self.word(k + n + 1, |w| matches!(w, Word::Number(_)))
        {
            return Some(((tens + unit) as i32, k + n + 1 + m));
        }
        Some((tens as i32, k + n))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_year_in_words_after_a_year_word_is_that_year() {
        for (phrase, reference, value) in [
            ("خلال عام ألفين وعشرين", "2022-03-29", "2020 year"),
            ("في سنة ألفين وواحد وعشرين", "2021-08-11", "2021 year"),
            ("مطلع العام ألفين واثنين وعشرين", "2021-08-11", "2022 year"),
            ("وقع الاتفاق يوم 22 دجنبر من عام ألفين وعشرين", "2022-03-29", "2020-12-22 day"),
            ("في الثالث عشر من مارس سنة ألفين واثنين وعشرين", "2021-08-11", "2022-03-13 day"),
            ("en l'an deux mille vingt", "2022-03-29", "2020 year"),
            ("l'année deux mille vingt et un", "2022-03-29", "2021 year"),
            ("in the year two thousand and twenty-one", "2022-03-29", "2021 year"),
        ] {
            assert_eq!(read(phrase, reference), value, "{phrase}");
        }
    }

    #[test]
    fn thousands_without_a_year_word_are_a_count() {
        for phrase in ["شارك ألفين وعشرين شخصا", "بلغت الكلفة ألفين وخمسين درهما", "deux mille vingt personnes", "two thousand and twenty people"] {
            assert_eq!(read(phrase, "2021-08-11"), "", "{phrase}");
        }
    }
}
