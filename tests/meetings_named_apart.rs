//! Meetings whose parties are named apart (tests/fixtures/meetings_named_apart, pages in
//! phrasings of our own):
//!
//! * the others who took part listed in the sentence after the meeting («وشارك في الاجتماع كل
//!   من …», "also took part in the meeting"): one meeting of all of them, on the first
//!   sentence's day — here under a wire's dateline of the day before the page's line
//!   («أبوظبي في 23 أكتوبر / وام /» under «الأحد 24 أكتوبر 2021 - 01:10 ص»), whose day is the
//!   story's «اليوم»;
//! * a meeting of officials named only by their countries («بمشاركة مسؤولين كبار من المغرب
//!   وإسرائيل …»), held in a third country's city or at home: a row with no people;
//! * a committee's meeting told with a time clause of another's career ("days before Yair
//!   Lapid became prime minister", « avant que Yair Lapid ne devienne … »): no meeting of
//!   that person, nor of the page's subject carried from the sentences before.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("listed_after_ar.txt", "2021-10-23", "meeting", "occurred", &["Antony Blinken", "Nasser Bourita", "Yair Lapid"]),
    ("listed_after_en.txt", "2022-03-02", "meeting", "occurred", &["Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Yair Lapid", "Nasser Bourita"]),
    ("officials_by_country_ar.txt", "2022-10-11", "meeting", "occurred", &[]),
    ("office_change_en.txt", "2022-08-01", "visit", "occurred", &["Abdellatif Ouahbi"]),
];

#[test]
fn meetings_whose_parties_are_named_apart() {
    let (rows, table) = fixture_timeline("tests/fixtures/meetings_named_apart");
    assert_rows_from(&rows, &table, EXPECTED);
    // One meeting row per page: the list's sentence tells no meeting of its own.
    for file in ["listed_after_ar.txt", "listed_after_en.txt"] {
        let meetings = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == file)).count();
        assert_eq!(meetings, 1, "{file}:\n{table}");
    }
    // The dateline's day, not the page's line's: no meeting of 24 October.
    assert!(!rows.iter().any(|r| r.date.is_some_and(|d| d.to_string() == "2021-10-24")), "{table}");
    // The officials' meeting names no one.
    let officials = rows.iter().find(|r| r.sources.iter().any(|s| s == "officials_by_country_ar.txt")).expect(&table);
    assert!(officials.people.is_empty(), "{table}");
    // Neither the committee's meeting nor its time clause gives a meeting of Lapid, or of the
    // page's subject.
    for file in ["office_change_en.txt", "office_change_fr.txt"] {
        let meeting = rows.iter().find(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == file));
        assert!(meeting.is_none(), "{file}: {meeting:?}\n{table}");
    }
}
