//! Families of the fifth blind probe (docs/probe5.md), told in new words
//! (tests/fixtures/probe5_families, with a manifest of publication dates): talks and a signing
//! told undated right after an arrival, on a page published on the arrival day, in Arabic
//! ("عقد جلسة مباحثات مع نظيره، ووقع الوزيران"), English ("held talks with …, and the two
//! ministers signed") and French (« a tenu des entretiens avec … et les deux ministres ont
//! signé »), which happened that day; the same told on a page of a later day, which stays
//! undated (the talks may be of any day of the trip). Then a late king's tomb or mausoleum
//! visited ("laid a wreath at the tomb of King Hassan II", « s'est recueilli au mausolée du roi
//! Hassan II »), a place and not the reigning king met; and "the Kingdom" in a sentence whose
//! city is another kingdom's ("هبطت في جدة … من إسرائيل إلى المملكة"), on a page otherwise about
//! Morocco, which is not Morocco.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const CORPUS: &str = "tests/fixtures/probe5_families";

/// Rows the families give: (file, date, type, status, people that must be listed).
const EXPECTED: &[ExpectedFrom] = &[
    ("talks_ar.txt", "2022-06-06", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("talks_ar.txt", "2022-06-06", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("talks_en.txt", "2022-09-12", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("talks_en.txt", "2022-09-12", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("talks_fr.txt", "2022-10-04", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("talks_fr.txt", "2022-10-04", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("later_day_en.txt", "2022-11-14", "visit", "occurred", &["Nitzan Horowitz"]),
];

/// Rows that must not be there: (file, date prefix, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("later_day_en.txt", "2022-11", "meeting", "", "talks told after an arrival on a page of a later day are not dated by the arrival"),
    ("later_day_en.txt", "2022-11", "agreement", "", "a signing told after an arrival on a page of a later day is not dated by the arrival"),
    ("kingdom_ar.txt", "2022", "flight", "", "a flight from Israel to 'the Kingdom' landing in Jeddah is no Israel–Morocco flight"),
];

/// Pages that must name nobody of a person: (file, person, why).
const NOT_NAMED: &[(&str, &str, &str)] = &[
    ("tomb_en.txt", "Mohammed VI of Morocco", "the tomb of King Hassan II is a place, not the reigning king met"),
    ("tomb_fr.txt", "Mohammed VI of Morocco", "le mausolée du roi Hassan II is a place, not the reigning king met"),
];

#[test]
fn probe5_families_in_new_words() {
    let (rows, table) = fixture_timeline(CORPUS);
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    for (file, person, why) in NOT_NAMED {
        let named = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!named, "{file}: {why}:\n{table}");
    }
    // The tomb is where the visit went.
    let at_the_mausoleum = rows.iter().any(|r| r.sources.iter().any(|s| s == "tomb_fr.txt") && r.places.iter().any(|p| p == "Mausoleum of Mohammed V"));
    assert!(at_the_mausoleum, "tomb_fr.txt: the mausoleum is a place of the visit:\n{table}");
}
