//! The phrase tables `tests/date_phrases.tsv` (Arabic), `date_phrases_en.tsv` and
//! `date_phrases_fr.tsv`, with `date_phrases_unseen.tsv`, `date_phrases_unseen2.tsv`, `date_phrases_unseen3.tsv`, `date_phrases_unseen4.tsv`, `date_phrases_unseen5.tsv`, `date_phrases_unseen6.tsv`, `date_phrases_unseen7.tsv`, `date_phrases_unseen8.tsv`, `date_phrases_unseen9.tsv`, `date_phrases_unseen10.tsv` `date_phrases_unseen11.tsv`, `date_phrases_unseen12.tsv`, `date_phrases_unseen13.tsv`, `date_phrases_unseen14.tsv`, `date_phrases_unseen15.tsv` and `date_phrases_unseen16.tsv` of every language (section, phrase, reference date, expected value, grain) run through the
//! resolver of `tarikh dates --ref`, row by row. Every failure is
//! listed with its section before the test fails, so one run shows the whole picture.

use std::collections::HashSet;

use tarikh::cli::dates::{Reference, phrases_at};
use tarikh::data::Lexicons;

struct Row {
    line: usize,
    section: String,
    phrase: String,
    reference: Reference,
    value: String,
    grain: String,
}

/// The tables: (name, text, minimum number of rows).
const TABLES: &[(&str, &str, usize)] = &[
    ("date_phrases.tsv", include_str!("date_phrases.tsv"), 4458),
    ("date_phrases_en.tsv", include_str!("date_phrases_en.tsv"), 1482),
    ("date_phrases_fr.tsv", include_str!("date_phrases_fr.tsv"), 1507),
    // Session 25: phrases of all three languages written before reading the date lexicons.
    ("date_phrases_unseen.tsv", include_str!("date_phrases_unseen.tsv"), 600),
    // Session 26: anniversaries and exact counts, shared years, days in words, weeks and halves.
    ("date_phrases_unseen2.tsv", include_str!("date_phrases_unseen2.tsv"), 174),
    // Session 27: spans, parts and formats, quarters and fiscal years, Hebrew feasts, wire datelines alone.
    ("date_phrases_unseen3.tsv", include_str!("date_phrases_unseen3.tsv"), 292),
    // Session 28: counted offsets, days in words, nights, possessive days, formats, decades.
    ("date_phrases_unseen4.tsv", include_str!("date_phrases_unseen4.tsv"), 280),
    // Session 29: Maghrebi and Gulf directions, Hijri feasts, years in words, ranges, "since", weekdays counted by weeks.
    ("date_phrases_unseen5.tsv", include_str!("date_phrases_unseen5.tsv"), 243),
    // Session 30: ordinal days, days and months in pairs across a month's end, "the same year", counts back told to the day of writing, the first of a Hijri month.
    ("date_phrases_unseen6.tsv", include_str!("date_phrases_unseen6.tsv"), 215),
    // Session 31: positions in a month, the first or last months of a year, weeks told by both ends, «يومه», Hijri dates a day off the table.
    ("date_phrases_unseen7.tsv", include_str!("date_phrases_unseen7.tsv"), 203),
    // Session 32: Maghrebi quarters, quarters by direction, Hijri feasts with a Hijri year, eves, spans between parts of months, weeks on.
    ("date_phrases_unseen8.tsv", include_str!("date_phrases_unseen8.tsv"), 250),
    // Session 33: anchored expressions, Hijri months and years in English and French, shares of months, winters across two years.
    ("date_phrases_unseen9.tsv", include_str!("date_phrases_unseen9.tsv"), 227),
    // Session 34: ranges across months, weekends, ordinal words, times of day on relative days, counts from a written date, what is no date.
    ("date_phrases_unseen10.tsv", include_str!("date_phrases_unseen10.tsv"), 277),
    // Session 35: Hijri–Gregorian pairs, lists of days, halves of years, eves and morrows of feasts, Hebrew feasts and the Mimouna, streets named after days, dialects, what is no date.
    ("date_phrases_unseen11.tsv", include_str!("date_phrases_unseen11.tsv"), 244),
    // Session 36: captions and times with zones, weekdays before their days or a relative week, deadlines, vague days, the four Arabic registers, abbreviations, what is no date.
    ("date_phrases_unseen12.tsv", include_str!("date_phrases_unseen12.tsv"), 220),
    // Session 37: weekends and the edges of today, nights across two days, days counted in the four registers, Hijri and Amazigh lines, numeric dates and bylines, quarters, counts after a dated act, anniversaries of a written date, the new year, what is no date.
    ("date_phrases_unseen13.tsv", include_str!("date_phrases_unseen13.tsv"), 240),
    // Session 38: weekends read on a weekday, midweek, fortnights, the edges of recent days, eves, the new year, deadlines, seasons, school years, Ramadan and the Eids with a direction, Hijri and Hebrew beside the Gregorian, captions, ordinals in words, numeric dates, what is no date.
    ("date_phrases_unseen14.tsv", include_str!("date_phrases_unseen14.tsv"), 190),
    // Session 39: the new year as a period, midweek, weekends, vague days, anniversaries "a year ago today", counts to the day after a written date, parts of months in four registers, weeks of counted months, dialect weeks and days, ranges across months, nights, times with zones, Hebrew and Hijri beside the Gregorian, two-digit years, what is no date.
    ("date_phrases_unseen15.tsv", include_str!("date_phrases_unseen15.tsv"), 225),
    // Session 40: the eve of the new year, anniversaries with the act named before the date, dotted dates with two-digit years, vague days, weekends read on a Tuesday, evenings and nights, the days around today in four registers, deadlines within a week, Hijri dates with the Gregorian in parentheses, headline short forms, ranges, parts of months, national days, what is no date.
    ("date_phrases_unseen16.tsv", include_str!("date_phrases_unseen16.tsv"), 200),
];

fn rows(text: &str) -> Vec<Row> {
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
            // A reference with a time (2021-08-10T14:30) is for "الآن" and counted times.
            reference: Reference::parse(f[2]).unwrap_or_else(|_| panic!("line {}: bad reference {:?}", i + 1, f[2])),
            value: f[3].into(),
            grain: f[4].into(),
        });
    }
    out
}

#[test]
fn phrase_table_is_large_and_unique() {
    for &(name, text, min) in TABLES {
        let rows = rows(text);
        assert!(rows.len() >= min, "{name}: only {} phrases", rows.len());
        let mut seen = HashSet::new();
        for r in &rows {
            assert!(seen.insert((r.phrase.clone(), (r.reference.day, r.reference.time))), "{name}:{}: duplicate phrase {:?}", r.line, r.phrase);
        }
    }
}

#[test]
fn phrase_table() {
    check_table(TABLES[0]);
}

#[test]
fn phrase_table_en() {
    check_table(TABLES[1]);
}

#[test]
fn phrase_table_fr() {
    check_table(TABLES[2]);
}

#[test]
fn phrase_table_unseen() {
    check_table(TABLES[3]);
}

#[test]
fn phrase_table_unseen2() {
    check_table(TABLES[4]);
}

#[test]
fn phrase_table_unseen3() {
    check_table(TABLES[5]);
}

#[test]
fn phrase_table_unseen4() {
    check_table(TABLES[6]);
}

#[test]
fn phrase_table_unseen5() {
    check_table(TABLES[7]);
}

#[test]
fn phrase_table_unseen6() {
    check_table(TABLES[8]);
}

#[test]
fn phrase_table_unseen7() {
    check_table(TABLES[9]);
}

#[test]
fn phrase_table_unseen8() {
    check_table(TABLES[10]);
}

#[test]
fn phrase_table_unseen9() {
    check_table(TABLES[11]);
}

#[test]
fn phrase_table_unseen10() {
    check_table(TABLES[12]);
}

#[test]
fn phrase_table_unseen11() {
    check_table(TABLES[13]);
}

#[test]
fn phrase_table_unseen12() {
    check_table(TABLES[14]);
}

#[test]
fn phrase_table_unseen13() {
    check_table(TABLES[15]);
}

#[test]
fn phrase_table_unseen14() {
    check_table(TABLES[16]);
}

#[test]
fn phrase_table_unseen15() {
    check_table(TABLES[17]);
}

fn check_table((name, text, _): (&str, &str, usize)) {
    let lex = Lexicons::builtin();
    let mut failures = Vec::new();
    let rows = rows(text);
    for r in &rows {
        let mut out = Vec::new();
        phrases_at(r.phrase.as_bytes(), r.reference, &lex.dates, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let f: Vec<&str> = out.trim_end_matches('\n').split('\t').collect();
        let (value, grain) = (f.get(1).copied().unwrap_or(""), f.get(2).copied().unwrap_or(""));
        if value != r.value || grain != r.grain {
            failures.push(format!(
                "{name}:{} [{}] {:?} @{}: expected {:?} {:?}, got {:?} {:?}",
                r.line, r.section, r.phrase, r.reference.day, r.value, r.grain, value, grain
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} phrases wrong:\n{}", failures.len(), rows.len(), failures.join("\n"));
}
