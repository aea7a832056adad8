//! Event extraction on English articles written for the tests in the styles of Times of
//! Israel, Reuters, Morocco World News, AP and the Jerusalem Post (tests/fixtures/phrasings_en,
//! with a manifest of publication dates): an arrival "on Wednesday morning", a call "spoke by
//! phone", a visit "concluded on Thursday" (not an agreement), a memorandum signed "On
//! Wednesday", a reception "The same day", talks "on the sidelines of" a summit, a plane that
//! "landed" (a flight), a "video conference" "last Tuesday", a minister who "hosted his
//! Israeli counterpart", a chief of staff "welcomed" and "expected to meet", and an
//! Israel–Emirates flight that is not a row; then a royal phone call, a route launched, talks
//! and a memorandum in one sentence, an arrival "late Monday" before "is expected to"; then
//! (o–x) a day told "on the 14th", a landing "touched down" and talks "Shortly after his
//! arrival", "The two men inked … the next day", an "inaugural route", "penned" and "a
//! fortnight ago", "met with … on the sidelines of", "hosted … from 24 to 26 July", "welcomed"
//! and "initialled", a king's audience that is the visit, a trip told by its talks ("visited …,
//! meeting …"), and negations ("did not meet", "no agreement was signed"). Each expected row is (date, type, status, people
//! that must be listed); the rows that must not be there are the families fixed here.

mod common;

use common::{ExpectedRow, assert_rows_found, fixture_timeline};

const EXPECTED: &[ExpectedRow] = &[
    ("2021-01-18", "call", "occurred", &["Nasser Bourita", "Gabi Ashkenazi"]),
    ("2021-07-25", "flight", "occurred", &[]),
    ("2021-08-11", "visit", "occurred", &["Yair Lapid"]),
    ("2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("2021-11-24", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    ("2022-02-01", "call", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("2022-03-27", "visit", "occurred", &["Nasser Bourita"]),
    ("2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Naftali Bennett"]),
    ("2022-07-18", "visit", "occurred", &["Aviv Kochavi"]),
    ("2022-07-20", "meeting", "occurred", &["Abdelouafi Laftit", "Ayelet Shaked"]),
    ("2022-07-20", "meeting", "planned", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    // j–n: a call "spoke by telephone with", a route "launched direct flights", talks and a
    // memorandum in one sentence, an arrival "late Monday" before a future clause, a planned
    // trip "next Wednesday" that another article reports done, a meeting "in June".
    ("2022-01-10", "call", "occurred", &["Isaac Herzog", "Mohammed VI of Morocco"]),
    ("2022-03-13", "flight", "occurred", &[]),
    ("2022-07-25", "visit", "occurred", &["Gideon Sa'ar"]),
    ("2022-07-26", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("2022-07-26", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("2021-06", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    // o–x
    ("2021-01-14", "meeting", "occurred", &["Nasser Bourita", "Gabi Ashkenazi"]),
    ("2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("2021-11-23", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("2021-07-25", "flight", "occurred", &[]),
    ("2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("2022-02-21", "call", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("2022-03-28", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("2022-07-24", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    ("2021-08-11", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("2021-08-11", "agreement", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("2021-08-10", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("2022-06-08", "visit", "occurred", &["Mickey Levy", "Mohammed VI of Morocco"]),
    ("2022-06-08", "meeting", "occurred", &["Mickey Levy", "Rachid Talbi Alami"]),
    ("2022-02-28", "meeting", "occurred", &["Alon Ushpiz", "Nasser Bourita"]),
    ("2022-05-05", "call", "occurred", &["Karine Elharrar", "Leila Benali"]),
    // y: an agency dateline ("RABAT, June 2 (Reuters) -") opening the sentence that tells the
    // signing "on Tuesday": the dateline dates the writing, the weekday the signing.
    ("2022-05-31", "agreement", "occurred", &["Nizar Baraka", "Karine Elharrar"]),
];

/// (date, type, why it must not be a row).
const NOT_EXPECTED: &[(&str, &str, &str)] = &[
    ("2021-01-18", "agreement", "b.txt: 'agreed to work toward' is a decision"),
    ("2021-11-25", "agreement", "c.txt: 'concluded ... a two-day visit' is not an agreement"),
    ("2021-11-25", "meeting", "c.txt: 'The same day' is Wednesday's, not the publication day"),
    ("2021-07-25", "visit", "e.txt: a plane that landed is the flight"),
    ("2020-08-31", "flight", "i.txt: Israel and the Emirates"),
    ("2022-03-14", "visit", "k.txt: 'the first Moroccan airline to fly to Israel' is an infinitive, not a visit going on"),
    ("2022-08-01", "visit", "l.txt: 'who arrived in Morocco late Monday' is a past Monday despite 'is expected to' after it"),
    ("2021-01-19", "meeting", "o.txt: 'on the 14th' is the day, not the dateline's"),
    ("2022-02-28", "visit", "w.txt: 'visited …, meeting …' is told by its talks"),
    ("2022-05-09", "meeting", "x.txt: 'did not meet' is no meeting"),
    ("2022-05-09", "agreement", "x.txt: 'no agreement was signed' is no agreement"),
    ("2022-03-18", "opening", "w.txt: 'open the way' is no opening"),
    ("2022-06-02", "agreement", "y.txt: the dateline's day is the writing's, not the signing's"),
];

#[test]
fn english_phrasings_give_their_events() {
    let (rows, table) = fixture_timeline("tests/fixtures/phrasings_en");
    assert_rows_found(&rows, &table, EXPECTED);
    for (date, ty, why) in NOT_EXPECTED {
        let found = rows.iter().any(|r| r.date.is_some_and(|d| d.to_string() == *date) && r.event_type.as_str() == *ty);
        assert!(!found, "{why}:\n{}", table);
    }
}
