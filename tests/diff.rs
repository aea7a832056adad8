//! `tarikh diff` end to end: the seed corpus split into a first batch (000, 002, 004) and all
//! five articles, as a user adding articles in a second week would see it; diff of a timeline
//! with itself; the three output forms and exit codes; files that are not timelines; and the
//! properties `diff(a, a)` is empty and swapping the arguments swaps added and removed.

mod common;

use std::collections::BTreeSet;

use common::{Workdir, stderr};
use proptest::prelude::*;
use serde_json::Value;
use tarikh::dates::DateValue;
use tarikh::diff::{diff, pair};
use tarikh::events::EventType;
use tarikh::merge::Status;
use tarikh::timeline::{Row, read_timeline};

const FIRST_BATCH: [&str; 3] = ["000", "002", "004"];
/// The articles of the second week.
const NEW_ARTICLES: [&str; 2] = ["001_", "003_"];

/// Extract the timeline of `files` (all when empty) into `out`.
fn extract(w: &Workdir, corpus: &str, files: &[&str], out: &str, extra: &[&str]) {
    w.copy_corpus(corpus, files);
    let mut args = vec!["extract", "--corpus", corpus, "-o", out, "--quiet"];
    args.extend_from_slice(extra);
    let o = w.run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// The two weeks' timelines: `old.csv` (000, 002, 004) and `new.csv` (all five).
fn two_weeks(extra: &[&str]) -> Workdir {
    let w = Workdir::new();
    extract(&w, "week1", &FIRST_BATCH, "old.csv", extra);
    extract(&w, "week2", &[], "new.csv", extra);
    w
}

fn run_ok(w: &Workdir, args: &[&str]) -> String {
    let o = w.run(args);
    assert!(o.status.code() == Some(0), "{args:?}: exit {:?}\n{}", o.status.code(), stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

fn from_new_article(sources: &Value) -> bool {
    sources.as_array().unwrap().iter().any(|s| NEW_ARTICLES.iter().any(|a| s.as_str().unwrap().starts_with(a)))
}

fn people(v: &Value) -> Vec<&str> {
    v["people"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect()
}

#[test]
fn second_week_articles_with_undated_events() {
    // With --undated the first week already lists the cyber agreement (000 names the signers
    // but not the month); 001 dates it to July 2021, so its id changes and only the matching
    // rule can tell it is the same event.
    let w = two_weeks(&["--undated"]);
    let text = run_ok(&w, &["diff", "old.csv", "new.csv"]);
    let json: Value = serde_json::from_str(&run_ok(&w, &["diff", "old.csv", "new.csv", "--format", "json"])).unwrap();
    let new = read_timeline(&w.join("new.csv")).unwrap();

    // The cyber agreement: changed, dated, 001 gained; not an addition and a removal.
    let cyber = json["changed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["event_type"] == "agreement" && c["date"] == "2021-07")
        .unwrap_or_else(|| panic!("cyber agreement not reported as changed:\n{text}"));
    assert!(cyber["title"].as_str().unwrap().contains("Yigal Unna"), "{text}");
    assert_eq!(cyber["fields"]["date"]["old"], Value::Null, "{text}");
    assert_eq!(cyber["fields"]["date"]["new"], "2021-07", "{text}");
    assert_eq!(cyber["fields"]["sources"]["gained"], serde_json::json!(["001_d8fdd28f253dd725.txt"]), "{text}");
    for side in ["added", "removed"] {
        assert!(!json[side].as_array().unwrap().iter().any(|r| people(r).contains(&"Yigal Unna")), "cyber agreement {side}:\n{text}");
    }

    // Nothing removed: new articles only add events or sources.
    assert_eq!(json["removed"].as_array().unwrap().len(), 0, "{text}");
    // Every added event comes from a new article; every changed one gained a new article.
    for r in json["added"].as_array().unwrap() {
        assert!(from_new_article(&r["sources"]), "added event without a new source: {}\n{text}", r["event_id"]);
    }
    let changed = json["changed"].as_array().unwrap();
    for c in changed {
        assert!(from_new_article(&c["fields"]["sources"]["gained"]), "change not explained by a new article: {}\n{text}", c["event_id"]);
        // Nothing was lost: a new article only brings things.
        for (name, change) in c["fields"].as_object().unwrap() {
            if let Some(lost) = change.get("lost") {
                assert_eq!(lost.as_array().unwrap().len(), 0, "{} lost {name}\n{text}", c["event_id"]);
            }
        }
    }
    // Every event of 001 and 003 is in the report, as added or as a source gained.
    let reported: BTreeSet<&str> = json["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["event_id"].as_str().unwrap())
        .chain(changed.iter().map(|c| c["event_id"].as_str().unwrap()))
        .collect();
    for r in &new {
        if r.sources.iter().any(|s| NEW_ARTICLES.iter().any(|a| s.starts_with(a))) {
            assert!(reported.contains(r.event_id.as_str()), "{} (from a new article) not reported\n{text}", r.event_id);
        }
    }
    assert!(text.starts_with(&format!("{} added, 0 removed, {} changed\n", json["added"].as_array().unwrap().len(), changed.len())), "{text}");
    assert!(text.contains("  date: dated 2021-07 (month), was undated\n"), "{text}");
}

#[test]
fn second_week_articles_dated_events_only() {
    // Without --undated the first week's timeline leaves the undated cyber agreement out: it
    // is new to the timeline, hence added. Nothing is removed and the rest is as above.
    let w = two_weeks(&[]);
    let json: Value = serde_json::from_str(&run_ok(&w, &["diff", "old.csv", "new.csv", "--format", "json"])).unwrap();
    let text = run_ok(&w, &["diff", "old.csv", "new.csv"]);
    let added = json["added"].as_array().unwrap();
    assert!(added.iter().any(|r| r["date"] == "2021-07" && people(r).contains(&"Yigal Unna")), "{text}");
    assert_eq!(json["removed"].as_array().unwrap().len(), 0, "{text}");
    for c in json["changed"].as_array().unwrap() {
        assert!(from_new_article(&c["fields"]["sources"]["gained"]), "{text}");
    }
}

#[test]
fn ids_of_events_the_new_articles_do_not_touch_are_stable() {
    for extra in [&[][..], &["--undated"][..]] {
        let w = two_weeks(extra);
        let old = read_timeline(&w.join("old.csv")).unwrap();
        let new = read_timeline(&w.join("new.csv")).unwrap();
        let touched = |r: &Row| r.sources.iter().any(|s| NEW_ARTICLES.iter().any(|a| s.starts_with(a)));
        for r in new.iter().filter(|r| !touched(r)) {
            let before = old.iter().find(|o| o.event_id == r.event_id);
            assert_eq!(before, Some(r), "{extra:?}: untouched event {} changed id or content", r.event_id);
        }
        // And every first-week event keeps its id unless a new article touched it.
        let pairs = pair(&old, &new);
        for (i, j) in pairs {
            if old[i].event_id != new[j].event_id {
                assert!(touched(&new[j]), "{extra:?}: {} → {} without a new article", old[i].event_id, new[j].event_id);
            }
        }
    }
}

#[test]
fn extract_twice_gives_the_same_bytes_and_no_difference() {
    let w = Workdir::new();
    extract(&w, "c", &[], "a.csv", &["--undated"]);
    extract(&w, "c", &[], "b.csv", &["--undated"]);
    assert_eq!(w.read("a.csv"), w.read("b.csv"));
    let o = w.run(&["diff", "a.csv", "b.csv", "--fail-if-diff"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), "0 added, 0 removed, 0 changed\n");
}

#[test]
fn exit_codes() {
    let w = two_weeks(&[]);
    for (args, code) in [
        (&["diff", "old.csv", "new.csv"][..], 0),
        (&["diff", "old.csv", "new.csv", "--fail-if-diff"][..], 1),
        (&["diff", "new.csv", "new.csv", "--fail-if-diff"][..], 0),
        (&["diff", "old.csv", "missing.csv"][..], 2),
    ] {
        let o = w.run(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}\n{}", stderr(&o));
    }
}

#[test]
fn csv_form_is_long_with_words_and_goes_through_the_csv_writer() {
    let w = two_weeks(&["--undated"]);
    run_ok(&w, &["diff", "old.csv", "new.csv", "--format", "csv", "-o", "changes.csv"]);
    let text = w.read("changes.csv");
    assert!(text.starts_with("\u{FEFF}change,event_id,date,event_type,field,old,new,title\r\n"), "{text}");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(["added", "removed", "changed"].contains(&&r[0]), "{r:?}");
    }
    assert!(rows.iter().any(|r| &r[0] == "changed" && &r[4] == "date" && r[5].is_empty() && &r[6] == "2021-07"), "{text}");
    let raw = run_ok(&w, &["diff", "old.csv", "new.csv", "--format", "csv", "--no-bom", "--raw"]);
    assert!(raw.starts_with("change,event_id"), "{raw}");
}

/// Files that are not timelines: name, content, what the error says.
const BAD_FILES: &[(&str, &[u8], &str)] = &[
    ("not csv", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "bad.csv: not UTF-8 text"),
    ("plain text", b"some notes\nand more notes\n", "bad.csv:1: missing column `event_id`"),
    ("missing columns", b"event_id,date,event_type\nx,2021-07,visit\n", "bad.csv:1: missing column `date_precision`"),
    (
        "duplicate ids",
        b"event_id,date,date_precision,event_type,status,title,people,sources\nx,2021-07,month,visit,occurred,t,,a\nx,2021-08,month,visit,occurred,t,,a\n",
        "bad.csv:3: duplicate event_id \"x\" (first on line 2)",
    ),
    ("bad date", b"event_id,date,date_precision,event_type,status,title,people,sources\nx,2021-13,month,visit,occurred,t,,a\n", "bad.csv:2: bad date \"2021-13\""),
    ("bad type", b"event_id,date,date_precision,event_type,status,title,people,sources\nx,2021-07,month,party,occurred,t,,a\n", "bad.csv:2: unknown event_type \"party\""),
];

#[test]
fn files_that_are_not_timelines_are_errors_with_file_and_line() {
    let w = Workdir::new();
    extract(&w, "c", &["000"], "good.csv", &[]);
    for (name, content, expected) in BAD_FILES {
        w.write("bad.csv", content);
        for args in [["diff", "bad.csv", "good.csv"], ["diff", "good.csv", "bad.csv"]] {
            let o = w.run(&args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{name}: {err}");
            assert!(err.contains(expected), "{name}: expected {expected:?} in\n{err}");
            assert!(o.stdout.is_empty(), "{name}: output written despite the error");
        }
    }
}

#[test]
fn bad_file_names_are_unique() {
    let names: BTreeSet<&str> = BAD_FILES.iter().map(|b| b.0).collect();
    assert_eq!(names.len(), BAD_FILES.len());
}

#[test]
fn bom_crlf_lf_and_guarded_cells_read_alike() {
    let w = Workdir::new();
    let lines = [
        "event_id,date,date_precision,event_type,status,title,people,sources",
        "week-1,2021-11-22,week,visit,planned,'- guarded title,Benny Gantz,002.txt",
        "call-1,2021-07-16,day,call,occurred,Call,Yair Lapid; Nasser Bourita,000.txt",
    ];
    w.write("lf.csv", lines.join("\n") + "\n");
    w.write("crlf_bom.csv", format!("\u{FEFF}{}\r\n", lines.join("\r\n")));
    let o = w.run(&["diff", "lf.csv", "crlf_bom.csv", "--fail-if-diff"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = read_timeline(&w.join("crlf_bom.csv")).unwrap();
    assert_eq!(rows[0].title, "- guarded title");
    assert_eq!(rows[0].date.map(|d| d.to_string()), Some("2021-11-22".into()), "a week is read back as a week");
}

// Property tests over random timelines: a small pool of types, dates, people and sources so
// that the matching pass has work to do.

fn arb_row() -> impl Strategy<Value = Row> {
    let types = prop::sample::select(vec!["agreement", "visit", "opening", "meeting", "call"]);
    let dates = prop::sample::select(vec!["", "2021", "2021-07", "2021-07-05", "2021-07-06", "2021-11-24", "2021-11-26"]);
    let people = prop::sample::subsequence(vec!["Gantz", "Lapid", "Bourita", "Unna"], 0..=3);
    let sources = prop::sample::subsequence(vec!["000", "001", "002"], 1..=2);
    (0..12usize, types, dates, people, sources, any::<bool>()).prop_map(|(id, ty, date, people, sources, planned)| Row {
        event_id: format!("e{id}"),
        date: DateValue::parse(date),
        event_type: EventType::parse(ty).unwrap(),
        status: if planned { Status::Planned } else { Status::Occurred },
        title: format!("{ty} {}", people.join(" ")),
        people: people.into_iter().map(String::from).collect(),
        organisations: Vec::new(),
        places: Vec::new(),
        countries: vec!["Israel".into(), "Morocco".into()],
        sources: sources.into_iter().map(String::from).collect(),
        evidence: String::new(),
        origins: Vec::new(),
        curated: vec![],
    })
}

/// A timeline: ids are unique, as `read_timeline` guarantees.
fn arb_timeline() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(arb_row(), 0..10).prop_map(|rows| {
        let mut seen = BTreeSet::new();
        rows.into_iter().filter(|r| seen.insert(r.event_id.clone())).collect()
    })
}

fn ids(rows: &[Row]) -> Vec<&str> {
    let mut v: Vec<&str> = rows.iter().map(|r| r.event_id.as_str()).collect();
    v.sort();
    v
}

proptest! {
    #[test]
    fn diff_of_a_timeline_with_itself_is_empty(a in arb_timeline()) {
        prop_assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn swapping_the_arguments_swaps_added_and_removed(a in arb_timeline(), b in arb_timeline()) {
        let (ab, ba) = (diff(&a, &b), diff(&b, &a));
        prop_assert_eq!(ids(&ab.added), ids(&ba.removed));
        prop_assert_eq!(ids(&ab.removed), ids(&ba.added));
        prop_assert_eq!(ab.changed.len(), ba.changed.len());
        let mut pairs_ab: Vec<(usize, usize)> = pair(&a, &b);
        let mut pairs_ba: Vec<(usize, usize)> = pair(&b, &a).into_iter().map(|(j, i)| (i, j)).collect();
        pairs_ab.sort();
        pairs_ba.sort();
        prop_assert_eq!(pairs_ab, pairs_ba);
    }
}
