//! Families of the thirty-sixth blind probe (docs/probe36.md) mended in session 42, told in
//! new words (tests/fixtures/p42_plans).
//!
//! - A broker recalled in a clause is no signatory: a person named after "brokered by",
//!   « parrainé par », «الذي رعاه» (a participle or relative clause of another noun, the
//!   rapprochement or deal an act builds on) sponsored that other thing and signed nothing of
//!   the act told beside it, which names its own signers. Not yet in French: « l'accord
//!   tripartite parrainé par Washington » (probe24 f02) is a signing whose only name is its
//!   broker, and without it the signing takes a carried actor (Kochavi) for its signer;
//!   broker_fr.txt stays as the case to mend.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("broker_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("broker_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"]),
];

/// (file, person): the broker of another thing the sentence recalls, no party of its act.
const NOT_PARTIES: &[(&str, &str)] = &[("broker_en.txt", "Jared Kushner"), ("broker_ar.txt", "Jared Kushner")];

#[test]
fn a_broker_recalled_in_a_clause_is_no_signatory() {
    let (rows, table) = fixture_timeline("tests/fixtures/p42_plans");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, person) in NOT_PARTIES {
        let party = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!party, "{file}: {person} brokered another thing, no party:\n{table}");
    }
}

