//! The eve of a feast: «عشية عيد الأضحى», "on the eve of Eid al-Fitr", « la veille de l'Aïd
//! al-Adha », « la veille du Nouvel An » (lexicon kind `feast_eve` before a named day): the day
//! before the feast's day, as its reading shifted back one day
//! ([`crate::dates::value::DateExpr::shift`]). Only a feast of one day has an eve: a month
//! (رمضان) or a feast of several days (Passover) read after the word keeps no date from it. The
//! eve of an event noun («عشية الزيارة», "on the eve of the visit") stays no date: no feast
//! follows. «عشية الخميس» is the Maghrebi evening of Thursday, read by the weekday rules.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

/// Rule name of a feast's eve.
const FEAST_EVE: &str = "feast-eve";

/// The days a reading of this module counts from its feast's day: -1 for an eve, 0 for every
/// other rule.
pub(super) fn shift_of(rule: &str) -> i32 {
    if rule == FEAST_EVE { -1 } else { 0 }
}

impl Parser<'_> {
    /// The eve word at `i` and the feast of one day right after it (French « l' » between).
    pub(super) fn feast_eve(&self, i: usize) -> Option<Cand> {
        let mut j = self.is(i, |w| w == Word::FeastEve)?;
        if self.toks.get(j).is_some_and(|t| t.text == "l") && self.punct(j + 1, &['\'', '’']) {
            j += 2;
        }
        let feast = self.holiday(j)?;
        let one_day = match feast.kind {
            ExprKind::HijriDay { day, .. } => day.is_some(),
            ExprKind::Calendar(cal) => cal.day.is_some() && cal.month.is_some(),
            _ => false,
        };
        one_day.then_some(Cand { start: i, end: feast.end, kind: feast.kind, part: None, rule: FEAST_EVE })
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
