//! Families of the thirty-third blind probe (docs/probe33.md), told in new words
//! (tests/fixtures/p33_families), a few pages of the folder read together as one corpus, with
//! every event, undated ones too.
//!
//! A signing recalled by its month alone, naming nobody ("the two countries had signed an
//! aviation accord in March", «وكان المغرب وإسرائيل قد وقعا في مارس الماضي اتفاقية»,
//! « les deux pays avaient signé en mars un accord ») is the one signing of a day between
//! those countries the corpus tells in that month: one row, of the day. With two signings in
//! the month, or none, it stays a row of its own.

mod common;

use tarikh::timeline::Row;

const FOLDER: &str = "tests/fixtures/p33_families";

/// The timeline of `pages` of the folder read together (every event, undated ones too), and
/// its rows one per line for failure messages.
fn timeline_of(pages: &[&str]) -> (Vec<Row>, String) {
    common::pages_timeline_with(FOLDER, pages, &["--all-events", "--undated"])
}

/// The agreement rows a page is a source of: (date, whether it has other sources).
fn agreements_of(rows: &[Row], page: &str) -> Vec<(String, usize)> {
    rows.iter()
        .filter(|r| r.event_type.as_str() == "agreement" && r.sources.iter().any(|s| s == page))
        .map(|r| (r.date.map(|d| d.to_string()).unwrap_or_default(), r.sources.len()))
        .collect()
}

#[test]
fn a_months_recalled_signing_is_the_one_signing_of_a_day_that_month() {
    // signing_en.txt: Barbivai and Mezzour sign a joint declaration on Tuesday 8 March 2022.
    for recall in ["recall_ar.txt", "recall_en.txt", "recall_fr.txt"] {
        let (rows, table) = timeline_of(&["signing_en.txt", recall]);
        assert_eq!(agreements_of(&rows, recall), [("2022-03-08".to_string(), 2)], "{recall}: the March recall is the signing of 8 March:\n{table}");
        assert_eq!(rows.iter().filter(|r| r.event_type.as_str() == "agreement").count(), 1, "{recall}: one agreement row:\n{table}");
    }
}

#[test]
fn a_months_recalled_signing_stays_apart_when_the_month_holds_two() {
    // second_en.txt: Bourita and Lapid sign another declaration on Thursday 24 March 2022.
    let (rows, table) = timeline_of(&["signing_en.txt", "second_en.txt", "recall_en.txt"]);
    assert_eq!(agreements_of(&rows, "recall_en.txt"), [("2022-03".to_string(), 1)], "two signings in March: the recall is its own row:\n{table}");
}

#[test]
fn a_months_recalled_signing_stays_apart_from_another_months() {
    let (rows, table) = timeline_of(&["signing_en.txt", "recall_feb_en.txt"]);
    assert_eq!(agreements_of(&rows, "recall_feb_en.txt"), [("2022-02".to_string(), 1)], "a February recall is not the signing of 8 March:\n{table}");
}
