//! Counts told exact: "قبل عام بالضبط", «قبل سنة بالتمام والكمال», «منذ ستة أشهر بالتحديد»,
//! "exactly a year ago", "two years ago to the day", « il y a un an jour pour jour », « il y a
//! exactement un an », « il y a six mois pile ». A count of periods back (or ahead) is the
//! period ("قبل عام" is last year); said exact it is a day: the anchor's day that many years,
//! months or weeks away, as "في مثل هذا اليوم من العام الماضي" is. A page that recalls an act
//! "exactly a year ago" and then tells «وفي اليوم نفسه» more of that day means that day, not the
//! year.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

/// The rule name of a count made exact.
const EXACT_COUNT: &str = "exact-count";

impl Parser<'_> {
    /// `c`, read as a day when it is a counted period (rule `counted-ago`: "قبل عام", "a year
    /// ago", « il y a un an ») with a word that says it exact (`exact` rows, and the
    /// `anniversary` rows of value 0, "to the day", « jour pour jour ») right after it (these
    /// last also after a comma: « il y a un an, jour pour jour, »), right before it ("exactly a year ago") or
    /// inside it (« il y a exactement un an »). Another reading, or a count with no such word,
    /// is kept as it is. The cue is not made part of the expression: a recalled day written
    /// after it ("il y a un an jour pour jour, le 22 décembre 2020") is still found by the
    /// anniversaries.
    pub(super) fn exact_count(&self, c: Cand) -> Cand {
        if c.rule != "counted-ago" {
            return c;
        }
        let cue = |k: usize| self.is(k, |w| matches!(w, Word::Exact | Word::Anniversary(0))).is_some();
        // After a comma only the words that say nothing but "to the day" (« il y a un an, jour
        // pour jour, »): "a year ago, exactly as planned" is another clause's "exactly".
        let to_the_day = |k: usize| self.is(k, |w| w == Word::Anniversary(0)).is_some();
        let exact = cue(c.end) || (self.punct(c.end, crate::text::clause::COMMAS) && to_the_day(c.end + 1)) || (c.start > 0 && cue(c.start - 1)) || (c.start..c.end).any(cue);
        if !exact {
            return c;
        }
        let kind = match c.kind {
            ExprKind::Period { unit: Unit::Year, offset } => ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: false, months: 0 },
            ExprKind::Period { unit: Unit::Month, offset } => ExprKind::ThisDayOf { year: None, year_offset: Some(0), month: false, months: offset },
            ExprKind::Period { unit: Unit::Week, offset } => ExprKind::Relative { days: 7 * offset, weekday: None, date: None },
            _ => return c,
        };
        Cand { kind, rule: EXACT_COUNT, ..c }
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn an_exact_count_of_years_is_the_anchors_day_in_that_year() {
        for (phrase, reference, day) in [
            ("وقع الاتفاق قبل عامين بالضبط", "2022-12-22", "2020-12-22"),
            ("وقبل سنة بالتمام والكمال حطت الطائرة", "2021-12-22", "2020-12-22"),
            ("منذ عام بالتحديد", "2022-03-10", "2021-03-10"),
            ("it opened exactly one year ago", "2021-11-24", "2020-11-24"),
            ("the office opened a year ago to the day", "2022-08-11", "2021-08-11"),
            ("il y a exactement deux ans", "2022-12-10", "2020-12-10"),
            ("il y a un an, jour pour jour, l'avion atterrissait", "2021-12-22", "2020-12-22"),
            ("il y a tout juste un an", "2021-07-25", "2020-07-25"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn an_exact_count_of_months_or_weeks_is_a_day_too() {
        for (phrase, reference, day) in [
            ("قبل ستة أشهر بالضبط", "2021-08-11", "2021-02-11"),
            ("exactly three months ago", "2022-05-31", "2022-02-28"),
            ("il y a un mois jour pour jour", "2021-01-15", "2020-12-15"),
            ("قبل أسبوعين بالتمام", "2021-08-11", "2021-07-28"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase} @{reference}");
        }
    }

    #[test]
    fn a_count_without_the_word_stays_the_period() {
        assert_eq!(read("قبل عامين", "2022-12-22"), "2020 year");
        assert_eq!(read("one year ago, exactly as planned", "2021-11-24"), "2020 year");
        assert_eq!(read("a year ago, the two ministers met exactly there", "2021-11-24"), "2020 year");
        assert_eq!(read("il y a six mois", "2021-11-24"), "2021-05 month");
    }
}
