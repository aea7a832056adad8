//! Date fitting: the periods a date covers, when two dates can be one event's (one contains
//! the other; the days of one visit; a flight that slipped), and which of two dates is the
//! more precise.

use chrono::{Datelike, Duration, NaiveDate};

use crate::dates::{DateValue, Grain};
use crate::events::EventType;

/// First and last day of a date value.
pub fn interval(d: &DateValue) -> (NaiveDate, NaiveDate) {
    let last = |start: NaiveDate| match d.grain {
        Grain::Day => start,
        Grain::Week => start + Duration::days(6),
        Grain::Month => {
            let (y, m) = if start.month() == 12 { (start.year() + 1, 1) } else { (start.year(), start.month() + 1) };
            NaiveDate::from_ymd_opt(y, m, 1).map_or(start, |n| n - Duration::days(1))
        }
        Grain::Year => NaiveDate::from_ymd_opt(start.year(), 12, 31).unwrap_or(start),
    };
    (d.start, last(d.end.unwrap_or(d.start)))
}

fn span_days(d: &DateValue) -> i64 {
    let (a, b) = interval(d);
    (b - a).num_days()
}

/// Whether one period contains the other.
pub fn dates_agree(a: &DateValue, b: &DateValue) -> bool {
    let ((a0, a1), (b0, b1)) = (interval(a), interval(b));
    (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
}

/// The narrower of two agreeing dates (the earlier on a tie, the start of a visit). A visit's
/// stay told by its days ("en visite mercredi et jeudi") is kept over one day inside it (the
/// signing "jeudi" that another sentence dates the visit by): the stay starts at the arrival,
/// the day a visit is dated by.
pub(super) fn more_precise(family: EventType, a: DateValue, b: DateValue) -> DateValue {
    if family == EventType::Visit && a.grain == Grain::Day && b.grain == Grain::Day && a.end.is_some() != b.end.is_some() && dates_agree(&a, &b) {
        return if a.end.is_some() { a } else { b };
    }
    match span_days(&a).cmp(&span_days(&b)) {
        std::cmp::Ordering::Less => a,
        std::cmp::Ordering::Greater => b,
        std::cmp::Ordering::Equal => {
            if b.start < a.start {
                b
            } else {
                a
            }
        }
    }
}

/// How many days a visit may span from its first reported day to its last: an official visit
/// lasts two to five days, and sources date it by the arrival, the main day or the last day.
pub(super) const VISIT_DAYS: i64 = 4;

/// How many days an announced flight may slip and still be the flight reported flown.
pub(super) const FLIGHT_SLIP_DAYS: i64 = 7;

/// Whether days reported of a visit, `a` and `b` (first and last day each), fit in one visit.
pub(super) fn one_visit(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    (a.1.max(b.1) - a.0.min(b.0)).num_days() <= VISIT_DAYS
}

/// The days a date covers when it is dated to days (a day or a range of days).
fn days_of(d: &DateValue) -> Option<(NaiveDate, NaiveDate)> {
    (d.grain == Grain::Day).then(|| (d.start, d.end.unwrap_or(d.start)))
}

/// The date part of the compatibility rule (module documentation): two dates agree when one
/// period contains the other or one is undated; for a visit, days that fit in one visit
/// (`VISIT_DAYS`) also agree when the two share a person. Public so that `diff` pairs
/// timeline rows by the very rule the merge joins mentions by.
pub fn dates_compatible(family: EventType, a: Option<DateValue>, b: Option<DateValue>, share_a_person: impl FnOnce() -> bool) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return true };
    dates_agree(&a, &b)
        || (family == EventType::Visit
            && days_of(&a).zip(days_of(&b)).is_some_and(|(a, b)| one_visit(a, b))
            && share_a_person())
}
