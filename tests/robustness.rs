//! Hostile and broken input (issue 6): a bad article is reported as `path: reason` and
//! skipped, the others are processed, the timeline is written, and the exit code is 2 (0 when
//! nothing went wrong); a bad gazetteer stops the run before anything is written, with
//! `file:line: reason`; outputs are safe to open in a spreadsheet.

mod common;

use common::{Workdir, repo, stderr};

const GOOD: &str = "وقع المغرب وإسرائيل، أمس الأربعاء 24 نوفمبر 2021، اتفاقا أمنيا خلال زيارة وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط.\n";

fn extract(w: &Workdir, corpus: &str) -> std::process::Output {
    w.run(&["extract", "--corpus", corpus, "-o", "out/timeline.csv", "--quiet"])
}

fn timeline(w: &Workdir) -> String {
    w.read("out/timeline.csv")
}

/// (name, file bytes, expected reason on stderr, or None when the article must be read).
fn article_cases() -> Vec<(&'static str, Vec<u8>, Option<&'static str>)> {
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(GOOD.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(GOOD.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(GOOD);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(GOOD.as_bytes());
    vec![
        ("empty", Vec::new(), None),
        ("only boilerplate", "Sorry, you need to enable JavaScript to visit this website.\nاقرأ أيضاً : خبر\n2024 © جميع الحقوق محفوظة\n".into(), None),
        ("png renamed", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10".to_vec(), Some("binary file")),
        ("invalid utf-8, not windows-1256", vec![0x41, 0xC3, 0x28, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02], Some("not text in a known encoding")),
        ("windows-1256", cp1256.into_owned(), None),
        ("utf-16le", utf16, None),
        ("utf-16be", utf16be, None),
        ("utf-8 bom", bom, None),
        ("crlf", GOOD.replace('\n', "\r\n").into_bytes(), None),
        ("lone cr", GOOD.replace('\n', "\r").into_bytes(), None),
    ]
}

#[test]
fn every_kind_of_article_is_read_or_reported() {
    for (name, bytes, reason) in article_cases() {
        let w = Workdir::new();
        w.write("c/good.txt", GOOD);
        w.write(&format!("c/{name}.txt"), &bytes);
        let out = extract(&w, "c");
        let err = stderr(&out);
        match reason {
            Some(reason) => {
                assert_eq!(out.status.code(), Some(2), "{name}: {err}");
                assert!(err.contains(&format!("{name}.txt: {reason}")), "{name}: stderr {err:?}");
            }
            None => assert_eq!(out.status.code(), Some(0), "{name}: {err}"),
        }
        // The good article is processed either way.
        assert!(timeline(&w).contains("Benny Gantz"), "{name}: {}", timeline(&w));
    }
}

#[test]
fn encodings_give_the_same_timeline() {
    let mut reference = None;
    for (name, bytes, reason) in article_cases() {
        if reason.is_some() || matches!(name, "empty" | "only boilerplate") {
            continue;
        }
        let w = Workdir::new();
        w.write("c/a.txt", &bytes);
        let out = extract(&w, "c");
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let got = timeline(&w);
        assert!(got.contains("2021-11-24"), "{name}: {got}");
        match &reference {
            None => reference = Some(got),
            Some(r) => assert_eq!(&got, r, "{name}"),
        }
    }
}

#[test]
fn huge_single_line_file_is_refused_with_a_clear_message() {
    let w = Workdir::new();
    w.write("c/good.txt", GOOD);
    // 200 MB on one line, written without holding it in memory twice.
    let path = w.join("c/huge.txt");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let chunk = "كلمة ".repeat(1000);
        let mut written = 0;
        while written < 200 * 1024 * 1024 {
            f.write_all(chunk.as_bytes()).unwrap();
            written += chunk.len();
        }
    }
    let out = extract(&w, "c");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("huge.txt: file too large"), "{}", stderr(&out));
    assert!(timeline(&w).contains("Benny Gantz"));
}

#[test]
fn a_million_short_lines_are_processed() {
    let w = Workdir::new();
    let mut text = String::from(GOOD);
    for i in 0..1_000_000 {
        text.push_str(if i % 2 == 0 { "سطر\n" } else { "x\n" });
    }
    w.write("c/lines.txt", &text);
    let out = extract(&w, "c");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(timeline(&w).contains("Benny Gantz"));
}

#[test]
fn nested_folders_symlink_loops_and_arabic_file_names() {
    let w = Workdir::new();
    w.write("c/a/b/مقال مع مسافات.txt", GOOD);
    std::os::unix::fs::symlink(w.join("c"), w.join("c/a/loop")).unwrap();
    let out = extract(&w, "c");
    assert_eq!(out.status.code(), Some(2), "the loop is reported");
    assert!(stderr(&out).contains("symbolic link loop"), "{}", stderr(&out));
    assert!(timeline(&w).contains("a/b/مقال مع مسافات.txt"), "{}", timeline(&w));
}

#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::new();
    w.write("c/good.txt", GOOD);
    let secret = w.write("c/secret.txt", GOOD);
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        eprintln!("running as root: permissions do not stop reading, nothing to test");
        return;
    }
    let out = extract(&w, "c");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("secret.txt: cannot read"), "{}", stderr(&out));
}

#[test]
fn empty_corpus_writes_an_empty_timeline() {
    let w = Workdir::new();
    std::fs::create_dir_all(w.join("c")).unwrap();
    let out = extract(&w, "c");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("no articles"), "{}", stderr(&out));
    assert_eq!(timeline(&w).lines().count(), 1, "header only");
}

#[test]
fn missing_corpus_is_an_error() {
    let w = Workdir::new();
    let out = extract(&w, "nowhere");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nowhere: cannot open corpus"), "{}", stderr(&out));
}

/// (name, file, transformation of its text, expected `file:line: reason` fragment).
type GazetteerCase = (&'static str, &'static str, fn(&str) -> String, &'static str);

fn gazetteer_cases() -> Vec<GazetteerCase> {
    vec![
        ("missing column", "people.csv", |t| t.replacen("surnames,", "", 1), "people.csv:1: missing column `surnames`"),
        ("duplicate id", "people.csv", |t| format!("{t}nasser-bourita,X,س,,,MA,,\n"), "duplicate id \"nasser-bourita\""),
        ("empty alias", "places.csv", |t| format!("{t}x-place,X,س,a||b,,MA,city\n"), "empty alias in aliases"),
        ("alias of marks only", "organisations.csv", |t| format!("{t}x-org,X,س,\u{064E}\u{0651},,MA,other\n"), "is empty after normalisation"),
        ("bad role date", "people.csv", |t| format!("{t}x-person,X,س,,,MA,foreign_minister@MA:2021-02-30..,\n"), "bad date \"2021-02-30\""),
        ("missing id", "roles.csv", |t| format!("{t},Nobody,x\n"), "roles.csv:"),
        ("not csv", "places.csv", |_| "\u{0}\u{1}binary".into(), "places.csv:1: missing column"),
    ]
}

#[test]
fn bad_gazetteer_stops_before_any_output() {
    for (name, file, change, expected) in gazetteer_cases() {
        let w = Workdir::new();
        let dir = w.copy_gazetteers("g");
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, change(&text)).unwrap();
        w.write("out/timeline.csv", "previous");
        let corpus = repo("corpus");
        let out = w.run(&["extract", "--corpus", corpus.to_str().unwrap(), "--gazetteers", "g", "-o", "out/timeline.csv"]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{name}: {err}");
        assert!(err.contains(file), "{name}: names the file: {err}");
        assert_eq!(w.read("out/timeline.csv"), "previous", "{name}: previous output intact");
    }
}

#[test]
fn missing_gazetteer_file_is_named() {
    let w = Workdir::new();
    let dir = w.copy_gazetteers("g");
    std::fs::remove_file(dir.join("roles.csv")).unwrap();
    let out = w.run(&["entities", "--corpus", repo("corpus").to_str().unwrap(), "--gazetteers", "g", "-o", "e.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("roles.csv"), "{}", stderr(&out));
    assert!(!w.join("e.csv").exists());
}

#[test]
fn excel_saved_gazetteer_with_bom_and_crlf_is_accepted() {
    let w = Workdir::new();
    let dir = w.copy_gazetteers("g");
    for file in ["people.csv", "places.csv"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        std::fs::write(dir.join(file), format!("\u{FEFF}{}", text.replace('\n', "\r\n"))).unwrap();
    }
    let out = w.run(&["extract", "--corpus", repo("corpus").to_str().unwrap(), "--gazetteers", "g", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(w.join("t.csv")).unwrap(), std::fs::read(repo("output/timeline.csv")).unwrap());
}

#[test]
fn formula_cells_are_neutralised_unless_raw() {
    let w = Workdir::new();
    w.write("c/=HYPERLINK(evil).txt", GOOD);
    let out = extract(&w, "c");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = timeline(&w);
    assert!(text.contains("'=HYPERLINK(evil).txt"), "{text}");
    let out = w.run(&["extract", "--corpus", "c", "-o", "raw.csv", "--quiet", "--raw", "--no-bom"]);
    assert!(out.status.success());
    let raw = w.read("raw.csv");
    assert!(raw.starts_with("event_id,"), "no BOM with --no-bom");
    assert!(raw.contains(",=HYPERLINK(evil).txt"), "{raw}");
    assert!(text.starts_with('\u{FEFF}'), "BOM by default");
}

#[test]
fn output_to_stdout_and_closed_pipe() {
    let w = Workdir::new();
    w.write("c/a.txt", GOOD);
    let out = w.run(&["extract", "--corpus", "c", "-o", "-", "--quiet"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Benny Gantz"));
    // A reader that closes the pipe at once: tarikh exits quietly.
    let mut child = common::tarikh()
        .current_dir(w.path())
        .args(["extract", "--corpus", "c", "-o", "-", "--quiet"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn readers_accept_bom_crlf_and_guarded_cells() {
    let w = Workdir::new();
    let text = std::fs::read_to_string(repo("output/timeline.csv")).unwrap();
    w.write("plain.csv", text.trim_start_matches('\u{FEFF}').replace("\r\n", "\n"));
    let a = tarikh::timeline::read_timeline(&repo("output/timeline.csv")).unwrap();
    let b = tarikh::timeline::read_timeline(&w.join("plain.csv")).unwrap();
    assert_eq!(a, b);
}

#[test]
fn bad_timeline_and_gold_files_are_named_with_their_line() {
    let w = Workdir::new();
    let header = tarikh::timeline::HEADER.join(",");
    let cases = [
        ("not csv", "\u{0}\u{1}\u{2}".to_string(), "bad.csv:1: missing column"),
        ("missing columns", "event_id,date\nx,2021\n".to_string(), "bad.csv:1: missing column"),
        ("duplicate ids", format!("{header}\na,2021,year,visit,occurred,t,,,,,s,e\na,2021,year,visit,occurred,t,,,,,s,e\n"), "bad.csv:3: duplicate event_id"),
        ("bad date", format!("{header}\na,2021-13,month,visit,occurred,t,,,,,s,e\n"), "bad.csv:2: bad date"),
    ];
    let gold = repo("tests/gold/events.csv");
    for (name, text, expected) in cases {
        w.write("bad.csv", &text);
        let err = tarikh::timeline::read_timeline(&w.join("bad.csv")).unwrap_err();
        assert!(err.contains(expected), "{name}: {err}");
        // eval names the gold file when the gold is bad.
        let out = w.run(&["eval", "--gold", "bad.csv", gold.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(stderr(&out).contains("bad.csv"), "{name}: {}", stderr(&out));
    }
}

#[test]
fn an_article_past_the_time_limit_is_cut_short_and_reported() {
    let w = Workdir::new();
    w.write("c/a.txt", GOOD);
    let out = w.run(&["extract", "--corpus", "c", "-o", "out/timeline.csv", "--quiet", "--time-limit", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a.txt: time limit of 0s reached"), "{}", stderr(&out));
    assert_eq!(timeline(&w).lines().count(), 1, "nothing read, header written");
    let out = w.run(&["extract", "--corpus", "c", "-o", "out/timeline.csv", "--quiet", "--time-limit", "60"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Every command that writes a file, and the files it writes (in `out/`), in an order where
/// each command finds what it reads.
const WRITERS: [(&[&str], &[&str]); 6] = [
    (&["extract", "--corpus", "c", "-o", "out/timeline.csv", "--mentions", "out/mentions.csv", "--html", "out/timeline.html", "--quiet"], &["out/timeline.csv", "out/mentions.csv", "out/timeline.html"]),
    (&["extract", "--corpus", "c", "--format", "json", "-o", "out/timeline.json", "--quiet"], &["out/timeline.json"]),
    (&["render", "out/timeline.csv", "-o", "out/render.html"], &["out/render.html"]),
    (&["dates", "c/a.txt", "-o", "out/dates.csv"], &["out/dates.csv"]),
    (&["entities", "--corpus", "c", "-o", "out/entities.csv"], &["out/entities.csv"]),
    (&["diff", "out/timeline.csv", "out/timeline.csv", "--format", "csv", "-o", "out/diff.csv"], &["out/diff.csv"]),
];

/// Run every command of [`WRITERS`] under `umask` (through `sh`, so the test process's own
/// umask, shared by the tests running beside it, is left alone).
fn write_everything(w: &Workdir, umask: &str) {
    for (args, _) in WRITERS {
        let out = std::process::Command::new("sh")
            .current_dir(w.path())
            .args(["-c", "umask \"$1\"; shift; exec \"$@\"", "sh", umask, env!("CARGO_BIN_EXE_tarikh")])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "umask {umask} {args:?}: {}", stderr(&out));
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Issue 18: a new output gets the mode `File::create` would give it (0666 less the umask),
/// not the private mode of the temporary file it is written to.
#[cfg(unix)]
#[test]
fn issue_18_new_outputs_follow_the_umask() {
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600), ("002", 0o664)] {
        let w = Workdir::new();
        w.write("c/a.txt", GOOD);
        write_everything(&w, umask);
        for file in WRITERS.iter().flat_map(|(_, files)| files.iter()) {
            assert_eq!(mode(&w.join(file)), expected, "umask {umask}: {file} is {:o}", mode(&w.join(file)));
        }
    }
}

/// Issue 18: an output that already exists keeps its mode, and its group where the process
/// may give it, when a run replaces it.
#[cfg(unix)]
#[test]
fn issue_18_an_existing_output_keeps_its_mode_and_group() {
    use std::os::unix::fs::MetadataExt;
    let w = Workdir::new();
    w.write("c/a.txt", GOOD);
    write_everything(&w, "022");
    let files: Vec<_> = WRITERS.iter().flat_map(|(_, files)| files.iter()).map(|f| w.join(f)).collect();
    // A group other than the file's own: root may give any; other users keep their group,
    // and the mode alone is checked.
    let other_group = 1;
    let mut group_given = true;
    for (i, path) in files.iter().enumerate() {
        let chosen = if i % 2 == 0 { 0o640 } else { 0o604 };
        std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(chosen)).unwrap();
        group_given &= std::os::unix::fs::chown(path, None, Some(other_group)).is_ok();
        std::fs::write(path, "old").unwrap();
    }
    write_everything(&w, "022");
    for (i, path) in files.iter().enumerate() {
        let chosen = if i % 2 == 0 { 0o640 } else { 0o604 };
        assert_eq!(mode(path), chosen, "{} is {:o}", path.display(), mode(path));
        assert_ne!(std::fs::read_to_string(path).unwrap(), "old", "{} was not replaced", path.display());
        if group_given {
            assert_eq!(std::fs::metadata(path).unwrap().gid(), other_group, "{}", path.display());
        }
    }
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(w.join("out")).unwrap().map(|e| e.unwrap().file_name()).filter(|n| n.to_string_lossy().starts_with('.')).collect();
    assert!(left.is_empty(), "{left:?}");
}
