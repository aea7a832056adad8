//! A trip told for its timing by an act recalled after it (tests/fixtures/timed_by_a_recall,
//! pages in phrasings of our own): "X's visit follows the accord Israel and Morocco signed last
//! February", "X's trip comes on the heels of …", « Le déplacement de Mme X fait suite à l'accord
//! qu'Israël et le Maroc ont signé en février dernier », «وتأتي زيارة X بعد الاتفاق الذي وقعته
//! إسرائيل والمغرب في فبراير الماضي». The trip is the one the page told before (its own day, no
//! visit of the recalled month), and the recalled accord keeps its own parties, the two
//! countries, not the traveller named before the phrase. (The Arabic page passed before the
//! English and French were mended: a guard of the family.)

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("follows_en.txt", "2022-06-13", "visit", "occurred", &["Orna Barbivai"]),
    ("heels_en.txt", "2022-06-13", "visit", "occurred", &["Orna Barbivai"]),
    ("fait_suite_fr.txt", "2022-06-13", "visit", "occurred", &["Orna Barbivai"]),
    ("comes_after_ar.txt", "2022-06-13", "visit", "occurred", &["Orna Barbivai"]),
    ("follows_en.txt", "2022-02", "agreement", "occurred", &[]),
    ("heels_en.txt", "2022-02", "agreement", "occurred", &[]),
    ("fait_suite_fr.txt", "2022-02", "agreement", "occurred", &[]),
    ("comes_after_ar.txt", "2022-02", "agreement", "occurred", &[]),
];

#[test]
fn a_trip_timed_by_a_recalled_act() {
    let (rows, table) = fixture_timeline("tests/fixtures/timed_by_a_recall");
    assert_rows_from(&rows, &table, EXPECTED);
    for r in &rows {
        let date = r.date.map(|d| d.to_string()).unwrap_or_default();
        // The recalled accord is the two countries', not the traveller's.
        if r.event_type.as_str() == "agreement" {
            assert!(!r.people.iter().any(|p| p == "Orna Barbivai"), "the traveller signs the recalled accord:\n{table}");
        }
        // The trip takes no day or month of the recalled act.
        if r.event_type.as_str() == "visit" {
            assert!(!date.starts_with("2022-02"), "the trip takes the recalled month:\n{table}");
        }
    }
}
