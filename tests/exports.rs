//! The exports of `tarikh extract` (`--format json|jsonl|timelinejs`, `--html`, `--mentions`),
//! `tarikh render`, `tarikh explain`, and the generated help, completions and man page, on the
//! seed corpus.

mod common;

use common::{Workdir, repo, stderr};

fn extract(w: &Workdir, extra: &[&str]) {
    let corpus = repo("corpus");
    let mut args = vec!["extract", "--corpus", corpus.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    let out = w.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The event ids of the committed seed timeline.
fn seed_ids() -> Vec<String> {
    tarikh::timeline::read_timeline(&repo("output/timeline.csv")).unwrap().into_iter().map(|r| r.event_id).collect()
}

#[test]
fn json_has_every_event_and_its_mentions() {
    let w = Workdir::new();
    extract(&w, &["--format", "json", "-o", "t.json"]);
    let doc: serde_json::Value = serde_json::from_str(&w.read("t.json")).unwrap();
    let events = doc["events"].as_array().unwrap();
    let ids: Vec<&str> = events.iter().map(|e| e["event_id"].as_str().unwrap()).collect();
    assert_eq!(ids, seed_ids());
    let cyber = events.iter().find(|e| e["event_id"] == "agreement-2331bb").unwrap();
    assert_eq!(cyber["date"], "2021-07");
    assert_eq!(cyber["sources"].as_array().unwrap().len(), 2);
    let files: std::collections::BTreeSet<&str> = cyber["mentions"].as_array().unwrap().iter().map(|m| m["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 2, "mentions from both articles");
    assert!(cyber["mentions"].as_array().unwrap().iter().any(|m| m["date_as_written"] != ""));
}

#[test]
fn jsonl_is_one_event_per_line() {
    let w = Workdir::new();
    extract(&w, &["--format", "jsonl", "-o", "t.jsonl"]);
    let text = w.read("t.jsonl");
    let ids: Vec<String> = text.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["event_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, seed_ids());
}

#[test]
fn timelinejs_spreadsheet() {
    let w = Workdir::new();
    extract(&w, &["--format", "timelinejs", "-o", "tl.csv"]);
    let text = w.read("tl.csv");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>().join(","),
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), seed_ids().len());
    let cyber = records.iter().find(|r| r[9].ends_with("sign a cyber agreement in Rabat")).unwrap();
    assert_eq!((&cyber[0], &cyber[1], &cyber[2], &cyber[8], &cyber[16]), ("2021", "7", "", "July 2021", "agreement"));
    let call = records.iter().find(|r| &r[16] == "call").unwrap();
    assert_eq!((&call[0], &call[1], &call[2]), ("2021", "7", "16"));
}

#[test]
fn mentions_file_starts_with_its_provenance_columns() {
    let w = Workdir::new();
    extract(&w, &["-o", "t.csv", "--mentions", "m.csv"]);
    let text = w.read("m.csv");
    let header = text.trim_start_matches('\u{FEFF}').lines().next().unwrap();
    assert!(header.starts_with("event_id,file,line,evidence,date_as_written"), "{header}");
    for id in seed_ids() {
        assert!(text.contains(&format!("\n{id},")), "no mention of {id}");
    }
}

#[test]
fn html_from_extract_and_from_render_agree() {
    let w = Workdir::new();
    extract(&w, &["-o", "t.csv", "--html", "a.html"]);
    let out = w.run(&["render", "t.csv", "-o", "b.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (a, b) = (w.read("a.html"), w.read("b.html"));
    assert_eq!(a, b);
    for id in seed_ids() {
        assert!(a.contains(&format!("data-event-id=\"{id}\"")), "{id} not on the page");
    }
    assert!(a.contains(r#"<blockquote dir="rtl" lang="ar">"#));
}

#[test]
fn render_escapes_hostile_evidence() {
    let w = Workdir::new();
    w.write(
        "t.csv",
        "event_id,date,date_precision,event_type,status,title,people,organisations,places,countries,sources,evidence\n\
         call-2021-07-16-aaaaaa,2021-07-16,day,call,occurred,<img src=x onerror=alert(1)>,Yair Lapid; <b>X</b>,,,,a.txt,\"a.txt:1: اتصل <script>alert(1)</script>\"\n",
    );
    let out = w.run(&["render", "t.csv", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).unwrap();
    assert_eq!(page.matches("<script>").count(), 1, "only the page's own script:\n{page}");
    assert!(page.contains("اتصل &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.contains("<img") && !page.contains("<b>X"));
    assert!(page.contains(r#"data-people="Yair Lapid; &lt;b&gt;X&lt;/b&gt;""#));
}

#[test]
fn render_reports_a_bad_timeline() {
    let w = Workdir::new();
    w.write("t.csv", "a,b\n1,2\n");
    let out = w.run(&["render", "t.csv", "-o", "t.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("t.csv"), "{}", stderr(&out));
    assert!(!w.join("t.html").exists());
}

#[test]
fn explain_tells_sources_rules_dates_and_names() {
    let w = Workdir::new();
    let corpus = repo("corpus");
    let out = w.run(&["explain", "call-2021-07-16-96a26c", "--corpus", corpus.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in ["call-2021-07-16-96a26c  2021-07-16 (day)  call", "000_13adbf64111b9ab0.txt:", "rule call-", "date:", "basis", "Yair Lapid [", "Nasser Bourita ["] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
}

#[test]
fn explain_an_unknown_id_exits_1() {
    let w = Workdir::new();
    let corpus = repo("corpus");
    let out = w.run(&["explain", "call-2099-01-01-000000", "--corpus", corpus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no event"), "{}", stderr(&out));
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let w = Workdir::new();
    for sub in ["extract", "entities", "dates", "eval", "render", "explain", "completions", "man"] {
        let out = w.run(&[sub, "--help"]);
        assert!(out.status.success(), "{sub}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Example"), "`tarikh {sub} --help` has no example:\n{text}");
    }
}

#[test]
fn completions_and_man_page() {
    let w = Workdir::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = w.run(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("render") && text.contains("explain"), "{shell} completions miss subcommands");
    }
    let out = w.run(&["man"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with(".ie") || page.contains(".TH tarikh"), "{}", &page[..200.min(page.len())]);
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let w = Workdir::new();
    let corpus = repo("corpus");
    let out = w.run(&["extract", "--corpus", corpus.to_str().unwrap(), "-o", "t.csv"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "only the summary:\n{err}");
    assert!(err.contains("5 articles read (ar 5), 0 skipped") && err.contains("rows written"), "{err}");
}
