//! Officers or a delegation of one country taking part as observers in an exercise, manoeuvres,
//! a parade or a fair held in the other country (tests/fixtures/observers, phrasings of our own):
//! a visit to where it is held, on the day told ('took part as observers in the joint
//! manoeuvres held … near Agadir on Wednesday'; row en-visit-observers of
//! lexicons/triggers_en.csv). English only: the French and Arabic rows gave visits of the
//! background recalls of African Lion 2022 in probes 24, 25, 27, 28 and 29, whose golds call
//! those observers an optional `other` event. The place and the participants' country tell
//! who travelled: the host's own troops at their own manoeuvres are no Morocco–Israel visit, a
//! plan for next year no visit done, and observers of a third country no Morocco–Israel visit
//! (the guards are told on another day than the Israeli officers' so that
//! they do not merge into their row).

mod common;

use common::{assert_no_rows_from, fixture_timeline};

#[test]
fn observers_at_manoeuvres_abroad_visit_the_host_country() {
    let (rows, table) = fixture_timeline("tests/fixtures/observers");
    for file in ["observers_en.txt"] {
        let found = rows.iter().any(|r| {
            r.sources.iter().any(|s| s == file)
                && r.date.is_some_and(|d| d.to_string() == "2022-05-18")
                && r.event_type.as_str() == "visit"
                && r.status.as_str() == "occurred"
                && ["Israel", "Morocco"].iter().all(|c| r.countries.iter().any(|x| x == c))
        });
        assert!(found, "{file}: no Israel–Morocco visit of 2022-05-18 in:\n{table}");
    }
    assert_no_rows_from(
        &rows,
        &table,
        &[
            ("own_troops_en.txt", "", "visit", "", "Moroccan units at the Moroccan army's manoeuvres travelled nowhere"),
            ("plan_en.txt", "", "visit", "", "'will take part as observers … next year' is a plan, no visit done"),
        ],
    );
    let third = rows.iter().find(|r| {
        r.sources.iter().any(|s| s == "third_en.txt")
            && r.event_type.as_str() == "visit"
            && r.countries.iter().any(|c| c == "Israel")
    });
    assert!(third.is_none(), "third_en.txt: Spanish observers are no Israeli visit:\n{table}");
}
