//! `tarikh dates`: date expressions and publication dates of articles (placeholder).

use clap::Args;

/// Arguments of `tarikh dates`.
#[derive(Debug, Args)]
pub struct DatesArgs {}

/// Run `tarikh dates`.
pub fn run(_args: DatesArgs) -> anyhow::Result<i32> {
    Ok(super::EXIT_OK)
}
