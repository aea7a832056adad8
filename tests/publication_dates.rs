//! Publication dates of saved pages, text alone: 281 pages written for this project in the
//! layouts of real 2020–2022 news sites (menus, banners, bylines, "most read" and related lists,
//! comment sections, share counters, footers), each read by `tarikh dates` on its own (no other
//! article to borrow a day from). `tests/fixtures/pages/expected.tsv` gives the anchor a careful
//! reader finds and its basis; an empty anchor is a page whose day cannot be known (a quoted
//! "today", a bare "منذ 3 ساعات", a yearless "ce mercredi 24 novembre"): a wrong day there
//! costs more than none.
//!
//! 60 pages (`q_s30_*`, session 30) were written before the others were read; each is read
//! right today (the last, Moroccan «يومه الأربعاء 24 نونبر», "today, Wednesday 24 November",
//! since session 31). Of the six `q_s31_*` pages, three stand a site's notice as long as a
//! paragraph (cookies, JavaScript) above the headline and the byline's date: no line the
//! boilerplate rules set aside is where the story opens; three are a weekly's "Semaine du … au
//! …", an update line whose clock carries a zone's initials in brackets, and a Hijri date a day
//! off the table with its weekday.

use std::path::Path;
use std::process::Command;

#[test]
fn saved_pages_are_dated_as_a_reader_dates_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let expected = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut pages = 0;
    for (n, line) in expected.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [file, anchor, basis] = cells[..] else { panic!("expected.tsv:{}: three cells wanted: {line}", n + 1) };
        let out = Command::new(env!("CARGO_BIN_EXE_tarikh")).arg("dates").arg("--no-bom").arg(dir.join(file)).output().unwrap();
        assert!(out.status.success(), "{file}: {}", String::from_utf8_lossy(&out.stderr));
        let csv = String::from_utf8(out.stdout).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let got = reader
            .records()
            .map(|r| r.unwrap())
            .find(|r| r.get(2) == Some("published"))
            .map(|r| (r.get(7).unwrap_or("").to_string(), r.get(10).unwrap_or("").to_string()))
            .unwrap_or_default();
        if (got.0.as_str(), got.1.as_str()) != (anchor, basis) {
            failures.push(format!("{file}: want {anchor} {basis}, got {} {}", got.0, got.1));
        }
        pages += 1;
    }
    assert_eq!(pages, 281, "pages read");
    assert!(failures.is_empty(), "{} of {pages} pages:\n{}", failures.len(), failures.join("\n"));
}
