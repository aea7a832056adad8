//! Two French word families of the twentieth session (tests/fixtures/latin_evenings_put_off):
//! a part of the day pointed back to with « -là » (« ce soir-là », « cet après-midi-là ») is
//! the day of the event told before it, as « ce jour-là », while « ce soir » alone stays the
//! evening of the day of writing; a visit « décalée » is put off like one « reportée »: to a
//! new date it is planned at that date, with none it gives no row.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("ce_soir_la_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"]),
    ("cet_apres_midi_la_fr.txt", "2022-03-07", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("decalee_au_fr.txt", "2022-01", "visit", "planned", &["Benny Gantz"]),
    ("a_decale_fr.txt", "2021-12-10", "visit", "planned", &["Benny Gantz"]),
    // Near miss: « ce soir » with no « -là » is the writing day's evening; the plan it reports
    // keeps its own week.
    ("ce_soir_fr.txt", "2021-11-29", "visit", "planned", &["Benny Gantz"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("ce_soir_la_fr.txt", "2021-11-26", "meeting", "", "« ce soir-là » is the evening of Wednesday's meeting, not of the day of writing"),
    ("cet_apres_midi_la_fr.txt", "2022-03-10", "agreement", "", "« cet après-midi-là » is Monday's afternoon"),
    ("decalee_fr.txt", "", "visit", "", "a visit « décalée » with no new date gives no row"),
    ("decalee_au_fr.txt", "2021-11", "visit", "", "the week it was planned for is no longer its date"),
];

#[test]
fn evenings_told_back_and_visits_put_off() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_evenings_put_off");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
