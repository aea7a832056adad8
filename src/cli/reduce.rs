//! `tarikh reduce`: the JSON lines of `tarikh map` in, the timeline out — the corpus step
//! (anchor borrowing, merge) and the outputs of `extract`, which gives the same bytes.
//!
//! ```text
//! tarikh reduce corpus.jsonl -o output/timeline.csv
//! tarikh reduce part-*.jsonl --format json -o -
//! ```

use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use rayon::prelude::*;

use super::extract::{Summary, TimelineArgs, write_timeline};
use super::{DataArgs, Session};
use crate::mapred::ArticleMap;
use crate::pipeline::ReducedArticle;

/// Arguments of `tarikh reduce`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tarikh map --corpus corpus -o corpus.jsonl && tarikh reduce corpus.jsonl\n  tarikh reduce part-*.jsonl --format json -o -\n\nA line that cannot be read is reported as FILE:LINE: reason and skipped (exit code 2); an\narticle found twice is read once. The gazetteers must be those the lines were mapped with.")]
pub struct ReduceArgs {
    /// Files of map lines (`-` for standard input).
    #[arg(value_name = "FILE.jsonl", required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    timeline: TimelineArgs,
}

/// Lines parsed and reduced together: enough to keep both cores busy, few enough that memory
/// holds a handful of lines at a time, not the file.
const BATCH: usize = 512;

/// Run `tarikh reduce`.
pub fn run(args: ReduceArgs) -> anyhow::Result<i32> {
    let started = Instant::now();
    let session = Session::start(&args.data)?;
    let data = crate::cache::data_fingerprint(args.data.gazetteers.as_deref(), args.data.lexicons.as_deref(), args.data.lang).map_err(anyhow::Error::msg)?;
    let mut lines = LineReader { data, ..LineReader::default() };
    for file in &args.files {
        lines.read(file, &session)?;
    }
    for p in &lines.problems {
        eprintln!("tarikh: {p}");
    }
    if let Some((first, n)) = &lines.other_data {
        // Not an error: the ids may well be the same; but the result is not promised to be
        // extract's.
        eprintln!(
            "tarikh: {first}: mapped with other gazetteers, lexicons or another tarikh than this reduce ({n} lines so); map and reduce with the same data for extract's result"
        );
    }
    let mut articles = lines.articles;
    articles.sort_by(|a, b| a.name.cmp(&b.name));
    for a in articles.iter().filter(|a| a.cut_short) {
        eprintln!("tarikh: {}: the map reached its time limit, only the beginning was read", a.name);
    }
    let problems = lines.problems.len() + articles.iter().filter(|a| a.cut_short).count();
    if articles.is_empty() && problems == 0 {
        eprintln!("tarikh: no map lines in {}", args.files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    let summary = Summary { read: articles.len(), problems, started, note: String::new() };
    let (problems, _) = write_timeline(articles, &session, &args.timeline, None, None, summary, None)?;
    Ok(session.finish(problems))
}

/// The articles of the map lines read so far, and the problems met.
#[derive(Default)]
struct LineReader {
    articles: Vec<ReducedArticle>,
    problems: Vec<String>,
    /// Where each article was first read (`file:line`).
    seen: HashMap<String, String>,
    /// The fingerprint of this reduce's data and program.
    data: String,
    /// The first line mapped with other data (`file:line`), and how many were.
    other_data: Option<(String, usize)>,
}

impl LineReader {
    /// Read every line of `file`, in batches parsed and reduced in parallel.
    fn read(&mut self, file: &std::path::Path, session: &Session) -> anyhow::Result<()> {
        let source = file.display().to_string();
        let mut reader: Box<dyn BufRead> = if source == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(std::fs::File::open(file).map_err(|e| anyhow::anyhow!("{source}: {e}"))?))
        };
        // A line of a file is read back for its sentences when the outputs are written (see
        // `crate::evidence`); those of standard input or a pipe are held.
        let path = (source != "-" && std::fs::metadata(file).is_ok_and(|m| m.is_file())).then_some(file);
        let mut batch: Vec<(usize, u64, String)> = Vec::with_capacity(BATCH);
        let (mut n, mut at) = (0, 0u64);
        loop {
            let mut line = String::new();
            let read = reader.read_line(&mut line).map_err(|e| anyhow::anyhow!("{source}:{}: {e}", n + 1))?;
            if read == 0 {
                break;
            }
            n += 1;
            let start = at;
            at += read as u64;
            // The line end, as `BufRead::lines` drops it.
            let content = line.strip_suffix('\n').map_or(line.as_str(), |l| l.strip_suffix('\r').unwrap_or(l)).len();
            line.truncate(content);
            if !line.trim().is_empty() {
                batch.push((n, start, line));
            }
            if batch.len() == BATCH {
                self.reduce(std::mem::take(&mut batch), &source, path, session);
            }
        }
        self.reduce(batch, &source, path, session);
        Ok(())
    }

    fn reduce(&mut self, batch: Vec<(usize, u64, String)>, source: &str, path: Option<&std::path::Path>, session: &Session) {
        let g = &session.ctx.gazetteer;
        let parsed: Vec<(usize, Result<ArticleMap, String>)> = batch
            .into_par_iter()
            .map(|(n, at, line)| {
                let map = ArticleMap::parse(&line).map(|mut map| {
                    map.quotes = path.and_then(|p| crate::evidence::Quotes::in_map_line(p, at, &line)).map(std::sync::Arc::new);
                    map
                });
                (n, map)
            })
            .collect();
        let mut fresh = Vec::with_capacity(parsed.len());
        for (n, map) in parsed {
            let at = format!("{source}:{n}");
            match map {
                Err(reason) => self.problems.push(format!("{at}: {reason}; line skipped")),
                Ok(map) => match self.seen.get(&map.file) {
                    Some(first) => self.problems.push(format!("{at}: article {} already read at {first}; line skipped", map.file)),
                    None => {
                        if map.data != self.data {
                            self.other_data.get_or_insert_with(|| (at.clone(), 0)).1 += 1;
                        }
                        self.seen.insert(map.file.clone(), at);
                        fresh.push(map);
                    }
                },
            }
        }
        self.articles.par_extend(fresh.into_par_iter().map(|map| crate::pipeline::reduce_article(map, g)));
    }
}
