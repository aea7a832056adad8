//! A head of state's audience told in passing, as the circumstance of another act
//! (tests/fixtures/audiences_told_as_occasion, pages in phrasings of our own): the audience
//! named after a sequel word ("following an audience with King Mohammed VI", « juste après une
//! audience accordée par le souverain Mohammed VI », «إثر استقبال جلالة الملك محمد السادس»,
//! «بعيد استقبال العاهل المغربى الملك محمد السادس للوفد») is a meeting on the day of the act
//! its sentence tells it against (src/events/audience.rs): that act's own day ("signed … on
//! Tuesday, following …"), or, when the act is a signing told again with no day («وتم
//! التوقيع», «وجاء التوقيع», « Le document a été signé par … »), the day of the signing the
//! sentence before tells. Each page fails without the rule: the audience is undated, so no row.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The act dated in its own words, the audience after "following".
    ("following_audience_en.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"]),
    // A signing told again by its noun, dated by the sentence before; «إثر» with «جلالة الملك».
    ("signing_told_again_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"]),
    // The same in Egyptian spelling (final ى), with «بعيد» and «العاهل المغربى» before the name.
    ("egyptian_spelling_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"]),
    // A French passive signing told again, « juste après une audience accordée par ».
    ("paraphe_apres_audience_fr.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"]),
];

/// Audiences a measure of time sets apart from the act: (file, date, type, place, why).
const APART: &[(&str, &str, &str, &str, &str)] = &[
    ("months_after_audience_en.txt", "2021-11-24", "meeting", "", "'eleven months after an audience': the audience is not of the signing's day"),
    ("mois_apres_audience_fr.txt", "2021-11-24", "meeting", "", "« onze mois après une audience »: the audience is not of the signing's day"),
];

#[test]
fn an_audience_told_as_an_acts_circumstance_is_of_its_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/audiences_told_as_occasion");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, APART);
}
