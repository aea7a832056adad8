//! An arrival in the evening ends its day (tests/fixtures/evening_arrival, pages in phrasings
//! of our own, each written on Wednesday 27 July 2022): the story's news is Wednesday's
//! signing; the visitor's arrival, told after it as background, was Tuesday evening; an act of
//! the visitor told after the arrival with no day of its own («كما أجرت …», "She later held
//! talks", « qui s'est également entretenue », "During the same visit she held talks") was
//! done during the visit the news tells, on Wednesday, not that Tuesday evening
//! (src/events/evening.rs). An arrival told in the morning,
//! and an act tied to the evening by its own words ("Shortly after her arrival", "Later that
//! day", «وبعد ساعات من ذلك»), keep Tuesday.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, page_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The evening arrivals: the talks told after them are Wednesday's.
    ("ar_also.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("en_later.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("fr_egalement.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    // An act told "during the same visit", dated by the evening arrival only: Wednesday's too.
    ("en_same_visit.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("fr_meme_visite.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("ar_same_visit.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    // The arrival told in a relative clause inside the signing's sentence, the signing dated
    // by the sentence before it ("The text was signed by X, who landed … late on Tuesday, and
    // Y"): the acts told after are Wednesday's too.
    ("en_relative_same_visit.txt", "2022-07-27", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("en_relative_later.txt", "2022-07-27", "meeting", "occurred", &["Issawi Frej", "Nasser Bourita"]),
    ("en_relative_same_visit.txt", "2022-07-26", "visit", "occurred", &["Ayelet Shaked"]),
    ("en_relative_later.txt", "2022-07-26", "visit", "occurred", &["Issawi Frej"]),
    // The arrivals themselves keep Tuesday.
    ("ar_also.txt", "2022-07-26", "visit", "occurred", &["Ayelet Shaked"]),
    ("en_later.txt", "2022-07-26", "visit", "occurred", &["Ayelet Shaked"]),
    ("fr_egalement.txt", "2022-07-26", "visit", "occurred", &["Ayelet Shaked"]),
    // A morning arrival: the talks told next may be of its day.
    ("ar_morning.txt", "2022-07-26", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    // Talks tied to the evening by their own words.
    ("en_after_arrival.txt", "2022-07-26", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("en_that_day.txt", "2022-07-26", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
    ("ar_same.txt", "2022-07-26", "meeting", "occurred", &["Ayelet Shaked", "Rachid Talbi Alami"]),
];

const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("ar_also.txt", "2022-07-26", "meeting", "", "«كما» after «مساء أمس الثلاثاء» is not that evening"),
    ("en_later.txt", "2022-07-26", "meeting", "", "'later' after 'late on Tuesday' is not that evening"),
    ("fr_egalement.txt", "2022-07-26", "meeting", "", "« également » after « mardi soir » is not that evening"),
    ("en_same_visit.txt", "2022-07-26", "meeting", "", "'during the same visit' after 'late on Tuesday' is not that evening"),
    ("fr_meme_visite.txt", "2022-07-26", "meeting", "", "« au cours de cette visite » after « mardi soir » is not that evening"),
    ("ar_same_visit.txt", "2022-07-26", "meeting", "", "«وخلال هذه الزيارة» after «مساء أمس الثلاثاء» is not that evening"),
    ("en_relative_same_visit.txt", "2022-07-26", "meeting", "", "'during the same visit' after a relative clause's 'late on Tuesday' is not that evening"),
    ("en_relative_later.txt", "2022-07-26", "meeting", "", "'later' after a relative clause's 'on Tuesday evening' is not that evening"),
    ("ar_morning.txt", "2022-07-27", "meeting", "", "a morning arrival does not end its day"),
    ("en_after_arrival.txt", "2022-07-27", "meeting", "", "'shortly after her arrival' is the arrival's evening"),
    ("en_that_day.txt", "2022-07-27", "meeting", "", "'later that day' is the arrival's day"),
    ("ar_same.txt", "2022-07-27", "meeting", "", "«بعد ساعات من ذلك» is the arrival's evening"),
];

/// Each page is read alone: the folder tells one visit twelve times, and the merge joins
/// talks told "during the same visit" (no day of their own) to another page's report of them
/// on another day of the visit (tests/one_visit.rs); what is tested here is the day each page
/// gives.
#[test]
fn an_evening_arrival_ends_its_day() {
    let mut files: Vec<&str> = EXPECTED.iter().map(|e| e.0).chain(ABSENT.iter().map(|a| a.0)).collect();
    files.sort_unstable();
    files.dedup();
    for file in files {
        let (rows, table) = page_timeline("tests/fixtures/evening_arrival", file);
        let expected: Vec<ExpectedFrom> = EXPECTED.iter().filter(|e| e.0 == file).copied().collect();
        let absent: Vec<_> = ABSENT.iter().filter(|a| a.0 == file).copied().collect();
        assert_rows_from(&rows, &table, &expected);
        assert_no_rows_from(&rows, &table, &absent);
    }
}
