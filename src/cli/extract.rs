//! `tarikh extract`: the main job — articles in, a deduplicated chronological timeline out.
//!
//! ```text
//! tarikh extract                                   # corpus/ → output/timeline.csv
//! tarikh extract --corpus news --from 2021-01-01 -o news.csv
//! tarikh extract --format json -o -                # JSON on standard output
//! tarikh extract --html output/timeline.html       # the CSV and the visual timeline
//! tarikh extract --cache .tarikh-cache             # maps only new or changed articles
//! ```
//!
//! `extract` is `tarikh map` and `tarikh reduce` in one process: each article's map line
//! (from the cache when `--cache` has it) is reduced to its events at once, then the corpus
//! step and the outputs are those of `reduce`.

use std::time::Instant;

use clap::{Args, ValueEnum};

use super::{CorpusArgs, DataArgs, OutputArgs, Session};
use crate::dates::DateValue;
use crate::output::xlsx::WorkbookInput;
use crate::output::{write_csv, write_output, write_output_with};
use crate::focus::{Focus, is_morocco_israel};
use crate::reduced::record::EventOutput;
use crate::timeline::{HEADER, Row, row_cells, rows_from_events_with};

/// What `extract` writes to its output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The timeline CSV (one row per event).
    Csv,
    /// One JSON document: every event with its mentions.
    Json,
    /// One JSON object per event per line, for pipelines.
    Jsonl,
    /// The Knight Lab TimelineJS spreadsheet (CSV), ready to publish.
    Timelinejs,
    /// An Excel workbook: the timeline (dates as text, header frozen, Arabic right-to-left,
    /// sources linked), its mentions and the corrections applied.
    Xlsx,
}

impl Format {
    /// The output file when `-o` is not given.
    pub fn default_path(self) -> &'static str {
        match self {
            Format::Csv => "output/timeline.csv",
            Format::Json => "output/timeline.json",
            Format::Jsonl => "output/timeline.jsonl",
            Format::Timelinejs => "output/timelinejs.csv",
            Format::Xlsx => "output/timeline.xlsx",
        }
    }
}

/// Arguments of `tarikh extract`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tarikh extract --corpus corpus -o output/timeline.csv\n  tarikh extract --from 2021-01-01 --to 2021-12-31 --undated\n  tarikh extract --all-events                      # not only Morocco–Israel events\n  tarikh extract --format timelinejs               # → output/timelinejs.csv\n  tarikh extract --format xlsx                     # → output/timeline.xlsx\n  tarikh extract --html output/timeline.html --mentions output/mentions.csv\n  tarikh extract --cache .tarikh-cache             # the next run maps only new or changed articles")]
pub struct ExtractArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    timeline: TimelineArgs,
    /// Keep each article's map line in DIR, keyed by its content and the data; the next run
    /// maps only new or changed articles (same output as without the cache).
    #[arg(long, value_name = "DIR")]
    cache: Option<std::path::PathBuf>,
}

/// What the corpus step's events become: the timeline and its companions (shared by `extract`
/// and `reduce`).
#[derive(Debug, Args)]
pub struct TimelineArgs {
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
    /// List every event found, not only Morocco–Israel events (where each side takes part: a
    /// person, an institution or the state of Morocco, and of Israel).
    #[arg(long)]
    all_events: bool,
    /// Also write one row per source mention of each event (its provenance) to FILE.
    #[arg(long, value_name = "FILE")]
    mentions: Option<std::path::PathBuf>,
    /// Output format: csv (output/timeline.csv), json (output/timeline.json), jsonl
    /// (output/timeline.jsonl), timelinejs (output/timelinejs.csv) or xlsx
    /// (output/timeline.xlsx); `-o` overrides the file.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    format: Format,
    /// Also write the visual timeline, one self-contained HTML page, to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<std::path::PathBuf>,
    /// The analyst's corrections (`event_id,action,field,value,note`: drop, set, merge, keep),
    /// applied to the rows after the merge (`extract`: `CORPUS/corrections.csv` when present
    /// and this is not given).
    #[arg(long, value_name = "FILE")]
    corrections: Option<std::path::PathBuf>,
    /// Print no progress bar and no summary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_date(s: &str) -> Result<DateValue, String> {
    DateValue::parse(s).ok_or_else(|| format!("{s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
}

/// Run `tarikh extract`: the map and the reduce in one process.
pub fn run(args: ExtractArgs) -> anyhow::Result<i32> {
    let started = Instant::now();
    crate::cache::phase_done("start");
    // With a cache, the data are loaded on a thread of their own while the cache, the
    // corpus's keys and the reduced state are read, which do not need them.
    // The data's fingerprint first: the people's spelling variants kept in the cache are
    // taken back under it when the data are loaded.
    let fingerprinted = match args.cache.as_deref() {
        Some(dir) => {
            let hashes = crate::hashed::FileHashes::open(dir);
            let data = crate::cache::data_fingerprint_with(args.data.gazetteers.as_deref(), args.data.lexicons.as_deref(), args.data.lang, Some(&hashes)).map_err(anyhow::Error::msg)?;
            Some((dir, hashes, data))
        }
        None => None,
    };
    let kept_variants = fingerprinted.as_ref().map(|(dir, _, data)| crate::cache::KeptVariants::new(dir, data));
    let (session, prepared) = std::thread::scope(|scope| {
        let session = scope.spawn(|| Session::start_with(&args.data, kept_variants.as_ref()));
        let prepared = fingerprinted.map(|(dir, hashes, data)| open_cache(dir, hashes, &data, &args));
        (session.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), prepared)
    });
    let session = session?;
    let (mut cache, keyed, state) = match prepared.transpose()? {
        Some(p) => (Some(p.cache), p.keyed, p.state),
        None => (None, None, None),
    };
    crate::cache::phase_done("data loaded, cache opened");
    let default_corrections = args.corpus.corpus.join("corrections.csv");
    // The manifest gives the workbook each source's url.
    let manifest = if args.timeline.format == Format::Xlsx { crate::corpus::read_manifest(&args.corpus.corpus).map(|(m, _)| m).unwrap_or_default() } else { Default::default() };
    // With a cache, the corpus step from the reduced state when the corpus is the state's or
    // has changed a little (see `crate::reduced`).
    if let (Some(cache), Some(dir), Some(state)) = (&cache, &args.cache, state) {
        let corpus_dir = &args.corpus.corpus;
        if let Some((keys, m)) = &keyed
            && let Some(mut outcome) = crate::reduced::reduce_from_state(state, dir, corpus_dir, keys, &session.ctx, m, cache, &view_of(&args.timeline), rows_only(&args.timeline, &default_corrections))
        {
            let summary = Summary { read: outcome.langs.len(), problems: 0, started, note: format!(", {} from the cache", outcome.reused) };
            let step = format!(
                ", the corpus step of {} articles taken back from the cache ({} families merged again, {} of their events searched and {} as before, {} of its articles dated again)",
                outcome.reused, outcome.families_merged, outcome.searched, outcome.replayed, outcome.redated
            );
            let languages = crate::text::lang::tally(outcome.langs.iter().copied());
            let families: Vec<crate::events::EventType> = outcome.events.iter().map(|e| e.event_type.family()).collect();
            let known = std::mem::take(&mut outcome.known);
            let events = std::mem::take(&mut outcome.events);
            let removed = outcome.removed;
            // The state is kept on a thread of its own as soon as the rows are made (it needs
            // what the outputs made of each event), while the timeline is written.
            let (problems, saved) = std::thread::scope(|scope| {
                let mut unsaved = Some(outcome);
                let mut saving = None;
                let mut keep_state = |outputs: Vec<EventOutput>| {
                    if let Some(mut outcome) = unsaved.take() {
                        let families = &families;
                        saving = Some(scope.spawn(move || {
                            outcome.attach_outputs(families, outputs);
                            let saved = outcome.save(dir);
                            super::leave_to_exit(outcome);
                            saved
                        }));
                    }
                };
                let written = write_events((events, Vec::new()), Default::default(), &languages, &step, &session, &args.timeline, Some(&default_corrections), Some(&manifest), summary, Some(known), Some(&mut keep_state));
                crate::cache::phase_done("outputs written");
                super::save_cache_lines(cache, removed > 0);
                crate::cache::phase_done("map lines kept");
                let saved = match (saving, unsaved) {
                    (Some(saving), _) => saving.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    (None, Some(outcome)) => {
                        let saved = outcome.save(dir);
                        super::leave_to_exit(outcome);
                        saved
                    }
                    (None, None) => Ok(()),
                };
                written.map(|(problems, _)| (problems, saved))
            })?;
            if let Err(e) = saved {
                eprintln!("tarikh: cache: {}: {e}; the reduced state of this run was not kept", dir.display());
            }
            crate::cache::phase_done("state kept");
            let code = session.finish(problems);
            super::leave_to_exit(session);
            return Ok(code);
        }
    }
    let mapped = session.map_corpus(&args.corpus, !args.timeline.quiet, cache.as_ref())?;
    let from_cache = args.cache.as_ref().map(|_| format!(", {} from the cache", mapped.cached));
    let summary = Summary { read: mapped.articles.len(), problems: mapped.problems, started, note: from_cache.unwrap_or_default() };
    // An article read only in part has no line in the cache, so no state either.
    let keep_state = !mapped.articles.iter().any(|a| a.cut_short);
    // The lines are written beside the corpus step, on a thread of their own, so that a cold
    // run does not wait for them (a run stopped mid-write keeps the whole lines written);
    // every article of the corpus was looked up, so the lines of others can go.
    let (problems, captured) = std::thread::scope(|scope| {
        if let Some(cache) = &cache {
            scope.spawn(|| super::save_cache_lines(cache, true));
        }
        write_timeline(mapped.articles, &session, &args.timeline, Some(&default_corrections), Some(&manifest), summary, cache.as_ref())
    })?;
    if let Some(cache) = cache.take() {
        super::save_cache_results(&cache);
        if let (Some(dir), Some(captured), Some((keys, _)), true) = (&args.cache, captured, &keyed, keep_state)
            && let Err(e) = crate::reduced::save_captured(dir, cache.data(), &args.corpus.corpus, captured, keys, &view_of(&args.timeline))
        {
            eprintln!("tarikh: cache: {}: {e}; the reduced state of this run was not kept", dir.display());
        }
    }
    Ok(session.finish(problems))
}

/// A cache folder opened for a run, with what it tells before the data are loaded.
struct OpenedCache {
    cache: crate::cache::Cache,
    /// Every article's key and the manifest (None: the listing, the manifest or a file has a
    /// problem to report, which the whole run reports).
    keyed: Option<(Vec<crate::reduced::Keyed>, crate::corpus::Manifest)>,
    /// The reduced state kept there for this data and corpus folder, if it can be read.
    state: Option<crate::reduced::State>,
}

/// Open the cache folder `dir` for data of fingerprint `data`: the lines, and at once every
/// article's key (hashed, or taken back from the files' `hashes` kept there, which are saved
/// again) and the reduced state.
fn open_cache(dir: &std::path::Path, hashes: crate::hashed::FileHashes, data: &str, args: &ExtractArgs) -> anyhow::Result<OpenedCache> {
    let cache = crate::cache::Cache::open(dir, data).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    let corpus_dir = &args.corpus.corpus;
    let (keyed, state) = rayon::join(
        || match crate::corpus::read_manifest(corpus_dir) {
            Ok((m, problems)) if problems.is_empty() => crate::reduced::corpus_keys(corpus_dir, &m, &cache, &hashes).map(|k| (k, m)),
            _ => None,
        },
        || crate::reduced::State::open(dir, data, corpus_dir),
    );
    if let Err(e) = hashes.save() {
        eprintln!("tarikh: cache: {}: {e}; the files' hashes of this run were not kept", dir.display());
    }
    let mut state = state;
    if let (Some(state), Some((keys, _))) = (&mut state, &keyed) {
        state.read_records_ahead(dir, keys);
    }
    Ok(OpenedCache { cache, keyed, state })
}

/// What the summary line says beside the events.
pub struct Summary {
    /// Articles read.
    pub read: usize,
    /// Problems met so far (articles or lines skipped).
    pub problems: usize,
    /// When the run started.
    pub started: Instant,
    /// Anything else to say after the article count (`, 12 from the cache`).
    pub note: String,
}

/// The corpus step over reduced articles, then every output asked for; returns the number of
/// problems (those of `summary` and the malformed correction rows), and with a cache, what
/// the reduced state keeps (see [`crate::reduced`]). `manifest` gives the articles' urls (the
/// workbook links them); `cache` keeps what borrowing found (see
/// [`crate::pipeline::corpus_events_with`]).
pub fn write_timeline(
    articles: Vec<crate::pipeline::ReducedArticle>,
    session: &Session,
    args: &TimelineArgs,
    default_corrections: Option<&std::path::Path>,
    manifest: Option<&crate::corpus::Manifest>,
    summary: Summary,
    cache: Option<&crate::cache::Cache>,
) -> anyhow::Result<(usize, Option<crate::reduced::record::Captured>)> {
    let languages = crate::text::lang::tally(articles.iter().map(|a| a.lang));
    let g = &session.ctx.gazetteer;
    // When nothing but rows is written, the events that make none are counted and freed as
    // the merge finishes them (see `crate::pipeline::corpus_events_for_rows`).
    let corpus = if cache.is_none() && rows_only(args, default_corrections.unwrap_or(std::path::Path::new(""))) {
        let focus = if args.all_events { Focus::All } else { Focus::MoroccoIsrael };
        let fate = |e: &crate::merge::Event| {
            let bilateral = is_morocco_israel(e, g);
            let kept = match focus {
                Focus::All => true,
                Focus::MoroccoIsrael => bilateral,
            };
            (!(kept && crate::timeline::in_window(e, (args.from, args.to), args.undated))).then_some((bilateral, kept && e.date.is_none()))
        };
        crate::pipeline::corpus_events_for_rows(articles, g, &fate)
    } else {
        crate::pipeline::corpus_events_with(articles, g, cache)
    };
    let remembered = cache
        .map(|_| format!(", {} borrowed anchors and {} event families merged from the cache", corpus.remembered, corpus.families_reused))
        .unwrap_or_default();
    // With a state to keep, what the outputs make of each event is kept with its family.
    let families: Vec<crate::events::EventType> = if corpus.captured.is_some() { corpus.events.iter().map(|e| e.event_type.family()).collect() } else { Vec::new() };
    let known = corpus.captured.is_some().then(Vec::new);
    let (problems, outputs) = write_events((corpus.events, corpus.later), corpus.rowless, &languages, &remembered, session, args, default_corrections, manifest, summary, known, None)?;
    let captured = corpus.captured.map(|mut captured| {
        if let Some(outputs) = outputs {
            crate::reduced::attach_outputs(&mut captured.families, &families, outputs);
        }
        captured
    });
    Ok((problems, captured))
}

/// Every output asked for from the corpus step's events (see [`write_timeline`]), beside
/// which the summary counts the events that make no row and were freed before (`rowless`);
/// `languages` and `remembered` are said in the summary line. The events are those held and
/// those that wait in the spill file, each part with where it goes among them (see
/// [`crate::pipeline::CorpusEvents::later`]). With `known`, what the outputs made of each
/// event is returned, or handed to `outputs_to` as soon as the rows are made.
#[allow(clippy::too_many_arguments)]
fn write_events(
    (events, later): (Vec<crate::merge::Event>, Vec<(usize, crate::pipeline::SpilledRows)>),
    rowless: crate::pipeline::Rowless,
    languages: &str,
    remembered: &str,
    session: &Session,
    args: &TimelineArgs,
    default_corrections: Option<&std::path::Path>,
    manifest: Option<&crate::corpus::Manifest>,
    summary: Summary,
    known: Option<Vec<Option<EventOutput>>>,
    outputs_to: Option<&mut dyn FnMut(Vec<EventOutput>)>,
) -> anyhow::Result<(usize, Option<Vec<EventOutput>>)> {
    use rayon::prelude::*;
    let g = &session.ctx.gazetteer;
    let focus = if args.all_events { Focus::All } else { Focus::MoroccoIsrael };
    // What an earlier run made of some events (see `crate::reduced`): their rows and what the
    // summary counts of them.
    let keep_outputs = known.is_some();
    let (known_rows, known_counts): (Vec<Option<Option<Row>>>, Vec<Option<(bool, bool)>>) =
        known.unwrap_or_default().into_iter().map(|k| k.map(|o| (o.row, (o.bilateral, o.undated_kept))).unzip()).unzip();
    // No events with what an earlier run made of each: their rows and counts are all known
    // (a warm run from the reduced state whose outputs need only those: see `rows_only`).
    let all_known = events.is_empty() && later.is_empty() && known_rows.iter().all(Option::is_some);
    // What each event makes (its row, if any, and what the summary counts of it), for events
    // from position `from` on (`known_rows` and `known_counts` start there too).
    let rows_and_counts = |events: &[crate::merge::Event], from: usize, known_rows: Vec<Option<Option<Row>>>| -> anyhow::Result<(Vec<Option<Row>>, Vec<(bool, bool)>)> {
        let event_rows = crate::timeline::event_rows(events, &session.ctx, (args.from, args.to), args.undated, focus, known_rows)?;
        let counts = events
            .par_iter()
            .enumerate()
            .map(|(i, e)| known_counts.get(from + i).copied().flatten().unwrap_or_else(|| (is_morocco_israel(e, g), e.date.is_none() && focus.keeps(e, g))))
            .collect();
        Ok((event_rows, counts))
    };
    // Whether anything after the rows reads the events (see `rows_only`), or each event's
    // row is kept (a state to keep).
    let events_needed = keep_outputs || !rows_only(args, default_corrections.unwrap_or(std::path::Path::new("")));
    let mut events = events;
    let mut later = later;
    if events_needed && !later.is_empty() {
        // (Only a run that writes rows alone spills its merged events: they are put back.)
        for (at, part) in std::mem::take(&mut later).into_iter().rev() {
            events.splice(at..at, part.read());
        }
    }
    let (rows, counts, outputs): (Rows, Vec<(bool, bool)>, Option<Vec<EventOutput>>) = if all_known || events_needed {
        let (event_rows, counts): (Vec<Option<Row>>, Vec<(bool, bool)>) = if all_known {
            (known_rows.into_iter().map(Option::flatten).collect(), known_counts.into_iter().map(Option::unwrap_or_default).collect())
        } else {
            rows_and_counts(&events, 0, known_rows)?
        };
        let outputs = keep_outputs.then(|| event_rows.iter().zip(&counts).map(|(row, &(bilateral, undated_kept))| EventOutput { row: row.clone(), bilateral, undated_kept }).collect());
        // Handed on at once when asked (the state they are kept in is written meanwhile).
        let outputs = match (outputs, outputs_to) {
            (Some(outputs), Some(to)) => {
                to(outputs);
                None
            }
            (outputs, _) => outputs,
        };
        (Rows::Whole(crate::timeline::timeline_rows(event_rows)), counts, outputs)
    } else {
        // Nothing reads the events once their rows are made: they are made a part at a time,
        // from the last events back, and each part is freed once its rows are made, so that
        // the events and their rows (each about as large on a large archive) are not held
        // together; only the events that make a row hold one. A few parts: each reads the
        // article files its sentences are in again. The events that wait in the spill file
        // are read back at their place: a spilled part that goes after every held event left,
        // read an event at a time, else the held events after the last spilled part's place.
        const PARTS: usize = 4;
        // At most this many events a part: a part's events with their mentions, the
        // sentences read for them and their rows made whole were the peak of a large
        // archive's rows when a part was a quarter of its events, and again at 8,192 events
        // a part (more parts read an article file in more of them).
        const LARGEST_PART: usize = 1 << 10;
        let n = events.len() + later.iter().map(|(_, l)| l.len()).sum::<usize>();
        let part = n.div_ceil(PARTS).clamp(1, LARGEST_PART);
        // (No state is kept, so no row is known: `known` is None.)
        drop(known_rows);
        // Held packed (see `crate::timeline::packed`) until they are all made: a row holds
        // a dozen strings and vectors, and a large archive's rows are held until written.
        let mut rows: Vec<(usize, crate::timeline::PackedRow)> = Vec::new();
        let mut counts: Vec<(bool, bool)> = vec![(false, false); n];
        let mut end = n;
        // The rows and counts of the events `tail`, the first at position `from`.
        let mut take_rows = |tail: &[crate::merge::Event], from: usize| -> anyhow::Result<()> {
            let (part_rows, part_counts) = rows_and_counts(tail, from, Vec::new())?;
            // Grown to the rows it holds, not by doubling: the rows of a large archive are
            // held until they are written.
            rows.reserve_exact(part_rows.iter().flatten().count());
            rows.extend(part_rows.into_iter().enumerate().filter_map(|(i, r)| r.map(|r| (from + i, crate::timeline::PackedRow::pack(&r)))));
            counts[from..from + part_counts.len()].copy_from_slice(&part_counts);
            Ok(())
        };
        // A part that waits in the spill file (8,192 events) has its events read back one
        // at a time and their rows made a part at a time, each part freed before the next is
        // read: a part read back whole (its bytes, records and events at once), its rows
        // made, was the peak of a run whose merged events wait in the file.
        const SPILLED_AT_ONCE: usize = LARGEST_PART;
        while !events.is_empty() || !later.is_empty() {
            if let Some((_, spilled)) = later.pop_if(|(at, _)| *at == events.len()) {
                let from = end - spilled.len();
                end = from;
                let (mut at, mut few, mut failed) = (from, Vec::with_capacity(SPILLED_AT_ONCE), None);
                spilled.read_each(|e| {
                    if failed.is_some() {
                        return;
                    }
                    few.push(e);
                    if few.len() == SPILLED_AT_ONCE {
                        failed = take_rows(&few, at).err();
                        at += few.len();
                        few.clear();
                    }
                });
                if let Some(failed) = failed {
                    return Err(failed);
                }
                take_rows(&few, at)?;
                debug_assert_eq!(at + few.len(), from + spilled.len(), "a spilled part reads back as many events as were written");
                drop(few);
                crate::pipeline::give_back_freed_memory();
                continue;
            }
            let floor = later.last().map_or(0, |(at, _)| *at);
            let tail = events.split_off(events.len().saturating_sub(part).max(floor));
            events.shrink_to_fit();
            let from = end - tail.len();
            end = from;
            take_rows(&tail, from)?;
            drop(tail);
            crate::pipeline::give_back_freed_memory();
        }
        rows.sort_unstable_by_key(|&(i, _)| i);
        // Kept packed until written, each unpacked as it is written (see `Rows::Packed`).
        (Rows::Packed(crate::timeline::PackedTimeline::of(rows)), counts, None)
    };
    crate::cache::phase_done("rows made");
    let path = args.output.path(args.format.default_path());
    let (rows, outcomes, correction_problems) = match rows {
        Rows::Whole(rows) => {
            let (rows, outcomes, problems) = curate(rows, &events, &session.ctx, args, default_corrections, &path)?;
            (Rows::Whole(rows), outcomes, problems)
        }
        // Only rows are written: no corrections apply (see `rows_only`).
        packed @ Rows::Packed(_) => (packed, Vec::new(), 0),
    };
    let (total, bilateral, undated) = (counts.len() + rowless.events, counts.iter().filter(|c| c.0).count() + rowless.bilateral, counts.iter().filter(|c| c.1).count() + rowless.undated_kept);
    let mention_rows = match &rows {
        Rows::Whole(rows) if args.mentions.is_some() || args.format == Format::Xlsx => crate::timeline::mention_rows(&events, rows)?,
        _ => Vec::new(),
    };
    if let Some(path) = &args.mentions {
        write_output_with(path, |w| write_csv(w, &crate::timeline::MENTION_HEADER, mention_rows.iter().map(|r| r.iter().map(String::as_str).collect()), args.output.style()))?;
    }
    // Only JSON takes anything from the events that the rows do not have: free them before
    // the output is written (they are most of the memory on a large archive).
    let events = if matches!(args.format, Format::Json | Format::Jsonl) {
        events
    } else {
        drop(events);
        Vec::new()
    };
    let url = |file: &str| manifest.and_then(|m| m.get(file)).map(|e| e.url.as_str()).filter(|u| !u.is_empty());
    write_output_with(&path, |w| match &rows {
        Rows::Whole(whole) => write_format(w, args.format, &WorkbookInput { rows: whole, mentions: &mention_rows, corrections: &outcomes, url: &url }, &events, &args.output),
        Rows::Packed(packed) => write_packed(w, args.format, packed, &args.output),
    })?;
    drop(events);
    crate::cache::phase_done("timeline written");
    if let Some(html) = &args.html {
        let page = match &rows {
            Rows::Whole(rows) => crate::output::html::html_page(rows, super::render::DEFAULT_TITLE),
            Rows::Packed(packed) => crate::output::html::html_page(&packed.rows().collect::<Vec<Row>>(), super::render::DEFAULT_TITLE),
        };
        write_output(html, page.as_bytes())?;
    }
    if !args.quiet {
        eprintln!(
            "tarikh: {} articles read ({}){}{}, {} skipped, {} events ({} Morocco–Israel), {} rows written to {}, {} undated {}, {:.2}s",
            summary.read,
            languages,
            summary.note,
            remembered,
            summary.problems,
            total,
            bilateral,
            rows.len(),
            path.display(),
            undated,
            if args.undated { "included" } else { "left out (--undated adds them)" },
            summary.started.elapsed().as_secs_f64()
        );
    }
    super::leave_to_exit((rows, mention_rows, outcomes));
    Ok((summary.problems + correction_problems, outputs))
}

/// The timeline's rows: whole, or held packed and unpacked one at a time as they are written,
/// when only rows are written (see [`rows_only`]) and the events were freed as their rows were
/// made: a large archive's rows unpacked all at once were the peak of its run.
enum Rows {
    Whole(Vec<Row>),
    Packed(crate::timeline::PackedTimeline),
}

impl Rows {
    fn len(&self) -> usize {
        match self {
            Rows::Whole(rows) => rows.len(),
            Rows::Packed(packed) => packed.len(),
        }
    }
}

/// Whether every output asked for is made from the rows and what the summary counts alone
/// (no JSON, workbook or mentions, no corrections to apply): a warm run from the reduced
/// state then need not rebuild the events (see [`crate::reduced`]).
fn rows_only(args: &TimelineArgs, default_corrections: &std::path::Path) -> bool {
    !matches!(args.format, Format::Json | Format::Jsonl | Format::Xlsx) && args.mentions.is_none() && args.corrections.is_none() && !default_corrections.is_file()
}

/// What the rows of a run depend on besides the events (the window, undated events, the
/// focus): the reduced state keeps the rows it made under this view (see
/// [`crate::reduced::record::EventOutput`]).
pub fn view_of(args: &TimelineArgs) -> String {
    format!("{} {} {} {}", args.from, args.to, args.undated, args.all_events)
}

/// Apply the corrections file, if any (see [`crate::curate`]): `--corrections`, else
/// `default` when it exists. Returns the rows, what each correction did and the number of
/// malformed correction rows (reported on standard error like unreadable articles).
fn curate(
    rows: Vec<Row>,
    events: &[crate::merge::Event],
    ctx: &crate::extraction::Context,
    args: &TimelineArgs,
    default: Option<&std::path::Path>,
    output: &std::path::Path,
) -> anyhow::Result<(Vec<Row>, Vec<crate::curate::Outcome>, usize)> {
    let file = match (&args.corrections, default) {
        (Some(f), _) => f.clone(),
        (None, Some(f)) if f.is_file() => {
            eprintln!("tarikh: applying the corrections in {}", f.display());
            f.to_path_buf()
        }
        (None, _) => return Ok((rows, Vec::new(), 0)),
    };
    let source = file.display().to_string();
    let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
    let (text, _) = crate::corpus::decode(&bytes).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
    let (corrections, problems) = crate::curate::parse_corrections(&text, &source).map_err(anyhow::Error::msg)?;
    for p in &problems {
        eprintln!("tarikh: {p}");
    }
    // Rows the rules left out, for `keep`: every event, any date, any focus.
    let everything = (DateValue::parse("1000").expect("a year"), DateValue::parse("9999").expect("a year"));
    let ids: std::collections::HashSet<&str> = rows.iter().map(|r| r.event_id.as_str()).collect();
    let left_out: Vec<Row> = rows_from_events_with(events, ctx, everything, true, Focus::All)?.into_iter().filter(|r| !ids.contains(r.event_id.as_str())).collect();
    // The last run's timeline says what an event whose id changed used to be.
    let previous = if args.format == Format::Csv && output.is_file() { crate::timeline::read_timeline(output).unwrap_or_default() } else { Vec::new() };
    // A row whose type or status is set is titled again from its (first) event.
    let retitle = |r: &Row| r.origins.first().and_then(|&i| events.get(i)).map(|e| crate::timeline::title::event_title_as(e, &ctx.gazetteer, r.event_type, r.status));
    let (rows, outcomes) = crate::curate::apply(rows, left_out, &previous, &corrections, &retitle);
    for message in outcomes.iter().filter_map(|o| o.message(&source)) {
        eprintln!("tarikh: {message}");
    }
    Ok((rows, outcomes, problems.len()))
}

/// Write the main output in `format`: the timeline's rows, with what the workbook shows beside
/// them (mentions, corrections, source urls) and the events JSON takes the mentions from.
/// [`write_format`] of rows held packed, each unpacked as it is written (the CSV formats,
/// which are all [`rows_only`] writes; the others take the rows whole).
fn write_packed(w: &mut dyn std::io::Write, format: Format, packed: &crate::timeline::PackedTimeline, output: &OutputArgs) -> anyhow::Result<()> {
    match format {
        Format::Csv => write_csv(w, &HEADER, packed.rows().map(|r| row_cells(&r).into_iter().map(std::borrow::Cow::into_owned).collect::<Vec<String>>()), output.style()),
        Format::Timelinejs => write_csv(w, &crate::output::timelinejs::HEADER, crate::output::timelinejs::cells(packed.rows()), output.style()),
        _ => {
            let rows: Vec<Row> = packed.rows().collect();
            let nothing = |_: &str| None;
            write_format(w, format, &WorkbookInput { rows: &rows, mentions: &[], corrections: &[], url: &nothing }, &[], output)
        }
    }
}

fn write_format(w: &mut dyn std::io::Write, format: Format, timeline: &WorkbookInput, events: &[crate::merge::Event], output: &OutputArgs) -> anyhow::Result<()> {
    let rows = timeline.rows;
    match format {
        Format::Csv => write_csv(w, &HEADER, rows.iter().map(row_cells), output.style()),
        Format::Json => Ok(w.write_all(&crate::output::json::json_bytes(rows, events)?)?),
        Format::Jsonl => Ok(w.write_all(&crate::output::json::jsonl_bytes(rows, events)?)?),
        Format::Timelinejs => write_csv(w, &crate::output::timelinejs::HEADER, crate::output::timelinejs::cells(rows), output.style()),
        Format::Xlsx => Ok(w.write_all(&crate::output::xlsx::xlsx_bytes(timeline)?)?),
    }
}
