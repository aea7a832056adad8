//! `tarikh` with the system allocator, so that heap profilers that intercept `malloc`
//! (heaptrack, valgrind's massif) see every allocation (the real binary uses mimalloc):
//!
//! ```text
//! cargo build --release --example heap_profile
//! heaptrack target/release/examples/heap_profile extract --corpus target/bench/corpus-20000-1 -o /tmp/t.csv --quiet
//! ```

fn main() {
    std::process::exit(tarikh::cli::main());
}
