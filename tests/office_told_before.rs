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
    // Beside the Moroccan counterpart («ونظيره المغربي»): the arrival is still the Israeli's,
    // and «الوزير المغربي» told later stays the Moroccan's own planned visit.
    ("minister_beside_moroccan_ar.txt", "2022-04-05", "visit", "occurred", &["Yair Lapid"]),
    // A third country's minister named nearer (the Algerian's tour) is not the story's
    // subject: the page's own countries' minister is.
    ("minister_third_country_ar.txt", "2022-06-13", "visit", "occurred", &["Yair Lapid"]),
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
    let people_of = |file: &str, date: &str| rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit" && r.date.is_some_and(|d| d.to_string() == date)).map(|r| r.people.clone()).expect(&table);
    // Not the Algerian minister named nearer.
    assert_eq!(people_of("minister_third_country_ar.txt", "2022-06-13"), ["Yair Lapid"], "{table}");
    // «الوزير المغربي» is not read as the Israeli told before.
    let planned = rows.iter().find(|r| r.sources.iter().any(|s| s == "minister_beside_moroccan_ar.txt") && r.event_type.as_str() == "visit" && r.status.as_str() == "planned").expect(&table);
    assert_eq!(planned.people, ["Nasser Bourita"], "{table}");
    // A plural («الوزراء») is no one person told before (guard; the same before the change).
    assert!(!rows.iter().any(|r| r.sources.iter().any(|s| s == "ministers_plural_ar.txt") && r.event_type.as_str() == "visit" && !r.people.is_empty()), "{table}");
}
