//! Families the eleventh probe showed (tests/fixtures/p11_families), each in phrasings of our
//! own: a print daily's date line above its menu is the page's date when the story agrees with
//! it (its "أمس الأحد" under a Monday, or an update time on the line itself), not a site's
//! current-date banner; the date of a recall after "since" and a noun ("since the
//! announcement, on December 10, of …", « depuis l'annonce, le 10 décembre, du … ») is the
//! recalled act's, not the day of the act told before the "since"; an act done "at the end of
//! their talks" (« à l'issue de leur entretien ») takes the day of the talks told before it.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The date line above the menu dates the page: "أمس" is the day before it.
    ("print_daily_yesterday_ar.txt", "2021-08-15", "visit", "occurred", &["Yair Lapid"]),
    ("print_daily_update_ar.txt", "2021-11-23", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    // The call keeps its own day.
    ("since_announcement_fr.txt", "2020-12-17", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"]),
    ("since_announcement_en.txt", "2020-12-17", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"]),
    // The signing at the end of the talks is of the talks' day.
    ("end_of_talks_en.txt", "2022-02-20", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("end_of_talks_fr.txt", "2021-11-23", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("since_announcement_fr.txt", "2020-12-10", "meeting", "", "« le premier entretien … depuis l'annonce, le 10 décembre, du rétablissement »: the 10th is the announcement's"),
    ("since_announcement_en.txt", "2020-12-10", "meeting", "", "'the first meeting … since the announcement, on December 10, of the restoration': the 10th is the announcement's"),
];

#[test]
fn families_of_the_eleventh_probe() {
    let (rows, table) = fixture_timeline("tests/fixtures/p11_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
