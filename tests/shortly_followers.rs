//! A second landing told in the first one's sentence, after "shortly afterwards", « peu
//! après », «وبعد ذلك بقليل», by another airline (tests/fixtures/shortly_followers, our own
//! phrasings): that airline's own flight, on the first one's day at its place, two rows of the
//! day, one an airline (src/events/followed.rs, kind `followed-shortly`). And an airline that is
//! to join later («على أن تلتحق بها شركة أركيع لاحقا», "to be joined later by", « qui la
//! rejoindra plus tard »), or one that has set no date yet for its flights («لم تحدد … بعد
//! موعدا», "has yet to set a date for", « n'a pas encore fixé de date pour »): a plan of no day,
//! no row of the day told before and no airline of its flight. So is an airline named after the
//! phrase in another act's clause (", and Arkia is to launch its own flights", «، فيما ستطلق
//! أركيع رحلاتها»).

mod common;

use common::page_timeline;

/// (page, the airlines of its flight rows of 1 August 2021, one list per row in any order).
const FLIGHTS: &[(&str, &[&[&str]])] = &[
    // A second landing after "shortly afterwards": a row of its own.
    ("a_ar.txt", &[&["Israir"], &["El Al"]]),
    ("b_ar.txt", &[&["Israir"], &["El Al"]]),
    ("c_en.txt", &[&["Israir"], &["El Al"]]),
    ("d_en.txt", &[&["Israir"], &["El Al"]]),
    ("e_fr.txt", &[&["Israir"], &["El Al"]]),
    // An airline to join later, one with no date yet: a plan of no day.
    ("p_ar.txt", &[&["Israir"]]),
    ("q_ar.txt", &[&["Israir"]]),
    ("r_en.txt", &[&["Israir"]]),
    ("s_en.txt", &[&["Israir"]]),
    ("t_fr.txt", &[&["Israir"]]),
    ("u_fr.txt", &[&["Israir"]]),
    // "shortly afterwards" with no airline after it tells nothing of a flight.
    ("v_en.txt", &[&["Israir"]]),
    // A third airline in a clause of its own after it (", and Arkia is to launch …", «، فيما
    // ستطلق أركيع …»): its plan, no flight of the day and none of its airlines.
    ("w_ar.txt", &[&["Israir"], &["El Al"]]),
    ("x_en.txt", &[&["Israir"], &["El Al"]]),
    ("y_fr.txt", &[&["Israir"], &["El Al"]]),
];

#[test]
fn a_second_airline_shortly_after_flies_its_own_and_a_later_joiner_none() {
    let folder = "tests/fixtures/shortly_followers";
    for (page, want) in FLIGHTS {
        let (rows, table) = page_timeline(folder, page);
        assert!(rows.iter().all(|r| r.event_type.as_str() == "flight"), "{page}: only flights:\n{table}");
        assert!(rows.iter().all(|r| r.date.map(|d| d.to_string()).as_deref() == Some("2021-08-01")), "{page}: no row of another day:\n{table}");
        let (got, want) = common::airlines_per_flight(&rows, None, want);
        assert_eq!(got, want, "{page}:\n{table}");
        assert!(rows.iter().all(|r| r.status.as_str() == "occurred"), "{page}:\n{table}");
        // The second flight took the first one's place (Agadir's airport).
        assert!(rows.iter().all(|r| r.places.iter().any(|p| p.contains("Agadir"))), "{page}: at Agadir:\n{table}");
    }
}
