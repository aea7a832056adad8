//! A session of a gathering is the gathering (tests/fixtures/session_of_the_gathering, pages of
//! our own in the three languages): after a sentence telling a working dinner of six
//! countries' foreign ministers, "The ministers met again on Thursday morning for the closing
//! session, at which Israel's Yair Lapid said …", « Mercredi matin, Nasser Bourita et Yaïr Lapid
//! se sont de nouveau réunis avec leurs homologues pour la séance de clôture », «واجتمع ناصر
//! بوريطة ويائير لابيد صباح الاثنين مع نظرائهم في الجلسة الختامية» are the gathering on its
//! second day, one row with the dinner, not talks of the two ministers alone. Talks told on the
//! sidelines of a gathering on a day of their own ("On the sidelines of the summit, Nasser
//! Bourita and Yair Lapid held talks on Tuesday on the liaison office", « En marge de la séance
//! plénière, Nasser Bourita a rencontré mardi son homologue israélien ») stay a row of their own.

mod common;

use common::fixture_timeline;

const FOLDER: &str = "tests/fixtures/session_of_the_gathering";

#[test]
fn a_session_of_a_gathering_told_before_is_the_gathering() {
    let (rows, table) = fixture_timeline(FOLDER);
    // session_en.txt joins its dinner too (one row with --all-events, sess36), but that row is
    // left out of the default timeline: see
    // `known_the_english_session_row_is_left_out_of_the_default_timeline`.
    for (page, dinner, session) in [("session_fr.txt", "2022-09-13", "2022-09-14"), ("session_ar.txt", "2022-11-20", "2022-11-21")] {
        let meetings: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == page) && r.date.is_some()).collect();
        assert_eq!(meetings.len(), 1, "{page}: the dinner and the session are one gathering:\n{table}");
        let day = meetings[0].date.map(|d| d.to_string()).unwrap_or_default();
        assert!(day == dinner || day == session, "{page}: dated {day}, a day of the gathering:\n{table}");
        assert!(meetings[0].countries.len() >= 6, "{page}: the gathering's six countries:\n{table}");
    }
}

#[test]
fn talks_on_the_sidelines_of_a_session_stay_apart() {
    let (rows, table) = fixture_timeline(FOLDER);
    for (page, day) in [("sidelines_en.txt", "2022-10-04"), ("sidelines_fr.txt", "2022-10-18")] {
        let talks = rows.iter().find(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == page) && r.date.is_some_and(|d| d.to_string() == day));
        let talks = talks.unwrap_or_else(|| panic!("{page}: no row of the talks of {day}:\n{table}"));
        assert!(["Nasser Bourita", "Yair Lapid"].iter().all(|p| talks.people.iter().any(|x| x == p)), "{page}:\n{table}");
        assert!(talks.countries.len() == 2, "{page}: talks of two countries, not the gathering:\n{table}");
    }
}

/// Known failure (sess36), kept in its known state as the probes keep theirs: the English
/// page's one row (dinner and closing session, six countries) is found with `--all-events` but
/// left out of the default timeline. Its date is the dinner's, whose report names Bourita and
/// the venue Abu Dhabi but no Israeli (the countries' diplomats are told by their countries),
/// so the focus rule (src/focus.rs `is_morocco_israel`) reads the dated report as another
/// country's event; the session's report, which names Lapid, states another day. When a fix
/// keeps the row, this fails: assert one row instead.
#[test]
fn known_the_english_session_row_is_left_out_of_the_default_timeline() {
    let (rows, table) = fixture_timeline(FOLDER);
    let meetings = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == "session_en.txt") && r.date.is_some()).count();
    assert_eq!(meetings, 0, "fixed? the English session row is now kept: make this test assert one row\n{table}");
}
