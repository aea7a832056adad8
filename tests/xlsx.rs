//! `extract --format xlsx` (issue 16, item 3): the workbook read back with calamine is the CSV
//! cell for cell, every cell text (no date numbers), the header frozen and filterable, the
//! Arabic evidence right-to-left and wrapped, sources linked when the manifest has their url,
//! one row per mention, the corrections and what they did; the same bytes on every run.

mod common;

use std::io::Read;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{Workdir, stderr};

/// The seeds, a manifest giving urls for 000 and 002 (and a url that must not become a link
/// for 004), a corrections file; then the CSV, the mentions CSV and the workbook.
fn setup() -> Workdir {
    let w = Workdir::new();
    w.copy_corpus("c", &[]);
    let names: Vec<String> = std::fs::read_dir(w.join("c")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    let name = |p: &str| names.iter().find(|n| n.starts_with(p)).unwrap().clone();
    w.write(
        "c/index.csv",
        format!("file,published,url,source\n{},,https://example.org/news/000?a=1&b=2,Example\n{},,https://example.org/news/002,Example\n{},,javascript:alert(1),Bad\n", name("000"), name("002"), name("004")),
    );
    w.write("fix.csv", "event_id,action,field,value,note\ncall-2021-07-16-96a26c,set,status,planned,\"announced, not held\"\nagreement-2021-07-960154,drop,,,gone\n");
    for args in [
        &["-o", "t.csv", "--raw", "--no-bom", "--mentions", "m.csv"][..],
        &["--format", "xlsx", "-o", "t.xlsx"][..],
        &["--format", "xlsx", "-o", "again.xlsx"][..],
    ] {
        let mut all = vec!["extract", "--corpus", "c", "--corrections", "fix.csv"];
        all.extend_from_slice(args);
        let o = w.run(&all);
        assert_eq!(o.status.code(), Some(0), "{all:?}: {}", stderr(&o));
    }
    w
}

fn csv_cells(w: &Workdir, rel: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_path(w.join(rel)).unwrap();
    r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect()
}

/// A sheet as text; any cell that is not text (a number, a date) fails the test.
fn sheet_cells(w: &Workdir, sheet: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(w.join("t.xlsx")).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("{sheet}: a cell that is not text: {other:?}"),
                })
                .collect()
        })
        .collect()
}

/// A file of the workbook's zip, as text.
fn part(w: &Workdir, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(w.join("t.xlsx")).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

#[test]
fn workbook_sheets_are_the_csv_outputs_cell_for_cell() {
    let w = setup();
    let timeline = csv_cells(&w, "t.csv");
    assert!(timeline.len() > 10);
    assert_eq!(sheet_cells(&w, "timeline"), timeline);
    let mentions = csv_cells(&w, "m.csv");
    assert!(mentions.len() > timeline.len());
    assert_eq!(sheet_cells(&w, "mentions"), mentions);
    // Dates are text at their precision: a month stays a month.
    assert!(timeline.iter().any(|r| r[1] == "2021-07" && r[2] == "month"));
    // The corrections, and what each did.
    assert_eq!(
        sheet_cells(&w, "corrections"),
        [
            vec!["line", "event_id", "action", "field", "value", "note", "applied_to", "result"],
            vec!["2", "call-2021-07-16-96a26c", "set", "status", "planned", "announced, not held", "call-2021-07-16-96a26c", "applied"],
            vec!["3", "agreement-2021-07-960154", "drop", "", "", "gone", "", "no event matches agreement-2021-07-960154"],
        ]
    );
    let call = timeline.iter().find(|r| r[0] == "call-2021-07-16-96a26c").unwrap();
    assert_eq!((call[4].as_str(), call[12].as_str()), ("planned", "set:status"));
}

#[test]
fn workbook_header_is_frozen_and_filtered_and_arabic_reads_right_to_left() {
    let w = setup();
    let rows = csv_cells(&w, "t.csv").len();
    let sheet = part(&w, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), "{sheet}");
    assert!(sheet.contains(&format!(r#"<autoFilter ref="A1:M{rows}"/>"#)), "{sheet}");
    // The evidence column (L) is wide; its Arabic cells wrap and read right to left.
    assert!(sheet.contains(r#"<col min="12" max="12" width="93.7109375" customWidth="1"/>"#), "{sheet}");
    let styles = part(&w, "xl/styles.xml");
    let xfs: Vec<&str> = styles.split("<cellXfs").nth(1).unwrap().split("</cellXfs>").next().unwrap().split("<xf ").skip(1).collect();
    let evidence_styles: Vec<usize> =
        regex::Regex::new(r#"<c r="L([0-9]+)" s="([0-9]+)""#).unwrap().captures_iter(&sheet).filter(|c| &c[1] != "1").map(|c| c[2].parse().unwrap()).collect();
    assert_eq!(evidence_styles.len(), rows - 1);
    for s in evidence_styles {
        assert!(xfs[s].contains(r#"wrapText="1""#) && xfs[s].contains(r#"readingOrder="2""#), "style {s}: {}", xfs[s]);
    }
    // Every cell is text-formatted (number format 49, `@`): a date typed in stays text.
    let date_styles: Vec<usize> = regex::Regex::new(r#"<c r="B([0-9]+)" s="([0-9]+)""#).unwrap().captures_iter(&sheet).map(|c| c[2].parse().unwrap()).collect();
    assert!(date_styles.iter().all(|&s| xfs[s].contains(r#"numFmtId="49""#)), "{date_styles:?}");
}

#[test]
fn sources_are_links_when_the_manifest_has_their_url() {
    let w = setup();
    let timeline = csv_cells(&w, "t.csv");
    let single_000 = timeline.iter().filter(|r| r[10].starts_with("000_") && !r[10].contains(';')).count();
    let single_002 = timeline.iter().filter(|r| r[10].starts_with("002_") && !r[10].contains(';')).count();
    assert!(single_000 > 0 && single_002 > 0, "{single_000} {single_002}");
    let rels = part(&w, "xl/worksheets/_rels/sheet1.xml.rels");
    assert_eq!(rels.matches("https://example.org/news/000?a=1&amp;b=2").count(), single_000, "{rels}");
    assert_eq!(rels.matches("https://example.org/news/002\"").count(), single_002, "{rels}");
    assert!(!rels.contains("javascript"), "{rels}");
    // The mentions sheet links every mention of a file with a url.
    let mentions = csv_cells(&w, "m.csv");
    let linked = mentions.iter().filter(|r| r[1].starts_with("000_") || r[1].starts_with("002_")).count();
    assert!(linked > single_000 + single_002, "{linked}");
    let rels = part(&w, "xl/worksheets/_rels/sheet2.xml.rels");
    assert_eq!(rels.matches("Target=\"https://example.org/news/").count(), linked, "{rels}");
    assert!(!rels.contains("javascript"), "{rels}");
    // The link's text is the cell: the workbook still reads back as the CSV.
    assert_eq!(sheet_cells(&w, "timeline"), timeline);
}

#[test]
fn the_same_timeline_gives_the_same_bytes() {
    let w = setup();
    assert_eq!(std::fs::read(w.join("t.xlsx")).unwrap(), std::fs::read(w.join("again.xlsx")).unwrap());
}
