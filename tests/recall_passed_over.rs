//! A day recalled in the pluperfect is not carried to the next act told in the story's tense
//! (tests/fixtures/recall_passed_over, our own phrasing): after «اختتمت … اليوم الثلاثاء …
//! المحادثات» and the recall «وكان الوزيران قد اجتمعا مساء أمس الاثنين في مأدبة عشاء», the
//! press talk «وقالت باربيفاي في لقاء صحفي مشترك إن المحادثات …» is of the story's day (the
//! talks'), not of the dinner's Monday. English and French have no pluperfect reading of a
//! date (`DateMention::flashback` is read from Arabic words of kind `pluperfect` only): "had
//! met the evening before", « s'étaient retrouvés la veille » are not this family yet.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("a_ar.txt", "2021-12-14", "meeting", "occurred", &["Ryad Mezzour", "Orna Barbivai"]),
];

#[test]
fn the_act_told_after_a_recall_takes_the_storys_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/recall_passed_over");
    assert_rows_from(&rows, &table, EXPECTED);
    // The press talk (line 5) is no row of the recalled Monday.
    let on_the_recalled_day = rows.iter().find(|r| r.date.is_some_and(|d| d.to_string() == "2021-12-13") && r.evidence.contains("a_ar.txt:5:"));
    assert!(on_the_recalled_day.is_none(), "the press talk told after the recall took the recalled day:\n{table}");
}
