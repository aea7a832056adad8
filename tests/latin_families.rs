//! English and French families of the sixteenth session (tests/fixtures/latin_families), each
//! in phrasings of our own: a recall inside a since-clause ("since arriving in January",
//! « depuis son arrivée en janvier ») is background, no event; a passive reception follows the
//! development gold's convention: a delegation received by the head of state ("The delegation
//! was received by King Mohammed VI", « La délégation a été reçue … par le roi ») is part of
//! its visit, no meeting row and the King no visitor, while a minister received by his
//! counterpart ("was received … by his Moroccan counterpart", « a été reçu … par son
//! homologue ») is their meeting.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_not_visitor, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The act of the sentence stays.
    ("since_gerund_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_clause_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_possessive_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_que_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    // The royal audience is the delegation's visit and, told by a past reception verb, the
    // King's meeting with it beside (tests/reception_is_the_hosts_meeting.rs); the
    // counterpart's reception a meeting.
    ("received_passive_en.txt", "2021-03-02", "visit", "occurred", &["Meir Ben-Shabbat"]),
    ("received_passive_fr.txt", "2021-04-06", "visit", "occurred", &["Meir Ben-Shabbat"]),
    ("received_passive_en.txt", "2021-03-02", "meeting", "occurred", &["Meir Ben-Shabbat", "Mohammed VI of Morocco"]),
    ("received_passive_fr.txt", "2021-04-06", "meeting", "occurred", &["Meir Ben-Shabbat", "Mohammed VI of Morocco"]),
    ("received_counterpart_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("received_counterpart_fr.txt", "2022-05-17", "meeting", "occurred", &["Chili Tropper", "Mohamed Mehdi Bensaid"]),
    // The signing after "following"/"after" is the one of the Wednesday before the page.
    ("following_signed_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("after_signed_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("apres_signes_fr.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("since_gerund_en.txt", "2021-01", "visit", "", "'since arriving in the kingdom in January' tells when a state began"),
    ("since_clause_en.txt", "2021-01", "visit", "", "'since he landed in Rabat in January 2021' tells when a state began"),
    ("since_possessive_fr.txt", "2021-01", "visit", "", "« depuis son arrivée dans le royaume en janvier » tells when a state began"),
    ("since_que_fr.txt", "2021-01", "visit", "", "« depuis qu'il est arrivé à Rabat en janvier 2021 » tells when a state began"),
    ("following_signed_en.txt", "2021-08-18", "agreement", "", "'will step up …, following the agreements signed … on Wednesday': the plan is the exchanges', the signing is past"),
    ("after_signed_en.txt", "2021-08-18", "agreement", "", "'will add packages after the agreements signed on Wednesday': the signing is past"),
];

/// Visit rows of a file that must not name a person as their visitor: (file, person).
const NOT_VISITOR: &[(&str, &str)] = &[
    ("received_passive_en.txt", "Mohammed VI of Morocco"),
    ("received_passive_fr.txt", "Mohammed VI of Morocco"),
];

#[test]
fn latin_families_of_the_sixteenth_session() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    assert_not_visitor(&rows, &table, NOT_VISITOR);
}
