//! A bare office noun refers back to the person the story named with it (Arabic;
//! tests/fixtures/office_told_before, pages in phrasings of our own): «وكان الوزير قد وصل …»,
//! «وكانت الوزيرة قد حطت …» after the page named the minister is that minister's arrival, of
//! his country. An office the page named no holder of, or told inside a quotation, stays no
//! one's.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("minister_arrived_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"]),
    ("minister_arrived_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    // The Moroccan minister named beside her is of the country she lands in: not the visitor.
    ("minister_she_landed_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("minister_never_named_ar.txt", "2022-03-08", "visit", "", "the page names a prime minister, no minister: «الوزير» is no one it told"),
    ("minister_quoted_ar.txt", "2021-11-23", "visit", "", "«الوزير» inside someone else's quotation is not read back"),
];

#[test]
fn a_bare_office_noun_is_the_subject_told_before() {
    let (rows, table) = fixture_timeline("tests/fixtures/office_told_before");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    let landed = rows.iter().find(|r| r.sources.iter().any(|s| s == "minister_she_landed_ar.txt") && r.event_type.as_str() == "visit").expect(&table);
    assert_eq!(landed.people, ["Orna Barbivai"], "{table}");
}
