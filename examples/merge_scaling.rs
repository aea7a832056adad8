//! Time the merge of synthetic event mentions at growing sizes, to check how it scales.
//!
//! ```text
//! cargo run --release --example merge_scaling              # 10k, 100k and 1M mentions
//! cargo run --release --example merge_scaling -- 1000 5000 # other sizes
//! ```
//!
//! Prints one line per size: mentions, events, seconds, and seconds / (n log2 n) × 1e9, which
//! stays flat when the merge grows as n log n.

#[path = "../benches/support/mod.rs"]
mod support;

// The allocator of the `tarikh` binary, so that the figures are the merge's as it runs there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let sizes: Vec<usize> = {
        let given: Vec<usize> = std::env::args().skip(1).map(|a| a.parse().expect("a number of mentions")).collect();
        if given.is_empty() { vec![10_000, 100_000, 1_000_000] } else { given }
    };
    println!("{:>10} {:>10} {:>10} {:>14}", "mentions", "events", "seconds", "ns/(n log2 n)");
    for n in sizes {
        let mentions = support::mentions(n, 42);
        let started = std::time::Instant::now();
        let events = tarikh::merge::merge_mentions(mentions, &tarikh::merge::Capitals::default());
        let secs = started.elapsed().as_secs_f64();
        let nlogn = n as f64 * (n as f64).log2();
        println!("{n:>10} {:>10} {secs:>10.3} {:>14.2}", events.len(), secs / nlogn * 1e9);
    }
}
