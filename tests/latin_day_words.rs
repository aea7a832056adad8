//! A day told by the day before it counts from the event told before it
//! (tests/fixtures/latin_day_words): "The next day she signed", « Le lendemain, elle a
//! rencontré » after an arrival on a weekday and a background date in passing ("fourteen
//! months after the joint declaration of 22 December 2020") are the day after the arrival,
//! not the day after the background date; and a short sentence that tells only a day (« Tout
//! s'est joué jeudi dernier. », "It all happened last Wednesday.") dates the undated acts of
//! the sentence after it, not the day of writing; a plan told at a week is fixed to the day
//! a reference to it tells next ("The trip is slated for Wednesday").

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("day_after_background_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("lendemain_fr.txt", "2022-07-19", "meeting", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    ("day_sentence_fr.txt", "2021-11-25", "visit", "occurred", &["Benny Gantz"]),
    ("day_sentence_fr.txt", "2021-11-25", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("day_sentence_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"]),
    ("day_sentence_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    // A plan told at a week, then its day by a reference: "The trip is slated for Wednesday".
    ("slated_en.txt", "2022-06-15", "visit", "planned", &["Ayelet Shaked"]),
    ("prevue_fr.txt", "2022-07-11", "visit", "planned", &["Aviv Kochavi"]),
    // Near miss: the date written last is the arrival's, the event told before: unchanged.
    ("next_day_of_arrival_en.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("day_after_background_en.txt", "2020-12-23", "agreement", "", "the next day is the day after Sunday's landing, not after the declaration recalled in passing"),
    ("slated_en.txt", "2022-06-13", "visit", "", "the week of the plan gives way to the day its reference fixes"),
    ("lendemain_fr.txt", "2020-12-23", "meeting", "", "« le lendemain » counts from Monday's landing"),
    ("day_sentence_en.txt", "2021-08-13", "", "", "the acts are of the Wednesday the sentence before tells, not of the day of writing"),
];

#[test]
fn day_words_count_from_the_event_told_before() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_day_words");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
