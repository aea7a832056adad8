//! A visit whose visitor is told by a nationality is that side's (tests/fixtures/visiting_side,
//! pages in phrasings of our own): "during the first visit to Israel by a Moroccan justice
//! minister", "in the first visit to Morocco by an Israeli defence minister", "It was the first
//! time an Israeli justice minister had paid an official visit to the kingdom. He was due to
//! meet …": the people of the other country its sentence (or the next) names are its hosts,
//! never its visitors (src/events/latin/participants.rs `visiting_side_keeps_no_host`) — but
//! for the American broker's people, who travel with either side ("An Israeli delegation led by
//! … landed in Rabat … together with White House adviser Jared Kushner").

mod common;

use common::{ExpectedFrom, assert_not_visitor, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("by_nationality_en.txt", "2021-11-24", "visit", "occurred", &["Benny Gantz"]),
    ("subject_nationality_en.txt", "2022-07-18", "visit", "occurred", &["Gideon Sa'ar"]),
    // The visitor is the Moroccan: his Israeli host named first is no visitor.
    ("by_own_side_en.txt", "2022-07-26", "visit", "occurred", &["Abdellatif Ouahbi"]),
    // The American broker travels with the Israeli delegation: a visitor, not a host.
    ("with_the_broker_en.txt", "2020-12-22", "visit", "occurred", &["Meir Ben-Shabbat", "Jared Kushner"]),
];

/// Visit rows of a file that must not name a person as their visitor: (file, person). Without
/// the rule, subject_nationality_en gives a visit of Ouahbi and Bourita of the 19th and
/// by_own_side_en a visit of Sa'ar and Ouahbi.
const NOT_VISITOR: &[(&str, &str)] = &[
    ("by_nationality_en.txt", "Nasser Bourita"),
    ("subject_nationality_en.txt", "Abdellatif Ouahbi"),
    ("subject_nationality_en.txt", "Nasser Bourita"),
    ("by_own_side_en.txt", "Gideon Sa'ar"),
];

#[test]
fn a_visitor_told_by_nationality_keeps_the_hosts_out() {
    let (rows, table) = fixture_timeline("tests/fixtures/visiting_side");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_not_visitor(&rows, &table, NOT_VISITOR);
}
