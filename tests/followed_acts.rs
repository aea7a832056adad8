//! A plane's landing and an airline that follows another (tests/fixtures/followed_acts, our
//! own phrasings): a landing whose subject is an aircraft told by its maker ("its Embraer 195
//! touched down", « un Boeing 737 s'est posé ») is the flight, no traveller's arrival; a
//! sentence naming a second airline that followed the first ("Israir did the same that
//! evening", "followed suit", « lui a emboîté le pas », «وتبعتها», «حذت حذوها») tells that
//! flight again, its own, at the first one's place and on its day; and two airlines' flights
//! of one day are two rows, while one sentence naming both stays one.

mod common;

use common::page_timeline;

/// (page, the airlines of its flight rows of 2 August 2021, one list per row in any order).
const FLIGHTS: &[(&str, &[&[&str]])] = &[
    // "when its Embraer 195 touched down": Arkia's flight; "Israir did the same that evening".
    ("a_en.txt", &[&["Arkia"], &["Israir"]]),
    // "Israir followed suit in the afternoon".
    ("b_en.txt", &[&["Arkia"], &["Israir"]]),
    // « lorsque son Embraer 195 s'est posé », « Israir lui a emboîté le pas en soirée » (its
    // plane « parti lui aussi de Ben Gourion »: where it came from, not where it flew).
    ("c_fr.txt", &[&["Arkia"], &["Israir"]]),
    // « un Boeing 737 s'est posé » naming no airline: a flight, no visit.
    ("d_fr.txt", &[&[]]),
    // «وتبعتها يسرائير بعد ساعات».
    ("e_ar.txt", &[&["Arkia"], &["Israir"]]),
    // «وحذت شركة يسرائير حذوها».
    ("f_ar.txt", &[&["Arkia"], &["Israir"]]),
    // Both airlines as one subject: one row.
    ("g_en.txt", &[&["Arkia", "Israir"]]),
];

#[test]
fn a_landing_plane_is_the_flight_and_a_follower_flies_its_own() {
    let folder = "tests/fixtures/followed_acts";
    for (page, want) in FLIGHTS {
        let (rows, table) = page_timeline(folder, page);
        assert!(rows.iter().all(|r| r.event_type.as_str() == "flight"), "{page}: only flights:\n{table}");
        let (got, want) = common::airlines_per_flight(&rows, Some("2021-08-02"), want);
        assert_eq!(got, want, "{page}:\n{table}");
        // Each row is Moroccan–Israeli: the follower's flight took the first one's place.
        assert!(rows.iter().all(|r| r.countries.iter().any(|c| c == "Morocco") && r.countries.iter().any(|c| c == "Israel")), "{page}:\n{table}");
    }
}
