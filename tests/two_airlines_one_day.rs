//! Two airlines' first flights of one day and route, under a headline naming both with no day
//! of its own (tests/fixtures/two_airlines_one_day): "Israir and Arkia launch the Tel
//! Aviv–Agadir route on the same day", « Israir et El Al ouvrent leurs vols directs … le même
//! jour », «أركيع والعال تدشنان الرحلات المباشرة … في اليوم نفسه». The headline joins one
//! carrier's flight, and the two flights stay two rows (src/merge/fit.rs `operators`: a flight
//! dated to a day is told by the airlines its reports of that day name); so does a plan of
//! another page naming both carriers for that day ("Israir and Arkia will both fly their first
//! direct flights … on May 12"), which joins one of them.

mod common;

use common::fixture_timeline;

/// (file, day, the airline flights of that day its page tells).
const FLIGHTS: &[(&str, &str, usize)] = &[
    ("route_en.txt", "2022-05-12", 2),
    ("ligne_fr.txt", "2022-06-07", 2),
    ("khat_ar.txt", "2022-09-11", 2),
];

#[test]
fn a_headline_naming_two_airlines_bridges_no_flights() {
    let (rows, table) = fixture_timeline("tests/fixtures/two_airlines_one_day");
    for (file, day, want) in FLIGHTS {
        let n = rows.iter().filter(|r| r.event_type.as_str() == "flight" && r.sources.iter().any(|s| s == file) && r.date.is_some_and(|d| d.to_string() == *day)).count();
        assert_eq!(n, *want, "{file}: flights of {day} in:\n{table}");
    }
    // The plan of the 12th joins one of the two flights of that day, not a row of its own.
    let plan = rows.iter().filter(|r| r.sources.iter().any(|s| s == "plan_en.txt")).count();
    assert_eq!(plan, 1, "the plan's rows in:\n{table}");
    assert_eq!(rows.iter().filter(|r| r.event_type.as_str() == "flight").count(), 6, "{table}");
}
