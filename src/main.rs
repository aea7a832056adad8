//! The `tarikh` command line: parse arguments, run a subcommand, map the outcome to an exit code.

fn main() {
    std::process::exit(tarikh_cli::run());
}

mod tarikh_cli {
    /// Placeholder until the subcommands land.
    pub fn run() -> i32 {
        0
    }
}
