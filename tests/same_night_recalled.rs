//! "The same night" and "earlier the same day" after an arrival recalled in the pluperfect
//! (tests/fixtures/same_night_recalled, our own phrasings): «وكان ساعر قد حل … مساء أمس
//! الأربعاء. وفي الليلة نفسها اجتمع ساعر بوزير العدل» is a meeting of the arrival's night
//! (Wednesday), not of the story's day; «وفي وقت سابق من اليوم ذاته، استقبل … بوريطة» after
//! the same recall is of the story's day (the signing's Thursday). "That same night", « Ce
//! même soir » point back to the arrival's day too.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("a_ar.txt", "2021-08-11", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("b_ar.txt", "2021-08-12", "meeting", "occurred", &["Nasser Bourita", "Gideon Sa'ar"]),
    ("c_en.txt", "2021-08-11", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("d_fr.txt", "2021-08-11", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
];

#[test]
fn the_same_night_is_the_arrivals_and_earlier_the_same_day_the_storys() {
    let (rows, table) = fixture_timeline("tests/fixtures/same_night_recalled");
    assert_rows_from(&rows, &table, EXPECTED);
}
