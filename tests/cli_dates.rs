//! `tarikh dates` as a user runs it: files, a manifest, a bad file, `--ref` on standard input
//! and `-o`. Each test works in its own temporary folder (xsv's `Workdir` idea).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().unwrap() }
    }

    fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tarikh"))
            .args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn ref_mode_reads_phrases_from_stdin() {
    let wd = Workdir::new();
    let out = wd.run(&["dates", "--ref", "2021-08-10"], "الخميس المقبل\nالمغرب\nالأسبوع الماضي\r\n");
    assert!(out.status.success());
    assert_eq!(stdout(&out), "الخميس المقبل\t2021-08-12\tday\nالمغرب\t\t\nالأسبوع الماضي\t2021-08-02\tweek\n");
}

#[test]
fn manifest_overrides_the_text_and_a_bad_file_is_skipped() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-11-24 17:33\nوقع المغرب وإسرائيل، أمس، اتفاقا.\n".as_bytes());
    wd.write("corpus/b.txt", "وقع المغرب وإسرائيل، أمس، اتفاقا.\n".as_bytes());
    wd.write("corpus/index.csv", b"file,published,url,source\nb.txt,2021-11-25,https://example.org,x\n");
    let out = wd.run(&["dates", "corpus/a.txt", "corpus/missing.txt", "corpus/b.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    let text = stdout(&out);
    // The CSV of every output: UTF-8 byte-order mark and CRLF line ends.
    let expected = "\u{FEFF}\
file,lang,kind,line,start,end,expression,value,grain,part,basis\r
a.txt,ar,published,1,5,15,2021-11-24,2021-11-24,day,,stated\r
a.txt,ar,date,1,5,15,2021-11-24,2021-11-24,day,,absolute\r
a.txt,ar,date,2,43,46,أمس,2021-11-23,day,,published\r
b.txt,ar,published,,,,,2021-11-25,day,,manifest\r
b.txt,ar,date,1,21,24,أمس,2021-11-24,day,,published\r
";
    assert_eq!(text, expected);
}

/// Issue 13: a manifest as scrapers write it (a month-only date, a date only in the url, a bad
/// row, semicolons) is read; the bad row is reported with its line and the rest is used.
#[test]
fn issue_13_manifest_with_month_only_dates_gives_a_timeline() {
    let wd = Workdir::new();
    let signing = "وقع المغرب وإسرائيل، أمس، اتفاقا للتعاون الأمني بحضور ناصر بوريطة ويائير لابيد في الرباط.\n";
    wd.write("corpus/a.txt", signing.as_bytes());
    wd.write("corpus/b.txt", signing.as_bytes());
    wd.write("corpus/c.txt", signing.as_bytes());
    wd.write("corpus/index.csv", b"file;published;url;source\na.txt;2021-08;;\nb.txt;;https://example.com/2021/08/13/story;\nc.txt;13-08-21;;\n");
    let out = wd.run(&["dates", "corpus/a.txt"], "");
    assert_eq!(out.status.code(), Some(2), "the bad row is an error worth an exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("index.csv:4: bad date \"13-08-21\""), "{stderr}");
    let text = stdout(&out);
    assert!(text.contains("a.txt,ar,published,,,,,2021-08,month,,manifest"), "{text}");
    assert!(text.contains("a.txt,ar,date,1,21,24,أمس,2021-08,month,,published"), "{text}");
    // With b, whose url dates the same signing, a's month is refined to the day.
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt"], ""));
    assert!(text.contains("b.txt,ar,published,,,,,2021-08-13,day,,url"), "{text}");
    assert!(text.contains("a.txt,ar,published,,,,,2021-08-13,day,,inferred:borrowed"), "{text}");
    let out = wd.run(&["extract", "--corpus", "corpus", "-o", "timeline.csv", "--quiet"], "");
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let timeline = std::fs::read_to_string(wd.path("timeline.csv")).unwrap();
    assert!(timeline.lines().count() > 1 && timeline.contains("2021-08-12"), "{timeline}");
}

#[test]
fn issue_13_a_week_counted_from_a_month_only_anchor_may_fall_in_the_month_before() {
    // Written in August, day unknown: "last week" lies between late July and late August, and
    // "next week" between August and early September; "أمس" stays the month.
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "وصل الوزير إلى الرباط مطلع الأسبوع الماضي، وسيعود الأسبوع المقبل، وكان قد التقى نظيره أمس.\n".as_bytes());
    wd.write("corpus/index.csv", b"file,published,url,source\na.txt,2022-08,,\n");
    let text = stdout(&wd.run(&["dates", "corpus/a.txt"], ""));
    assert!(text.contains(",مطلع الأسبوع الماضي,2022-07/2022-08,month,"), "{text}");
    assert!(text.contains(",الأسبوع المقبل,2022-08/2022-09,month,"), "{text}");
    assert!(text.contains(",أمس,2022-08,month,"), "{text}");
}

#[test]
fn output_file_is_written_whole() {
    let wd = Workdir::new();
    wd.write("a.txt", "10 اغسطس 2021\nكشفت الصحيفة اليوم الثلاثاء عن التفاصيل.\n".as_bytes());
    // The output folder is created when missing.
    let out = wd.run(&["dates", "a.txt", "-o", "out/dates.csv"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(wd.path("out/dates.csv")).unwrap();
    assert!(written.contains("a.txt,ar,published,1,0,13,10 اغسطس 2021,2021-08-10,day,,stated\r\n"), "{written}");
    assert!(written.contains(",اليوم الثلاثاء,2021-08-10,day,,published\r\n"), "{written}");
    assert!(Path::new(&wd.path("out/dates.csv")).exists());
}

#[test]
fn no_files_and_no_ref_is_an_error() {
    let wd = Workdir::new();
    let out = wd.run(&["dates"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ref"));
}

/// Issue 18: `dates` writes its CSV as every other output does: a byte-order mark unless
/// `--no-bom`, and a leading `'` on cells a spreadsheet would read as a formula unless `--raw`.
#[test]
fn issue_18_dates_csv_has_the_bom_and_the_formula_guard() {
    let wd = Workdir::new();
    let text = "نشر: 2021-11-24\nوقع المغرب وإسرائيل، أمس، اتفاقا.\n".as_bytes();
    wd.write("=HYPERLINK(1).txt", text);
    wd.write("@b.txt", text);
    for (flags, bom, guarded) in [
        (&[][..], true, true),
        (&["--no-bom"][..], false, true),
        (&["--raw"][..], true, false),
        (&["--no-bom", "--raw"][..], false, false),
    ] {
        let args: Vec<&str> = ["dates", "=HYPERLINK(1).txt", "@b.txt"].into_iter().chain(flags.iter().copied()).collect();
        let out = wd.run(&args, "");
        assert!(out.status.success(), "{flags:?}: {}", String::from_utf8_lossy(&out.stderr));
        let text = stdout(&out);
        assert_eq!(text.starts_with('\u{FEFF}'), bom, "{flags:?}: {text}");
        let body = text.trim_start_matches('\u{FEFF}');
        assert!(body.starts_with("file,lang,kind,"), "{flags:?}: {text}");
        let (first, second) = if guarded { ("'=HYPERLINK(1).txt,", "'@b.txt,") } else { ("=HYPERLINK(1).txt,", "@b.txt,") };
        for name in [first, second] {
            assert!(body.lines().skip(1).all(|l| l.starts_with(first) || l.starts_with(second)), "{flags:?}: {text}");
            assert!(body.contains(&format!("\n{name}ar,published,")), "{flags:?}: {name} in {text}");
        }
    }
}

/// Issue 13: borrowing runs in rounds. b has no date of its own and borrows the day a dates
/// their shared signing; c, whose only event is b's meeting, can borrow only once b is dated.
#[test]
fn issue_13_a_borrowed_anchor_lends_its_day_in_a_further_round() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-08-12\nوقع ناصر بوريطة ويائير لابيد، أمس، اتفاقا للتعاون الثقافي في الرباط.\n".as_bytes());
    wd.write(
        "corpus/b.txt",
        "وقع ناصر بوريطة ويائير لابيد، أمس، اتفاقا للتعاون الثقافي في الرباط.\n\nوالتقى الوزير عبد اللطيف اللوديي بيني غانتس اليوم في الرباط.\n".as_bytes(),
    );
    wd.write("corpus/c.txt", "التقى الوزير عبد اللطيف اللوديي بيني غانتس، أمس، في الرباط.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/c.txt"], ""));
    assert!(text.contains("b.txt,ar,published,,,,,2021-08-12,day,,inferred:borrowed"), "{text}");
    assert!(text.contains("c.txt,ar,published,,,,,2021-08-13,day,,inferred:borrowed"), "{text}");
    // The streamed corpus step of `extract` does the same rounds.
    let out = wd.run(&["extract", "--corpus", "corpus", "-o", "timeline.csv", "--quiet"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let timeline = std::fs::read_to_string(wd.path("timeline.csv")).unwrap();
    let meeting = timeline.lines().find(|l| l.contains(",meeting,")).unwrap_or_default();
    assert!(meeting.contains("2021-08-12") && meeting.contains("b.txt; c.txt"), "{timeline}");
}

/// Issue 13: a report of the same people outvotes one that shares a single person with the
/// undated mention. b's signing (Loudiyi and Gantz, "أمس") fits a's exactly; x's signing shares
/// only Gantz and names someone b does not, so its day does not tie with a's.
#[test]
fn issue_13_the_report_of_the_same_people_outvotes_one_sharing_a_person() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-11-25\nوقع عبد اللطيف اللوديي وبيني غانتس، أمس، مذكرة تفاهم دفاعية في الرباط.\n".as_bytes());
    wd.write("corpus/x.txt", "نشر: 2022-02-22\nوقعت أورنا باربيفاي وبيني غانتس، أمس، اتفاقا للتعاون الاقتصادي في الرباط.\n".as_bytes());
    wd.write("corpus/b.txt", "وقع الوزير عبد اللطيف اللوديي ونظيره بيني غانتس، أمس، مذكرة تفاهم في الرباط.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/x.txt", "corpus/b.txt"], ""));
    assert!(text.contains("b.txt,ar,published,,,,,2021-11-25,day,,inferred:borrowed"), "{text}");
}

/// Issue 13: a bare past weekday ("on Wednesday") of an event another article dates leaves the
/// week from that day: the page was written on one of those days, a bound and not a day (the
/// seventeenth session wrote the first of them as its day). Where another weekday reads
/// differently from some of them, the days from which the events lie closest together are
/// kept: "on Friday" after Wednesday's signing is the Friday after it, so the article was
/// written on that Friday or later; "on Tuesday" before it is the day before, not the Tuesday
/// six days after (so not written on the Tuesday after).
#[test]
fn issue_13_a_bare_weekday_borrows_the_first_day_that_reads_alike() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-11-25\nوقع عبد اللطيف اللوديي وبيني غانتس، أمس، مذكرة تفاهم دفاعية في الرباط.\n".as_bytes());
    wd.write("corpus/b.txt", "Benny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday.\n".as_bytes());
    wd.write(
        "corpus/c.txt",
        "Benny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday.\n\nOn Friday, Gantz met army chief Farouk Belkhir in Casablanca.\n".as_bytes(),
    );
    wd.write(
        "corpus/d.txt",
        "Israeli Defense Minister Benny Gantz landed in Rabat on Tuesday.\n\nGantz and Abdellatif Loudiyi signed a defence memorandum on Wednesday.\n".as_bytes(),
    );
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/d.txt"], ""));
    assert!(text.contains("b.txt,en,published,,,,,2021-11-24/2021-11-30,day,,inferred:borrowed-from"), "{text}");
    assert!(text.contains("c.txt,en,published,,,,,2021-11-26/2021-11-30,day,,inferred:borrowed-from"), "{text}");
    assert!(text.contains("d.txt,en,published,,,,,2021-11-24/2021-11-29,day,,inferred:borrowed-from"), "{text}");
}

/// A page with no date whose only clue is a bare weekday of an event another page dates was
/// written on that day or in the six after: its other bare weekdays take the day every one of
/// those gives, else their month (« dimanche » is the Sunday before the Wednesday or the one
/// after), never the day the first of them would give; an Arabic page alike.
#[test]
fn a_borrowed_bare_weekday_is_a_bound_and_its_other_weekdays_keep_their_month() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-11-25\nوقع عبد اللطيف اللوديي وبيني غانتس، أمس، مذكرة تفاهم دفاعية في الرباط.\n".as_bytes());
    wd.write(
        "corpus/b.txt",
        "Le ministre israélien de la Défense Benny Gantz et Abdellatif Loudiyi ont paraphé mercredi à Rabat un protocole d'accord.\n\nLe ministre avait rencontré dimanche des responsables de l'armée.\n".as_bytes(),
    );
    wd.write("corpus/c.txt", "وقع بيني غانتس وعبد اللطيف اللوديي الأربعاء مذكرة تفاهم في الرباط.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/c.txt"], ""));
    assert!(text.contains("b.txt,fr,published,,,,,2021-11-24/2021-11-30,day,,inferred:borrowed-from"), "{text}");
    assert!(text.contains(",mercredi,2021-11-24,day,,published"), "{text}");
    assert!(text.contains(",dimanche,2021-11,month,,published"), "{text}");
    assert!(text.contains("c.txt,ar,published,,,,,2021-11-24/2021-11-30,day,,inferred:borrowed-from"), "{text}");
}

/// Issue 13: a third country's event lends no day to a Morocco–Israel one. Lapid's Thursday
/// in Manama (a Bahraini host, no Moroccan side) is not his Thursday in Rabat.
#[test]
fn issue_13_a_third_countrys_event_lends_no_day() {
    let wd = Workdir::new();
    wd.write(
        "corpus/a.txt",
        "نشر: 2021-09-30\nحل وزير الخارجية الإسرائيلي يائير لابيد، اليوم الخميس، بالمنامة في زيارة رسمية إلى البحرين.\n".as_bytes(),
    );
    wd.write("corpus/b.txt", "Israeli Foreign Minister Yair Lapid arrived in Rabat on Thursday for a visit to Morocco.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt"], ""));
    assert!(text.contains("b.txt,en,published,,,,,,,,unknown"), "{text}");
}

/// Issue 13: agreements told by their subjects alone ("four agreements signed today: on water,
/// on civil aviation …", no signatory named) take the day another article dates agreements of
/// those subjects, when at least two of them agree on it and each names the weekday it fixes.
/// One subject alone, another weekday, or subjects that point to different days lend nothing.
#[test]
fn issue_13_agreements_borrow_by_their_subjects_when_several_agree() {
    let wd = Workdir::new();
    wd.write(
        "corpus/a.txt",
        "نشر: 2021-03-10\nوقعت الرباط وتل أبيب، أمس الثلاثاء، مذكرة تفاهم في مجال الموارد المائية.\n\nكما وقع البلدان، أمس الثلاثاء، اتفاقا في ميدان الطيران المدني.\n".as_bytes(),
    );
    let two_subjects = "أبرم المغرب وإسرائيل، اليوم الثلاثاء، اتفاقية في مجال الموارد المائية.\n\nووقع الجانبان، اليوم الثلاثاء، مذكرة تفاهم في ميدان الطيران المدني.\n";
    wd.write("corpus/b.txt", two_subjects.as_bytes());
    wd.write("corpus/c.txt", "أبرم المغرب وإسرائيل، اليوم الثلاثاء، اتفاقية في مجال الموارد المائية.\n".as_bytes());
    wd.write("corpus/d.txt", two_subjects.replace("الثلاثاء", "الخميس").as_bytes());
    // The same subject told twice is one piece of evidence.
    wd.write("corpus/e.txt", "أبرم المغرب وإسرائيل، اليوم الثلاثاء، اتفاقية في مجال الموارد المائية.\n\nوتخص الاتفاقية، الموقعة اليوم الثلاثاء، الموارد المائية.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/d.txt", "corpus/e.txt"], ""));
    assert!(text.contains("b.txt,ar,published,,,,,2021-03-09,day,,inferred:borrowed-by-subject"), "{text}");
    for undated in ["c.txt", "d.txt", "e.txt"] {
        assert!(text.contains(&format!("{undated},ar,published,,,,,,,,unknown")), "{undated}: {text}");
    }
    // Another article dates a water agreement to another Tuesday: b's water agreement no
    // longer says which day, and its aviation agreement alone is too little.
    wd.write("corpus/x.txt", "نشر: 2022-07-27\nوقعت الرباط وتل أبيب، أمس الثلاثاء، اتفاقا في مجال الموارد المائية.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/x.txt"], ""));
    assert!(text.contains("b.txt,ar,published,,,,,,,,unknown"), "{text}");
}

/// A page whose own date line does not say which day it is (a wire dateline without its year,
/// "JERUSALEM, Dec. 2 (Xinhua) --"; a two-digit byline that reads both ways, "12/03/21": 3
/// December or 12 March) keeps the days the line may be; the bound its bare weekday borrows
/// from another article's event holds one of them, which dates the page: the year of the
/// dateline, the order of the byline (month first in English, day first in French alike). A
/// line none of whose days the bound holds leaves the bound.
#[test]
fn a_borrowed_bound_picks_the_one_day_a_date_line_may_be() {
    let wd = Workdir::new();
    wd.write("corpus/a.txt", "نشر: 2021-12-02\nوقع عبد اللطيف اللوديي وبيني غانتس، أمس، مذكرة تفاهم دفاعية في الرباط.\n".as_bytes());
    wd.write(
        "corpus/b.txt",
        "JERUSALEM, Dec. 2 (Xinhua) -- Benny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday, the first such accord between the two countries.\n".as_bytes(),
    );
    wd.write("corpus/c.txt", "Gantz signs defence pact in Rabat\nBy Staff Writer - 12/03/21 09:15 AM EST\nBenny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday.\n".as_bytes());
    wd.write("corpus/d.txt", "Gantz signe un protocole à Rabat\nPar la rédaction - 03/12/21 à 09h15\nBenny Gantz et Abdellatif Loudiyi ont signé mercredi à Rabat un protocole d'accord de défense.\n".as_bytes());
    wd.write("corpus/e.txt", "TEL AVIV, Nov. 20 (Xinhua) -- Benny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday.\n".as_bytes());
    let text = stdout(&wd.run(&["dates", "corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/d.txt", "corpus/e.txt"], ""));
    assert!(text.contains("b.txt,en,published,1,11,17,Dec. 2,2021-12-02,day,,inferred:yearless-date-line"), "{text}");
    assert!(text.contains("c.txt,en,published,2,52,60,12/03/21,2021-12-03,day,,stated"), "{text}");
    assert!(text.contains("d.txt,fr,published,2,52,60,03/12/21,2021-12-03,day,,stated"), "{text}");
    assert!(text.contains("e.txt,en,published,,,,,2021-12-01/2021-12-07,day,,inferred:borrowed-from"), "{text}");
    // Alone, the pages know no day: the byline says only its year.
    let text = stdout(&wd.run(&["dates", "corpus/c.txt"], ""));
    assert!(text.contains("c.txt,en,published,,,,,,,,unknown") && text.contains(",12/03/21,2021,year,,absolute"), "{text}");
}
