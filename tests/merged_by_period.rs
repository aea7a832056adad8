//! Merge families of reports told by their period or as another event's time reference
//! (tests/fixtures/merged_by_period, pages in phrasings of our own):
//!
//! * one agreement told by its month alone, by pages in three languages that name no one
//!   ("Earlier this month, the two countries signed a cooperation agreement on water", « avait
//!   été signé plus tôt ce mois-ci », «وقعا في يوليو الماضي اتفاقية للتعاون في مجال المياه»): one
//!   row (src/merge/fit.rs one_period_one_subject, the cluster's index of periods); another
//!   agreement of the same month on another subject (tourism) stays a row of its own;
//! * an event told as the time reference of the page's trip ("Gantz's visit comes days after
//!   the Negev summit …", « La visite de Gantz intervient quelques jours après le sommet du
//!   Néguev », «وتأتي زيارة غانتس بعد أيام من قمة النقب»): it keeps its own people, not the
//!   trip's travellers or their hosts (src/events/scan.rs times_what_comes), so the trip's
//!   talks keep their own day.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const FOLDER: &str = "tests/fixtures/merged_by_period";

const EXPECTED: &[ExpectedFrom] = &[
    ("water_month_en.txt", "2022-07", "agreement", "occurred", &[]),
    ("tourism_month_en.txt", "2022-07", "agreement", "occurred", &[]),
    ("trip_after_summit_en.txt", "2022-04-01", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("trip_after_summit_fr.txt", "2022-04-01", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("trip_after_summit_ar.txt", "2022-04-01", "visit", "occurred", &["Benny Gantz"]),
];

#[test]
fn one_months_agreement_told_by_three_pages_is_one_row_and_another_subject_another() {
    let (rows, table) = fixture_timeline(FOLDER);
    assert_rows_from(&rows, &table, EXPECTED);
    let water: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "agreement" && r.sources.iter().any(|s| s.starts_with("water_month"))).collect();
    assert_eq!(water.len(), 1, "one water agreement row:\n{table}");
    for page in ["water_month_en.txt", "water_month_fr.txt", "water_month_ar.txt"] {
        assert!(water[0].sources.iter().any(|s| s == page), "{page} tells the water agreement:\n{table}");
    }
    assert!(!water[0].sources.iter().any(|s| s == "tourism_month_en.txt"), "the tourism agreement is another:\n{table}");
}

#[test]
fn an_event_told_as_a_trips_time_reference_keeps_its_own_people() {
    let (rows, table) = fixture_timeline(FOLDER);
    for file in ["trip_after_summit_en.txt", "trip_after_summit_fr.txt", "trip_after_summit_ar.txt"] {
        assert_no_rows_from(&rows, &table, &[(file, "2022-03", "", "", "the summit the trip comes after is not the trip's, nor of its people")]);
    }
}
