//! Command-line interface: one file per subcommand, the flags they share defined once here.
//!
//! Raw clap arguments become a validated configuration (gazetteers and lexicons loaded and
//! checked) before any work starts, so a bad data file stops the run before anything is
//! written.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub mod dates;

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
    /// Find date expressions and publication dates in articles.
    Dates(dates::DatesArgs),
}

/// Where the data files come from: shared by every subcommand that reads articles.
#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Folder of gazetteers (people.csv, organisations.csv, places.csv, roles.csv); the
    /// built-in copies when omitted.
    #[arg(long, value_name = "DIR")]
    pub gazetteers: Option<PathBuf>,
    /// Folder of lexicons (boilerplate, months, weekdays, date words, event triggers); the
    /// built-in copies when omitted.
    #[arg(long, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
}

/// Run the command line and return the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Dates(args) => dates::run(args),
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

/// A closed pipe (`tarikh … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
