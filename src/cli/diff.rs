//! `tarikh diff`: what changed between two timelines — which events new articles added,
//! removed or changed (date refined, status planned → occurred, sources or people gained).
//!
//! ```text
//! tarikh diff last-week.csv output/timeline.csv                 # text on standard output
//! tarikh diff old.csv new.csv --format csv -o changes.csv       # long form for spreadsheets
//! tarikh diff old.csv new.csv --format json --fail-if-diff      # for scripts; exit 1 if any
//! ```
//!
//! The comparison is [`crate::diff`]; this file reads the two timelines (an unreadable one
//! stops the run with `file:line: reason` and exit code 2) and writes the chosen form.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::{EXIT_DIFF, EXIT_OK, OutputArgs};
use crate::diff::{CSV_HEADER, DiffOptions, csv_rows, diff_with, render_json, render_text};
use crate::output::{csv_bytes, write_output};
use crate::timeline::read_timeline;

/// The forms the changes can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A summary line, then one block per event: for reading.
    Text,
    /// One row per added or removed event and per changed field: for spreadsheets.
    Csv,
    /// `{added, removed, changed}`: for scripts.
    Json,
}

/// Arguments of `tarikh diff`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tarikh diff last-week.csv output/timeline.csv\n  tarikh diff old.csv new.csv --format csv -o changes.csv\n  tarikh diff rules.csv curated.csv --show-curation   # what the corrections did\n\nExit code: 0 when done (differences or not), 1 when --fail-if-diff finds differences, 2 on error.")]
pub struct DiffArgs {
    /// The earlier timeline.
    #[arg(value_name = "OLD.csv")]
    old: PathBuf,
    /// The later timeline.
    #[arg(value_name = "NEW.csv")]
    new: PathBuf,
    /// How to write the changes.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Where to write the changes (standard output by default); `--no-bom` and `--raw` apply to
    /// `--format csv`.
    #[command(flatten)]
    output: OutputArgs,
    /// Exit with code 1 when the timelines differ (for scripts and CI).
    #[arg(long)]
    fail_if_diff: bool,
    /// Also report a changed evidence sentence (usually just a new source's better sentence).
    #[arg(short, long)]
    verbose: bool,
    /// Show what the analyst's corrections did: changes to the `curated` column, each changed
    /// value a correction set marked `[correction set:status]`, and the corrections of added
    /// and removed rows.
    #[arg(long)]
    show_curation: bool,
}

/// Run `tarikh diff`.
pub fn run(args: DiffArgs) -> anyhow::Result<i32> {
    // Both files are read before anything is written: a bad one leaves no output behind.
    let old = read_timeline(&args.old).map_err(anyhow::Error::msg)?;
    let new = read_timeline(&args.new).map_err(anyhow::Error::msg)?;
    let changes = diff_with(&old, &new, DiffOptions { evidence: args.verbose, curation: args.show_curation });
    let bytes = match args.format {
        Format::Text => render_text(&changes).into_bytes(),
        Format::Csv => csv_bytes(&CSV_HEADER, csv_rows(&changes), args.output.style())?,
        Format::Json => {
            let mut bytes = serde_json::to_vec_pretty(&render_json(&changes)).context("cannot write JSON")?;
            bytes.push(b'\n');
            bytes
        }
    };
    write_output(&args.output.path("-"), &bytes)?;
    Ok(if args.fail_if_diff && !changes.is_empty() { EXIT_DIFF } else { EXIT_OK })
}
