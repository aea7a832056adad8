//! A pair phrase set in apposition after two names joined by "and" is those two, not the
//! article's two main countries (tests/fixtures/pair_in_apposition, pages in phrasings of our
//! own, on pages whose two main countries are Israel and Morocco): "the RNI and the USFP, the two
//! parties of the new coalition, will hold talks", "Morocco and Bahrain, the two kingdoms of the
//! Abraham Accords, signed", « Le Maroc et Bahreïn, les deux royaumes des accords d'Abraham, ont
//! signé », «ووقع المغرب والبحرين، البلدان العضوان في اتفاقات أبراهام، اتفاقية». Israel takes no
//! part in the act told after it.

mod common;

use common::page_timeline_with;

const FOLDER: &str = "tests/fixtures/pair_in_apposition";

/// (page, date, type of the act told after the pair, countries it must have).
const ACTS: &[(&str, &str, &str, &[&str])] = &[
    ("parties_en.txt", "2021-10-16", "meeting", &["Morocco"]),
    ("kingdoms_en.txt", "2021-10-11", "agreement", &["Bahrain", "Morocco"]),
    ("royaumes_fr.txt", "2021-10-11", "agreement", &["Bahrain", "Morocco"]),
    ("baladan_ar.txt", "2021-10-11", "agreement", &["Bahrain", "Morocco"]),
];

#[test]
fn a_pair_in_apposition_is_the_two_names_before_it() {
    for (page, date, ty, countries) in ACTS {
        let (rows, table) = page_timeline_with(FOLDER, page, &["--all-events"]);
        let act = rows.iter().find(|r| r.event_type.as_str() == *ty && r.date.is_some_and(|d| d.to_string() == *date));
        let act = act.unwrap_or_else(|| panic!("{page}: no {ty} of {date} in:\n{table}"));
        let mut got = act.countries.clone();
        got.sort();
        assert_eq!(got, *countries, "{page}: the {ty} of {date} takes the article's two countries:\n{table}");
    }
}
