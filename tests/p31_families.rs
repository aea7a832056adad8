//! Families behind the thirty-first blind probe's false rows, each in phrasings of our own
//! (tests/fixtures/p31_families): an opened route is a flight, not an office opening (« a
//! inauguré sa ligne », "inaugurated its Tel Aviv-Fez line"; « le bureau de liaison » stays an
//! office); a reception hoped for whose object is travellers counted is no meeting (« espère
//! accueillir des milliers de visiteurs », «يتوقع المغرب استقبال 200 ألف سائح»); a plane's landing
//! told by a gerund ("with an Airbus A321 landing at …") is the flight's, no visit beside it.
//! Every file is read with `--all-events --undated`: a year-only reception or an undated landing
//! would be a row there.

mod common;


fn all_events(rel: &str) -> (Vec<tarikh::timeline::Row>, String) {
    common::fixture_timeline_with(rel, &["--all-events", "--undated"])
}

/// (file, date, type) rows that must be there.
const PRESENT: &[(&str, &str, &str)] = &[
    ("route_inauguree_fr.txt", "2021-08-08", "flight"),
    ("route_opened_en.txt", "2021-08-29", "flight"),
    ("route_ar.txt", "2021-08-08", "flight"),
    ("bureau_de_liaison_fr.txt", "2021-08-12", "opening"),
    ("liaison_office_en.txt", "2021-08-12", "opening"),
    ("plane_landing_en.txt", "2022-03-01", "flight"),
    ("plane_landing2_en.txt", "2021-12-12", "flight"),
    ("plane_landed_ar.txt", "2022-03-01", "flight"),
    ("appareil_atterri_fr.txt", "2022-03-01", "flight"),
];

/// (file, type, why) of which no row, dated or not, may come from the file.
const ABSENT: &[(&str, &str, &str)] = &[
    ("route_inauguree_fr.txt", "opening", "une ligne inaugurée est un vol, pas un bureau ouvert"),
    ("route_opened_en.txt", "opening", "a line inaugurated is a flight, not an office opened"),
    ("route_ar.txt", "opening", "خط جوي مدشن رحلة لا افتتاح مكتب"),
    ("visiteurs_esperes_fr.txt", "meeting", "accueillir des milliers de visiteurs espérés n'est pas une rencontre"),
    ("tourists_expected_ar.txt", "meeting", "استقبال 200 ألف سائح متوقع ليس لقاء"),
    ("liaison_office_en.txt", "flight", "a liaison office opened is no route"),
    ("bureau_de_liaison_fr.txt", "flight", "un bureau de liaison inauguré n'est pas une ligne"),
    ("plane_landing_en.txt", "visit", "an Airbus landing is the flight's, no visit"),
    ("plane_landing2_en.txt", "visit", "an Airbus landing is the flight's, no visit"),
    ("plane_landed_ar.txt", "visit", "حطت الطائرة: هبوط الرحلة لا زيارة"),
    ("appareil_atterri_fr.txt", "visit", "l'appareil a atterri : l'atterrissage du vol, pas une visite"),
];

#[test]
fn families_of_the_thirty_first_probe() {
    let (rows, table) = all_events("tests/fixtures/p31_families");
    for (file, date, ty) in PRESENT {
        let found = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.date.is_some_and(|d| d.to_string() == *date) && r.event_type.as_str() == *ty);
        assert!(found, "{file}: no {ty} of {date}:\n{table}");
    }
    for (file, ty, why) in ABSENT {
        let extra = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == *ty);
        assert!(extra.is_none(), "{file}: {why}:\n{table}");
    }
}
