//! `tarikh dates corpus/*.txt` against the hand annotations of the seed articles
//! (`tests/gold/dates.csv`, `tests/gold/documents.csv`, copies of `shared/gold`), scored as
//! `shared/tools/score_dates_seeds.py` does, plus a golden snapshot of the whole output
//! (`tests/golden/dates.csv`; regenerate with `TARIKH_BLESS=1 cargo test --test dates_gold`).

use std::path::Path;
use std::process::Command;

fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn read(path: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records().map(|rec| headers.iter().zip(rec.unwrap().iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}

fn run_dates() -> String {
    let mut files: Vec<_> = std::fs::read_dir("corpus").unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh")).arg("dates").args(&files).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seeds_reproduce_the_gold_dates() {
    let output = run_dates();
    let tmp = std::env::temp_dir().join(format!("tarikh-dates-{}.csv", std::process::id()));
    std::fs::write(&tmp, &output).unwrap();
    let pred = read(tmp.to_str().unwrap());
    std::fs::remove_file(&tmp).ok();
    let mut missed = Vec::new();
    for g in read("tests/gold/dates.csv") {
        let ge = squash(&g["expression"].replace("...", ""));
        let ok = pred.iter().any(|p| {
            let pe = squash(&p["expression"]);
            p["kind"] == "date" && p["file"] == g["file"] && !pe.is_empty() && (ge.contains(&pe) || pe.contains(&ge)) && p["value"] == g["value"] && p["grain"] == g["precision"]
        });
        if !ok {
            missed.push(format!("{} {} = {} ({})", g["file"], g["expression"], g["value"], g["precision"]));
        }
    }
    for d in read("tests/gold/documents.csv") {
        let p = pred.iter().find(|p| p["kind"] == "published" && p["file"] == d["file"]).expect("a published row per file");
        // The gold names the basis family; the output adds how an inferred date was found
        // (`inferred:current-month`).
        let family = p["basis"].split(':').next().unwrap_or_default();
        if p["value"] != d["published"] || family != d["published_basis"] {
            missed.push(format!("published {}: gold {} ({}), got {} ({})", d["file"], d["published"], d["published_basis"], p["value"], p["basis"]));
        }
    }
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}

/// 003 dates the signing "أمس" and states no date; 002 dates that signing to Wednesday 24
/// November 2021, so 003 was written on the 25th. Without 002, 003 has no anchor.
#[test]
fn issue_3_publication_date_borrowed_from_another_article() {
    let alone = Command::new(env!("CARGO_BIN_EXE_tarikh")).args(["dates", "corpus/003_55425f2f31b4ad18.txt"]).output().unwrap();
    let alone = String::from_utf8(alone.stdout).unwrap();
    assert!(alone.contains("003_55425f2f31b4ad18.txt,published,,,,,,,,unknown"), "{alone}");
    let with_002 = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .args(["dates", "corpus/002_1a01adbb7a14317b.txt", "corpus/003_55425f2f31b4ad18.txt"])
        .output()
        .unwrap();
    let with_002 = String::from_utf8(with_002.stdout).unwrap();
    assert!(with_002.contains("003_55425f2f31b4ad18.txt,published,,,,,2021-11-25,day,,inferred:borrowed"), "{with_002}");
}

#[test]
fn no_date_in_boilerplate_lines() {
    // Lines the boilerplate rules set aside in the seeds (JavaScript notice, © line, widgets).
    let output = run_dates();
    let pred: Vec<Vec<String>> = csv::Reader::from_reader(output.as_bytes()).records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    let lex = tarikh::data::Lexicons::builtin();
    for path in std::fs::read_dir("corpus").unwrap().map(|e| e.unwrap().path()) {
        let article = tarikh::corpus::read_article(Path::new("corpus"), &path).unwrap();
        let doc = tarikh::text::Document::new(article, &lex);
        for row in pred.iter().filter(|r| r[0] == doc.article.name && r[1] == "date") {
            let line: usize = row[2].parse().unwrap();
            assert!(!doc.boilerplate.iter().any(|b| b.0 == line), "{}:{line}: date {:?} in boilerplate", row[0], row[5]);
        }
    }
}

#[test]
fn golden_output() {
    let output = run_dates();
    let path = Path::new("tests/golden/dates.csv");
    if std::env::var_os("TARIKH_BLESS").is_some() {
        std::fs::write(path, &output).unwrap();
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(expected == output, "output differs from tests/golden/dates.csv\n--- expected\n{expected}\n--- got\n{output}");
}
