//! A summit told by its host and guests, then by its members (tests/fixtures/summit_members,
//! pages of our own in the three languages): "Morocco hosted the foreign ministers of three
//! Arab states and Israel's Yair Lapid at a summit … that ended on Tuesday", then, in the next
//! sentence with no day of its own, "Egypt's Sameh Shoukry, Bahrain's … and Sheikh Abdullah bin
//! Zayed … sat down with Nasser Bourita" is one meeting row of that Tuesday naming both
//! sentences' people (src/events/told_again.rs, `members_of_the_gathering`). Two bilaterals of
//! one day that share one person, told in two sentences after a gathering's noun ("on the eve
//! of a conference"), stay two rows.

mod common;

use common::page_timeline_with;

const FOLDER: &str = "tests/fixtures/summit_members";

#[test]
fn a_summit_told_by_its_host_then_by_its_members_is_one_row() {
    for page in ["host_and_members_en.txt", "host_and_members_fr.txt", "host_and_members_ar.txt"] {
        let (rows, table) = page_timeline_with(FOLDER, page, &["--all-events", "--undated"]);
        let meetings: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "meeting").collect();
        assert_eq!(meetings.len(), 1, "{page}: one meeting row:\n{table}");
        let summit = meetings[0];
        assert_eq!(summit.date.map(|d| d.to_string()).as_deref(), Some("2022-06-14"), "{page}:\n{table}");
        for person in ["Yair Lapid", "Nasser Bourita", "Sameh Shoukry", "Abdullatif bin Rashid Al Zayani", "Abdullah bin Zayed Al Nahyan"] {
            assert!(summit.people.iter().any(|p| p == person), "{page}: {person} is at the summit:\n{table}");
        }
    }
}

#[test]
fn two_bilaterals_of_one_day_sharing_one_person_stay_two_rows() {
    for page in ["two_bilaterals_en.txt", "two_bilaterals_fr.txt", "two_bilaterals_ar.txt"] {
        let (rows, table) = page_timeline_with(FOLDER, page, &["--all-events", "--undated"]);
        let talks: Vec<Vec<&str>> = rows
            .iter()
            .filter(|r| r.event_type.as_str() == "meeting" && r.date.is_some_and(|d| d.to_string() == "2022-06-14"))
            .map(|r| {
                let mut people: Vec<&str> = r.people.iter().map(String::as_str).collect();
                people.sort();
                people
            })
            .collect();
        assert_eq!(talks.len(), 2, "{page}: two rows of talks:\n{table}");
        assert!(talks.contains(&vec!["Antony Blinken", "Nasser Bourita"]), "{page}:\n{table}");
        assert!(talks.contains(&vec!["Nasser Bourita", "Yair Lapid"]), "{page}:\n{table}");
    }
}
