//! Families of the thirty-second blind probe (docs/probe32.md), told in new words
//! (tests/fixtures/p32_families), each page read alone with every event, undated ones too.
//!
//! A king's title followed by a personal name that is not the holder's, or in the construct
//! state after a place's noun, is that other person's or that place's, not the reigning king of
//! the story: «عند جسر الملك حسين», "at the King Hussein Bridge", « au pont Roi-Hussein » (a
//! Jordan–Israel meeting with no Moroccan party), «الملك عبد الله», "King Abdullah", « le roi
//! Abdallah » on a Moroccan page. «الملك» alone and «الملك محمد» stay Mohammed VI there.
//!
//! A foot byline opened by a French posting verb (« Postée par … le 3 août 2021 », under the
//! related links) is the page's date line, as « Publié par » and English "Posted by" are.

mod common;

use common::page_timeline_with;

const CORPUS: &str = "tests/fixtures/p32_families";
const ALL: &[&str] = &["--all-events", "--undated"];
const KING: &str = "Mohammed VI of Morocco";

/// Pages whose rows must not list Mohammed VI, with a meeting they must give (date, people)
/// when they tell one the tool read: (file, meeting, why).
const OTHER_KINGS: &[(&str, Option<(&str, &[&str])>, &str)] = &[
    ("bridge_ar.txt", Some(("2021-07-10", &["Ayman Safadi", "Yair Lapid"])), "«جسر الملك حسين» is a bridge named after another king"),
    ("bridge_en.txt", Some(("2021-07-10", &["Ayman Safadi", "Yair Lapid"])), "the King Hussein Bridge is named after another king"),
    ("bridge_fr.txt", Some(("2021-07-10", &["Ayman Safadi", "Yair Lapid"])), "le pont Roi-Hussein porte le nom d'un autre roi"),
    ("other_king_ar.txt", None, "«الملك عبد الله» is Jordan's king"),
    ("other_king_en.txt", None, "King Abdullah is Jordan's king"),
    ("other_king_fr.txt", None, "le roi Abdallah est le roi de Jordanie"),
];

#[test]
fn another_kings_name_after_the_title_is_not_the_reigning_king() {
    for (file, meeting, why) in OTHER_KINGS {
        let (rows, table) = page_timeline_with(CORPUS, file, ALL);
        assert!(!rows.iter().any(|r| r.people.iter().any(|p| p == KING)), "{file}: {why}:\n{table}");
        if let Some((date, people)) = meeting {
            let found = rows.iter().any(|r| {
                r.event_type.as_str() == "meeting" && r.date.is_some_and(|d| d.to_string() == *date) && people.iter().all(|p| r.people.iter().any(|q| q == p))
            });
            assert!(found, "{file}: the meeting of {date} with {people:?} is told:\n{table}");
        }
    }
}

#[test]
fn the_title_alone_or_with_the_holders_name_stays_the_reigning_king() {
    let (rows, table) = page_timeline_with(CORPUS, "own_king_ar.txt", ALL);
    let audience = rows.iter().any(|r| r.date.is_some_and(|d| d.to_string() == "2020-12-22") && r.people.iter().any(|p| p == KING) && r.people.iter().any(|p| p == "Jared Kushner"));
    assert!(audience, "own_king_ar.txt: «استقبل الملك» on a Moroccan page is Mohammed VI:\n{table}");
}

#[test]
fn a_foot_byline_with_a_posting_verb_dates_the_page() {
    // Published on Tuesday 3 August 2021: « dimanche dernier » is 1 August.
    let (rows, table) = page_timeline_with(CORPUS, "posted_fr.txt", ALL);
    let flight = rows.iter().any(|r| r.event_type.as_str() == "flight" && r.date.is_some_and(|d| d.to_string() == "2021-08-01"));
    assert!(flight, "posted_fr.txt: « Postée par … le 3 août 2021 » is the page's date line:\n{table}");
}
