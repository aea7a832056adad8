//! A head of state's audience told by his office or a title alone ("The King received …",
//! "The monarch received …", « Le Souverain a reçu … », « Le monarque chérifien a reçu … ») is
//! the visitors' visit, as when he is named ("King Mohammed VI received …"): the host of
//! src/events/latin/kinds.rs audience_is_the_visit is the one head of state a meeting names,
//! else the one head-of-state office it tells (roles.csv `king`, `president`), whose country
//! the text or the article's context gives. Phrasings of our own
//! (tests/fixtures/audience_by_office).

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("monarch_en.txt", "2021-01-26", "visit", "occurred", &["Avi Berkowitz", "Gabi Ashkenazi", "Mohammed VI of Morocco"]),
    ("king_en.txt", "2022-06-08", "visit", "occurred", &["Mickey Levy", "Mohammed VI of Morocco"]),
    ("souverain_fr.txt", "2021-01-26", "visit", "occurred", &["Avi Berkowitz", "Gabi Ashkenazi", "Mohammed VI of Morocco"]),
    // « chérifien » is Morocco's adjective: the monarch is Morocco's.
    ("monarque_fr.txt", "2022-06-08", "visit", "occurred", &["Mickey Levy", "Mohammed VI of Morocco"]),
];

#[test]
fn an_audience_told_by_the_office_is_the_visit() {
    let (rows, table) = fixture_timeline("tests/fixtures/audience_by_office");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, ..) in EXPECTED {
        let meeting = rows.iter().any(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s == file));
        // Told by a past reception verb ("received", « a reçu »), the audience is the host's
        // meeting with the received too, beside the visit (tests/reception_is_the_hosts_meeting.rs).
        assert!(meeting, "{file}: the reception is the host's meeting beside the visit:\n{table}");
    }
}
