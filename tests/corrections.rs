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
    let (call, meeting, flight) = ("call-2021-07-16-2e9d41", "meeting-2021-07-9e5ed0", "flight-2021-07-5c33e6");
    for id in [call, meeting, flight] {
        assert!(by_id(&plain, id).is_some(), "{id} in {plain:?}");
    }
    // The undated cyber agreement is left out by the rules.
    assert!(plain.iter().all(|r| r.date.is_some()));
    w.write(
        "fix.csv",
        format!(
            "{HEADER}{flight},drop,,,not a flight\n{call},set,date,2021-07,\n{call},set,status,planned,\n{meeting},set,people,Fouad Yazough; Alon Ushpiz; Nasser Bourita,\n\
             {meeting},set,title,Talks in Rabat,\nagreement-undated-b2c6ba,keep,,,\nagreement-undated-b2c6ba,merge,,agreement-2020-12-31ad0a,same agreement\n"
        ),
    );
    let (code, err) = extract(&w, "c", &["000"], "fixed.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    let fixed = rows(&w, "fixed.csv");
    assert!(by_id(&fixed, flight).is_none(), "dropped");
    let c = by_id(&fixed, call).unwrap();
    assert_eq!((c.date.unwrap().to_string().as_str(), c.status.as_str()), ("2021-07", "planned"));
    assert_eq!(c.curated, ["set:date", "set:status"]);
    let m = by_id(&fixed, meeting).unwrap();
    assert_eq!(m.people, ["Fouad Yazough", "Alon Ushpiz", "Nasser Bourita"]);
    assert_eq!(m.title, "Talks in Rabat");
    // Kept, then merged into the December agreement: its people join, the month date stays.
    assert!(by_id(&fixed, "agreement-undated-b2c6ba").is_none());
    let a = by_id(&fixed, "agreement-2020-12-31ad0a").unwrap();
    assert!(a.people.iter().any(|p| p == "Yigal Unna"), "{a:?}");
    assert_eq!(a.date.unwrap().to_string(), "2020-12");
    // The merged row brings its own corrections along.
    assert_eq!(a.curated, ["keep", "merge"]);
    assert_eq!(fixed.len(), plain.len() - 1);
    // Untouched rows say nothing.
    assert!(fixed.iter().filter(|r| ![call, meeting, "agreement-2020-12-31ad0a"].contains(&r.event_id.as_str())).all(|r| r.curated.is_empty()));
    // Every format sees the corrections.
    let (code, err) = extract(&w, "c", &["000"], "fixed.json", &["--corrections", "fix.csv", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let json = w.read("fixed.json");
    assert!(!json.contains(flight) && json.contains("Talks in Rabat"), "{json}");
}

#[test]
fn a_correction_follows_its_event_when_a_new_article_changes_it() {
    let w = Workdir::new();
    let agreement = "agreement-undated-b2c6ba";
    w.write("fix.csv", format!("{HEADER}{agreement},keep,,,\n{agreement},set,title,Cyber security agreement,my wording\n"));
    // Week one: article 000 alone; the agreement has no date, the correction keeps it.
    let (code, err) = extract(&w, "c", &["000"], "timeline.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    let week1 = rows(&w, "timeline.csv");
    assert_eq!(by_id(&week1, agreement).unwrap().title, "Cyber security agreement");
    // Week two: article 001 dates the agreement (July 2021) and adds a source, so its id
    // changes; the same corrections, the same output file.
    let (code, err) = extract(&w, "c", &["000", "001"], "timeline.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("no event matches"), "{err}");
    let week2 = rows(&w, "timeline.csv");
    assert!(by_id(&week2, agreement).is_none());
    let now = week2.iter().find(|r| r.title == "Cyber security agreement").unwrap_or_else(|| panic!("{week2:?}"));
    assert_eq!(now.date.unwrap().to_string(), "2021-07");
    assert_eq!(now.sources.len(), 2, "{now:?}");
    assert_eq!(now.curated, ["keep", "set:title"]);
    // Without the corrections the new run titles it by the rules.
    let (_, _) = extract(&w, "c", &["000", "001"], "bare.csv", &[]);
    assert!(rows(&w, "bare.csv").iter().all(|r| r.title != "Cyber security agreement" && r.curated.is_empty()));
}

#[test]
fn a_correction_that_matches_nothing_is_reported_and_the_run_goes_on() {
    let w = Workdir::new();
    w.write("fix.csv", format!("{HEADER}agreement-2021-07-960154,drop,,,\ncall-2021-07-16-2e9d41,set,title,A call,\n"));
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &["--corrections", "fix.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("fix.csv:2: no event matches agreement-2021-07-960154"), "{err}");
    assert_eq!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-2e9d41").unwrap().title, "A call");
}

#[test]
fn a_malformed_row_is_reported_and_skipped() {
    let w = Workdir::new();
    w.write(
        "fix.csv",
        format!("{HEADER}call-2021-07-16-2e9d41,rename,,,\ncall-2021-07-16-2e9d41,set,date,16/07/2021,\ncall-2021-07-16-2e9d41,set,colour,red,\ncall-2021-07-16-2e9d41,set,title,A call,\n"),
    );
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &["--corrections", "fix.csv"]);
    // Skipped input makes the run exit 2, like an unreadable article; the rest is applied.
    assert_eq!(code, Some(2), "{err}");
    for expected in ["fix.csv:2: unknown action \"rename\"", "fix.csv:3: bad date \"16/07/2021\"", "fix.csv:4: unknown field \"colour\""] {
        assert!(err.contains(expected), "{expected} in {err}");
    }
    assert_eq!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-2e9d41").unwrap().title, "A call");
}

#[test]
fn corpus_corrections_file_is_used_and_announced() {
    let w = Workdir::new();
    w.write("c/corrections.csv", format!("{HEADER}call-2021-07-16-2e9d41,drop,,,\n"));
    let (code, err) = extract(&w, "c", &["000"], "t.csv", &[]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("applying the corrections in c/corrections.csv"), "{err}");
    assert!(by_id(&rows(&w, "t.csv"), "call-2021-07-16-2e9d41").is_none());
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
