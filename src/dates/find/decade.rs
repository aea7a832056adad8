//! A decade in English or French: "the 1990s", "the 1990's", "the '90s", "the nineties", "the
//! early 2010s", "the mid-1990s", « les années 1990 », « les années 90 », « les années
//! quatre-vingt-dix », « au début des années 2000 »: its ten years, `START/END`, as the Arabic
//! «التسعينيات» ([`Parser::decade`] in range.rs). One rule for the three languages: a decade
//! read as its years keeps what it tells ("ties cut in the 1990s") out of a 2020–2022
//! timeline, where a decade read as no date let the event take the page's day.
//!
//! The decade words (nineties, « quatre-vingt-dix ») are lexicon rows of kind `decade` in
//! `lexicons/date_words_en.csv` and `date_words_fr.csv`; they are read only after "the" or
//! « années » (a bare "in her nineties" is an age, « trente jours » a count). A part of the
//! decade ("early", « début des ») is read as the whole decade, as «مطلع التسعينيات» is.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// An English decade after "the" ("the 1990s", "the early 2010s") or a French one after
    /// « années » at `i`.
    pub(super) fn latin_decade(&self, i: usize) -> Option<Cand> {
        let lower = |k: usize, words: &[&str]| self.toks.get(k).is_some_and(|t| t.lowercase_is_one_of(words));
        let (first, end) = if lower(i, &["the"]) {
            // "the early 2010s", "the mid-1990s", "the late nineties".
            let mut j = i + 1;
            if lower(j, &["early", "mid", "late"]) {
                j += 1;
                if self.punct(j, &['-']) {
                    j += 1;
                }
            }
            self.english_decade(j)?
        } else if lower(i, &["années", "annees"]) {
            self.french_decade(i + 1)?
        } else {
            return None;
        };
        let year = |y: i32| Calendar { year: Some(y), ..Calendar::default() };
        Some(Cand { start: i, end, kind: ExprKind::Range(year(first), year(first + 9)), part: None, rule: "latin-decade" })
    }

    /// "1990s", "1990's", "'90s", "90s", "nineties" at `j`: (first year, end).
    fn english_decade(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(found) = self.decade_word(j) {
            return Some(found);
        }
        let t = self.toks.get(j)?;
        // '90s: the apostrophe is a token of its own.
        let (j, t, short) = if self.punct(j, &['\'', '’']) { (j + 1, self.toks.get(j + 1)?, true) } else { (j, t, false) };
        if let Some(digits) = t.text.strip_suffix('s').filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())) {
            return Some((decade_of(digits, short)?, j + 1));
        }
        // 1990's: the number, the apostrophe, "s".
        if !short && t.num.is_some_and(|n| n.digits == 4 && n.suffix.is_none()) && self.punct(j + 1, &['\'', '’']) && self.toks.get(j + 2).is_some_and(|s| s.text == "s") {
            return Some((decade_of(t.text, false)?, j + 3));
        }
        None
    }

    /// « 1990 », « 90 », « quatre-vingt-dix » after « années » at `j`: (first year, end).
    fn french_decade(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(found) = self.decade_word(j) {
            return Some(found);
        }
        let t = self.toks.get(j)?;
        t.num.filter(|n| n.suffix.is_none())?;
        Some((decade_of(t.text, false)?, j + 1))
    }

    /// A decade word of the lexicon at `j`: (first year, end).
    fn decade_word(&self, j: usize) -> Option<(i32, usize)> {
        match self.word(j, |w| matches!(w, Word::Decade(_)))? {
            (Word::Decade(first), n) => Some((first, j + n)),
            _ => None,
        }
    }
}

/// The first year of the decade written `digits`: four digits ending in 0 from 1900 to 2090,
/// or two ("90", after an apostrophe "'00" and "'10" too) of the twentieth century from "30" to
/// "90" ("the 20s" could be either century's, and is left).
fn decade_of(digits: &str, after_apostrophe: bool) -> Option<i32> {
    let value: i32 = digits.parse().ok()?;
    if value % 10 != 0 {
        return None;
    }
    match digits.len() {
        4 if (1900..=2090).contains(&value) => Some(value),
        2 if (30..=90).contains(&value) => Some(1900 + value),
        2 if after_apostrophe && value <= 10 => Some(2000 + value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    /// What `phrase` reads as on 2021-08-11.
    fn read(phrase: &str) -> String {
        crate::dates::find::read_phrase(phrase, "2021-08-11")
    }

    #[test]
    fn an_english_decade_after_the_is_its_ten_years() {
        assert_eq!(read("relations were cut in the 1990s"), "1990/1999 year");
        assert_eq!(read("The 1980's saw secret contacts"), "1980/1989 year");
        assert_eq!(read("since the '90s"), "1990/1999 year");
        assert_eq!(read("back in the seventies"), "1970/1979 year");
        assert_eq!(read("during the early 2000s"), "2000/2009 year");
        assert_eq!(read("in the mid-1990s"), "1990/1999 year");
        assert_eq!(read("the late eighties"), "1980/1989 year");
    }

    #[test]
    fn a_french_decade_after_annees_is_its_ten_years() {
        assert_eq!(read("dans les années 1990"), "1990/1999 year");
        assert_eq!(read("depuis les années 80"), "1980/1989 year");
        assert_eq!(read("au début des années 2010"), "2010/2019 year");
        assert_eq!(read("les années quatre-vingt-dix"), "1990/1999 year");
        assert_eq!(read("les années soixante-dix"), "1970/1979 year");
    }

    #[test]
    fn ages_counts_and_odd_years_are_no_decade() {
        // An age, a count of years, a year that ends no decade.
        assert_eq!(read("a man in his nineties"), "");
        assert_eq!(read("trente années de silence"), "");
        assert_eq!(read("the 1995s"), "");
    }
}
