//! `tarikh extract --corrections` end to end on the seed corpus: each action, a correction
//! carried across a re-run where a new article changed the event's sources, date and id, a
//! correction that matches nothing, a malformed row, and `corpus/corrections.csv` picked up.

mod common;

use common::{Workdir, stderr};
use tarikh::timeline::{Row, read_timeline};

const HEADER: &str = "event_id,action,field,value,note\n";

/// Run `extract` on the seeds `files` copied to `corpus`, writing `out`; returns the exit code
/// and standard error.
fn extract(w: &Workdir, corpus: &str, files: &[&str], out: &str, extra: &[&str]) -> (Option<i32>, String) {
    w.copy_corpus(corpus, files);
    let mut args = vec!["extract", "--corpus", corpus, "-o", out];
    args.extend_from_slice(extra);
    let o = w.run(&args);
    (o.status.code(), stderr(&o))
}

fn rows(w: &Workdir, out: &str) -> Vec<Row> {
    read_timeline(&w.join(out)).unwrap()
}

fn by_id<'a>(rows: &'a [Row], id: &str) -> Option<&'a Row> {
    rows.iter().find(|r| r.event_id == id)
}

#[test]
fn each_action() {
    let w = Workdir::new();
    assert_eq!(extract(&w, "c", &["000"], "plain.csv", &[]).0, Some(0));
    let plain = rows(&w, "plain.csv");
    let (call, meeting, flight) = ("call-2021-07-16-96a26c", "meeting-2021-07-761129", "flight-2021-07-3bc1c0");
    for id in [call, meeting, flight] {
        assert!(by_id(&plain, id).is_some(), "{id} in {plain:?}");
    }
    // The undated cyber agreement is left out by the rules.
    assert!(plain.iter().all(|r| r.date.is_some()));
    w.write(
        "fix.csv",
        format!(
            "{HEADER}{flight},drop,,,not a flight\n{call},set,date,2021-07,\n{call},set,status,planned,\n{meeting},set,people,Fouad Yazough; Alon Ushpiz; Nasser Bourita,\n\
             {meeting},set,title,Talks in Rabat,\nagreement-2331bb,keep,,,\nagreement-2331bb,merge,,agreement-2020-12-d137a9,same agreement\n"
        ),
    );
    let (code, err) = extract(&w, "c", &["000"], "fixed.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    let fixed = rows(&w, "fixed.csv");
    assert!(by_id(&fixed, flight).is_none(), "dropped");
    let c = by_id(&fixed, call).unwrap();
    assert_eq!((c.date.unwrap().to_string().as_str(), c.status.as_str()), ("2021-07", "planned"));
    assert_eq!(c.curated, ["set:date", "set:status"]);
    // The title says what the status says.
    assert_eq!(c.title, "Yair Lapid and Nasser Bourita to speak by phone");
    let m = by_id(&fixed, meeting).unwrap();
    assert_eq!(m.people, ["Fouad Yazough", "Alon Ushpiz", "Nasser Bourita"]);
    assert_eq!(m.title, "Talks in Rabat");
    // Kept, then merged into the December agreement: its people join, the month date stays.
    assert!(by_id(&fixed, "agreement-2331bb").is_none());
    let a = by_id(&fixed, "agreement-2020-12-d137a9").unwrap();
    assert!(a.people.iter().any(|p| p == "Yigal Unna"), "{a:?}");
    assert_eq!(a.date.unwrap().to_string(), "2020-12");
    // The merged row brings its own corrections along.
    assert_eq!(a.curated, ["keep", "merge"]);
    assert_eq!(fixed.len(), plain.len() - 1);
    // Untouched rows say nothing.
    assert!(fixed.iter().filter(|r| ![call, meeting, "agreement-2020-12-d137a9"].contains(&r.event_id.as_str())).all(|r| r.curated.is_empty()));
    // Every format sees the corrections.
    let (code, err) = extract(&w, "c", &["000"], "fixed.json", &["--corrections", "fix.csv", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let json = w.read("fixed.json");
    assert!(!json.contains(flight) && json.contains("Talks in Rabat"), "{json}");
    // The merged row's mentions are both events' (JSON and the mentions file).
    let (code, err) = extract(&w, "c", &["000"], "plain.json", &["--undated", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let mentions_of = |doc: &str, id: &str| -> Vec<String> {
        let doc: serde_json::Value = serde_json::from_str(doc).unwrap();
        let e = doc["events"].as_array().unwrap().iter().find(|e| e["event_id"] == id).unwrap_or_else(|| panic!("{id}"));
        e["mentions"].as_array().unwrap().iter().map(|m| format!("{}:{}:{}", m["file"], m["line"], m["rule"])).collect()
    };
    let plain_json = w.read("plain.json");
    let mut both = mentions_of(&plain_json, "agreement-2020-12-d137a9");
    both.extend(mentions_of(&plain_json, "agreement-2331bb"));
    both.sort();
    assert!(both.len() >= 2);
    let mut merged = mentions_of(&json, "agreement-2020-12-d137a9");
    merged.sort();
    assert_eq!(merged, both);
    let (code, err) = extract(&w, "c", &["000"], "fixed.csv", &["--corrections", "fix.csv", "--mentions", "m.csv"]);
    assert_eq!(code, Some(0), "{err}");
    let merged_rows = w.read("m.csv").lines().filter(|l| l.starts_with("agreement-2020-12-d137a9,")).count();
    assert_eq!(merged_rows, both.len());
}

/// Week one reads `first`, week two `first` and `then`; a correction written against week
/// one's id of the cyber agreement is applied in week two. Returns week two's row and standard error.
fn carry_correction(first: &str, then: &str) -> (Row, String, String) {
    let w = Workdir::new();
    let (code, err) = extract(&w, "c", &[first], "week1.csv", &["--undated"]);
    assert_eq!(code, Some(0), "{err}");
    let week1 = rows(&w, "week1.csv");
    let agreement = week1.iter().find(|r| r.event_type.as_str() == "agreement" && r.people.iter().any(|p| p == "Yigal Unna")).unwrap_or_else(|| panic!("{week1:?}"));
    let id = agreement.event_id.clone();
    w.write("fix.csv", format!("{HEADER}{id},keep,,,\n{id},set,title,Cyber security agreement,my wording\n"));
    // Week one, the corrections applied; the timeline is written where week two writes it.
    let (code, err) = extract(&w, "c", &[first], "timeline.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(by_id(&rows(&w, "timeline.csv"), &id).unwrap().title, "Cyber security agreement");
    let (code, err) = extract(&w, "c", &[first, then], "timeline.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("no event matches"), "{err}");
    let week2 = rows(&w, "timeline.csv");
    let now = week2.iter().find(|r| r.title == "Cyber security agreement").unwrap_or_else(|| panic!("{week2:?}")).clone();
    // Without the corrections the new run titles it by the rules.
    let (_, _) = extract(&w, "c", &[first, then], "bare.csv", &[]);
    assert!(rows(&w, "bare.csv").iter().all(|r| r.title != "Cyber security agreement" && r.curated.is_empty()));
    (now, id, err)
}

#[test]
fn a_correction_follows_its_event_when_a_new_article_changes_it() {
    // Article 001, published after 000, dates the agreement (July 2021) and adds a source: the
    // id holds, and the correction applies by id.
    let (now, id, _) = carry_correction("000", "001");
    assert_eq!(now.event_id, id);
    assert_eq!(now.date.unwrap().to_string(), "2021-07");
    assert_eq!(now.sources.len(), 2, "{now:?}");
    assert_eq!(now.curated, ["keep", "set:title"]);
    // The other way round: 000, published before 001, arrives second and is now the first
    // report, so the id changes; the previous timeline and diff's pairing rule find the row.
    let (now, id, _) = carry_correction("001", "000");
    assert_ne!(now.event_id, id);
    assert_eq!(now.date.unwrap().to_string(), "2021-07");
    assert_eq!(now.sources.len(), 2, "{now:?}");
    assert_eq!(now.curated, ["keep", "set:title"]);
}

#[test]
fn a_correction_that_matches_nothing_is_reported_and_the_run_goes_on() {
    let w = Workdir::new();
    w.write("fix.csv", format!("{HEADER}agreement-2021-07-960154,drop,,,\ncall-2021-07-16-96a26c,set,title,A call,\n"));
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("fix.csv:2: no event matches agreement-2021-07-960154"), "{err}");
    assert_eq!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-96a26c").unwrap().title, "A call");
}

#[test]
fn a_malformed_row_is_reported_and_skipped() {
    let w = Workdir::new();
    w.write(
        "fix.csv",
        format!("{HEADER}call-2021-07-16-96a26c,rename,,,\ncall-2021-07-16-96a26c,set,date,16/07/2021,\ncall-2021-07-16-96a26c,set,colour,red,\ncall-2021-07-16-96a26c,set,title,A call,\n"),
    );
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &["--corrections", "fix.csv"]);
    // Skipped input makes the run exit 2, like an unreadable article; the rest is applied.
    assert_eq!(code, Some(2), "{err}");
    for expected in ["fix.csv:2: unknown action \"rename\"", "fix.csv:3: bad date \"16/07/2021\"", "fix.csv:4: unknown field \"colour\""] {
        assert!(err.contains(expected), "{expected} in {err}");
    }
    assert_eq!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-96a26c").unwrap().title, "A call");
}

#[test]
fn corpus_corrections_file_is_used_and_announced() {
    let w = Workdir::new();
    w.write("c/corrections.csv", format!("{HEADER}call-2021-07-16-96a26c,drop,,,\n"));
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &[]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("applying the corrections in c/corrections.csv"), "{err}");
    assert!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-96a26c").is_none());
}

#[test]
fn timelines_without_the_curated_column_are_still_read() {
    let w = Workdir::new();
    assert_eq!(extract(&w, "c", &["000"], "new.csv", &["--raw", "--no-bom"]).0, Some(0));
    // A timeline written before corrections existed: the first twelve columns.
    let old: String = w.read("new.csv").lines().map(|l| l.strip_suffix(",curated").or_else(|| l.strip_suffix(',')).unwrap_or(l).to_string() + "\n").collect();
    assert!(!old.contains("curated"));
    w.write("old.csv", old);
    assert_eq!(rows(&w, "old.csv").len(), rows(&w, "new.csv").len());
    for args in [&["diff", "old.csv", "new.csv", "--fail-if-diff"][..], &["render", "old.csv", "-o", "old.html"][..]] {
        let o = w.run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn issue_16_diff_shows_what_the_corrections_did() {
    let w = Workdir::new();
    let (call, flight) = ("call-2021-07-16-96a26c", "flight-2021-07-3bc1c0");
    w.write("fix.csv", format!("{HEADER}{call},set,status,planned,\n{flight},drop,,,\n"));
    assert_eq!(extract(&w, "c", &["000"], "rules.csv", &[]).0, Some(0));
    assert_eq!(extract(&w, "c", &["000"], "curated.csv", &["--corrections", "fix.csv"]).0, Some(0));
    let o = w.run(&["diff", "rules.csv", "curated.csv", "--show-curation"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("0 added, 1 removed, 1 changed\n"), "{text}");
    for expected in [format!("removed {flight}"), format!("changed {call}"), "  status: occurred → planned  [correction set:status]\n".into(), "  curated: gained set:status\n".into()] {
        assert!(text.contains(&expected), "{expected:?} in\n{text}");
    }
    // Without the flag the same changes, the corrections not shown.
    let o = w.run(&["diff", "rules.csv", "curated.csv"]);
    let plain = String::from_utf8(o.stdout).unwrap();
    assert!(plain.contains("  status: occurred → planned\n") && !plain.contains("curated"), "{plain}");
}
