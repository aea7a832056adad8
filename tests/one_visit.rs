//! Issue 13 (part 6): one real visit reported by several articles in three languages is one
//! row, dated by its arrival, whatever day each article gives (the arrival, the day of a
//! signing or talks "during" the visit, its last day); the same person's next visit, a month
//! later, is another row. The articles of `tests/fixtures/one_visit` are ours, modelled on how
//! MAP, Hespress, Le360 and the Times of Israel report a minister's visit.

mod common;

use common::fixture_timeline;

#[test]
fn one_visit_told_by_seven_pages_is_one_row_dated_by_its_arrival() {
    let (rows, table) = fixture_timeline("tests/fixtures/one_visit");
    let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit").collect();
    let in_february: Vec<_> = visits.iter().filter(|r| r.date.is_some_and(|d| d.to_string().starts_with("2022-02"))).collect();
    assert_eq!(in_february.len(), 1, "one row for the February visit:\n{table}");
    let visit = in_february[0];
    // Three pages date it by Monday's signing or talks "during" it, two by its last day:
    // the row keeps the day of the arrival.
    assert_eq!(visit.date.map(|d| d.to_string()).as_deref(), Some("2022-02-20"), "{table}");
    for file in ["ar1.txt", "en1.txt", "en2.txt", "en3.txt", "fr1.txt", "fr2.txt"] {
        assert!(visit.sources.iter().any(|s| s == file), "{file} reports the visit:\n{table}");
    }
    assert!(!visit.sources.iter().any(|s| s == "ar3.txt"), "the March visit is another:\n{table}");
    // The next visit, a month later, is a row of its own.
    let march: Vec<_> = visits.iter().filter(|r| r.date.map(|d| d.to_string()).as_deref() == Some("2022-03-23")).collect();
    assert_eq!(march.len(), 1, "{table}");
    assert_eq!(march[0].sources, ["ar3.txt"], "{table}");
}

/// "The visit comes a month after the minister's trip to the kingdom", « cette visite prolonge
/// l'accord signé par X et Y »: a sentence referring back to the article's visit and recalling
/// another act names that act's people, not the visitor's company (tests/fixtures/recalled_acts,
/// ours). The visit keeps its one visitor; the recalled signing keeps its own.
#[test]
fn the_visit_does_not_take_the_people_of_the_act_it_recalls() {
    let (rows, table) = fixture_timeline("tests/fixtures/recalled_acts");
    for file in ["en_recalled_trip.txt", "fr_recalled_signing.txt"] {
        let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit" && r.sources.iter().any(|s| s == file)).collect();
        assert_eq!(visits.len(), 1, "{file}:\n{table}");
        assert_eq!(visits[0].date.map(|d| d.to_string()).as_deref(), Some("2022-10-10"), "{file}:\n{table}");
        assert_eq!(visits[0].people, ["Kobi Shabtai"], "{file}:\n{table}");
    }
    let signing = rows.iter().find(|r| r.event_type.as_str() == "agreement").unwrap_or_else(|| panic!("the recalled signing:\n{table}"));
    assert_eq!(signing.people, ["Benny Gantz", "Abdellatif Loudiyi"], "{table}");
}

/// A visit is its visitor and its destination (tests/fixtures/shared_host, pages of our own):
/// the host who received the Spanish minister in Rabat on Monday (an English and a French
/// page, each naming him in the visit's sentence) flew to Israel on Tuesday, told in Arabic
/// by a relative clause with no place («بوريطة الذي وصل الثلاثاء»). The host's trip and the
/// visit he received share him, on days of one trip: they are two rows, and the trip is
/// titled as his, not the Spanish visitor's.
#[test]
fn the_hosts_own_trip_is_not_the_visit_he_received() {
    let (rows, table) = fixture_timeline("tests/fixtures/shared_host");
    let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit").collect();
    let trip: Vec<_> = visits.iter().filter(|r| r.sources.iter().any(|s| s == "ar_host_abroad.txt")).collect();
    assert_eq!(trip.len(), 1, "{table}");
    assert_eq!(trip[0].sources, ["ar_host_abroad.txt"], "the Spanish visit's pages are another visit:\n{table}");
    assert_eq!(trip[0].date.map(|d| d.to_string()).as_deref(), Some("2022-06-14"), "{table}");
    assert!(!trip[0].people.iter().any(|p| p == "José Manuel Albares"), "{table}");
    assert_eq!(trip[0].title, "Nasser Bourita visits Israel", "{table}");
}
