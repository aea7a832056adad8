//! Families of the thirty-fifth blind probe (docs/probe35.md), told in new words
//! (tests/fixtures/p35_families).
//!
//! An invitation accepted and told by its noun ("accepted an invitation from X to visit
//! Israel", « a accepté l'invitation de sa visiteuse à se rendre en Israël », «وقبل مزور دعوة
//! من باربيفاي لزيارة إسرائيل») is no visit done: the invited may never come, and the day of
//! the talks before it is not the trip's.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("invitation_en.txt", "2022-03-08", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("invitation_fr.txt", "2022-03-08", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("invitation_ar.txt", "2022-03-08", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("invitation_en.txt", "2022", "visit", "", "an invitation accepted to visit Israel is no visit done"),
    ("invitation_fr.txt", "2022", "visit", "", "une invitation acceptée à se rendre en Israël n'est pas une visite faite"),
    ("invitation_ar.txt", "2022", "visit", "", "an invitation accepted (قبل دعوة لزيارة) is no visit done"),
];

#[test]
fn an_invitation_accepted_is_no_visit() {
    let (rows, table) = fixture_timeline("tests/fixtures/p35_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
