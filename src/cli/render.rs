//! `tarikh render`: a timeline CSV in, the visual timeline out — one self-contained HTML page
//! (see [`crate::output::html`]).
//!
//! ```text
//! tarikh render                                        # output/timeline.csv → output/timeline.html
//! tarikh render news.csv -o news.html --title "News timeline"
//! ```

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use crate::output::write_output;

/// The page title when none is given.
pub const DEFAULT_TITLE: &str = "Morocco–Israel timeline";

/// Arguments of `tarikh render`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tarikh render                                   # output/timeline.csv → output/timeline.html\n  tarikh render output/timeline.csv -o output/timeline.html\n  tarikh render news.csv -o - --title \"News timeline\" > news.html\n\nThe page needs no network: open it in any browser, or add #type=meeting or\n#person=Yair%20Lapid to its address to open it filtered.")]
pub struct RenderArgs {
    /// The timeline to show (written by `tarikh extract`).
    #[arg(value_name = "TIMELINE.csv", default_value = "output/timeline.csv")]
    timeline: PathBuf,
    /// The HTML file to write (`-` for standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE", default_value = "output/timeline.html")]
    output: PathBuf,
    /// Title of the page.
    #[arg(long, default_value = DEFAULT_TITLE)]
    title: String,
}

/// Run `tarikh render`.
pub fn run(args: RenderArgs) -> anyhow::Result<i32> {
    let rows = crate::timeline::read_timeline(&args.timeline).map_err(anyhow::Error::msg)?;
    let page = crate::output::html::html_page(&rows, &args.title);
    write_output(&args.output, page.as_bytes()).with_context(|| format!("cannot write {}", args.output.display()))?;
    Ok(super::EXIT_OK)
}
