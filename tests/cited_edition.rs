//! A cited outlet's issue date (tests/fixtures/cited_edition, pages in phrasings of our own):
//! «وبحسب ما نقلته الصحيفة في عددها الصادر 14 مارس، فقد حل الوزير … أمس بالرباط», "the daily
//! said in its edition of 14 March that the minister arrived in Rabat yesterday". The issue's
//! day is when the source appeared, not the arrival's: the arrival keeps its own «أمس», which
//! another article's dated report of the same arrival (dated_report_ar.txt) turns into the
//! page's publication day, and the page's other relative days («غدا») resolve against it.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("dated_report_ar.txt", "2022-03-14", "visit", "occurred", &["Issawi Frej"]),
    // The arrival told «أمس» under a cited issue of 14 March is the dated report's arrival.
    ("cites_an_issue_ar.txt", "2022-03-14", "visit", "occurred", &["Issawi Frej"]),
    ("cites_an_issue_en.txt", "2022-03-14", "visit", "occurred", &["Issawi Frej"]),
    // The page is then dated the day after the arrival: «غدا» is the 16th.
    ("cites_an_issue_ar.txt", "2022-03-16", "meeting", "planned", &["Issawi Frej", "Mohammed Sadiki"]),
];

#[test]
fn a_cited_issue_date_leaves_the_act_its_own_relative_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/cited_edition");
    assert_rows_from(&rows, &table, EXPECTED);
}
