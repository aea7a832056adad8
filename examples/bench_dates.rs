//! Throughput of the date finder on the seed corpus repeated to a large text:
//! `cargo run --release --example bench_dates [MB]`.

use std::time::Instant;

use tarikh::corpus::Article;
use tarikh::data::Lexicons;
use tarikh::dates::{ArticleDates, find_dates};
use tarikh::text::Document;

/// Nanoseconds this process has run on a CPU (Linux), so that a loaded machine does not
/// deflate the figure; wall time elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

fn report(what: &str, bytes: usize, wall: f64, cpu: Option<f64>) {
    let mb = bytes as f64 / 1048576.0;
    match cpu {
        Some(cpu) => println!("{what}: {mb:.0} MB, wall {wall:.3} s = {:.0} MB/s, cpu {cpu:.3} s = {:.0} MB/s", mb / wall, mb / cpu),
        None => println!("{what}: {mb:.0} MB, wall {wall:.3} s = {:.0} MB/s", mb / wall),
    }
}

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let lex = Lexicons::builtin();
    let mut seeds = Vec::new();
    for e in std::fs::read_dir("corpus").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            seeds.push(std::fs::read_to_string(p).unwrap());
        }
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < mb << 20 {
        for s in &seeds {
            bytes += s.len();
            docs.push(Document::new(Article::from_text("x.txt", s), &lex));
        }
    }
    let (t, c) = (Instant::now(), cpu_ns());
    let mut n = 0;
    for d in &docs {
        n += find_dates(d, &lex.dates).len();
    }
    report(&format!("find_dates ({n} mentions)"), bytes, t.elapsed().as_secs_f64(), c.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e9));
    let (t, c) = (Instant::now(), cpu_ns());
    for d in &docs {
        let _ = ArticleDates::analyse(d, &lex.dates, None);
    }
    report("analyse", bytes, t.elapsed().as_secs_f64(), c.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e9));
}
