//! The phrase table `tests/date_phrases.tsv` (section, phrase, reference date, expected value,
//! grain) run through the resolver of `tarikh dates --ref`, row by row. Every failure is
//! listed with its section before the test fails, so one run shows the whole picture.

use std::collections::HashSet;

use chrono::NaiveDate;
use tarikh::cli::dates::phrases;
use tarikh::data::Lexicons;

struct Row {
    line: usize,
    section: String,
    phrase: String,
    reference: NaiveDate,
    value: String,
    grain: String,
}

fn rows() -> Vec<Row> {
    let text = include_str!("date_phrases.tsv");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("section\t") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "line {}: expected 5 tab-separated fields: {line:?}", i + 1);
        out.push(Row {
            line: i + 1,
            section: f[0].into(),
            phrase: f[1].into(),
            reference: NaiveDate::parse_from_str(f[2], "%Y-%m-%d").unwrap_or_else(|_| panic!("line {}: bad reference {:?}", i + 1, f[2])),
            value: f[3].into(),
            grain: f[4].into(),
        });
    }
    out
}

#[test]
fn phrase_table_is_large_and_unique() {
    let rows = rows();
    assert!(rows.len() >= 1200, "only {} phrases", rows.len());
    let mut seen = HashSet::new();
    for r in &rows {
        assert!(seen.insert((r.phrase.clone(), r.reference)), "line {}: duplicate phrase {:?}", r.line, r.phrase);
    }
}

#[test]
fn phrase_table() {
    let lex = Lexicons::builtin();
    let mut failures = Vec::new();
    let rows = rows();
    for r in &rows {
        let mut out = Vec::new();
        phrases(r.phrase.as_bytes(), r.reference, &lex.dates, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let f: Vec<&str> = out.trim_end_matches('\n').split('\t').collect();
        let (value, grain) = (f.get(1).copied().unwrap_or(""), f.get(2).copied().unwrap_or(""));
        if value != r.value || grain != r.grain {
            failures.push(format!(
                "line {} [{}] {:?} @{}: expected {:?} {:?}, got {:?} {:?}",
                r.line, r.section, r.phrase, r.reference, r.value, r.grain, value, grain
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} phrases wrong:\n{}", failures.len(), rows.len(), failures.join("\n"));
}
