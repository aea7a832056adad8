//! When a flight is a row (tests/fixtures/flight_means): a flight told as the way a visitor
//! came ("arrived in Rabat on a direct El Al flight", "على متن رحلة مباشرة", « à bord d'un vol
//! direct ») is part of the visit, no flight row; a first or inaugural flight is news of its own
//! and stays a row beside the visit of whom it brought; a visitor's own "I landed" is his
//! arrival; an arrival whose subject is a plane and no one is that plane's flight.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // Barbivai "على متن رحلة مباشرة لشركة العال" on Monday, then her tweet "هبطت للتو": the visit.
    ("a_ar.txt", "2021-11-08", "visit", "occurred", &["Orna Barbivai"]),
    // Frej "on a direct El Al flight": the visit.
    ("e_en.txt", "2021-11-15", "visit", "occurred", &["Issawi Frej"]),
    // Shasha-Biton « à bord d'un vol direct de la compagnie Israir »: the visit.
    ("f_fr.txt", "2022-02-21", "visit", "occurred", &["Yifat Shasha-Biton"]),
    // Razvozov "aboard the inaugural flight of a new Israir route": the visit and the flight.
    ("g_en.txt", "2021-08-02", "visit", "occurred", &["Yoel Razvozov"]),
    ("g_en.txt", "2021-08-02", "flight", "occurred", &[]),
    // "An Arkia Airbus landed in Marrakesh … opening a new weekly route": the flight, no visit.
    ("l_en.txt", "2021-10-03", "flight", "occurred", &[]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("a_ar.txt", "2021", "flight", "", "a direct flight that brought a visitor, and her tweet 'هبطت', are her visit"),
    ("e_en.txt", "2021", "flight", "", "'arrived … on a direct El Al flight' is the visit"),
    ("f_fr.txt", "2022", "flight", "", "« arrivée … à bord d'un vol direct » is the visit"),
    ("l_en.txt", "2021", "visit", "", "a plane that landed, carrying no one named, is no visit"),
];

#[test]
fn a_flight_that_only_brought_a_visitor_is_the_visit_and_a_first_one_is_a_row() {
    let (rows, table) = fixture_timeline("tests/fixtures/flight_means");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
