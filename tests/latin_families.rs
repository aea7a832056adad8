//! English and French families of the sixteenth session (tests/fixtures/latin_families), each
//! in phrasings of our own: a recall inside a since-clause ("since arriving in January",
//! « depuis son arrivée en janvier ») is background, no event.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The act of the sentence stays.
    ("since_gerund_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_clause_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_possessive_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_que_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("since_gerund_en.txt", "2021-01", "visit", "", "'since arriving in the kingdom in January' tells when a state began"),
    ("since_clause_en.txt", "2021-01", "visit", "", "'since he landed in Rabat in January 2021' tells when a state began"),
    ("since_possessive_fr.txt", "2021-01", "visit", "", "« depuis son arrivée dans le royaume en janvier » tells when a state began"),
    ("since_que_fr.txt", "2021-01", "visit", "", "« depuis qu'il est arrivé à Rabat en janvier 2021 » tells when a state began"),
];

#[test]
fn latin_families_of_the_sixteenth_session() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
