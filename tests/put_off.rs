//! Postponements in English and French (tests/fixtures/put_off), in phrasings of our own: the
//! act put off is planned at the day it was put off to, and the day it was first set for makes
//! no row. "The visit of …" and "The talks between …" open with the article a back-reference
//! reads, yet a postponement that names its new day tells the new plan ("has been postponed to
//! April", "were postponed until June 2", "has been pushed back to next month"); « a reporté sa
//! visite au Maroc à mai » puts it off to the coming May, whatever the past tense of the verbs
//! around it (« à » ends the put-off phrase as « au » and « jusqu'à » do).
//!
//! A deadline is no plan's day: "في غضون ثلاثة أسابيع", «في أجل أقصاه 20 يناير», «قبل نهاية
//! شهر يناير», « au plus tard le 20 janvier » bound a plan (trigger files, kind `deadline`), which
//! keeps only the month, else the year, holding the whole window from the writing to the bound
//! (« d'ici la fin de l'année » told in June: that year), and no day.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("has_been_postponed_en.txt", "2022-04", "visit", "planned", &["Orna Barbivai"]),
    ("postponed_until_en.txt", "2022-06-02", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
    ("pushed_back_en.txt", "2022-03", "agreement", "planned", &[]),
    ("reportee_a_fr.txt", "2022-04", "visit", "planned", &["Orna Barbivai"]),
    ("a_reporte_a_fr.txt", "2022-05", "visit", "planned", &["Yair Lapid"]),
    ("reportee_au_fr.txt", "2022-03-03", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"]),
    // The window from 15 June to the end of the year lies in 2022: the plan keeps its year.
    ("deadline_year_fr.txt", "2022", "agreement", "planned", &["Mohamed Mehdi Bensaid", "Chili Tropper"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("has_been_postponed_en.txt", "2022-02", "", "", "'which had been set for 14 February' is the day it no longer takes place"),
    ("reportee_a_fr.txt", "2022-02", "", "", "« qui devait avoir lieu le 14 février » n'est plus le jour de la visite"),
    ("reportee_au_fr.txt", "2022-02", "", "", "« prévue le 20 février » n'est plus le jour de la rencontre"),
    ("a_reporte_a_fr.txt", "2021", "", "", "« à mai » after « a reporté » is the coming May, not the last one"),
    ("pushed_back_en.txt", "2022-02", "", "", "'expected this week' is the week it no longer takes place"),
    ("deadline_within_ar.txt", "2021", "opening", "", "«في غضون ثلاثة أسابيع» told on 23 December bounds the reopening: no week of January"),
    ("deadline_at_most_ar.txt", "2021", "flight", "", "«في أجل أقصاه 20 يناير» is the latest day, not the flights' day"),
    ("deadline_at_most_ar.txt", "2021", "opening", "", "«قبل نهاية شهر يناير» told in December bounds the opening: no month of it"),
    ("deadline_au_plus_tard_fr.txt", "2021", "flight", "", "« au plus tard le 20 janvier » est le dernier jour, pas celui des vols"),
];

#[test]
fn put_off_acts_are_planned_at_their_new_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/put_off");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
