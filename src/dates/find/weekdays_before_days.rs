//! What follows a pair of weekdays. A relative week: "between Monday and Thursday last week",
//! « entre lundi et jeudi de la semaine dernière », «ما بين الاثنين والخميس من الأسبوع
//! الماضي» are that week's days ("last" alone before "week" is the week's, not the weekdays':
//! read as a direction of the days, it was the Monday just past, in this week).
//!
//! The days they name, weekdays written before them: "Monday, March 14-15", "on Monday and
//! Tuesday, March 14-15", « les lundi et mardi 14 et 15 mars », «يومي الأربعاء والخميس 24 و25
//! نونبر». The days are the range; the first weekday is its first day's, and the last day's
//! weekday follows from it, so that the year is the one where they fall so (the resolver's
//! weekday-fits-year search, as for "Tuesday, March 15"). The second weekday of a pair is not
//! the first day's: read with it, "Tuesday … March 14" sought a year where 14 March is a
//! Tuesday, years off.

use chrono::Weekday;

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Unit};

impl Parser<'_> {
    /// A relative week at `k`, after a pair of weekdays: "last week", "next week", "this
    /// week", "of last week", « de la semaine dernière », « de cette semaine », «من الأسبوع
    /// الماضي», «الأسبوع المقبل»: (weeks from the anchor's, end).
    pub(super) fn week_after_weekdays(&self, k: usize) -> Option<(i32, usize)> {
        // The word that joins them: "of", «من», «في» (kind link), « de » (kind pair_from).
        let k = self.is(k, |w| matches!(w, Word::Link | Word::PairFrom)).unwrap_or(k);
        let k = self.is(k, |w| w == Word::Determiner).unwrap_or(k);
        if let Some(found) = self.period_direction(k, Unit::Week) {
            return Some(found);
        }
        // English writes the direction first: "last week", "next week".
        let (Word::Dir(o), n) = self.word(k, |w| matches!(w, Word::Dir(_)))? else { return None };
        let e = self.is(k + n, |w| w == Word::Period(Unit::Week))?;
        Some((o, e))
    }

    /// The range of days written right after a pair of weekdays at `end`, day first («24 و25
    /// نونبر», « 14 et 15 mars ») or month first after a comma ("March 14-15", "March 14 and
    /// 15"), its first day on `first_weekday`.
    pub(super) fn dates_after_weekdays(&self, end: usize, first_weekday: Weekday) -> Option<Cand> {
        let c = if self.day(end).is_some() { self.range(end) } else { latin::month_day_range(self, latin::skip_comma(self, end)) }?;
        let ExprKind::Range(from @ Calendar { day: Some(_), month: Some(_), .. }, to) = c.kind else { return None };
        Some(Cand { kind: weekdays_on_range(from, to, first_weekday), ..c })
    }
}

/// The range `from`–`to` with `first` as its first day's weekday and the last day's weekday
/// counted from it, when both days are of one month (across a month's end the days between
/// are not counted here: the range keeps no weekday).
pub(super) fn weekdays_on_range(mut from: Calendar, mut to: Calendar, first: Weekday) -> ExprKind {
    if let (Some(a), Some(b)) = (from.day, to.day)
        && b >= a
        && to.month.is_none_or(|m| from.month.is_none_or(|f| f == m))
    {
        from.weekday = Some(first);
        to.weekday = Some((0..b - a).fold(first, |w, _| w.succ()));
    }
    ExprKind::Range(from, to)
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    /// The weekdays pick the year of the days after them, before or after the anchor.
    #[test]
    fn two_weekdays_before_their_days_are_those_days() {
        assert_eq!(read("talks on Wednesday and Thursday, June 8-9", "2022-11-14"), "2022-06-08/2022-06-09 day");
        assert_eq!(read("talks on Thursday and Friday, June 8-9", "2022-11-14"), "2023-06-08/2023-06-09 day");
        assert_eq!(read("les jeudi et vendredi 2 et 3 décembre", "2022-11-14"), "2021-12-02/2021-12-03 day");
        assert_eq!(read("du mercredi au vendredi 8-10 juin", "2022-11-14"), "2022-06-08/2022-06-10 day");
        assert_eq!(read("يومي الخميس والجمعة 2 و3 دجنبر", "2022-11-14"), "2021-12-02/2021-12-03 day");
        assert_eq!(read("Friday, Dec. 2-4", "2022-11-14"), "2022-12-02/2022-12-04 day");
    }

    /// The weekdays of a relative week written after them are that week's.
    #[test]
    fn two_weekdays_of_a_relative_week_are_that_weeks_days() {
        assert_eq!(read("from Tuesday to Friday last week", "2022-11-16"), "2022-11-08/2022-11-11 day");
        assert_eq!(read("between Wednesday and Friday of next week", "2022-11-16"), "2022-11-23/2022-11-25 day");
        assert_eq!(read("du mardi au jeudi de la semaine prochaine", "2022-11-16"), "2022-11-22/2022-11-24 day");
        assert_eq!(read("من الثلاثاء إلى الخميس من الأسبوع المنصرم", "2022-11-16"), "2022-11-08/2022-11-10 day");
        assert_eq!(read("يومي الخميس والجمعة من الأسبوع القادم", "2022-11-16"), "2022-11-24/2022-11-25 day");
    }

    /// A weekday that fits no year near the anchor is left out (a misread or a typo), not
    /// sent decades back.
    #[test]
    fn a_weekday_far_from_its_date_is_left_out() {
        assert_eq!(read("on Sunday, June 8", "2022-11-14"), "2022-06-08 day");
    }
}
