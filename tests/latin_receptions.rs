//! A reception told by a participle that opens the sentence (tests/fixtures/latin_receptions):
//! « Reçu le jour même par son homologue X, il a … », « Accueilli dans la foulée par X, il … »,
//! "Welcomed shortly afterwards by X, he …", "Received the same day by her counterpart X, she …"
//! is a meeting of the sentence's subject, the visitor whose arrival the sentence before
//! dates, with X, on the day told before when the participle's phrase tells a day word or a
//! connective (lexicon rows `fr-meeting-received-participle`,
//! `en-meeting-received-participle`). An active "welcomed" is a reception before a guest the
//! gazetteer names ("Herzog welcomed Nasser Bourita in Jerusalem", "welcomed Foreign Minister
//! X to his office"), not before a possessive or a name that opens a noun phrase ("welcomed
//! Blinken's remarks", "welcomed Biden administration statements"). Near misses: a participle whose agent names no one
//! ("Greeted by cheering crowds", « Accueillie favorablement par le gouvernement ») is no
//! meeting.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("recu_jour_meme_fr.txt", "2021-11-23", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("accueilli_foulee_fr.txt", "2022-06-08", "meeting", "occurred", &["Mickey Levy", "Rachid Talbi Alami"]),
    ("welcomed_right_after_en.txt", "2022-06-08", "meeting", "occurred", &["Mickey Levy", "Rachid Talbi Alami"]),
    // Already read before the row (the active past "received" is a trigger of its own).
    ("received_same_day_en.txt", "2022-07-19", "meeting", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    // An active "welcomed" before a guest the gazetteer names, right after it or after a title
    // (lexicon rows `en-welcomed`, `en-welcomes`: `@person`).
    // (received in the guest's host country: the guest's visit, as "hosted" and "received" tell it)
    ("welcomed_named_guest_en.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita", "Isaac Herzog"]),
    ("welcomed_titled_guest_en.txt", "2022-03-28", "meeting", "occurred", &["Naftali Bennett", "Nasser Bourita"]),
    // The arrivals stay visits of their own.
    ("recu_jour_meme_fr.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("welcomed_right_after_en.txt", "2022-06-08", "visit", "occurred", &["Mickey Levy"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("greeted_by_crowds_en.txt", "", "meeting", "", "crowds are no side of a meeting"),
    ("accueillie_favorablement_fr.txt", "", "meeting", "", "a proposal welcomed by a government is no meeting"),
    ("welcomed_possessive_en.txt", "", "meeting", "", "'welcomed Blinken's remarks' welcomes what a person said, not the person"),
    ("welcomed_name_phrase_en.txt", "", "meeting", "", "'welcomed Biden administration statements': the name opens a noun phrase"),
];

#[test]
fn participle_led_receptions_are_meetings() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_receptions");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
