//! Families the twelfth probe showed (tests/fixtures/p12_families), each in phrasings of our
//! own: a headline's talks ("الملك يتباحث مع …", "holds talks with") above a body that tells the
//! same people's phone call are that call, and the countries the headline names after them are
//! what the call was about; routes an airline opened ("opened its first routes to …") are
//! its flights, not an office opening.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The headline's talks are the body's call, and its "… مع إسرائيل" the call's other side.
    ("headline_talks_call_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"]),
    ("headline_talks_call_en.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"]),
    // Routes opened are the airline's flights.
    ("routes_opened_en.txt", "2022-03-13", "flight", "occurred", &[]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("routes_opened_en.txt", "2022-03-13", "opening", "", "'opened its two new routes': an airline's routes are flights, not an opening"),
];

#[test]
fn families_of_the_twelfth_probe() {
    let (rows, table) = fixture_timeline("tests/fixtures/p12_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
