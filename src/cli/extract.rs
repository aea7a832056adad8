//! `tarikh extract`: the main job — articles in, a deduplicated chronological timeline out.
//!
//! ```text
//! tarikh extract                                   # corpus/ → output/timeline.csv
//! tarikh extract --corpus news --from 2021-01-01 -o news.csv
//! ```

use std::time::Instant;

use clap::Args;

use super::{CorpusArgs, DataArgs, OutputArgs, Session};
use crate::dates::DateValue;
use crate::output::{csv_bytes, write_output};
use crate::timeline::{HEADER, row_cells, rows_from_events};

/// Arguments of `tarikh extract`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tarikh extract --corpus corpus -o output/timeline.csv\n  tarikh extract --from 2021-01-01 --to 2021-12-31 --undated")]
pub struct ExtractArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// First date of the timeline (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", default_value = "2020-01-01", value_parser = parse_date)]
    from: DateValue,
    /// Last date of the timeline (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", default_value = "2022-12-31", value_parser = parse_date)]
    to: DateValue,
    /// Also list events without a date, at the end with an empty date.
    #[arg(long)]
    undated: bool,
    /// Also write one row per source mention of each event (its provenance) to FILE.
    #[arg(long, value_name = "FILE")]
    mentions: Option<std::path::PathBuf>,
    /// Print no summary on standard error.
    #[arg(short, long)]
    quiet: bool,
}

fn parse_date(s: &str) -> Result<DateValue, String> {
    DateValue::parse(s).ok_or_else(|| format!("{s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
}

/// Run `tarikh extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<i32> {
    let started = Instant::now();
    let session = Session::start(&args.data)?;
    // Each article is reduced to its events as soon as it is extracted, so memory follows the
    // events rather than the corpus (see `pipeline::ArticleEvents`).
    let corpus = &args.corpus.corpus;
    let manifest = crate::corpus::read_manifest(corpus).map_err(anyhow::Error::new)?;
    let (articles, problems) = crate::pipeline::extract_corpus_events(corpus, &session.ctx, &manifest).map_err(anyhow::Error::new)?;
    for p in &problems {
        eprintln!("tarikh: {p}");
    }
    let (read, problems) = (articles.len(), problems.len());
    let events = crate::pipeline::merge_corpus_events(articles, &session.ctx, &manifest, corpus);
    let rows = rows_from_events(&events, &session.ctx.gazetteer, (args.from, args.to), args.undated);
    let path = args.output.path("output/timeline.csv");
    write_output(&path, &csv_bytes(&HEADER, rows.iter().map(row_cells), args.output.style())?)?;
    if let Some(path) = &args.mentions {
        let rows = crate::timeline::mention_rows(&events, &rows);
        write_output(path, &csv_bytes(&crate::timeline::MENTION_HEADER, rows, args.output.style())?)?;
    }
    if !args.quiet {
        let bilateral = events.iter().filter(|e| crate::timeline::is_bilateral(e)).count();
        let undated = events.iter().filter(|e| e.date.is_none() && crate::timeline::is_bilateral(e)).count();
        eprintln!(
            "tarikh: {} articles read, {} skipped, {} events ({} Morocco–Israel), {} rows written to {}, {} undated {}, {:.2}s",
            read,
            problems,
            events.len(),
            bilateral,
            rows.len(),
            path.display(),
            undated,
            if args.undated { "included" } else { "left out (--undated adds them)" },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(session.finish(problems))
}
