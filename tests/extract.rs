//! `tarikh extract` and `tarikh eval` on the seed corpus: the committed timeline is current,
//! and it meets the seed gold (recall 1.0 of required events, precision ≥ 0.9, no duplicates,
//! gold dates and statuses, both sources on the events two articles report).

mod common;

use common::{Workdir, repo, stderr};
use tarikh::timeline::Row;

fn fresh_timeline(w: &Workdir, extra: &[&str]) -> Vec<u8> {
    let corpus = repo("corpus");
    let mut args = vec!["extract", "--corpus", corpus.to_str().unwrap(), "-o", "timeline.csv", "--quiet"];
    args.extend_from_slice(extra);
    let out = w.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read(w.join("timeline.csv")).unwrap()
}

#[test]
fn committed_timeline_is_current() {
    let w = Workdir::new();
    let got = fresh_timeline(&w, &[]);
    let committed = std::fs::read(repo("output/timeline.csv")).unwrap_or_default();
    if std::env::var_os("TARIKH_BLESS").is_some() {
        std::fs::write(repo("output/timeline.csv"), &got).unwrap();
        return;
    }
    assert!(committed == got, "output/timeline.csv is stale: run `cargo run --release -- extract` (or TARIKH_BLESS=1 cargo test)\n{}", String::from_utf8_lossy(&got));
}

#[test]
fn same_bytes_with_one_thread_and_with_all() {
    let w = Workdir::new();
    let all = fresh_timeline(&w, &[]);
    let corpus = repo("corpus");
    let out = common::tarikh()
        .current_dir(w.path())
        .env("RAYON_NUM_THREADS", "1")
        .args(["extract", "--corpus", corpus.to_str().unwrap(), "-o", "one.csv", "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read(w.join("one.csv")).unwrap(), all);
}

fn rows(w: &Workdir) -> Vec<Row> {
    tarikh::timeline::read_timeline(&w.join("timeline.csv")).unwrap()
}

#[test]
fn seed_gold_figures() {
    let w = Workdir::new();
    fresh_timeline(&w, &[]);
    let gold = tarikh::eval::read_gold(&repo("tests/gold/events.csv")).unwrap();
    let pred = tarikh::eval::read_pred(&w.join("timeline.csv")).unwrap();
    let scores = tarikh::eval::score(&gold, &pred);
    let report = tarikh::eval::render(&scores, true);
    assert_eq!(scores.recall, 1.0, "{report}");
    assert!(scores.precision >= 0.9, "{report}");
    assert_eq!(scores.duplicates, 0, "{report}");
}

#[test]
fn matched_events_have_the_gold_date_and_status() {
    let w = Workdir::new();
    fresh_timeline(&w, &[]);
    let timeline = rows(&w);
    let gold = csv::Reader::from_path(repo("tests/gold/events.csv")).unwrap().into_records().map(|r| r.unwrap()).collect::<Vec<_>>();
    let gold_pred = tarikh::eval::read_gold(&repo("tests/gold/events.csv")).unwrap();
    let pred = tarikh::eval::read_pred(&w.join("timeline.csv")).unwrap();
    let scores = tarikh::eval::score(&gold_pred, &pred);
    for (row, verdict) in timeline.iter().zip(&scores.report) {
        if verdict.verdict != "match" {
            continue;
        }
        let g = gold.iter().find(|g| g[0] == verdict.gold).unwrap();
        assert_eq!(row.date.unwrap().to_string(), &g[3], "{} date", verdict.gold);
        assert_eq!(row.status.as_str(), &g[5], "{} status", verdict.gold);
    }
}

#[test]
fn events_reported_by_two_articles_list_both() {
    let w = Workdir::new();
    fresh_timeline(&w, &[]);
    let timeline = rows(&w);
    let find = |date: &str, ty: &str, person: &str| {
        timeline
            .iter()
            .find(|r| r.date.unwrap().to_string() == date && r.event_type.as_str() == ty && r.people.iter().any(|p| p == person))
            .unwrap_or_else(|| panic!("no {ty} on {date} with {person}"))
    };
    let defence = find("2021-11-24", "agreement", "Abdellatif Loudiyi");
    assert_eq!(defence.sources, ["002_1a01adbb7a14317b.txt", "003_55425f2f31b4ad18.txt"]);
    let cyber = find("2021-07", "agreement", "Yigal Unna");
    assert_eq!(cyber.sources, ["000_13adbf64111b9ab0.txt", "001_d8fdd28f253dd725.txt"]);
    assert!(cyber.people.contains(&"Mustapha Rabii".to_string()));
}

#[test]
fn eval_agrees_with_the_reference_report() {
    let w = Workdir::new();
    fresh_timeline(&w, &[]);
    let gold = repo("tests/gold/events.csv");
    let out = w.run(&["eval", "--gold", gold.to_str().unwrap(), "timeline.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().last().unwrap().starts_with("P=1.0 R=1.0"), "{text}");
}

#[test]
fn window_and_undated() {
    let w = Workdir::new();
    fresh_timeline(&w, &["--from", "2022-01-01", "--to", "2022-12-31"]);
    let only_2022 = rows(&w);
    assert!(!only_2022.is_empty());
    assert!(only_2022.iter().all(|r| r.date.unwrap().start.format("%Y").to_string() == "2022"));
    fresh_timeline(&w, &["--undated"]);
    let with_undated = rows(&w);
    assert!(with_undated.iter().any(|r| r.date.is_none()));
    let first_undated = with_undated.iter().position(|r| r.date.is_none()).unwrap();
    assert!(with_undated[first_undated..].iter().all(|r| r.date.is_none()), "undated rows come last");
}

/// Only Morocco–Israel events are rows: Blinken and Bourita meeting in Washington "on the eve of
/// Gantz's arrival in Rabat" (article 002) is a US–Morocco meeting, listed only with
/// `--all-events`, which adds rows and drops none.
#[test]
fn focus_on_morocco_israel_and_all_events() {
    let w = Workdir::new();
    let is_blinken_bourita = |r: &Row| r.people.iter().any(|p| p == "Antony Blinken") && r.people.iter().any(|p| p == "Nasser Bourita");
    fresh_timeline(&w, &[]);
    let focused = rows(&w);
    assert!(!focused.iter().any(is_blinken_bourita), "a US–Morocco meeting is not a row");
    fresh_timeline(&w, &["--all-events"]);
    let all = rows(&w);
    assert!(all.iter().any(is_blinken_bourita), "--all-events lists it");
    for r in &focused {
        assert!(all.iter().any(|a| a.event_id == r.event_id), "--all-events keeps {}", r.event_id);
    }
}

/// `extract` maps each article and reduces it to its events at once; `dates` and `explain`
/// keep the extractions in memory: both go through the one corpus step and must agree (003
/// borrows its anchor from 002 here).
#[test]
fn streamed_corpus_step_equals_in_memory_step() {
    use tarikh::pipeline::{Context, build_events_of_corpus, corpus_events, extract_all, map_files, read_corpus, reduce_article};
    let ctx = Context::load(None, None).unwrap();
    let corpus = repo("corpus");
    let (manifest, _) = tarikh::corpus::read_manifest(&corpus).unwrap();
    let (articles, _) = read_corpus(&corpus, &[]).unwrap();
    let mut extractions = extract_all(articles, &ctx, &manifest, &|| ());
    let in_memory = build_events_of_corpus(&mut extractions, &ctx);
    let (paths, _) = tarikh::corpus::list_articles(&corpus).unwrap();
    let reduce = |map| reduce_article(map, &ctx.gazetteer);
    let (mapped, problems) = map_files(&corpus, paths, &ctx, &manifest, "", None, &reduce, &|| ());
    assert!(problems.is_empty());
    let reduced: Vec<_> = mapped.into_iter().map(|m| m.1).collect();
    assert!(reduced.iter().any(|a| a.pending.is_some()), "the seed corpus has an article without a date");
    let streamed = corpus_events(reduced, &ctx.gazetteer);
    assert!(streamed.borrowed.iter().any(Option::is_some), "an article borrows its anchor");
    // The streamed events quote their sentences by place in the files, the others hold them:
    // they are compared with the sentences read back.
    let quoted = |mut events: Vec<tarikh::merge::Event>| {
        let sentences = tarikh::evidence::Sentences::read(events.iter().flat_map(|e| &e.mentions).map(|m| &m.evidence)).unwrap();
        for m in events.iter_mut().flat_map(|e| &mut e.mentions) {
            let text = sentences.get(&m.evidence).to_string();
            m.evidence = text.as_str().into();
        }
        events
    };
    assert_eq!(quoted(streamed.events), quoted(in_memory));
}
