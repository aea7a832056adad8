//! The blind probe (tests/fixtures/probe/, docs/probe.md): 24 pages written without looking at
//! the rules, as saved pages of 2020–2022 read, with their gold in `expected.csv`. Two tables:
//! the events tarikh finds, which must stay found, and the known failures, each the state it is
//! in today (missed, or a wrong row) next to the row a fix gives. A known failure must be in one
//! of its two states: a fix shows up on standard error (move the entry to `FOUND`), and a third
//! state (another wrong row) fails. Every required gold event is in one table or the other, so
//! the gold and the test cannot drift apart.

mod common;
mod probe_support;

use common::{Workdir, stderr};
use probe_support::{Expect, Known, assert_found, assert_gold_in_tables, assert_known, timeline};

/// Events found today: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("delegation-visit-2020-12-22", ("a01_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("first-direct-flight-2020-12-22", ("a01_ar.txt", "2020-12-22", "flight", "occurred", &[])),
    ("joint-declaration-2020-12-22", ("a01_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Saadeddine Othmani", "Meir Ben-Shabbat"])),
    ("netanyahu-king-call-2020-12-25", ("a02_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"])),
    ("govrin-arrives-rabat-2021-01-26", ("a03_ar.txt", "2021-01-26", "opening", "occurred", &["David Govrin"])),
    ("first-commercial-flights-2021-07-25", ("f03_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid-visit-2021-08-11", ("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid-bourita-talks-2021-08-11", ("e02_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid-bourita-agreements-2021-08-11", ("a05_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("liaison-office-opening-2021-08-12", ("a05_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz-visit-2021-11-23", ("f01_fr.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz-loudiyi-mou-2021-11-24", ("a06_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz-bourita-2021-11-24", ("f01_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai-visit-2022-02-20", ("e03_en.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai-mezzour-agreement-2022-02-21", ("e03_en.txt", "2022-02-21", "agreement", "planned", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram-first-flight-2022-03-13", ("a09_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("negev-summit-2022-03", ("a08_ar.txt", "2022-03", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita", "Antony Blinken", "Sameh Shoukry"])),
    // A visit going on "since" a day began that day (the talks of the sentence are the next day's).
    ("shaked-visit-2022-06-20", ("a10_ar.txt", "2022-06-20", "visit", "occurred", &["Ayelet Shaked"])),
    ("shaked-laftit-2022-06-21", ("a10_ar.txt", "2022-06-21", "meeting", "occurred", &["Abdelouafi Laftit", "Ayelet Shaked"])),
    ("kochavi-visit-2022-07-18", ("a07_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi-belkhir-2022-07", ("a07_ar.txt", "2022-07", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi-loudiyi-2022-07", ("a07_ar.txt", "2022-07", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("saar-visit-2022-07-25", ("e05_en.txt", "2022-07-25", "visit", "occurred", &["Gideon Sa'ar"])),
    ("saar-ouahbi-mou-2022-07-26", ("e05_en.txt", "2022-07-26", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"])),
    ("mekorot-onee-2022-11-17", ("f05_fr.txt", "2022-11-17", "agreement", "occurred", &["Abderrahim El Hafidi"])),
    // The Arabic dual office ("وزيرا خارجية البلدين") is both countries' holders of the day.
    ("anniversary-virtual-meeting-2021-12-22", ("a11_ar.txt", "2021-12-22", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita", "Antony Blinken"])),
];

/// Reports of an event in other pages that today join its row: (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("joint-declaration-2020-12-22", "e01_en.txt"),
    ("joint-declaration-2020-12-22", "a11_ar.txt"),
    ("joint-declaration-2020-12-22", "e02_en.txt"),
    ("netanyahu-king-call-2020-12-25", "f06_fr.txt"),
    ("lapid-visit-2021-08-11", "e02_en.txt"),
    ("lapid-bourita-agreements-2021-08-11", "e02_en.txt"),
    ("lapid-bourita-agreements-2021-08-11", "a04_ar.txt"),
    ("gantz-visit-2021-11-23", "a06_ar.txt"),
    ("gantz-visit-2021-11-23", "e06_en.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "f01_fr.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "e04_en.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "a07_ar.txt"),
    ("negev-summit-2022-03", "f02_fr.txt"),
    ("kochavi-visit-2022-07-18", "e04_en.txt"),
    ("kochavi-belkhir-2022-07", "e04_en.txt"),
    ("kochavi-loudiyi-2022-07", "e04_en.txt"),
    ("saar-ouahbi-mou-2022-07-26", "e04_en.txt"),
];

const KNOWN: &[Known] = &[];

/// Pages that give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a12_ar.txt", "Morocco–Spain and Morocco–US only; Israel named in passing"),
    ("f04_fr.txt", "the king's call with the US president; plans without a date"),
];

/// Titles of rows, as a reader of English expects them: (file, date, type, title).
const TITLES: &[(&str, &str, &str, &str)] = &[
    ("a01_ar.txt", "2020-12-22", "visit", "Jared Kushner and Meir Ben-Shabbat visit Morocco"),
    ("a02_ar.txt", "2020-12-25", "call", "Benjamin Netanyahu and Mohammed VI of Morocco speak by phone"),
    ("a04_ar.txt", "2021-08-11", "visit", "Yair Lapid visits Rabat"),
    ("a06_ar.txt", "2021-11-24", "agreement", "Benny Gantz and Abdellatif Loudiyi sign a defence agreement in Rabat"),
    ("a08_ar.txt", "2022-03-28", "meeting", "Israel, Morocco, the United Arab Emirates, Bahrain, Egypt and the United States hold talks"),
    ("e03_en.txt", "2022-02-21", "agreement", "Orna Barbivai and Ryad Mezzour to sign a trade agreement"),
    ("a10_ar.txt", "2022-06-21", "meeting", "Abdelouafi Laftit meets Ayelet Shaked in Rabat"),
    // Three agreements of different kinds signed at once are "agreements", not one kind's.
    ("a05_ar.txt", "2021-08-11", "agreement", "Nasser Bourita and Yair Lapid sign agreements in Rabat"),
];

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe";

fn check_found(with_manifest: bool) {
    let (rows, table) = timeline(PROBE, with_manifest);
    assert_found(&rows, &table, &FOUND.iter().collect::<Vec<_>>(), JOINED, NO_ROW);
}

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them. Since the twenty-second session a09's
/// businessmen's delegation on board the first Royal Air Maroc plane («وعلى متنها نحو مئة راكب،
/// من بينهم وفد من رجال الأعمال») is their visit on its day (optional
/// `business-delegation-2022-03-13`; it names the plane's welcomer Beyyoudh, wrongly).
const SCORES: (probe_support::Counts, probe_support::Counts) = ((30, 30, 0, 0, 26), (30, 30, 0, 0, 26));

#[test]
fn the_scorers_counts_are_the_recorded_ones() {
    probe_support::assert_scores(PROBE, SCORES.0, SCORES.1);
}

#[test]
fn events_found_from_the_text_stay_found() {
    check_found(false);
}

#[test]
fn events_found_with_the_manifest_stay_found() {
    check_found(true);
}

#[test]
fn known_failures_are_still_missed_or_fixed() {
    let (rows, table) = timeline(PROBE, false);
    assert_known(&rows, &table, KNOWN);
}

#[test]
fn titles_read_as_english() {
    let (rows, table) = timeline(PROBE, false);
    for (file, date, ty, title) in TITLES {
        let row = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.date.is_some_and(|d| d.to_string() == *date) && r.event_type.as_str() == *ty);
        let row = row.unwrap_or_else(|| panic!("{file}: no {date} {ty} in:\n{table}"));
        assert_eq!(row.title, *title, "{file} {date} {ty}");
    }
}

/// The two-day summit (a dinner on the first evening, the session the next day) is one row,
/// whichever of its days and people each page's sentences give.
#[test]
fn a_two_day_summit_is_one_row() {
    for with_manifest in [false, true] {
        let (rows, table) = timeline(PROBE, with_manifest);
        for file in ["a08_ar.txt", "f02_fr.txt"] {
            let meetings = rows.iter().filter(|r| probe_support::matches(r, &(file, "2022-03", "meeting", "occurred", &[]))).count();
            assert_eq!(meetings, 1, "{file}: meeting rows in March 2022:\n{table}");
        }
    }
}

#[test]
fn every_required_gold_event_is_in_a_table() {
    let found: Vec<&str> = FOUND.iter().map(|(k, _)| *k).collect();
    assert_gold_in_tables(PROBE, &found, KNOWN);
}

/// Signings told beside the countries that signed the same before (our phrasings, in the three
/// languages): the third countries are named in passing and do not sign in the title.
const IN_PASSING: &[(&str, &str)] = &[
    ("passing_en.txt", "Published: March 3, 2021\n\nIsrael and Morocco signed a tourism agreement on Tuesday in Rabat, months after Bahrain and the UAE did the same.\n"),
    ("passing_ar.txt", "الأربعاء 3 مارس 2021\n\nوقع المغرب وإسرائيل، أمس الثلاثاء بالرباط، اتفاقية للتعاون السياحي، على غرار الإمارات والبحرين.\n"),
    ("passing_fr.txt", "Publié le 3 mars 2021\n\nLe Maroc et Israël ont signé mardi à Rabat un accord touristique, comme l'avaient fait avant eux les Emirats arabes unis et Bahreïn.\n"),
];

#[test]
fn a_third_country_named_in_passing_does_not_sign() {
    let w = Workdir::new();
    for (file, text) in IN_PASSING {
        w.write(&format!("corpus/{file}"), text);
    }
    let out = w.run(&["extract", "--corpus", "corpus", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    for (file, _) in IN_PASSING {
        let row = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "agreement");
        let row = row.unwrap_or_else(|| panic!("{file}: no agreement in {:?}", rows.iter().map(|r| &r.title).collect::<Vec<_>>()));
        assert!(row.title.starts_with("Israel and Morocco sign"), "{file}: {}", row.title);
    }
}
