//! People a route's flight carries came on it (tests/fixtures/carried): "أول رحلة مباشرة …
//! وعلى متنها الوزير", "the first direct flight … with the minister on board" is the flight,
//! a row of its own, and the visit of those it carries, to where it landed, on its day.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The first Israir flight to Marrakesh "أمس الثلاثاء" with Frej aboard: the flight, and
    // Frej's visit (no other sentence tells it).
    ("a_ar.txt", "2021-10-19", "flight", "occurred", &[]),
    ("a_ar.txt", "2021-10-19", "visit", "occurred", &["Issawi Frej"]),
    // "The first direct Royal Air Maroc flight … landed in Casablanca on Tuesday with … Orna
    // Barbivai on board": the flight, whose subject is the landing's, and her visit.
    ("e_en.txt", "2022-03-08", "flight", "occurred", &[]),
    ("e_en.txt", "2022-03-08", "visit", "occurred", &["Orna Barbivai"]),
];

#[test]
fn a_flights_named_passengers_visit_where_it_landed() {
    let (rows, table) = fixture_timeline("tests/fixtures/carried");
    assert_rows_from(&rows, &table, EXPECTED);
}
