//! The week that holds a date: "the week of Dec. 13", "week of December 13, 2021", "la semaine
//! du 13 décembre", "أسبوع 13 ديسمبر" (the opening words are lexicon rows of kind `week_of`).
//! Such a phrase dates a week (its Monday, grain week), not the day it names.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// A `week_of` phrase before a date with a day (any rule's reading: "Dec. 13", "lundi 13
    /// décembre 2021", "13 ديسمبر"): that date's week.
    pub(super) fn week_of(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::WeekOf)?;
        // "الأسبوع الذي يبدأ في 13 ديسمبر": a link before the date.
        let c = self.best_at(j).or_else(|| self.best_at(self.is(j, |w| w == Word::Link)?))?;
        let ExprKind::Calendar(cal) = c.kind else { return None };
        cal.day?;
        // « la semaine du 26 novembre au 2 décembre 2021 » (a weekly's issue), "the week of Nov.
        // 26 to Dec. 2": a week told by both its ends is that span of days, read from the
        // row's last word ("du", which opens the range) or from the date.
        let span = [j - 1, j].into_iter().filter(|&k| k > i).filter_map(|k| self.best_at(k)).find(|r| matches!(r.kind, ExprKind::Range(from, _) if from.day.is_some()) && r.end > c.end);
        if let Some(r) = span {
            return Some(Cand { start: i, end: r.end, kind: r.kind, part: None, rule: "week-span" });
        }
        Some(Cand { start: i, end: c.end, kind: ExprKind::WeekOf(cal), part: None, rule: "week-of" })
    }
}
