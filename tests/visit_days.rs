//! Acts whose only time is the visit they fall in, or the arrival they follow (session 48,
//! from the forty-second probe; tests/fixtures/visit_days, one folder per page, in phrasings of
//! our own):
//!
//! - A plan told by a deadline within the visit, its only time ("is expected to meet Bourita
//!   before the end of his visit", « avant la fin de sa visite », «قبل نهاية زيارته») has no day
//!   of its own: no row, neither the visit's month nor its day. A plan the sentence dates
//!   before the deadline keeps its day.
//! - A plan whose day the sentence says is left unsaid ("without giving a date for the
//!   meeting", « sans préciser la date de la rencontre », «دون الإعلان عن موعد الاجتماع») has
//!   none: the noun after the phrase is the plan told before it.
//! - An act told hours after an arrival («عقب وصولها بساعات»، «بعد ساعات من وصوله», "hours after
//!   landing", « quelques heures après son arrivée ») is on the arrival's day; days after it
//!   ("days after her arrival", « deux jours après son arrivée », «بعد أيام من وصولها») is
//!   another day, which the page does not give.

mod common;

use common::{ExpectedFrom, fixture_timeline};

/// Each case's folder under tests/fixtures/visit_days (its page is `<case>.txt`).
fn timeline(case: &str) -> (Vec<tarikh::timeline::Row>, String) {
    fixture_timeline(&format!("tests/fixtures/visit_days/{case}"))
}

/// (case, type): no dated row of that type.
const NO_ROW: &[(&str, &str, &str)] = &[
    ("before_visit_ends_ar", "meeting", "a plan before the visit ends has no day"),
    ("before_visit_ends_en", "meeting", "a plan before the visit ends has no day"),
    ("before_visit_ends_fr", "meeting", "a plan before the visit ends has no day"),
    ("no_date_set_ar", "meeting", "the day of the plan is left unsaid"),
    ("no_date_set_en", "meeting", "the day of the plan is left unsaid"),
    ("no_date_set_fr", "meeting", "the day of the plan is left unsaid"),
];

/// Rows each case gives: (case, date, type, status, people).
const ROWS: &[ExpectedFrom] = &[
    ("before_visit_ends_dated_en", "2021-11-25", "meeting", "planned", &["Benny Gantz", "Nasser Bourita"]),
    ("hours_after_arrival_ar", "2022-02-20", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("hours_after_arrival_fr", "2022-02-20", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("hours_after_landing_en", "2022-02-20", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("hours_after_landing_ar", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
];

/// (case, type, the arrival's day): no row of that type on the arrival's day.
const NOT_THE_ARRIVAL_DAY: &[(&str, &str, &str)] = &[
    ("days_after_arrival_ar", "agreement", "2022-02-20"),
    ("days_after_arrival_en", "agreement", "2022-02-20"),
    ("days_after_arrival_fr", "agreement", "2022-02-20"),
];

#[test]
fn a_plan_whose_only_time_is_the_visit_has_no_row() {
    for (case, ty, why) in NO_ROW {
        let (rows, table) = timeline(case);
        assert!(!rows.iter().any(|r| r.event_type.as_str() == *ty && r.date.is_some()), "{case}: {why}, no dated {ty} row:\n{table}");
    }
}

#[test]
fn an_act_hours_after_the_arrival_is_on_its_day() {
    for (case, date, ty, status, people) in ROWS {
        let (rows, table) = timeline(case);
        let found = rows.iter().any(|r| {
            r.date.is_some_and(|d| d.to_string() == *date) && r.event_type.as_str() == *ty && r.status.as_str() == *status && people.iter().all(|p| r.people.iter().any(|q| q == p))
        });
        assert!(found, "{case}: expected {date} {ty} {status} {people:?}:\n{table}");
    }
    for (case, ty, day) in NOT_THE_ARRIVAL_DAY {
        let (rows, table) = timeline(case);
        assert!(!rows.iter().any(|r| r.event_type.as_str() == *ty && r.date.is_some_and(|d| d.to_string() == *day)), "{case}: days after the arrival is not its day:\n{table}");
    }
}
