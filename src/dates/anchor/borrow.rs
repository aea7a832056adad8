//! What an event mention's date says of the publication day once another article dates the
//! event: the clue the corpus step's anchor borrowing ([`Inference::Borrowed`]) reads.
//!
//! [`Inference::Borrowed`]: super::super::publication::Inference::Borrowed

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::super::value::{ExprKind, Tense};
use super::shift_weekday;

/// What the date of an event mention says of the publication day once another article dates
/// the event (the corpus step's [`Inference::Borrowed`]): a day counted from it ("أمس", with
/// the weekday it names or the one the article's other relative days imply), a bare weekday
/// told in the past ("الجمعة": the publication day is that day or one of the six after), a
/// weekday told as the last one ("الثلاثاء الماضي": one of the seven days after it), or a
/// week counted from it ("الأسبوع الماضي"). The last three fix the day only with the
/// publication weekday the article's relative days imply ("اليوم الاثنين").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BorrowClue {
    kind: ClueKind,
    /// The publication day's weekday, as the article's relative days imply it.
    published_on: Option<Weekday>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClueKind {
    /// Days from the publication day, and the weekday of the event day when known.
    Days(i64, Option<Weekday>),
    /// A weekday in the week up to the publication day.
    PastWeekday(Weekday),
    /// A weekday told as the last one ("الثلاثاء الماضي", "last Tuesday", « mardi dernier »):
    /// one of the seven days before the publication day.
    LastWeekday(Weekday),
    /// Weeks (Monday to Sunday) from the publication day's.
    Weeks(i64),
}

impl BorrowClue {
    /// The clue of a mention's expression, `published_on` being [`publication_weekday`] of the
    /// article; `None` when the expression says nothing a day elsewhere could turn into the
    /// publication day.
    pub fn of(expr: &super::super::value::DateExpr, published_on: Option<Weekday>) -> Option<BorrowClue> {
        let kind = match expr.kind {
            ExprKind::Relative { days, weekday, date: None } => {
                ClueKind::Days(days as i64, weekday.or_else(|| published_on.map(|w| shift_weekday(w, days as i64))))
            }
            ExprKind::Weekday { weekday, offset: None } if expr.tense != Some(Tense::Future) => ClueKind::PastWeekday(weekday),
            ExprKind::Weekday { weekday, offset: Some(-1) } => ClueKind::LastWeekday(weekday),
            ExprKind::Period { unit: super::super::value::Unit::Week, offset } if offset < 0 => ClueKind::Weeks(offset as i64),
            _ => return None,
        };
        Some(BorrowClue { kind, published_on })
    }

    /// Whether the clue turns an event's day into one publication day and checks the event's
    /// weekday: a day counted from the publication day whose weekday is named ("اليوم
    /// الثلاثاء") or implied by the article's other relative days. Borrowing by an event's
    /// subject alone (no person in common) takes only such clues: a week of days, or any day
    /// at all, is too loose a fit for so weak an identity.
    pub fn fixes_a_named_day(&self) -> bool {
        matches!(self.kind, ClueKind::Days(_, Some(_)))
    }

    /// The publication days that the event's day, given by another article, leaves: none when
    /// it does not fit the clue (another weekday), one when the clue fixes it, the seven days
    /// of a week when a bare past weekday or a past week is all the article says (the corpus
    /// step then takes the first when the article reads alike from each).
    pub fn publication_days(&self, event_day: NaiveDate) -> Vec<NaiveDate> {
        let week_from = |first: NaiveDate| -> Vec<NaiveDate> {
            let days = (0..7).map(|k| first + Duration::days(k));
            match self.published_on {
                Some(wd) => days.filter(|d| d.weekday() == wd).collect(),
                None => days.collect(),
            }
        };
        match self.kind {
            ClueKind::Days(days, weekday) => {
                let day = event_day - Duration::days(days);
                // A day named against another weekday than the article's is counted from
                // another day (a speaker's): it says nothing of the publication day.
                let fits = weekday.is_none_or(|wd| event_day.weekday() == wd) && self.published_on.is_none_or(|p| day.weekday() == p);
                if fits { vec![day] } else { Vec::new() }
            }
            ClueKind::PastWeekday(wd) if event_day.weekday() == wd => week_from(event_day),
            ClueKind::PastWeekday(_) => Vec::new(),
            ClueKind::LastWeekday(wd) if event_day.weekday() == wd => week_from(event_day + Duration::days(1)),
            ClueKind::LastWeekday(_) => Vec::new(),
            ClueKind::Weeks(offset) => {
                let monday = event_day - Duration::days(event_day.weekday().num_days_from_monday() as i64);
                week_from(monday - Duration::days(7 * offset))
            }
        }
    }

    /// The first and last event day whose [`BorrowClue::publication_days`] may fall between
    /// `first` and `last` (a bound: a day within may leave none). An article that knows its
    /// month or year reads only the reports of those days (the corpus step's borrowing), not
    /// every day a busy group's reports give.
    pub fn event_days_between(&self, first: NaiveDate, last: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self.kind {
            // The event day is the publication day moved by the count.
            ClueKind::Days(days, _) => (first + Duration::days(days), last + Duration::days(days)),
            // The publication day is the weekday's or one of the six after it.
            ClueKind::PastWeekday(_) => (first - Duration::days(6), last),
            // The publication day is one of the seven after the weekday.
            ClueKind::LastWeekday(_) => (first - Duration::days(7), last - Duration::days(1)),
            // The event's week is `offset` weeks from the publication day's.
            ClueKind::Weeks(offset) => (first + Duration::days(7 * offset - 6), last + Duration::days(7 * offset + 6)),
        }
    }
}
