//! English and French acts told beside another (tests/fixtures/latin_acts): an invitation to
//! visit, told past an object in apposition ("invited the speaker …, Rachid Talbi Alami, to
//! visit Israel"), is no visit; « à son tour » is no tour; two acts of one sentence each take
//! the day of their own clause ("arrived on Sunday and signed … on Monday"); the day of a
//! relative clause describing a person ("Gantz, who arrived on Tuesday evening, signed …
//! after talks") dates only that clause's arrival, not the talks around it; a participle of
//! arrival in apposition to a signer (« signé par X et la ministre …, Ayelet Shaked, arrivée
//! lundi à Rabat ») is that person's arrival, on its own day; so is an English arrival told in
//! a relative clause right after a name ("signed … by X, who had arrived in Rabat on Monday, and
//! Y", "received …, X, who touched down … on Wednesday"): X's alone, whoever else the sentence
//! names.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The talks the invitation was made at stay rows.
    ("invite_apposition_en.txt", "2022-01-10", "meeting", "occurred", &["Mickey Levy", "Abderrahim Beyyoudh"]),
    ("invite_apposition_fr.txt", "2022-01-10", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("invite_phone_en.txt", "2022-03-06", "call", "occurred", &["Mohammed VI of Morocco", "Isaac Herzog"]),
    // "arrived in Rabat on Sunday and signed … on Monday": each act its own day.
    ("two_days_and_en.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"]),
    ("two_days_and_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("two_days_et_fr.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"]),
    ("two_days_et_fr.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    // "…, et lui et X ont signé le mémorandum mercredi", "…, and he and X signed a memorandum
    // of understanding on Wednesday": the object noun's day is the signing's.
    ("two_days_clause_fr.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("two_days_clause_fr.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("two_days_object_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("two_days_object_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // The relative clause's Tuesday is the arrival's; the signing and its talks are of the
    // page's story day.
    ("relative_day_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("relative_day_en.txt", "2021-11-25", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("relative_day_fr.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("relative_day_fr.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // A participle of arrival in apposition to a name (« …, Ayelet Shaked, arrivée lundi à
    // Rabat »): that person's arrival on its own day, whether the name is the signing's agent
    // or its subject.
    ("apposition_arrival_fr.txt", "2022-03-07", "visit", "occurred", &["Ayelet Shaked"]),
    ("apposition_arrival_fr.txt", "2022-03-09", "agreement", "occurred", &["Abdelouafi Laftit", "Ayelet Shaked"]),
    ("apposition_arrival_subject_fr.txt", "2022-03-08", "visit", "occurred", &["Issawi Frej"]),
    ("apposition_arrival_subject_fr.txt", "2022-03-09", "agreement", "occurred", &["Issawi Frej", "Nizar Baraka"]),
    // An English relative clause of arrival after a name ("…, X, who had arrived in Rabat on
    // Monday, and Y"): X's arrival on the clause's day; the signing keeps both signers, the
    // reception both sides.
    ("relative_arrival_agent_en.txt", "2022-03-07", "visit", "occurred", &["Ayelet Shaked"]),
    ("relative_arrival_agent_en.txt", "2022-03-09", "agreement", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    ("relative_arrival_object_en.txt", "2022-06-15", "visit", "occurred", &["Karine Elharrar"]),
    ("relative_arrival_object_en.txt", "2022-06-16", "meeting", "occurred", &["Leila Benali", "Karine Elharrar"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("invite_apposition_en.txt", "2022", "visit", "", "'invited the speaker …, Rachid Talbi Alami, to visit Israel' is an invitation, no visit"),
    ("invite_apposition_fr.txt", "2022", "visit", "", "« a convié …, Nasser Bourita, à venir en Israël et à visiter Jérusalem » is an invitation, no visit"),
    ("invite_phone_en.txt", "2022", "visit", "", "'invited the monarch, King Mohammed VI, to visit Jerusalem' is an invitation, no visit"),
    ("in_turn_fr.txt", "2022", "visit", "", "« à son tour » (in turn) is no tour"),
    ("in_turn_leur_fr.txt", "2022", "visit", "", "« à leur tour » (in turn) is no tour"),
    ("two_days_and_en.txt", "2022-02-20", "agreement", "", "the arrival's Sunday is not the signing's day"),
    ("two_days_et_fr.txt", "2022-02-20", "agreement", "", "the arrival's Sunday is not the signing's day"),
    ("two_days_clause_fr.txt", "2021-11-23", "agreement", "", "the flight's Tuesday is not the signing's day"),
    ("two_days_object_en.txt", "2021-11-23", "agreement", "", "the flight's Tuesday is not the signing's day"),
    ("relative_day_en.txt", "2021-11-23", "meeting", "", "the relative clause's Tuesday dates the arrival only"),
    ("relative_day_fr.txt", "2021-11-23", "meeting", "", "the relative clause's Tuesday dates the arrival only"),
    ("apposition_arrival_fr.txt", "2022-03-09", "visit", "", "the apposition's Monday dates the arrival, not the signing's Wednesday"),
];

#[test]
fn invitations_idioms_and_the_days_of_two_acts() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_acts");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    // The arrival in apposition is the named person's alone: the other signer did not travel.
    let visit = rows.iter().find(|r| r.sources.iter().any(|s| s == "apposition_arrival_fr.txt") && r.event_type.as_str() == "visit").expect(&table);
    assert_eq!(visit.people, ["Ayelet Shaked"], "{table}");
    // So is one told in an English relative clause: the other signer, the host, did not travel.
    for (file, visitor) in [("relative_arrival_agent_en.txt", "Ayelet Shaked"), ("relative_arrival_object_en.txt", "Karine Elharrar")] {
        let visit = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit").expect(&table);
        assert_eq!(visit.people, [visitor], "{file}:\n{table}");
    }
}
