//! Every example of the README runs as written: each line of a ```sh block that starts with
//! `tarikh ` is run by `sh` (so globs, `>` and comments work) in a scratch copy of the repo's
//! `corpus/` (also as `news/`, the README's second corpus), `tests/gold/` and
//! `output/timeline.csv`, with the built binary first on `PATH`, in README order; each must
//! exit 0.
//!
//! Not run, and why (the test prints them):
//! * lines that do not start with `tarikh ` — `cargo …` (set-up, not tarikh), and
//!   `echo … | tarikh dates --ref …` (reads standard input from a pipe);
//! * the lines in [`SKIPPED`], with their reason.
//!
//! `[…]` in a line marks an optional part (`[--verbose]`); the line runs without it.

use std::path::Path;
use std::process::Command;

mod common;

use common::{Workdir, repo};

/// README lines starting with `tarikh ` that are not run, with the reason. The test fails when
/// one is no longer in the README, so the list stays true.
const SKIPPED: &[(&str, &str)] = &[];

/// The lines of ```sh blocks.
fn sh_lines(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = !in_sh && t == "```sh";
            continue;
        }
        if in_sh && !t.is_empty() {
            out.push(t.to_string());
        }
    }
    out
}

/// The line without its optional `[…]` parts.
fn without_optional(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn readme_examples_run() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let lines = sh_lines(&readme);
    for (skipped, why) in SKIPPED {
        assert!(lines.iter().any(|l| l == skipped), "SKIPPED lists {skipped:?} ({why}), which the README no longer has");
    }
    let w = Workdir::new();
    w.copy_corpus("corpus", &[]);
    w.copy_corpus("news", &[]);
    copy_dir(&repo("tests/gold"), &w.join("tests/gold"));
    std::fs::create_dir_all(w.join("output")).unwrap();
    std::fs::copy(repo("output/timeline.csv"), w.join("output/timeline.csv")).unwrap();
    // The timelines the `diff` examples compare: earlier copies of the committed one.
    std::fs::create_dir_all(w.join("timelines")).unwrap();
    for kept in ["last-week.csv", "old.csv", "new.csv", "timelines/2021-W30.csv"] {
        std::fs::copy(repo("output/timeline.csv"), w.join(kept)).unwrap();
    }
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_tarikh")).parent().unwrap().to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()))).unwrap();
    let mut ran = 0;
    let mut failures = Vec::new();
    for line in &lines {
        if !line.starts_with("tarikh ") {
            eprintln!("not run (not a tarikh command): {line}");
            continue;
        }
        if let Some((_, why)) = SKIPPED.iter().find(|(l, _)| l == line) {
            eprintln!("skipped ({why}): {line}");
            continue;
        }
        let command = without_optional(line);
        let out = Command::new("sh").arg("-c").arg(&command).current_dir(w.path()).env("PATH", &path).output().unwrap();
        ran += 1;
        if !out.status.success() {
            failures.push(format!("{line}\n  exit {:?}\n  {}", out.status.code(), String::from_utf8_lossy(&out.stderr).trim()));
        }
    }
    assert!(ran >= 10, "only {ran} README examples found");
    assert!(failures.is_empty(), "README examples that fail:\n{}", failures.join("\n"));
}

#[test]
fn optional_parts_are_dropped() {
    assert_eq!(without_optional("tarikh eval --gold g.csv t.csv [--verbose]"), "tarikh eval --gold g.csv t.csv ");
    assert_eq!(sh_lines("x\n```sh\ntarikh a  # c\n\n```\n```text\ntarikh b\n```\n"), ["tarikh a  # c"]);
}
