//! A second airline's act told by its turn (tests/fixtures/turn_followers, our own phrasings):
//! « ce fut au tour d'un avion d'El Al de se poser », "it was the turn of an El Al jet to touch
//! down", "it was El Al's turn to land", «جاء دور طائرة لشركة العال», «ولحقت بها طائرة تابعة
//! لشركة العال»: the follower, named after the turn (or before "'s turn to", or a few words
//! after the Arabic verb, a plane "of" its airline), does the act of the sentence before again,
//! its own flight, at the first one's place and on its day: two rows of the day, one an airline.

mod common;

use common::page_timeline;

/// (page, the airlines of its flight rows of 1 August 2021, one list per row in any order).
const FLIGHTS: &[(&str, &[&[&str]])] = &[
    ("a_fr.txt", &[&["Israir"], &["El Al"]]),
    ("b_en.txt", &[&["Israir"], &["El Al"]]),
    ("c_en.txt", &[&["Israir"], &["El Al"]]),
    ("d_ar.txt", &[&["Israir"], &["El Al"]]),
    ("e_ar.txt", &[&["Israir"], &["El Al"]]),
];

#[test]
fn a_follower_told_by_its_turn_flies_its_own() {
    let folder = "tests/fixtures/turn_followers";
    for (page, want) in FLIGHTS {
        let (rows, table) = page_timeline(folder, page);
        assert!(rows.iter().all(|r| r.event_type.as_str() == "flight"), "{page}: only flights:\n{table}");
        let (got, want) = common::airlines_per_flight(&rows, Some("2021-08-01"), want);
        assert_eq!(got, want, "{page}:\n{table}");
        assert!(rows.iter().all(|r| r.status.as_str() == "occurred"), "{page}:\n{table}");
        // The follower's flight took the first one's place (Agadir's airport).
        assert!(rows.iter().all(|r| r.places.iter().any(|p| p.contains("Agadir"))), "{page}: at Agadir:\n{table}");
    }
}
