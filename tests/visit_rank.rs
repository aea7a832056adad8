//! A visit told by the rank of one of its days ("on the second day of his visit") started
//! rank − 1 days before the day the sentence tells; but a date told by the visit's start
//! ("a visit that began on Tuesday", « une visite commencée lundi », «زيارته التي بدأها
//! الثلاثاء») is its first day already, and the rank moves it no further
//! (`src/events/visit_end.rs`, word list `visit-start` of the trigger files). The pages of
//! `tests/fixtures/visit_rank` are ours, one visitor each.

mod common;

use common::fixture_timeline;

#[test]
fn a_visit_told_by_its_rank_starts_on_the_day_its_start_is_told() {
    let (rows, table) = fixture_timeline("tests/fixtures/visit_rank");
    let cases: &[(&str, &str, &str)] = &[
        // "on the third day of a visit … that began on Tuesday", written on Thursday 10 March.
        ("en_began.txt", "Orna Barbivai", "2022-03-08"),
        // « au troisième jour d'une visite … commencée lundi », written on Thursday 28 July.
        ("fr_entamee.txt", "Gideon Sa'ar", "2022-07-25"),
        // «في اليوم الثالث من زيارته … التي بدأها الثلاثاء», written on Thursday 8 December.
        ("ar_bada.txt", "Mickey Levy", "2022-12-06"),
        // "On the second day of his visit …, on Tuesday": Tuesday is its second day.
        ("en_rank.txt", "Aviv Kochavi", "2022-07-18"),
    ];
    for (file, person, day) in cases {
        let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit" && r.sources.iter().any(|s| s == file)).collect();
        assert_eq!(visits.len(), 1, "{file}:\n{table}");
        assert_eq!(visits[0].people, [*person], "{file}:\n{table}");
        assert_eq!(visits[0].date.map(|d| d.to_string()).as_deref(), Some(*day), "{file}:\n{table}");
    }
}

/// A visit told by its close and, further on in the sentence, by its start: «تختتم …، اليوم
/// الخميس، زيارة عمل … تناولت …، كانت قد بدأتها مساء الثلاثاء بوصولها», «…، واستهلها يوم
/// الأربعاء بمباحثات», "wrapped up a working visit …, which began on Tuesday evening with her
/// arrival", « a achevé jeudi une visite …, entamée mardi soir par son arrivée »: the visit
/// started on the day its start tells, not on the day of its close. The Arabic verb carries the
/// visit as its pronoun (word list `visit-start-it`), so it may stand past the visit's length
/// reach (src/events/visit_end.rs); the Latin start word follows the visit noun after a comma
/// (src/events/latin/dates.rs visit_told_by_its_end). Pages of `tests/fixtures/visit_close_start`
/// are ours.
#[test]
fn a_visit_told_by_its_close_starts_on_the_day_its_start_is_told() {
    let (rows, table) = fixture_timeline("tests/fixtures/visit_close_start");
    let cases: &[(&str, &str, &str)] = &[
        ("ar_kanat_bada_taha.txt", "Ayelet Shaked", "2021-11-23"),
        ("ar_wa_istahallaha.txt", "Yoaz Hendel", "2022-03-09"),
        ("en_which_began.txt", "Ayelet Shaked", "2021-11-23"),
        ("fr_entamee_apres_virgule.txt", "Ayelet Shaked", "2021-11-23"),
    ];
    for (file, person, day) in cases {
        let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit" && r.sources.iter().any(|s| s == file)).collect();
        assert_eq!(visits.len(), 1, "{file}:\n{table}");
        assert_eq!(visits[0].people.first().map(String::as_str), Some(*person), "{file}:\n{table}");
        assert_eq!(visits[0].date.map(|d| d.to_string()).as_deref(), Some(*day), "{file}:\n{table}");
    }
}
