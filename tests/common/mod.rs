//! Test helpers: a scratch folder and a way to run the `tarikh` binary in it (after xsv's
//! `Workdir`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch folder that is removed at the end of the test.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    /// A new empty folder.
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().unwrap() }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside it.
    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Write a file (parent folders created).
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Copy the seed corpus into `rel`.
    pub fn copy_corpus(&self, rel: &str, files: &[&str]) -> PathBuf {
        let dir = self.join(rel);
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(repo("corpus")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if files.is_empty() || files.iter().any(|f| name.starts_with(f)) {
                std::fs::copy(&path, dir.join(&name)).unwrap();
            }
        }
        dir
    }

    /// Copy the built-in gazetteers into `rel`.
    pub fn copy_gazetteers(&self, rel: &str) -> PathBuf {
        let dir = self.join(rel);
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["people.csv", "organisations.csv", "places.csv", "roles.csv"] {
            std::fs::copy(repo("gazetteers").join(name), dir.join(name)).unwrap();
        }
        dir
    }

    /// Run `tarikh` with `args`, in this folder.
    pub fn run(&self, args: &[&str]) -> Output {
        tarikh().current_dir(self.path()).args(args).output().unwrap()
    }

    /// Read a file as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).unwrap()
    }
}

/// A path in the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The binary under test.
pub fn tarikh() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tarikh"))
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Fail when two rows of a test table share a name (the name is how a failure is found); the
/// library's unit tests have the same check in `test_support`.
pub fn assert_unique_names<'a>(names: impl IntoIterator<Item = &'a str>) {
    let mut seen = std::collections::BTreeSet::new();
    for name in names {
        assert!(seen.insert(name), "test case name {name:?} is used twice");
    }
}

/// An expected timeline row: (date, type, status, people it must list at least).
#[allow(dead_code)]
pub type ExpectedRow = (&'static str, &'static str, &'static str, &'static [&'static str]);

/// The timeline `extract` writes for a fixture corpus of this repository (with its manifest),
/// and the same rows one per line, for failure messages.
#[allow(dead_code)]
pub fn fixture_timeline(rel: &str) -> (Vec<tarikh::timeline::Row>, String) {
    fixture_timeline_with(rel, &[])
}

/// [`fixture_timeline`] with more options of `extract` (`--all-events`, `--undated`).
#[allow(dead_code)]
pub fn fixture_timeline_with(rel: &str, options: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    let corpus = repo(rel);
    timeline_of_corpus(&Workdir::new(), corpus.to_str().unwrap(), options)
}

/// The timeline `extract` writes in `w` for the folder `corpus` with more `options`, and its
/// rows one per line for failure messages.
#[allow(dead_code)]
fn timeline_of_corpus(w: &Workdir, corpus: &str, options: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    let mut args = vec!["extract", "--corpus", corpus, "-o", "t.csv", "--quiet"];
    args.extend_from_slice(options);
    let out = w.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    let table: Vec<String> = rows
        .iter()
        .map(|r| format!("{} {} {} {} [{}]", r.date.map(|d| d.to_string()).unwrap_or_default(), r.event_type.as_str(), r.status.as_str(), r.people.join("; "), r.sources.join("; ")))
        .collect();
    (rows, table.join("\n"))
}

/// The timeline of one page of a fixture folder read alone, as [`fixture_timeline`] gives it:
/// where the folder holds several tellings of one story, each page's own dating is read
/// without the merge joining its reports to the other pages' (of other days of the visit).
#[allow(dead_code)]
pub fn page_timeline(rel: &str, file: &str) -> (Vec<tarikh::timeline::Row>, String) {
    page_timeline_with(rel, file, &[])
}

/// [`page_timeline`] with more options of `extract` (`--all-events`, `--undated`).
#[allow(dead_code)]
pub fn page_timeline_with(rel: &str, file: &str, options: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    pages_timeline_with(rel, &[file], options)
}

/// The timeline of some pages of a fixture folder read together as one corpus, with more
/// options of `extract`: a few tellings the merge is to join, without the folder's others.
#[allow(dead_code)]
pub fn pages_timeline_with(rel: &str, files: &[&str], options: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    let w = Workdir::new();
    std::fs::create_dir_all(w.join("corpus")).unwrap();
    for file in files {
        std::fs::copy(repo(rel).join(file), w.join("corpus").join(file)).unwrap();
    }
    timeline_of_corpus(&w, "corpus", options)
}

/// Asserts that each expected row is in `rows`: same date, type and status, and every person
/// it lists among the row's people.
#[allow(dead_code)]
pub fn assert_rows_found(rows: &[tarikh::timeline::Row], table: &str, expected: &[ExpectedRow]) {
    for (date, ty, status, people) in expected {
        let found = rows.iter().any(|r| {
            r.date.is_some_and(|d| d.to_string() == *date)
                && r.event_type.as_str() == *ty
                && r.status.as_str() == *status
                && people.iter().all(|p| r.people.iter().any(|x| x == p))
        });
        assert!(found, "no {date} {ty} {status} with {people:?} in:\n{table}");
    }
}

/// An expected row of one fixture article: (file, date, type, status, people it must list).
#[allow(dead_code)]
pub type ExpectedFrom = (&'static str, &'static str, &'static str, &'static str, &'static [&'static str]);

/// Asserts that each expected row is in `rows` with its file among the sources: a row another
/// article gives alone does not pass for it.
#[allow(dead_code)]
pub fn assert_rows_from(rows: &[tarikh::timeline::Row], table: &str, expected: &[ExpectedFrom]) {
    for (file, date, ty, status, people) in expected {
        let found = rows.iter().any(|r| {
            r.sources.iter().any(|s| s == file)
                && r.date.is_some_and(|d| d.to_string() == *date)
                && r.event_type.as_str() == *ty
                && r.status.as_str() == *status
                && people.iter().all(|p| r.people.iter().any(|x| x == p))
        });
        assert!(found, "{file}: no {date} {ty} {status} with {people:?} in:\n{table}");
    }
}

/// Asserts that no row from `file` has a date starting with `date` and type `ty` (an empty
/// type is any), places that must not be there named (`place`, empty for none): (file, date,
/// type, place, why).
#[allow(dead_code)]
pub fn assert_no_rows_from(rows: &[tarikh::timeline::Row], table: &str, absent: &[(&str, &str, &str, &str, &str)]) {
    for (file, date, ty, place, why) in absent {
        let extra = rows.iter().find(|r| {
            r.sources.iter().any(|s| s == file)
                && r.date.is_some_and(|d| d.to_string().starts_with(date))
                && (ty.is_empty() || r.event_type.as_str() == *ty)
                && (place.is_empty() || r.places.iter().any(|p| p == place))
        });
        assert!(extra.is_none(), "{file}: {why}:\n{table}");
    }
}

/// Asserts that no visit row from `file` names `person` as its visitor (first): (file, person),
/// the host of a reception or the one a visit's nationality does not tell.
#[allow(dead_code)]
pub fn assert_not_visitor(rows: &[tarikh::timeline::Row], table: &str, not_visitors: &[(&str, &str)]) {
    for (file, person) in not_visitors {
        let visitor = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit" && r.people.first().is_some_and(|p| p == person));
        assert!(!visitor, "{file}: {person} is no visitor:\n{table}");
    }
}

/// The airlines of each row of `day` (`YYYY-MM-DD`; every row with `None`) of a page's
/// timeline, and the airlines `want` lists per flight, each list and the lists sorted: the
/// flights a page tells, compared whatever their order.
#[allow(dead_code)]
pub fn airlines_per_flight(rows: &[tarikh::timeline::Row], day: Option<&str>, want: &[&[&str]]) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let sorted = |mut lists: Vec<Vec<String>>| {
        lists.iter_mut().for_each(|o| o.sort());
        lists.sort();
        lists
    };
    let got = rows.iter().filter(|r| day.is_none_or(|d| r.date.map(|x| x.to_string()).as_deref() == Some(d))).map(|r| r.organisations.clone()).collect();
    let want = want.iter().map(|o| o.iter().map(|s| s.to_string()).collect()).collect();
    (sorted(got), sorted(want))
}
