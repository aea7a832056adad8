//! Speed of each stage on a fixed article set (the seed corpus), and of the merge on 10k, 100k
//! and 1M synthetic mentions (`cargo bench`; `cargo bench -- merge` for the merge alone).
//! Whole-run figures come from `bench/run.sh`.

mod support;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use tarikh::corpus::Article;
use tarikh::dates::ArticleDates;
use tarikh::events::build_events;
use tarikh::pipeline::{Context, extract_article};
use tarikh::text::Document;

fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (paths, _) = tarikh::corpus::list_articles(&dir).expect("corpus/");
    paths.iter().map(|p| tarikh::corpus::read_article(&dir, p).expect("seed article")).collect()
}

fn stages(c: &mut Criterion) {
    let ctx = Context::load(None, None).expect("built-in data");
    let articles = articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let docs: Vec<Document> = articles.iter().map(|a| Document::new(a.clone(), &ctx.lexicons)).collect();
    let scans: Vec<_> = docs.iter().map(|d| ctx.scan(d)).collect();
    let found: Vec<_> = docs.iter().zip(&scans).map(|(d, s)| ctx.gazetteer.find_in(d, Some(ctx.shares(s).names), Some(ctx.shares(s).titles))).collect();
    let dates: Vec<_> = docs.iter().map(|d| ArticleDates::analyse(d, &ctx.lexicons.dates, None)).collect();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("normalize", |b| b.iter(|| articles.iter().map(|a| tarikh::text::normalize::normalize(black_box(&a.text)).text.len()).sum::<usize>()));
    g.bench_function("document", |b| b.iter(|| articles.iter().map(|a| Document::new(a.clone(), &ctx.lexicons).sentences.len()).sum::<usize>()));
    // One scan finds the phrases of every set; each stage then reads its share.
    g.bench_function("scan", |b| b.iter(|| docs.iter().map(|d| ctx.scan(black_box(d)).len()).sum::<usize>()));
    g.bench_function("entities", |b| {
        b.iter(|| docs.iter().zip(&scans).map(|(d, s)| ctx.gazetteer.find_in(black_box(d), Some(ctx.shares(s).names), Some(ctx.shares(s).titles)).entities.len()).sum::<usize>())
    });
    g.bench_function("dates", |b| b.iter(|| docs.iter().map(|d| ArticleDates::analyse(black_box(d), &ctx.lexicons.dates, None).mentions.len()).sum::<usize>()));
    g.bench_function("events", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&found)
                .zip(&dates)
                .zip(&scans)
                .map(|(((d, f), x), s)| build_events(d, Some(ctx.shares(s).events()), f, &x.mentions, &ctx.lexicons.triggers, &ctx.gazetteer, &ctx.lexicons.dates).len())
                .sum::<usize>()
        })
    });
    g.bench_function("article", |b| b.iter(|| articles.iter().map(|a| extract_article(a.clone(), &ctx, None).events.len()).sum::<usize>()));
    g.finish();
}

fn merge(c: &mut Criterion) {
    let mut g = c.benchmark_group("merge");
    g.sample_size(10);
    for n in [10_000, 100_000, 1_000_000] {
        let mentions = support::mentions(n, 42);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &mentions, |b, m| b.iter(|| tarikh::merge::merge_mentions(m.clone(), &tarikh::merge::Capitals::default()).len()));
    }
    g.finish();
}

criterion_group!(benches, stages, merge);
criterion_main!(benches);
