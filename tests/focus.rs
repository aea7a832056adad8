//! The focus rule (README, "Which events are rows") on articles written for it
//! (tests/fixtures/focus/): events of another pair that name Morocco or Israel in passing — an
//! American arriving in Rabat from Israel, an Emirati received in Rabat after a trip to Israel,
//! Spain and Morocco, a Gulf Air flight and a minister's trip to Bahrain, a minister's trip to
//! Sudan, a president's trip to the Emirates "as Morocco looks on" (in three languages), the
//! Abraham Accords with Morocco among their later joiners (in three languages), a
//! flight from Tel Aviv to Abu Dhabi, history before 2020 and a plan for 2023 — give no row,
//! while a Morocco–Israel event whose sentence also names a third country stays one, and so
//! does a signing whose dated back-reference names only the American broker who led the
//! delegation.

mod common;

use common::{Workdir, repo, stderr};
use tarikh::timeline::Row;

/// The timeline of the focus fixtures, with `flags` added.
fn timeline(flags: &[&str]) -> (Vec<Row>, String) {
    let w = Workdir::new();
    let corpus = repo("tests/fixtures/focus");
    let mut args = vec!["extract", "--corpus", corpus.to_str().unwrap(), "-o", "t.csv", "--quiet"];
    args.extend_from_slice(flags);
    let out = w.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    let table = rows.iter().map(|r| format!("{} {} {} [{}]", r.date.map(|d| d.to_string()).unwrap_or_default(), r.event_type.as_str(), r.title, r.sources.join("; "))).collect::<Vec<_>>().join("\n");
    (rows, table)
}

/// Articles that report only events of another pair (or outside 2020–2022), and whether
/// `--all-events` finds one of them (so that their absence from the timeline is the rule's
/// doing, not the extraction's).
const ANOTHER_PAIR: &[(&str, bool)] = &[
    ("ar_abu_dhabi_flight.txt", true),
    ("ar_from_israel.txt", true),
    ("ar_gulf_trip.txt", true),
    ("en_bahrain.txt", true),
    ("en_emirati_in_rabat.txt", true),
    ("en_from_israel.txt", true),
    ("en_gulf_trip.txt", true),
    ("en_history.txt", false),
    ("en_spain.txt", true),
    ("en_sudan.txt", true),
    ("fr_gulf_trip.txt", true),
    // The Abraham Accords told with Morocco among their later joiners ("signed with the UAE and
    // Bahrain … and later extended to Morocco", «وتبعتهما البحرين والسودان والمغرب لاحقا», « puis
    // élargis au Maroc »): the pact of the UAE, Bahrain and Israel.
    ("en_abraham_later_joiner.txt", true),
    ("ar_abraham_later_joiner.txt", true),
    ("fr_abraham_later_joiner.txt", true),
];

#[test]
fn events_of_another_pair_are_no_rows() {
    let (rows, table) = timeline(&[]);
    let (all, all_table) = timeline(&["--all-events"]);
    for &(file, found) in ANOTHER_PAIR {
        assert!(!rows.iter().any(|r| r.sources.iter().any(|s| s == file)), "{file} gives a row:\n{table}");
        if found {
            assert!(all.iter().any(|r| r.sources.iter().any(|s| s == file)), "--all-events finds no event in {file}:\n{all_table}");
        }
    }
}

#[test]
fn morocco_israel_events_naming_a_third_country_are_rows() {
    let (rows, table) = timeline(&[]);
    for (file, ty, date) in [
        ("en_rabat_visit_emirates_named.txt", "visit", "2021-11-23"),
        ("fr_pair_signs_bahrain_named.txt", "agreement", "2020-12-22"),
        // A dated back-reference naming only the American who led the delegation does not
        // veto the signing another page reports with a person of each side.
        ("ar_broker_back_reference.txt", "agreement", "2020-12-22"),
        ("en_declaration_signed.txt", "agreement", "2020-12-22"),
        // Morocco's own act, told beside the states it followed, stays one.
        ("en_morocco_joins_accords.txt", "agreement", "2020-12-22"),
    ] {
        assert!(
            rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == ty && r.date.map(|d| d.to_string()).as_deref() == Some(date)),
            "no {date} {ty} from {file}:\n{table}"
        );
    }
}
