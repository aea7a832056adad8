//! Each event of an Arabic sentence takes its date and status from its own clause
//! (tests/fixtures/own_clause, pages in phrasings of our own):
//!
//! * a call told beside an act for later («اتفق الجانبان على أن لابيد سيحل بالرباط الأسبوع
//!   المقبل», «وأكد له أن الرحلات … ستنطلق الشهر القادم») was made: the day told for later is
//!   the plan's, the call is the page's news (a call itself told for later stays planned);
//! * a call an act fulfils («تنفيذا لما تم الاتفاق عليه خلال الاتصال الهاتفي بين …», «وفقا لما
//!   اتفق عليه الطرفان في المكالمة») is an earlier event recalled: no call on the act's day, no
//!   agreement of "what was agreed", and the people of the recalled call are not the act's
//!   («وفقا لما أعلنه الديوان» is "according to", and its call stands);
//! * an arrival then a meeting told without a comma («حل … أمس الثلاثاء ثم اجتمع», «… يوم
//!   الاثنين والتقت …») are both that day's, unless the meeting names its own;
//! * an arrival told in a relative clause about the person named before it («وقع فريج، الذي
//!   وصل إلى الرباط يوم الاثنين، مذكرة …», «وقال ليفي، الذي حل بالرباط أمس، إن …») is that
//!   person's, on the clause's own day, without the host named after the clause;
//! * a list of recalled acts that names each actor before his verb («وزير الخارجية يائير لابيد
//!   افتتح مكتب الاتصال في 12 غشت 2021، ووزير الدفاع بيني غانتس حل بالرباط يوم 24 نونبر»): each
//!   act is its own subject's, not the other items'.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // An arrival told in a relative clause about the person before it («…، الذي وصل إلى
    // الرباط يوم الاثنين،», «…، الذي حل بالرباط أمس،»): that person's, on the clause's day.
    ("relative_arrival_ar.txt", "2022-03-07", "visit", "occurred", &["Issawi Frej"]),
    ("relative_arrival_ar.txt", "2022-03-09", "agreement", "occurred", &["Issawi Frej", "Nizar Baraka"]),
    ("relative_arrival_statement_ar.txt", "2022-03-10", "visit", "occurred", &["Mickey Levy"]),
    // The call was made on the page's day; the visit agreed on is for later.
    ("plan_call_visit_ar.txt", "2021-08-03", "call", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("plan_call_flights_ar.txt", "2021-09-12", "call", "occurred", &["Naftali Bennett", "Mohammed VI of Morocco"]),
    // A call announced for later stays planned.
    ("planned_call_ar.txt", "2021-10-07", "call", "planned", &["Nasser Bourita", "Yair Lapid"]),
    // The acts that fulfil an earlier call keep their day.
    ("fulfil_flight_ar.txt", "2021-07-26", "flight", "occurred", &[]),
    ("fulfil_opening_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("fulfil_signing_ar.txt", "2021-11-24", "agreement", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"]),
    // "According to" a statement: the call it reports is the day's.
    ("according_to_call_ar.txt", "2021-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Isaac Herzog"]),
    // An arrival then a meeting, no comma between: both that day.
    ("arrival_then_meeting_ar.txt", "2022-01-11", "visit", "occurred", &["Gideon Sa'ar"]),
    ("arrival_then_meeting_ar.txt", "2022-01-11", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("arrival_and_meeting_ar.txt", "2022-02-21", "visit", "occurred", &["Orna Barbivai"]),
    ("arrival_and_meeting_ar.txt", "2022-02-21", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    // The meeting names its own day.
    ("arrival_then_meeting_days_ar.txt", "2022-03-13", "visit", "occurred", &["Yoel Razvozov"]),
    ("arrival_then_meeting_days_ar.txt", "2022-03-15", "meeting", "occurred", &["Yoel Razvozov", "Fatim-Zahra Ammor"]),
    // Recalled acts listed with their actors first: each its own subject's.
    ("subject_first_list_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("subject_first_list_ar.txt", "2021-11-24", "visit", "occurred", &["Benny Gantz"]),
    ("subject_first_list_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("subject_first_list_ar.txt", "2022-07-19", "visit", "occurred", &["Aviv Kochavi"]),
    ("subject_first_recalls_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin"]),
    ("subject_first_recalls_ar.txt", "2022-06-20", "visit", "occurred", &["Ayelet Shaked"]),
    ("subject_first_recalls_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"]),
    ("subject_first_recalls_ar.txt", "2022-07-24", "visit", "occurred", &["Issawi Frej"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("plan_call_visit_ar.txt", "2021-08-09", "call", "", "the week agreed on is the visit's, not the call's"),
    ("plan_call_flights_ar.txt", "2021-10", "call", "", "the month the flights will start is theirs, not the call's"),
    ("fulfil_flight_ar.txt", "2021-07-26", "call", "", "the call the flight fulfils was made before it, not on its day"),
    ("fulfil_opening_ar.txt", "2021-08-12", "call", "", "the call the opening fulfils was made before it"),
    ("fulfil_opening_ar.txt", "2021-08-12", "agreement", "", "«ما اتفق عليه الطرفان» is what was agreed, no signing"),
    ("fulfil_signing_ar.txt", "2021-11-24", "call", "", "the call the signing fulfils was made before it"),
    ("arrival_then_meeting_days_ar.txt", "2022-03-15", "visit", "", "the arrival is the Sunday's"),
    ("arrival_then_meeting_days_ar.txt", "2022-03-13", "meeting", "", "the meeting names its Tuesday"),
];

#[test]
fn each_event_takes_its_own_clause() {
    let (rows, table) = fixture_timeline("tests/fixtures/own_clause");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    // Who took part in the call a signing fulfils is not among the signers.
    let signing = rows.iter().find(|r| r.sources.iter().any(|s| s == "fulfil_signing_ar.txt") && r.event_type.as_str() == "agreement").expect(&table);
    assert!(!signing.people.iter().any(|p| p == "Naftali Bennett" || p == "Mohammed VI of Morocco"), "the recalled call's people signed nothing:\n{table}");
    // The host named after the relative clause did not travel.
    let arrival = rows.iter().find(|r| r.sources.iter().any(|s| s == "relative_arrival_ar.txt") && r.event_type.as_str() == "visit").expect(&table);
    assert_eq!(arrival.people, ["Issawi Frej"], "{table}");
    // Each recalled act listed with its actor first names that actor alone (with whom he
    // signed): no one of the other items.
    let listed = [
        ("subject_first_list_ar.txt", "2021-08-12", &["Yair Lapid"][..]),
        ("subject_first_list_ar.txt", "2021-11-24", &["Benny Gantz"]),
        ("subject_first_list_ar.txt", "2022-02-21", &["Orna Barbivai", "Ryad Mezzour"]),
        ("subject_first_list_ar.txt", "2022-07-19", &["Aviv Kochavi"]),
        ("subject_first_recalls_ar.txt", "2021-01-26", &["David Govrin"]),
        ("subject_first_recalls_ar.txt", "2022-06-20", &["Ayelet Shaked"]),
        ("subject_first_recalls_ar.txt", "2022-07-26", &["Abdellatif Ouahbi", "Gideon Sa'ar"]),
        ("subject_first_recalls_ar.txt", "2022-07-24", &["Issawi Frej"]),
    ];
    for (file, date, people) in listed {
        for r in rows.iter().filter(|r| r.sources.iter().any(|s| s == file) && r.date.is_some_and(|d| d.to_string() == date)) {
            assert_eq!(r.people, people, "{file} {date}: the act of another item's actor:\n{table}");
        }
    }
}
