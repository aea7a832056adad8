//! Throughput of the date finder on the seed corpus repeated to a large text:
//! `cargo run --release --example bench_dates [MB]`.

use std::time::Instant;

use tarikh::corpus::Article;
use tarikh::data::Lexicons;
use tarikh::dates::{ArticleDates, find_dates};
use tarikh::text::Document;

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
    let t = Instant::now();
    let mut n = 0;
    for d in &docs {
        n += find_dates(d, &lex.dates).len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!("find_dates: {} MB in {:.3} s = {:.0} MB/s ({} mentions)", bytes >> 20, secs, bytes as f64 / 1048576.0 / secs, n);
    let t = Instant::now();
    for d in &docs {
        let _ = ArticleDates::analyse(d, &lex.dates, None);
    }
    let secs = t.elapsed().as_secs_f64();
    println!("analyse:    {} MB in {:.3} s = {:.0} MB/s", bytes >> 20, secs, bytes as f64 / 1048576.0 / secs);
}
