//! Command-line interface: one file per subcommand, the flags they share defined once here.
//!
//! Raw clap arguments become a validated configuration (gazetteers and lexicons loaded and
//! checked) before any work starts, so a bad data file stops the run before anything is
//! written.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

pub mod dates;
pub mod diff;
pub mod entities;
pub mod eval;
pub mod explain;
pub mod extract;
pub mod map;
pub mod reduce;
pub mod render;

/// Exit code when everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code for "differences found" with `--fail-if-diff`.
pub const EXIT_DIFF: i32 = 1;
/// Exit code when an error occurred (some input skipped, or nothing could be done).
pub const EXIT_ERROR: i32 = 2;

/// tarikh: a timeline of Morocco–Israel relations from news articles.
#[derive(Debug, Parser)]
#[command(name = "tarikh", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the timeline of a corpus (the main job).
    Extract(extract::ExtractArgs),
    /// Map articles to one JSON line each (what the corpus step needs), for `reduce`.
    Map(map::MapArgs),
    /// Build the timeline from the JSON lines of `map` (the corpus step and the outputs).
    Reduce(reduce::ReduceArgs),
    /// List the people, organisations and places of each article.
    Entities(entities::EntitiesArgs),
    /// Score a timeline against gold events.
    Eval(eval::EvalArgs),
    /// Find date expressions and publication dates in articles.
    Dates(dates::DatesArgs),
    /// What changed between two timelines (events added, removed, changed).
    Diff(diff::DiffArgs),
    /// Draw a timeline CSV as one self-contained HTML page.
    Render(render::RenderArgs),
    /// Say why a timeline row exists: its sources, rules, dates and names.
    Explain(explain::ExplainArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = "Examples:\n  tarikh completions bash > ~/.local/share/bash-completion/completions/tarikh\n  tarikh completions zsh > ~/.zfunc/_tarikh\n  tarikh completions fish > ~/.config/fish/completions/tarikh.fish")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  tarikh man > tarikh.1 && man ./tarikh.1")]
    Man,
}

/// Where the data files come from: shared by every subcommand that reads articles.
#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Folder of gazetteers (people.csv, organisations.csv, places.csv, roles.csv, and the
    /// optional ordinary_words.txt, given_names.txt, ordinary_phrases.txt,
    /// office_qualifiers.txt, own_country.txt, name_words.txt); the built-in copies when omitted.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
    /// Folder of lexicons (boilerplate, months, weekdays, date words, event triggers); the
    /// built-in copies when omitted.
    #[arg(long, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
    /// Seconds of processor time one article may take before the rest of it is skipped (and
    /// reported); waiting for a core on a busy machine does not count.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::budget::DEFAULT_LIMIT.as_secs_f64())]
    pub time_limit: f64,
    /// Read every article as this language (ar, en or fr) instead of detecting each one's from
    /// its letters and words.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::text::lang::Lang>,
}

fn parse_lang(s: &str) -> Result<crate::text::lang::Lang, String> {
    crate::text::lang::Lang::from_code(s).ok_or_else(|| format!("unknown language {s:?} (ar, en or fr)"))
}

impl DataArgs {
    /// Load and validate the data files: a bad file stops here, before anything is written.
    pub fn context(&self) -> anyhow::Result<crate::pipeline::Context> {
        self.context_with(None)
    }

    /// [`DataArgs::context`], the people's spelling variants taken back from (or kept in)
    /// `kept` (see [`crate::cache::KeptVariants`]).
    pub fn context_with(&self, kept: Option<&crate::cache::KeptVariants>) -> anyhow::Result<crate::pipeline::Context> {
        let mut ctx = crate::pipeline::Context::load_with(self.gazetteers.as_deref(), self.lexicons.as_deref(), kept).map_err(anyhow::Error::msg)?;
        ctx.time_limit = std::time::Duration::try_from_secs_f64(self.time_limit.max(0.0)).unwrap_or(crate::budget::DEFAULT_LIMIT);
        ctx.lang = self.lang;
        Ok(ctx)
    }
}

/// Which articles to read.
#[derive(Debug, Clone, Args)]
pub struct CorpusArgs {
    /// Folder of articles (`.txt` files, searched recursively).
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
}

/// Where and how to write the main output.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output file (`-` for standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Do not start CSV output with a UTF-8 byte-order mark (it is there so Excel reads
    /// Arabic correctly).
    #[arg(long)]
    pub no_bom: bool,
    /// Write cells as they are, without the leading `'` that stops spreadsheets from reading
    /// text as a formula.
    #[arg(long)]
    pub raw: bool,
}

impl OutputArgs {
    /// The output path, or `default` when none was given.
    pub fn path(&self, default: &str) -> PathBuf {
        self.output.clone().unwrap_or_else(|| PathBuf::from(default))
    }

    /// The CSV style asked for.
    pub fn style(&self) -> crate::output::CsvStyle {
        crate::output::CsvStyle { bom: !self.no_bom, raw: self.raw }
    }
}

/// A run over a corpus: the loaded data, and how problems are reported.
pub struct Session {
    /// Gazetteers and lexicons.
    pub ctx: crate::pipeline::Context,
}

impl Session {
    /// Load and validate the data; a bad data file stops here, before anything is written.
    pub fn start(data: &DataArgs) -> anyhow::Result<Session> {
        Session::start_with(data, None)
    }

    /// [`Session::start`], the people's spelling variants taken back from (or kept in) `kept`
    /// (see [`crate::cache::KeptVariants`]).
    pub fn start_with(data: &DataArgs, kept: Option<&crate::cache::KeptVariants>) -> anyhow::Result<Session> {
        let ctx = data.context_with(kept)?;
        Ok(Session { ctx })
    }

    /// Read and extract the corpus; unreadable articles are reported on standard error and
    /// skipped. Returns the extractions and the number of problems.
    pub fn extract(&self, corpus: &CorpusArgs) -> anyhow::Result<(Vec<crate::pipeline::ArticleExtraction>, usize)> {
        self.extract_with_progress(corpus, false)
    }

    /// [`Session::extract`], with a progress bar on standard error when `progress` is asked
    /// and standard error is a terminal (indicatif draws nothing otherwise).
    pub fn extract_with_progress(&self, corpus: &CorpusArgs, progress: bool) -> anyhow::Result<(Vec<crate::pipeline::ArticleExtraction>, usize)> {
        let (manifest, mut problems) = crate::corpus::read_manifest(&corpus.corpus).map_err(anyhow::Error::new)?;
        let (articles, reading) = crate::pipeline::read_corpus(&corpus.corpus, &[]).map_err(anyhow::Error::new)?;
        problems.extend(reading);
        let bar = progress_bar(progress, articles.len());
        let extractions = crate::pipeline::extract_all(articles, &self.ctx, &manifest, &|| bar.inc(1));
        bar.finish_and_clear();
        let cut_short = extractions.iter().filter(|x| x.cut_short).map(|x| x.doc.article.name.as_str());
        let problems = self.report(&problems, extractions.len(), &corpus.corpus, cut_short);
        Ok((extractions, problems))
    }

    /// Map the corpus (each line from `cache` when it has it) and reduce each line to its
    /// events at once (the memory-lean path of `extract`), with the same reports as
    /// [`Session::extract_with_progress`]; a cache entry that cannot be used is noted and its
    /// article mapped again.
    pub fn map_corpus(&self, corpus: &CorpusArgs, progress: bool, cache: Option<&crate::cache::Cache>) -> anyhow::Result<MappedCorpus> {
        let (manifest, manifest_problems) = crate::corpus::read_manifest(&corpus.corpus).map_err(anyhow::Error::new)?;
        let (paths, listing_problems) = crate::corpus::list_articles(&corpus.corpus).map_err(anyhow::Error::new)?;
        let bar = progress_bar(progress, paths.len());
        let g = &self.ctx.gazetteer;
        // The mentions of articles still to be dated wait in a temporary file (see
        // `crate::pipeline::SpillFile`), and so do the events of a run without a cache once
        // those held in memory pass the budget (`crate::pipeline::events_in_memory_budget`);
        // everything stays in memory when no file can be made.
        let drafts = crate::pipeline::SpillFile::new().ok();
        let (budget, held) = (crate::pipeline::events_in_memory_budget(), std::sync::atomic::AtomicUsize::new(0));
        let reduce = |map| {
            use std::sync::atomic::Ordering::Relaxed;
            let spill_events = cache.is_none() && held.load(Relaxed) >= budget;
            let reduced = crate::pipeline::reduce_article_spilling(map, g, drafts.as_ref(), spill_events);
            held.fetch_add(crate::pipeline::held_bytes(&reduced.events), Relaxed);
            reduced
        };
        let (mapped, problems) = crate::pipeline::map_files(&corpus.corpus, paths, &self.ctx, &manifest, cache.map_or("", |c| c.data()), cache, &reduce, &|| bar.inc(1));
        bar.finish_and_clear();
        crate::cache::phase_done(&format!("mapped, {:.2} MB of events held (budget {:.2} MB)", held.into_inner() as f64 / (1 << 20) as f64, budget as f64 / (1 << 20) as f64));
        let cached = note_cache_outcomes(mapped.iter().map(|m| &m.2));
        let articles: Vec<crate::pipeline::ReducedArticle> = mapped.into_iter().map(|m| m.1).collect();
        let problems: Vec<_> = manifest_problems.into_iter().chain(listing_problems).chain(problems).collect();
        let cut_short = articles.iter().filter(|a| a.cut_short).map(|a| a.name.as_str());
        let problems = self.report(&problems, articles.len(), &corpus.corpus, cut_short);
        Ok(MappedCorpus { articles, cached, problems })
    }

    /// Print what went wrong and return how many problems there were.
    fn report<'a>(&self, problems: &[crate::corpus::CorpusError], read: usize, corpus: &std::path::Path, cut_short: impl Iterator<Item = &'a str>) -> usize {
        for p in problems {
            eprintln!("tarikh: {p}");
        }
        if read == 0 && problems.is_empty() {
            eprintln!("tarikh: no articles (.txt files) in {}", corpus.display());
        }
        let mut n = problems.len();
        for name in cut_short {
            eprintln!("tarikh: {name}: time limit of {}s reached, only the beginning was read", self.ctx.time_limit.as_secs_f64());
            n += 1;
        }
        n
    }

    /// The exit code: 2 when some input was skipped, else 0.
    pub fn finish(&self, problems: usize) -> i32 {
        if problems > 0 { EXIT_ERROR } else { EXIT_OK }
    }
}

/// A corpus mapped and reduced to each article's events (see [`Session::map_corpus`]).
pub struct MappedCorpus {
    /// The articles, in name order.
    pub articles: Vec<crate::pipeline::ReducedArticle>,
    /// How many lines came from the cache.
    pub cached: usize,
    /// How many problems were reported.
    pub problems: usize,
}

/// Note on standard error each cache entry that could not be used; returns how many lines
/// came from the cache.
pub fn note_cache_outcomes<'a>(outcomes: impl Iterator<Item = &'a crate::pipeline::MapOutcome>) -> usize {
    let mut cached = 0;
    for outcome in outcomes {
        match outcome {
            crate::pipeline::MapOutcome::Cached => cached += 1,
            crate::pipeline::MapOutcome::Remapped(reason) => eprintln!("tarikh: cache: {reason}; the article was mapped again"),
            crate::pipeline::MapOutcome::Mapped => {}
        }
    }
    cached
}

/// Keep the lines `cache` was given this run (with `compact`, a run that looked up every
/// article of the corpus, dropping those it did not use); a failure is noted on standard
/// error (only the next run is slower).
pub fn save_cache_lines(cache: &crate::cache::Cache, compact: bool) {
    if let Err(e) = cache.save_lines(compact) {
        eprintln!("tarikh: cache: {}: {e}; the lines mapped in this run were not kept", cache.file().display());
    }
}

/// Keep what the corpus step found in this run, dropping what it no longer reaches; a failure
/// is noted on standard error (only the next run is slower).
pub fn save_cache_results(cache: &crate::cache::Cache) {
    if let Err(e) = cache.save_results(true) {
        eprintln!("tarikh: cache: {e}; what the corpus step found in this run was not kept");
    }
}

/// Leave `value` to the process's exit to free: a run's last large values (its rows, the
/// reduced state it kept, the loaded data) are hundreds of thousands of small allocations,
/// and freeing them one at a time just before the process ends (often on another thread
/// than made them) cost an incremental run about a twelfth of its instructions.
pub(crate) fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Run the command line and return the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Map(args) => map::run(args),
        Command::Reduce(args) => reduce::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Dates(args) => dates::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Render(args) => render::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => EXIT_OK,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "tarikh: {err:#}");
            EXIT_ERROR
        }
    }
}

/// `tarikh completions SHELL`: the completion script on standard output.
fn completions(shell: clap_complete::Shell) -> anyhow::Result<i32> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tarikh", &mut out);
    crate::output::write_output(std::path::Path::new("-"), &out)?;
    Ok(EXIT_OK)
}

/// `tarikh man`: the manual page, generated from the same definitions as `--help`.
fn man() -> anyhow::Result<i32> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    crate::output::write_output(std::path::Path::new("-"), &out)?;
    Ok(EXIT_OK)
}

/// A closed pipe (`tarikh … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// A progress bar on standard error, hidden when not wanted or when stderr is not a terminal
/// (indicatif's draw target checks that).
fn progress_bar(shown: bool, len: usize) -> indicatif::ProgressBar {
    if !shown {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(Some(len as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} articles  {elapsed} (eta {eta})") {
        bar.set_style(style);
    }
    bar
}
