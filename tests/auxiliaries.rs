//! One list of auxiliaries (the `auxiliary` rows of lexicons/date_words_*.csv) serves the date
//! finder (a participle after one is the main verb) and the Latin status rules (a present form
//! after one is a participle, no present that points ahead). Pages of our own
//! (tests/fixtures/auxiliaries), as the development gold reads them: "is meeting … on Tuesday"
//! and « se réunit mardi », written on a Monday, are the coming Tuesday's meeting, planned; «
//! etait arrive mardi » (accents left out) is a participle after its auxiliary, the last
//! Tuesday's arrival.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};
use tarikh::dates::lexicon::Word;

const EXPECTED: &[ExpectedFrom] = &[
    ("is_meeting_en.txt", "2022-06-14", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
    ("se_reunit_fr.txt", "2022-06-14", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
    ("etait_arrive_fr.txt", "2022-06-14", "visit", "occurred", &["Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("is_meeting_en.txt", "2022-06-07", "", "", "'is meeting … on Tuesday' written on a Monday is the coming Tuesday"),
    ("se_reunit_fr.txt", "2022-06-07", "", "", "« se réunit mardi » écrit un lundi est le mardi qui vient"),
];

#[test]
fn present_and_participles_after_the_one_list_of_auxiliaries() {
    let (rows, table) = fixture_timeline("tests/fixtures/auxiliaries");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}

/// The words the Latin status rules take for auxiliaries are the date words' rows: those it
/// listed in code before (src/events/latin/status.rs) are all there.
#[test]
fn the_status_auxiliaries_are_date_words() {
    let lexicons = tarikh::data::Lexicons::builtin();
    let lexicon = &lexicons.dates;
    for w in ["est", "a", "ont", "sont", "etait", "était", "avait", "avaient", "has", "have", "had", "was", "were"] {
        assert!(lexicon.lookup(w).any(|e| e.word == Word::Auxiliary), "{w} is no auxiliary row");
    }
}
