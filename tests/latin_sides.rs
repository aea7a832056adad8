//! English and French families of the eighteenth session (tests/fixtures/latin_sides), each in
//! phrasings of our own.
//!
//! A meeting whose other side is told only by its role towards the subject ("held talks with
//! his counterpart", "met with her hosts", « s'est entretenu avec son homologue », « avec ses
//! hôtes ») keeps its row: the other side is the holder of the subject's office in the other
//! country the sentence (else the page) names, when the gazetteer knows one, else that country
//! with no name; a subject who receives the page's visitors (« a signé avec ses hôtes », a
//! host's guests) meets those visitors.
//!
//! A meeting that is its named subject's own act, dated by its own sentence ("Bourita also took
//! part in a gathering … in March"), takes no other side from a sentence before of another date
//! ("Gantz signed a memorandum … in November last year").
//!
//! A gathering told by its noun ("At the Arab summit in Algiers on Tuesday, Bourita sat with
//! …", « Au sommet arabe d'Alger, mardi, Bourita a siégé … ») names its own people: the
//! story's protagonist (the visiting minister the sentences before are about) is not carried
//! into it.
//!
//! A visitor told by a generic title of his country (« le haut gradé israélien », « l'hôte
//! israélienne »: roles.csv rows with `any_of`), in an arrival whose sentence names the host he
//! then met (« Arrivé la veille au soir, le haut gradé israélien s'est également entretenu le
//! même jour avec Abdellatif Loudiyi »), is the page's visitor of that country, not the host
//! (src/events/latin/participants.rs generic_visitor_keeps_no_host).
//!
//! A visitor told by her office or a pronoun alone (« Arrivée lundi au Maroc, la ministre doit
//! se rendre mercredi à Marrakech », "He had landed at Marrakech airport on Monday") comes from
//! another country than the one the visit goes to (the one country of its places, else a
//! country named right after its verb and a word of destination): the story's protagonist of
//! that country — the host the story named first — is not her, the one of the other side is
//! (src/events/latin/participants.rs protagonist_is_the_subject).
//!
//! A visit whose subject is a group of people or firms who hold no office (« Des hommes
//! d'affaires israéliens sont attendus à Casablanca », « Un groupe d'entrepreneurs israéliens
//! visitera Agadir », "Israeli businessmen are expected in Tangier": trigger files, kind
//! `unnamed-group`) is the group's: the minister the sentences before are about is not in it.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The counterpart's office is known: its holder in Morocco on the day.
    ("counterpart_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("homologue_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // The subject is the story's protagonist ("she", « elle »); her hosts hold her office.
    ("hosts_en.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("hotes_fr.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    // The host's « hôtes » are his guests, the visitors.
    ("guests_fr.txt", "2021-08-11", "agreement", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // Nobody held the office in Morocco that day: the row stands with the known side.
    ("unknown_office_en.txt", "2022-05-10", "meeting", "occurred", &["Nachman Shai"]),
    ("own_act_en.txt", "2022-03", "meeting", "occurred", &["Nasser Bourita"]),
    // The arrival told with a generic title is the visitor's, on the eve.
    ("senior_officer_fr.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"]),
    ("guest_hote_fr.txt", "2021-11-23", "visit", "occurred", &["Ayelet Shaked"]),
    // A visitor told by her office or a pronoun is of another country than the one she
    // arrives in (its cities, or the country named after the verb): not the host the story
    // named first, but the visitor of the other side (src/events/latin/participants.rs
    // protagonist_is_the_subject, visit_destination).
    ("arrivee_ministre_fr.txt", "2022-03-14", "visit", "occurred", &["Merav Michaeli"]),
    ("landed_pronoun_en.txt", "2022-05-09", "visit", "occurred", &["Yoel Razvozov"]),
];

/// Visits of a file whose visitor a generic title tells: (file, the host who is no visitor).
const HOSTS: &[(&str, &str)] = &[
    ("senior_officer_fr.txt", "Abdellatif Loudiyi"),
    ("guest_hote_fr.txt", "Rachid Talbi Alami"),
    ("arrivee_ministre_fr.txt", "Nasser Bourita"),
    ("landed_pronoun_en.txt", "Fatim-Zahra Ammor"),
];

/// Meetings of a file that must not name a person: (file, person, why).
const NOT_MET: &[(&str, &str, &str)] = &[
    ("own_act_en.txt", "Benny Gantz", "Bourita's meeting of March takes no Gantz from the November signing told before"),
    ("summit_en.txt", "Orna Barbivai", "the summit told by its noun names its own people: the story's protagonist is not carried into it"),
    ("sommet_fr.txt", "Orna Barbivai", "le sommet dit par son nom nomme ses propres participants : la protagoniste n'y est pas portée"),
];

/// Planned visits of an unnamed group: (file, month, the minister told before, who is not in it).
const GROUP_VISITS: &[(&str, &str, &str)] = &[
    ("unnamed_group_fr.txt", "2022-05", "Orna Barbivai"),
    ("groupe_entrepreneurs_fr.txt", "2022-06", "Issawi Frej"),
    ("unnamed_group_en.txt", "2022-04", "Issawi Frej"),
];

#[test]
fn a_side_told_by_its_role_keeps_the_row() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_sides");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, person, why) in NOT_MET {
        let wrong = rows.iter().any(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!wrong, "{file}: {why}:\n{table}");
    }
    for (file, host) in HOSTS {
        let wrong = rows.iter().any(|r| r.event_type.as_str() == "visit" && r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == host));
        assert!(!wrong, "{file}: {host} received the visitor, and did not travel:\n{table}");
    }
}

#[test]
fn a_visit_of_an_unnamed_group_takes_no_minister_told_before() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_sides");
    for (file, month, minister) in GROUP_VISITS {
        let visit = rows.iter().find(|r| r.event_type.as_str() == "visit" && r.sources.iter().any(|s| s == file) && r.date.is_some_and(|d| d.to_string() == *month));
        let visit = visit.unwrap_or_else(|| panic!("{file}: no {month} visit in:\n{table}"));
        assert!(!visit.people.iter().any(|p| p == minister), "{file}: the group's visit is not {minister}'s:\n{table}");
    }
}
