//! "The new year" told as a period, not as its first day: "talks expected in the new year", «
//! dès la nouvelle année », «العام الجديد», «السنة الجديدة» (lexicon kind `new_year`), and
//! after a part, «مع بداية العام الجديد», « début de la nouvelle année » (range.rs, `part`).
//! Which year it is depends on when it is written ([`ExprKind::NewYear`]): in the second half of
//! a year the one it turns into ("in the new year" written in December), in the first half the
//! one just begun ("since the new year" written in March). New Year's Day and Eve are days
//! (kind `holiday`, longer entries); the new years of other calendars ("the Jewish new year",
//! «رأس السنة الهجرية») are their own entries.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// The new year at `i`.
    pub(super) fn new_year(&self, i: usize) -> Option<Cand> {
        let end = self.is(i, |w| w == Word::NewYear)?;
        Some(Cand { start: i, end, kind: ExprKind::NewYear, part: None, rule: "new-year" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn the_new_year_is_the_coming_one_late_in_a_year_and_the_one_begun_early() {
        for (phrase, reference, year) in [
            ("the budget will be voted in the new year", "2021-11-20", "2022"),
            ("with the new year, flights resume", "2022-10-03", "2023"),
            ("au début de la nouvelle année", "2020-12-28", "2021"),
            ("la nouvelle année verra l'ouverture des bureaux", "2021-09-15", "2022"),
            ("مع حلول السنة الجديدة", "2020-12-20", "2021"),
            ("في مطلع العام الجديد", "2021-08-30", "2022"),
            ("بالعام الجديد", "2022-12-01", "2023"),
            // Written early in a year: the one just begun.
            ("since the new year", "2021-02-11", "2021"),
            ("depuis le début de la nouvelle année", "2022-01-20", "2022"),
            ("منذ بداية السنة الجديدة", "2021-03-04", "2021"),
        ] {
            assert_eq!(read(phrase, reference), format!("{year} year"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn new_years_day_and_other_calendars_new_years_are_not_the_year() {
        assert_eq!(read("on New Year's Day", "2021-11-20"), "2022-01-01 day");
        assert_eq!(read("ليلة رأس السنة الجديدة", "2021-11-20"), "2021-12-31 day");
        assert_ne!(read("the Jewish new year", "2021-08-20"), "2022 year");
        assert_eq!(read("a new year of talks", "2021-11-20"), "");
    }
}
