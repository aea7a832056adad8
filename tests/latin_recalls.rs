//! A relative clause that recalls what someone once said dates nothing of the main act
//! (tests/fixtures/latin_recalls): "Lapid, the same man who said in June that …, signed",
//! "Shaked, who had said in May that …, signed", « Gantz, celui-là même qui déclarait en
//! août que …, a signé », « Shaked, qui a déclaré en mai que …, a signé »: the month is the
//! statement's (an imperfect of saying is a predicate of its own, lexicon row
//! `fr-said-before`; a statement in a relative clause reports only what its clause tells,
//! `build::dating::said_in_a_relative_clause`), not the signing's.

mod common;

use common::{assert_no_rows_from, fixture_timeline};

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("same_man_who_said_en.txt", "2021-06", "agreement", "", "June is when Lapid said something, not when he signed"),
    ("who_had_said_en.txt", "2022-05", "agreement", "", "May is when Shaked said something, not when she signed"),
    ("celui_la_meme_fr.txt", "2021-08", "agreement", "", "août est le mois d'une déclaration, pas de la signature"),
    ("qui_a_declare_fr.txt", "2022-05", "agreement", "", "mai est le mois d'une déclaration, pas de la signature"),
];

#[test]
fn recalled_statements_date_no_main_act() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_recalls");
    assert_no_rows_from(&rows, &table, ABSENT);
}
