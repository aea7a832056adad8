//! The `tarikh` command line: a thin layer over the library. Arguments are parsed by clap in
//! `tarikh::cli`, the subcommand runs, and its outcome becomes the exit code: 0 when all went
//! well, 1 when `--fail-if-diff` found differences, 2 when something was wrong (a skipped file,
//! a bad gazetteer, an unreadable input).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(tarikh::cli::main());
}
