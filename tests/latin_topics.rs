//! What talks are about is no event of its own (tests/fixtures/latin_topics): an event noun
//! right after a topic word ("on", "about", « sur », « concernant »; lexicon rows
//! `en-topic-word`, `fr-topic-word`) told after talks, a call or a signing ("held talks with X
//! on the signing of a deal", « s'est entretenu par téléphone avec X concernant l'ouverture
//! d'ambassades et une visite de Y », « a signé trois accords, sur les consultations
//! politiques, … ») is their topic: no agreement, opening, visit or meeting row of its own,
//! and the people named in the topic (Y) take no part in the talks. The talks themselves
//! stay. Near miss: a visit after "on" is the visit going on ("met X on a visit to Rabat").

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("talks_on_signing_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("entretiens_sur_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("talks_about_visit_en.txt", "2021-08-01", "call", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("concernant_fr.txt", "2021-08-01", "call", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("accords_sur_fr.txt", "2022-07-19", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("agreements_on_en.txt", "2022-07-19", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    // Near miss: "on a visit" is the visit going on, told by its own row.
    ("on_a_visit_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("entretiens_sur_fr.txt", "", "agreement", "", "« sur la signature d'un futur contrat » is what the talks were about"),
    ("talks_about_visit_en.txt", "", "opening", "", "'about the opening of embassies' is what the call was about"),
    ("concernant_fr.txt", "", "opening", "", "« concernant l'ouverture d'ambassades » is what the call was about"),
    ("accords_sur_fr.txt", "", "meeting", "", "« sur les consultations judiciaires » is what the accords are about"),
    ("agreements_on_en.txt", "", "meeting", "", "'on judicial consultations' is what the agreements are about"),
];

/// (file, person, why): named only in the topic, no party to the talks.
const NOT_A_PARTY: &[(&str, &str, &str)] = &[
    ("talks_about_visit_en.txt", "Naftali Bennett", "'a visit by Naftali Bennett' is a topic of the call"),
    ("concernant_fr.txt", "Naftali Bennett", "« une visite de Naftali Bennett » est un sujet de l'appel"),
];

#[test]
fn topics_of_talks_are_no_events() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_topics");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    for (file, person, why) in NOT_A_PARTY {
        let named = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!named, "{file}: {person} is no party ({why}):\n{table}");
    }
}
