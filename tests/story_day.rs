//! A story's next step told by the time of day or by "hours later" (tests/fixtures/story_day):
//! a wire tells Monday's arrival, then what followed « dans la soirée » or « quelques heures
//! plus tard », "hours later", «وبعد ساعات من ذلك»; the step is that Monday's, not the day
//! the page was written (each page is dated two days after the story's day).

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // « Il a été reçu dans la soirée par … Ryad Mezzour »: the evening of Monday's arrival.
    ("f_fr.txt", "2021-10-04", "meeting", "occurred", &["Issawi Frej", "Ryad Mezzour"]),
    // « Quelques heures plus tard, les deux ministres ont signé … ».
    ("f_fr.txt", "2021-10-04", "agreement", "occurred", &["Issawi Frej", "Ryad Mezzour"]),
    // «وبعد ساعات من ذلك، وقع فريج و… مزور مذكرة تفاهم» after Monday's reception.
    ("a_ar.txt", "2021-10-04", "agreement", "occurred", &["Issawi Frej", "Ryad Mezzour"]),
    // "Hours later, Mezzour and … Barbivai signed" after Monday's arrival.
    ("e_en.txt", "2022-06-13", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"]),
];

/// The day each page was written is no event's.
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("f_fr.txt", "2021-10-06", "", "", "the evening and the hours after it are Monday's"),
    ("a_ar.txt", "2021-10-06", "", "", "the hours after Monday's reception are Monday's"),
    ("e_en.txt", "2022-06-15", "", "", "the hours after Monday's arrival are Monday's"),
];

#[test]
fn steps_told_by_the_hour_keep_the_storys_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/story_day");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
