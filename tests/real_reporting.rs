//! Issue 13 (part 6): a few events told the way a dozen real sites tell them, in three
//! languages, are one row each (tests/fixtures/real_reporting, our own pages): a three-day visit
//! dated by its arrival, its main day, its last day (whose page also tells a stop in another city) and, in a later page, by its month only; an
//! announced programme with two hosts, reported once per host by each host's press on its own
//! day; a signing announced on one page and reported done on another, then recalled by its
//! month; a first flight told by its airline on one page and by its passengers on two others,
//! then recalled by its month.

mod common;

use common::fixture_timeline;

/// Every row the fixture gives: (date, type, status, people it lists, its sources).
const ROWS: &[(&str, &str, &str, &[&str], &[&str])] = &[
    ("2022-04-06", "agreement", "occurred", &["Ghita Mezzour", "Orit Farkash-Hacohen"], &["ar_signing_done.txt", "en_background.txt", "fr_planned_signing.txt"]),
    ("2022-05-16", "visit", "occurred", &["Oded Forer"], &["ar_host_receives.txt", "ar_programme.txt", "en_one_host.txt", "fr_host_done.txt"]),
    ("2022-05-17", "meeting", "occurred", &["Mohammed Sadiki", "Oded Forer"], &["ar_host_receives.txt", "ar_programme.txt", "en_one_host.txt"]),
    ("2022-05-18", "meeting", "occurred", &["Nizar Baraka", "Oded Forer"], &["ar_programme.txt", "fr_host_done.txt"]),
    ("2022-06-12", "visit", "occurred", &["Karine Elharrar"], &["ar_arrival.txt", "en_background.txt", "en_main_day.txt", "fr_last_day.txt"]),
    ("2022-06-13", "meeting", "occurred", &["Karine Elharrar", "Leila Benali"], &["en_main_day.txt"]),
    // The last-day page joins the trip and tells a stop in another city before she left ("a
    // visité la centrale solaire Noor à Ouarzazate"): a row of its own since the fifteenth
    // session, as the development gold keeps Kochavi's Marrakesh stop.
    ("2022-06-14", "visit", "occurred", &["Karine Elharrar"], &["fr_last_day.txt"]),
    ("2022-10-02", "flight", "occurred", &[], &["ar_passengers.txt", "en_airline.txt", "en_passengers.txt", "fr_recalled.txt"]),
];

#[test]
fn each_event_told_by_many_pages_is_one_row() {
    let (rows, table) = fixture_timeline("tests/fixtures/real_reporting");
    for (date, ty, status, people, sources) in ROWS {
        let found: Vec<_> = rows
            .iter()
            .filter(|r| r.event_type.as_str() == *ty && people.iter().all(|p| r.people.iter().any(|x| x == p)) && r.date.is_some_and(|d| d.to_string() == *date))
            .collect();
        assert_eq!(found.len(), 1, "one {ty} of {date} with {people:?}:\n{table}");
        let row = found[0];
        assert_eq!(row.date.map(|d| d.to_string()).as_deref(), Some(*date), "{table}");
        assert_eq!(row.status.as_str(), *status, "{ty} of {date}:\n{table}");
        assert_eq!(&row.sources, sources, "{ty} of {date}:\n{table}");
    }
    assert_eq!(rows.len(), ROWS.len(), "no other row:\n{table}");
}

/// Three pages give a visit's arrival, one on Sunday and two on Monday
/// (tests/fixtures/disputed_day, ours): the row keeps Monday, and its evidence quotes a page
/// that gives Monday and, after ` | `, the one that gives Sunday.
#[test]
fn the_row_keeps_the_day_most_sources_give_and_quotes_both() {
    let (rows, table) = fixture_timeline("tests/fixtures/disputed_day");
    assert_eq!(rows.len(), 1, "{table}");
    assert_eq!(rows[0].date.map(|d| d.to_string()).as_deref(), Some("2022-01-17"), "{table}");
    assert_eq!(rows[0].sources, ["ar_monday.txt", "en_sunday.txt", "fr_monday.txt"], "{table}");
    let quotes: Vec<&str> = rows[0].evidence.split(" | ").collect();
    assert_eq!(quotes.len(), 2, "{}", rows[0].evidence);
    assert!(quotes[0].starts_with("ar_monday.txt") || quotes[0].starts_with("fr_monday.txt") && !quotes[0].starts_with("en_sunday"), "{}", rows[0].evidence);
    assert!(quotes[1].starts_with("en_sunday.txt:3: "), "{}", rows[0].evidence);
}
