//! `tarikh dates`: the date expressions and publication date of each article, as CSV.
//!
//! ```text
//! tarikh dates corpus/*.txt [-o dates.csv] [--no-bom] [--raw]
//! echo "الخميس المقبل" | tarikh dates --ref 2021-08-10
//! ```
//!
//! With files, one `kind=published` row per article (its publication date and how it was
//! found), then one `kind=date` row per date expression, with columns `file, lang, kind, line,
//! start, end, expression, value, grain, part, basis` (`lang`: the article's language, ar, en
//! or fr, detected or given by `--lang`) (`start`/`end` are character offsets in the
//! original text). With `--ref` and no file, each line of standard input is a phrase, and the
//! output is `phrase<TAB>value<TAB>grain` (empty value when no date is found): the resolver on
//! its own, for testing lists of phrases. A file that cannot be read is reported on standard
//! error and skipped; the exit code is then 2.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use clap::Args;

use crate::corpus::{Manifest, read_manifest};
use crate::data::Lexicons;
use crate::dates::{Anchor, ArticleDates, DateLexicon, resolve_phrase};
use crate::text::Document;
use crate::text::lang::Lang;

use crate::output::{write_csv, write_output, write_output_with};

use super::{DataArgs, EXIT_ERROR, EXIT_OK, OutputArgs};

/// Arguments of `tarikh dates`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tarikh dates corpus/*.txt                              # CSV on standard output\n  echo \"الخميس المقبل\" | tarikh dates --ref 2021-08-10")]
pub struct DatesArgs {
    /// Article files; with none, `--ref` reads phrases from standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Reference date (YYYY-MM-DD, or `YYYY-MM-DDTHH:MM[:SS]` for phrases with a time): the
    /// anchor for phrases read from standard input, or for every file when files are given.
    #[arg(long = "ref", value_name = "YYYY-MM-DD", value_parser = parse_reference)]
    pub reference: Option<Reference>,
    /// Where and how to write the CSV (standard output by default). The `--ref` mode writes
    /// its lines as they are: no byte-order mark, no formula guard.
    #[command(flatten)]
    pub output: OutputArgs,
    /// Data folders.
    #[command(flatten)]
    pub data: DataArgs,
}

/// The reference of `--ref`: a day, and the time of day when given.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    /// The day: the anchor of the date expressions.
    pub day: NaiveDate,
    /// The time of day, for "الآن" and counted times ("بعد ساعتين"); midnight when not given.
    pub time: Option<NaiveTime>,
}

impl Reference {
    /// Read `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
    pub fn parse(s: &str) -> Result<Reference, String> {
        parse_reference(s)
    }
}

fn parse_reference(s: &str) -> Result<Reference, String> {
    let bad = || format!("bad date {s:?} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])");
    let (d, t) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let day = NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| bad())?;
    let time = match t {
        None => None,
        Some(t) => Some(NaiveTime::parse_from_str(t, "%H:%M:%S").or_else(|_| NaiveTime::parse_from_str(t, "%H:%M")).map_err(|_| bad())?),
    };
    Ok(Reference { day, time })
}

/// Run `tarikh dates`.
pub fn run(args: DatesArgs) -> anyhow::Result<i32> {
    let lexicons = Lexicons::load(args.data.lexicons.as_deref()).map_err(anyhow::Error::msg)?;
    if args.files.is_empty() {
        let Some(reference) = args.reference else {
            anyhow::bail!("give article files, or --ref YYYY-MM-DD to read phrases from standard input");
        };
        let stdin = std::io::stdin();
        let mut out = Vec::new();
        phrases_at(stdin.lock(), reference, &lexicons.dates, &mut out)?;
        write_output(&args.output.path("-"), &out)?;
        return Ok(EXIT_OK);
    }
    // Articles are read through the whole pipeline: an article with no date of its own may
    // borrow its publication date from an event another article dates.
    let ctx = args.data.context()?;
    let mut code = EXIT_OK;
    let mut by_folder: std::collections::BTreeMap<PathBuf, Vec<PathBuf>> = std::collections::BTreeMap::new();
    for path in &args.files {
        by_folder.entry(path.parent().map(Path::to_path_buf).unwrap_or_default()).or_default().push(path.clone());
    }
    let mut extractions = Vec::new();
    for (folder, files) in by_folder {
        let (manifest, manifest_problems) = read_manifest(&folder).unwrap_or_else(|e| (Manifest::new(), vec![e]));
        for p in &manifest_problems {
            eprintln!("tarikh: {p}");
            code = EXIT_ERROR;
        }
        let (articles, problems) = crate::pipeline::read_corpus(&folder, &files).map_err(anyhow::Error::new)?;
        for p in &problems {
            eprintln!("tarikh: {p}");
            code = EXIT_ERROR;
        }
        extractions.extend(crate::pipeline::extract_all(articles, &ctx, &manifest, &|| ()));
    }
    match args.reference {
        Some(r) => extractions.iter_mut().for_each(|x| x.dates.reanchor(Anchor::given(r.day))),
        None => {
            crate::pipeline::build_events_of_corpus(&mut extractions, &ctx);
        }
    }
    // The same CSV writer as every other output: byte-order mark, formula guard, CRLF.
    let rows = extractions.iter().flat_map(|x| article_rows(&x.doc, &x.dates, x.doc.lang));
    write_output_with(&args.output.path("-"), |w| write_csv(w, &HEADER, rows, args.output.style()))?;
    Ok(code)
}

/// Columns of `tarikh dates` output.
pub const HEADER: [&str; 11] = ["file", "lang", "kind", "line", "start", "end", "expression", "value", "grain", "part", "basis"];

/// The rows of one article, in [`HEADER`] order: its `published` row, then a `date` row per
/// expression.
pub fn article_rows(doc: &Document, dates: &ArticleDates, lang: Lang) -> Vec<Vec<String>> {
    let name = doc.article.name.as_str();
    let lang = lang.code();
    let (value, grain) = match dates.anchor.published_value() {
        Some(v) => (v.to_string(), v.grain.as_str().to_string()),
        None => (String::new(), String::new()),
    };
    let text = &doc.article.text;
    // Character offsets, counted incrementally (mentions are in text order).
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut char_at = |b: usize| {
        if b < byte {
            byte = 0;
            chars = 0;
        }
        chars += text[byte..b].chars().count();
        byte = b;
        chars
    };
    let row = |cells: [&str; 11]| cells.map(String::from).to_vec();
    let mut rows = Vec::with_capacity(dates.mentions.len() + 1);
    // The published row cites the expression it was read from (date line or clue), if any.
    rows.push(match dates.anchor.evidence {
        Some((s, e)) => {
            let orig = doc.original_range(s..e);
            let (start, end) = (char_at(orig.start), char_at(orig.end));
            let line = doc.line_of(s).to_string();
            row([name, lang, "published", &line, &start.to_string(), &end.to_string(), &text[orig], &value, &grain, "", dates.anchor.basis.label()])
        }
        None => row([name, lang, "published", "", "", "", "", &value, &grain, "", dates.anchor.basis.label()]),
    });
    for (m, r) in dates.mentions.iter().zip(&dates.resolved) {
        let orig = doc.original_range(m.range.clone());
        let (start, end) = (char_at(orig.start), char_at(orig.end));
        let line = doc.line_of(m.range.start).to_string();
        let (value, grain, part, basis) = match r {
            Some(r) => (r.value.to_string(), r.value.grain.as_str(), r.part.map_or("", |p| p.as_str()), r.basis.as_str()),
            None => (String::new(), "", "", ""),
        };
        rows.push(row([name, lang, "date", &line, &start.to_string(), &end.to_string(), &text[orig], &value, grain, part, basis]));
    }
    rows
}

/// The `--ref` mode: one phrase per input line, `phrase<TAB>value<TAB>grain` per output line.
pub fn phrases<R: BufRead, W: Write>(input: R, reference: NaiveDate, lex: &DateLexicon, out: &mut W) -> anyhow::Result<()> {
    phrases_at(input, Reference { day: reference, time: None }, lex, out)
}

/// [`phrases`] with a reference that may carry a time of day. A clock time in the phrase is
/// printed on the day of its date (or the reference day) as `YYYY-MM-DDTHH:MM` (`:SS` at grain
/// `second`), grain `hour`, `minute` or `second`; a counted time ("بعد ساعتين") and "الآن"
/// count from the reference moment (midnight when the reference has no time; "الآن" is then
/// the reference day).
pub fn phrases_at<R: BufRead, W: Write>(input: R, reference: Reference, lex: &DateLexicon, out: &mut W) -> anyhow::Result<()> {
    let day = reference.day;
    let moment = day.and_time(reference.time.unwrap_or(NaiveTime::MIN));
    for line in input.lines() {
        let line = line.context("reading standard input")?;
        let phrase = line.trim_end_matches('\r');
        let phrase = phrase.trim();
        let date = resolve_phrase(phrase, day, lex).map(|(_, r)| r.value);
        let clock = crate::dates::find_clock(&crate::text::normalize::normalize(phrase).text, lex).map(|(_, c)| c);
        let written = match (date, clock) {
            // "بعد 3 أيام من الآن" is a day, not the moment.
            (_, Some(c)) if c.now && reference.time.is_some() && date.is_none_or(|v| v.as_day() == Some(day)) => Some((moment, c.grain)),
            (_, Some(c)) if c.shift.is_some() => Some((moment + chrono::Duration::minutes(c.shift.unwrap_or(0)), c.grain)),
            (Some(v), Some(c)) if !c.now && v.as_day().is_some() => Some((v.start.and_hms_opt(c.hour, c.minute, c.second).unwrap_or(moment), c.grain)),
            (None, Some(c)) if !c.now => Some((day.and_hms_opt(c.hour, c.minute, c.second).unwrap_or(moment), c.grain)),
            _ => None,
        };
        match (written, date, clock) {
            (Some((t, grain)), _, _) => writeln!(out, "{phrase}\t{}\t{}", timed(t, grain), grain.as_str())?,
            (None, Some(v), _) => writeln!(out, "{phrase}\t{v}\t{}", v.grain)?,
            // الآن with a reference without a time: the reference day.
            (None, None, Some(_)) => writeln!(out, "{phrase}\t{}\tday", crate::dates::DateValue::day(day))?,
            (None, None, None) => writeln!(out, "{phrase}\t\t")?,
        }
    }
    Ok(())
}

/// `YYYY-MM-DDTHH:MM`, with `:SS` at the grain of a second.
fn timed(t: NaiveDateTime, grain: crate::dates::ClockGrain) -> String {
    match grain {
        crate::dates::ClockGrain::Second => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
        _ => t.format("%Y-%m-%dT%H:%M").to_string(),
    }
}
