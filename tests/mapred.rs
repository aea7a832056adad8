//! The map/reduce contract and the cache: `tarikh map` + `tarikh reduce` give the bytes
//! `tarikh extract` gives, on the seeds and on the dev set copy (with its manifest); a cached
//! run gives the bytes of a cold run whatever changed in between; bad map lines are reported
//! as `file:line: reason`.

mod common;

use std::path::Path;

use common::{Workdir, repo, stderr};

/// Run tarikh in `w`, asserting success; standard error comes back.
fn ok(w: &Workdir, args: &[&str]) -> String {
    let out = w.run(args);
    assert!(out.status.success(), "tarikh {}: {}", args.join(" "), stderr(&out));
    stderr(&out)
}

/// `extract --undated --all-events` of `corpus` into `out.csv`, with the cache folder `cache`
/// or without one: the timeline's bytes and what was said on stderr.
fn extract_all_events(w: &Workdir, cache: bool) -> (Vec<u8>, String) {
    let mut args = vec!["extract", "--corpus", "corpus", "--undated", "--all-events", "-o", "out.csv"];
    if cache {
        args.extend(["--cache", "cache"]);
    }
    let err = ok(w, &args);
    (std::fs::read(w.join("out.csv")).unwrap(), err)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// For each output format: extract's bytes, and map then reduce's (through one JSONL file,
/// and through the JSONL split in two files and read in the other order).
fn assert_map_reduce_is_extract(corpus: &Path) {
    let w = Workdir::new();
    ok(&w, &["map", "--corpus", s(corpus), "-o", "all.jsonl"]);
    let lines = w.read("all.jsonl");
    assert!(lines.lines().count() > 1, "one line per article: {lines}");
    let (mut first, mut second) = (String::new(), String::new());
    for (i, line) in lines.lines().enumerate() {
        let half = if i % 2 == 0 { &mut first } else { &mut second };
        half.push_str(line);
        half.push('\n');
    }
    w.write("a.jsonl", first);
    w.write("b.jsonl", second);
    for (format, extra) in [("csv", &["--undated"][..]), ("json", &[][..]), ("jsonl", &["--all-events"][..])] {
        let mut extract = vec!["extract", "--corpus", s(corpus), "--quiet", "--format", format, "-o", "extract.out"];
        extract.extend_from_slice(extra);
        ok(&w, &extract);
        let want = std::fs::read(w.join("extract.out")).unwrap();
        for (name, inputs) in [("one file", &["all.jsonl"][..]), ("two files, other order", &["b.jsonl", "a.jsonl"][..])] {
            let mut reduce = vec!["reduce", "--quiet", "--format", format, "-o", "reduce.out"];
            reduce.extend_from_slice(inputs);
            reduce.extend_from_slice(extra);
            ok(&w, &reduce);
            let got = std::fs::read(w.join("reduce.out")).unwrap();
            assert!(got == want, "{} {format} {name}: reduce differs from extract\n--- extract\n{}\n--- reduce\n{}", corpus.display(), String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        }
    }
}

#[test]
fn map_then_reduce_is_extract_on_the_seeds() {
    assert_map_reduce_is_extract(&repo("corpus"));
}

/// The dev set copy has a manifest (publication dates, urls) and articles that borrow anchors.
#[test]
fn map_then_reduce_is_extract_on_the_dev_copy() {
    assert_map_reduce_is_extract(&repo("tests/dev/corpus"));
}

/// A run without a cache holds its articles' events in memory up to a budget and writes the
/// rest to its spill file until the merge: every budget gives the same bytes, whether all
/// events wait in memory, none do, or the corpus is cut part way (on the dev copy, whose
/// events come to about 0.09 MB by the estimate, 0.05 MB holds some and spills the others).
#[test]
fn the_events_budget_never_changes_the_timeline() {
    for corpus in [repo("corpus"), repo("tests/dev/corpus")] {
        let w = Workdir::new();
        let run = |budget: Option<&str>| {
            let mut cmd = common::tarikh();
            cmd.current_dir(w.path()).args(["extract", "--corpus", s(&corpus), "--quiet", "--undated", "--all-events", "-o", "out.csv"]);
            match budget {
                Some(mb) => cmd.env("TARIKH_EVENTS_IN_MEMORY_MB", mb),
                None => cmd.env_remove("TARIKH_EVENTS_IN_MEMORY_MB"),
            };
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "budget {budget:?}: {}", stderr(&out));
            std::fs::read(w.join("out.csv")).unwrap()
        };
        let in_memory = run(None);
        assert!(in_memory.len() > 200, "{}: rows expected", corpus.display());
        for budget in ["0", "0.05", "1000"] {
            assert!(run(Some(budget)) == in_memory, "{}: budget {budget} MB changes the timeline", corpus.display());
        }
    }
}

/// A run that writes only rows counts and frees the events that make none as the merge
/// finishes them (the default focus and window leave most events without a row): whatever
/// the budget, it writes the rows, and its summary says the counts, of a run that keeps every
/// event for its mentions file.
#[test]
fn freeing_the_events_without_a_row_changes_neither_rows_nor_counts() {
    for corpus in [repo("corpus"), repo("tests/dev/corpus")] {
        let w = Workdir::new();
        let run = |budget: &str, mentions: bool| {
            let mut cmd = common::tarikh();
            cmd.current_dir(w.path()).args(["extract", "--corpus", s(&corpus), "-o", "out.csv"]).env("TARIKH_EVENTS_IN_MEMORY_MB", budget);
            if mentions {
                cmd.args(["--mentions", "mentions.csv"]);
            }
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "budget {budget}: {}", stderr(&out));
            // The summary line, without the time it took.
            let said = stderr(&out);
            let summary = said.lines().find(|l| l.contains(" events (")).unwrap_or_else(|| panic!("no summary in {said}"));
            (std::fs::read(w.join("out.csv")).unwrap(), summary.rsplit_once(", ").unwrap().0.to_string())
        };
        let every_event = run("1000", true);
        assert!(every_event.1.contains("left out"), "{}", every_event.1);
        for budget in ["0", "0.05", "1000"] {
            let (rows, summary) = run(budget, false);
            assert!(rows == every_event.0, "{}: budget {budget} MB: the rows differ when the events without one are freed", corpus.display());
            assert_eq!(summary, every_event.1, "{}: budget {budget} MB", corpus.display());
        }
    }
}

/// Map lines carry what the contract promises: one per article, sorted, with the format, a
/// content hash that follows the bytes, and the anchor's basis.
#[test]
fn map_lines_carry_the_contract() {
    let w = Workdir::new();
    let corpus = w.copy_corpus("corpus", &[]);
    ok(&w, &["map", "--corpus", s(&corpus), "-o", "a.jsonl"]);
    let lines: Vec<serde_json::Value> = w.read("a.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert_eq!(files.len(), 5);
    for l in &lines {
        assert_eq!(l["format"], 1, "{l}");
        assert_eq!(l["hash"].as_str().unwrap().len(), 32, "{l}");
        assert!(l["anchor"]["basis"].is_string() || l["anchor"]["basis"].is_object(), "{l}");
        assert!(l["mentions"].as_array().is_some_and(|m| !m.is_empty()), "{l}");
    }
    // The same bytes give the same hash; one byte more gives another.
    let first = corpus.join(files[0]);
    let mut bytes = std::fs::read(&first).unwrap();
    bytes.push(b'\n');
    std::fs::write(&first, bytes).unwrap();
    ok(&w, &["map", "--corpus", s(&corpus), "-o", "b.jsonl"]);
    let again: Vec<serde_json::Value> = w.read("b.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_ne!(again[0]["hash"], lines[0]["hash"]);
    assert_eq!(again[1]["hash"], lines[1]["hash"]);
}

/// `--stdin-paths` maps the files listed on standard input, named relative to --corpus.
#[test]
fn map_reads_paths_from_standard_input() {
    use std::io::Write;
    let w = Workdir::new();
    let corpus = repo("corpus");
    ok(&w, &["map", "--corpus", s(&corpus), "-o", "all.jsonl"]);
    let mut paths: Vec<String> = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path().display().to_string()).filter(|p| p.ends_with(".txt")).collect();
    paths.reverse();
    let mut child = common::tarikh()
        .current_dir(w.path())
        .args(["map", "--corpus", s(&corpus), "--stdin-paths", "-o", "piped.jsonl"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all((paths.join("\n") + "\n").as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(w.read("piped.jsonl"), w.read("all.jsonl"));
}

/// A line that is not a map line, one of another format, and an article given twice are each
/// reported as `file:line: reason` and skipped (exit code 2); the good lines still count.
#[test]
fn bad_map_lines_are_reported_and_skipped() {
    let w = Workdir::new();
    ok(&w, &["map", "--corpus", s(&repo("corpus")), "-o", "all.jsonl"]);
    let all = w.read("all.jsonl");
    let first = all.lines().next().unwrap();
    let other_format = first.replacen("\"format\":1", "\"format\":7", 1);
    w.write("bad.jsonl", format!("{first}\nnot json\n\n{other_format}\n{first}\n"));
    let out = w.run(&["reduce", "bad.jsonl", "-o", "t.csv"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    for want in ["bad.jsonl:2: not a tarikh map line", "bad.jsonl:4: map format 7", "bad.jsonl:5: article 000_13adbf64111b9ab0.txt already read at bad.jsonl:1"] {
        assert!(err.contains(want), "{want:?} in\n{err}");
    }
    assert!(err.contains("1 articles read"), "{err}");
    assert!(!err.contains("mapped with other"), "same data, no warning: {err}");
    // Lines mapped with other gazetteers are read, with a warning naming the first.
    let gazetteers = w.copy_gazetteers("gaz");
    let out = w.run(&["reduce", "all.jsonl", "--gazetteers", s(&gazetteers), "-o", "t.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("all.jsonl:1: mapped with other gazetteers, lexicons or another tarikh than this reduce (5 lines so)"), "{}", stderr(&out));
    let out = w.run(&["reduce", "missing.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.jsonl"), "{}", stderr(&out));
}

/// Drop the reduced state of the cache folder `dir` (see `tarikh::reduced`): the next cached
/// run maps, borrows and merges through the cache's other files.
fn forget_state(dir: &Path) {
    std::fs::remove_file(dir.join(tarikh::reduced::STATE)).unwrap();
}

/// The cache gives the bytes of a cold run: warm, with an article added, with one edited, with
/// one removed, and with the gazetteers changed; each run maps only what changed, and all but
/// the first and the last take the corpus step from the reduced state (an edit is the removal
/// of the old article and the addition of the new one).
#[test]
fn cached_runs_give_the_cold_bytes() {
    let w = Workdir::new();
    let corpus = w.copy_corpus("corpus", &["000", "001", "002", "003"]);
    let gazetteers = w.copy_gazetteers("gaz");
    let cold = |w: &Workdir| {
        ok(w, &["extract", "--corpus", s(&corpus), "--gazetteers", s(&gazetteers), "--quiet", "--undated", "-o", "cold.csv"]);
        std::fs::read(w.join("cold.csv")).unwrap()
    };
    let cached = |w: &Workdir, from_cache: usize| {
        let err = ok(w, &["extract", "--corpus", s(&corpus), "--gazetteers", s(&gazetteers), "--cache", "cache", "--undated", "-o", "warm.csv"]);
        assert!(err.contains(&format!(", {from_cache} from the cache")), "{from_cache} from the cache: {err}");
        let from_state = format!(", the corpus step of {from_cache} articles taken back from the cache");
        assert_eq!(err.contains(&from_state), from_cache > 0, "{from_state}: {err}");
        std::fs::read(w.join("warm.csv")).unwrap()
    };
    let steps: [(&str, &dyn Fn(), usize); 7] = [
        ("cold cache", &|| {}, 0),
        ("warm", &|| {}, 4),
        ("one added", &|| {
            std::fs::copy(repo("corpus/004_7cf763c67695f5ca.txt"), corpus.join("004_7cf763c67695f5ca.txt")).unwrap();
        }, 4),
        ("one edited", &|| {
            let path = corpus.join("001_d8fdd28f253dd725.txt");
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replacen('\n', "\n\n", 1)).unwrap();
        }, 4),
        ("warm again", &|| {}, 5),
        ("one removed", &|| {
            std::fs::remove_file(corpus.join("000_13adbf64111b9ab0.txt")).unwrap();
        }, 4),
        ("gazetteer changed", &|| {
            let path = gazetteers.join("people.csv");
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replacen('\n', "\n# a comment line\n", 1)).unwrap();
        }, 0),
    ];
    for (name, change, from_cache) in steps {
        change();
        let want = cold(&w);
        let got = cached(&w, from_cache);
        assert!(got == want, "{name}: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        // An added article's record is appended, a removed or edited one's left dead in the
        // file until the dead weigh an eighth of the live (then it is written anew).
        let records = std::fs::read_to_string(w.join("cache").join(tarikh::reduced::RECORDS)).unwrap();
        let (header, _) = std::fs::read_to_string(w.join("cache").join(tarikh::reduced::STATE)).unwrap().split_once('\n').map(|(h, b)| (h.to_string(), b.to_string())).unwrap();
        let articles = serde_json::from_str::<serde_json::Value>(&header).unwrap()["articles"].as_u64().unwrap() as usize;
        assert!(records.lines().count() <= articles + articles / 8 + 1, "{name}: {} records for {articles} articles", records.lines().count());
    }
}

/// A copy of the dev set's articles in `w`'s folder `corpus`.
fn copy_dev_corpus(w: &Workdir) -> std::path::PathBuf {
    let corpus = w.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for entry in std::fs::read_dir(repo("tests/dev/corpus")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
    }
    corpus
}

/// On the dev set copy (52 articles in three languages, many reports of each event), copies
/// of articles added under other names join their originals' events (one named to come first,
/// one to come last), an edit moves an article's lines, and articles are removed: each cached
/// run takes its corpus step from the reduced state, replaying the earlier merge where it
/// stands and searching where an event that changed may take an item, and gives the bytes of
/// a cold run.
#[test]
fn cached_runs_give_the_cold_bytes_on_the_dev_copy() {
    let w = Workdir::new();
    let corpus = copy_dev_corpus(&w);
    let copy = |from: &str, to: &str| {
        std::fs::copy(corpus.join(from), corpus.join(to)).unwrap();
    };
    let steps: [(&str, &dyn Fn()); 6] = [
        ("cold cache", &|| {}),
        ("two copies added", &|| {
            copy("d101_ar.txt", "a_copy_d101_ar.txt");
            copy("d501_en.txt", "z_copy_d501_en.txt");
        }),
        ("one edited", &|| {
            let path = corpus.join("d301_ar.txt");
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replacen('\n', "\n\n", 1)).unwrap();
        }),
        ("a copy removed", &|| std::fs::remove_file(corpus.join("a_copy_d101_ar.txt")).unwrap()),
        ("an original removed", &|| std::fs::remove_file(corpus.join("d501_en.txt")).unwrap()),
        ("another copy added", &|| copy("d507_fr.txt", "e_copy_d507_fr.txt")),
    ];
    for (i, (name, change)) in steps.into_iter().enumerate() {
        change();
        let (want, _) = extract_all_events(&w, false);
        let (got, err) = extract_all_events(&w, true);
        assert!(got == want, "{name}: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        assert_eq!(err.contains("taken back from the cache"), i > 0, "{name}: {err}");
    }
}

/// An article added that reports one call leaves the other families' groupings as they were:
/// when the outputs need only rows, those families are not rebuilt (their rows are kept), and
/// when they need the events themselves (JSON, mentions) they are; each run gives a cold
/// run's bytes, and so does the run after each (the state it kept).
#[test]
fn families_no_added_article_reports_in_give_the_cold_bytes_whatever_the_output() {
    let w = Workdir::new();
    copy_dev_corpus(&w);
    let run = |cache: bool, format: &str, mentions: bool| {
        let out = format!("out.{format}");
        let mut args = vec!["extract", "--corpus", "corpus", "--undated", "--all-events", "--format", format, "-o", &out];
        if mentions {
            args.extend(["--mentions", "mentions.csv"]);
        }
        if cache {
            args.extend(["--cache", "cache"]);
        }
        let err = ok(&w, &args);
        let mut bytes = std::fs::read(w.join(&out)).unwrap();
        if mentions {
            bytes.extend(std::fs::read(w.join("mentions.csv")).unwrap());
        }
        (bytes, err)
    };
    // Two ministers no article of the dev set names: no article still to be dated reaches
    // the call, so no other family is merged again.
    let call = |name: &str, day: &str| {
        w.write(&format!("corpus/{name}"), format!("Rabat, {day} 2021\nMoroccan Health Minister Khalid Ait Taleb held a phone call on {day} 2021 with Israeli Health Minister Nitzan Horowitz about vaccine research.\n"));
    };
    let steps: [(&str, &dyn Fn(), &str, bool); 6] = [
        ("cold", &|| {}, "csv", false),
        ("a call added, rows", &|| call("k1_call.txt", "3 March"), "csv", false),
        ("a call added, events", &|| call("k2_call.txt", "9 March"), "json", false),
        ("warm, events", &|| {}, "json", false),
        ("a call added, mentions", &|| call("k3_call.txt", "12 March"), "csv", true),
        ("a call removed, rows", &|| std::fs::remove_file(w.join("corpus/k1_call.txt")).unwrap(), "csv", false),
    ];
    for (i, (name, change, format, mentions)) in steps.into_iter().enumerate() {
        change();
        let (want, _) = run(false, format, mentions);
        let (got, err) = run(true, format, mentions);
        assert!(got == want, "{name}: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        assert_eq!(err.contains("taken back from the cache"), i > 0, "{name}: {err}");
        if i > 0 && i != 3 {
            assert!(err.contains("(1 families merged again"), "{name}: only the calls are merged again: {err}");
        }
    }
}

/// A report added among many of one call (named to come among them in the merge's order)
/// makes the call's event differ from the earlier merge's from it on. The reports after it
/// share all their people and subjects with that event, which no other event can beat: they
/// join it again as the earlier merge had them, without a search (else every later report of
/// a popular event is searched again), and each run gives a cold run's bytes.
#[test]
fn reports_after_an_added_one_join_their_popular_event_without_a_search() {
    let w = Workdir::new();
    let report = |name: &str| {
        w.write(&format!("corpus/{name}"), "Rabat, 15 June 2021\nMoroccan Foreign Minister Nasser Bourita held a phone call on 14 June 2021 with Israeli Foreign Minister Yair Lapid about cooperation in water management.\n");
    };
    for k in [1, 2, 3, 4, 6, 7, 8, 9] {
        report(&format!("k{k}_call.txt"));
    }
    let searched = |err: &str| -> usize {
        let (before, _) = err.split_once(" of their events searched").unwrap_or_else(|| panic!("no count of events searched: {err}"));
        before.rsplit(' ').next().unwrap().parse().unwrap()
    };
    let (want, _) = extract_all_events(&w, false);
    let (got, _) = extract_all_events(&w, true);
    assert!(got == want, "cold cache: the cached run differs from a cold run");
    report("k5_call.txt");
    let (want, _) = extract_all_events(&w, false);
    let (got, err) = extract_all_events(&w, true);
    assert!(got == want, "a report added: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
    assert!(err.contains("(1 families merged again"), "only the calls are merged again: {err}");
    // The added report is searched; the four after it are not.
    assert_eq!(searched(&err), 1, "{err}");
    let rows = String::from_utf8_lossy(&got).lines().filter(|l| l.contains("2021-06-14")).count();
    assert_eq!(rows, 1, "one call, of nine sources:\n{}", String::from_utf8_lossy(&got));
}

/// The corpus step of a run over the corpus of the reduced state, or over it with articles
/// added, removed or edited, comes back from that state, with the bytes of a cold run: b has
/// no date and borrows a's day for their shared signing; c, whose only event is b's meeting,
/// borrows once b is dated. Warm, nothing is merged again; a copy of a (its row gains a
/// source, on the same day) leaves both anchors as they were and merges the agreements again;
/// an article on other people merges its own families again; a copy of b borrows a's day as b
/// does (its meeting then is one c could borrow from, but b gives c that day already). A
/// report of the signing on another day may change the anchors of the articles still to be
/// dated that reach it: b and b2 are dated again, and c, which reaches their meetings; with
/// it gone and c edited, b and b2 are dated again (c is new).
#[test]
fn the_corpus_step_comes_back_from_the_cache_only_while_what_it_read_stands() {
    let w = Workdir::new();
    let signing = "وقع ناصر بوريطة ويائير لابيد، أمس، اتفاقا للتعاون الثقافي في الرباط.\n";
    w.write("corpus/a.txt", format!("نشر: 2021-08-12\n{signing}"));
    w.write("corpus/b.txt", format!("{signing}\nوالتقى الوزير عبد اللطيف اللوديي بيني غانتس اليوم في الرباط.\n"));
    w.write("corpus/c.txt", "التقى الوزير عبد اللطيف اللوديي بيني غانتس، أمس، في الرباط.\n");
    let run = extract_all_events;
    let memo = |anchors: usize, families: usize| format!(", {anchors} borrowed anchors and {families} event families merged from the cache");
    let state = |articles: usize, merged: usize| format!(", the corpus step of {articles} articles taken back from the cache ({merged} families merged again");
    // (what changed, what the run took from the cache)
    let steps: [(&str, &dyn Fn(), String); 8] = [
        ("cold cache", &|| {}, memo(0, 0)),
        ("warm", &|| {}, state(3, 0)),
        ("a copy of a: same day, one more source", &|| {
            w.write("corpus/a2.txt", format!("نشر: 2021-08-12\n{signing}"));
        }, state(3, 1)),
        ("other people", &|| {
            w.write("corpus/o.txt", "نشر: 2022-03-01\nاستقبل رئيس الحكومة عزيز أخنوش، اليوم، وفدا اقتصاديا في الرباط.\n");
        }, state(4, 2)),
        ("a copy of b: to be dated, it borrows a's day", &|| {
            w.write("corpus/b2.txt", format!("{signing}\nوالتقى الوزير عبد اللطيف اللوديي بيني غانتس اليوم في الرباط.\n"));
        }, state(5, 2)),
        ("the signing reported on another day: b, b2 and c dated again", &|| {
            w.write("corpus/d.txt", format!("نشر: 2021-08-20\n{signing}"));
        }, state(6, 2) + ", 6 of their events searched and 3 as before, 3 of its articles dated again)"),
        ("the day restored, c edited", &|| {
            std::fs::remove_file(w.join("corpus/d.txt")).unwrap();
            w.write("corpus/c.txt", "\nالتقى الوزير عبد اللطيف اللوديي بيني غانتس، أمس، في الرباط.\n");
        }, state(5, 2) + ", 5 of their events searched and 3 as before, 2 of its articles dated again)"),
        ("warm again", &|| {}, state(6, 0)),
    ];
    for (name, change, reused) in steps {
        change();
        let (want, _) = run(&w, false);
        let (got, err) = run(&w, true);
        assert!(got == want, "{name}: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        assert!(err.contains(&reused), "{name}: {reused} expected: {err}");
    }
    let timeline = String::from_utf8(run(&w, false).0).unwrap();
    let meeting = timeline.lines().find(|l| l.contains(",meeting,") && l.contains("c.txt")).unwrap_or_default();
    assert!(meeting.contains("2021-08-12") && meeting.contains("b.txt; b2.txt; c.txt"), "b, b2 and c are dated again: {timeline}");
}

/// A grouping kept in the cache that does not fit the family's events (a damaged or foreign
/// line) is not used: the family is merged again, with the cold bytes.
#[test]
fn a_damaged_merge_entry_is_merged_again() {
    let w = Workdir::new();
    let corpus = w.copy_corpus("corpus", &[]);
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "--undated", "-o", "cold.csv"]);
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "--undated", "--cache", "cache", "-o", "first.csv"]);
    forget_state(&w.join("cache"));
    let merged = w.join("cache").join(tarikh::cache::MERGED);
    let damaged: String = std::fs::read_to_string(&merged)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let (key, groups) = line.split_once('\t').unwrap();
            // Every other way a grouping can be wrong: an event twice, one left out, a
            // position out of range, not numbers.
            let groups = match i % 4 {
                0 => format!("{groups} 0"),
                1 => groups.rsplit_once(';').map_or("", |(rest, _)| rest).to_string(),
                2 => format!("{groups};99999"),
                _ => "x".to_string(),
            };
            format!("{key}\t{groups}\n")
        })
        .collect();
    std::fs::write(&merged, damaged).unwrap();
    let err = ok(&w, &["extract", "--corpus", s(&corpus), "--undated", "--cache", "cache", "-o", "again.csv"]);
    assert!(err.contains(" and 0 event families merged from the cache"), "{err}");
    assert_eq!(std::fs::read(w.join("again.csv")).unwrap(), std::fs::read(w.join("cold.csv")).unwrap());
    forget_state(&w.join("cache"));
    let err = ok(&w, &["extract", "--corpus", s(&corpus), "--undated", "--cache", "cache", "-o", "healed.csv"]);
    assert!(!err.contains(" and 0 event families merged from the cache"), "merged as before once kept again: {err}");
    assert_eq!(std::fs::read(w.join("healed.csv")).unwrap(), std::fs::read(w.join("cold.csv")).unwrap());
}

/// A reduced state that is damaged (a date changed in its index and groupings, or in an
/// article's record) or was made over another corpus folder is not used: the run takes the
/// whole corpus step, with the cold bytes, and keeps the state anew. A warm run does not read
/// the records (the rows are kept with the groupings), so a damaged record shows at the next
/// run that reads them, one with an article added.
#[test]
fn a_damaged_state_is_not_used() {
    let w = Workdir::new();
    let corpus = w.copy_corpus("corpus", &["000", "001", "002", "003"]);
    let cold = |w: &Workdir, out: &str| {
        ok(w, &["extract", "--corpus", s(&corpus), "--quiet", "--undated", "-o", out]);
        std::fs::read(w.join(out)).unwrap()
    };
    let want = cold(&w, "cold.csv");
    let cached = |w: &Workdir, out: &str| {
        let err = ok(w, &["extract", "--corpus", s(&corpus), "--undated", "--cache", "cache", "-o", out]);
        assert_eq!(std::fs::read(w.join(out)).unwrap(), std::fs::read(w.join("cold.csv")).unwrap(), "{out}");
        err
    };
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "--undated", "--cache", "cache", "-o", "first.csv"]);
    let damage = |file: &str, from: &str, to: &str| {
        let path = w.join("cache").join(file);
        let state = std::fs::read_to_string(&path).unwrap();
        let damaged = state.replacen(from, to, 1);
        assert_ne!(damaged, state, "{file}: a date to change");
        std::fs::write(&path, damaged).unwrap();
    };
    damage(tarikh::reduced::STATE, "2021-", "2019-");
    let err = cached(&w, "again.csv");
    assert!(err.contains("borrowed anchors and") && !err.contains("corpus step of"), "{err}");
    let err = cached(&w, "healed.csv");
    assert!(err.contains("the corpus step of 4 articles taken back"), "kept anew: {err}");
    // A record well formed but naming another file for its sentences: only its hash tells.
    damage(tarikh::reduced::RECORDS, "000_13adbf64111b9ab0.txt\t", "000_13adbf64111b9ab1.txt\t");
    let err = cached(&w, "warm.csv");
    assert!(err.contains("the corpus step of 4 articles taken back"), "the records are not read: {err}");
    std::fs::copy(repo("corpus/004_7cf763c67695f5ca.txt"), corpus.join("004_7cf763c67695f5ca.txt")).unwrap();
    assert_ne!(cold(&w, "cold.csv"), want, "the added article adds rows");
    let err = cached(&w, "added.csv");
    assert!(err.contains("borrowed anchors and") && !err.contains("corpus step of"), "the damaged record is read: {err}");
    let err = cached(&w, "healed.csv");
    assert!(err.contains("the corpus step of 5 articles taken back"), "kept anew: {err}");
    // The same files under another folder name: their sentences are read from there.
    std::fs::rename(&corpus, w.join("moved")).unwrap();
    let err = ok(&w, &["extract", "--corpus", s(&w.join("moved")), "--undated", "--cache", "cache", "-o", "moved.csv"]);
    assert!(!err.contains("corpus step of"), "{err}");
    assert_eq!(std::fs::read(w.join("moved.csv")).unwrap(), std::fs::read(w.join("cold.csv")).unwrap());
}

/// `map --cache` shares extract's cache: a map after a cached extract maps nothing and writes
/// the lines of a cold map.
#[test]
fn map_uses_the_cache_of_extract() {
    let w = Workdir::new();
    let corpus = repo("corpus");
    ok(&w, &["map", "--corpus", s(&corpus), "-o", "cold.jsonl"]);
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "--cache", "cache", "-o", "t.csv"]);
    let pack = w.join("cache").join(tarikh::cache::PACK);
    let kept = std::fs::read_to_string(&pack).unwrap();
    assert_eq!(kept.lines().count(), 5, "one line an article: {kept}");
    ok(&w, &["map", "--corpus", s(&corpus), "--cache", "cache", "-o", "warm.jsonl"]);
    assert_eq!(w.read("warm.jsonl"), w.read("cold.jsonl"));
    assert_eq!(std::fs::read_to_string(&pack).unwrap(), kept, "nothing new to keep");
    // The lines are the cache's: a mark put in an entry shows in the output.
    std::fs::write(&pack, kept.replacen("\"evidence\":[\"", "\"evidence\":[\"MARK ", 1)).unwrap();
    ok(&w, &["map", "--corpus", s(&corpus), "--cache", "cache", "-o", "marked.jsonl"]);
    assert_eq!(w.read("marked.jsonl").matches("MARK ").count(), 1);
}

/// A damaged cache entry is noted on standard error with its line and its article mapped
/// again, with the cold bytes and exit code 0; the next run finds the line kept again.
#[test]
fn corrupt_cache_entries_are_mapped_again() {
    let w = Workdir::new();
    let corpus = repo("corpus");
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "-o", "cold.csv"]);
    ok(&w, &["extract", "--corpus", s(&corpus), "--quiet", "--cache", "cache", "-o", "first.csv"]);
    let pack = w.join("cache").join(tarikh::cache::PACK);
    let kept = std::fs::read_to_string(&pack).unwrap();
    let (first, rest) = kept.split_once('\n').unwrap();
    let key = first.split('\t').next().unwrap();
    std::fs::write(&pack, format!("{key}\t{{\"format\":1,\"file\":\n{rest}")).unwrap();
    forget_state(&w.join("cache"));
    let out = w.run(&["extract", "--corpus", s(&corpus), "--cache", "cache", "-o", "again.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:1: not a tarikh map line", tarikh::cache::PACK)) && err.contains("mapped again") && err.contains(", 4 from the cache"), "{err}");
    assert_eq!(w.read("again.csv"), w.read("cold.csv"));
    let err = ok(&w, &["extract", "--corpus", s(&corpus), "--cache", "cache", "-o", "healed.csv"]);
    assert!(err.contains(", 5 from the cache"), "the entry was written again: {err}");
}

/// An article that cannot be decoded is reported as `FILE: reason` and gets no line (exit code
/// 2); the others are mapped (the Spark driver names the articles without a line).
#[test]
fn unreadable_articles_get_no_line() {
    let w = Workdir::new();
    let corpus = w.copy_corpus("corpus", &["000", "001"]);
    w.write("corpus/bad.txt", b"\xff\xfe\xfe\x00\xd8");
    let out = w.run(&["map", "--corpus", s(&corpus), "-o", "a.jsonl"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("bad.txt: "), "{}", stderr(&out));
    let files: Vec<String> = w.read("a.jsonl").lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(files, ["000_13adbf64111b9ab0.txt", "001_d8fdd28f253dd725.txt"]);
}

/// The keys of each file of a cache folder, sorted.
fn cache_keys(dir: &Path) -> Vec<(String, Vec<String>)> {
    [tarikh::cache::PACK, tarikh::cache::BORROWED, tarikh::cache::MERGED]
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
            let mut keys: Vec<String> = text.lines().map(|l| l.split('\t').next().unwrap().to_string()).collect();
            keys.sort();
            (file.to_string(), keys)
        })
        .collect()
}

/// A cached run keeps only what the current corpus reaches: after articles are removed and
/// one edited, the run from the reduced state keeps the map lines a cache made cold on that
/// corpus holds, and a run of the whole corpus step (the state dropped) keeps in each file of
/// the cache the keys a cold cache holds (what borrowing and the merge found, which the run
/// from the state does not look up, included), nothing else left in the folder; each run
/// gives the cold bytes.
#[test]
fn the_cache_keeps_only_what_the_corpus_reaches() {
    let w = Workdir::new();
    let corpus = copy_dev_corpus(&w);
    let run = |w: &Workdir, cache: &str| {
        ok(w, &["extract", "--corpus", "corpus", "--quiet", "--undated", "--cache", cache, "-o", "out.csv"]);
        std::fs::read(w.join("out.csv")).unwrap()
    };
    run(&w, "cache");
    let before = cache_keys(&w.join("cache"));
    assert!(before.iter().all(|(file, keys)| !keys.is_empty() || file != tarikh::cache::PACK), "{before:?}");
    let mut articles: Vec<std::path::PathBuf> = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    articles.sort();
    for gone in articles.iter().step_by(4) {
        std::fs::remove_file(gone).unwrap();
    }
    let edited = &articles[1];
    let text = std::fs::read_to_string(edited).unwrap();
    std::fs::write(edited, text.replacen('\n', "\n\n", 1)).unwrap();
    let got = run(&w, "cache");
    let want = run(&w, "fresh");
    assert!(got == want, "the compacted run differs from a cold run");
    let (kept, fresh) = (cache_keys(&w.join("cache")), cache_keys(&w.join("fresh")));
    assert_eq!(kept[0], fresh[0], "only the lines the corpus reaches are kept");
    forget_state(&w.join("cache"));
    assert!(run(&w, "cache") == want, "the whole corpus step differs from a cold run");
    let kept = cache_keys(&w.join("cache"));
    assert_eq!(kept, fresh, "only what the corpus reaches is kept");
    assert_ne!(kept, before, "entries of removed articles went");
    let files = std::fs::read_dir(w.join("cache")).unwrap().count();
    // (The map lines, borrowed anchors, merges, files' hashes, state, records and the names'
    // spelling variants.)
    assert_eq!(files, 7, "no temporary file left");
    // And a warm run after the compaction takes everything back.
    assert!(run(&w, "cache") == want);
    assert_eq!(cache_keys(&w.join("cache")), fresh);
}

/// A cached run learns that an article is unchanged from its file's stamp (size, times, inode:
/// see `tarikh::hashed`) instead of reading it, and never takes a changed article for an
/// unchanged one: an edit that keeps the size and sets the modification time back, and an edit
/// in the same second as the hashing (racy), are both seen; a file touched but unchanged is
/// hashed again and the corpus step still comes back whole from the state. Every run gives the
/// bytes of a cold run.
#[test]
fn file_stamps_never_hide_an_edit() {
    let w = Workdir::new();
    let signing = "وقع ناصر بوريطة ويائير لابيد، أمس، اتفاقا للتعاون الثقافي في الرباط.\n";
    let a = w.write("corpus/a.txt", format!("نشر: 2021-08-12\n{signing}"));
    let b = w.write("corpus/b.txt", "نشر: 2022-03-01\nاستقبل رئيس الحكومة عزيز أخنوش، اليوم، وفدا اقتصاديا إسرائيليا في الرباط.\n");
    let run = extract_all_events;
    let hashed = |w: &Workdir| std::fs::read_to_string(w.join("cache").join(tarikh::hashed::FILE)).unwrap_or_default();
    let modified = |p: &Path| std::fs::metadata(p).unwrap().modified().unwrap();
    // The same size, the modification time set back.
    let edit_in_place = |p: &Path, from: &str, to: &str| {
        assert_eq!(from.len(), to.len());
        let before = modified(p);
        let text = std::fs::read_to_string(p).unwrap();
        assert!(text.contains(from));
        std::fs::write(p, text.replacen(from, to, 1)).unwrap();
        std::fs::File::options().write(true).open(p).unwrap().set_modified(before).unwrap();
        assert_eq!(modified(p), before);
    };
    // Settled files: their stamps vouch for them once hashed.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let warm = ", the corpus step of 2 articles taken back from the cache (0 families merged again";
    let steps: [(&str, &dyn Fn(), Option<&str>); 6] = [
        ("cold cache", &|| {}, None),
        ("warm", &|| {}, Some(warm)),
        ("edited keeping size and modification time", &|| edit_in_place(&a, "2021-08-12", "2021-08-13"), None),
        ("touched but unchanged", &|| {
            std::fs::File::options().write(true).open(&b).unwrap().set_modified(std::time::SystemTime::now()).unwrap();
        }, Some(warm)),
        ("edited again at once (racy), size and time kept", &|| edit_in_place(&a, "2021-08-13", "2021-08-14"), None),
        ("warm again", &|| {}, Some(warm)),
    ];
    for (name, change, reused) in steps {
        change();
        let (want, _) = run(&w, false);
        let (got, err) = run(&w, true);
        assert!(got == want, "{name}: the cached run differs from a cold run\n{}\n---\n{}", String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        if let Some(reused) = reused {
            assert!(err.contains(reused), "{name}: {reused} expected: {err}");
        }
        assert_eq!(hashed(&w).lines().count(), 3, "{name}: the two articles and the program: {}", hashed(&w));
    }
    // Signed the day before it was published: the last edit's day.
    let timeline = String::from_utf8(run(&w, false).0).unwrap();
    assert!(timeline.contains(",2021-08-13,") && !timeline.contains(",2021-08-12,"), "the last edit is read: {timeline}");
}
