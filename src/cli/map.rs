//! `tarikh map`: articles in, one JSON line each out (the [`crate::mapred`] contract), for
//! `tarikh reduce` to build the timeline from — on this machine, or after a Spark job ran the
//! map on many (see docs/spark.md).
//!
//! ```text
//! tarikh map --corpus corpus -o corpus.jsonl
//! find news -name '*.txt' | tarikh map --corpus news --stdin-paths > part.jsonl
//! tarikh map --cache .tarikh-cache -o corpus.jsonl   # maps only new or changed articles
//! ```

use std::io::BufRead;
use std::path::PathBuf;

use clap::Args;

use super::{CorpusArgs, DataArgs, Session};
use crate::output::write_output_with;

/// Arguments of `tarikh map`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tarikh map --corpus corpus -o corpus.jsonl\n  find news -name '*.txt' | tarikh map --corpus news --stdin-paths > part.jsonl\n  tarikh reduce corpus.jsonl -o output/timeline.csv\n\nOne line per article, sorted by article name. With --stdin-paths, article names are the\npaths relative to --corpus (which also holds the manifest, index.csv).")]
pub struct MapArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    data: DataArgs,
    /// Read the article files to map from standard input, one path per line, instead of
    /// every `.txt` file under --corpus.
    #[arg(long)]
    stdin_paths: bool,
    /// Output file (`-` for standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE", default_value = "-")]
    output: PathBuf,
    /// Take unchanged articles' lines from DIR and keep the new ones there (the cache of
    /// `extract --cache`).
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
}

/// Run `tarikh map`.
pub fn run(args: MapArgs) -> anyhow::Result<i32> {
    let session = Session::start(&args.data)?;
    let data = crate::cache::data_fingerprint(args.data.gazetteers.as_deref(), args.data.lexicons.as_deref(), args.data.lang).map_err(anyhow::Error::msg)?;
    let corpus = &args.corpus.corpus;
    let (manifest, mut problems) = crate::corpus::read_manifest(corpus).map_err(anyhow::Error::new)?;
    let paths = if args.stdin_paths {
        let mut paths = Vec::new();
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            let path = line.trim();
            if !path.is_empty() {
                paths.push(PathBuf::from(path));
            }
        }
        paths
    } else {
        let (paths, listing) = crate::corpus::list_articles(corpus).map_err(anyhow::Error::new)?;
        problems.extend(listing);
        paths
    };
    let cache = match &args.cache {
        Some(dir) => Some(crate::cache::Cache::open(dir, &data).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?),
        None => None,
    };
    let to_line = |map: crate::mapred::ArticleMap| (map.to_line(), map.cut_short);
    let (mapped, mapping) = crate::pipeline::map_files(corpus, paths, &session.ctx, &manifest, &data, cache.as_ref(), &to_line, &|| ());
    problems.extend(mapping);
    // Paths from standard input may be a part of the corpus (a Spark task's): the lines of
    // the others stay.
    if let Some(cache) = &cache {
        super::save_cache_lines(cache, !args.stdin_paths);
    }
    super::note_cache_outcomes(mapped.iter().map(|m| &m.2));
    let cut_short = mapped.iter().filter(|m| m.1.1).map(|m| m.0.as_str());
    let problems = session.report(&problems, mapped.len(), corpus, cut_short);
    write_output_with(&args.output, |w| {
        for (_, (line, _), _) in &mapped {
            w.write_all(line.as_bytes())?;
        }
        Ok(())
    })?;
    Ok(session.finish(problems))
}
