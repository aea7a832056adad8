//! Talks told in turn (tests/fixtures/successive_talks): "اتصالا مع X، ثم مع Y", "تلقى اتصالا من
//! X، ثم اتصل بY", "spoke with X and then with Y", "met X, then met Y", « s'est entretenu avec
//! X, puis avec Y » are two calls or two meetings, each with its own other side and the subject
//! they share — not one event of three parties; so are "held talks with X, and later that day
//! with Y" and « avec X, puis, dans l'après-midi, avec Y » (words of time before the second
//! "with"), and «محادثات مع X، على أن يلتقي أيضا Y» (and is to meet Y as well: after a comma).
//! Two receptions told one before the other (« Mercredi, il a été reçu par X, avant d'être reçu
//! par Y ») are two meetings too, even with two hosts of one portfolio; one reception by two
//! hosts ("received by X and Y") stays one meeting. So are an Arabic reception followed by a
//! second whose verb carries the guest as a pronoun and names its own host («استقبل بلخير
//! غانتس، قبل أن يستقبله لوديي», «…، ثم استقبلته فتاح العلوي»): the second is the first's
//! guest's with that host, not the first host's (src/events/successive.rs
//! part_successive_talks, lexicon rows `*-received-pronoun`); and "was received by X, before
//! being received by Y" with the visitor named in the sentence. Talks with one host and a
//! reception by another, each told by its own verb after "and" ("held talks with X, and was
//! received by Y", « s'est entretenu avec X et a été reçu par Y », «أجرى مباحثات مع X،
//! واستقبله Y»), are two meetings, even with hosts of one body of state; one verb naming both
//! hosts ("with X and with Y", «التقى X وY») stays one meeting, and so does a second verb that
//! names no host of its own ("and discussed joint training with him").

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // "اتصالا هاتفيا مع … لابيد، ثم مع … غانتس": two calls.
    ("a1_ar.txt", "2022-01-19", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("a1_ar.txt", "2022-01-19", "call", "occurred", &["Nasser Bourita", "Benny Gantz"]),
    // "تلقى … اتصالا من … لابيد، ثم اتصل ب… بلينكن": the Morocco–Israel call.
    ("a2_ar.txt", "2022-03-14", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("e1_en.txt", "2022-02-08", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // "met Loudiyi …, then met Bourita": two meetings.
    ("e2_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("e2_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"]),
    ("f1_fr.txt", "2022-03-10", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("f2_fr.txt", "2022-06-15", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("f2_fr.txt", "2022-06-15", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"]),
    // "and later the same day with Y", « puis, dans l'après-midi, avec Y »: words of time
    // between the `then` word and the second "with".
    ("later_same_day_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    ("later_same_day_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("later_same_day_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    ("later_same_day_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // «…، على أن يلتقي أيضا …» (and is to meet as well): the talks of the day are El Farouk's;
    // the meeting to come is another.
    ("and_is_to_meet_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    // « avant d'être reçu par »: two receptions.
    ("before_received_fr.txt", "2022-03-16", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("before_received_fr.txt", "2022-03-16", "meeting", "occurred", &["Benny Gantz", "Farouk Belkhir"]),
    // «…، قبل أن يستقبله لوديي», «…، ثم استقبلته فتاح العلوي»: the second reception's verb
    // carries its guest as a pronoun and names its own host: the guest the first received,
    // with that host alone (lexicon rows `*-received-pronoun`).
    ("before_receives_him_ar.txt", "2022-10-12", "meeting", "occurred", &["Farouk Belkhir", "Benny Gantz"]),
    ("before_receives_him_ar.txt", "2022-10-12", "meeting", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"]),
    ("then_received_him_ar.txt", "2022-12-08", "meeting", "occurred", &["Nasser Bourita", "Nir Barkat"]),
    ("then_received_him_ar.txt", "2022-12-08", "meeting", "occurred", &["Nadia Fettah Alaoui", "Nir Barkat"]),
    // "was received … by X, before being received by Y", the visitor named in the sentence.
    ("before_being_received_en.txt", "2022-09-07", "meeting", "occurred", &["Nir Barkat", "Nasser Bourita"]),
    ("before_being_received_en.txt", "2022-09-07", "meeting", "occurred", &["Nir Barkat", "Nadia Fettah Alaoui"]),
    // "received by X and Y": one reception, both hosts.
    ("two_hosts_together_en.txt", "2022-05-10", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi", "Farouk Belkhir"]),
    // "held talks with X, and was received by Y": each host by his own verb, two meetings.
    ("and_received_en.txt", "2022-10-18", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
    ("and_received_en.txt", "2022-10-18", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    ("et_recu_fr.txt", "2022-10-25", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
    ("et_recu_fr.txt", "2022-10-25", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    ("wa_istaqbalahu_ar.txt", "2022-11-01", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
    ("wa_istaqbalahu_ar.txt", "2022-11-01", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    // One verb naming both hosts: one meeting; a second verb naming no host of its own too.
    ("avec_les_deux_fr.txt", "2022-12-07", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi", "Farouk Belkhir"]),
    ("met_both_ar.txt", "2022-12-14", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi", "Farouk Belkhir"]),
    ("and_discussed_en.txt", "2022-12-21", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
];

/// (file, type, person, person): no row of the file has both — the other side of one act is no
/// party to the act after it.
const APART: &[(&str, &str, &str, &str)] = &[
    ("a1_ar.txt", "call", "Yair Lapid", "Benny Gantz"),
    ("a2_ar.txt", "call", "Yair Lapid", "Antony Blinken"),
    ("e1_en.txt", "call", "Yair Lapid", "Antony Blinken"),
    ("e2_en.txt", "meeting", "Abdellatif Loudiyi", "Nasser Bourita"),
    ("f1_fr.txt", "call", "Yair Lapid", "Antony Blinken"),
    ("f2_fr.txt", "meeting", "Abdellatif Loudiyi", "Nasser Bourita"),
    ("later_same_day_en.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("later_same_day_fr.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("and_is_to_meet_ar.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("before_received_fr.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("before_receives_him_ar.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("then_received_him_ar.txt", "meeting", "Nasser Bourita", "Nadia Fettah Alaoui"),
    ("before_being_received_en.txt", "meeting", "Nasser Bourita", "Nadia Fettah Alaoui"),
    ("and_received_en.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("et_recu_fr.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
    ("wa_istaqbalahu_ar.txt", "meeting", "Farouk Belkhir", "Abdellatif Loudiyi"),
];

#[test]
fn talks_told_in_turn_are_two_acts_each_with_its_own_other_side() {
    let (rows, table) = fixture_timeline("tests/fixtures/successive_talks");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, ty, a, b) in APART {
        let both = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == *ty && [a, b].iter().all(|p| r.people.iter().any(|x| x == *p)));
        assert!(!both, "{file}: {a} and {b} are in two acts, not one:\n{table}");
    }
    // A second verb naming no host of its own is no second act.
    let discussed = rows.iter().filter(|r| r.sources.iter().any(|s| s == "and_discussed_en.txt")).count();
    assert_eq!(discussed, 1, "and_discussed_en.txt: one meeting in:\n{table}");
}
