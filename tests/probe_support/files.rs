//! The checks of a probe's own files that need no run of tarikh (the seventh probe's and the
//! later ones'): its pages, its gold's format and events, their evidence, its manifest and its
//! table of publication days. Used through `probe_file_tests!`.

use crate::common::repo;
use std::collections::BTreeSet;

/// The pages of the probe: every `*.txt` file of its folder.
pub fn pages(dir: &str) -> BTreeSet<String> {
    std::fs::read_dir(repo(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".txt"))
        .collect()
}

/// The records of a CSV file of the probe, with its header.
pub fn records(dir: &str, file: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_path(repo(dir).join(file)).unwrap();
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(|r| r.unwrap()).collect())
}

/// Whether `date` is written as its precision says (yyyy, yyyy-mm or yyyy-mm-dd) and lies in
/// the timeline's window, 2020-2022.
pub fn date_fits(date: &str, precision: &str) -> bool {
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

/// 24 pages: 12 Arabic, 6 English, 6 French.
pub fn has_24_pages_12_arabic_6_english_6_french(dir: &str) {
    let pages = pages(dir);
    let count = |suffix: &str| pages.iter().filter(|p| p.ends_with(suffix)).count();
    assert_eq!((pages.len(), count("_ar.txt"), count("_en.txt"), count("_fr.txt")), (24, 12, 6, 6), "{pages:?}");
}

/// The gold's columns are those of `reference`'s gold.
pub fn gold_is_in_the_format_of(dir: &str, reference: &str) {
    let (header, _) = records(dir, "expected.csv");
    let mut reader = csv::Reader::from_path(repo(reference).join("expected.csv")).unwrap();
    assert_eq!(&header, reader.headers().unwrap());
}

/// Every gold event is well formed (a unique key, known values, a date within its precision and
/// the window) and names existing pages, none of `no_row`; about half are required.
pub fn every_gold_event_is_well_formed_and_names_existing_pages(dir: &str, no_row: &[(&str, &str)]) {
    let (header, gold) = records(dir, "expected.csv");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, required, ty, date, precision, status, files) =
        (column("event_key"), column("required"), column("event_type"), column("date"), column("date_precision"), column("status"), column("files"));
    let pages = pages(dir);
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
            assert!(!no_row.iter().any(|(page, _)| *page == file), "{name}: {file} is a page that gives no row");
        }
    }
    // About half the events are required (the probe's document gives the figures).
    let required_count = gold.iter().filter(|e| &e[required] == "required").count();
    assert!(gold.len() >= 30 && 2 * required_count >= gold.len() - 4 && 2 * required_count <= gold.len() + 8, "{required_count} of {}", gold.len());
}

/// Every event's evidence is copied from one of its pages.
pub fn every_evidence_is_copied_from_one_of_its_pages(dir: &str) {
    let (header, gold) = records(dir, "expected.csv");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (key, files, evidence) = (column("event_key"), column("files"), column("evidence"));
    for event in &gold {
        let quoted = &event[evidence];
        assert!(!quoted.is_empty(), "{}: no evidence", &event[key]);
        let found = event[files].split("; ").any(|file| std::fs::read_to_string(repo(dir).join(file)).unwrap().contains(quoted));
        assert!(found, "{}: evidence not on its pages: {quoted}", &event[key]);
    }
}

/// Every page is a source of the gold or one of `no_row`, not both.
pub fn every_page_is_a_source_of_the_gold_or_gives_no_row(dir: &str, no_row: &[(&str, &str)]) {
    let (header, gold) = records(dir, "expected.csv");
    let files = header.iter().position(|h| h == "files").unwrap();
    let sources: BTreeSet<String> = gold.iter().flat_map(|e| e[files].split("; ").map(str::to_string).collect::<Vec<_>>()).collect();
    for page in pages(dir) {
        let listed_no_row = no_row.iter().any(|(file, _)| *file == page);
        assert!(sources.contains(&page) != listed_no_row, "{page}: a source of the gold {} and in NO_ROW {listed_no_row}", sources.contains(&page));
    }
}

/// The manifest names every page once, with a published value a scraper could give.
pub fn the_manifest_names_every_page_once_with_a_day_a_month_or_nothing(dir: &str) {
    let (header, rows) = records(dir, "manifest.csv");
    assert_eq!(header.iter().collect::<Vec<_>>(), ["file", "published", "url", "source"]);
    let named: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let unique: BTreeSet<String> = named.iter().map(|s| s.to_string()).collect();
    assert_eq!(named.len(), unique.len(), "a page named twice");
    assert_eq!(unique, pages(dir));
    for row in &rows {
        let published = &row[1];
        assert!(published.is_empty() || date_fits(published, "month") || date_fits(published, "day"), "{}: published {published:?}", &row[0]);
        assert!(!row[2].is_empty(), "{}: no url", &row[0]);
    }
    // The scraper quirks the probe keeps: a month-only date, and empty dates.
    assert!(rows.iter().any(|r| date_fits(&r[1], "month")));
    assert!(rows.iter().filter(|r| r[1].is_empty()).count() >= 2);
}

/// The publication table covers every page with a day, the manifest's or within its month.
pub fn the_publication_table_agrees_with_the_manifest_and_covers_every_page(dir: &str, published: &[(&str, &str, bool)]) {
    let (_, rows) = records(dir, "manifest.csv");
    let listed: BTreeSet<String> = published.iter().map(|(file, _, _)| file.to_string()).collect();
    assert_eq!(listed, pages(dir));
    for (file, day, _) in published {
        assert!(date_fits(day, "day"), "{file}: {day}");
        let row = rows.iter().find(|r| &r[0] == *file).unwrap();
        // The manifest's value, when it has one, is the day or its month.
        assert!(row[1].is_empty() || day.starts_with(&row[1]), "{file}: manifest {:?}, table {day}", &row[1]);
    }
}

/// The tests of a probe's own files, for a probe file that declares `PROBE`, `NO_ROW` and
/// `PUBLISHED`: `$reference` is the probe whose gold format this one's follows.
#[allow(unused_macros)]
macro_rules! probe_file_tests {
    ($reference:expr) => {
        #[test]
        fn the_probe_has_24_pages_12_arabic_6_english_6_french() {
            probe_support::files::has_24_pages_12_arabic_6_english_6_french(PROBE);
        }

        #[test]
        fn the_gold_is_in_the_format_of_the_probe_before() {
            probe_support::files::gold_is_in_the_format_of(PROBE, $reference);
        }

        #[test]
        fn every_gold_event_is_well_formed_and_names_existing_pages() {
            probe_support::files::every_gold_event_is_well_formed_and_names_existing_pages(PROBE, NO_ROW);
        }

        #[test]
        fn every_evidence_is_copied_from_one_of_its_pages() {
            probe_support::files::every_evidence_is_copied_from_one_of_its_pages(PROBE);
        }

        #[test]
        fn every_page_is_a_source_of_the_gold_or_gives_no_row() {
            probe_support::files::every_page_is_a_source_of_the_gold_or_gives_no_row(PROBE, NO_ROW);
        }

        #[test]
        fn the_manifest_names_every_page_once_with_a_day_a_month_or_nothing() {
            probe_support::files::the_manifest_names_every_page_once_with_a_day_a_month_or_nothing(PROBE);
        }

        #[test]
        fn the_publication_table_agrees_with_the_manifest_and_covers_every_page() {
            probe_support::files::the_publication_table_agrees_with_the_manifest_and_covers_every_page(PROBE, PUBLISHED);
        }
    };
}
#[allow(unused_imports)]
pub(crate) use probe_file_tests;
