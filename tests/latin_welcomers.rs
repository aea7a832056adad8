//! Welcomers are not signers (twentieth session, tests/fixtures/latin_welcomers): who welcomes
//! an agreement ("US Secretary of State Antony Blinken on Thursday welcomed the memorandum
//! signed … by X and Y", "a deal hailed on Thursday by Blinken", "praised the pact, which X and
//! Y signed", « s'est félicité de l'accord que X et Y ont signé », « …, salué jeudi par
//! Blinken ») approves of it from outside: the row names its signers, not the welcomer. Near
//! misses keep their people: a welcome told in a relative clause of the signer ("Lapid, who
//! praised the warm welcome, signed …") and a greeting of a person (« a salué son homologue X,
//! avec qui il a signé … »).

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("welcomed_before_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("hailed_by_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("praised_which_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("felicite_que_fr.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("salue_par_fr.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // Near misses: the welcome is the signer's aside, or greets a person.
    ("who_praised_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("salue_homologue_fr.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    // Near misses: the welcomed act is told "with" its other side, so it is the welcomer's own.
    ("felicite_avec_fr.txt", "2021-11-24", "agreement", "occurred", &["Mohammed Sadiki", "Oded Forer"]),
    ("hailed_with_en.txt", "2021-11-24", "agreement", "occurred", &["Mohammed Sadiki", "Oded Forer"]),
];

/// Files whose rows must not name a person: (file, person, why).
const NOT_A_PARTY: &[(&str, &str, &str)] = &[
    ("welcomed_before_en.txt", "Antony Blinken", "the subject of 'welcomed the memorandum signed … by' approves of it"),
    ("hailed_by_en.txt", "Antony Blinken", "'a deal hailed … by' names who approves of it"),
    ("praised_which_en.txt", "Antony Blinken", "'praised the pact, which X and Y signed': X and Y signed"),
    ("felicite_que_fr.txt", "Antony Blinken", "« s'est félicité de l'accord que X et Y ont signé »"),
    ("salue_par_fr.txt", "Antony Blinken", "« salué jeudi par » nomme qui approuve"),
];

#[test]
fn welcomers_take_no_part() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_welcomers");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, person, why) in NOT_A_PARTY {
        let named = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!named, "{file}: {person} is no party ({why}):\n{table}");
    }
}
