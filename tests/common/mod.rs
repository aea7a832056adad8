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
