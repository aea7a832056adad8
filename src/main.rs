//! The `tarikh` command line: a thin layer over the library. Arguments are parsed by clap in
//! `tarikh::cli`, the subcommand runs, and its outcome becomes the exit code: 0 when all went
//! well, 1 when `--fail-if-diff` found differences, 2 when something was wrong (a skipped file,
//! a bad gazetteer, an unreadable input).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    return_freed_memory_sooner();
    std::process::exit(tarikh::cli::main());
}

/// mimalloc returns freed memory to the system a second after it is freed; on a large archive
/// the memory the per-article work frees then stays resident while the events pile up. At 5 ms
/// it goes back in time, at no measurable cost (peak RSS on the 20k generated corpus ~290 ->
/// ~220 MB, `bench/run.sh`).
fn return_freed_memory_sooner() {
    // `mi_option_purge_delay` in the mimalloc sources that libmimalloc-sys 0.1.49 builds (its
    // Rust bindings do not name it). Set only while it holds that version's default (1000 ms,
    // or what MIMALLOC_PURGE_DELAY says), so that another numbering in a later version changes
    // nothing.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: reading and setting a mimalloc option are thread-safe calls without pointers.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == 1000 {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 5);
        }
    }
}
