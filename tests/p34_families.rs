//! Families of the thirty-fourth blind probe (docs/probe34.md), told in new words
//! (tests/fixtures/p34_families).
//!
//! A business or economic forum taken part in ("took part on Wednesday in a business forum
//! organised in Rabat by …", « a participé jeudi à Marrakech à un forum économique organisé
//! par … ») is a meeting of those it names, as the Arabic `meeting-forum` reads «منتدى
//! الأعمال»; a forum named alone ("a forum on water scarcity") stays a gathering word, no
//! meeting.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("forum_en.txt", "2022-11-16", "meeting", "occurred", &["Karine Elharrar", "Leila Benali"]),
    ("forum_fr.txt", "2022-06-09", "meeting", "occurred", &["Issawi Frej", "Ryad Mezzour"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[("forum_alone_en.txt", "2022", "meeting", "", "a forum on water, not a business or economic one, is a gathering word alone: no meeting")];

#[test]
fn a_business_forum_taken_part_in_is_a_meeting() {
    let (rows, table) = fixture_timeline("tests/fixtures/p34_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
