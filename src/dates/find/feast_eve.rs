//! The eve and the morrow of a feast: «عشية عيد الأضحى», "on the eve of Eid al-Fitr", « la
//! veille de l'Aïd al-Adha », « la veille du Nouvel An » (lexicon kind `feast_eve` before a
//! named day): the day before the feast's day, as its reading shifted back one day
//! ([`crate::dates::value::DateExpr::shift`]); «غداة عيد العرش», "the day after Christmas", «
//! au lendemain de la fête du Trône 2021 » (kind `feast_morrow`, or a word of the next day,
//! `same_day` 1, right before the feast): the day after it, shifted forward. Only a feast of one
//! day, or a Hebrew feast of several (Erev Pesach, the day before Passover's first day, and the
//! Mimouna's day after its last are named days of their own), has an eve and a morrow: a month
//! (رمضان) read after the word keeps no date from it. The eve of an event noun («عشية
//! الزيارة», "on the eve of the visit", « au lendemain de sa visite ») stays no date: no feast
//! follows. «عشية الخميس» is the Maghrebi evening of Thursday, read by the weekday rules.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

/// Rule name of a feast's eve.
const FEAST_EVE: &str = "feast-eve";

/// Rule name of a feast's morrow.
const FEAST_MORROW: &str = "feast-morrow";

/// The days a reading of this module counts from its feast's day: -1 for an eve, +1 for a
/// morrow, 0 for every other rule.
pub(super) fn shift_of(rule: &str) -> i32 {
    match rule {
        FEAST_EVE => -1,
        FEAST_MORROW => 1,
        _ => 0,
    }
}

impl Parser<'_> {
    /// The eve word at `i` and the feast right after it (French « l' » between).
    pub(super) fn feast_eve(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::FeastEve)?;
        self.feast_told_from(i, j, FEAST_EVE)
    }

    /// The morrow word at `i` («غداة», « au lendemain »), or a word of the next day ("the day
    /// after", « le lendemain »), then « de »/« du »/"of" and an article when written («
    /// au lendemain de la fête du Trône », "the day after the Eid"), and the feast.
    pub(super) fn feast_morrow(&self, i: usize) -> Option<Cand> {
        let mut j = self.is(i, |w| w == Word::FeastMorrow).or_else(|| self.is(i, |w| w == Word::SameDay(1)))?;
        for words in [&["de", "du", "of"][..], &["la", "le", "the"][..]] {
            if self.toks.get(j).is_some_and(|t| words.contains(&t.text)) {
                j += 1;
            }
        }
        self.feast_told_from(i, j, FEAST_MORROW)
    }

    /// The feast at `j` (after « l' » when written) told by the word at `i`: a feast of one
    /// day, or a Hebrew feast of several.
    fn feast_told_from(&self, i: usize, mut j: usize, rule: &'static str) -> Option<Cand> {
        if self.toks.get(j).is_some_and(|t| t.text == "l") && self.punct(j + 1, &['\'', '’']) {
            j += 2;
        }
        // The longer name: «رأس السنة العبرية» (Hebrew) over «رأس السنة» (1 January) in it.
        // "The new year" after an eve or a morrow word is its first day, New Year's Day: "on
        // the eve of the new year", « à la veille de la nouvelle année », «عشية العام الجديد»
        // are 31 December, not the year (new_year.rs reads it alone).
        let new_years_day = self.new_year(j).map(|c| Cand { kind: ExprKind::Calendar(Calendar { month: Some(1), day: Some(1), ..Calendar::default() }), ..c });
        let feast = [self.holiday(j), self.hebrew_feast(j), new_years_day].into_iter().flatten().max_by_key(|c| c.end)?;
        let has_days = match feast.kind {
            ExprKind::HijriDay { day, .. } => day.is_some(),
            ExprKind::Calendar(cal) => cal.day.is_some() && cal.month.is_some(),
            ExprKind::HebrewFeast { .. } => true,
            _ => false,
        };
        has_days.then_some(Cand { start: i, end: feast.end, kind: feast.kind, part: None, rule })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn the_eve_of_a_feast_is_the_day_before_it() {
        // Umm al-Qura: Eid al-Adha 1441 on 31 July 2020, 1443 on 9 July 2022; Eid al-Fitr 1443
        // on 2 May 2022.
        assert_eq!(read("عشية عيد الأضحى", "2020-12-13"), "2020-07-30 day");
        assert_eq!(read("وعشية عيد الأضحى المبارك", "2022-07-18"), "2022-07-08 day");
        assert_eq!(read("on the eve of Eid al-Fitr", "2022-03-25"), "2022-05-01 day");
        assert_eq!(read("la veille de l'Aïd al-Adha", "2020-12-13"), "2020-07-30 day");
        // With its year, the eve of that year's feast.
        assert_eq!(read("عشية عيد الفطر 1442", "2022-03-25"), "2021-05-12 day");
        assert_eq!(read("the eve of Christmas 2021", "2022-03-25"), "2021-12-24 day");
    }

    #[test]
    fn the_eve_of_a_hebrew_feast_is_the_day_before_its_first_day() {
        // Israel's calendar (lexicons/hebrew_feasts.csv): Sukkot 2020 from 3 October, Passover
        // 2021 from 28 March to 3 April.
        assert_eq!(read("on the eve of Sukkot 2020", "2021-06-01"), "2020-10-02 day");
        assert_eq!(read("à la veille de Pessah 2021", "2021-06-01"), "2021-03-27 day");
        assert_eq!(read("عشية عيد الفصح اليهودي 2021", "2021-06-01"), "2021-03-27 day");
    }

    #[test]
    fn the_eve_of_the_new_year_is_31_december_not_the_year() {
        // "The new year" alone is a year (new_year.rs); after an eve word it is New Year's Day,
        // and its eve the last day of the year it closes, as « la veille du Nouvel An ».
        for (phrase, reference, day) in [
            ("talks will be held on the eve of the new year", "2021-12-20", "2021-12-31"),
            // A past act told in December is last year's eve, as « la veille du Nouvel An ».
            ("talks were held on the eve of the new year", "2021-12-20", "2020-12-31"),
            ("on the eve of the new year", "2022-01-04", "2021-12-31"),
            ("à la veille de la nouvelle année", "2020-12-15", "2020-12-31"),
            ("la veille de la nouvelle année", "2021-11-02", "2021-12-31"),
            ("عشية العام الجديد", "2021-12-27", "2021-12-31"),
            ("وعشية السنة الجديدة", "2022-01-02", "2021-12-31"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase} @{reference}");
        }
        // Without the eve word it stays the year.
        assert_eq!(read("in the new year", "2021-12-20"), "2022 year");
    }

    #[test]
    fn the_morrow_of_a_feast_is_the_day_after_it() {
        // The Green March on 6 November, Independence Day on 18 November, Eid al-Fitr 1442 on
        // 13 May 2021 (Umm al-Qura).
        assert_eq!(read("غداة ذكرى المسيرة الخضراء", "2021-12-01"), "2021-11-07 day");
        assert_eq!(read("غداة عيد الفطر 1442", "2022-01-10"), "2021-05-14 day");
        assert_eq!(read("the day after Eid al-Fitr 2021", "2022-01-10"), "2021-05-14 day");
        assert_eq!(read("le lendemain de la fête du Trône", "2021-12-01"), "2021-07-31 day");
        assert_eq!(read("au lendemain du Nouvel An 2022", "2022-03-01"), "2022-01-02 day");
        // After a Hebrew feast of several days, the day after its last.
        assert_eq!(read("the day after Passover 2021", "2021-06-01"), "2021-04-04 day");
    }

    #[test]
    fn the_morrow_of_no_feast_is_no_date() {
        assert_eq!(read("غداة الزيارة", "2021-08-10"), "");
        assert_eq!(read("au lendemain de sa visite", "2021-08-10"), "");
        assert_eq!(read("the day after the signing", "2021-08-10"), "");
        // A month has no morrow either.
        assert_eq!(read("غداة رمضان", "2022-03-25"), "");
    }

    #[test]
    fn the_eve_of_no_feast_is_no_date() {
        assert_eq!(read("عشية الزيارة", "2021-08-10"), "");
        assert_eq!(read("on the eve of the visit", "2021-08-10"), "");
        assert_eq!(read("la veille de son départ", "2022-07-20"), "");
        // «عشية الخميس» is Thursday evening (Maghrebi), not Wednesday.
        assert_eq!(read("عشية الخميس", "2021-11-24"), "2021-11-18 day");
        // A month has no eve: Ramadan's month stays, not a day before it.
        assert_eq!(read("عشية رمضان", "2022-03-25"), "");
    }
}
