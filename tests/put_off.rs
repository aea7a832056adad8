//! Postponements in English and French (tests/fixtures/put_off), in phrasings of our own: the
//! act put off is planned at the day it was put off to, and the day it was first set for makes
//! no row. "The visit of …" and "The talks between …" open with the article a back-reference
//! reads, yet a postponement that names its new day tells the new plan ("has been postponed to
//! April", "were postponed until June 2", "has been pushed back to next month"); « a reporté sa
//! visite au Maroc à mai » puts it off to the coming May, whatever the past tense of the verbs
//! around it (« à » ends the put-off phrase as « au » and « jusqu'à » do).

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("has_been_postponed_en.txt", "2022-04", "visit", "planned", &["Orna Barbivai"]),
    ("postponed_until_en.txt", "2022-06-02", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
    ("pushed_back_en.txt", "2022-03", "agreement", "planned", &[]),
    ("reportee_a_fr.txt", "2022-04", "visit", "planned", &["Orna Barbivai"]),
    ("a_reporte_a_fr.txt", "2022-05", "visit", "planned", &["Yair Lapid"]),
    ("reportee_au_fr.txt", "2022-03-03", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("has_been_postponed_en.txt", "2022-02", "", "", "'which had been set for 14 February' is the day it no longer takes place"),
    ("reportee_a_fr.txt", "2022-02", "", "", "« qui devait avoir lieu le 14 février » n'est plus le jour de la visite"),
    ("reportee_au_fr.txt", "2022-02", "", "", "« prévue le 20 février » n'est plus le jour de la rencontre"),
    ("a_reporte_a_fr.txt", "2021", "", "", "« à mai » after « a reporté » is the coming May, not the last one"),
    ("pushed_back_en.txt", "2022-02", "", "", "'expected this week' is the week it no longer takes place"),
];

#[test]
fn put_off_acts_are_planned_at_their_new_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/put_off");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
