//! What an Arabic visit report tells of the visit's programme in the sentences after it
//! (tests/fixtures/visit_programme, pages in phrasings of our own):
//!
//! * the hosts met during the visit, listed after a back-reference to it («واجتمع الوزير خلال
//!   الزيارة بكل من وزير … ووزير …», «وأجرى خلال زيارته مباحثات مع كل من …»): one meeting of
//!   the visitor with each host, on the visit's day, and the hosts are no visitors;
//! * an act told with «خلالها» right after it and its subject («ووقعت الوزيرة خلالها مع …
//!   اتفاقية») took place during the visit told before, on its day, with the visitor;
//! * a meeting told for later during the visit («وستعقد الوزيرة خلال الزيارة لقاءات مع …») is
//!   on its programme, not on the day it began;
//! * what the visit's parties agreed for later with no day of its own is no item of the
//!   programme: a body set up to meet again and again («فريق عمل مشترك يجتمع بصفة دورية»,
//!   'a joint working group that will meet periodically', « qui se réunira régulièrement »)
//!   is no meeting, and a return visit 'in the coming months' with no date set («دون تحديد
//!   موعدها», «دون تحديد تاريخها») no visit, neither of the visit's month nor of the talks' day;
//! * a meeting planned on a trip that names no one to meet but a group of the host's side
//!   («وسيجري كوخافي خلال مقامه بالمملكة مباحثات مع كبار ضباط القوات المسلحة الملكية») is the
//!   visit's programme, no
//!   row of its own (src/events/programme.rs); one with a host named, by name or office (the
//!   planned list above), stays a meeting;
//! * a visit noun after «خلال» with a relative clause of its own («خلال الزيارة التي قامت بها
//!   … في يوليو الماضي») tells another visit, with its own date.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_not_visitor, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("met_list_definite_ar.txt", "2022-01-12", "visit", "occurred", &["Gideon Sa'ar"]),
    ("met_list_definite_ar.txt", "2022-01-12", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("met_list_definite_ar.txt", "2022-01-12", "meeting", "occurred", &["Gideon Sa'ar", "Abdelouafi Laftit"]),
    ("talks_list_possessive_ar.txt", "2022-03-16", "meeting", "occurred", &["Yoel Razvozov", "Fatim-Zahra Ammor"]),
    ("talks_list_possessive_ar.txt", "2022-03-16", "meeting", "occurred", &["Yoel Razvozov", "Aziz Akhannouch"]),
    ("planned_list_ar.txt", "2022-07-04", "visit", "occurred", &["Karine Elharrar"]),
    ("planned_list_ar.txt", "2022-07", "meeting", "planned", &["Karine Elharrar", "Leila Benali"]),
    ("signed_during_it_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("visit_with_relative_ar.txt", "2021-07", "meeting", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    ("committee_ar.txt", "2022-03-10", "agreement", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    ("return_visit_undated_ar.txt", "2021-11-23", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("programme_officials_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("planned_list_ar.txt", "2022-07-04", "meeting", "", "the talks on the programme are not the arrival's day's"),
    ("committee_ar.txt", "2022-03", "meeting", "", "a working group that meets periodically is no meeting"),
    ("committee_fr.txt", "2022-03", "meeting", "", "a working group that will meet regularly is no meeting"),
    ("committee_en.txt", "2022-03", "meeting", "", "a working group that will meet periodically is no meeting"),
    ("return_visit_undated_ar.txt", "2021-11", "visit", "", "a return visit 'in the coming months', its date not set, is no visit of the talks' day"),
    ("programme_officials_ar.txt", "2022", "meeting", "", "talks with unnamed senior officers during the stay are the visit's programme"),
];

#[test]
fn the_hosts_met_during_a_visit_are_one_meeting_each_on_its_day() {
    let (rows, table) = fixture_timeline("tests/fixtures/visit_programme");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    // The hosts listed after the back-reference are no visitors, nor part of the visit.
    assert_not_visitor(&rows, &table, &[("met_list_definite_ar.txt", "Abdellatif Ouahbi"), ("talks_list_possessive_ar.txt", "Fatim-Zahra Ammor")]);
    let visit = rows.iter().find(|r| r.sources.iter().any(|s| s == "talks_list_possessive_ar.txt") && r.event_type.as_str() == "visit").expect(&table);
    assert_eq!(visit.people, ["Yoel Razvozov"], "the hosts met took no part in the trip:\n{table}");
    // One meeting per host: no row of the visitor with both hosts.
    assert!(!rows.iter().any(|r| r.event_type.as_str() == "meeting" && r.people.len() > 2), "{table}");
}

/// Talks on a visit's programme told for later (dated by the visit's month) are the talks
/// another page reports done on a day of that visit: one row, done, on that day
/// (tests/fixtures/plan_done, pages of our own: «ومن المرتقب أن تجتمع …» on the page of the
/// arrival, « s'est entretenue mardi … avec … » the day after). The same two ministers'
/// talks announced on the page of the return visit three weeks later («ومن المنتظر أن تعقد
/// بنعلي لقاء مع …», 'is expected to meet') are another meeting, still to come: a plan told
/// after talks were over is not those talks.
#[test]
fn talks_planned_on_a_visits_programme_are_the_talks_told_done() {
    let (rows, table) = fixture_timeline("tests/fixtures/plan_done");
    let meetings: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "meeting").collect();
    let done: Vec<_> = meetings.iter().filter(|r| r.sources.iter().any(|s| s == "fr_done.txt")).collect();
    assert_eq!(done.len(), 1, "{table}");
    assert_eq!(done[0].sources, ["ar_plan_on_programme.txt", "fr_done.txt"], "{table}");
    assert_eq!((done[0].date.map(|d| d.to_string()).as_deref(), done[0].status.as_str()), (Some("2022-11-08"), "occurred"), "{table}");
    let later: Vec<_> = meetings.iter().filter(|r| r.sources.iter().any(|s| s == "ar_later_plan.txt")).collect();
    assert_eq!(later.len(), 1, "{table}");
    assert_eq!(later[0].status.as_str(), "planned", "{table}");
    assert!(!later[0].sources.iter().any(|s| s == "fr_done.txt"), "{table}");
}
