//! A relative clause that recalls what someone once said dates nothing of the main act
//! (tests/fixtures/latin_recalls): "Lapid, the same man who said in June that …, signed",
//! "Shaked, who had said in May that …, signed", « Gantz, celui-là même qui déclarait en
//! août que …, a signé », « Shaked, qui a déclaré en mai que …, a signé »: the month is the
//! statement's (an imperfect of saying is a predicate of its own, lexicon row
//! `fr-said-before`; a statement in a relative clause reports only what its clause tells,
//! `build::dating::said_in_a_relative_clause`), not the signing's.
//!
//! So does a participle recalling an earlier act with its own date, told after the main act
//! ("The talks … centred on training, building on the memorandum signed last November during
//! Benny Gantz's visit", « dans le sillage de l'accord de défense conclu en novembre 2021 lors
//! de la visite de Benny Gantz »): the date and the people named from its preposition on are
//! the recalled act's (src/events/build/sentence_end.rs recall_clause); the talks keep their
//! own, and the recalled signing is not the talks' people's.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("same_man_who_said_en.txt", "2021-06", "agreement", "", "June is when Lapid said something, not when he signed"),
    ("who_had_said_en.txt", "2022-05", "agreement", "", "May is when Shaked said something, not when she signed"),
    ("celui_la_meme_fr.txt", "2021-08", "agreement", "", "août est le mois d'une déclaration, pas de la signature"),
    ("qui_a_declare_fr.txt", "2022-05", "agreement", "", "mai est le mois d'une déclaration, pas de la signature"),
    ("memorandum_signed_last_month_en.txt", "2021-11", "meeting", "", "November is when the memorandum was signed, not when the talks were held"),
    ("accord_conclu_fr.txt", "2021-11", "meeting", "", "novembre 2021 est le mois de l'accord rappelé, pas des entretiens"),
];

/// The talks keep their day and their people.
const EXPECTED: &[ExpectedFrom] = &[
    ("memorandum_signed_last_month_en.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    ("accord_conclu_fr.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
];

/// The pages whose recall names someone the talks do not: (file, the talks' people, the
/// recall's person).
const RECALLS: &[(&str, &str, &str)] = &[
    ("memorandum_signed_last_month_en.txt", "Aviv Kochavi", "Benny Gantz"),
    ("accord_conclu_fr.txt", "Aviv Kochavi", "Benny Gantz"),
];

#[test]
fn recalled_statements_date_no_main_act() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_recalls");
    assert_no_rows_from(&rows, &table, ABSENT);
}

#[test]
fn a_recalled_act_keeps_its_date_and_people() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_recalls");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, main, recalled) in RECALLS {
        let mixed = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == main) && r.people.iter().any(|p| p == recalled));
        assert!(mixed.is_none(), "{file}: {main} and {recalled} in one row:\n{table}");
    }
}
