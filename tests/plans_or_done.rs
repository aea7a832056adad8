//! Families of the thirty-seventh blind probe (docs/probe37.md) mended in the forty-third session, told in
//! new words (tests/fixtures/plans_or_done).
//!
//! - An act told by the infinitive after a rank is done, of the main verb's time: "X on
//!   Tuesday became the first Knesset speaker to travel to Morocco", « est devenu mardi le
//!   premier président de la Knesset à se rendre au Maroc », «أصبح … يوم الثلاثاء أول رئيس
//!   للكنيست يزور المغرب» is the Tuesday just past, a visit made; "will on Sunday become the
//!   first … to travel", « deviendra dimanche », «سيصبح … يوم الأحد» stays the coming Sunday, a
//!   plan (src/events/latin/status.rs told_by_a_rank; src/dates/find/tense.rs after_a_rank).
//! - "scheduled" before a noun of flights is the adjective of a regular service, no plan:
//!   "operated a scheduled direct flight on Monday" is the Monday just past (English only:
//!   « vol régulier » and «رحلة منتظمة» hold no word of a plan).
//! - A visit told as possible or wished, or with no date set, is no visit of the page's day: «
//!   Herzog dit vouloir effectuer une visite », « cette éventuelle visite », "the possible visit
//!   of", «الزيارة المحتملة التي قد يقوم بها … والتي لم يتم تحديد أي موعد لها».

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, page_timeline};

const FOLDER: &str = "tests/fixtures/plans_or_done";

/// Each page read alone, its rows and tables joined.
fn pages(files: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    let (mut rows, mut tables) = (Vec::new(), Vec::new());
    for file in files {
        let (r, t) = page_timeline(FOLDER, file);
        rows.extend(r);
        tables.push(format!("{file}:\n{t}"));
    }
    (rows, tables.join("\n"))
}

/// The acts told after a rank: done on the weekday just past, or planned for the coming one
/// when the main verb is a future.
const RANKED: &[ExpectedFrom] = &[
    ("rank_en.txt", "2022-03-08", "visit", "occurred", &["Mickey Levy"]),
    ("rank_fr.txt", "2022-03-08", "visit", "occurred", &["Mickey Levy"]),
    ("rank_ar.txt", "2022-03-08", "visit", "occurred", &["Mickey Levy"]),
    ("rank_planned_en.txt", "2022-03-13", "visit", "planned", &["Mickey Levy"]),
    ("rank_planned_fr.txt", "2022-03-13", "visit", "planned", &["Mickey Levy"]),
    ("rank_planned_ar.txt", "2022-03-13", "visit", "planned", &["Mickey Levy"]),
];

#[test]
fn an_act_told_after_a_rank_is_of_the_main_verbs_time() {
    let files: Vec<&str> = RANKED.iter().map(|e| e.0).collect();
    let (rows, table) = pages(&files);
    assert_rows_from(&rows, &table, RANKED);
    assert_no_rows_from(
        &rows,
        &table,
        &[
            ("rank_en.txt", "2022-03-15", "", "", "a visit made on Tuesday is no plan of the next"),
            ("rank_fr.txt", "2022-03-15", "", "", "une visite faite mardi n'est pas prévue pour le suivant"),
            ("rank_ar.txt", "2022-03-15", "", "", "a visit made on Tuesday is no plan of the next"),
        ],
    );
}

#[test]
fn a_scheduled_flight_is_a_regular_service_not_a_plan() {
    let (rows, table) = pages(&["scheduled_en.txt"]);
    assert_rows_from(&rows, &table, &[("scheduled_en.txt", "2021-11-15", "flight", "occurred", &[])]);
    assert_no_rows_from(&rows, &table, &[("scheduled_en.txt", "2021-11-22", "flight", "", "the Monday just past, no plan")]);
}

#[test]
fn a_possible_or_wished_visit_is_no_visit_of_the_day() {
    let files = ["wished_en.txt", "wished_fr.txt", "wished_ar.txt"];
    let (rows, table) = pages(&files);
    for file in files {
        assert_rows_from(&rows, &table, &[(file, "2021-12-16", "call", "occurred", &["Isaac Herzog", "Mohammed VI of Morocco"])]);
        let visits: Vec<_> = rows.iter().filter(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit" && r.status.as_str() == "occurred").collect();
        assert!(visits.is_empty(), "{file}: a possible or wished visit is none made:\n{table}");
    }
}
