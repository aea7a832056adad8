//! A welcomer is a host, not a visitor (tests/fixtures/welcomers): who welcomes the passengers
//! of a flight or a plane at the airport ("were welcomed at the airport by David Govrin", « ont
//! été accueillis à l'aéroport par », "وكان في استقبال الطائرة") is on the host side, even when
//! he is of the travellers' country; the flight told just before is the row.

mod common;

use common::{ExpectedFrom, assert_not_visitor, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("e_en.txt", "2021-10-10", "flight", "occurred", &[]),
    ("f_fr.txt", "2021-10-17", "flight", "occurred", &[]),
    ("a_ar.txt", "2021-10-31", "flight", "occurred", &[]),
];

const NOT_VISITORS: &[(&str, &str)] = &[("e_en.txt", "David Govrin"), ("f_fr.txt", "David Govrin"), ("a_ar.txt", "David Govrin")];

#[test]
fn who_welcomes_a_flights_passengers_at_the_airport_is_no_visitor() {
    let (rows, table) = fixture_timeline("tests/fixtures/welcomers");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_not_visitor(&rows, &table, NOT_VISITORS);
    assert!(!rows.iter().any(|r| r.event_type.as_str() == "visit"), "a welcome of passengers is no visit:\n{table}");
}
