//! `tarikh eval`: score a timeline against gold events.
//!
//! ```text
//! tarikh eval --gold ../shared/gold/events.csv output/timeline.csv
//! ```

use std::path::PathBuf;

use clap::Args;

/// Arguments of `tarikh eval`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tarikh eval --gold gold/events.csv output/timeline.csv --verbose")]
pub struct EvalArgs {
    /// Gold events (columns event_key, required, event_type, date, date_precision, people).
    #[arg(long, value_name = "GOLD.csv")]
    gold: PathBuf,
    /// The timeline to score.
    #[arg(value_name = "TIMELINE.csv", default_value = "output/timeline.csv")]
    timeline: PathBuf,
    /// One line per row: match, duplicate or false+.
    #[arg(short, long)]
    verbose: bool,
}

/// Run `tarikh eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<i32> {
    let gold = crate::eval::read_gold(&args.gold).map_err(anyhow::Error::msg)?;
    let rows = crate::eval::read_pred(&args.timeline).map_err(anyhow::Error::msg)?;
    let scores = crate::eval::score(&gold, &rows);
    print!("{}", crate::eval::render(&scores, args.verbose));
    Ok(super::EXIT_OK)
}
