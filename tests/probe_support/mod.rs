//! What the blind probes' tests share (tests/probe.rs … tests/probe5.rs): a probe is a folder of
//! pages with its gold `expected.csv` and `manifest.csv`, and its test keeps two tables, the
//! events found (which must stay found) and the known failures (each in the state it is in today,
//! or fixed; any third state fails), and checks the publication dates. The later probes declare
//! their tables as one `Probe`, whose methods are their tests. Used with `mod common;` declared
//! beside it.

#![allow(dead_code)]

pub mod files;

use crate::common::{Workdir, assert_unique_names, repo, stderr};
use tarikh::timeline::Row;

/// A row as the tables describe it: (source file, date, type, status, people it lists at least).
/// The date is a prefix: "2022-03" accepts any day of March, as the gold scorer does for a
/// month-precision event; the types visit and opening are one family, as in the scorer.
pub type Expect = (&'static str, &'static str, &'static str, &'static str, &'static [&'static str]);

/// A known failure: its gold event key (empty for a row no event accounts for), its family as
/// the probe's document names it, the row today (`None`: no dated row) and the row a fix gives
/// (`None`: the row should not exist).
#[derive(Clone, Copy)]
pub struct Known {
    pub key: &'static str,
    pub family: &'static str,
    pub now: Option<Expect>,
    pub fixed: Option<Expect>,
}

fn family(ty: &str) -> &str {
    if ty == "opening" { "visit" } else { ty }
}

/// Whether `r` is the row `expect` describes.
pub fn matches(r: &Row, (file, date, ty, status, people): &Expect) -> bool {
    r.sources.iter().any(|s| s == file)
        && r.date.is_some_and(|d| d.to_string().starts_with(date))
        && family(r.event_type.as_str()) == family(ty)
        && r.status.as_str() == *status
        && people.iter().all(|p| r.people.iter().any(|x| x == p))
}

/// A work folder with the pages of the probe in `probe` (a repository path) in `corpus/`, and
/// its manifest as `corpus/index.csv` when asked.
pub fn corpus(probe: &str, with_manifest: bool) -> Workdir {
    let w = Workdir::new();
    let dir = repo(probe);
    let corpus = w.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
        }
    }
    if with_manifest {
        std::fs::copy(dir.join("manifest.csv"), corpus.join("index.csv")).unwrap();
    }
    w
}

/// The timeline of the probe's pages, with the manifest's publication dates or from the text,
/// and the rows as a table for failure messages.
pub fn timeline(probe: &str, with_manifest: bool) -> (Vec<Row>, String) {
    let w = corpus(probe, with_manifest);
    let out = w.run(&["extract", "--corpus", "corpus", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    let table = rows
        .iter()
        .map(|r| format!("{} {} {} {} | {} [{}]", r.date.map(|d| d.to_string()).unwrap_or_default(), r.event_type.as_str(), r.status.as_str(), r.people.join("; "), r.title, r.sources.join("; ")))
        .collect::<Vec<_>>()
        .join("\n");
    (rows, table)
}

/// The gold scorer's counts of a probe's timeline: rows, rows matching an event, duplicates,
/// rows matching nothing, required events found. A probe records them so that a new false row
/// or a lost duplicate shows as a change, as the tables of found rows and known failures cannot
/// (they say nothing of rows no gold event accounts for).
pub type Counts = (usize, usize, usize, usize, usize);

/// The scorer's verdict on the probe's timeline (`tarikh::eval`, the rules of
/// `score_timeline.py`), as counts and as the scorer's verbose report.
pub fn scores(probe: &str, with_manifest: bool) -> (Counts, String) {
    let w = corpus(probe, with_manifest);
    let out = w.run(&["extract", "--corpus", "corpus", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let gold = tarikh::eval::read_gold(&repo(probe).join("expected.csv")).unwrap();
    let rows = tarikh::eval::read_pred(&w.join("t.csv")).unwrap();
    let s = tarikh::eval::score(&gold, &rows);
    ((s.rows, s.matched, s.duplicates, s.false_positives, s.required_found), tarikh::eval::render(&s, true))
}

/// The scorer's counts are the recorded ones, from the text and with the manifest. Either way a
/// move fails, so that an improvement is recorded and a regression seen.
pub fn assert_scores(probe: &str, text: Counts, with_manifest: Counts) {
    for (manifest, recorded) in [(false, text), (true, with_manifest)] {
        let (now, report) = scores(probe, manifest);
        let run = if manifest { "with the manifest" } else { "from the text" };
        assert_eq!(now, recorded, "{probe} {run}: the scorer's (rows, matched, duplicates, false+, required found) moved; record the new counts if the move is right:\n{report}");
    }
}

/// The publication date `tarikh dates` finds for each page of `published` (file, the day,
/// whether the text states it) is that day, or none when the text does not state it or the page
/// is in `missed` (file, family: stated but not found today; a find is announced on standard
/// error). A wrong date always fails.
pub fn assert_publication_dates(probe: &str, published: &[(&str, &str, bool)], missed: &[(&str, &str)]) {
    let w = corpus(probe, false);
    let files: Vec<String> = published.iter().map(|(f, _, _)| format!("corpus/{f}")).collect();
    let found_dates = publication_dates(&w, &files);
    for (file, day, stated) in published {
        let found = found_dates.iter().find(|(f, _)| f.ends_with(file)).map(|(_, v)| v.as_str()).unwrap_or("");
        let missed = missed.iter().find(|(f, _)| f == file);
        // A span ("2022-07-18/2022-07-24": the page was written on a day borrowed from another
        // page's event or in the days after) is a bound, not a day: it must hold the day.
        let found = match found.split_once('/') {
            Some((first, last)) => {
                assert!(first <= *day && *day <= last, "{file}: the publication bound {found} does not hold {day}");
                ""
            }
            None => found,
        };
        if found.is_empty() {
            assert!(!stated || missed.is_some(), "{file}: no publication date, the text states {day}");
        } else {
            assert_eq!(found, *day, "{file}: wrong publication date");
            assert!(missed.is_none(), "{file}: publication date now found, remove it from PUBLISHED_MISSED ({})", missed.map_or("", |m| m.1));
        }
    }
}

/// The publication date `tarikh dates` finds for each of `files` (paths in `w`), read together
/// (a page without a date of its own may borrow one from the others): (file as written in the
/// output, the day or empty).
pub fn publication_dates(w: &Workdir, files: &[String]) -> Vec<(String, String)> {
    let mut args = vec!["dates", "--no-bom"];
    args.extend(files.iter().map(String::as_str));
    let out = w.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[2] == "published")
        .map(|r| (r[0].to_string(), r[7].to_string()))
        .collect()
}

/// Each event of `found` has its row, each report of `joined` (gold key, file) is among the
/// sources of its event's row, and no page of `no_row` (file, why) is the source of a row — but
/// of the rows `joined` names it in: a page whose news is no event may still report one in
/// passing, undated, and join the row its date comes from elsewhere.
pub fn assert_found(rows: &[Row], table: &str, found: &[&(&str, Expect)], joined: &[(&str, &'static str)], no_row: &[(&str, &str)]) {
    for (key, expect) in found {
        assert!(rows.iter().any(|r| matches(r, expect)), "{key}: no {expect:?} in:\n{table}");
    }
    for (key, file) in joined {
        let (_, (_, date, ty, status, people)) = found.iter().find(|(k, _)| k == key).unwrap();
        let expect = (*file, *date, *ty, *status, *people);
        assert!(rows.iter().any(|r| matches(r, &expect)), "{key}: {file} is not among the sources of its row:\n{table}");
    }
    for (file, why) in no_row {
        let joins = |r: &Row| joined.iter().any(|(key, f)| f == file && found.iter().any(|(k, expect)| k == key && matches(r, &(*f, expect.1, expect.2, expect.3, expect.4))));
        assert!(!rows.iter().any(|r| r.sources.iter().any(|s| s == file) && !joins(r)), "{file} gives a row ({why}):\n{table}");
    }
}

/// Each known failure is in its known state; one that is fixed fails, so that the table is moved
/// with the fix and stays true.
pub fn assert_known(rows: &[Row], table: &str, known: &[Known]) {
    for k in known {
        let fixed = match &k.fixed {
            Some(expect) => rows.iter().any(|r| matches(r, expect)),
            None => !k.now.as_ref().is_some_and(|now| rows.iter().any(|r| matches(r, now))),
        };
        // With no row today, the state is "no dated row of that kind from that page": a row
        // with another date is a third state. A fix that names nobody (officials named by their
        // countries) is not the row of someone else's meeting the page also tells.
        let still = match (&k.now, &k.fixed) {
            (Some(now), _) => rows.iter().any(|r| matches(r, now)),
            (None, Some((file, _, ty, status, people))) => !rows.iter().any(|r| matches(r, &(*file, "", *ty, *status, *people)) && (!people.is_empty() || r.people.is_empty())),
            (None, None) => false,
        };
        assert!(fixed || still, "known failure {:?} ({}) is in neither its known state {:?} nor fixed {:?}:\n{table}", k.key, k.family, k.now, k.fixed);
        assert!(!fixed || still, "known failure now fixed, move it out of KNOWN (to FOUND when it is a gold event): {:?} ({})", k.key, k.family);
    }
}

/// Every event key of the tables is the gold's, at most once, and every required gold event of
/// the probe in `probe` is in a table (`found` keys, or a known failure's).
pub fn assert_gold_in_tables(probe: &str, found: &[&str], known: &[Known]) {
    let mut reader = csv::Reader::from_path(repo(probe).join("expected.csv")).unwrap();
    // Required unless `optional`, as the gold scorer reads the column (`yes` in the first five
    // probes, `required` in the sixth).
    let gold: Vec<(String, bool)> = reader.records().map(|r| r.unwrap()).map(|r| (r[0].to_string(), &r[1] != "optional")).collect();
    let keys: Vec<&str> = found.iter().copied().chain(known.iter().map(|k| k.key).filter(|k| !k.is_empty())).collect();
    assert_unique_names(keys.iter().copied());
    for key in &keys {
        assert!(gold.iter().any(|(g, _)| g == key), "{key} is not an event of expected.csv");
    }
    for (g, required) in &gold {
        assert!(!required || keys.contains(&g.as_str()), "required event {g} is in neither FOUND nor KNOWN");
    }
    for k in known {
        assert!(k.now.is_some() || k.fixed.is_some(), "{:?}: a known failure needs a state", k.family);
    }
}

/// A probe's tables. Those named `…_text` or `…_with_manifest` hold only for the run from the
/// text or with the manifest; the others for both.
pub struct Probe {
    /// The probe's folder, a repository path.
    pub dir: &'static str,
    /// Events found: (gold event key, the row).
    pub found: &'static [(&'static str, Expect)],
    pub found_with_manifest: &'static [(&'static str, Expect)],
    /// Reports of an event in other pages that join its row: (gold event key, file).
    pub joined: &'static [(&'static str, &'static str)],
    pub joined_with_manifest: &'static [(&'static str, &'static str)],
    /// Pages that give no row: (file, why).
    pub no_row: &'static [(&'static str, &'static str)],
    pub known: &'static [Known],
    pub known_text: &'static [Known],
    pub known_with_manifest: &'static [Known],
    /// Rows whose title is known wrong: (the row, the wrong phrase its title has today, family).
    pub known_titles: &'static [(Expect, &'static str, &'static str)],
    /// (file, the day, whether the text states it); see `assert_publication_dates`.
    pub published: &'static [(&'static str, &'static str, bool)],
    /// Stated publication dates not found today: (file, family).
    pub published_missed: &'static [(&'static str, &'static str)],
    /// Publication dates wrong today: (file, the right day, the day found today, family).
    pub published_wrong: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// The scorer's counts from the text and with the manifest; see `assert_scores`.
    pub scores: (Counts, Counts),
}

impl Probe {
    /// The events found stay found, their reports in other pages join them, and the pages of
    /// `no_row` give none — but for a page whose false row is a known failure (a distractor
    /// that gives a row today: `check_known` watches that row, and the page gives no other).
    pub fn check_found(&self, with_manifest: bool) {
        let (rows, table) = timeline(self.dir, with_manifest);
        let mut found: Vec<&(&str, Expect)> = self.found.iter().collect();
        let mut joined = self.joined.to_vec();
        if with_manifest {
            found.extend(self.found_with_manifest);
            joined.extend_from_slice(self.joined_with_manifest);
        }
        let mut known: Vec<&Known> = self.known.iter().collect();
        known.extend(if with_manifest { self.known_with_manifest } else { self.known_text });
        let of_a_no_row_page = |r: &Row| r.sources.iter().any(|s| self.no_row.iter().any(|(file, _)| s == file));
        let known_false_row = |r: &Row| of_a_no_row_page(r) && known.iter().any(|k| k.key.is_empty() && k.now.is_some_and(|now| matches(r, &now)));
        let rows: Vec<Row> = rows.into_iter().filter(|r| !known_false_row(r)).collect();
        assert_found(&rows, &table, &found, &joined, self.no_row);
    }

    /// Every known failure, of rows and of titles, is in its known state or fixed, in both runs.
    pub fn check_known(&self) {
        for with_manifest in [false, true] {
            let (rows, table) = timeline(self.dir, with_manifest);
            assert_known(&rows, &table, self.known);
            assert_known(&rows, &table, if with_manifest { self.known_with_manifest } else { self.known_text });
            self.check_titles(&rows, &table);
        }
    }

    /// Each row of `known_titles` exists with the phrase in its title; without it, the failure
    /// is fixed and the entry must go.
    fn check_titles(&self, rows: &[Row], table: &str) {
        for (expect, phrase, family) in self.known_titles {
            let titles: Vec<&str> = rows.iter().filter(|r| matches(r, expect)).map(|r| r.title.as_str()).collect();
            assert!(!titles.is_empty(), "no row {expect:?} for the known title failure ({family}):\n{table}");
            assert!(titles.iter().any(|t| t.contains(phrase)), "known title failure now fixed, remove it from KNOWN_TITLES: {expect:?} ({family}): {titles:?}");
        }
    }

    /// The publication dates are right or missing; a page of `published_wrong` is checked there.
    pub fn check_publication_dates(&self) {
        let published: Vec<(&str, &str, bool)> = self.published.iter().filter(|(f, _, _)| !self.published_wrong.iter().any(|w| w.0 == *f)).copied().collect();
        assert_publication_dates(self.dir, &published, self.published_missed);
    }

    /// Each wrong publication date is found wrong as today, or right (then the test fails so that
    /// the entry moves to `published`); any other value fails.
    pub fn check_wrong_publication_dates(&self) {
        // All the pages: a page without a date of its own borrows one from the others' events.
        let w = corpus(self.dir, false);
        let mut files: Vec<String> = std::fs::read_dir(w.join("corpus")).unwrap().map(|e| e.unwrap().path().display().to_string()).collect();
        files.sort();
        let found = publication_dates(&w, &files);
        for (file, right, now, family) in self.published_wrong {
            let value = found.iter().find(|(f, _)| f.ends_with(file)).map_or("", |(_, v)| v.as_str());
            assert!(value != *right, "{file}: publication date now right, move it to PUBLISHED ({family})");
            let holds = value.split_once('/').is_some_and(|(first, last)| first <= *right && *right <= last);
            assert!(!holds, "{file}: publication now a bound that holds the right day, move it to PUBLISHED ({family})");
            assert_eq!(value, *now, "{file}: publication date neither the known wrong day nor right ({family})");
        }
    }

    /// Every required gold event is in a table. An event found from the text only through a
    /// known failure of the text run is that failure's, not found.
    pub fn check_gold_in_tables(&self) {
        let found: Vec<&str> = self.found.iter().chain(self.found_with_manifest).map(|(k, _)| *k).filter(|k| !self.known_text.iter().any(|x| x.key == *k)).collect();
        let known: Vec<Known> = self.known.iter().chain(self.known_text).chain(self.known_with_manifest).copied().collect();
        assert_gold_in_tables(self.dir, &found, &known);
    }
}

/// The tests of a probe whose file declares `PROBE` and each table of `Probe` under its name in
/// capitals (`FOUND`, `FOUND_WITH_MANIFEST`, …, `PUBLISHED_WRONG`, `SCORES`). The first two
/// probes' files keep tests of their own shape, hence the allowances.
#[allow(unused_macros)]
macro_rules! probe_tests {
    () => {
        /// The probe's tables.
        const TABLES: probe_support::Probe = probe_support::Probe {
            dir: PROBE,
            found: FOUND,
            found_with_manifest: FOUND_WITH_MANIFEST,
            joined: JOINED,
            joined_with_manifest: JOINED_WITH_MANIFEST,
            no_row: NO_ROW,
            known: KNOWN,
            known_text: KNOWN_TEXT,
            known_with_manifest: KNOWN_WITH_MANIFEST,
            known_titles: KNOWN_TITLES,
            published: PUBLISHED,
            published_missed: PUBLISHED_MISSED,
            published_wrong: PUBLISHED_WRONG,
            scores: SCORES,
        };

        #[test]
        fn events_found_from_the_text_stay_found() {
            TABLES.check_found(false);
        }

        #[test]
        fn events_found_with_the_manifest_stay_found() {
            TABLES.check_found(true);
        }

        #[test]
        fn known_failures_are_still_there_or_fixed() {
            TABLES.check_known();
        }

        #[test]
        fn publication_dates_are_right_or_missing() {
            TABLES.check_publication_dates();
        }

        #[test]
        fn wrong_publication_dates_are_still_the_known_ones_or_fixed() {
            TABLES.check_wrong_publication_dates();
        }

        #[test]
        fn every_required_gold_event_is_in_a_table() {
            TABLES.check_gold_in_tables();
        }

        #[test]
        fn the_scorers_counts_are_the_recorded_ones() {
            probe_support::assert_scores(TABLES.dir, TABLES.scores.0, TABLES.scores.1);
        }
    };
}
#[allow(unused_imports)]
pub(crate) use probe_tests;
