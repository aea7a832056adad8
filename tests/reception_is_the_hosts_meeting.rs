//! A head of state's reception of a visitor or a delegation, told in the body by a past
//! reception verb (tests/fixtures/reception_is_the_hosts_meeting, pages in phrasings of our
//! own): active "King Mohammed VI received … a delegation headed by", passive "was received …
//! by King Mohammed VI", « a reçu … une délégation conduite par », « a été reçu … par le roi »
//! give the host's meeting with the received beside their visit, as the Arabic
//! «استقبل الملك محمد السادس … وفدا … يقوده» (the control) does (src/events/latin/kinds.rs
//! `audience_is_the_visit`, word list `reception`). Talks told otherwise ("sat down … for talks
//! with") stay the visit alone.

mod common;

use common::fixture_timeline;

const MEETING_AND_VISIT: &[&str] = &["received_en.txt", "passive_en.txt", "recu_fr.txt", "passif_fr.txt", "istaqbala_ar.txt"];

#[test]
fn a_reception_is_the_hosts_meeting_beside_the_visit() {
    let (rows, table) = fixture_timeline("tests/fixtures/reception_is_the_hosts_meeting");
    let told = |file: &str, kind: &str, people: &[&str]| {
        rows.iter().any(|r| {
            r.event_type.as_str() == kind
                && r.date.is_some_and(|d| d.to_string() == "2021-01-27")
                && r.sources.iter().any(|s| s == file)
                && people.iter().all(|p| r.people.iter().any(|q| q == p))
        })
    };
    for file in MEETING_AND_VISIT {
        assert!(told(file, "meeting", &["Mohammed VI of Morocco", "Gabi Ashkenazi"]), "{file}: the King's meeting with the received:\n{table}");
        assert!(told(file, "visit", &["Gabi Ashkenazi"]), "{file}: the visit beside it:\n{table}");
    }
    assert!(!told("talks_en.txt", "meeting", &[]), "talks_en.txt: talks told so are the visit alone:\n{table}");
    assert!(told("talks_en.txt", "visit", &["Gabi Ashkenazi"]), "talks_en.txt: the visit:\n{table}");
}
