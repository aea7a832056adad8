//! One gathering, one row (tests/fixtures/one_gathering_one_row, pages of our own in the three
//! languages): a meeting named again after the sentence that dates a gathering of five
//! countries ("the ministers had arrived the evening before at the resort hosting the
//! meeting, among them Bourita and Lapid", « Bourita et Lapid … ont pris place côte à côte à
//! la réunion »), its day only the gathering's, is the gathering, not talks on its sidelines;
//! talks told "on the sidelines" on a day of their own («وعلى هامش الاجتماع، أجرى بوريطة
//! اليوم الأربعاء مباحثات ثنائية مع نظيره») stay a row of their own. A visit announced by
//! three pages for one month at one place by a group none of them names ("a team of Israeli
//! engineers is expected to visit Agadir in October") is one row; a group of another country
//! announced for the same month and city stays apart.

mod common;

use common::fixture_timeline;

const FOLDER: &str = "tests/fixtures/one_gathering_one_row";

#[test]
fn a_meeting_named_again_after_its_gathering_is_the_gathering() {
    let (rows, table) = fixture_timeline(FOLDER);
    let meetings_of_the_day: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.date.is_some_and(|d| d.to_string() == "2021-10-12")).collect();
    assert_eq!(meetings_of_the_day.len(), 1, "one meeting row on the gathering's day:\n{table}");
    for page in ["gathering_ar.txt", "gathering_en.txt", "gathering_fr.txt"] {
        assert!(meetings_of_the_day[0].sources.iter().any(|s| s == page), "{page} tells the gathering:\n{table}");
    }
}

#[test]
fn talks_on_the_sidelines_with_a_day_of_their_own_stay_apart() {
    let (rows, table) = fixture_timeline(FOLDER);
    let talks = rows.iter().find(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == "sidelines_ar.txt") && r.date.is_some_and(|d| d.to_string() == "2021-10-13"));
    let talks = talks.unwrap_or_else(|| panic!("no row of the talks of 13 October:\n{table}"));
    assert!(talks.sources.iter().all(|s| s.starts_with("sidelines")), "the sideline talks joined another row:\n{table}");
    assert!(["Nasser Bourita", "Yair Lapid"].iter().all(|p| talks.people.iter().any(|x| x == p)), "{table}");
}

#[test]
fn one_unnamed_group_announced_for_one_month_at_one_place_is_one_row() {
    let (rows, table) = fixture_timeline(FOLDER);
    let planned: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit" && r.status.as_str() == "planned" && r.sources.iter().any(|s| s.starts_with("engineers"))).collect();
    assert_eq!(planned.len(), 1, "the engineers' visit is one row:\n{table}");
    for page in ["engineers_ar.txt", "engineers_en.txt", "engineers_fr.txt"] {
        assert!(planned[0].sources.iter().any(|s| s == page), "{page}:\n{table}");
    }
    assert!(!planned[0].sources.iter().any(|s| s == "investors_en.txt"), "the Emirati investors are another group:\n{table}");
}
