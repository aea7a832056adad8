//! A real spreadsheet in the test suite (issue 16, item 4): headless LibreOffice opens the
//! seed timeline as a workbook (`--format xlsx`) and as CSV, saves each as CSV again, and every
//! id, date, precision and Arabic evidence cell must come back exactly as tarikh wrote it.
//!
//! LibreOffice is a large install: where `soffice` is missing the test says so and passes,
//! unless `TARIKH_REQUIRE_LIBREOFFICE=1` (set by `.ci/run`, which installs it) makes it fail.
//! With `pdftoppm` (poppler-utils) it also saves the workbook as PDF and its first page as
//! `target/libreoffice/timeline-xlsx.png`; `SCREENSHOTS=docs` copies that to `docs/`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Workdir, repo, stderr};

/// The CSV export LibreOffice writes: comma, double quote, UTF-8 (76), from the first line;
/// cells as shown; text quoted only when needed.
const CSV_EXPORT: &str = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false";

/// The CSV import an analyst chooses for tarikh's CSV: UTF-8, and every one of the 13 columns
/// as text (format 2), so that no date is converted.
fn csv_import() -> String {
    let columns: Vec<String> = (1..=13).map(|c| format!("{c}/2")).collect();
    format!("CSV:44,34,76,1,{}", columns.join("/"))
}

fn find(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(program)).find(|p| p.is_file()))
}

/// Run `cmd`, killing it after `limit` (a stuck office process must not hang the suite).
fn run_bounded(mut cmd: Command, limit: Duration) -> std::process::Output {
    let mut child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().ok();
            panic!("{cmd:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

/// `soffice --headless --convert-to TO` of `file` into `outdir`, with a profile of its own in
/// the work folder (so that a running LibreOffice or a parallel test is not disturbed).
fn convert(soffice: &Path, w: &Workdir, file: &str, to: &str, infilter: Option<&str>, outdir: &str) {
    let mut cmd = Command::new(soffice);
    cmd.current_dir(w.path()).env("HOME", w.path()).arg("--headless").arg("--norestore").arg(format!("-env:UserInstallation=file://{}/profile", w.path().display()));
    if let Some(f) = infilter {
        cmd.arg(format!("--infilter={f}"));
    }
    cmd.args(["--convert-to", to, "--outdir", outdir, file]);
    let o = run_bounded(cmd, Duration::from_secs(300));
    assert!(o.status.success(), "soffice {file} → {to}: {}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = String::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect()
}

/// The cells a spreadsheet must not change: id, date, precision, evidence (Arabic here), and
/// every other cell too.
fn compare(what: &str, written: &[Vec<String>], back: &[Vec<String>]) -> (usize, usize) {
    assert_eq!(written.len(), back.len(), "{what}: rows");
    let (mut dates, mut arabic) = (0, 0);
    for (w, b) in written.iter().zip(back) {
        for (c, name) in [(0, "event_id"), (1, "date"), (2, "date_precision"), (11, "evidence")] {
            assert_eq!(w.get(c), b.get(c), "{what}: {name} of {}", w[0]);
        }
        // LibreOffice leaves out empty cells at the end of a row.
        let trimmed = |r: &[String]| r.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
        assert_eq!(&w[..trimmed(w)], &b[..trimmed(b)], "{what}: row {}", w[0]);
        dates += usize::from(!w[1].is_empty() && w[1] != "date");
        arabic += usize::from(w[11].chars().any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch)));
    }
    (dates, arabic)
}

#[test]
fn issue_16_libreoffice_reads_back_every_date_id_and_arabic_evidence() {
    let required = std::env::var("TARIKH_REQUIRE_LIBREOFFICE").is_ok_and(|v| v == "1");
    let Some(soffice) = find("soffice").or_else(|| find("libreoffice")) else {
        assert!(!required, "TARIKH_REQUIRE_LIBREOFFICE=1 but soffice is not installed (apt-get install --no-install-recommends libreoffice-calc-nogui)");
        eprintln!("skipped: soffice (LibreOffice) is not installed; `apt-get install --no-install-recommends libreoffice-calc-nogui` runs this test (.ci/run does)");
        return;
    };
    let w = Workdir::new();
    let corpus = repo("corpus");
    for (format, out) in [("csv", "timeline.csv"), ("xlsx", "timeline.xlsx")] {
        let o = w.run(&["extract", "-q", "--corpus", corpus.to_str().unwrap(), "--format", format, "-o", out]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // What the workbook holds is the CSV's cells without the formula guard.
    let o = w.run(&["extract", "-q", "--corpus", corpus.to_str().unwrap(), "--raw", "-o", "raw.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));

    convert(&soffice, &w, "timeline.xlsx", CSV_EXPORT, None, "from-xlsx");
    let (dates, arabic) = compare("xlsx", &csv_rows(&w.join("raw.csv")), &csv_rows(&w.join("from-xlsx/timeline.csv")));
    assert!(dates >= 10 && arabic >= 10, "{dates} dates, {arabic} Arabic evidence cells checked");

    convert(&soffice, &w, "timeline.csv", CSV_EXPORT, Some(&csv_import()), "from-csv");
    compare("csv", &csv_rows(&w.join("timeline.csv")), &csv_rows(&w.join("from-csv/timeline.csv")));

    // The workbook as a reader sees it: PDF, first page as a picture.
    let Some(pdftoppm) = find("pdftoppm") else {
        assert!(!required, "TARIKH_REQUIRE_LIBREOFFICE=1 but pdftoppm is not installed (apt-get install poppler-utils)");
        eprintln!("no screenshot: pdftoppm (poppler-utils) is not installed");
        return;
    };
    convert(&soffice, &w, "timeline.xlsx", "pdf", None, "pdf");
    let shots = repo("target/libreoffice");
    std::fs::create_dir_all(&shots).unwrap();
    let o = run_bounded(
        {
            let mut c = Command::new(pdftoppm);
            // 300 dpi, the top of the first A4 landscape page, where the seed rows are.
            c.args(["-png", "-r", "300", "-f", "1", "-l", "1", "-x", "200", "-y", "220", "-W", "3110", "-H", "560", "-singlefile"]).arg(w.join("pdf/timeline.pdf")).arg(shots.join("timeline-xlsx"));
            c
        },
        Duration::from_secs(120),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = shots.join("timeline-xlsx.png");
    assert!(std::fs::metadata(&png).unwrap().len() > 10_000, "{} is too small to show the sheet", png.display());
    if std::env::var("SCREENSHOTS").is_ok_and(|v| v == "docs") {
        std::fs::copy(&png, repo("docs/timeline-xlsx.png")).unwrap();
    }
}
