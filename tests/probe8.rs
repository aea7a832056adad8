//! The eighth blind probe (tests/fixtures/probe8/, docs/probe8.md): 24 pages of sites none of
//! the seven earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! The same shape as tests/probe7.rs: the events tarikh finds, which must stay found, and the
//! known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go), and the scorer's counts. The tables were filled after the blind
//! score (docs/probe8.md), at the end of the fourteenth session; text and manifest runs give the
//! same rows.
//!
//! The tests below them also check the probe's own files: the gold parses in the seventh probe's
//! format, names existing pages and dates within its precision, every evidence is copied from one
//! of its pages, and the manifest names every page once with a published value a scraper could
//! give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

use common::repo;
use std::collections::BTreeSet;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe8";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a09_ar.txt", "the UAE and Israel sign their free-trade agreement in Dubai; Morocco only among the Abraham Accords' later members"),
    ("a10_ar.txt", "the Ceuta crisis and Morocco's ambassador in Madrid recalled; Israel only in the Gaza war and a link title"),
    ("e05_en.txt", "a US official in Dakhla; normalisation with Israel only as part of the deal, with no day"),
    ("f03_fr.txt", "history of 1986, 1993, 1994 and 2000 and the UAE and Bahrain at the White House, on a page of September 2020"),
];

/// Publication dates: (file, the day, whether the text states it). a12 has only 'قبل 3 ساعات'
/// (its manifest row has no date, its url has the day); f05 has no date at all (its manifest row
/// has the day). a11 states its day though its manifest row has only the month; e05 states its
/// day though its manifest row has nothing; a04 states it only at its foot.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2020-12-26", true),
    ("a03_ar.txt", "2021-07-25", true),
    ("a04_ar.txt", "2021-08-12", true),
    ("a05_ar.txt", "2021-11-25", true),
    ("a06_ar.txt", "2022-02-21", true),
    ("a07_ar.txt", "2022-03-14", true),
    ("a08_ar.txt", "2022-03-29", true),
    ("a09_ar.txt", "2022-05-31", true),
    ("a10_ar.txt", "2021-05-19", true),
    ("a11_ar.txt", "2022-07-19", true),
    ("a12_ar.txt", "2022-12-22", false),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2020-12-22", true),
    ("e03_en.txt", "2021-08-12", true),
    ("e04_en.txt", "2021-11-24", true),
    ("e05_en.txt", "2021-01-10", true),
    ("e06_en.txt", "2022-03-28", true),
    ("f01_fr.txt", "2020-12-22", true),
    ("f02_fr.txt", "2021-07-25", true),
    ("f03_fr.txt", "2020-09-16", true),
    ("f04_fr.txt", "2022-03-27", true),
    ("f05_fr.txt", "2022-07-20", false),
    ("f06_fr.txt", "2022-02-22", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("joint_declaration_rabat", ("a01_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation_visit_rabat", ("e02_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("royal_audience_delegation", ("a01_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner"])),
    ("elal_flight_tel_aviv_rabat", ("e02_en.txt", "2020-12-22", "flight", "occurred", &[])),
    ("king_netanyahu_call", ("a02_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("govrin_arrival_rabat", ("a12_ar.txt", "2021-01", "visit", "occurred", &["David Govrin"])),
    ("cyber_memorandum", ("a03_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_first_flight_marrakesh", ("a03_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements", ("a04_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit_morocco", ("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks", ("e03_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("israel_liaison_office_opening", ("a04_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_visit_morocco", ("a05_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("defence_memorandum", ("a05_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_loudiyi_talks", ("a05_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("economic_trade_agreement", ("a06_ar.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("barbivai_visit_morocco", ("a06_ar.txt", "2022-02-21", "visit", "occurred", &["Orna Barbivai"])),
    ("ram_first_flight_tel_aviv", ("a07_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_visit_israel", ("a08_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_dinner", ("a08_ar.txt", "2022-03-27", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("negev_summit", ("a08_ar.txt", "2022-03-28", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid", "Antony Blinken"])),
    // The pages tell the talks as planned, by month (the gold's status too).
    ("kochavi_el_farouk_talks", ("a11_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi_visit_morocco", ("a11_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("joint_declaration_rabat", "a02_ar.txt"),
    ("joint_declaration_rabat", "a12_ar.txt"),
    ("joint_declaration_rabat", "e02_en.txt"),
    ("joint_declaration_rabat", "f01_fr.txt"),
    ("delegation_visit_rabat", "a01_ar.txt"),
    ("delegation_visit_rabat", "a02_ar.txt"),
    ("delegation_visit_rabat", "f01_fr.txt"),
    ("elal_flight_tel_aviv_rabat", "a01_ar.txt"),
    ("elal_flight_tel_aviv_rabat", "f01_fr.txt"),
    ("cyber_memorandum", "f02_fr.txt"),
    ("israir_first_flight_marrakesh", "a12_ar.txt"),
    ("israir_first_flight_marrakesh", "f02_fr.txt"),
    ("lapid_bourita_agreements", "a11_ar.txt"),
    ("lapid_bourita_agreements", "a12_ar.txt"),
    ("lapid_bourita_agreements", "e03_en.txt"),
    ("lapid_visit_morocco", "a11_ar.txt"),
    ("lapid_visit_morocco", "a12_ar.txt"),
    ("lapid_visit_morocco", "e03_en.txt"),
    ("lapid_bourita_talks", "a04_ar.txt"),
    ("israel_liaison_office_opening", "e03_en.txt"),
    ("gantz_visit_morocco", "e04_en.txt"),
    ("defence_memorandum", "e04_en.txt"),
    ("defence_memorandum", "f05_fr.txt"),
    ("economic_trade_agreement", "f06_fr.txt"),
    ("barbivai_visit_morocco", "f06_fr.txt"),
    ("ram_first_flight_tel_aviv", "e06_en.txt"),
    ("ram_first_flight_tel_aviv", "f06_fr.txt"),
    ("bourita_visit_israel", "e06_en.txt"),
    ("bourita_visit_israel", "f04_fr.txt"),
    ("negev_summit_dinner", "e06_en.txt"),
    ("negev_summit_dinner", "f04_fr.txt"),
    ("negev_summit", "e06_en.txt"),
    ("kochavi_el_farouk_talks", "f05_fr.txt"),
    ("kochavi_visit_morocco", "f05_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe8.md.
const KNOWN: &[Known] = &[
    Known {
        key: "king_trump_call",
        family: "the King's call with Trump names Israel only in the sentence after it ('during the call'), so the call is a Morocco-United States event by the focus rule",
        now: None,
        fixed: Some(("a01_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    },
    Known {
        key: "lapid_casablanca_synagogue",
        family: "a visit's later stop in another city ('Later on Thursday, Lapid travelled to Casablanca, where he visited …') joins the visit instead of being a row of its own",
        // The office opening of that day is of the visit's family, which these tables compare
        // (the scorer does not): today's state and the fix look alike here, and SCORES tells
        // them apart.
        now: Some(("e03_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
        fixed: Some(("e03_en.txt", "2021-08-12", "visit", "occurred", &["Yair Lapid"])),
    },
    Known {
        key: "",
        family: "the cyber memorandum signed during a visit of the cyber directorate's head gives his visit of that month, which the gold does not count",
        now: Some(("a03_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "Gantz's talks with Loudiyi told on the day of his arrival (e04) are a row of their own beside the gold's talks of the next day",
        now: Some(("e04_en.txt", "2021-11-23", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "an anniversary recap's month-only recalls ('وشهدت السنة الجارية توقيع اتفاقية … في فبراير، وتدشين … خطها المباشر … في مارس، وهو الشهر نفسه الذي شارك فيه بوريطة …') take the people of the next clauses and a year or a month, so they join no dated row",
        now: Some(("a12_ar.txt", "2022", "agreement", "occurred", &["Nasser Bourita"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "an anniversary recap's month-only recalls (the March flight takes Bourita and Kochavi from the clauses after it)",
        now: Some(("a12_ar.txt", "2022-03", "flight", "occurred", &["Nasser Bourita", "Aviv Kochavi"])),
        fixed: None,
    },
];

/// Known failures of one run only.
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). f05 states
/// none; it borrows the day of Kochavi's arrival, which its story tells by a bare weekday.
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[("f05_fr.txt", "2022-07-20", "2022-07-18", "a page with no date borrows the day of the event its bare weekday tells")];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((27, 23, 0, 4, 16), (27, 23, 0, 4, 16));

probe_support::probe_tests!();

/// The pages of the probe: every `*.txt` file of its folder.
fn pages() -> BTreeSet<String> {
    std::fs::read_dir(repo(PROBE))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".txt"))
        .collect()
}

/// The records of a CSV file of the probe, with its header.
fn records(file: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_path(repo(PROBE).join(file)).unwrap();
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(|r| r.unwrap()).collect())
}

/// Whether `date` is written as its precision says (yyyy, yyyy-mm or yyyy-mm-dd) and lies in
/// the timeline's window, 2020-2022.
fn date_fits(date: &str, precision: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let shape = match precision {
        "year" => parts.len() == 1,
        "month" => parts.len() == 2 && digits(parts[1], 2),
        "day" => parts.len() == 3 && digits(parts[1], 2) && digits(parts[2], 2),
        _ => false,
    };
    shape && digits(parts[0], 4) && ("2020"..="2022").contains(&parts[0])
}

#[test]
fn the_probe_has_24_pages_12_arabic_6_english_6_french() {
    let pages = pages();
    let count = |suffix: &str| pages.iter().filter(|p| p.ends_with(suffix)).count();
    assert_eq!((pages.len(), count("_ar.txt"), count("_en.txt"), count("_fr.txt")), (24, 12, 6, 6), "{pages:?}");
}

#[test]
fn the_gold_is_in_the_seventh_probes_format() {
    let (header, _) = records("expected.csv");
    let mut reader = csv::Reader::from_path(repo("tests/fixtures/probe7/expected.csv")).unwrap();
    assert_eq!(&header, reader.headers().unwrap());
}

#[test]
fn every_gold_event_is_well_formed_and_names_existing_pages() {
    let (header, gold) = records("expected.csv");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, required, ty, date, precision, status, files) =
        (column("event_key"), column("required"), column("event_type"), column("date"), column("date_precision"), column("status"), column("files"));
    let pages = pages();
    let mut keys = BTreeSet::new();
    for event in &gold {
        let name = &event[key];
        assert!(keys.insert(name.to_string()), "{name}: a second event of that key");
        assert!(["required", "optional"].contains(&&event[required]), "{name}: required is {:?}", &event[required]);
        assert!(["visit", "opening", "meeting", "call", "agreement", "flight", "other"].contains(&&event[ty]), "{name}: type {:?}", &event[ty]);
        assert!(["occurred", "planned"].contains(&&event[status]), "{name}: status {:?}", &event[status]);
        assert!(date_fits(&event[date], &event[precision]), "{name}: date {:?} of precision {:?}", &event[date], &event[precision]);
        assert!(!event[files].is_empty(), "{name}: no page");
        for file in event[files].split("; ") {
            assert!(pages.contains(file), "{name}: no page {file}");
            assert!(!NO_ROW.iter().any(|(page, _)| *page == file), "{name}: {file} is a page that gives no row");
        }
    }
    // About half the events are required (docs/probe8.md gives the figures).
    let required_count = gold.iter().filter(|e| &e[required] == "required").count();
    assert!(gold.len() >= 30 && 2 * required_count >= gold.len() - 4 && 2 * required_count <= gold.len() + 8, "{required_count} of {}", gold.len());
}

#[test]
fn every_evidence_is_copied_from_one_of_its_pages() {
    let (header, gold) = records("expected.csv");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, files, evidence) = (column("event_key"), column("files"), column("evidence"));
    for event in &gold {
        let quoted = &event[evidence];
        assert!(!quoted.is_empty(), "{}: no evidence", &event[key]);
        let found = event[files].split("; ").any(|file| std::fs::read_to_string(repo(PROBE).join(file)).unwrap().contains(quoted));
        assert!(found, "{}: evidence not on its pages: {quoted}", &event[key]);
    }
}

#[test]
fn every_page_is_a_source_of_the_gold_or_gives_no_row() {
    let (header, gold) = records("expected.csv");
    let files = header.iter().position(|h| h == "files").unwrap();
    let sources: BTreeSet<String> = gold.iter().flat_map(|e| e[files].split("; ").map(str::to_string).collect::<Vec<_>>()).collect();
    for page in pages() {
        let no_row = NO_ROW.iter().any(|(file, _)| *file == page);
        assert!(sources.contains(&page) != no_row, "{page}: a source of the gold {} and in NO_ROW {no_row}", sources.contains(&page));
    }
}

#[test]
fn the_manifest_names_every_page_once_with_a_day_a_month_or_nothing() {
    let (header, rows) = records("manifest.csv");
    assert_eq!(header.iter().collect::<Vec<_>>(), ["file", "published", "url", "source"]);
    let named: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let unique: BTreeSet<String> = named.iter().map(|s| s.to_string()).collect();
    assert_eq!(named.len(), unique.len(), "a page named twice");
    assert_eq!(unique, pages());
    for row in &rows {
        let published = &row[1];
        assert!(published.is_empty() || date_fits(published, "month") || date_fits(published, "day"), "{}: published {published:?}", &row[0]);
        assert!(!row[2].is_empty(), "{}: no url", &row[0]);
    }
    // The scraper quirks the probe keeps: a month-only date, and empty dates.
    assert!(rows.iter().any(|r| date_fits(&r[1], "month")));
    assert!(rows.iter().filter(|r| r[1].is_empty()).count() >= 2);
}

#[test]
fn the_publication_table_agrees_with_the_manifest_and_covers_every_page() {
    let (_, rows) = records("manifest.csv");
    let listed: BTreeSet<String> = PUBLISHED.iter().map(|(file, _, _)| file.to_string()).collect();
    assert_eq!(listed, pages());
    for (file, day, _) in PUBLISHED {
        assert!(date_fits(day, "day"), "{file}: {day}");
        let row = rows.iter().find(|r| &r[0] == *file).unwrap();
        // The manifest's value, when it has one, is the day or its month.
        assert!(row[1].is_empty() || day.starts_with(&row[1]), "{file}: manifest {:?}, table {day}", &row[1]);
    }
}
