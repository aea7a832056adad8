//! A weekday written after its date, set off by a comma: «22 ديسمبر، الثلاثاء», «يوم 22 دجنبر
//! 2020، الثلاثاء», "December 22, Tuesday", « le 22 décembre, mardi ». It is the date's weekday,
//! as the one written before it is («الثلاثاء 22 ديسمبر»): it picks the year of a date written
//! without one, and it is no second date (read alone, the Tuesday nearest the page).
//!
//! Not a weekday with a direction («22 ديسمبر، الثلاثاء الماضي» tells two days) nor one that
//! opens a date of its own («الاثنين 21 ديسمبر، الثلاثاء 22 ديسمبر» lists two days), nor one
//! that a year written with the date contradicts.

use chrono::{Datelike, NaiveDate};

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// `c` with the weekday written after it when `c` is a day and month without a weekday.
    pub(super) fn weekday_after(&self, c: Cand) -> Cand {
        let ExprKind::Calendar(cal @ Calendar { day: Some(day), month: Some(month), weekday: None, hijri: false, .. }) = c.kind else { return c };
        if !self.punct(c.end, crate::text::clause::COMMAS) {
            return c;
        }
        let k = c.end + 1;
        let Some((Word::Weekday(weekday), n)) = self.word(k, |w| matches!(w, Word::Weekday(_))) else { return c };
        // A direction after it, or a date it opens: a day of its own.
        if self.is(k + n, |w| matches!(w, Word::Dir(_))).is_some() || self.best_at(k).is_some_and(|o| o.end > k + n) {
            return c;
        }
        if let Some(y) = cal.year
            && NaiveDate::from_ymd_opt(y, month, day).is_none_or(|d| d.weekday() != weekday)
        {
            return c;
        }
        Cand { end: k + n, kind: ExprKind::Calendar(Calendar { weekday: Some(weekday), ..cal }), ..c }
    }
}

#[cfg(test)]
mod tests {
    use crate::data::Lexicons;

    /// What `phrase` reads as on 2021-08-11.
    fn read(phrase: &str) -> String {
        crate::dates::find::read_phrase(phrase, "2021-08-11")
    }

    #[test]
    fn a_weekday_after_its_date_is_the_dates_and_picks_its_year() {
        // 24 November fell on a Tuesday in 2020 and a Wednesday in 2021.
        assert_eq!(read("وصل الوفد في 24 نونبر، الثلاثاء"), "2020-11-24 day");
        assert_eq!(read("وصل الوفد في 24 نونبر، الأربعاء"), "2021-11-24 day");
        assert_eq!(read("the talks opened on November 24, Tuesday"), "2020-11-24 day");
        assert_eq!(read("يوم 3 غشت 2021، الثلاثاء"), "2021-08-03 day");
    }

    /// The expressions found in `text`, as written (normalised).
    fn found(text: &str) -> Vec<String> {
        let lex = Lexicons::builtin();
        let norm = crate::text::normalize::normalize(text).text;
        crate::dates::find::find_in_text(&norm, &lex.dates).into_iter().map(|(r, ..)| norm[r].to_string()).collect()
    }

    #[test]
    fn a_weekday_of_its_own_after_a_date_stays_apart() {
        // A direction: the last Tuesday, a day of its own.
        assert_eq!(found("في 24 نونبر، الثلاثاء الماضي").len(), 2);
        // A weekday that a written year contradicts is not the date's.
        assert_eq!(found("يوم 3 غشت 2021، الأربعاء").len(), 2);
        // A weekday that opens the next date of a list.
        assert_eq!(found("الاثنين 21 ديسمبر، الثلاثاء 22 ديسمبر").len(), 2);
        // The date's own weekday: one expression.
        assert_eq!(found("يوم 3 غشت 2021، الثلاثاء").len(), 1);
    }
}
